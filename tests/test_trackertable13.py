"""A tracker's figure set against our table's, and one tracker's two series set against each other (session 13).

* "PharmCube NextPharma 2024 deal count, and the table's 2024 count?" had given our 13 deals alone, PharmCube's 94
  dropped; "ur table has how many 2024 deals vs pharmcube 94? what % is that" sent the percent to the articles.
  Now both figures, each labelled, their gap and the table's percent of the tracker's.
* "greater china vs mainland only 2025 deal count - how many more?" had refused ("no tracker gives both 2024 and
  2025"). Now both PharmCube series of the year and their gap.
Expected figures are read from documents/deals.csv and market_stats.csv.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.routing.tracker_table import deal_part_unscoped, tracker_table_joined, tracker_table_split
from assistant.tools.quantities import render_quantity
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: row for row in csv.DictReader(_handle)}
with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = [row for row in csv.DictReader(_handle) if row["scope"] == "main"]


def _stat(stat_id: str) -> Decimal:
    return Decimal(_STATS[stat_id]["value"])


def _rows(year: str) -> list[dict[str, str]]:
    return [row for row in _DEALS if row["announced"].startswith(year)]


def _money(value: Decimal) -> str:
    return render_quantity(value, "USD", "exact")


@pytest.mark.parametrize(
    ("question", "stat_id", "year"),
    [
        (
            "PharmCube NextPharma 2024 deal count, and the table's 2024 count?",
            "pharmcube-nextpharma-2024-deal-count",
            "2024",
        ),
        (
            "ur table has how many 2024 deals vs pharmcube 94? what % is that",
            "pharmcube-nextpharma-2024-deal-count",
            "2024",
        ),
        (
            "How does biotochina's 2024 deal count compare with the number of 2024 deals in your table?",
            "biotochina-2024-deal-count",
            "2024",
        ),
        (
            "PharmCube count 2024 deals is 94 — how many 2024 deals your table have, and difference?",
            "pharmcube-nextpharma-2024-deal-count",
            "2024",
        ),
    ],
)
def test_a_tracker_count_is_set_against_the_table_count(
    assistant: Assistant, router: Router, question: str, stat_id: str, year: str
) -> None:
    theirs, ours = _stat(stat_id), len(_rows(year))
    answer = assistant.ask(question)
    text = answer.answer
    assert f"counted {theirs} deals" in text and f"holds {ours} deals" in text, text
    assert f"{theirs - ours} deals" in text, text  # the gap
    percent = (Decimal(ours) / theirs * 100).quantize(Decimal("0.1"))
    assert f"{percent}%" in text, text
    assert "curated subset" in text and not answer.abstained


def test_a_tracker_upfront_total_is_set_against_the_table_sum(assistant: Assistant) -> None:
    theirs = _stat("biotochina-2024-upfront")
    rows = [row for row in _rows("2024") if row["upfront_usd"]]
    ours = sum(Decimal(row["upfront_usd"]) for row in rows)
    answer = assistant.ask("2024 upfront total: biotochina tracker vs sum of upfronts in the deal table")
    assert _money(theirs) in answer.answer and _money(ours) in answer.answer, answer.answer
    assert _money(theirs - ours) in answer.answer and "biotochina" in answer.answer


def test_a_narrowed_table_ask_keeps_its_own_rule(router: Router) -> None:
    # a company's deals in the table are no like-for-like pair with the tracker's market figure
    plan = router.route("How many Hengrui deals does your table hold for 2025, vs PharmCube's 157?")
    assert all(call.args.get("derive") != "table_against" for call in plan.tool_calls), plan
    # our rows alone, no tracker named: unchanged
    plan = router.route("how many 2024 deals in your table?")
    assert [call.tool for call in plan.tool_calls] == ["aggregate"]


def test_parts_asking_only_the_percent_are_one_ask() -> None:
    assert len(split_parts("ur table has how many 2024 deals vs pharmcube 94? what % is that")) == 1
    parts = ["ur table has how many 2024 deals vs pharmcube 94", "what % is that"]
    assert tracker_table_joined(parts) == ["ur table has how many 2024 deals vs pharmcube 94; what % is that?"]
    # a part asking a ranking of its own stays its own
    two = ["PharmCube NextPharma's 2025 deal count", "the single biggest 2025 deal in your table"]
    assert tracker_table_joined(two) == two


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("greater china vs mainland only 2025 deal count - how many more deals in the gc number?", "deal-count"),
        ("mainland vs greater china 2025 value gap", "total-value"),
        ("By how much does the Greater China 2025 deal value exceed the mainland-only 2025 value?", "total-value"),
    ],
)
def test_two_series_of_one_year_are_set_side_by_side(assistant: Assistant, question: str, metric: str) -> None:
    gc, ml = _stat(f"pharmcube-greater-china-2025-{metric}"), _stat(f"pharmcube-nextpharma-2025-{metric}")
    answer = assistant.ask(question)
    said = (lambda v: str(v)) if metric == "deal-count" else _money
    assert said(gc) in answer.answer and said(ml) in answer.answer, answer.answer
    assert said(gc - ml) in answer.answer and "2024" not in answer.answer
    assert not answer.abstained


def test_a_followup_sets_the_other_series_beside_the_first(assistant: Assistant) -> None:
    first = "What total deal value did PharmCube NextPharma report for China's 2025 out-licensing?"
    history = [Turn(question=first, answer=assistant.ask(first))]
    answer = assistant.ask("How does that compare with PharmCube's Greater China figure for the same year?", history)
    gc, ml = _stat("pharmcube-greater-china-2025-total-value"), _stat("pharmcube-nextpharma-2025-total-value")
    assert _money(gc) in answer.answer and _money(ml) in answer.answer and _money(gc - ml) in answer.answer
    for series in ("greater-china", "nextpharma"):  # each total with its own series' count
        assert f"counted {_stat(f'pharmcube-{series}-2025-deal-count')} deals" in answer.answer, answer.answer
    assert not answer.abstained


def test_a_change_over_time_of_one_series_is_no_series_pair(router: Router) -> None:
    plan = router.route("How did PharmCube's Greater China deal count change from 2021 to 2025?")
    assert all(call.args.get("compare_reporter") != "PharmCube" for call in plan.tool_calls), plan


def test_a_tracker_figure_and_a_table_ranking_are_two_asks(assistant: Assistant) -> None:
    question = (
        "Two things: PharmCube NextPharma's 2025 deal count, and the single biggest 2025 deal by total value in "
        "your table."
    )
    answer = assistant.ask(question)
    rows = [row for row in _rows("2025") if row["total_usd"]]
    top = max(rows, key=lambda row: Decimal(row["total_usd"]))
    assert str(_stat("pharmcube-nextpharma-2025-deal-count")) in answer.answer, answer.answer
    assert top["licensor"].split()[0] in answer.answer, answer.answer
    # "that year" after a tracker's year is that year, not every year
    split = tracker_table_split(
        "CPHIIC's 2024 total value, and which deal in your table had the largest upfront that year"
    )
    assert split == ["CPHIIC's 2024 total value?", "Which deal in your table had the largest upfront in 2024?"]


def test_a_deal_asked_after_a_tracker_figure_is_the_deal(assistant: Assistant) -> None:
    deal = next(row for row in _DEALS if row["deal_id"] == "innovent-takeda-2025")
    answer = assistant.ask("PharmCube 2025 total value? and how much the Innovent Takeda deal is")
    assert _money(_stat("pharmcube-nextpharma-2025-total-value")) in answer.answer
    assert _money(Decimal(deal["total_usd"])) in answer.answer, answer.answer
    assert deal_part_unscoped(["PharmCube 2025 total?", "PharmCube 2025: and the deal count"]) == [
        "PharmCube 2025 total?",
        "PharmCube 2025: and the deal count",
    ]  # a measure of the tracker's, no deal: the tracker stays
