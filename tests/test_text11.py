"""The text, refusal and false-premise classes of session 11 (outsider44-47), each in wordings other than the
outsiders', on the real tables and articles: a contract's termination terms, a trial result asked of a phase
and a future equity round are refused (no article states them) instead of answered with the deal's row; what a
named drug targets or is developed for is quoted from its article's opening; a presumed ending with a figure
asked "by then" is corrected from the table's status and the figure is answered."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from tests.conftest import route


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("What are the termination provisions in Innovent's licence with Takeda?", "termination terms"),
        (
            "how many months' notice does Novo Nordisk need to give United Laboratories to end the UBT251 licence?",
            "termination terms",
        ),
        ("Is there a termination-for-convenience right in the Hengrui–GSK agreement?", "termination terms"),
        ("what's the exit clause in the Kelun / Crescent contract?", "termination terms"),
        ("What response rate did IBI363 achieve in phase 2?", "trial"),
        ("how big a weight reduction did HS-20094 deliver in its phase 3?", "trial"),
        ("What size stake does Novartis plan to take in Argo's upcoming financing round?", "future equity investment"),
        ("how much is novartis putting into argo's next funding round?", "future equity investment"),
    ],
)
def test_a_fact_no_article_states_is_the_articles_and_refused(
    router: Router, assistant: Assistant, question: str, measure: str
) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls, plan
    answer = assistant.ask(question)
    assert answer.abstained, answer.answer
    assert measure in answer.answer  # the refusal names what was asked
    assert "$" not in answer.answer  # no deal figure stands in for it


@pytest.mark.parametrize(
    "question",
    [
        "What did Merck pay for LM-299?",  # a term: the table
        "Were any of the deals terminated?",  # a status filter, not a contract's terms
        "What equity did Novartis take in Argo in 2025?",  # the deal's equity column (not disclosed)
    ],
)
def test_the_deal_s_own_figures_and_status_are_not_taken(router: Router, question: str) -> None:
    assert route(router, question).tool_calls, question


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("What kind of drug is Hengrui's HRS-5346 that Merck licensed?", "inhibitor of lipoprotein(a)"),
        ("which receptors does HS-20094, the Hansoh drug Regeneron took, act on?", "GLP-1 and GIP receptors"),
        ("What does Innovent's IBI343, licensed to Takeda, go after?", "Claudin 18.2"),
        ("what's LaNova's LM-299 from the Merck deal designed to hit?", "targeting PD-1 and VEGF"),
        ("what is MediLink's YL201 for Roche being developed for?", "nasopharyngeal carcinoma"),
    ],
)
def test_what_a_named_drug_is_comes_from_its_article(
    router: Router, assistant: Assistant, question: str, stated: str
) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls, plan
    answer = assistant.ask(question)
    assert not answer.abstained and answer.route == "text"
    assert stated in answer.answer.split(" [")[0] + answer.answer[:400], answer.answer  # in the opening sentences


def test_a_count_of_deals_by_target_stays_the_table_s(router: Router) -> None:
    plan = route(router, "how many deals target PD-1?")
    assert plan.tool_calls and plan.tool_calls[0].tool == "aggregate"


@pytest.mark.parametrize(
    ("question", "status", "upfront"),
    [
        ("When did GSK terminate the Hengrui COPD deal, and what had it paid upfront?", "as announced", "$500 million"),
        (
            "Why did Merck pull out of the LaNova LM-299 licence, and what upfront had it handed over?",
            "as closed",
            "$588 million",
        ),
    ],
)
def test_a_presumed_ending_is_corrected_and_the_figure_answered(
    assistant: Assistant, question: str, status: str, upfront: str
) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and answer.route == "table"
    assert f"{status}" in answer.answer and "not terminated" in answer.answer
    assert upfront in answer.answer
    assert answer.answer.index("not terminated") < answer.answer.index(upfront)  # the correction where it was asked
