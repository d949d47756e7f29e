"""The classes of outsider14.jsonl (a reporter's, a retail investor's, a policy researcher's and a
student's questions), each read in several wordings on the real tables: a drug's price to patients,
the patients treated, trade and government policy and what a buyer will end up paying are held
nowhere and refused, while deal terms worded alike are not; "this January" is the January of the
year the corpus ends in; "the most upfront of any deal" ranks single deals and "shows up the most"
counts; a yes-or-no over a bound no deal meets is answered "No" with the nearest value; "its" after
a one-company ranking is that company. The examples are not the outsiders' words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.periods import find_periods
from assistant.routing.router import Router
from assistant.routing.scope_asks import SCOPE_RES
from tests.conftest import DOCUMENTS, one_call, route

DEALS = load_tables(DOCUMENTS).deals


# -- asks outside the sources --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("What does a year of SSGJ-707 treatment cost patients?", "drug prices paid by patients"),
        ("What's the list price of ivonescimab in Europe?", "drug prices paid by patients"),
        ("How many people have been treated with these licensed drugs?", "number of patients treated"),
        ("How many lives have the Akeso drugs saved?", "number of patients treated"),
        ("Did the trade war slow Chinese licensing in 2025?", "trade policy (tariffs, sanctions)"),
        ("Are tariffs making big pharma wary of China?", "trade policy (tariffs, sanctions)"),
        ("What policies has Beijing introduced to push out-licensing?", "government policy or regulation"),
        ("Does the government subsidise biotechs that license abroad?", "government policy or regulation"),
        ("How much will Roche actually end up paying Hansoh?", "amount that will actually be paid"),
        ("What will Novartis eventually pay Argo by 2031?", "amount that will actually be paid"),
    ],
)
def test_an_ask_outside_the_sources_is_an_unheld_measure(router: Router, question: str, measure: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and plan.unheld_measure == measure and not plan.tool_calls, plan


@pytest.mark.parametrize(
    "question",
    [
        "What's the price tag on the obesity deal AstraZeneca did with CSPC?",
        "How much did it cost Pfizer to license SSGJ-707?",
        "How much will Pfizer pay 3SBio upfront?",
        "What regulatory milestones are in the Hengrui-GSK deal?",
        "How expensive was the GSK deal?",
    ],
)
def test_deal_terms_worded_alike_are_not_refused(question: str) -> None:
    assert not [name for name, pattern in SCOPE_RES if pattern.search(question)], question


@pytest.mark.parametrize(
    "question",
    [
        "How much does ivonescimab cost patients in Canada?",
        "How have tariffs affected the Hengrui deals?",
        "How much will GSK really end up paying Hengrui?",
    ],
)
def test_an_ask_outside_the_sources_is_refused_saying_what_they_cover(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and "They cover licensing deals" in answer.answer, answer.answer


# -- "this January" ------------------------------------------------------------------------------
def test_this_month_is_in_the_year_the_corpus_ends_or_the_one_before() -> None:
    (january,) = find_periods("How many deals were announced this January?", "2026-02-10")
    (december,) = find_periods("which deals came in December of this year?", "2026-02-10")
    assert (january.year, january.month) == (2026, 1)
    assert (december.year, december.month) == (2025, 12)


def test_this_january_counts_our_rows_of_that_month(router: Router) -> None:
    call = one_call(route(router, "how many licensing deals did we get this january per your table?"))
    month = max(deal.announced for deal in DEALS)[:7]
    assert call.tool == "aggregate" and call.args["operation"] == "count", call
    assert f"{call.args['filter']['year']}-{call.args['filter']['month']:02d}" <= month


# -- rankings ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Who paid the most upfront of any of the 2024 deals?",
        "Which licensee paid the biggest milestones in a single deal?",
        "Which company got the most upfront of any single deal in 2025?",
    ],
)
def test_the_most_of_any_deal_ranks_single_deals(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["dimension"] == "deal" and call.args["n"] == 1, call


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("Which Chinese licensor appears most often in the table?", "licensor"),
        ("Which big pharma shows up the most as a buyer?", "licensee"),
        ("what chinese company features most in 2025 deals?", "licensor"),
    ],
)
def test_showing_up_the_most_is_a_count(router: Router, question: str, side: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["metric"] == "count" and call.args["dimension"] == side, call


def test_the_most_money_after_showing_up_is_still_a_sum(router: Router) -> None:
    call = one_call(route(router, "Which buyer shows up with the most upfront money?"))
    assert call.args.get("metric") != "count", call


# -- a yes-or-no over a bound --------------------------------------------------------------------
def test_a_bound_no_deal_meets_is_answered_no_with_the_largest(assistant: Assistant) -> None:
    answer = assistant.ask("Did any buyer pay more than $3 billion upfront?")
    largest = max(deal.upfront.amount for deal in DEALS if deal.upfront.amount is not None)
    assert not answer.abstained and answer.answer.startswith("No."), answer.answer
    assert any(Decimal(str(f.value)) == largest for f in answer.figures), answer.figures
    assert answer.citations


def test_an_upper_bound_no_deal_meets_is_answered_with_the_smallest(assistant: Assistant) -> None:
    answer = assistant.ask("Has anyone paid less than $2 million upfront?")
    assert not answer.abstained and answer.answer.startswith("No.") and "smallest" in answer.answer, answer.answer


def test_a_bound_some_deal_meets_lists_them(assistant: Assistant) -> None:
    answer = assistant.ask("Did anyone pay more than $1 billion upfront?")
    assert not answer.answer.startswith("No.") and not answer.abstained, answer.answer


# -- "its" after a one-company ranking -----------------------------------------------------------
def test_its_after_a_one_company_ranking_is_that_company(assistant: Assistant) -> None:
    counts: dict[str, int] = {}
    for deal in (deal for deal in DEALS if deal.scope == "main"):
        for name in deal.licensors:
            counts[name] = counts.get(name, 0) + 1
    top = max(counts, key=lambda name: counts[name])
    answer = assistant.ask("what was its biggest one?", [Turn(question="Which Chinese company did the most deals?")])
    (call,) = answer.tool_calls
    assert call.args["filter"].get("licensor") == top, call
