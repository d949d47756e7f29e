"""The top deals' share of a total, "our deals" as our rows, and a later part asked within the first part's period."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.routing.top_share import asks_top_share
from assistant.tools.registry import DealTools
from assistant.tools.schema import DealFilter, RankArgs
from tests.conftest import DOCUMENTS, route


def _amounts(column: str, year: str) -> list[Decimal]:
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["scope"] == "main" and row["announced"].startswith(year)]
    return sorted((Decimal(row[column]) for row in rows if row[column]), reverse=True)


def test_the_ranked_deals_share_is_their_sum_over_every_disclosed_figure(tools: DealTools) -> None:
    amounts = _amounts("upfront_usd", "2025")
    args = RankArgs(metric="upfront", filter=DealFilter(year=2025), n=3, share_of_total=True)
    figures = {figure.label: figure.value for figure in tools.invoke(args).figures}
    share = next(value for label, value in figures.items() if label.startswith("the ranked deals' share"))
    assert abs(share - sum(amounts[:3]) / sum(amounts) * 100) < Decimal("0.05")
    assert sum(amounts) in figures.values() and sum(amounts[:3]) in figures.values()
    plain = tools.invoke(RankArgs(metric="upfront", filter=DealFilter(year=2025), n=3))
    assert not [f for f in plain.figures if f.unit == "percent"]  # only when asked


@pytest.mark.parametrize(
    ("question", "n", "metric"),
    [
        ("top 3 2025 deals = what % of 2025 total value (ur table)?", 3, "total"),
        ("what share of 2024 upfront money in your table did the two biggest deals take?", 2, "upfront"),
        ("Share of 2025 milestone money captured by the top 3 deals in your dataset?", 3, "milestones"),
    ],
)
def test_a_top_deals_share_ranks_deals_and_asks_the_share(router: Router, question: str, n: int, metric: str) -> None:
    calls = route(router, question).tool_calls
    assert len(calls) == 1 and calls[0].tool == "rank"
    args = calls[0].args
    assert (args["dimension"], args["n"], args["metric"], args["share_of_total"]) == ("deal", n, metric, True)


def test_companies_shares_and_plain_rankings_are_not_top_deal_shares(router: Router) -> None:
    assert asks_top_share("What share of deal value did the top 10 licensors take in 2025?") is None
    assert asks_top_share("what were the three largest deals of 2025") is None
    plain = route(router, "what were the three largest deals of 2025").tool_calls[0].args
    assert not plain.get("share_of_total")


@pytest.mark.parametrize(
    "question", ["What is the total value of our deals from 2025?", "total value of your 2025 deals"]
)
def test_our_deals_are_our_rows(router: Router, question: str) -> None:
    call = route(router, question).tool_calls[0]
    assert call.tool == "aggregate" and call.args["filter"]["year"] == 2025


def test_a_later_part_with_no_period_of_its_own_is_asked_within_the_first_parts() -> None:
    parts = split_parts("How concentrated was 2025 in our data? Top five deals as a percentage of all headline value.")
    assert parts[-1].endswith("in 2025?")
    # its own reach ("in total", a company of its own) is kept
    assert not split_parts("How many deals in 2025, and how many ever?")[-1].endswith("in 2025?")
