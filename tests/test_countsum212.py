"""Twelfth-session count-and-sum and loose money filters (outsider52-54's classes, probed with our own
wordings). A count and a sum of the same deals ("how many deals ... and how much upfront did they bring in
altogether", "how many deals, and total upfront sum of them", "how many deals, and sum of disclosed
upfront") is two asks over our rows: the count had been a tracker's market count and the sum dropped. A
money bound typed loosely ("less then 1 billion", "below 50 mil", "between 140 and 180 million $") is a
filter on our rows: it had gone to a tracker's total or to a sum over the unfiltered deals. Expected deals and
sums come from deals.csv."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import render_amount
from tests.conftest import DOCUMENTS

_MAIN = [d for d in load_tables(DOCUMENTS).deals if d.scope == "main"]
_LISTED = [d for d in load_tables(DOCUMENTS).deals if d.scope != "borderline"]  # main and context
_M = Decimal(10) ** 6


@pytest.mark.parametrize(
    ("question", "keep"),
    [
        (
            "How many deals were signed in 2024 and how much upfront did they bring in altogether?",
            lambda d: d.year == 2024,
        ),
        (
            "How many deals were struck in 2025 and how much upfront did they pull in altogether?",
            lambda d: d.year == 2025,
        ),
        ("2024 how many deals, and total upfront sum of them?", lambda d: d.year == 2024),
        ("2025: number of deals, plus total upfront sum across them?", lambda d: d.year == 2025),
        ("AbbVie how many china deals total, and sum of disclosed upfront?", lambda d: "AbbVie" in d.licensees),
        ("Novartis how many deals in all, and sum of reported upfront?", lambda d: "Novartis" in d.licensees),
    ],
)
def test_a_count_and_an_upfront_sum_of_the_same_deals_are_both_ours(
    assistant: Assistant, question: str, keep: Callable[[Deal], bool]
) -> None:
    expected = [d for d in _MAIN if keep(d)]
    total = sum(d.upfront.amount for d in expected if d.upfront.amount is not None)
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["aggregate", "aggregate"], answer.tool_calls
    assert f"{len(expected)} deals" in answer.answer, (len(expected), answer.answer)
    assert render_amount(Decimal(total)) in answer.answer, (render_amount(Decimal(total)), answer.answer)
    assert "counted 94 deals" not in answer.answer and "tracker reported" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "measure", "keep"),
    [
        ("2024 deals total less then 1 billion?", "total", lambda d, a: d.year == 2024 and a < 1000 * _M),
        ("2025 deals upfront more then 200 million?", "upfront", lambda d, a: d.year == 2025 and a > 200 * _M),
        (
            "immunology deals upfront below 50 mil",
            "upfront",
            lambda d, a: d.therapeutic_area == "Immunology" and a < 50 * _M,
        ),
        ("deals since 2025 with upfront under 30 mil", "upfront", lambda d, a: d.year >= 2025 and a < 30 * _M),
        (
            "since 2024, deals with upfront between 140 and 180 million $",
            "upfront",
            lambda d, a: d.year >= 2024 and 140 * _M <= a <= 180 * _M,
        ),
        (
            "immunology deals total between 500 and 900 million usd",
            "total",
            lambda d, a: d.therapeutic_area == "Immunology" and 500 * _M <= a <= 900 * _M,
        ),
    ],
)
def test_a_loosely_typed_money_bound_lists_our_deals(
    assistant: Assistant, question: str, measure: str, keep: Callable[[Deal, Decimal], bool]
) -> None:
    expected = [d for d in _LISTED if (a := d.figure(measure).amount) is not None and keep(d, a)]  # type: ignore[arg-type]
    assert_lists_the_deals(assistant, question, expected)


def assert_lists_the_deals(assistant: Assistant, question: str, expected: list[Deal]) -> None:
    """``question`` is answered by one ``find_deals`` listing exactly the ``expected`` deals, each by its licensor."""
    assert 0 < len(expected) < 6
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["find_deals"], answer.tool_calls
    assert f"Our table holds {len(expected)} deal" in answer.answer, (len(expected), answer.answer)
    for deal in expected:
        assert deal.licensors[0] in answer.answer, (deal.deal_id, answer.answer)


def test_a_year_range_is_not_a_money_band(assistant: Assistant) -> None:
    """'between 2024 and 2025' stays a period: a bare first number that is a year starts no band."""
    answer = assistant.ask("How many deals did Merck sign between 2024 and 2025?")
    filters = [c.args.get("filter", {}) for c in answer.tool_calls]
    assert not any(k.startswith(("min_", "max_")) for f in filters for k in f if f.get(k)), answer.tool_calls
