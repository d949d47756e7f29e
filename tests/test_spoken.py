"""outsider79's dictated questions (speech-to-text): numbers said as words, fillers, self-corrections, names split
or spelt out, the question words said last, a second question said after "and also" / "and then". Each class in
wordings of our own, on the real tables, router, tools and assistant; a written question comes back unchanged."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.continued_asks import continued
from assistant.routing.spoken import written
from tests.conftest import bundled_entities, conversation


def _written(question: str) -> str:
    return written(question, bundled_entities())


# -- the normalizer ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("deals in twenty twenty four", "deals in 2024"),
        ("from twenty twenty-three to two thousand twenty five", "from 2023 to 2025"),
        ("an upfront of one point two five billion", "an upfront of 1.25 billion"),
        ("a total over one and a half billion", "a total over 1.5 billion"),
        ("more than a hundred and fifty million", "more than 150 million"),
        ("deals over a billion in total", "deals over 1 billion in total"),
        ("a value of five billion dollars or more", "a value of $5 billion or more"),
        ("results for SSGJ seven oh seven", "results for SSGJ-707"),
        ("phase three results", "phase 3 results"),
        ("what did pharm cube say", "what did PharmCube say"),
        ("the bio to china tracker", "the biotochina tracker"),
        ("what did c p h i i c report", "what did CPHIIC report"),
        ("what did g s k pay", "what did GSK pay"),
        ("how much did pfizer pay three s bio up front", "how much did pfizer pay 3SBio upfront"),
        ("um so what did, no wait, how much did roche pay", "how much did roche pay"),
        ("how much did merck sorry gsk pay chimagen", "how much did gsk pay chimagen"),
        ("the argo deal in twenty twenty four, sorry, twenty twenty five", "the argo deal in 2025"),
        ("ok so uh which deals like deal wise", "which deals deal wise"),
        ("deals going back to twenty twenty two", "deals since 2022"),
        ("the up front on the remegen vor deal what was it", "what was the upfront on the remegen vor deal?"),
    ],
)
def test_a_dictated_question_is_written_as_typed(said: str, typed: str) -> None:
    assert _written(said) == typed


@pytest.mark.parametrize(
    "question",
    [
        "What was the second one, and which one was bigger?",
        "twenty deals in total?",
        "Which companies like Hengrui signed with GSK in 2025?",
        "Which territories did Summit actually get from Akeso?",
        "Do you know how much Pfizer paid 3SBio?",
        "Which 2025 deals came with half a billion dollars or more upfront?",
        "sorry, I meant the upfront",
        "what was the big cancer deal last year? i mean the one with the largest total value",
        "Sino Drug Watch: upfront total through end-Aug 2025",
        "Calico Life Sciences licensed a drug from Mabwell",
        "What did Pfizer pay 3SBio upfront for SSGJ-707 in 2025, the first deal?",
    ],
)
def test_a_written_question_comes_back_unchanged(question: str) -> None:
    assert _written(question) == question


def test_continued_asks_keep_one_deal_whole() -> None:
    question = "what was the upfront and also the total on the Hengrui GSK deal"
    assert continued(question) == question


# -- answers -------------------------------------------------------------------------------------
def test_a_year_said_in_words_filters_the_sum(assistant: Assistant) -> None:
    answer = assistant.ask("uh how much up front in total across the twenty twenty four deals in your table").answer
    assert "$2.42 billion" in answer and "13 deals" in answer


def test_an_amount_in_words_bounds_the_filter(assistant: Assistant) -> None:
    answer = assistant.ask("how many twenty twenty four deals had an up front of at least a hundred and fifty million")
    assert "5 deals" in answer.answer and "Curon" in answer.answer and "Chimagen" in answer.answer


def test_a_self_correction_keeps_what_follows(assistant: Assistant) -> None:
    answer = assistant.ask("um how much did roche, no wait, how much did novartis pay scineuro up front").answer
    assert "$165 million" in answer and "Roche" not in answer


def test_a_tracker_split_apart_is_read(assistant: Assistant) -> None:
    answer = assistant.ask("what did global data put the twenty twenty four total deal value at").answer
    assert "GlobalData" in answer and "$41.5 billion" in answer


def test_letters_spelt_out_name_the_company(assistant: Assistant) -> None:
    answer = assistant.ask("what did g s k pay hengrui up front in twenty twenty five").answer
    assert "$500 million" in answer


def test_a_followup_in_words_carries_the_year(assistant: Assistant) -> None:
    answer = conversation(assistant, "how many deals did argo sign in twenty twenty four", "and in twenty twenty five")
    assert "1 deal" in answer and "2025" in answer


def test_a_second_question_after_and_then_is_asked_for_its_year(assistant: Assistant) -> None:
    answer = assistant.ask(
        "what was the smallest up front in twenty twenty four and then the smallest in twenty twenty five"
    ).answer
    assert "ImmuneOnco" in answer and "$10 million" in answer and "Glenmark" in answer and "$18 million" in answer


def test_a_second_question_after_and_also_is_asked_of_its_deal(assistant: Assistant) -> None:
    answer = assistant.ask("what was the up front on the curon merck deal and also the chimagen gsk up front").answer
    assert "$700 million" in answer and "$300 million" in answer
