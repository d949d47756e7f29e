"""One tracker's report asked for several figures, a change it stored, and its top-ten share in dollars
(``routing/tracker_more.py``). Expected figures come from market_stats.csv; the asks are the real assistant's."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.tools.quantities import render_quantity
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = list(csv.DictReader(_handle))
with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _ROWS = {row["stat_id"]: row for row in csv.DictReader(_handle)}


def _said(stat_id: str) -> str:
    row = _ROWS[stat_id]
    return render_quantity(Decimal(row["value"]), row["unit"], row["qualifier"]).removeprefix("about ")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "stat_ids"),
    [
        (
            "Sino Drug Watch 到 2025年8月底统计的首付款总额和潜在里程碑各多少?",
            ["sinodrugwatch-2025-ytd-upfront", "sinodrugwatch-2025-ytd-milestones"],
        ),
        (
            "sino drug watch through august 2025 - upfronts and potential milestones?",
            ["sinodrugwatch-2025-ytd-upfront", "sinodrugwatch-2025-ytd-milestones"],
        ),
        (
            "GlobalData on 2024 China licensing with big pharma: the value, the share of large-pharma deals and the YoY change",
            ["globaldata-2024-total-value", "globaldata-2024-share-large-pharma", "globaldata-2024-total-value-change"],
        ),
        (
            "PharmCube 今年(2026)以来交易笔数和金额各是多少?",
            ["pharmcube-greater-china-2026ytd-deal-count", "pharmcube-greater-china-2026ytd-total-value"],
        ),
    ],
)
def test_several_figures_of_one_report(assistant: Assistant, question: str, stat_ids: list[str]) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained
    for stat_id in stat_ids:
        assert _said(stat_id) in answer.answer, (stat_id, answer.answer)
    assert _ROWS[stat_ids[0]]["reporter"].split(" (")[0] in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "By how much in percent is PharmCube's average 2026 deal so far above its 2025 average?",
        "2026 年到目前为止平均每笔交易多大? 比 2025 年平均高多少?",
        "What's the typical deal size so far in 2026 and how does it compare with 2025?",
    ],
)
def test_stored_change_given_not_computed(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    change = _ROWS["pharmcube-greater-china-2026ytd-average-change"]
    assert f"{change['value']}%" in answer.answer, answer.answer
    assert _said("pharmcube-greater-china-2026ytd-average") in answer.answer
    assert "against 2025" in answer.answer
    assert "64.4" not in answer.answer and "our table announced" not in answer.answer  # no recomputed change


@pytest.mark.parametrize(
    "question",
    [
        "the top ten chinese licensors had 60% of 2025 value - in dollars that is how much?",
        "PharmCube: what share of FY25 value did the top-10 licensors take, and what does that imply in bn?",
    ],
)
def test_top_ten_share_in_dollars(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    share = Decimal(_ROWS["pharmcube-nextpharma-2025-top10-share"]["value"])
    total = Decimal(_ROWS["pharmcube-nextpharma-2025-total-value"]["value"])
    amount = render_quantity(share * total / 100, "USD", "approx").removeprefix("about ")
    assert amount in answer.answer, answer.answer
    assert _said("pharmcube-nextpharma-2025-total-value") in answer.answer


def test_our_table_left_alone(assistant: Assistant) -> None:
    """No tracker named, no stored change asked: "how many 2026 deals and their value" is our table's."""
    answer = assistant.ask("How many deals were announced in 2026 and what is their total value?")
    assert "PharmCube" not in answer.answer
    year = [row for row in _DEALS if row["announced"].startswith("2026") and row["scope"] == "main"]
    assert f"holds {len(year)} deals announced in 2026" in answer.answer, answer.answer
    assert all(row["licensee"] in answer.answer for row in year), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how many different chinese drugmakers were behind the 2025 out-licensing total",
        "How many Chinese companies stood behind the 2025 China out-licensing total?",
    ],
)
def test_licensors_behind_the_market_total(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert _ROWS["pharmcube-nextpharma-2025-licensor-count"]["value"] in answer.answer, answer.answer
    assert "PharmCube NextPharma" in answer.answer and "different licensors" not in answer.answer
