"""The change between two averages or medians of our rows is one comparison (``CompareArgs.operation``)."""

from __future__ import annotations

import csv
import statistics
from decimal import Decimal

import pytest

from assistant.routing.averages import averages_compared
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import AggregateArgs, CompareArgs, DealFilter, ToolCall
from tests.conftest import DOCUMENTS, route


def _amounts(column: str, year: str) -> list[Decimal]:
    """A year's disclosed amounts of the main rows, read straight from deals.csv."""
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["scope"] == "main" and row["announced"].startswith(year)]
    return [Decimal(row[column]) for row in rows if row[column]]


def _percent(result_figures: list, label_start: str) -> Decimal:
    return next(f.value for f in result_figures if f.label.startswith(label_start) and f.unit == "percent")


def test_average_sides_give_the_change_worked_from_the_exact_averages(tools: DealTools) -> None:
    new, old = _amounts("total_usd", "2025"), _amounts("total_usd", "2024")
    expected = (statistics.mean(new) - statistics.mean(old)) / statistics.mean(old) * 100
    args = CompareArgs(metric="total", operation="average", left=DealFilter(year=2025), right=DealFilter(year=2024))
    result = tools.invoke(args)
    change = _percent(result.figures, "percent difference")
    assert abs(change - expected) <= Decimal("0.05")
    text = " ".join(line.text for line in result.lines)
    assert "the average total deal value is" in text and "sum to" not in text
    # the averages are said to three figures, as the aggregate tool says them
    averages = [f.value for f in result.figures if f.label.startswith("average of total")]
    assert len(averages) == 2 and all(value % 10_000_000 == 0 for value in averages)


def test_median_sides_are_the_middle_deals_unrounded(tools: DealTools) -> None:
    args = CompareArgs(metric="upfront", operation="median", left=DealFilter(year=2025), right=DealFilter(year=2024))
    result = tools.invoke(args)
    medians = [f.value for f in result.figures if f.label.startswith("median of upfront")]
    assert medians == [
        statistics.median(_amounts("upfront_usd", "2025")),
        statistics.median(_amounts("upfront_usd", "2024")),
    ]
    # a median is no part of another side's median: no share is claimed
    assert not [f for f in result.figures if f.label.startswith("first side as a percent")]


def test_a_sum_comparison_is_unchanged(tools: DealTools) -> None:
    result = tools.invoke(CompareArgs(metric="upfront", left=DealFilter(year=2025), right=DealFilter(year=2024)))
    assert sum(_amounts("upfront_usd", "2025")) in [f.value for f in result.figures]


@pytest.mark.parametrize(
    ("question", "operation", "metric"),
    [
        ("year-over-year change in average deal size, 2024 to 2025 (by total value)", "average", "total"),
        ("How did the median upfront in our table change between 2024 and 2025?", "median", "upfront"),
        ("did the mean milestone package per deal grow from 2024 to 2025 in your table?", "average", "milestones"),
    ],
)
def test_a_change_between_two_averages_is_one_comparison(
    router: Router, question: str, operation: str, metric: str
) -> None:
    calls = route(router, question).tool_calls
    assert [call.tool for call in calls] == ["compare"]
    assert calls[0].args["operation"] == operation and calls[0].args["metric"] == metric
    assert {calls[0].args["left"]["year"], calls[0].args["right"]["year"]} == {2024, 2025}


def test_two_averages_asked_side_by_side_stay_two_figures() -> None:
    calls = [
        ToolCall(tool="aggregate", args=AggregateArgs(operation="average", filter=DealFilter(year=y)).model_dump())
        for y in (2025, 2024)
    ]
    assert averages_compared(calls, "What were the average deal values in 2025 and in 2024?") == calls
    assert averages_compared(calls, "average deal value 2025 vs 2024")[0].tool == "compare"
    sums = [ToolCall(tool="aggregate", args={**call.args, "operation": "sum"}) for call in calls]
    assert averages_compared(sums, "change in total value 2024 to 2025") == sums
