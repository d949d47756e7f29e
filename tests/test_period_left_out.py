"""A year left out ("How many deals did Merck do, excluding 2022?") is left out of the deals, never the
one asked (read as a period, it answered with 2022's deals alone: the opposite of the question); as a
follow-up ("excluding the 2023 ones?", "ex-2022?", "without the 2026 ones") it is the previous sum,
count or list without that year's deals, never a clarifying reply."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("before", "question", "year"),
    [
        ("GSK total upfront to chinese cos", "excluding the 2023 ones?", 2023),
        ("GSK total upfront to chinese cos", "and excluding 2023?", 2023),
        ("how many deals did Merck do", "ex-2022?", 2022),
        ("list AbbVie's deals", "without the 2026 ones", 2026),
    ],
)
def test_a_period_left_out_of_the_deals_before(
    replaying: Router, tools: DealTools, before: str, question: str, year: int
) -> None:
    earlier = one_call(route(replaying, before))
    call = one_call(route(replaying, question, [before]))
    assert call.tool == earlier.tool
    had, kept = tools.run(earlier).deal_ids, tools.run(call).deal_ids
    years = {deal.deal_id: deal.year for deal in tools.book.tables.deals}
    assert kept and set(kept) < set(had)
    assert all(years[deal_id] == year for deal_id in set(had) - set(kept))
    assert all(years[deal_id] != year for deal_id in kept)


@pytest.mark.parametrize(
    ("question", "year", "operation"),
    [
        ("How many deals did Merck do, excluding 2022?", 2022, "count"),
        ("GSK's total upfront to Chinese companies, excluding 2023", 2023, "sum"),
        ("GSK's total upfront, excluding 2023", 2023, "sum"),
        ("What did AbbVie pay upfront in total, excluding 2026?", 2026, "sum"),
        ("total upfront in your table excluding 2026 deals", 2026, "sum"),
    ],
)
def test_a_year_left_out_in_one_question(replaying: Router, question: str, year: int, operation: str) -> None:
    call = one_call(route(replaying, question))
    assert call.tool == "aggregate" and call.args["operation"] == operation
    assert call.args["filter"]["exclude_years"] == [year] and "year" not in call.args["filter"]


def test_a_measure_left_out_is_still_one_measure_less_another(replaying: Router) -> None:
    assert route(replaying, "3SBio's upfront excluding the equity").tool_calls[0].args.get("exclude_years") is None


def test_two_years_left_out(replaying: Router) -> None:
    call = one_call(route(replaying, "How many deals did Merck do, excluding 2022 and 2023?"))
    assert call.args["filter"]["exclude_years"] == [2022, 2023] and "year" not in call.args["filter"]
