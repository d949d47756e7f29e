"""Fourteenth-session English table asks in several parts (outsider63-67's classes, probed with our own wordings).
Expected counts and sums come from deals.csv.

Two asks that each name their own year ("Merck's 2024 deal count and AstraZeneca's 2025 deal count?",
"Hansoh deal count 2024, and 2025?") had been merged into one count or sum over 2024-2025; each is now its own
ask of its own year, while "deals in 2024 and 2025" stays one span."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import render_amount
from assistant.routing.own_years import own_years
from tests.conftest import DOCUMENTS

_DEALS = [d for d in load_tables(DOCUMENTS).deals if d.scope != "borderline"]


def _rows(year: int, licensor: str = "", licensee: str = "") -> list[Deal]:
    return [
        d
        for d in _DEALS
        if d.year == year and (not licensor or licensor in d.licensors) and (not licensee or licensee in d.licensees)
    ]


def _upfronts(rows: list[Deal]) -> Decimal:
    return sum((d.upfront.amount for d in rows if d.upfront.amount is not None), Decimal(0))


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Merck's 2024 deal count and AstraZeneca's 2025 deal count?", 2),
        ("Hansoh deal count 2024, and 2025?", 2),
        ("upfront sum of deals announced in 2023, and separately 2024", 2),
        ("how many deals in 2024 and 2025?", 0),
        ("deals signed between 2024, and 2025", 0),
        ("Merck's 2024 and 2025 deal counts combined", 0),
    ],
)
def test_own_years_splits_only_asks_with_their_own_year(question: str, asks: int) -> None:
    assert len(own_years(question) or []) == asks, own_years(question)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "翰森制药 deal count 2024, and 2025?",
            ("Hansoh Pharmaceutical Group", "", 2024),
            ("Hansoh Pharmaceutical Group", "", 2025),
        ),
        (
            "Hengrui deal count for 2024, and for 2025?",
            ("Jiangsu Hengrui Pharmaceuticals", "", 2024),
            ("Jiangsu Hengrui Pharmaceuticals", "", 2025),
        ),
        (
            "Merck's 2024 deal count and AstraZeneca's 2025 deal count?",
            ("", "Merck & Co.", 2024),
            ("", "AstraZeneca", 2025),
        ),
    ],
)
def test_each_count_is_of_its_own_year(
    assistant: Assistant, question: str, first: tuple[str, str, int], second: tuple[str, str, int]
) -> None:
    answer = assistant.ask(question)
    for licensor, licensee, year in (first, second):
        rows = _rows(year, licensor, licensee)
        side = f"licensor {licensor}" if licensor else f"licensee {licensee}"
        noun = "deal" if len(rows) == 1 else "deals"
        assert f"{len(rows)} {noun} with {side}, announced in {year}" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "Sum of disclosed upfronts in the table for deals announced in 2024, and separately 2025?",
            [("", 2024), ("", 2025)],
        ),
        ("Novartis's upfront total in 2024 and Roche's upfront total in 2025?", [("Novartis", 2024), ("Roche", 2025)]),
    ],
)
def test_each_sum_is_of_its_own_year(assistant: Assistant, question: str, sides: list[tuple[str, int]]) -> None:
    answer = assistant.ask(question)
    assert len(answer.tool_calls) == 2, answer.tool_calls
    for licensee, year in sides:
        assert render_amount(_upfronts(_rows(year, licensee=licensee))) in answer.answer, answer.answer


def _licensee(name: str) -> list[Deal]:
    return [d for d in _DEALS if name in d.licensees]


@pytest.mark.parametrize(
    ("question", "first", "second", "year"),
    [
        (
            "merck vs astrazeneca: who signed more agreements with Chinese licensors in 2024, and what's the difference in count?",
            "Merck & Co.",
            "AstraZeneca",
            2024,
        ),
        (
            "Novartis versus AbbVie — which one inked more licensing pacts with Chinese biotechs?",
            "Novartis",
            "AbbVie",
            None,
        ),
        ("merck or astrazeneca, which did more deals in 2024?", "Merck & Co.", "AstraZeneca", 2024),
    ],
)
def test_who_signed_more_compares_the_counts(
    assistant: Assistant, question: str, first: str, second: str, year: int | None
) -> None:
    left = [d for d in _licensee(first) if year is None or d.year == year]
    right = [d for d in _licensee(second) if year is None or d.year == year]
    gap = len(left) - len(right)
    answer = assistant.ask(question)
    assert answer.tool_calls[-1].tool == "compare" and answer.tool_calls[-1].args["metric"] == "count", (
        answer.tool_calls
    )
    assert f"{abs(gap)} {'more' if gap > 0 else 'fewer'} on the first side" in answer.answer, answer.answer
    assert "total deal value" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "Roche vs Novartis — who has paid more in total upfronts to Chinese licensors across all their deals in the table?",
            "Roche",
            "Novartis",
        ),
        (
            "AstraZeneca or Roche: who paid less in upfronts in total across all their deals in the table, and what's the gap?",
            "AstraZeneca",
            "Roche",
        ),
    ],
)
def test_who_paid_more_compares_the_sums(assistant: Assistant, question: str, first: str, second: str) -> None:
    left, right = _upfronts(_licensee(first)), _upfronts(_licensee(second))
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["compare"], answer.tool_calls
    for amount in (left, right, abs(left - right)):
        assert render_amount(amount) in answer.answer, (render_amount(amount), answer.answer)
