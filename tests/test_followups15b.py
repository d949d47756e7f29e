"""Follow-ups that lose the thread of the turn before, read back to it; the real assistant over the real
tables, figures and names from deals.csv:

* a year corrected ("my bad, 2026 not 2025", "说错了，是2024年") asks the question before again with the
  new year (``year_corrected``);
* "this ADC", "这个 ADC", "this drug" is the deal the turn before named (``this_drug``);
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = [row for row in csv.DictReader(_handle) if row["scope"] in ("main", "context")]


def _top(licensee: str, year: str, measure: str) -> dict[str, str]:
    rows = [r for r in _DEALS if r["licensee"] == licensee and r["announced"][:4] == year and r[measure]]
    return max(rows, key=lambda r: Decimal(r[measure]))


@pytest.mark.parametrize(
    ("earlier", "question", "licensee", "year", "measure"),
    [
        ("AZ's biggest china deal in 2025?", "my bad, 2026 not 2025", "AstraZeneca", "2026", "total_usd"),
        (
            "merck's biggest china deal in 2024 by total value?",
            "sorry, I meant 2025 not 2024",
            "Merck & Co.",
            "2025",
            "total_usd",
        ),
        ("Largest upfront paid by Merck in 2025?", "oops, make that 2024", "Merck & Co.", "2024", "upfront_usd"),
        ("2025年默沙东首付最高的一笔是哪个?", "说错了，是2024年", "Merck & Co.", "2024", "upfront_usd"),
    ],
)
def test_a_corrected_year_asks_the_question_before_again(
    assistant: Assistant, earlier: str, question: str, licensee: str, year: str, measure: str
) -> None:
    top = _top(licensee, year, measure)
    answer = _ask(assistant, question, earlier)
    assert _values(answer)[0] == Decimal(top[measure]), answer.answer
    assert top["licensor"].split()[0] in answer.answer, answer.answer
    assert f"in {year}" in answer.answer


def test_a_corrected_year_counts_that_year(assistant: Assistant) -> None:
    rows = [r for r in _DEALS if r["licensee"] == "AstraZeneca" and r["announced"].startswith("2024")]
    answer = _ask(assistant, "my mistake, I meant 2024", "How many deals did AstraZeneca sign in 2025?")
    assert Decimal(len(rows)) in _values(answer), answer.answer


def test_a_year_beside_another_ask_is_not_a_correction(assistant: Assistant) -> None:
    answer = _ask(assistant, "sorry, how many in 2024 had an ADC?", "How many deals did AstraZeneca sign in 2025?")
    assert "2025" not in answer.interpretation or "2024" in answer.interpretation
