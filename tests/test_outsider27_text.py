"""The text classes of outsider27.jsonl (issue 11, a healthcare journalist), each in wordings other than
the outsider's, on the real tables and articles: a sentence pointing back at a date comes with the one
it points at; the days a deal was signed and told to the market, what came back in a two-way deal and
the downsides of the boom go to the articles; a drug's target, its mechanism and the reverse leg pick
the sentence that states them; a trial's size nobody reports is refused; an adverb, a compound or a
near-miss of one company's name is no unknown name."""

from __future__ import annotations

import pytest

from assistant.answering.answer_types import missing, wanted_type
from assistant.answering.assistant import Assistant
from assistant.answering.composer import select_sentences
from assistant.answering.figure_talk import points_back
from assistant.answering.near_words import english_form, near_one_company
from assistant.routing.router import Router
from tests.conftest import article_sentence, paragraphs, route, says


def test_a_sentence_naming_a_day_by_pointing_back_comes_after_the_day() -> None:
    assert points_back("The licence is therefore recorded as closed on that date.")
    assert points_back("Both filings were made on the same day.")
    assert not points_back("PharmCube called it the largest deal up to that time.")
    chosen = [s for s, _ in select_sentences("when did the licence close?", paragraphs("deal-3sbio-pfizer-2025")[4:])]
    pointer = article_sentence("deal-3sbio-pfizer-2025", r"on that date")
    stated = article_sentence("deal-3sbio-pfizer-2025", r"closed on 24 July 2025")
    assert pointer in chosen and chosen.index(stated) == chosen.index(pointer) - 1, chosen


@pytest.mark.parametrize(
    "question",
    [
        "Zelgen and AbbVie: the day the contract was signed vs the day it was made public?",
        "Kelun-Biotech and Crescent: on what date did they ink it, and when did they tell the world?",
        "did kelun get anything back from crescent biopharma besides cash?",
        "Apart from money, what did Kelun-Biotech receive from Crescent Biopharma in exchange?",
    ],
)
def test_a_deals_days_and_what_came_back_go_to_the_articles(router: Router, question: str) -> None:
    plan = route(router, question)
    assert (plan.route, plan.rule) == ("text", "an article's account of one deal"), (question, plan.rule)


@pytest.mark.parametrize(
    "question",
    [
        "What was the upfront on the day Kelun-Biotech and Crescent signed?",
        "How much did Crescent pay Kelun-Biotech upfront?",
    ],
)
def test_money_asked_on_a_day_stays_the_table(router: Router, question: str) -> None:
    assert route(router, question).route in ("table", "table+text"), question


@pytest.mark.parametrize(
    "question",
    [
        "What are the downsides of the licensing boom Caixin warned about?",
        "what drawbacks does Caixin see in the 2025 wave of out-licensing?",
    ],
)
def test_downsides_of_the_boom_are_an_articles_account(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls, (question, plan.rule)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("HS-20110 - which antigen does it go after?", "target"),
        ("What does FG-M701 bind to?", "target"),
        ("How does CMG1A46 work, mechanistically?", "mechanism"),
        ("did kelun get anything back besides cash?", "given_back"),
        ("What downsides did Caixin warn about?", "downside"),
        ("How many patients are enrolled in the phase 3?", "enrolment"),
        ("How many people does Hansoh employ?", "headcount"),  # not a trial's size
    ],
)
def test_the_kind_of_answer_is_read(question: str, kind: str) -> None:
    assert wanted_type(question) == kind


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        (
            "Hansoh's second GSK licence, HS-20093 - which antigen does it hit?",
            "deal-hansoh-gsk-2023-12",
            r"targets B7-H3",
        ),
        ("MediLink's YL201 for Roche hits which antigen?", "deal-medilink-roche-2026", r"targets B7-H3"),
        ("What did Kelun-Biotech receive in exchange from Crescent?", "deal-kelun-crescent-2025", r"reciprocal"),
    ],
)
def test_the_sentence_stating_the_kind_leads(question: str, doc_id: str, pattern: str) -> None:
    chosen = [s for s, _ in select_sentences(question, paragraphs(doc_id))]
    assert chosen[0] == article_sentence(doc_id, pattern) or article_sentence(doc_id, pattern) in chosen[:2], chosen


def test_a_trial_size_needs_a_sentence_giving_one() -> None:
    texts = [p.page_content for p in paragraphs("deal-3sbio-pfizer-2025")]
    assert missing("How many patients are enrolled in Pfizer's phase 3 of SSGJ-707?", texts)
    assert not missing("How many patients are enrolled?", ["The phase 3 enrolled 420 patients."])


def test_english_forms_and_compounds_are_no_names() -> None:
    known = {"mechanistic", "down", "side", "sides", "boom"}
    assert english_form("mechanistically", [known])
    assert english_form("downsides", [known])
    assert not english_form("beigene", [known])
    assert not english_form("seagen", [{"sea", "gen"}])  # halves under four letters make no compound


def test_a_near_miss_of_one_company_is_that_company(assistant: Assistant) -> None:
    companies = assistant.snapshot.router.entities
    assert near_one_company(companies, "Evopiont")
    assert near_one_company(companies, "Astelas")
    assert not near_one_company(companies, "Biogen")
    assert not near_one_company(companies, "Beigene")


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("How does HRS-1893 work, mechanistically?", "cardiac myosin inhibitor"),
        ("Astelas took a claudin 18.2 ADC from Evopoint: which cancers?", "gastric"),
        ("did pfizer's 3SBio licence ever close? which day", "24 July 2025"),
    ],
)
def test_answerable_text_questions_are_answered(assistant: Assistant, question: str, phrase: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and phrase in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How many patients are in Braveheart's HRS-1893 trial?",
        "What is the enrolment target of Takeda's IBI363 lung cancer study?",
    ],
)
def test_trial_enrolment_nobody_reports_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained, question


def test_says_the_pointed_at_day(assistant: Assistant) -> None:
    answer = assistant.ask("Has the 3SBio licence to Pfizer closed, and on what date?")
    assert says(answer.answer, article_sentence("deal-3sbio-pfizer-2025", r"closed on 24 July 2025"))


def test_how_a_deal_term_works_is_no_mechanism() -> None:
    assert wanted_type("How does the US profit split work on IBI363?") != "mechanism"
    assert wanted_type("How does the option work?") != "mechanism"
