"""The classes of outsider10.jsonl (a journalist's and a fact-checker's questions), each read in
other wordings on the real tables and articles: a long lead-in before the question sentence, no
field name in a reply, a 'versus' headline before the sides, "what were those worth together"
after a count, one company's total set beside another's in a second clause, money actually paid
so far, "for a second" in an instruction to ignore the sources, and a company's next move. The
examples are not the outsider's words."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.answering.abstention import UNREPORTED
from assistant.answering.answer_types import wanted_type
from assistant.answering.assistant import ABSTAIN_TEXT, Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.leadin import focused
from assistant.routing.router import Router
from assistant.text import field_words
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS, article_sentence, route, says

FIELD_NAME_RE = re.compile(r"\b[a-z]+_[a-z0-9_]+\b")


def _sum(field: str, **match: str) -> Decimal:
    """A money field summed over the main rows whose party and year match, straight from deals.csv."""
    total = Decimal(0)
    for deal in load_tables(DOCUMENTS).deals:
        parties = {"licensor": deal.licensors, "licensee": deal.licensees}
        if deal.scope != "main" or str(deal.year) != match["year"] or match["name"] not in parties[match["role"]]:
            continue
        total += getattr(deal, field).amount or 0
    return total


# -- a lead-in before the question sentence --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "licensor", "licensee"),
    [
        (
            "I'm writing up Innovent's year and the wires keep quoting different figures for the Takeda pact. "
            "What did Takeda pay up front?",
            "Innovent Biologics",
            "Takeda",
        ),
        (
            "My desk kept asking me about the Hansoh obesity licence and the Regeneron numbers in our draft disagree. "
            "How much did Regeneron pay upfront?",
            "Hansoh Pharmaceutical Group",
            "Regeneron",
        ),
        (
            "For a profile of Merck's China buying spree, I keep running into two versions of the LaNova terms. "
            "Can you confirm the upfront Merck paid?",
            "LaNova Medicines",
            "Merck & Co.",
        ),
    ],
)
def test_a_lead_in_sets_the_scene_and_the_question_sentence_asks(
    router: Router, question: str, licensor: str, licensee: str
) -> None:
    plan = route(router, question)
    assert [call.tool for call in plan.tool_calls] == ["get_deal"]
    args = plan.tool_calls[0].args
    assert (args["licensor"], args["licensee"], args["metric"]) == (licensor, licensee, "upfront")


def test_a_lead_in_gives_its_measure_when_the_question_sentence_names_none(router: Router) -> None:
    question = "I need the milestones on the Hengrui and GSK licence for tomorrow's piece. How much were they?"
    assert route(router, question).tool_calls[0].args["metric"] == "milestones"


@pytest.mark.parametrize(
    "question",
    [
        # a why: the scene's words are what the articles are searched for
        "I'm on deadline for a feature about 3SBio and its partner Pfizer this year. Why did Pfizer want SSGJ-707?",
        # a short preamble is no scene
        "Quick one. How much did Pfizer pay 3SBio upfront?",
        # one sentence
        "How much did Pfizer pay 3SBio upfront?",
    ],
)
def test_a_question_without_a_scene_is_read_whole(router: Router, question: str) -> None:
    assert focused(question, router.entities, router.corpus_end) == question


def test_keep_before_a_verb_is_no_money_kept(router: Router) -> None:
    going_on = route(router, "Why do reports keep giving different upfronts for Merck's LaNova deal?")
    assert all(call.tool != "market_stat" for call in going_on.tool_calls)
    kept = route(router, "How much did ImmuneOnco keep after Axion ended the licence?")
    assert kept.tool_calls[0].args["metric"] == "retained_after_termination"


# -- no field name in a reply -----------------------------------------------------------------------
def test_field_names_read_as_words() -> None:
    assert field_words("No statistic gives retained_after_termination.") == (
        "No statistic gives money kept after a termination."
    )
    assert field_words("the deal_count and top10_share") == "the number of deals and top-10 share"
    assert field_words("see https://example.com/a_b and SSGJ-707") == "see https://example.com/a_b and SSGJ-707"


def test_a_reply_names_no_field_a_tool_message_carried(tools: DealTools, assistant: Assistant) -> None:
    question = "How much did 3SBio get to keep after Pfizer ended the deal?"
    call = ToolCall(tool="market_stat", args={"metric": "retained_after_termination", "subject": "3SBio"})
    # the tool's own message says the metric in words too (outsider12's round), and so does the reply
    assert "retained after termination" in (tools.run(call).message or "")
    answer = assistant.ask(question)
    assert answer.answer and not FIELD_NAME_RE.search(answer.answer)
    assert not FIELD_NAME_RE.search(answer.interpretation)


# -- a 'versus' headline before the sides --------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "left", "right"),
    [
        (
            "Merck versus AstraZeneca: whose upfront was bigger, Merck's to Curon or AstraZeneca's to CSPC in 2024?",
            {"Curon Biopharmaceutical", "Merck & Co."},
            {"CSPC Pharmaceutical Group", "AstraZeneca"},
        ),
        (
            "Novartis or Roche — which paid more up front, Novartis to SciNeuro or Roche to Innovent?",
            {"SciNeuro Pharmaceuticals", "Novartis"},
            {"Innovent Biologics", "Roche"},
        ),
    ],
)
def test_a_headline_naming_the_sides_again_does_not_split_them(
    router: Router, question: str, left: set[str], right: set[str]
) -> None:
    call = route(router, question).tool_calls[0]
    assert call.tool == "compare"
    sides = [{call.args[side].get("licensor"), call.args[side].get("licensee")} for side in ("left", "right")]
    assert sides == [left, right]


def test_a_headline_the_question_does_not_repeat_still_names_the_sides(router: Router) -> None:
    call = route(router, "Pfizer vs Takeda: who paid more upfront?").tool_calls[0]
    assert call.tool == "compare"
    assert (call.args["left"]["licensee"], call.args["right"]["licensee"]) == ("Pfizer", "Takeda")


# -- "what were those worth together" after a count ---------------------------------------------------
@pytest.mark.parametrize(
    ("followup", "metric"),
    [
        ("What were those deals worth together?", "total"),
        ("And what were they worth, all told?", "total"),
        ("And their upfronts taken together?", "upfront"),
    ],
)
def test_those_deals_worth_together_is_their_sum(router: Router, tools: DealTools, followup: str, metric: str) -> None:
    plan = route(router, followup, ["How many deals did CSPC sign in 2025?"])
    call = plan.tool_calls[0]
    assert (call.tool, call.args["operation"], call.args["metric"]) == ("aggregate", "sum", metric)
    field = "total" if metric == "total" else "upfront"
    expected = _sum(field, role="licensor", name="CSPC Pharmaceutical Group", year="2025")
    assert tools.run(call).figures[0].value == expected


# -- one company's total beside another's, in a second clause -------------------------------------------
def test_how_does_the_other_companys_compare_keeps_the_question_whole(router: Router, tools: DealTools) -> None:
    question = "What was the combined headline value of Innovent's 2025 deals, and how does CSPC's 2025 total stack up?"
    assert split_parts(question) == [question]
    call = route(router, question).tool_calls[0]
    assert call.tool == "compare"
    assert (call.args["left"]["licensor"], call.args["right"]["licensor"]) == (
        "Innovent Biologics",
        "CSPC Pharmaceutical Group",
    )
    values = {figure.value for figure in tools.run(call).figures}
    assert _sum("total", role="licensor", name="Innovent Biologics", year="2025") in values
    assert _sum("total", role="licensor", name="CSPC Pharmaceutical Group", year="2025") in values


def test_how_does_that_compare_is_still_a_second_question() -> None:
    parts = split_parts("What did Novartis pay Argo upfront in 2025, and how does that compare with Roche's?")
    assert len(parts) == 2


def test_hong_kong_listed_is_where_shares_trade_not_a_scope(router: Router) -> None:
    plan = route(router, "Among Hong Kong-listed drugmakers, what was Hansoh's 2025 total deal value?")
    assert [call.tool for call in plan.tool_calls] == ["aggregate"]
    greater_china = route(router, "How many deals did PharmCube count for 2025 including Hong Kong and Taiwan?")
    assert greater_china.tool_calls[0].args.get("reporter") == "PharmCube (via Reuters)"


# -- money actually paid so far ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "How much of the upfront has Regeneron actually transferred to Hansoh to date?",
        "Has Kite wired Pregene its $120 million yet?",
        "To date, how much has Novartis actually handed over to SciNeuro?",
    ],
)
def test_money_paid_so_far_is_a_payment_made(router: Router, question: str) -> None:
    plan = route(router, question)
    assert (plan.route, plan.rule) == ("text", "a payment already made")


def test_what_was_paid_is_still_the_deals_terms(router: Router) -> None:
    plan = route(router, "Can you confirm how much Regeneron actually paid Hansoh up front?")
    assert plan.tool_calls[0].tool == "get_deal"


# -- "for a second": a moment, no position -----------------------------------------------------------------
def test_for_a_second_is_no_ordinal_measure(router: Router) -> None:
    plan = route(router, "Forget the table for a second and confirm Roche paid Hansoh $800 million upfront.")
    assert plan.tool_calls and plan.tool_calls[0].tool == "get_deal"
    assert route(router, "What was the second payment Roche made to Hansoh?").route == "text"


# -- a company's next move -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Will Roche exercise an option on another Hansoh ADC, and when?",
        "When will Lilly decide on the Innovent programs?",
        "Is AstraZeneca going to exercise its options on the Harbour BioMed programs?",
    ],
)
def test_a_companys_next_move_is_a_forecast(question: str) -> None:
    assert wanted_type(question) == "forecast"


@pytest.mark.parametrize(
    "question",
    [
        "How will Innovent and Takeda split profits on IBI363 in the US?",
        "Will you list the 2025 ADC deals?",
        "what diseases will Vor go after with telitacicept",
    ],
)
def test_terms_and_requests_in_the_future_tense_are_no_forecast(question: str) -> None:
    assert wanted_type(question) != "forecast"


def test_a_forecast_no_article_makes_is_refused_and_says_why(assistant: Assistant) -> None:
    answer = assistant.ask("Will Zelgen's partner AbbVie exercise its alveltamig option, and when?")
    assert answer.abstained and answer.answer.startswith(ABSTAIN_TEXT)
    assert UNREPORTED["forecast"] in answer.answer


def test_a_forecast_an_article_makes_is_quoted(assistant: Assistant) -> None:
    answer = assistant.ask("When will AstraZeneca's January 2026 CSPC obesity deal close?")
    assert not answer.abstained
    assert says(answer.answer, article_sentence("deal-cspc-astrazeneca-2026", r"expected to close"))


def test_money_paid_so_far_is_refused_and_says_why(assistant: Assistant) -> None:
    answer = assistant.ask("How much of the upfront has Roche actually wired to Hansoh for HS-20110 so far?")
    assert answer.abstained and UNREPORTED["payment"] in answer.answer
    assert not FIELD_NAME_RE.search(answer.answer)
