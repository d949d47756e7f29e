"""Tracker figures still wrong after two waves (session 13, wave 3): a licensor count said as companies, a half
said before its year in Chinese (上半年2025) and Cantonese 多幾多, a 繁體 / Cantonese year-to-date ask, the value gap
asked after one tracker's count gap, a tracker's average compared with another year's ("how does it compare
with 2025's average?": its own reported change), and a stated figure followed by ". And <tracker>'s ...?".
Expected figures come from market_stats.csv."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.chinese_wording import in_english
from assistant.routing.decompose import split_parts
from assistant.routing.tracker_periods import change_joined
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}


def _billions(value: Decimal) -> str:
    return f"${(value / Decimal(10) ** 9).normalize()} billion"


@pytest.mark.parametrize(
    ("question", "stat_id"),
    [
        ("informa: # chinese cos w $1bn+ partnerships in 2024", "informa-2024-billion-dollar-licensors"),
        (
            "How many Chinese drugmakers were behind PharmCube NextPharma's 2025 out-licensing total?",
            "pharmcube-nextpharma-2025-licensor-count",
        ),
    ],
)
def test_licensor_count_said_as_companies(assistant: Assistant, question: str, stat_id: str) -> None:
    answer = assistant.ask(question)
    assert f"{_STATS[stat_id]} Chinese companies (licensors)" in answer.answer


def test_half_before_its_year_in_chinese() -> None:
    assert "H1 2025" in in_english("IQVIA上半年2025嘅中國合作投資額比2024全年多幾多?", [], "2026-02-28")
    assert "Q1 2025" in in_english("第一季度2025年的交易", [], "2026-02-28")


@pytest.mark.parametrize(
    "question",
    ["IQVIA上半年2025嘅中國合作投資額比2024全年多幾多?", "IQVIA统计上半年2025中国合作投资额,比2024年全年多多少?"],
)
def test_iqvia_half_against_full_year(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    later, earlier = _STATS["iqvia-2025h1-total-value"], _STATS["iqvia-2024-total-value"]
    assert not answer.abstained
    for figure in (later, earlier, later - earlier):
        assert _billions(figure) in answer.answer
    assert "2026" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "截至2026年2月中,PharmCube統計大中華區今年已經有幾多宗對外授權?金額呢?",
        "PharmCube统计今年以来(截至2026年2月)大中华区对外授权有多少笔?总金额多少?",
    ],
)
def test_ytd_count_and_value_in_chinese(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.route == "table"
    count = _STATS["pharmcube-greater-china-2026ytd-deal-count"]
    value = _STATS["pharmcube-greater-china-2026ytd-total-value"]
    assert f"{count} deals" in answer.answer and _billions(value) in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "For 2025, how many more deals does PharmCube's Greater China series count than the NextPharma mainland "
        "series, and what's the gap in value?",
        "how many more deals in pharmcube's greater china 2025 count than the mainland one, and how much more value?",
    ],
)
def test_series_gap_in_count_and_value(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    counts = _STATS["pharmcube-greater-china-2025-deal-count"], _STATS["pharmcube-nextpharma-2025-deal-count"]
    values = _STATS["pharmcube-greater-china-2025-total-value"], _STATS["pharmcube-nextpharma-2025-total-value"]
    assert f"gap between the two is {counts[0] - counts[1]}," in answer.answer
    assert _billions(values[0]) in answer.answer and _billions(values[1]) in answer.answer
    assert f"gap between the two is {_billions(values[0] - values[1])}" in answer.answer
    assert "2024" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is PharmCube's average deal size for Greater China out-licensing so far in 2026, and how does it "
        "compare with 2025's average?",
        "What was PharmCube's 2026 year-to-date average deal value? How does that stack up against last year?",
        "how much higher is PharmCube's avg deal size ytd 26 vs 2025 avg",
    ],
)
def test_average_against_another_year_is_the_reported_change(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    change = _STATS["pharmcube-greater-china-2026ytd-average-change"]
    assert f"{change}%" in answer.answer
    assert "two series" not in answer.answer and "do not answer" not in answer.answer


def test_bare_compare_part_joined() -> None:
    parts = ["What is PharmCube's 2026 average deal size so far", "how does it compare with 2025's average"]
    assert change_joined(parts) == ["What is PharmCube's 2026 average deal size so far, compared with 2025's average"]


def test_and_sentence_after_a_figure(assistant: Assistant) -> None:
    question = "Sino Drug Watch says $2.6bn in upfronts Jan-Aug 2025. And biotochina's full-year 2024 upfront figure?"
    assert len(split_parts(question)) == 2
    answer = assistant.ask(question)
    assert _billions(_STATS["sinodrugwatch-2025-ytd-upfront"]) in answer.answer
    assert "January to August 2025" in answer.answer
    assert _billions(_STATS["biotochina-2024-upfront"]) in answer.answer
    assert len(split_parts("That's helpful, thanks. And in Hansoh's oral GLP-1 deal with Merck?")) == 1
