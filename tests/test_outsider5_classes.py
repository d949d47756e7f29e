"""Classes of questions from the fifth outsider set (issue 11), each in several phrasings, with
phrasings it must leave alone; the tool side checked against values computed by hand from deals.csv."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.answer import Turn
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router


def _calls(router: Router, question: str, history: list[str] | None = None) -> list[tuple[str, dict[str, Any]]]:
    plan = router.route(question, [Turn(question=q) for q in history or []])
    return [(call.tool, call.args) for call in plan.tool_calls]


# -- one question asked of several things: every thing gets its own part -------------------------
@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "upfront and milestones for each of Evopoint–Astellas and Hansoh–Regeneron",
            ["Upfront and milestones for Evopoint–Astellas?", "Upfront and milestones for Hansoh–Regeneron?"],
        ),
        (
            "what did merck pay curon and lanova upfront, respectively?",
            ["What did merck pay curon upfront?", "What did merck pay lanova upfront?"],
        ),
        (
            "How many deals did each of Merck and Pfizer sign in 2024?",
            ["How many deals did Merck sign in 2024?", "How many deals did Pfizer sign in 2024?"],
        ),
        (
            "Novartis paid how much upfront to Argo in 2024 and to SciNeuro in 2026?",
            ["Novartis paid how much upfront to Argo in 2024?", "Novartis paid how much upfront to SciNeuro in 2026?"],
        ),
        (
            "Tracker deal counts for 2024 and for 2025 according to PharmCube",
            [
                "Tracker deal counts for 2024 according to PharmCube?",
                "Tracker deal counts for 2025 according to PharmCube?",
            ],
        ),
        ("How many deals in 2024 and 2025, respectively?", ["How many deals in 2024?", "How many deals in 2025?"]),
        (
            "阿斯利康分别向和铂医药和加科思支付了多少首付款？",
            ["阿斯利康向和铂医药支付了多少首付款?", "阿斯利康向加科思支付了多少首付款?"],
        ),
        (
            "PharmCube: number of deals and total value in 2025?",
            ["PharmCube: deal count in 2025?", "PharmCube: total deal value in 2025?"],
        ),
    ],
)
def test_a_question_asked_of_several_things_is_asked_of_each(router: Router, question: str, parts: list[str]) -> None:
    assert split_parts(question, router.company_spans) == parts


def test_a_part_pointing_back_at_all_the_things_is_asked_after_each(router: Router) -> None:
    parts = split_parts(
        "RemeGen: upfront on the Vor deal and on the AbbVie deal, and which drugs were they?", router.company_spans
    )
    assert parts == [
        "RemeGen: upfront on the Vor deal?",
        "Which drugs were they?",
        "RemeGen: upfront on the AbbVie deal?",
        "Which drugs were they?",
    ]
    plan = router.route(parts[3], [Turn(question=q) for q in parts[:3]])
    assert set(plan.companies) == {"RemeGen", "AbbVie"}


def test_two_things_for_each_and_by_count_and_value_both_split(router: Router) -> None:
    parts = split_parts("PharmCube's deal count and value for 2024 and for 2025?", router.company_spans)
    assert len(parts) == 4 and {"PharmCube's deal count for 2024?", "PharmCube's total deal value for 2025?"} <= set(
        parts
    )


@pytest.mark.parametrize(
    "question",
    [
        "Which companies signed deals with both Merck and Pfizer?",
        "Compare the upfront of Curon and LaNova",
        "What was the upfront of each of Argo's Novartis deals?",
        "How much did Merck pay upfront in 2024 and 2025 combined?",
        "deals over $100 million and were ADCs",
    ],
)
def test_a_question_about_things_together_stays_whole(router: Router, question: str) -> None:
    assert split_parts(question, router.company_spans) == [question]


# -- "since the start of 2024" opens a range, it is not "in 2024" --------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "since the start of 2024 which multinational has done the most deals with chinese biotechs",
        "From the beginning of 2024, which buyer signed the most deals?",
        "Which licensee has the most deals since the turn of 2024?",
        "Since early 2024, which licensee did the most deals?",
    ],
)
def test_since_the_start_of_a_year_is_a_range_from_it(router: Router, question: str) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "rank"
    assert args["filter"]["date_from"] == "2024-01-01" and "year" not in args["filter"]


def test_in_a_year_stays_that_year(router: Router) -> None:
    [(_, args)] = _calls(router, "Which licensee did the most deals in 2024?")
    assert args["filter"]["year"] == 2024 and "date_from" not in args["filter"]
