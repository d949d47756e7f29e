"""Outsider28's follow-up verbs, text asks and unknown deals (classes 7-9), each with other wordings."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.ordinals import reaching
from assistant.tools.schema import ToolCall

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


# -- class 7: a row pointed at past a one-row ranking ---------------------------------------------------


@pytest.mark.parametrize(
    ("history", "question", "deal_id"),
    [
        ("biggest deal of 2026 so far by headline value", "and who was the licensor on the #2", "innovent-lilly-2026"),
        ("largest 2025 deal by upfront", "and who was the licensee on the #3", "hengrui-gsk-2025"),
        ("biggest deal of 2024 by total value", "what about number 2", "argo-novartis-2024"),
    ],
)
def test_a_place_past_a_one_row_ranking_is_that_row(
    assistant: Assistant, history: str, question: str, deal_id: str
) -> None:
    answer = assistant.ask(question, [Turn(question=history)])
    asked = [call.args.get("deal_id") for call in answer.tool_calls]
    licensor = deal_id.split("-")[0]
    assert asked == [deal_id] or (answer.route == "text" and licensor in answer.standalone_question.lower())


def test_the_last_of_a_ranking_stays_its_last_row() -> None:
    call = ToolCall(tool="rank", args={"dimension": "deal", "metric": "total", "n": 1})
    assert reaching(call, -1) == call
    assert reaching(call, 2).args["n"] == 3
    wide = ToolCall(tool="rank", args={"dimension": "deal", "metric": "total", "n": 5})
    assert reaching(wide, 2) == wide
