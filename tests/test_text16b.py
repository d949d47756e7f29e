"""Text sentence choice (text16b): a sentence saying a fact was not reported answers only a question about that fact;
a deal's assets, territory and target asked by a bare noun or an analyst's shorthand get the sentence stating them,
and the assets of a named deal are read from its article, not the table's terms. Expected sentences are read from
the articles, not written by hand."""

from __future__ import annotations

import pytest

from assistant.answering.absent_facts import absence_penalty
from assistant.answering.answer_types import wanted_type
from assistant.answering.assistant import Assistant
from assistant.answering.composer import word_stems
from assistant.routing.router import Router
from tests.conftest import article_sentence, route, says

_YL201 = "deal-medilink-roche-2026"
_NO_END = article_sentence(_YL201, r"^No closing or termination")


# --- a sentence saying a fact is missing, for questions about that fact only


def test_missing_fact_sentence_scores_less_unless_asked() -> None:
    asked_territory = word_stems("territory excl")
    assert absence_penalty(asked_territory, _NO_END, word_stems) < 0
    assert absence_penalty(word_stems("has the deal closed"), _NO_END, word_stems) == 0.0
    equity = article_sentence(_YL201, r"^An equity investment")
    assert absence_penalty(word_stems("equity investment"), equity, word_stems) == 0.0
    territory = article_sentence(_YL201, r"worldwide except")
    assert absence_penalty(asked_territory, territory, word_stems) == 0.0


@pytest.mark.parametrize("question", ["YL201 roche - territory excl?", "Where can Roche sell YL201?"])
def test_territory_sentence_not_the_no_termination_one(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question, []).answer
    assert says(answer, article_sentence(_YL201, r"worldwide except mainland China, Hong Kong and Macau"))
    assert not answer.startswith("No closing")


def test_status_question_still_gets_the_no_termination_sentence(assistant: Assistant) -> None:
    answer = assistant.ask("Is the MediLink Roche YL201 deal still active?", []).answer
    assert says(answer, _NO_END)


# --- a deal's assets, target and territory asked by a bare noun


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("argo/novartis sept 25 - what assets r in it", "members"),
        ("break down what GSK got from Hengrui in July 2025", "members"),
        ("YL201 roche - territory excl?", "territory"),
        ("SciNeuro–Novartis: target and indication of the antibody?", "purpose"),
        ("MediLink YL201: indication / mechanism?", "purpose"),
    ],
)
def test_bare_noun_kinds(question: str, kind: str) -> None:
    assert wanted_type(question) == kind


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        ("argo/novartis sept 25 - what assets r in it", "deal-argo-novartis-2025", r"right of first negotiation"),
        ("which assets did Novartis get from Argo in Sept 2025?", "deal-argo-novartis-2025", r"BW-00112"),
        ("break down what GSK got from Hengrui in July 2025", "deal-hengrui-gsk-2025", r"options on up to 11"),
        ("list the drugs InnoCare licensed to Zenas", "deal-innocare-zenas-2025", r"TYK2"),
        ("SciNeuro–Novartis: target and indication of the antibody?", "deal-scineuro-novartis-2026", r"Alzheimer"),
    ],
)
def test_the_stating_sentence_is_quoted(assistant: Assistant, question: str, doc_id: str, pattern: str) -> None:
    answer = assistant.ask(question, [])
    assert answer.route == "text"
    assert says(answer.answer, article_sentence(doc_id, pattern))


def test_assets_of_a_named_deal_are_its_articles(router: Router) -> None:
    for question in ("which assets did Novartis get from Argo in Sept 2025?", "break down what GSK got from Hengrui"):
        plan = route(router, question)
        assert plan.route == "text" and not plan.tool_calls, question
    # one company named is no deal: a list of the table's deals
    assert route(router, "Which drugs did Merck license from Chinese companies in 2024?").route == "table"
    # a money measure asked stays the table's terms
    assert route(router, "how much did GSK pay Hengrui upfront in July 2025?").route == "table"


def test_split_off_option_part_names_no_other_deal(assistant: Assistant) -> None:
    question = "How is the Hengrui-GSK pact put together - what is licensed outright and what sits under option?"
    answer = assistant.ask(question, []).answer
    assert says(answer, article_sentence("deal-hengrui-gsk-2025", r"options on up to 11"))
    assert "Novartis" not in answer and "Zenas" not in answer


# --- why trackers' figures differ, asked with or without "why"

_TRACKERS = "market-trackers-define-universe-differently"


@pytest.mark.parametrize(
    "question",
    [
        "why do different sources give different totals for china's licensing deals in the same year?",
        "What makes one tracker's yearly China out-licensing total differ from another's?",
    ],
)
def test_trackers_differ_gets_the_scope_sentence(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question, [])
    assert answer.route == "text" and not answer.tool_calls
    assert says(answer.answer, article_sentence(_TRACKERS, r"^Some count only licensors based in mainland China"))


def test_one_deals_disputed_value_keeps_its_own_sentences(assistant: Assistant) -> None:
    answer = assistant.ask("Why do sources disagree over the Evopoint–Astellas deal value?", []).answer
    assert says(answer, article_sentence("deal-evopoint-astellas-2025", r"^Pharmaphorum instead treats"))


# --- a company named as an example of a kind is no company asked about


@pytest.mark.parametrize(
    "question",
    [
        "why would a hengrui-type co out-license to an MNC instead of going global alone",
        "why do firms such as Hengrui license to multinationals instead of going global themselves?",
    ],
)
def test_example_company_is_the_general_question(assistant: Assistant, router: Router, question: str) -> None:
    assert route(router, question).companies == []
    answer = assistant.ask(question, []).answer
    reason = article_sentence("market-why-multinationals-license-from-china", r"sales infrastructure outside China")
    assert says(answer, reason) and "IDEAYA" not in answer
