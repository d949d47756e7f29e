"""Superlatives, comparisons and filters of the outsider21 round (issue 11): a ranking's second place
asked in the same breath, stock bought as equity, table-only rankings and filters, two measures of one
deal added, an asset named on one side of a comparison, the gap between two trackers.

Routing runs over the bundled tables and the real deal tools compute the figures asserted.
"""

from __future__ import annotations

import pytest

from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.routing.runner_up import with_runner_up
from assistant.tools.registry import DealTools
from tests.conftest import one_call, route


# -- 1. "and who came second?": one ranking of the top two (three) ---------------------------------
@pytest.mark.parametrize(
    ("question", "dimension", "metric", "n", "leaders"),
    [
        (
            "Which licensee spent the most on upfronts in 2025, and who was the runner-up?",
            "licensee",
            "upfront",
            2,
            ["Pfizer", "Takeda"],
        ),
        (
            "which buyer racked up the most milestone money from 2024 onward, and who placed second?",
            "licensee",
            "milestones",
            2,
            ["AstraZeneca", "GSK"],
        ),
        (
            "What was the biggest upfront of 2024, and which deal came second?",
            "deal",
            "upfront",
            2,
            ["curon-merck-2024", "lanova-merck-2024"],
        ),
        ("Who was the top licensor by deal count in 2025 and who came third", "licensor", "count", 3, []),
    ],
)
def test_a_later_place_is_part_of_the_ranking(
    router: Router, tools: DealTools, question: str, dimension: str, metric: str, n: int, leaders: list[str]
) -> None:
    assert len(split_parts(question)) == 1
    call = one_call(route(router, question))  # the router reads the question as typed: the clause too
    assert (call.tool, call.args["dimension"], call.args["metric"], call.args["n"]) == ("rank", dimension, metric, n)
    rows = tools.run(call).rows
    assert rows[: len(leaders)] == leaders


@pytest.mark.parametrize(
    "question",
    [
        "What did Pfizer pay 3SBio upfront, and what came next?",  # no ranking before: nothing to extend
        "Which deal came second?",
        "What was the second largest deal of 2025?",
        "Which licensor had the fewest deals in 2025, and who came second?",
    ],
)
def test_no_ranking_is_extended_without_a_ranking_and_a_later_place(question: str) -> None:
    assert with_runner_up(question) == question


# -- 3. stock bought in a deal is its equity; a company's one-deal sum names the deal's other party --------
@pytest.mark.parametrize(
    ("question", "dimension", "leader", "partner"),
    [
        (
            "Which licensee put the most money into its Chinese partner's own stock?",
            "licensee",
            "AstraZeneca",
            "Harbour BioMed",
        ),
        (
            "Which Chinese company sold the most shares to its licensing partner?",
            "licensor",
            "Harbour BioMed",
            "AstraZeneca",
        ),
        (
            "Which buyer took the biggest stake in its Chinese licensor, in dollars?",
            "licensee",
            "AstraZeneca",
            "Harbour BioMed",
        ),
    ],
)
def test_stock_bought_ranks_equity(
    router: Router, tools: DealTools, question: str, dimension: str, leader: str, partner: str
) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["dimension"], call.args["metric"]) == ("rank", dimension, "equity")
    result = tools.run(call)
    assert result.rows[0] == leader
    assert any(f"{leader}: $105 million across 1 deal (with {partner})" in line.text for line in result.lines)


@pytest.mark.parametrize(
    "question",
    ["How did Akeso's stock react after the Summit deal?", "What is Harbour BioMed's share price now?"],
)
def test_a_stock_that_moves_is_no_equity(router: Router, question: str) -> None:
    assert all(call.args.get("metric") != "equity" for call in route(router, question).tool_calls)


# -- 4. table-only rankings and filters: a kind of deal ranked by its money, milestones below a multiple ---------
@pytest.mark.parametrize(
    ("question", "dimension", "metric", "leader"),
    [
        (
            "by upfront dollars rather than deal count, which modality led from 2024 onward",
            "modality",
            "upfront",
            "Bispecific antibody",
        ),
        (
            "Which therapeutic area pulled in the most upfront cash since 2024?",
            "therapeutic_area",
            "upfront",
            "Oncology",
        ),
        (
            "Measured in total deal value rather than number of deals, which modality led in 2024?",
            "modality",
            "total",
            "Bispecific antibody",
        ),
        ("which modality had the largest upfront total in 2025", "modality", "upfront", "Platform / multi-program"),
        ("Which modality led 2025 by deal count?", "modality", "count", None),
    ],
)
def test_a_kind_of_deal_is_ranked_over_our_rows(
    router: Router, tools: DealTools, question: str, dimension: str, metric: str, leader: str | None
) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["dimension"], call.args["metric"]) == ("rank", dimension, metric)
    if leader:
        assert tools.run(call).rows[0] == leader


@pytest.mark.parametrize(
    ("question", "bound", "deals"),
    [
        (
            "Which 2024 deals had milestones below ten times the upfront?",
            "max",
            {"curon-merck-2024", "chimagen-gsk-2024", "lanova-merck-2024"},
        ),
        (
            "List the 2025 deals where the milestones were less than ten times the upfront",
            "max",
            {"unitedlab-novonordisk-2025", "hengrui-merck-2025", "3sbio-pfizer-2025", "innovent-takeda-2025"},
        ),
        ("Which 2024 deals had milestones more than 20x the upfront?", "min", None),
    ],
)
def test_milestones_against_a_multiple_of_the_upfront(
    router: Router, tools: DealTools, question: str, bound: str, deals: set[str] | None
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals" and f"{bound}_milestones_multiple" in call.args["filter"]
    if deals is not None:
        assert set(tools.run(call).deal_ids) == deals


def test_a_multiple_asked_in_words_is_said_in_words(router: Router, tools: DealTools) -> None:
    call = one_call(route(router, "Which 2024 deals had milestones below ten times the upfront?"))
    text = " ".join(line.text for line in tools.run(call).lines)
    assert "less than ten times the upfront" in text and "10" not in text.split("upfront")[0]


def test_a_runner_up_of_the_smallest_is_the_next_smallest(router: Router, tools: DealTools) -> None:
    call = one_call(route(router, "Smallest upfront of 2024, and the runner-up?"))
    assert (call.tool, call.args["n"], call.args.get("ascending")) == ("rank", 2, True)
    assert tools.run(call).rows == ["immuneonco-axion-2024", "keymed-belenos-2024"]
