"""What a hedge-fund PM, a Hong Kong banker, a BD scout and a compliance analyst asked (outsider150, 152, 154,
156), and what the last session left open, read as asked.

Two named deals' TV/UF (or milestones-to-upfront) multiples are each deal's own multiple, not their upfronts
compared; a pair's deal named by its area ("the CSPC AstraZeneca obesity deal") is that one of the pair's three; a
share of a year's deals that came with equity counts all the year's deals and says the share; the gap between the
first two deals of a ranking is said in dollars and percent.
"""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "multiples"),
    [
        (
            "compare the TV/UF multiple of the CSPC AstraZeneca obesity deal with the 3SBio Pfizer deal",
            ("up to 15.42 times as much", "about 4.84 times as much"),
        ),
        ("which has the higher TV/UF, 3sbio-pfizer or curon-merck?", ("about 4.84 times", "up to 1.86 times")),
        (
            "compare the milestones-to-upfront ratio of the 3sbio pfizer deal and the hengrui gsk deal",
            ("up to 3.84 times as much", "about 24 times as much"),
        ),
    ],
)
def test_two_deals_multiples_are_each_deals_own(
    assistant: Assistant, question: str, multiples: tuple[str, str]
) -> None:
    text = assistant.ask(question).answer
    assert all(multiple in text for multiple in multiples), text


def test_a_pairs_deal_named_by_its_area_is_that_deal(router: Router) -> None:
    plan = route(router, "which had the bigger upfront, the cspc astrazeneca obesity deal or the hengrui gsk deal")
    call = one_call(plan)
    assert call.tool == "compare" and call.args["left"].get("therapeutic_area") == "Metabolic"


def test_a_share_of_the_years_deals_with_equity_counts_them_all(assistant: Assistant) -> None:
    text = assistant.ask("what % of 2025 deals had an equity component").answer
    assert "Our table holds 33 deals announced in 2025" in text and "Of these, 5 (15.2%) disclosed" in text


@pytest.mark.parametrize(
    ("question", "gap"),
    [
        (
            "how big was the gap between the largest and second-largest 2025 deals by total value?",
            "The first is about $500 million above the second (about 4.0% more)",
        ),
        (
            "what was the second-largest deal of 2025 by total value, and how far behind #1 was it",
            "The first is about $500 million above the second",
        ),
        (
            "how much bigger was the largest 2024 upfront than the second largest?",
            "The first is $112 million above the second (about 19.0% more)",
        ),
    ],
)
def test_the_gap_between_the_first_two_places_is_said(assistant: Assistant, question: str, gap: str) -> None:
    answer = assistant.ask(question)
    assert gap in answer.answer and "PharmCube" not in answer.answer
    assert any(call.tool == "rank" and call.args.get("gap") for call in answer.tool_calls)
