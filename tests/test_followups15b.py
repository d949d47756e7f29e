"""Follow-ups that lose the thread of the turn before, read back to it; the real assistant over the real
tables, figures and names from deals.csv:

* a year corrected ("my bad, 2026 not 2025", "说错了，是2024年") asks the question before again with the
  new year (``year_corrected``);
* "this ADC", "这个 ADC", "this drug" is the drug of the deal the turn before named (``this_drug``);
* "the B7-H3 one", "the seven-ADC deal" is the deal of the pair before that its kind words name (``kind_named``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.year_corrected import year_corrected
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
    earlier = "How many deals did AstraZeneca sign in 2025?"
    question = "sorry, how many in 2024 had an ADC?"
    assert year_corrected(question, (earlier,)) == question  # its own ask: no rewrite of the question before
    assert year_corrected("sorry, I meant 2024", (earlier,)) == "How many deals did AstraZeneca sign in 2024?"
    answer = _ask(assistant, question, earlier)
    assert answer.standalone_question != "How many deals did AstraZeneca sign in 2024?", answer.standalone_question


def test_a_second_correction_corrects_the_question_first_asked() -> None:
    earlier = ("AZ's biggest china deal in 2025?", "sorry 2026 not 2025")
    assert year_corrected("oops, 2024 not 2026", earlier) == "AZ's biggest china deal in 2024?"


def _target(deal_id: str) -> str:
    """The target the row's asset names in brackets: 'IBI3009 (DLL3 ADC)' → 'DLL3'."""
    asset = next(r["asset"] for r in _DEALS if r["deal_id"] == deal_id)
    return asset.split("(")[1].split()[0] if "(" in asset else asset


@pytest.mark.parametrize(
    ("earlier", "question", "deal_id"),
    [
        ("Hansoh Roche 这笔 deal 的 upfront?", "这个 ADC 打什么靶点?", "hansoh-roche-2025"),
        ("What did Roche pay Innovent upfront?", "what does this ADC target?", "innovent-roche-2025"),
        ("Innovent Roche 这笔 deal 的 upfront?", "这个 ADC 的靶点是什么?", "innovent-roche-2025"),
    ],
)
def test_this_adc_is_the_drug_of_the_deal_before(
    assistant: Assistant, earlier: str, question: str, deal_id: str
) -> None:
    answer = _ask(assistant, question, earlier)
    assert _target(deal_id) in answer.answer, answer.answer
    other_targets = {_target(r["deal_id"]) for r in _DEALS if r["modality"] == "ADC"} - {_target(deal_id)}
    assert not any(f"targets {t}" in answer.answer for t in other_targets), answer.answer


def test_this_drug_is_the_drug_of_the_deal_before(assistant: Assistant) -> None:
    asset = next(r["asset"] for r in _DEALS if r["deal_id"] == "hansoh-regeneron-2025")
    answer = _ask(assistant, "what does this drug target?", "How much did Regeneron pay Hansoh upfront?")
    assert asset.split()[0] in answer.answer and "GLP-1" in answer.answer, answer.answer


def _upfront(deal_id: str) -> Decimal:
    return Decimal(next(r["upfront_usd"] for r in _DEALS if r["deal_id"] == deal_id))


@pytest.mark.parametrize(
    ("earlier", "question", "first", "second"),
    [
        (
            "What did GSK pay Hansoh upfront for the B7-H4 ADC?",
            "how does that compare with the B7-H3 one?",
            "hansoh-gsk-2023-10",
            "hansoh-gsk-2023-12",
        ),
        (
            "How much did Merck pay Kelun upfront for the TROP2 ADC?",
            "How does that stack up against the seven-ADC deal?",
            "kelun-merck-2022-05",
            "kelun-merck-2022-12",
        ),
    ],
)
def test_a_deal_named_by_its_kind_is_set_beside_the_deal_before(
    assistant: Assistant, earlier: str, question: str, first: str, second: str
) -> None:
    answer = _ask(assistant, question, earlier)
    assert [c.tool for c in answer.tool_calls] == ["compare"], answer.answer
    values = _values(answer)
    assert _upfront(first) in values and _upfront(second) in values, answer.answer


def test_what_about_a_deal_named_by_its_kind_looks_it_up(assistant: Assistant) -> None:
    answer = _ask(assistant, "what about the seven ADC deal?", "Upfront for Merck's TROP2 ADC from Kelun?")
    assert _values(answer) == [_upfront("kelun-merck-2022-12")], answer.answer


def test_a_company_named_is_not_a_kind(assistant: Assistant) -> None:
    answer = _ask(assistant, "and the Hansoh one?", "What did Roche pay Innovent upfront?")
    assert _values(answer) == [_upfront("hansoh-roche-2025")], answer.answer
