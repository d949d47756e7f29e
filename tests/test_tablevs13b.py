"""Our table's sums set against another year or a tracker, and PharmCube's mainland series asked after Greater China
(session 13, wave 2).

* A period said again ("Table upfronts: 2024 deals vs 2023 deals — how much more cash at signing in 2024?") had set
  2024 against itself, and the plan asked which period was meant. Now 2024's upfront sum against 2023's.
* "add up the upfronts of the 2024 deals in your table - how does that compare with biotochina's upfront total for
  2024?" had asked which period. Now the tracker's figure and our year's sum, each labelled, with gap and percent.
* "What share of that do the 2024 deals in your table add up to" after PharmCube's $51.9bn had been refused as a
  breakdown of a tracker's count ("the 2024 deals" read as a count of deals). A year is no count: our sum against it.
* "and the mainland-only number?" after PharmCube's Greater China figure had repeated the Greater China $137.7bn.
  Now the mainland series (PharmCube NextPharma, $135.7bn).
Expected figures are read from documents/deals.csv and market_stats.csv.
"""

from __future__ import annotations

import csv
from decimal import ROUND_HALF_UP, ROUND_UP, Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.periods import Period, compared_periods
from assistant.tools.quantities import render_quantity
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: row for row in csv.DictReader(_handle)}
with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = list(csv.DictReader(_handle))


def _stat(stat_id: str) -> Decimal:
    return Decimal(_STATS[stat_id]["value"])


def _sum(year: str, column: str) -> Decimal:
    return sum((Decimal(r[column]) for r in _DEALS if r["announced"].startswith(year) and r[column]), Decimal(0))


def _money(value: Decimal) -> str:
    return render_quantity(value, "USD", "exact")


def test_a_period_said_again_counts_once() -> None:
    said = [Period(year=2024, start=0, end=4), Period(year=2023, start=9, end=13), Period(year=2024, start=30, end=34)]
    assert [p.year for p in compared_periods(said)] == [2024, 2023]
    assert [p.year for p in compared_periods([Period(year=2025)])] == [2024, 2025]  # one said: the year before


@pytest.mark.parametrize(
    "question",
    [
        "Table upfronts: 2024 deals vs 2023 deals — how much more cash at signing in 2024?",
        "Upfront money in the table: 2023 deals vs 2024 deals - how much less was paid in 2023?",
    ],
)
def test_a_year_against_another_with_one_said_twice(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    text = answer.answer
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.tool_calls
    assert _money(_sum("2024", "upfront_usd")) in text and _money(_sum("2023", "upfront_usd")) in text, text
    assert "could not apply" not in text


@pytest.mark.parametrize(
    ("question", "stat_id", "year", "column"),
    [
        (
            "add up the upfronts of the 2024 deals in your table - how does that compare with biotochina's upfront "
            "total for 2024?",
            "biotochina-2024-upfront",
            "2024",
            "upfront_usd",
        ),
        (
            "sum the 2023 upfronts in your table and compare it with biotochina's 2023 upfront total",
            "biotochina-2023-upfront",
            "2023",
            "upfront_usd",
        ),
        (
            "PharmCube says 2024 China out-licensing was worth $51.9bn. What share of that do the 2024 deals in your "
            "table add up to (headline totals)?",
            "pharmcube-nextpharma-2024-total-value",
            "2024",
            "total_usd",
        ),
        (
            "CPHIIC put 2024 at $55.4 billion. What percentage of that do the 2024 deals in your table total?",
            "cphiic-2024-total-value",
            "2024",
            "total_usd",
        ),
    ],
)
def test_our_year_sum_is_set_against_the_tracker(
    assistant: Assistant, question: str, stat_id: str, year: str, column: str
) -> None:
    theirs, ours = _stat(stat_id), _sum(year, column)
    answer = assistant.ask(question)
    text = answer.answer
    assert not answer.abstained and _money(theirs) in text and _money(ours) in text, text
    # an "up to" sum (a row's figure undisclosed) keeps its bound: its percent is rounded up
    percent = (ours / theirs * 100).quantize(Decimal("0.1"), rounding=ROUND_UP if "up to" in text else ROUND_HALF_UP)
    assert f"{percent}%" in text and "our arithmetic" in text and "curated subset" in text, text


def test_a_tracker_count_broken_down_is_still_refused(assistant: Assistant) -> None:
    answer = assistant.ask("Of PharmCube's 157 deals in 2025, how many were NewCos?")
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("first", "then", "stat_id"),
    [
        ("greater china out-licensing total for 2025 per PharmCube?", "and the mainland-only number?", "total-value"),
        ("PharmCube Greater China deal count for 2025?", "what about mainland licensors only?", "deal-count"),
        (
            "how much was greater china out-licensing worth in 2025, per pharmcube?",
            "and NextPharma's figure?",
            "total-value",
        ),
    ],
)
def test_the_mainland_series_after_greater_china(assistant: Assistant, first: str, then: str, stat_id: str) -> None:
    history = [Turn(question=first, answer=assistant.ask(first))]
    text = assistant.ask(then, history).answer
    mainland, greater = _stat(f"pharmcube-nextpharma-2025-{stat_id}"), _stat(f"pharmcube-greater-china-2025-{stat_id}")
    said = (lambda v: f"{v} deals") if stat_id == "deal-count" else _money
    assert said(mainland) in text and said(greater) not in text and "mainland" in text, text


def test_greater_china_after_the_mainland_is_unchanged(assistant: Assistant) -> None:
    first = "PharmCube mainland total for 2025?"
    history = [Turn(question=first, answer=assistant.ask(first))]
    text = assistant.ask("and the greater china number?", history).answer
    assert _money(_stat("pharmcube-greater-china-2025-total-value")) in text, text


@pytest.mark.parametrize(
    ("first", "then", "said"),
    [
        (
            "what did GlobalData say about chinese licensing in 2024?",
            "what does that mean - is it the same thing as pharmcube's number?",
            "large pharmaceutical companies",
        ),
        ("what figure did IQVIA give for 2024?", "is that comparable with pharmcube's number?", "partnerships"),
    ],
)
def test_whether_two_trackers_measure_one_thing(assistant: Assistant, first: str, then: str, said: str) -> None:
    history = [Turn(question=first, answer=assistant.ask(first))]
    text = assistant.ask(then, history).answer
    assert said in text and _money(_stat("pharmcube-nextpharma-2024-total-value")) in text, text
