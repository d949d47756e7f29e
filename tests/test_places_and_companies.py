"""One place of a ranking ("the second largest deal"), a count of companies rather than deals
("how many companies licensed to Merck?"), a company's deals listed ("what did Pfizer license
from China?"), a short filter narrowing the deals just listed ("any ADC ones?"), and a pointer
with nothing before it ("what is the drug for?"): each on the real tables."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import AggregateArgs, DealFilter, RankArgs
from tests.conftest import route


def _args(router: Router, question: str, history: list[str] | None = None) -> tuple[str, dict[str, object]]:
    plan = route(router, question, history)
    assert plan.tool_calls, plan.model_dump_json()
    return plan.tool_calls[0].tool, plan.tool_calls[0].args


# -- one place of a ranking --------------------------------------------------------------
def test_the_second_largest_deal_shows_that_deal_only(tools: DealTools) -> None:
    result = tools.invoke(RankArgs(dimension="deal", metric="upfront", filter=DealFilter(year=2025), n=2, position=2))
    assert result.rows == ["innovent-takeda-2025"]  # the first, 3SBio–Pfizer, is not the answer
    assert [f.value for f in result.figures if f.unit == "USD"] == [Decimal("1200000000")]
    text = " ".join(line.text for line in result.lines)
    assert "second-largest upfront payment" in text and "Pfizer" not in text


def test_a_place_past_the_end_of_the_ranking_says_so(tools: DealTools) -> None:
    result = tools.invoke(RankArgs(dimension="deal", filter=DealFilter(year=2025), n=40, position=40))
    assert result.message and "ranks only" in result.message and not result.figures


def test_a_place_among_companies_keeps_its_ties(tools: DealTools) -> None:
    result = tools.invoke(RankArgs(dimension="licensor", metric="count", filter=DealFilter(year=2025), n=2, position=2))
    # Harbour BioMed and Hengrui both signed four 2025 deals: second place is shared with first, and says so
    assert set(result.rows) == {"Harbour BioMed", "Jiangsu Hengrui Pharmaceuticals"}
    assert "Joint first" in " ".join(line.text for line in result.lines)


@pytest.mark.parametrize(
    ("question", "history", "dimension", "position"),
    [
        ("What was the second largest deal of 2025 by upfront?", [], "deal", 2),
        ("What was the 3rd-biggest deal ever in our table?", [], "deal", 3),
        ("which company came third by upfront in 2024?", [], "licensor", 3),
        ("Which licensee was the runner-up by total value in 2025?", [], "licensee", 2),
        ("and the second biggest?", ["What was the biggest 2025 deal by upfront?"], "deal", 2),
    ],
)
def test_an_ordinal_before_a_superlative_asks_for_that_place(
    router: Router, question: str, history: list[str], dimension: str, position: int
) -> None:
    tool, args = _args(router, question, history)
    assert (tool, args["dimension"], args["position"], args["n"]) == ("rank", dimension, position, position)


def test_ordinals_that_are_not_places_stay_what_they_were(router: Router) -> None:
    assert "position" not in _args(router, "What were the three largest deals of 2025 by upfront?")[1]
    tool, args = _args(router, "How much upfront was paid in the second quarter of 2025 in our table?")
    assert tool == "aggregate" and args["filter"]["quarter"] == 2  # type: ignore[index]
    # "the second one" points at a row of the ranking shown (tests/test_ordinals.py), not a new place
    _, again = _args(router, "the second one?", ["Which were the top 3 deals of 2025 by total value?"])
    assert "position" not in again


# -- companies counted, not deals --------------------------------------------------------
def test_a_count_of_companies_counts_each_company_once(tools: DealTools) -> None:
    result = tools.invoke(
        AggregateArgs(operation="count", filter=DealFilter(licensee="Merck & Co."), distinct="licensor")
    )
    companies, deals = result.figures[:2]
    # six Merck deals, two of them with Kelun-Biotech: five licensors
    assert (companies.value, companies.unit, deals.value) == (Decimal("5"), "count", Decimal("6"))
    assert "5 different licensors" in result.lines[0].text and "Kelun-Biotech" in result.lines[0].text


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("How many companies licensed to Merck?", "licensor"),
        ("How many different partners has Hengrui had?", "licensee"),
        ("多少家公司与默沙东达成交易?", "licensor"),
        ("How many licensees did Chinese companies sign with in 2024 in our table?", "licensee"),
    ],
)
def test_how_many_companies_counts_the_other_side(router: Router, question: str, side: str) -> None:
    tool, args = _args(router, question)
    assert (tool, args["operation"], args["distinct"]) == ("aggregate", "count", side)


def test_how_many_deals_is_still_a_count_of_deals(router: Router) -> None:
    _, args = _args(router, "How many deals did Merck sign?")
    assert args["operation"] == "count" and "distinct" not in args
    # a tracker counted licensors: the market figure, not our rows
    tool, market = _args(router, "How many Chinese companies out-licensed a drug in 2025?")
    assert (tool, market["metric"]) == ("market_stat", "licensor_count")


# -- a company's deals listed; a short filter narrows them -------------------------------
@pytest.mark.parametrize(
    ("question", "licensee", "year"),
    [
        ("What did Pfizer license from China in 2025?", "Pfizer", 2025),
        ("What has AstraZeneca bought from Chinese biotechs?", "AstraZeneca", None),
    ],
)
def test_what_a_company_licensed_lists_its_deals(router: Router, question: str, licensee: str, year: int) -> None:
    tool, args = _args(router, question)
    assert tool == "find_deals"
    assert args["filter"]["licensee"] == licensee and args["filter"].get("year") == year  # type: ignore[index,union-attr]
    assert route(router, "What kind of drug did Pfizer license from 3SBio?").route == "text"


def test_a_short_filter_after_a_list_narrows_that_list(router: Router) -> None:
    tool, args = _args(router, "Any ADC ones?", ["What did Merck license from China?"])
    assert tool == "find_deals" and args["filter"]["licensee"] == "Merck & Co."  # type: ignore[index]
    assert args["filter"]["modality"] == "ADC"  # type: ignore[index]
    _, fresh = _args(router, "How many ADC deals were signed in 2025?", ["What did Merck license from China?"])
    assert "licensee" not in fresh["filter"]  # type: ignore[operator]


# -- a pointer with nothing to point at --------------------------------------------------
@pytest.mark.parametrize("question", ["What is the drug for?", "Why did they do it?", "What was the deal's upfront?"])
def test_a_pointer_as_the_first_question_asks_which_deal(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "none" and plan.clarification and "Which deal" in plan.clarification


def test_a_pointer_after_a_deal_still_points_at_it(router: Router) -> None:
    plan = route(router, "What is the drug for?", ["How much did Pfizer pay 3SBio upfront?"])
    assert plan.route == "text" and set(plan.companies) == {"Pfizer", "3SBio"}
    assert route(router, "Why are multinationals licensing drugs from China?").route == "text"
