"""A question about when a deal was signed or announced is answered by the sentence that dates it: the
deal's opening ("agreed ... on 28 July 2025"), and a date written "October 21, 2025" counts as a date.
A question about when it closed or ended keeps the later paragraph that says so."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.answer_types import type_bonus
from assistant.answering.assistant import Assistant


def test_a_month_day_year_date_is_a_date() -> None:
    assert type_bonus("date", "The two companies announced the deal on October 21, 2025 in US time.") > 0


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("when did Hengrui and GSK sign their deal", "28 July 2025"),
        ("When was the Innovent Takeda deal announced?", "October 21, 2025"),
    ],
)
def test_the_signing_date_leads(assistant: Assistant, question: str, date: str) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text" and date in answer.answer.split(". ")[0]


def test_a_closing_date_is_not_the_signing_date(assistant: Assistant) -> None:
    answer = assistant.ask("When did the Summit Akeso deal close?")
    first = answer.answer.split(". ")[0]
    assert "January 17, 2023" in first or "17 January 2023" in first, answer.answer  # 2023-01-17, not 2022-12-06


def test_what_is_a_named_drug_after_its_upfront(assistant: Assistant) -> None:
    """ "What is RC148?" after its upfront asks what the drug is (its deal's opening), not the upfront again."""
    answer = assistant.ask("What is RC148?", [Turn(question="How much did AbbVie pay RemeGen upfront?")])
    assert answer.route == "text" and "bispecific antibody" in answer.answer
    both = assistant.ask("How much did AbbVie pay RemeGen upfront, and what is RC148?")
    assert "$650 million" in both.answer and "bispecific antibody" in both.answer
    again = assistant.ask("and RC148?", [Turn(question="How much did AbbVie pay RemeGen upfront?")])
    assert again.route == "table" and "$650 million" in again.answer
