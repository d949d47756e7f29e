"""Text answers, fifth round (outsider7 and outsider8 classes): each test names the class it
guards, on the real corpus, index and model. Expected sentences are read from the articles,
never written here."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document

from assistant.answering import abstention
from assistant.answering.answer_types import missing, wanted_type
from assistant.answering.assistant import ABSTAIN_TEXT, Assistant
from assistant.answering.composer import select_sentences
from tests.conftest import article_sentence, says


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Did somebody end up acquiring LaNova?", "acquirer"),
        ("Has LaNova been taken over since?", "acquirer"),
        ("Was Earendil Labs really a Chinese biotech?", "home"),
        ("Where was Earendil incorporated?", "home"),
        ("Which tumour types is HS-20110 being developed for?", "purpose"),
        ("Is the WuXi Biologics trispecific limited to oncology?", "purpose"),
        ("How many staff does Hengrui employ?", "headcount"),
        ("Will Pfizer exercise the China option next year?", "forecast"),
    ],
)
def test_the_kind_of_answer_is_read_from_other_wordings(question: str, kind: str) -> None:
    """Classes: a yes/no acquisition, a company's nationality, tumour types or 'oncology only', a
    headcount and a future event are each a kind of answer, however the question puts them."""
    assert wanted_type(question) == kind


def test_reasons_and_table_wordings_keep_their_kind() -> None:
    """The other side: 'why ... Chinese' stays a reason, and a deal's acquisition of rights is no buyer."""
    assert wanted_type("Why are multinationals buying Chinese drugs?") == "reason"
    assert wanted_type("Did GSK acquire global rights to CMG1A46?") is None


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        ("Did another company buy LaNova Medicines in the end?", "deal-lanova-merck-2024", r"Sino Biopharm"),
        ("Earendil Labs: truly a Chinese company?", "deal-earendil-sanofi-2025", r"incorporated in Delaware"),
        ("Is Pregene's CAR-T deal with Kite only about oncology?", "deal-pregene-kite-2025", r"autoimmune"),
        ("Innovent and Takeda: which tumour types do the programmes address?", "deal-innovent-takeda-2025", r"gastric"),
        ("What's the Hansoh-Roche ADC's target, and which tumour is it for?", "deal-hansoh-roche-2025", r"colorectal"),
    ],
)
def test_the_sentence_holding_the_asked_fact_is_quoted(
    assistant: Assistant, question: str, doc_id: str, pattern: str
) -> None:
    """Classes: right article, wrong sentences. The sentence stating the buyer, the incorporation,
    the therapeutic areas or the tumour types is in the answer."""
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert says(answer.answer, article_sentence(doc_id, pattern))


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        (
            "Has the WuXi Biologics-Candid licence been counted as borderline, and why?",
            "deal-wuxibio-candid-2025",
            r"CRDMO",
        ),
        ("When did XtalPi sign its LOI with DoveTree?", "deal-xtalpi-dovetree-2025", r"letter of intent"),
        (
            "Which cancer is the ADC Hansoh licensed to Roche in Oct 2025 being developed for?",
            "deal-hansoh-roche-2025",
            r"colorectal",
        ),
    ],
)
def test_a_split_name_an_abbreviation_or_a_month_is_no_unknown_name(
    assistant: Assistant, question: str, doc_id: str, pattern: str
) -> None:
    """Class: answerable questions refused. A two-word company in a hyphenated pair ("WuXi
    Biologics-Candid"), a trade abbreviation (LOI) or a month's abbreviation (Oct) is not a
    company the corpus never mentions."""
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert says(answer.answer, article_sentence(doc_id, pattern))


def test_a_hyphenated_pair_without_a_deal_together_stays_unknown(assistant: Assistant) -> None:
    """The rule's other side: the two companies of a split pair must have a deal together."""
    question = "Why did the Harbour BioMed-Pfizer collaboration end?"
    mentions = [m for m in assistant.snapshot.router.entities.find_companies(question).mentions if not m.fuzzy]
    start = question.index("BioMed-Pfizer")
    assert not abstention.pair_of_mentions(assistant.snapshot, start, "BioMed-Pfizer", mentions)


@pytest.mark.parametrize(
    "question",
    [
        "What's Innovent's headcount these days?",
        "how many people work for 3SBio",
        "Will AstraZeneca opt in to more Harbour BioMed programmes next year?",
        "Is Roche going to take HS-20110 into phase 3 in the coming months?",
        "hutchmed recent licensing terms",
        "beigene newest out-licensing deal",
    ],
)
def test_a_fact_no_article_reports_is_refused(assistant: Assistant, question: str) -> None:
    """Classes: a headcount, a future event and an unknown company written in lower case are
    refused, not answered with sentences about the company's deals."""
    answer = assistant.ask(question)
    assert answer.abstained, answer.answer
    assert answer.answer.startswith(ABSTAIN_TEXT)


def test_a_lower_case_question_about_a_known_company_or_typo_is_answered(assistant: Assistant) -> None:
    """The other side: ordinary words, a joined 'outlicensing' and a known company in lower case pass."""
    snap = assistant.snapshot
    assert "outlicensing" in snap.vocabulary and "latest" in snap.common_words
    assert not abstention.unknown_lowercase_name(snap, "hengrui latest outlicensing terms", False)
    assert abstention.unknown_lowercase_name(snap, "beigene latest outlicensing terms", False)


def test_a_forecast_needs_a_sentence_stating_a_plan() -> None:
    question = "Will Takeda exercise its option on IBI3001 next year?"
    assert missing(question, ["Takeda also received an option on IBI3001."])
    assert not missing(question, ["Takeda expects to decide on the option in 2027."])


def test_a_fuzzy_company_match_does_not_take_an_article_sentence_off_topic(assistant: Assistant) -> None:
    """ "aimed" fuzzy-matches AimedBio; an article's sentence naming no company stays on topic."""
    passages = assistant.snapshot.search("Pregene Kite in vivo CAR-T cancer autoimmune", {}, [])
    kept = abstention.on_topic(assistant.snapshot, passages, ["Pregene Biopharma", "Kite Pharma"])
    assert any("autoimmune" in p.page_content for p in kept)


def test_british_spellings_match_american_ones() -> None:
    """'tumour types' finds 'solid tumors'; 'oncology' finds 'cancer'."""
    sentence = article_sentence("deal-hansoh-roche-2025", r"solid tumors")
    passages = [Document(page_content=f"Roche pays Hansoh $80 million upfront. {sentence}", metadata={})]
    chosen = select_sentences("which tumour is it for", passages, limit=1)
    assert chosen[0][0] == sentence
