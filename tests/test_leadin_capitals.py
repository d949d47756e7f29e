"""A scene set before the question whose question sentence starts with a capital word that names
nothing: "Strictly counting …", "Roughly how many …". The focused question puts the scene's words
before it ("your deal table: strictly counting …"); a capital left there read as a company the
table does not know, and the question went to the articles and was refused."""

from __future__ import annotations

import pytest

from assistant.routing.leadin import focused
from assistant.routing.router import Router
from tests.conftest import route


@pytest.mark.parametrize(
    ("question", "tool"),
    [
        (
            "For the purposes of my paper I am treating your deal table as the sample. Strictly counting deals "
            "with a disclosed upfront, what share of 2025's total upfront money did the three largest deals account for?",
            "rank",
        ),
        (
            "I am writing a thesis chapter and will use your table of deals as my sample. Roughly how many "
            "2024 deals carried an upfront above $100 million?",
            "aggregate",
        ),
    ],
)
def test_a_capital_word_after_the_scene_is_no_company(router: Router, question: str, tool: str) -> None:
    plan = route(router, question)
    assert plan.route == "table"
    assert [call.tool for call in plan.tool_calls] == [tool]
    asked = focused(question, router.entities, router.corpus_end)
    # the scene's words before the question sentence, lower-cased after them; or the sentence alone, when
    # it plans the same without them (the top deals' share is our rows' either way)
    assert asked.split(": ", 1)[1][:1].islower() if ": " in asked else asked == question.split(". ", 1)[1]


def test_a_name_after_the_scene_keeps_its_capital(router: Router) -> None:
    question = (
        "For the purposes of my paper I am treating your deal table as the sample. "
        "Pfizer paid how much upfront to 3SBio?"
    )
    asked = focused(question, router.entities, router.corpus_end)
    assert "Pfizer paid" in asked
    args = route(router, question).tool_calls[0].args
    assert (args["licensor"], args["licensee"]) == ("3SBio", "Pfizer")
