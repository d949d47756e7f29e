"""The classes outsider27 left (issue 11), each with wordings other than the outsider and phrasing files'.

The deal each question is about is found in deals.csv by its asset or its pair, never written here."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.answering.near_words import english_form, name_parts
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = load_tables(DOCUMENTS).deals


def _by_asset(name: str) -> Deal:
    held = [deal for deal in _DEALS if name.lower() in deal.asset.lower()]
    assert len(held) == 1, held
    return held[0]


# --- 7. a figure asked of a drug beside a partner of the pair's other deal: the drug's deal answers
@pytest.mark.parametrize(
    ("question", "drug", "stranger"),
    [
        ("Total deal value of AstraZeneca's SYH2086 licence from CSPC?", "SYH2086", "AstraZeneca"),
        ("how much were the milestones Merck owes Hengrui for trastuzumab rezetecan", "rezetecan", "Merck & Co."),
        ("Upfront Roche paid MediLink for YL202?", "YL202", "Roche"),
    ],
)
def test_a_drug_beside_the_pairs_other_partner_looks_up_the_drugs_deal(
    router: Router, question: str, drug: str, stranger: str
) -> None:
    deal = _by_asset(drug)
    call = one_call(route(router, question))
    assert call.tool == "get_deal" and call.args["deal_id"] == deal.deal_id
    assert stranger not in (call.args.get("licensor"), call.args.get("licensee"))
    assert call.args.get("metric")  # the figure asked for, not the whole deal


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        # the right partner: the lookup as before
        ("How much did Summit pay Akeso upfront for ivonescimab?", {"Akeso", "Summit Therapeutics"}),
        # no drug named: no deal to correct to
        ("How much did Pfizer pay Hengrui upfront?", {"Jiangsu Hengrui Pharmaceuticals", "Pfizer"}),
        # a pair with no deal at all asks about a deal that does not exist (refused, as before)
        ("What did Lilly pay Akeso up front for ivonescimab?", {"Akeso", "Eli Lilly"}),
    ],
)
def test_a_right_partner_no_drug_or_no_pair_deal_is_looked_up_as_asked(
    router: Router, question: str, pair: set[str]
) -> None:
    call = one_call(route(router, question))
    assert {call.args.get("licensor"), call.args.get("licensee")} == pair
    assert "deal_id" not in call.args


def test_the_answer_names_the_drugs_real_partner_before_its_figure(assistant: Assistant) -> None:
    deal = _by_asset("YL202")
    answer = assistant.ask("What upfront did Roche hand MediLink for YL202?")
    assert answer.route == "table" and not answer.abstained
    assert answer.answer.startswith(f"The partner is wrong: {deal.licensors[0]} licensed YL202")
    assert deal.licensees[0] in answer.answer
    assert [figure.value for figure in answer.figures] == [deal.upfront.amount]


# --- 8. "<company> has out-licensed how many times, and to whom?": the licensing verb before "how many times"
@pytest.mark.parametrize(
    ("question", "company"),
    [
        ("诺诚健华 has licensed out how many times, and to whom?", "InnoCare Pharma"),
        ("Hansoh sold rights how many times in your data, and to which buyers?", "Hansoh Pharmaceutical Group"),
        ("Kelun has out-licensed assets how many separate times?", "Kelun-Biotech"),
    ],
)
def test_a_licensing_verb_before_how_many_times_counts_the_companys_deals(
    router: Router, question: str, company: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == "count"
    assert call.args["filter"]["licensor"] == company


@pytest.mark.parametrize(
    "question",
    [
        "The milestones of the 3SBio deal are how many times the upfront?",  # a multiple, no licensing verb
        "Pfizer licensed SSGJ-707 for how many times more than Summit paid upfront?",  # "times more": a multiple
    ],
)
def test_how_many_times_a_figure_stays_a_multiple(router: Router, question: str) -> None:
    plan = route(router, question)
    assert not any(call.args.get("operation") == "count" for call in plan.tool_calls), plan.tool_calls


# --- 10. a compound with a three-letter half ("pit|falls") is English; a company-shaped one stays a name
_KNOWN = frozenset(
    ["pit", "fall", "falls", "hot", "spot", "red", "flag", "pace", "sun", "pharma", "haven", "roche", "app"]
)


@pytest.mark.parametrize(("word", "english"), [("pitfalls", True), ("hotspot", True), ("redflags", True)])
def test_a_three_letter_half_beside_a_long_known_word_is_english(router: Router, word: str, english: bool) -> None:
    assert english_form(word, [_KNOWN], name_parts(router.entities)) is english


@pytest.mark.parametrize("word", ["medpace", "biohaven", "sunpharma", "rocheapp", "genmab"])
def test_a_half_that_is_a_company_names_part_keeps_the_word_a_name(router: Router, word: str) -> None:
    assert not english_form(word, [_KNOWN | {"med", "bio", "gen", "mab"}], name_parts(router.entities))


def test_the_pitfalls_of_the_boom_are_answered_from_the_article(assistant: Assistant) -> None:
    answer = assistant.ask("Which pitfalls come with China's out-licensing boom, per Caixin?")
    assert not answer.abstained and answer.route == "text"
    assert "crowding" in answer.answer
