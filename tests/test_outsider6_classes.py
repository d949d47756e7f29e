"""The routing classes of outsider6.jsonl (issue 11), each read in several wordings on the real
tables: a span of months no tracker reports, $1B+ deals counted for a year no tracker counted,
growth of our own rows' sums, a claim answered with the deal's terms, "bigger than …?" after a
one-deal ranking, "how much of the upfront …" after a deal, a drug's target asked beside a pair,
money "paid" compared on the upfront. The examples are not the outsider's words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.routing.checks import month_spans, short_years
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import route


@pytest.mark.parametrize(
    ("question", "date_from", "date_to"),
    [
        ("Sum of upfronts for deals done between May and August 2025?", "2025-05-01", "2025-08-31"),
        ("How many deals were signed between Feb. and April 2024?", "2024-02-01", "2024-04-30"),
        ("Total milestones of deals announced from October through December 2024?", "2024-10-01", "2024-12-31"),
    ],
)
def test_a_span_of_months_no_tracker_reports_is_summed_over_our_deals(
    router: Router, question: str, date_from: str, date_to: str
) -> None:
    call = route(router, question).tool_calls[0]
    assert call.tool == "aggregate"
    assert (call.args["filter"]["date_from"], call.args["filter"]["date_to"]) == (date_from, date_to)


def test_between_two_months_keeps_the_question_length() -> None:
    question = "deals between March and June 2025"
    assert len(month_spans(question)) == len(question) and "March  -  June 2025" in month_spans(question)
    assert month_spans("between $1 and $2 billion") == "between $1 and $2 billion"


def test_a_span_a_tracker_reported_stays_with_the_tracker(router: Router) -> None:
    call = route(router, "What was the total deal value from January to August 2025 according to CPHIIC?").tool_calls[0]
    assert call.tool == "market_stat"


@pytest.mark.parametrize(
    "question",
    [
        "Number of 2024 deals worth $1bn or more in headline terms?",
        "How many deals in 2024 had a total value of at least $1 billion?",
        "2024: how many $1B+ licensing deals?",
    ],
)
def test_billion_dollar_deals_of_a_year_no_tracker_counted_are_our_rows(router: Router, question: str) -> None:
    call = route(router, question).tool_calls[0]
    assert call.tool == "aggregate" and call.args["operation"] == "count"
    assert Decimal(call.args["filter"]["min_total_usd"]) == Decimal(10) ** 9


def test_billion_dollar_deals_a_tracker_counted_stay_with_the_tracker(router: Router) -> None:
    call = route(router, "How many $1B+ deals were there in the first half of 2025?").tool_calls[0]
    assert call.tool == "market_stat" and call.args["metric"] == "deals_over_1b_count"


@pytest.mark.parametrize(
    "question",
    [
        "Going by your table, by what percentage did the milestone sum rise from 2024 to 2025?",
        "In the deal table, how much did summed headline values grow between 2024 and 2025?",
    ],
)
def test_growth_of_our_own_sums_is_computed_from_our_rows(router: Router, question: str) -> None:
    call = route(router, question).tool_calls[0]
    assert call.tool == "compare" and {call.args["left"]["year"], call.args["right"]["year"]} == {2024, 2025}


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that Madrigal paid Ribo $200 million upfront?",
        "Merck gave Hansoh $2bn upfront, correct?",
        "Someone says Takeda paid Innovent $2 billion upfront. Can you confirm?",
    ],
)
def test_a_claimed_figure_gets_the_deals_terms(router: Router, question: str) -> None:
    call = route(router, question).tool_calls[0]
    assert call.tool == "get_deal" and "metric" not in call.args


def test_a_plain_upfront_question_keeps_its_measure(router: Router) -> None:
    call = route(router, "How much did Madrigal pay Ribo upfront?").tool_calls[0]
    assert call.tool == "get_deal" and call.args["metric"] == "upfront"


@pytest.mark.parametrize("question", ["bigger than what Takeda paid Innovent?", "is that more than Merck paid LaNova?"])
def test_a_comparison_after_a_one_deal_ranking_has_two_sides(router: Router, question: str) -> None:
    call = route(router, question, ["Which deal had the largest upfront in 2025?"]).tool_calls[0]
    assert call.tool == "compare" and call.args["right"].get("licensee") in ("Takeda", "Merck & Co.")


@pytest.mark.parametrize(
    "question", ["how much of the upfront was equity", "how much of that upfront was paid in stock"]
)
def test_a_part_of_the_upfront_asks_about_the_deal_before(router: Router, question: str) -> None:
    call = route(router, question, ["What are the terms of the Innovent–Takeda deal?"]).tool_calls[0]
    assert call.tool == "get_deal" and call.args["licensee"] == "Takeda"


@pytest.mark.parametrize(
    "question",
    [
        "What did Pfizer license from 3SBio - what's the target?",
        "LaNova and Merck: what does the antibody target?",
        "what's the indication of the drug AstraZeneca took from Harbour?",
    ],
)
def test_a_drugs_target_beside_a_pair_is_for_the_articles(router: Router, question: str) -> None:
    assert route(router, question).route == "text"


def test_what_a_company_licensed_is_still_its_deal_list(router: Router) -> None:
    assert route(router, "What did Merck license from China in 2024?").tool_calls[0].tool == "find_deals"


@pytest.mark.parametrize(
    "question",
    ["How much more did Merck pay LaNova than Hansoh?", "Did Novartis pay Argo more in 2024 than in 2025?"],
)
def test_money_paid_is_compared_on_the_upfront(router: Router, question: str) -> None:
    call = route(router, question).tool_calls[0]
    assert call.tool == "compare" and call.args["metric"] == "upfront"


def test_which_deal_was_bigger_stays_on_the_total(router: Router) -> None:
    call = route(router, "Which was bigger, the LaNova-Merck deal or the Hansoh-Merck deal?").tool_calls[0]
    assert call.tool == "compare" and call.args["metric"] != "upfront"


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("AstraZeneca's CSPC upfront (Oct '24)?", "cspc-astrazeneca-2024"),
        ("CSPC and AZ, June '25: the upfront?", "cspc-astrazeneca-2025"),
    ],
)
def test_a_year_in_two_digits_picks_the_deal(router: Router, question: str, deal_id: str) -> None:
    assert route(router, question).tool_calls[0].args.get("deal_id") == deal_id


def test_an_apostrophe_of_a_possessive_is_no_year() -> None:
    assert short_years("Hengrui's 25 programmes") == [] and short_years("in '25")[0].year == 2025


@pytest.mark.parametrize(
    "question",
    [
        "Did Merck pay Hengrui more upfront than Roche paid Hansoh for its October 2025 ADC?",
        "Was Regeneron's Hansoh upfront larger than what Roche paid Hansoh for the ADC?",
    ],
)
def test_a_type_said_after_than_narrows_that_side_only(router: Router, question: str) -> None:
    call = route(router, question).tool_calls[0]
    assert call.tool == "compare" and "modality" not in call.args["left"] and call.args["right"]["modality"] == "ADC"


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Was Merck's upfront to LaNova above the average 2024 upfront?", 2024),
        ("How does Pfizer's 3SBio upfront stack up against the mean upfront of 2025?", 2025),
        ("Did Takeda pay Innovent more than the typical 2025 deal upfront?", 2025),
    ],
)
def test_one_deal_against_a_years_average(router: Router, question: str, year: int) -> None:
    deal, average = route(router, question).tool_calls
    assert deal.tool == "get_deal" and deal.args["metric"] == "upfront"
    assert average.tool == "aggregate" and average.args["operation"] == "average"
    assert average.args["filter"] == {"year": year, "exclusive": []}


def test_averages_of_two_years_are_still_compared(router: Router) -> None:
    calls = route(router, "Compare the average upfront of Merck's deals in 2024 and 2025").tool_calls
    # one comparison of the two averages (routing/averages.py), each side Merck's deals of one year
    assert [call.tool for call in calls] == ["compare"] and calls[0].args["operation"] == "average"
    sides = [calls[0].args["left"], calls[0].args["right"]]
    assert [side.get("licensee") for side in sides] == ["Merck & Co.", "Merck & Co."]
    assert {side.get("year") for side in sides} == {2024, 2025}


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("PharmCube: the average deal in 2026 against 2025?", []),
        ("how does that compare with 2025?", ["What is the average deal so far in 2026 per PharmCube?"]),
    ],
)
def test_a_trackers_average_compared_is_its_average(router: Router, question: str, history: list[str]) -> None:
    call = route(router, question, history).tool_calls[0]
    assert call.tool == "market_stat" and call.args["metric"] == "average_deal_value"


def test_a_trackers_reported_change_is_quoted(tools: DealTools) -> None:
    args = {"metric": "average_deal_value", "period": "2026", "compare_period": "2025", "derive": "growth"}
    result = tools.run(ToolCall(tool="market_stat", args=args))
    assert [f.value for f in result.figures] == [Decimal("1300000000"), Decimal("76")]


@pytest.mark.parametrize(
    "question", ["Did Braveheart pay Hengrui partly in stock?", "Is Vor paying RemeGen in shares?"]
)
def test_paying_in_stock_is_the_deals_equity(router: Router, question: str) -> None:
    call = route(router, question).tool_calls[0]
    assert call.tool == "get_deal" and call.args["metric"] == "equity"


@pytest.mark.parametrize(
    "question",
    [
        "Why do outlets disagree on the Kelun Crescent total?",
        "Where does the discrepancy in the Evopoint-Astellas value come from?",
    ],
)
def test_why_sources_differ_is_for_the_articles(router: Router, question: str) -> None:
    assert route(router, question).route == "text"
