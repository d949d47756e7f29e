"""Text answers, fourth round (outsider5 and outsider6 classes): each test names the class it
guards, on the real corpus, index and model. Expected sentences are read from the articles,
never written here."""

from __future__ import annotations

import pytest

from assistant.answering import abstention
from assistant.answering.answer_types import missing, wanted_type
from assistant.answering.assistant import ABSTAIN_TEXT, Assistant
from assistant.answering.chinese import english_reading, mostly_chinese
from assistant.text import split_sentences
from tests.conftest import article_sentence, says


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        (
            "I'm writing a piece on why Big Pharma keeps shopping in China - what reasons does the coverage give?",
            "market-why-multinationals-license-from-china",
            r"patent cliffs",
        ),
        (
            "Quick question for a feature I'm drafting: why are Big Pharma companies licensing Chinese drugs?",
            "market-why-multinationals-license-from-china",
            r"patent cliffs",
        ),
        ("braveheart bio is backed by which VCs", "deal-hengrui-braveheart-2025", r"backed by"),
        ("Kailera's VC backers - who are they?", "deal-hengrui-kailera-2024", r"backed by"),
    ],
)
def test_ordinary_capitalised_words_and_trade_abbreviations_are_not_unknown_names(
    assistant: Assistant, question: str, doc_id: str, pattern: str
) -> None:
    """Class: a contraction ("I'm"), a capitalised ordinary word ("Big Pharma", "Quick") or a trade
    abbreviation ("VCs") is not a company the corpus never mentions: the article answers."""
    answer = assistant.ask(question)
    assert not answer.abstained
    assert says(answer.answer, article_sentence(doc_id, pattern))


def test_an_unknown_company_name_is_still_refused(assistant: Assistant) -> None:
    """The other side of the class: a capitalised name no table or article holds still refuses."""
    answer = assistant.ask("Which VCs are behind Zorbacor Therapeutics?")
    assert answer.abstained and answer.answer.startswith(ABSTAIN_TEXT)


def test_a_word_of_a_hyphenated_corpus_word_is_known(assistant: Assistant) -> None:
    """ "big-selling" is in an article: "Big" in a question is a word the corpus uses."""
    assert "big" in assistant.snapshot.vocabulary
    assert abstention.ordinary_word("VCs"[:-1]) and abstention.ordinary_word("American")
    assert not abstention.ordinary_word("Zorbacor")


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        ("恒瑞授权给Braveheart的是什么药？", "deal-hengrui-braveheart-2025", r"HRS-1893 is a small-molecule"),
        ("迈威生物授权给Calico的是什么药？", "deal-mabwell-calico-2025", r"monoclonal antibody against IL-11"),
        ("Braveheart的投资方是谁？", "deal-hengrui-braveheart-2025", r"backed by"),
        ("迈威生物总部在哪里？", "deal-mabwell-calico-2025", r"based in Shanghai"),
    ],
)
def test_a_chinese_question_is_read_in_english(assistant: Assistant, question: str, doc_id: str, pattern: str) -> None:
    """Class: a question written in Chinese only scores under the similarity threshold against the
    English articles; read in English (canonical names, glossary words) it finds its sentence."""
    answer = assistant.ask(question)
    assert not answer.abstained
    assert says(answer.answer, article_sentence(doc_id, pattern))


def test_the_english_reading_keeps_english_questions_and_names(assistant: Assistant) -> None:
    spans = assistant.snapshot.company_names_at
    assert english_reading("What did 恒瑞 license to GSK?", spans) == "What did 恒瑞 license to GSK?"
    reading = english_reading("恒瑞授权给Braveheart的是什么药？", spans)
    assert "Jiangsu Hengrui Pharmaceuticals" in reading and "Braveheart Bio" in reading
    assert wanted_type(reading) == "modality"
    assert mostly_chinese("Braveheart的投资方是谁？") and not mostly_chinese("Who backs 恒瑞's partner Braveheart?")


@pytest.mark.parametrize(
    "question",
    [
        "whats 3SBio stock trading at right now",
        "What is Hengrui's stock trading at today?",
        "Did SSGJ-707 hit its primary endpoint in the phase 3 trial?",
        "Did Braveheart's HRS-1893 succeed in its phase 3 trial?",
    ],
)
def test_a_quote_or_a_trial_outcome_no_article_reports_is_refused(assistant: Assistant, question: str) -> None:
    """Class: a share quote or a trial's outcome is answered only by a sentence reporting one;
    general sentences about the company do not answer it."""
    answer = assistant.ask(question)
    assert answer.abstained, answer.answer
    assert answer.answer.startswith(ABSTAIN_TEXT)


def test_a_price_per_share_the_article_gives_is_a_quote() -> None:
    """The other side: a sentence giving a price per share holds the kind asked for."""
    sentence = article_sentence("deal-hengrui-braveheart-2025", r"Braveheart Bio shares")
    assert missing("What price are Braveheart shares trading at?", [sentence])
    assert not missing("What price are the shares trading at?", ["They were bought at 5.56 Hong Kong dollars apiece."])


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        ("where is Mabwell headquartered?", "deal-mabwell-calico-2025", r"based in Shanghai"),
        ("Where is Chimagen headquartered?", "deal-chimagen-gsk-2024", r"based in Chengdu"),
        ("Where is Chimagen's HQ?", "deal-chimagen-gsk-2024", r"based in Chengdu"),
    ],
)
def test_headquarters_are_answered_by_the_sentence_saying_where_a_company_is_based(
    assistant: Assistant, question: str, doc_id: str, pattern: str
) -> None:
    """Class: 'headquartered' is a company fact the article states as 'based in'; that sentence leads."""
    answer = assistant.ask(question)
    assert not answer.abstained
    assert says(split_sentences(answer.answer)[0], article_sentence(doc_id, pattern))


@pytest.mark.parametrize(
    "question",
    [
        "Calico that licensed Mabwell's IL-11 antibody — is that the Google one?",
        "Is Calico Life Sciences part of Google?",
    ],
)
def test_a_parent_named_by_another_of_its_names_is_known(assistant: Assistant, question: str) -> None:
    """Class: a company's parent named another way (companies.csv aliases: Alphabet, Google) is not
    an unknown name; the deal's opening says whose company Calico is."""
    answer = assistant.ask(question)
    assert not answer.abstained
    assert says(answer.answer, article_sentence("deal-mabwell-calico-2025", r"the Alphabet company"))
