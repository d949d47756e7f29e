"""Text answers, third outsider round: each test names the class it guards, on the real corpus,
index and model. Expected sentences are read from the articles, never written here."""

from __future__ import annotations

import re

import pytest

from assistant.answer import Answer, Turn
from assistant.answering import abstention
from assistant.answering.answer_types import wanted_type
from assistant.answering.assistant import ABSTAIN_TEXT, Assistant
from assistant.dates import on_dates_worded
from assistant.text import split_sentences, strip_markers
from tests.conftest import article_sentence


def _quoted(answer: Answer, sentence: str) -> bool:
    """The sentence is in the answer (its marker aside) and in a citation's quote."""
    wanted = " ".join(sentence.split())
    said = " ".join(strip_markers(answer.answer).split())
    in_answer = any(form.rstrip(".") in said for form in (wanted, on_dates_worded(wanted)))
    return any(wanted in " ".join(c.quote.split()) for c in answer.citations) and in_answer


def _every_sentence_cited(answer: Answer) -> None:
    for sentence in split_sentences(answer.answer):
        assert re.search(r"\[\d+\]", sentence), f"uncited: {sentence}"


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        ("who's backing Kailera?", "deal-hengrui-kailera-2024", r"backed by"),
        ("Which investors are behind Braveheart Bio?", "deal-hengrui-braveheart-2025", r"backed by"),
        ("Whose company is DoveTree?", "deal-xtalpi-dovetree-2025", r"associated with"),
        ("who is behind DoveTree", "deal-xtalpi-dovetree-2025", r"associated with"),
    ],
)
def test_who_backs_a_company_quotes_the_sentence_naming_its_backers(
    assistant: Assistant, question: str, doc_id: str, pattern: str
) -> None:
    """Class: 'who backs / is behind X' asks what X is; the deal's opening (or a sentence naming
    backers) answers, not its status or total value."""
    assert wanted_type(question) == "identity"
    answer = assistant.ask(question)
    assert answer.route == "text" and not answer.abstained
    assert _quoted(answer, article_sentence(doc_id, pattern)), answer.answer
    _every_sentence_cited(answer)  # a two-sentence opening carries its marker on each sentence


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        (
            "Why isn't the Earendil–Sanofi deal counted as a normal Chinese out-licensing deal?",
            "deal-earendil-sanofi-2025",
            r"\bbecause\b",
        ),
        (
            "How come Earendil Labs is not counted as a standard Chinese licensor?",
            "deal-earendil-sanofi-2025",
            r"\bbecause\b",
        ),
        (
            "why are big pharmas going shopping in china for new drugs",
            "market-why-multinationals-license-from-china",
            r"^Second,",
        ),
        ("Why is the InnoCare–Zenas deal filed under immunology?", "deal-innocare-zenas-2025", r"^Because\b"),
    ],
)
def test_a_why_question_quotes_the_sentence_giving_the_reason(
    assistant: Assistant, question: str, doc_id: str, pattern: str
) -> None:
    """Class: a why-question is answered by the sentence that gives a reason, not by the one that
    only repeats its words."""
    assert wanted_type(question) == "reason"
    answer = assistant.ask(question)
    assert not answer.abstained
    assert _quoted(answer, article_sentence(doc_id, pattern)), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What did J&J pay for its China-sourced bispecific?",
        "How much did Johnson & Johnson pay upfront for a Chinese bispecific?",
    ],
)
def test_a_company_nobody_in_the_corpus_matches_gets_no_other_companys_passages(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and answer.answer.startswith(ABSTAIN_TEXT)
    assert not answer.citations and not answer.figures


def test_a_ticker_of_a_table_company_is_a_known_name(assistant: Assistant) -> None:
    """'PFE' is in companies.csv though no article spells it: it must not make the text half refuse."""
    snap = assistant.snapshot
    assert "pfe" not in snap.vocabulary and abstention.known_company(snap, "PFE")
    assert not abstention.known_company(snap, "J&J")
    answer = assistant.ask("Did PFE also buy 3SBio stock as part of the SSGJ-707 licence? How much?")
    assert ABSTAIN_TEXT not in answer.answer and "do not answer" not in answer.answer
    equity = snap.tables.deal("3sbio-pfizer-2025").equity.amount
    assert any(f.value == equity for f in answer.figures)


@pytest.mark.parametrize(
    "question",
    [
        "By what percentage did InnoCare's shares fall after it announced the Zenas deal?",
        "By how much did Akeso shares jump after the Summit licence?",
        "How did XtalPi's stock react to the DoveTree agreement?",
        "What happened to 3SBio's share price when the Pfizer deal came out?",
    ],
)
def test_a_share_price_move_no_article_reports_is_refused(assistant: Assistant, question: str) -> None:
    """Class: a share move is answered only by a sentence reporting one; the deal's other
    sentences that mention 'shares' (shares promised as payment) do not answer it."""
    assert wanted_type(question) == "share_move"
    answer = assistant.ask(question)
    assert answer.abstained and not answer.citations


def test_the_price_of_shares_bought_in_a_deal_is_not_a_share_move(assistant: Assistant) -> None:
    question = "At what price did Takeda buy the new Innovent shares?"
    assert wanted_type(question) != "share_move"
    answer = assistant.ask(question)
    assert not answer.abstained
    assert _quoted(answer, article_sentence("deal-innovent-takeda-2025", r"apiece")), answer.answer


def test_a_declined_part_comes_after_the_answered_part_and_is_named_by_place(assistant: Assistant) -> None:
    """Class: a several-part question whose text part finds nothing does not lead with a refusal."""
    answer = assistant.ask("Who is the CEO of 3SBio, and how much did Pfizer pay it upfront?")
    upfront = assistant.snapshot.tables.deal("3sbio-pfizer-2025").upfront.amount
    assert not answer.abstained and any(f.value == upfront for f in answer.figures)
    assert not answer.answer.startswith(ABSTAIN_TEXT) and ABSTAIN_TEXT not in answer.answer
    assert answer.answer.rstrip().endswith("do not answer the first part of the question.")
    assert answer.interpretation.startswith("2 questions: 1) quoting the articles")  # the asked order


def _leads_with(answer: Answer, sentence: str) -> bool:
    """The answer's first sentence is ``sentence`` (its marker aside; a day after "on" may be said in words beside
    its ISO form), cited by its exact quote."""
    first = split_sentences(answer.answer)[0]
    return _quoted(answer, sentence) and (_same(first, sentence) or _same(first, on_dates_worded(sentence)))


def _same(said: str, sentence: str) -> bool:
    """A sentence of the answer is ``sentence``, its markers aside."""
    return " ".join(strip_markers(said).split()).rstrip(" .") == " ".join(sentence.split()).rstrip(" .")


@pytest.mark.parametrize(
    ("question", "history", "doc_id", "pattern"),
    [
        (
            "how much of that is sales milestones?",
            ["biggest deal of 2026 so far?"],
            "deal-cspc-astrazeneca-2026",
            r"^Of that",
        ),
        (
            "and how much of that is sales milestones?",
            ["What did AstraZeneca agree to pay CSPC in January 2026?"],
            "deal-cspc-astrazeneca-2026",
            r"can earn milestones",
        ),
        (
            "and the sales part of the milestones?",
            ["What are the milestones in Hengrui's Kailera deal?"],
            "deal-hengrui-kailera-2024",
            r"for sales\.$",
        ),
        (
            "How much of Hengrui's milestones from IDEAYA are sales milestones?",
            [],
            "deal-hengrui-ideaya-2024",
            r"sales milestones",
        ),
    ],
)
def test_a_part_of_a_figure_leads_with_the_sentence_that_splits_it(
    assistant: Assistant, question: str, history: list[str], doc_id: str, pattern: str
) -> None:
    """Class: 'how much of that is sales milestones' asks for one part of a figure; the sentence
    stating that part leads (or the pair whose first sentence names the whole and whose second
    splits it), not the deal's upfront sentence that shares more of the companies' names."""
    answer = assistant.ask(question, [Turn(question=h) for h in history])
    assert answer.route == "text" and not answer.abstained
    sentence = article_sentence(doc_id, pattern)
    assert _quoted(answer, sentence), answer.answer
    assert any(_same(said, sentence) for said in split_sentences(answer.answer)[:2]), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much money did Kailera raise when it was set up to take Hengrui's GLP-1s, and from whom?",
        "How much did Kailera Therapeutics raise at launch?",
        "What size was the Kailera NewCo's financing round?",
        "How much capital did Kailera raise from its backers?",
        "What did the Kailera newco raise from Bain and the other backers?",
    ],
)
def test_a_company_fact_leads_with_the_sentence_stating_it(assistant: Assistant, question: str) -> None:
    """Class: a fact of a company ('how much did Kailera raise') is answered first by the sentence
    that states it ('raised'/'raise' share a stem; the companies' names, in every sentence of their
    article, do not decide), and an amount asked of a company's backers is not the deal's opening."""
    answer = assistant.ask(question)
    assert answer.route == "text" and not answer.abstained
    assert _leads_with(answer, article_sentence("deal-hengrui-kailera-2024", r"\braised \$")), answer.answer
    _every_sentence_cited(answer)


def test_who_backs_a_company_still_gets_the_opening(assistant: Assistant) -> None:
    """Counter-example: without an amount asked, 'who backs X' keeps the deal's opening first."""
    answer = assistant.ask("Which investors are behind Kailera Therapeutics?")
    assert _leads_with(answer, article_sentence("deal-hengrui-kailera-2024", r"^Jiangsu Hengrui .* licensed")), (
        answer.answer
    )
