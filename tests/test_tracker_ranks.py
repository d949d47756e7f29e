"""Trackers set in order: "which tracker reported the largest 2025 total?" asks which tracker's figure is the
largest, not for a ranking of our deals (it had ranked GeneQuantum's $13 billion deal first). The answer leads
with the largest (or smallest) figure among every tracker's for the period, names its tracker and scope, and
gives the others; expected figures come from market_stats.csv."""

from __future__ import annotations

import csv
from collections import defaultdict
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from assistant.routing.tracker_ranks import order_asked, tracker_ranked
from assistant.tools.quantities import render_quantity
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _ROWS = list(csv.DictReader(_handle))
_BY = defaultdict(list)
for _row in _ROWS:
    if not _row["subject"]:
        _BY[(_row["metric"], _row["period"])].append(_row)


def _end(metric: str, period: str, pick=max) -> tuple[Decimal, set[str]]:
    rows = _BY[(metric, period)]
    value = pick(Decimal(row["value"]) for row in rows)
    return value, {row["reporter"] for row in rows if Decimal(row["value"]) == value}


@pytest.mark.parametrize(
    ("question", "metric", "period", "pick"),
    [
        ("Which tracker reported the largest 2025 total?", "total_value", "2025", max),
        ("which source gives the highest figure for 2024 out-licensing value?", "total_value", "2024", max),
        ("which tracker counted the most deals in 2024?", "deal_count", "2024", max),
        ("Which tracker had the lowest H1 2025 total?", "total_value", "2025-H1", min),
        (
            "which report gave the biggest number of billion-dollar deals in H1 2025?",
            "deals_over_1b_count",
            "2025-H1",
            max,
        ),
    ],
)
def test_trackers_are_set_in_order(
    assistant: Assistant, router: Router, question: str, metric: str, period: str, pick
) -> None:
    plan = router.route(question)
    assert [call.tool for call in plan.tool_calls] == ["market_stat"], plan
    args = plan.tool_calls[0].args
    assert (args["metric"], args["period"], args["order"]) == (metric, period, "largest" if pick is max else "smallest")
    value, reporters = _end(metric, period, pick)
    answer = assistant.ask(question)
    first = answer.answer.split(". ")[0]
    unit = "count" if "count" in metric else "USD"
    assert render_quantity(value, unit, "exact") in first, answer.answer
    assert all(reporter in answer.answer.split(" reported it")[0] or reporter in first for reporter in reporters)
    assert f"Of the {len(_BY[(metric, period)])} figures" in first
    assert answer.citations and not answer.abstained


def test_one_tracker_or_a_licensor_is_not_a_tracker_ranking(router: Router) -> None:
    # a licensor's total is our deals' ranking; a question that names one tracker has nothing to order
    assert order_asked("Which licensor reported the largest 2025 total?") is None
    assert order_asked("Which source reports the top ten licensors' share of 2025 deal value?") is None  # a measure
    assert (
        tracker_ranked("Which licensor reported the largest 2025 total?")
        == "Which licensor reported the largest 2025 total?"
    )
    assert router.route("Which licensor reported the largest 2025 total?").tool_calls[0].tool == "rank"
    assert (
        tracker_ranked("which tracker counted the most deals in 2024?")
        == "What deal count did the trackers report in 2024?"
    )
    plan = router.route("What did PharmCube report as the 2025 total?")
    assert all("order" not in call.args for call in plan.tool_calls)
