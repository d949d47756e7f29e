"""Company names no reading accounts for, whatever their case: "J&J's deals - UF?", "amgen's deals in 2025".

Before, the first was answered with the upfront summed over every deal in the table and the second
with a tracker's market total: a figure about something else. Now the coverage check sends them to
the articles, whose abstention check needs a passage naming the company."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.routing.unknown_names import unknown_names
from tests.conftest import DOCUMENTS


@pytest.fixture(scope="module")
def checked() -> Router:
    return Router(load_tables(DOCUMENTS), coverage_check="measures")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("J&J's china licensing deals in ur data - UF?", "J&J"),
        ("amgen's deals in 2025 - total upfront?", "amgen"),
        ("how many deals did vertex's team sign with chinese biotechs in 2024", "vertex"),
        ("P&G upfront paid to Chinese licensors in 2025?", "P&G"),
    ],
)
def test_an_unknown_company_is_no_sum_over_every_deal(checked: Router, question: str, name: str) -> None:
    plan = checked.route(question)
    assert plan.route == "text" and not plan.tool_calls
    assert f"'{name}' names no company in our deal table" in plan.interpretation


@pytest.mark.parametrize(
    "question",
    [
        "hengrui's 2025 upfronts total?",  # a known company, lower case
        "pfizer's upfront to 3sbio?",
        "How many M&A deals in 2025?",  # a business abbreviation
        "What was the R&D spend behind the 2025 deals?",
        "What was the industry's biggest deal in 2025?",  # a possessive that names no company
        "What was 2025's largest upfront?",
    ],
)
def test_known_names_and_common_words_are_no_unknown_company(checked: Router, question: str) -> None:
    assert unknown_names(question, checked.coverage.leftovers(question)) == []


def test_the_answer_refuses_and_names_the_company(assistant: Assistant) -> None:
    answer = assistant.ask("amgen's deals in 2025 - total upfront?")
    assert answer.abstained
    assert "$" not in answer.answer
