"""Issue 11 (outsider36, a policy researcher): aggregates of a year, shares of it and trackers' derived figures.

Each class is tested with wordings other than the outsider's: a modality's share of a year's value when a narrower
modality is said to be counted in it, ...
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = [deal for deal in load_tables(DOCUMENTS).deals if deal.scope in ("main", "context")]


# --- a modality's share of a year: "if bispecific ADCs are counted as ADCs" widens the part to every ADC
@pytest.mark.parametrize(
    "question",
    [
        "What fraction of the 2025 upfront money in your table went to ADCs, if bispecific ADCs are treated as ADCs?",
        "Share of your 2025 deal value from ADCs, with bispecific ADCs counted as ADCs?",
        "What % of 2025 total value in your table was ADCs, treating bispecific ADCs as ADCs?",
    ],
)
def test_a_modality_counted_in_a_wider_one_widens_the_part(router: Router, tools: DealTools, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare", call
    assert call.args["left"]["modality"] == "ADC", call.args
    assert "modality" not in call.args["right"], call.args
    measure = call.args["metric"]
    year = [d for d in _DEALS if d.year == 2025 and getattr(d, measure).amount is not None]
    part = sum(getattr(d, measure).amount for d in year if "ADC" in d.modality)
    whole = sum(getattr(d, measure).amount for d in year)
    shares = [f.value for f in tools.run(call).figures if f.unit == "percent" and "as a percent of" in f.label]
    assert shares == [round(Decimal(100) * part / whole, 1)], shares


# --- the top deals' share of a year, the whole said as "the combined value of your 2025 deals ... comes from"
@pytest.mark.parametrize(
    ("question", "n", "year", "measure"),
    [
        (
            "What share of the combined headline value of your 2024 deals comes from the two largest licences?",
            2,
            2024,
            "total",
        ),
        ("How much of our 2025 aggregate upfront came from the top five deals?", 5, 2025, "upfront"),
        (
            "What proportion of the overall value of your 2025 rows was contributed by the biggest three transactions?",
            3,
            2025,
            "total",
        ),
    ],
)
def test_the_top_deals_share_of_a_whole_said_another_way(
    router: Router, tools: DealTools, question: str, n: int, year: int, measure: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["share_of_total"] and call.args["n"] == n, call
    assert call.args["metric"] == measure and call.args["filter"]["year"] == year, call.args
    amounts = sorted(
        (getattr(d, measure).amount for d in _DEALS if d.year == year and getattr(d, measure).amount), reverse=True
    )
    share = round(Decimal(100) * sum(amounts[:n]) / sum(amounts), 1)
    assert share in [f.value for f in tools.run(call).figures if f.unit == "percent"], tools.run(call).figures


def test_a_part_of_the_top_deals_is_no_share_of_the_year(router: Router) -> None:
    plan = route(router, "What share of the top 5 deals were ADCs?")
    assert not any(call.args.get("share_of_total") for call in plan.tool_calls), plan


# --- a tracker's average asked with our rows set aside: "the tracker's totals rather than your own deal rows"
def _reported(stat_id: str) -> Decimal:
    with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as handle:
        return next(Decimal(row["value"]) for row in csv.DictReader(handle) if row["stat_id"] == stat_id)


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Using the tracker's totals rather than your own rows, what was the mean deal value in 2024?", 2024),
        ("Going by PharmCube's reported totals, not your table, what was the average value per deal in 2025?", 2025),
        ("Based on the trackers' figures instead of our data, how big was the average 2024 deal?", 2024),
    ],
)
def test_a_trackers_average_with_our_rows_set_aside(router: Router, tools: DealTools, question: str, year: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["derive"] == "average_deal_size", call
    average = _reported(f"pharmcube-nextpharma-{year}-total-value") / _reported(
        f"pharmcube-nextpharma-{year}-deal-count"
    )
    values = [f.value for f in tools.run(call).figures if f.unit == "USD"]
    assert any(abs(value - average) / average < Decimal("0.005") for value in values), values


def test_the_same_calculation_for_another_year_stays_the_trackers(replaying: Router) -> None:
    first = "Using the tracker's totals rather than your own deal rows, what was the average deal size in 2025?"
    call = one_call(route(replaying, "and the same calculation for 2024?", [first]))
    assert call.tool == "market_stat" and call.args["period"] == "2024", call
    assert call.args["derive"] == "average_deal_size", call
