"""outsider83-85's text questions (session 18, textfacts): facts a deal's own article states, asked by voice, in
terminal shorthand or in a chatty message, answered from that article; and facts no source holds (a trial's data,
a deal between companies we do not cover, a share price, milestones actually paid) refused as such. Each class in
wordings of our own besides the outsiders', on the real tables, router, index and assistant."""

from __future__ import annotations

import re

import pytest

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant
from assistant.routing.bare_tickers import bare_tickers
from assistant.routing.company_bought import company_bought
from assistant.routing.spoken import written
from assistant.routing.trailing_context import context_joined, is_context
from assistant.routing.trial_readouts import TRIAL_READOUT
from tests.conftest import bundled_entities


def asked(assistant: Assistant, *questions: str) -> Answer:
    """The last question's Answer, the earlier ones (and their answers) its history."""
    history: list[Turn] = []
    for question in questions[:-1]:
        history.append(Turn(question=question, answer=assistant.ask(question, history)))
    return assistant.ask(questions[-1], history)


# -- the readers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("I B I three six three — what is it exactly", "IBI363 — what is it exactly"),
        ("J A B twenty-three E seventy-three, what's the target", "JAB-23E73, what's the target"),
        ("what is S K B two six four", "what is SKB264"),
        ("what is H R S nine eight two one", "what is HRS-9821"),
        ("tell me about Y L two oh one", "tell me about YL201"),
    ],
)
def test_a_drug_code_said_aloud_is_written_as_the_table_writes_it(said: str, typed: str) -> None:
    assert written(said, bundled_entities()) == typed


@pytest.mark.parametrize("question", ["one two three deals in 2025?", "the B7-H3 one", "SSGJ-707 upfront"])
def test_a_run_that_spells_no_code_is_left(question: str) -> None:
    assert written(question, bundled_entities()) == question


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("1801 LLY feb-26 deal", "1801.HK LLY feb-26 deal"),
        ("6990 MRK uf?", "6990.HK MRK uf?"),
        ("600276 GSK total", "600276.SH GSK total"),
    ],
)
def test_a_listed_number_typed_bare_is_its_ticker(typed: str, read: str) -> None:
    assert bare_tickers(typed, bundled_entities()) == read


@pytest.mark.parametrize(
    "question",
    ["deals in 2025", "$1801 million upfront", "1801m upfront", "HRS-1893 upfront", "IBI3009 total", "2,269 deals"],
)
def test_a_year_an_amount_or_a_code_is_no_ticker(question: str) -> None:
    assert bare_tickers(question, bundled_entities()) == question


@pytest.mark.parametrize(
    "text",
    ["didn't LaNova itself get bought?", "was Curon acquired later on?", "has Harbour BioMed been taken over since?"],
)
def test_a_company_bought_is_read(text: str) -> None:
    assert company_bought(text)


@pytest.mark.parametrize(
    "text",
    ["was the LM-299 licence bought out?", "did the rights get acquired by Merck?", "did Merck pay LaNova upfront?"],
)
def test_a_licence_bought_is_no_company_bought(text: str) -> None:
    assert not company_bought(text)


@pytest.mark.parametrize(
    "part",
    [
        "Our CEO wants to know what the deal did for them?",
        "It's the other obvious comp for us?",
        "Not the ceiling, what's actually been paid?",
        "This is for a board deck?",
    ],
)
def test_a_piece_that_asks_nothing_of_its_own_is_context(part: str) -> None:
    assert is_context(part, names_company=False)


@pytest.mark.parametrize(
    ("part", "names_company"),
    [("What about 2024?", False), ("I also want AbbVie's total?", True), ("It's upfront was what?", False)],
)
def test_a_piece_that_asks_stays_a_part(part: str, names_company: bool) -> None:
    assert not is_context(part, names_company)


def test_a_fragment_is_joined_to_the_question_before() -> None:
    parts = context_joined(["Didn't LaNova get bought?", "By whom and for how much?"], lambda _: False)
    assert parts == ["Didn't LaNova get bought, by whom and for how much?"]
    assert context_joined(["Who bought LaNova?", "Our CEO wants to know?"], lambda _: False) == [
        "Who bought LaNova?",
        "Our CEO wants to know?",
    ]


@pytest.mark.parametrize(
    ("question", "readout"),
    [
        ("HRS-9821 ph2 COPD data - FEV1 delta vs pbo", True),
        ("UBT251 HbA1c versus placebo?", True),
        ("SSGJ-707 topline readout?", True),
        ("which phase is HRS-9821 in?", False),
        ("phase 2 assets licensed in 2025", False),
    ],
)
def test_a_trial_readout_in_shorthand(question: str, readout: bool) -> None:
    assert bool(re.search(TRIAL_READOUT, question, re.IGNORECASE)) is readout


# -- class 1: text facts the deal's article states ---------------------------------------------------
def test_a_spoken_drug_code_is_answered_from_its_article(assistant: Assistant) -> None:
    answer = assistant.ask("I B I three six three — what is it exactly")
    assert not answer.abstained and "PD-1/IL-2" in answer.answer
    answer = assistant.ask("so what's J A B twenty three E seventy three going after")
    assert not answer.abstained and "KRAS" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["the Chimagen thing GSK bought, what's GSK going after with it", "what is GSK taking CMG1A46 into?"],
)
def test_what_the_buyer_goes_after_is_the_indication(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and "lupus" in answer.answer


def test_a_whats_typed_without_apostrophe_is_no_unknown_name(assistant: Assistant) -> None:
    answer = asked(
        assistant,
        "what were the headline terms of the Hengrui / GSK deal last summer?",
        "Whats the lead asset in that one?",
    )
    assert not answer.abstained and "HRS-9821" in answer.answer and "COPD" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "1801 LLY feb-26 deal - how many collabs w lilly is this now",
        "the Innovent Lilly deal from February 2026, how many partnerships with Lilly is that now?",
    ],
)
def test_the_pairs_tally_is_the_articles(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text" and "seventh collaboration" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["2096 HK simcere - any more cash from ABBV since signing", "2096 abbv - any more money since signing?"],
)
def test_a_payment_after_signing_is_the_articles(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and "$40 million" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Random one: after the Merck deal, didn't LaNova itself get bought? by whom and for how much",
        "Quick q: was LaNova acquired later on?",
    ],
)
def test_a_company_bought_is_answered_with_its_buyer(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text" and "Sino Biopharm" in answer.answer and "95.09%" in answer.answer
    assert "Mabwell" not in answer.answer


def test_a_headline_figure_the_sources_read_two_ways_is_said_both_ways(assistant: Assistant) -> None:
    answer = assistant.ask("evopoint astellas headline - is 1.34bn the total or on top of UF")
    assert answer.route == "text" and "$1.34 billion" in answer.answer and "$1.47 billion" in answer.answer
    answer = assistant.ask("Astellas/Evopoint: does the 1.34bn include the upfront?")
    assert answer.route == "text" and "$1.47 billion" in answer.answer


def test_a_figure_read_somewhere_is_explained_by_the_article(assistant: Assistant) -> None:
    last = asked(
        assistant,
        "what was the upfront on ImmuneOnco's IMM2510 deal with Axion?",
        "hm wait, i swear i read it was 50M somewhere?",
    )
    assert last.route == "text" and "$50 million" in last.answer and "$10 million" in last.answer
    answer = assistant.ask("I read LaNova's upfront from Merck was 888M somewhere, where does that come from?")
    assert "$888 million" in answer.answer and "$588 million" in answer.answer


# -- class 2: what no source holds is refused ----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["HRS-9821 ph2 COPD data - FEV1 delta vs pbo", "what did UBT251 show vs placebo on HbA1c?"],
)
def test_trial_data_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and "trial efficacy" in answer.answer and "$" not in answer.answer


def test_a_company_with_no_deal_gets_no_figure(assistant: Assistant) -> None:
    # "Sino Bio" is no name of companies.csv (Sino Biopharm's "Sino Bio" would take "1530 vs Sino Bio: ..." from
    # LaNova's comparison): the question is asked back or refused, never given a deal's money
    for question in ("Sino Bio TDI01 LO - UF and MS", "sino biopharm upfront from merck?"):
        answer = assistant.ask(question)
        assert "$" not in answer.answer.split("closest")[0]


@pytest.mark.parametrize(
    "question",
    [
        "what's Summit's share price / market cap right now? our CEO wants to know what the ivonescimab deal did for them",
        "Where is Akeso's stock trading today? it's for a client note",
    ],
)
def test_a_share_price_with_context_after_it_is_refused_whole(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and "royalties" not in answer.answer


def test_a_deal_no_source_holds_is_not_given_another_deals_terms(assistant: Assistant) -> None:
    answer = assistant.ask(
        "what were the terms on BioNTech's Biotheus deal for the PD-L1xVEGF (PM8002)? it's the other obvious comp for us"
    )
    assert answer.abstained and "No deal for PM8002" in answer.answer and "which one?" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much has Merck actually paid Hansoh in milestones so far on the oral GLP-1? not the ceiling, what's "
        "actually been paid",
        "How much milestone money has GSK actually paid Chimagen to date? not the cap, the real number",
    ],
)
def test_milestones_paid_to_date_are_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and "paid so far" in answer.answer
