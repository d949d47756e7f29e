"""Outsider28's follow-up verbs, text asks and unknown deals (classes 7-9), each with other wordings."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant

# -- class 9: a deal between a known company and a name no source holds --------------------------------


@pytest.mark.parametrize(
    ("question", "named", "company"),
    [
        ("beigene novartis tislelizumab uf", "beigene", "Novartis"),
        ("hutchmed takeda fruquintinib uf", "hutchmed", "Takeda"),
        ("biocytogen merck deal terms", "biocytogen", "Merck"),
    ],
)
def test_a_party_no_source_names_is_refused_not_given_another_deal(
    assistant: Assistant, question: str, named: str, company: str
) -> None:
    answer = assistant.ask(question)
    assert answer.abstained
    assert f"'{named}'" in answer.answer and company in answer.answer
    assert not answer.figures  # no deal's terms stand in for the one asked
    assert "which one" not in answer.answer.lower()


@pytest.mark.parametrize(
    "question",
    ["novartis argo 2025 uf", "takeda innovent upfront", "pfizr 3sbio upfront"],  # known names, a typo of one
)
def test_known_names_and_slips_of_them_still_get_the_terms(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and answer.figures


def test_a_followup_naming_no_new_party_is_left_alone(assistant: Assistant) -> None:
    answer = assistant.ask("and the milestones?", [Turn(question="takeda innovent upfront")])
    assert not answer.abstained and answer.figures
