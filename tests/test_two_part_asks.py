"""Issue 11's classes, in other words than the outsider files': several questions in one sentence, a count
over a bound said with "top" ("how many deals top $10 billion": a count, not a ranking), and two limits on
two fields ("less than $50M upfront yet more than $1B in total value": the second limit is on the total)."""

from __future__ import annotations

import pytest

from assistant.routing.amounts import read_bounds
from assistant.routing.decompose import split_parts
from assistant.routing.plan import ToolCall
from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("How many deals in the table top $10 billion in headline value?", "10000000000"),
        ("how many 2026 deals top $4bn in total value", "4000000000"),
        ("How many deals top 8bn in total?", "8000000000"),
    ],
)
def test_a_count_over_a_bound_said_with_top_is_a_count(router: Router, question: str, amount: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["operation"]) == ("aggregate", "count")
    assert call.args["filter"]["min_total_usd"] == amount


@pytest.mark.parametrize(
    "question",
    ["What are the top 5 deals by total value?", "top 10 billion-dollar deals", "Top 3 deals over $1B in 2025?"],
)
def test_top_before_a_place_count_stays_a_ranking_word(question: str) -> None:
    bounds, _ = read_bounds(question)
    assert set(bounds.amounts) <= {"min_total_usd"}
    assert bounds.amounts.get("min_total_usd") in (None, 1_000_000_000)


@pytest.mark.parametrize(
    ("question", "upfront", "total"),
    [
        ("Which 2025 deals paid less than $50M upfront yet carried more than $1B in total value?", 50, 1000),
        ("Which 2024 deals paid under $100M upfront yet were worth over $1B in headline value?", 100, 1000),
        ("deals with below $30 million upfront whereas more than $2 billion in total deal value", 30, 2000),
    ],
)
def test_a_second_limit_said_after_its_amount_is_on_that_field(question: str, upfront: int, total: int) -> None:
    bounds, _ = read_bounds(question)
    assert bounds.amounts == {"max_upfront_usd": upfront * 1_000_000, "min_total_usd": total * 1_000_000}


def test_the_two_limits_list_the_deals_meeting_both(router: Router) -> None:
    call = one_call(
        route(router, "Which 2024 deals paid less than $100M upfront yet carried more than $1B in total value?")
    )
    assert call.tool == "find_deals"
    where = call.args["filter"]
    assert (where["max_upfront_usd"], where["min_total_usd"]) == ("100000000", "1000000000")


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (
            "Two figures please: Hengrui-GSK upfront, and Innovent-Takeda milestones.",
            [("GSK", "upfront"), ("Takeda", "milestones")],
        ),
        (
            "need the lanova-merck upfront, and the curon-merck milestones",
            [("Merck & Co.", "upfront"), ("Merck & Co.", "milestones")],
        ),
        (
            "What were the milestones in Hansoh's Regeneron deal and the upfront in its Roche deal?",
            [("Regeneron", "milestones"), ("Roche", "upfront")],
        ),
    ],
)
def test_two_deals_figures_in_one_clause_are_two_questions(
    router: Router, question: str, asks: list[tuple[str, str]]
) -> None:
    calls = _asked(router, question)
    assert [(call.tool, call.args["licensee"], call.args["metric"]) for call in calls] == [
        ("get_deal", licensee, metric) for licensee, metric in asks
    ]
    assert len({call.args["licensor"] for call in calls}) == (1 if "its" in question else 2)


def test_its_second_deal_is_the_first_company_s(router: Router) -> None:
    calls = _asked(router, "What was the upfront in Hengrui's Merck deal and the milestones in its GSK deal?")
    assert {call.args["licensor"] for call in calls} == {"Jiangsu Hengrui Pharmaceuticals"}


@pytest.mark.parametrize(
    "question",
    [
        "What was the upfront and the milestones of the Hengrui GSK deal?",
        "Compare the upfront of Hengrui-GSK and the upfront of Innovent-Takeda",
        "What is the combined upfront of Hengrui-GSK, and Innovent-Takeda?",
    ],
)
def test_one_deal_s_figures_or_one_figure_of_two_stay_one_question(router: Router, question: str) -> None:
    assert split_parts(question, router.company_spans) == [question]


def _asked(router: Router, question: str) -> list[ToolCall]:
    """The tool calls of each part the question is split into, as the assistant plans them."""
    return [one_call(route(router, part)) for part in split_parts(question, router.company_spans)]


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("how many deals does your table hold from 2025, and how many in 2026?", [2025, 2026]),
        ("Number of deals in your dataset announced in 2025, and how many in 2024?", [2025, 2024]),
        ("For a chart I need the deal count in your table for 2024 and for 2026, both numbers", [2024, 2026]),
    ],
)
def test_each_year_of_two_is_counted_in_our_rows(router: Router, question: str, years: list[int]) -> None:
    calls = _asked(router, question)
    assert [(call.tool, call.args["operation"], call.args["filter"]["year"]) for call in calls] == [
        ("aggregate", "count", year) for year in years
    ]


def test_a_bare_count_after_a_tracker_s_count_stays_the_tracker_s(router: Router) -> None:
    parts = split_parts("How many deals did PharmCube count in 2024, and how many in 2025?", router.company_spans)
    assert "our table" not in parts[-1]
