"""outsider31's classes (a data journalist charting the boom), in other words: a year span with a short second
year ("2024-26") is every year of it; an amount said to be exact bounds its field on both sides; a tracker's
growth asked "in dollar terms" is the gap in dollars; one year's mean and median are both measures of that
year, not one measure compared with another year; a deal's day-one money "incl." its equity stake, "in all" or
"altogether", is the upfront with the equity added."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.routing.chart_asks import pinned_amount
from assistant.routing.deal_sums import asks_equity_added
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route


def _main_rows() -> list[dict[str, str]]:
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["scope"] == "main"]


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("how many deals in your table (2024-26) carry a potential value of $5bn or more?", 2024, 2026),
        ("number of deals 2025-26 in your table worth $10 billion or more in total?", 2025, 2026),
        ("how many deals in your data (2024–25) have a headline value of $5bn or more?", 2024, 2025),
    ],
)
def test_a_year_span_is_every_year_of_it(router: Router, question: str, first: int, last: int) -> None:
    where = one_call(route(router, question)).args["filter"]
    assert "year" not in where
    assert (where["date_from"], where["date_to"]) == (f"{first}-01-01", f"{last}-12-31")


def test_a_month_date_is_no_year_span(router: Router) -> None:
    where = one_call(route(router, "how many deals were announced on 2025-06-13?")).args["filter"]
    assert where.get("date_from") != "2025-01-01"


@pytest.mark.parametrize(
    ("question", "field", "amount"),
    [
        ("Which 2025 deals came with exactly $80 million upfront?", "upfront", "80000000"),
        ("Which 2025 deals had an upfront of precisely $120 million?", "upfront", "120000000"),
        ("list the 2024 deals with exactly $100M upfront", "upfront", "100000000"),
    ],
)
def test_an_exact_amount_bounds_its_field_on_both_sides(router: Router, question: str, field: str, amount: str) -> None:
    assert pinned_amount(question) == (field, Decimal(amount))
    call = one_call(route(router, question))
    where = call.args["filter"]
    assert where[f"min_{field}_usd"] == where[f"max_{field}_usd"]
    assert Decimal(str(where[f"min_{field}_usd"])) == Decimal(amount)
    year = int(where["year"])
    expected = {
        row["deal_id"]
        for row in _main_rows()
        if row["announced"].startswith(str(year))
        and row["upfront_usd"]
        and Decimal(row["upfront_usd"]) == Decimal(amount)
    }
    assert expected, question


@pytest.mark.parametrize(
    "question", ["deals with an upfront over $80 million in 2025", "2025 deals worth at least $1 billion"]
)
def test_a_bound_is_no_exact_amount(question: str) -> None:
    assert pinned_amount(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "In dollar terms, how much bigger was the 2025 China licensing market than 2024's? Use the PharmCube figures",
        "How many dollars more was 2025's China licensing total than 2024's, on the SCMP numbers?",
    ],
)
def test_a_trackers_growth_in_dollars_is_the_difference(router: Router, question: str) -> None:
    calls = route(router, question).tool_calls
    assert calls and calls[0].tool == "market_stat" and calls[0].args["derive"] == "difference"


def test_a_growth_in_percent_stays_a_growth(router: Router) -> None:
    calls = route(router, "By what percent did PharmCube's deal value grow from 2024 to 2025?").tool_calls
    assert calls and calls[0].args.get("derive") != "difference"


@pytest.mark.parametrize(
    ("question", "metric", "year"),
    [
        ("2025 upfronts in the table - mean vs median?", "upfront", 2025),
        ("2024 total deal values in your table - average vs median?", "total", 2024),
    ],
)
def test_one_years_mean_and_median_are_both_of_that_year(router: Router, question: str, metric: str, year: int) -> None:
    calls = route(router, question).tool_calls
    assert [call.tool for call in calls] == ["aggregate", "aggregate"]
    assert {call.args["operation"] for call in calls} == {"average", "median"}
    assert all(call.args["metric"] == metric and call.args["filter"]["year"] == year for call in calls)


def test_two_years_medians_stay_a_comparison(router: Router) -> None:
    call = one_call(route(router, "median upfront, 2024 vs 2025?"))
    assert call.tool == "compare"


@pytest.mark.parametrize(
    "question",
    [
        "PFE's day-one money for 3SBio incl. the equity stake - how much altogether?",
        "Takeda's day-one payment to Innovent including the equity investment - how much in all?",
    ],
)
def test_day_one_money_with_the_equity_stake_is_one_sum(router: Router, question: str) -> None:
    assert asks_equity_added(question)
    call = one_call(route(router, question))
    assert call.tool == "get_deal" and call.args["plus"] == "equity"


def test_the_equity_alone_is_no_sum() -> None:
    assert not asks_equity_added("How much equity did Pfizer buy in 3SBio?")
