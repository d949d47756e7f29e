"""outsider25's classes (a newcomer's questions), in other words: a type or area said of one side of a
comparison leaves the other side, named by its own companies, whole; "how much bigger ..., in percent"
between two years is a growth rate, not a share with nothing to take it of; two parts that were one
question ("bigger? by how much") are interpreted as one, not as "1 questions"."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    "question",
    [
        "Is AstraZeneca's obesity deal with CSPC bigger than GSK's deal with Hengrui? by how much",
        "Was Merck's ADC deal with Kelun in May 2022 worth more than Pfizer's deal with 3SBio?",
    ],
)
def test_one_sides_area_does_not_empty_the_other(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare"
    right = call.args["right"]
    assert "therapeutic_area" not in right and "modality" not in right


@pytest.mark.parametrize(
    "question",
    [
        "how much bigger was the chinese out-licensing market in 2025 compared with 2024, in percent",
        "how much did the chinese out-licensing market grow in 2025 compared with 2024, in percent",
    ],
)
def test_bigger_in_percent_between_two_years_is_growth(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args.get("derive"), call.args.get("compare_period")) == ("market_stat", "growth", "2024")


def test_how_much_bigger_without_percent_stays_a_multiple(router: Router) -> None:
    assert one_call(route(router, "how much bigger was the 2025 total than 2024's?")).args.get("derive") == "ratio"


def test_one_question_in_two_parts_is_not_called_one_questions(assistant: Assistant) -> None:
    answer = assistant.ask("Is AstraZeneca's obesity deal with CSPC bigger than GSK's deal with Hengrui? by how much")
    assert not answer.abstained
    assert "1 questions" not in (answer.interpretation or "")
