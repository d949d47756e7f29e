"""Thirteenth-session counts with sums, two-measure rankings and loosely typed money filters (outsider55-58's
classes, probed with our own wordings). Expected deals, sums and maxima come from deals.csv.

A count and a sum of the same deals whose count runs long ("how many china deals did merck sign in 2024 in our
table & total upfront") or whose sum is "summed" ("# of deals and summed total value") had answered the count
alone; each is now two asks over our rows, the count and the sum. A money bound in the desk's "mm" ("w at least 300mm
upfront") is a filter on our rows. Two rankings by two measures ("biggest 2024 deal by headline value, and
biggest by upfront") are two rankings of the same deals."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import render_amount
from tests.conftest import DOCUMENTS
from tests.test_countsum212 import assert_lists_the_deals

_MAIN = [d for d in load_tables(DOCUMENTS).deals if d.scope == "main"]
_M = Decimal(10) ** 6


@pytest.mark.parametrize(
    ("question", "measure", "keep"),
    [
        (
            "how many china deals did merck sign in 2024 in our table & total upfront",
            "upfront",
            lambda d: d.year == 2024 and "Merck & Co." in d.licensees,
        ),
        (
            "Novartis: count of Chinese in-licensing deals held in your table, plus their summed upfront",
            "upfront",
            lambda d: "Novartis" in d.licensees,
        ),
        ("AbbVie deals: # of deals and summed total value?", "total", lambda d: "AbbVie" in d.licensees),
        (
            "Roche: number of China in-licensing deals in the table and their combined upfront",
            "upfront",
            lambda d: "Roche" in d.licensees,
        ),
    ],
)
def test_a_long_count_and_its_sum_are_both_answered(
    assistant: Assistant, question: str, measure: str, keep: Callable[[Deal], bool]
) -> None:
    expected = [d for d in _MAIN if keep(d)]
    total = sum(a for d in expected if (a := d.figure(measure).amount) is not None)
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["aggregate", "aggregate"], answer.tool_calls
    assert f"{len(expected)} deals" in answer.answer, (len(expected), answer.answer)
    assert render_amount(Decimal(total)) in answer.answer, (render_amount(Decimal(total)), answer.answer)
    assert "tracker reported" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "measure", "keep"),
    [
        ("2024 deals w upfront of at least 200mm", "upfront", lambda d, a: d.year == 2024 and a >= 200 * _M),
        ("2025 deals w over 500mm upfront", "upfront", lambda d, a: d.year == 2025 and a > 500 * _M),
        ("2024 deals w at least 300MM upfront", "upfront", lambda d, a: d.year == 2024 and a >= 300 * _M),
        ("2025 deals w at least $1000mm upfront", "upfront", lambda d, a: d.year == 2025 and a >= 1000 * _M),
    ],
)
def test_a_money_bound_in_mm_lists_our_deals(
    assistant: Assistant, question: str, measure: str, keep: Callable[[Deal, Decimal], bool]
) -> None:
    """ "300mm" is $300 million: a bound on our rows (it had been the smallest upfront of the year, the bound
    dropped, or a sum over the deals the other bound kept)."""
    expected = [d for d in _MAIN if (a := d.figure(measure).amount) is not None and keep(d, a)]
    assert_lists_the_deals(assistant, question, expected)


def test_two_mm_bounds_both_filter(assistant: Assistant) -> None:
    expected = [
        d
        for d in _MAIN
        if d.year == 2025
        and (u := d.upfront.amount) is not None
        and u < 100 * _M
        and (t := d.figure("total").amount) is not None
        and t > 1000 * _M
    ]
    answer = assistant.ask("2025 deals w upfront under 100mm but total over 1bn")
    assert [c.tool for c in answer.tool_calls] == ["find_deals"], answer.tool_calls
    assert f"Our table holds {len(expected)} deals" in answer.answer, (len(expected), answer.answer)


def _largest(year: int, measure: str) -> Deal:
    held = [d for d in _MAIN if d.year == year and d.figure(measure).amount is not None]
    return max(held, key=lambda d: d.figure(measure).amount or Decimal(0))


@pytest.mark.parametrize(
    ("question", "year", "measures"),
    [
        ("largest 2025 deal by upfront, and largest by total value?", 2025, ("upfront", "total")),
        ("top 2024 deal by total value and the top one by upfront", 2024, ("total", "upfront")),
        ("biggest 2024 deal by headline value, and biggest by upfront?", 2024, ("total", "upfront")),
        ("2025 biggest deal by total value & biggest by upfront", 2025, ("total", "upfront")),
    ],
)
def test_two_rankings_by_two_measures_are_both_answered(
    assistant: Assistant, question: str, year: int, measures: tuple[str, str]
) -> None:
    """Each ranking of the year's deals names its own top deal and figure (the second ranking had been dropped;
    "top 2024 deal" had read 2024 as a top-N and listed every deal)."""
    answer = assistant.ask(question)
    assert [(c.tool, c.args["metric"], c.args["n"]) for c in answer.tool_calls] == [
        ("rank", measures[0], 1),
        ("rank", measures[1], 1),
    ], answer.tool_calls
    for measure in measures:
        top = _largest(year, measure)
        assert top.licensors[0] in answer.answer, (top.deal_id, answer.answer)
        assert render_amount(top.figure(measure).amount) in answer.answer, (measure, answer.answer)  # type: ignore[arg-type]
