"""The classes of outsider13.jsonl (a BD executive's and a biotech CFO's questions), each read in
several wordings on the real tables: an area said of one side of a comparison leaves the other side,
named by its own company and period, alone; two bounds on two money fields both hold; the deals with a
disclosed equity amount are listed with it; a target word ("GLP-1", "PD-1", "CD3") filters on the
asset, not on the whole therapeutic area; "sum the headline values" and "the second one" after a list
are that list's; the backers' money after a question about the backers is the round an article
states; a pipeline's size and a net present value are held nowhere; the time between two events of
one deal is its article's dates. The examples are not the outsiders' words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.amounts import read_bounds
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, article_sentence, one_call, route, says

DEALS = load_tables(DOCUMENTS).deals


def _deal(deal_id: str) -> Deal:
    return next(deal for deal in DEALS if deal.deal_id == deal_id)


def _amount(deal: Deal, metric: str) -> Decimal | None:
    return deal.figure(metric).amount  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def listing_router(tools: DealTools) -> Router:
    """A router that can read a row of a list or ranking, as the assistant's does."""
    return Router(load_tables(DOCUMENTS), ranked_rows=lambda call: tools.run(call).rows)


# -- an area said of one side of a comparison ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "left", "right"),
    [
        (
            "In headline value, how much bigger was CSPC's 2025 immunology deal with AstraZeneca than its "
            "October 2024 deal with AstraZeneca?",
            "cspc-astrazeneca-2025",
            "cspc-astrazeneca-2024",
        ),
        (
            "How much larger was CSPC's January 2026 weight-loss pact with AstraZeneca than its 2024 pact with "
            "AstraZeneca, by total value?",
            "cspc-astrazeneca-2026",
            "cspc-astrazeneca-2024",
        ),
        (
            "By total value, how much bigger was Hansoh's June 2025 obesity deal with Regeneron than Hengrui's "
            "September 2025 deal with Braveheart?",
            "hansoh-regeneron-2025",
            "hengrui-braveheart-2025",
        ),
    ],
)
def test_an_area_said_of_the_first_side_leaves_the_second_alone(
    router: Router, tools: DealTools, question: str, left: str, right: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare" and "therapeutic_area" not in call.args["right"], call
    expected = _amount(_deal(left), "total") - _amount(_deal(right), "total")  # type: ignore[operator]
    values = [figure.value for figure in tools.run(call).figures]
    assert expected in values, (question, values)


def test_an_area_still_narrows_a_second_side_that_names_nothing(router: Router) -> None:
    # "than 2024's" names no deal of its own: the oncology deals of both years are compared
    call = one_call(route(router, "Were 2025 oncology deals bigger in total value than 2024's?"))
    assert call.tool == "compare" and call.args["right"].get("therapeutic_area") == "Oncology", call


def test_an_area_still_narrows_a_second_side_it_leaves_deals_on(router: Router) -> None:
    # Hengrui signed oncology deals in 2024 too: the area is read on both sides
    question = "Was Hengrui's 2025 oncology deal value bigger than Hengrui's 2024 deal value?"
    call = one_call(route(router, question))
    assert call.tool == "compare" and call.args["right"].get("therapeutic_area") == "Oncology", call


# -- two bounds on two money fields --------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "year", "upfront_below", "total_above"),
    [
        (
            "Give me the 2025 deals where the upfront was under $100 million but the total cleared $1 billion.",
            2025,
            10**8,
            10**9,
        ),
        (
            "2025 licences where the upfront stayed under $200 million while the headline value cleared $3 billion",
            2025,
            2 * 10**8,
            3 * 10**9,
        ),
        (
            "List 2024 deals with an upfront below $150 million but a headline total that cleared $2 billion.",
            2024,
            15 * 10**7,
            2 * 10**9,
        ),
    ],
)
def test_two_bounds_on_two_fields_both_hold(
    router: Router, tools: DealTools, question: str, year: int, upfront_below: int, total_above: int
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals", call
    expected = {
        d.deal_id
        for d in DEALS
        if d.year == year
        and d.scope in ("main", "context")
        and d.upfront.amount is not None
        and d.upfront.amount < upfront_below
        and d.total.amount is not None
        and d.total.amount > total_above
    }
    assert expected and set(tools.run(call).deal_ids) == expected, (question, call)


def test_a_metric_word_before_a_bounds_metric_is_the_same_filter() -> None:
    bounds, _ = read_bounds("deals where the headline total cleared $1 billion")
    assert bounds.amounts == {"min_total_usd": Decimal(10**9)}
    assert len(bounds.spans) == 2  # "the headline" and "total": neither is the figure asked for


# -- deals with a disclosed equity amount ---------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "List every deal that had an equity component with a disclosed dollar value.",
        "Which deals included an equity investment with a disclosed amount?",
        "Show me every deal where the dollar value of the equity stake was disclosed.",
    ],
)
def test_deals_with_a_disclosed_equity_amount_are_listed_with_it(
    router: Router, tools: DealTools, question: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals" and call.args["filter"]["disclosed"] == ["equity"], call
    result = tools.run(call)
    with_equity = [d for d in DEALS if d.equity.amount is not None and d.scope in ("main", "context")]
    assert set(result.deal_ids) == {d.deal_id for d in with_equity}
    listed = " ".join(line.text for line in result.lines)
    assert all("equity $" in line.text for line in result.lines[1:]), listed


# -- a target word filters on the asset ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Which GLP-1 licence came cheapest on disclosed upfront?", "GLP-1"),
        ("How many GLP-1 deals does our table hold?", "GLP-1"),
        ("Which PD-1 deal carried the biggest upfront?", "PD-1"),
        ("Which CD3 deal had the smallest disclosed upfront?", "CD3"),
    ],
)
def test_a_target_word_filters_on_the_asset_not_the_area(
    router: Router, tools: DealTools, question: str, target: str
) -> None:
    call = one_call(route(router, question))
    deal_filter = call.args["filter"]
    assert deal_filter.get("asset") == target and "therapeutic_area" not in deal_filter, call
    named = {d.deal_id for d in DEALS if target in d.asset and d.scope in ("main", "context")}
    result = tools.run(call.model_copy(update={"tool": "find_deals", "args": {"filter": deal_filter}}))
    assert set(result.deal_ids) == named


def test_an_area_word_still_reads_the_area(router: Router) -> None:
    call = one_call(route(router, "How many obesity deals does our table hold?"))
    assert call.args["filter"].get("therapeutic_area") == "Metabolic" and "asset" not in call.args["filter"], call


# -- an order to sum, and a row, after a list ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "history", "metric"),
    [
        ("Sum the headline values for me.", "Which deals has Novartis signed with Chinese companies?", "total"),
        ("Add up the upfronts.", "Which deals has Merck signed with Chinese companies?", "upfront"),
        ("Now total up the milestones for me.", "List Hengrui's 2025 deals", "milestones"),
    ],
)
def test_an_order_to_sum_after_a_list_sums_that_list(router: Router, question: str, history: str, metric: str) -> None:
    listed = one_call(route(router, history))
    call = one_call(route(router, question, [history]))
    assert call.tool == "aggregate" and call.args["operation"] == "sum" and call.args["metric"] == metric, call
    assert call.args["filter"] == listed.args["filter"], (call, listed)


def test_an_order_to_sum_with_nothing_before_names_no_company(router: Router) -> None:
    plan = route(router, "Sum the headline values for me.")
    assert not plan.companies, plan


def test_an_order_to_sum_naming_its_own_deals_is_not_the_list_before(router: Router) -> None:
    plan = route(router, "Add up the 2025 upfronts.", ["Which deals has Merck signed with Chinese companies?"])
    assert "Merck & Co." not in plan.companies, plan


@pytest.mark.parametrize(
    ("question", "history", "position", "metric"),
    [
        (
            "What were the milestones on the second one?",
            "Which 2025 deals had an upfront of $1 billion or more?",
            1,
            "milestones",
        ),
        (
            "And the milestones on the last one?",
            "Which 2025 deals had an upfront of at least $500 million?",
            -1,
            "milestones",
        ),
        ("What was the upfront of the second one?", "List the GLP-1 deals", 1, "upfront"),
    ],
)
def test_a_row_of_a_list_is_that_deal(
    listing_router: Router, tools: DealTools, question: str, history: str, position: int, metric: str
) -> None:
    rows = tools.run(one_call(route(listing_router, history))).rows
    call = one_call(route(listing_router, question, [history]))
    assert call.tool == "get_deal" and call.args["deal_id"] == rows[position] and call.args["metric"] == metric, call


# -- the backers' money --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("How much did they put into it?", "Who backed Kailera, the NewCo Hengrui licensed its GLP-1 portfolio to?"),
        ("How much did they invest in it?", "Which investors funded Kailera?"),
        ("and how much money did they pump into it?", "Who were the backers of the Kailera NewCo?"),
    ],
)
def test_the_backers_money_is_the_round_an_article_states(router: Router, question: str, history: str) -> None:
    plan = route(router, question, [history])
    assert plan.route == "text" and plan.unheld_measure == "funds raised" and not plan.tool_calls, plan


def test_money_put_into_a_deal_after_its_terms_is_no_funding_round(router: Router) -> None:
    plan = route(router, "How much did they put into it?", ["What did Takeda pay Innovent upfront?"])
    assert plan.unheld_measure != "funds raised", plan


def test_the_backers_money_is_answered_from_the_article(assistant: Assistant) -> None:
    answer = assistant.ask(
        "How much did they put into it?",
        [Turn(question="Who backed Kailera, the NewCo Hengrui licensed its portfolio to?")],
    )
    assert says(answer.answer, article_sentence("deal-hengrui-kailera-2024", r"raised \$400 million")), answer.answer


# -- measures held nowhere -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("How many clinical-stage programmes does Innovent have in its pipeline?", "pipeline size"),
        ("How big is Hengrui's pipeline?", "pipeline size"),
        ("Which of these deals has the highest net present value?", "net present value"),
        ("What's the rNPV of the Akeso-Summit deal?", "net present value"),
    ],
)
def test_a_pipeline_size_or_a_valuation_is_no_table_figure(router: Router, question: str, measure: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and plan.unheld_measure == measure and not plan.tool_calls, plan


@pytest.mark.parametrize(
    "question", ["How many deals has Innovent signed?", "How many programmes does the Harbour-AstraZeneca deal cover?"]
)
def test_a_count_of_deals_or_of_a_deals_programmes_is_no_pipeline(router: Router, question: str) -> None:
    assert route(router, question).unheld_measure is None


def test_a_company_without_a_pipeline_sentence_is_refused(assistant: Assistant) -> None:
    answer = assistant.ask("How many clinical-stage programmes does Innovent have in its pipeline?")
    assert answer.abstained and "pipeline size" in answer.answer, answer.answer


# -- the time between two events of one deal -----------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "On Zelgen's alveltamig option, what's the gap between signing and disclosure?",
        "What was the lag between signing and announcement on the Kelun-Crescent deal?",
        "How much time passed between the signing and the disclosure of Zelgen's AbbVie deal?",
    ],
)
def test_the_time_between_two_events_of_a_deal_is_its_articles(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls, plan


def test_how_long_after_signing_asks_it_of_the_deal_before(router: Router) -> None:
    plan = route(router, "How long after signing did it close?", ["What did Takeda pay Innovent upfront?"])
    assert plan.route == "text" and {"Takeda", "Innovent Biologics"} <= set(plan.companies), plan
    alone = route(router, "How long after signing?", ["What did Pfizer pay 3SBio upfront for SSGJ-707?"])
    assert alone.route == "text" and {"Pfizer", "3SBio"} <= set(alone.companies), alone
