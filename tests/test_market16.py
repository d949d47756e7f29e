"""Sixteenth-session tracker classes (``routing/tracker_universe.py``), tested with other wordings over the real
tables (expected figures come from deals.csv and market_stats.csv):

* a bare "how many deals are there from 2024" gives our table's count beside the trackers', never the trackers'
  count alone;
* "PharmCube counted 94 in 2024. How many 2024 deals in your table, and the gap?" sets our 2024 count against the
  tracker's, not against our 2023 count;
* a tracker's figure asked "does that match other trackers?" gives each other tracker's figure for that year.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}
with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = [row for row in csv.DictReader(_handle) if row["scope"] == "main"]


def _table_count(year: str) -> Decimal:
    return Decimal(sum(row["announced"].startswith(year) for row in _DEALS))


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("how many 2025 deals are there altogether?", "2025"),
        ("how many deals are there from 2024 in total", "2024"),
        ("in all, how many deals were there in 2025?", "2025"),
    ],
)
def test_bare_count_gives_our_table(assistant: Assistant, question: str, year: str) -> None:
    answer = _ask(assistant, question)
    assert _table_count(year) in _values(answer)
    assert f"{_table_count(year)} deals" in answer.answer
    assert _STATS[f"pharmcube-nextpharma-{year}-deal-count"] in _values(answer)


def test_market_count_stays_the_trackers(assistant: Assistant) -> None:
    answer = _ask(assistant, "how many china out-licensing deals were there in 2024")
    assert _STATS["pharmcube-nextpharma-2024-deal-count"] in _values(answer)
    assert [call.args.get("derive") for call in answer.tool_calls] == [None]


@pytest.mark.parametrize(
    "question",
    [
        "PharmCube said 94 China out-licensing deals were signed in 2024. How many 2024 deals does your table have, "
        "and how big is the gap between the counts?",
        "PharmCube 2024 deal count vs the number of 2024 deals in your table, and the gap?",
    ],
)
def test_table_against_tracker_gap(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    tracker = _STATS["pharmcube-nextpharma-2024-deal-count"]
    assert {tracker, _table_count("2024"), tracker - _table_count("2024")} <= set(_values(answer))
    assert _table_count("2023") not in _values(answer)


@pytest.mark.parametrize(
    ("question", "mine", "other"),
    [
        (
            "How many deals did Goodwin count in 2023, and is that in line with the other trackers?",
            "goodwin-2023-deal-count",
            "biotochina-2023-deal-count",
        ),
        (
            "biotochina tracker 2024 deal count: do the other trackers agree?",
            "biotochina-2024-deal-count",
            "pharmcube-nextpharma-2024-deal-count",
        ),
    ],
)
def test_other_trackers_given(assistant: Assistant, question: str, mine: str, other: str) -> None:
    answer = _ask(assistant, question)
    assert {_STATS[mine], _STATS[other]} <= set(_values(answer))
    assert answer.answer.index(str(_STATS[mine])) < answer.answer.index(str(_STATS[other]))


@pytest.mark.parametrize(
    "question",
    [
        "Informa Connect reported on $1bn-plus partnerships for 2024. What share of their value was paid upfront?",
        "Informa Connect 2024: upfront payments were what proportion of the value?",
    ],
)
def test_tracker_upfront_share_in_words(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    upfront, value = (
        _STATS["informa-2024-billion-dollar-deals-upfront"],
        _STATS["informa-2024-billion-dollar-deals-value"],
    )
    assert any(abs(v - upfront / value * 100) < Decimal("0.01") for v in _values(answer))
    assert "34.6" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Sino Drug Watch Jan-Aug 2025: upfront and milestones combined?",
        "what do sino drug watch's upfront total and milestone total through august 2025 add up to together?",
    ],
)
def test_tracker_upfront_plus_milestones(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    both = _STATS["sinodrugwatch-2025-ytd-upfront"] + _STATS["sinodrugwatch-2025-ytd-milestones"]
    assert both in _values(answer)
    assert "$33.6 billion" in answer.answer


def test_tracker_two_measures_asked_each(assistant: Assistant) -> None:
    answer = _ask(assistant, "Sino Drug Watch through August 2025: total upfront and potential milestones?")
    assert {_STATS["sinodrugwatch-2025-ytd-upfront"], _STATS["sinodrugwatch-2025-ytd-milestones"]} <= set(
        _values(answer)
    )


def test_figure_asked_of_a_tracker_after_a_claim(assistant: Assistant) -> None:
    answer = _ask(
        assistant, "Were deals in early 2026 bigger on average than in 2025? Which figure did PharmCube report?"
    )
    values = _values(answer)
    assert _STATS["pharmcube-greater-china-2026ytd-average"] in values
    assert _STATS["pharmcube-greater-china-2026ytd-average-change"] in values
    assert all(call.tool == "market_stat" for call in answer.tool_calls)
