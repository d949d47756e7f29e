"""Text answers and false premises (outsider39-43's text family): a wrong signing year beside a drug named by code,
name or target is corrected and the deal's figure given; words that are no names (month shorthand, a polite
opener, the asker's own CEO) do not make a text question abstain. Expected values are read from deals.csv."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import render_amount
from assistant.routing.claim_corrections import premise_joined
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = {deal.deal_id: deal for deal in load_tables(DOCUMENTS).deals}


def _deal(deal_id: str) -> Deal:
    return _DEALS[deal_id]


# --- a wrong signing year beside the drug named: the year is corrected, the deal's figure given
@pytest.mark.parametrize(
    ("question", "deal_id", "field"),
    [
        ("Hansoh's 2024 ADC deal with GSK for HS-20089, upfront how much?", "hansoh-gsk-2023-10", "upfront"),
        ("GSK paid Hansoh for the B7-H4 ADC in 2024 right? how much upfront", "hansoh-gsk-2023-10", "upfront"),
        ("What were the milestones on GSK's 2024 deal for Hansoh's B7-H3 ADC?", "hansoh-gsk-2023-12", "milestones"),
        (
            "康方生物 licensed ivonescimab to Summit Therapeutics in early 2024, I think? How much can Akeso collect "
            "in milestone payments under that deal?",
            "akeso-summit-2022",
            "milestones",
        ),
        (
            "Summit took ivonescimab from Akeso in 2023 I believe - what was the upfront?",
            "akeso-summit-2022",
            "upfront",
        ),
    ],
)
def test_a_wrong_year_beside_the_drug_is_corrected_with_the_figure(
    assistant: Assistant, question: str, deal_id: str, field: str
) -> None:
    deal = _deal(deal_id)
    answer = assistant.ask(question)
    assert answer.route == "table" and not answer.abstained, answer.answer
    assert deal.announced[:4] in answer.answer and "date is wrong" in answer.answer
    amount = getattr(deal, field).amount
    assert amount is not None and any(figure.value == amount for figure in answer.figures)
    assert render_amount(amount) in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much did GSK pay Hansoh upfront in their 2025 deal?",  # a pair, no drug named: no figure
        "How much did Novo Nordisk pay United Labs upfront in its 2023 deal?",
    ],
)
def test_a_wrong_year_with_no_drug_named_gets_no_figure(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route != "table" or all(call.args.get("year") for call in plan.tool_calls), plan


def test_a_hedged_premise_is_one_question_with_its_ask() -> None:
    joined = premise_joined("GSK paid Hansoh for the B7-H4 ADC in 2024 right? how much upfront")
    assert joined == "GSK paid Hansoh for the B7-H4 ADC in 2024 right, how much upfront"
    assert len(split_parts("Did Merck sign in 2023? How much upfront?")) == 2  # a yes/no then an ask: two
    assert premise_joined("Is that right? What about Hengrui?") == "Is that right? What about Hengrui?"


def test_the_drug_named_by_its_target_picks_the_pair_deal(router: Router) -> None:
    call = one_call(route(router, "GSK paid Hansoh for the B7-H3 ADC in 2024, right? What upfront?"))
    assert call.args["deal_id"] == "hansoh-gsk-2023-12" and "year" not in call.args


# --- words that are no names do not make a text question abstain: a month in shorthand, a polite opener, the
# asker's own CEO, and a pair named by tickers whose deal's article leads
@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("HBM/AZ - what changed in Nov-25?", ["nominate"]),
        ("Harbour BioMed and AZ: what did AstraZeneca gain when the tie-up was expanded in Nov-2025?", ["nominate"]),
        ("Innovent/Lilly Feb-26 - which number collab is this between them?", ["seventh"]),
        ("Innovent and Lilly, Feb-26 agreement: is this their first collaboration?", ["seventh"]),
        (
            "what's driving big pharma to shop for assets in China - the short version I can give my CEO",
            ["patent cliff"],
        ),
        (
            "Our CEO wants the gist: why do large drugmakers keep licensing candidates from Chinese biotechs?",
            ["pipeline"],
        ),
        (
            "Forgive the basic question, but what kind of molecule is SSGJ-707 (the asset in the 3SBio–Pfizer deal), "
            "and what does it target?",
            ["PD-1", "VEGF"],
        ),
        ("Pardon the naive question - what sort of drug is ivonescimab and what does it hit?", ["PD-1", "VEGF"]),
    ],
)
def test_words_that_are_no_names_do_not_refuse_a_text_question(
    assistant: Assistant, question: str, wanted: list[str]
) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and answer.citations, answer.answer
    assert all(word in answer.answer for word in wanted), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Who is Akeso's CEO?",  # the CEO asked about, not the asker's own
        "What did Novartis pay Mirage-99 upfront in Nov-25?",  # an unknown name beside the month is still refused
    ],
)
def test_a_ceo_asked_about_or_an_unknown_name_still_abstains(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


# --- a named deal's reported-figure dispute, its conditions or its reverse leg: the article, not the row
@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Some outlets had CSPC/AZ (Jan 2026) at $4.7bn, not $18.5bn - what's the difference?", ["sales milestones"]),
        ("why do people quote different headlines for the Evopoint/Astellas ADC?", ["1.34", "1.47"]),
        ("Why do different reports give different upfront figures for the ImmuneOnco/Axion deal?", ["SEC"]),
        ("Is the RemeGen/AbbVie RC148 licence effective at signing or are there conditions?", ["regulatory approval"]),
        ("in the kelun/crescent SKB105 deal, what did kelun get going the other way?", ["CR-001"]),
    ],
)
def test_a_deals_story_goes_to_its_article(assistant: Assistant, question: str, wanted: list[str]) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text" and not answer.abstained and answer.citations, answer.answer
    assert all(word in answer.answer for word in wanted), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much did Pfizer pay 3SBio upfront?",  # a figure of the deal: still its row
        "What's the difference between the upfronts of the Pfizer-3SBio and AbbVie-RemeGen deals?",  # a compare
    ],
)
def test_a_deals_figures_still_come_from_the_table(router: Router, question: str) -> None:
    assert route(router, question).route == "table"


# --- a why asked inside a request wants the sentence giving the reason
@pytest.mark.parametrize(
    "question",
    [
        "I noticed the Earendil Labs–Sanofi deal is described as 'borderline'. Could you explain why it isn't simply "
        "counted as a Chinese out-licensing deal?",
        "Can you tell me why the Earendil/Sanofi pact sits in the borderline bucket?",
    ],
)
def test_a_why_inside_a_request_quotes_the_reason(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and "Helixon" in answer.answer.split("[1]")[0], answer.answer


# --- a claimed figure that is another deal's of the same party: whose it is, and this deal's own
@pytest.mark.parametrize(
    ("question", "deal_id", "field", "other_id", "other_field"),
    [
        (
            "As I understand it, Innovent's licence of its DLL3 ADC to Roche was valued at up to $11.4 billion. "
            "How much of that was paid upfront?",
            "innovent-roche-2025",
            "upfront",
            "innovent-takeda-2025",
            "total",
        ),
        (
            "My notes say Hansoh's HS-10535 licence to Merck was worth up to $1.71 billion - how much was upfront?",
            "hansoh-merck-2024",
            "upfront",
            "hansoh-gsk-2023-12",
            "total",
        ),
    ],
)
def test_a_claimed_figure_of_another_deal_is_said_to_be_that_deals(
    assistant: Assistant, question: str, deal_id: str, field: str, other_id: str, other_field: str
) -> None:
    deal, other = _deal(deal_id), _deal(other_id)
    answer = assistant.ask(question)
    asked, claimed, own = deal.figure(field).amount, other.figure(other_field).amount, deal.figure(other_field).amount
    assert asked is not None and claimed is not None and own is not None
    assert answer.route == "table" and any(figure.value == asked for figure in answer.figures)
    assert render_amount(claimed) in answer.answer and other.licensees[0] in answer.answer, answer.answer
    assert render_amount(own) in answer.answer, answer.answer  # this deal's own figure of that kind


def test_a_claimed_figure_found_nowhere_is_not_repeated(assistant: Assistant) -> None:
    answer = assistant.ask("Is it true that Pfizer's SSGJ-707 licence was worth $11.4 billion?")
    assert "$11.4 billion" not in answer.answer
