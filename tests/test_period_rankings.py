"""Rankings of periods ("which quarter of 2025 had the most deals") rank years, quarters or months of our rows."""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal

import pytest

from assistant.routing.buckets import ranked_unit
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import DealFilter, RankArgs
from tests.conftest import DOCUMENTS, route


def _main_rows() -> list[dict[str, str]]:
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["scope"] == "main"]


def test_quarters_are_counted_from_the_announcement_month_and_a_year_only_date_is_named(tools: DealTools) -> None:
    rows = [row for row in _main_rows() if row["announced"].startswith("2025")]
    dated = [row for row in rows if len(row["announced"]) >= 7]
    expected = Counter(f"Q{(int(row['announced'][5:7]) - 1) // 3 + 1} 2025" for row in dated)
    result = tools.invoke(RankArgs(dimension="quarter", metric="count", filter=DealFilter(year=2025)))
    text = " ".join(line.text for line in result.lines)
    for quarter, count in expected.items():
        assert f"{quarter}: {count} deals" in text
    assert result.rows[0] in {q for q, c in expected.items() if c == max(expected.values())}
    if len(dated) < len(rows):
        assert "Not placed in any quarter" in text


def test_months_rank_by_a_money_measure(tools: DealTools) -> None:
    sums: dict[str, Decimal] = {}
    for row in _main_rows():
        if row["announced"].startswith("2024") and len(row["announced"]) >= 7 and row["upfront_usd"]:
            sums[row["announced"][:7]] = sums.get(row["announced"][:7], Decimal(0)) + Decimal(row["upfront_usd"])
    top = max(sums, key=lambda month: sums[month])
    result = tools.invoke(RankArgs(dimension="month", metric="upfront", filter=DealFilter(year=2024), n=1))
    assert sums[top] in [figure.value for figure in result.figures]


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("which quarter of 2025 had the most deals", "quarter"),
        ("busiest month of 2024 for upfront money?", "month"),
        ("Which year has the most deals in your data?", "year"),
        ("rank 2025's quarters by total deal value", "quarter"),
        ("哪个季度2025年交易最多", "quarter"),
    ],
)
def test_a_period_unit_asked_as_the_thing_ranked_is_ranked(router: Router, question: str, unit: str) -> None:
    calls = route(router, question).tool_calls
    assert [call.tool for call in calls] == ["rank"] and calls[0].args["dimension"] == unit


@pytest.mark.parametrize(
    "question",
    [
        "which 2025 deal had the biggest upfront, and in which month was it signed?",
        "what were the three biggest deals of 2025",
        "which licensor had the most deals in 2025",
    ],
)
def test_other_rankings_keep_their_dimension(router: Router, question: str) -> None:
    calls = route(router, question).tool_calls
    assert all(call.args.get("dimension") not in ("year", "quarter", "month") for call in calls)


def test_a_date_of_one_deal_is_no_ranking(router: Router) -> None:
    assert ranked_unit("In which month was the Hengrui-GSK deal signed?") == "month"  # the unit is read, but
    calls = route(router, "In which month was the Hengrui-GSK deal signed?").tool_calls
    assert all(call.tool != "rank" for call in calls)  # only a ranking is re-aimed, and this plans none
