"""Questions that ask, or state, two figures where one was answered: a tracker's value beside its
count ("the headline number for 2025, and over how many deals?", "PharmCube logged 38 deals worth
nearly $49bn - right?") and a figure checked against two of one deal's measures ("is 12bn the total or
just the milestones?"). Expected figures are read from deals.csv, never written here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.market_split import figure_beside
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, route


@pytest.mark.parametrize(
    "question",
    [
        "What's the headline number for China out-licensing in 2025, and over how many deals?",
        "Fact-check: 'By mid-February 2026 PharmCube had logged 38 Greater China deals worth nearly $49bn.' Right?",
        "How many out-licensing deals did PharmCube count in 2024, and what were they worth?",
    ],
)
def test_a_tracker_value_and_count_asked_together_are_both_answered(router: Router, question: str) -> None:
    plan = route(router, question)
    assert sorted(call.args["metric"] for call in plan.tool_calls) == ["deal_count", "total_value"]
    assert all(call.tool == "market_stat" for call in plan.tool_calls)


@pytest.mark.parametrize(
    ("metric", "words", "count", "other"),
    [
        ("deal_count", ["how", "many", "deals", "in", "2025"], True, None),
        ("total_value", ["total", "value", "of", "2025", "deals"], False, None),  # a year before "deals" is no count
        ("total_value", ["the", "157", "deals", "were", "worth", "how", "much"], False, "deal_count"),
        ("deal_count", ["157", "deals", "worth", "135.7bn"], False, "total_value"),
    ],
)
def test_figure_beside(metric: str, words: list[str], count: bool, other: str | None) -> None:
    assert figure_beside(metric, words, count) == other


def test_a_figure_checked_against_two_measures_gets_the_terms(assistant: Assistant) -> None:
    question = 'I call it "GSK\'s $12bn Hengrui deal" in the headline. Is 12bn the total or just the milestones?'
    answer = assistant.ask(question)
    assert [(call.tool, call.args.get("metric")) for call in answer.tool_calls] == [("get_deal", None)]
    deal = next(
        d
        for d in load_tables(DOCUMENTS).deals
        if d.licensees == ["GSK"] and "Jiangsu Hengrui" in d.licensors[0] and d.year == 2025
    )
    for money in (deal.milestones, deal.total):
        assert f"{money.amount / Decimal(10) ** 9:.1f}".rstrip("0").rstrip(".") in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Was the $1.25bn Pfizer paid 3SBio the upfront or the total?",
        "Is the 4.5bn in the Akeso Summit deal milestones or total value?",
    ],
)
def test_either_of_two_measures_is_no_one_measure(router: Router, question: str) -> None:
    plan = route(router, question)
    assert [(call.tool, call.args.get("metric")) for call in plan.tool_calls] == [("get_deal", None)]
