"""The tenth review's regressions (base 192014c, head c226da0): the issue-11 rules answer questions they misread.
A claim whose year the article confirms (ZG006 signed 30 December 2025) is called wrong (``claim_corrections.py``);
"since Mar 25" / "between Mar 25 and Jun 25" lose their period and become tracker counts (``month_shorthand.py``);
"..., and what did Merck pay upfront in all in 2024?" is narrowed to one pair, and two companies that never dealt
are treated as a pair (``pair_parts.py``); "a bigger single upfront than any other licensee" ranks summed upfronts
(``than_any_other.py``); "vs GSK?" after Hengrui's upfront compares one deal's total with its upfront
(``carry_over.py``); "June 25" after a pair with a June 2025 deal asks which one (``month_shorthand.py``);
"invest in research and development partnerships" and "employ" read as a company fact (``analyst_wording.py``,
``wording.py``). Expected values come from deals.csv or the article."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, article_sentence, route

_DEALS = list(load_tables(DOCUMENTS).deals)


def _deal(deal_id: str):
    return next(d for d in _DEALS if d.deal_id == deal_id)


# --- claim_corrections.py / claim_notes.py: a year the article gives for the signing is no wrong year
def test_a_claim_the_article_confirms_is_not_called_wrong(assistant: Assistant) -> None:
    signed = article_sentence("deal-zelgen-abbvie-2025", r"signed .*December 30, 2025")
    assert "2025" in signed and _deal("zelgen-abbvie-2025").announced.startswith("2026")
    answer = assistant.ask("Was ZG006 licensed to AbbVie in 2025?")
    assert "date is wrong" not in answer.answer, answer.answer


# --- month_shorthand.py: "since Mar 25" keeps a period; it never becomes a tracker count of every year
@pytest.mark.parametrize(
    "question",
    ["How many deals were signed since Mar 25?", "deals between Mar 25 and Jun 25 - how many?"],
)
def test_an_abbreviated_month_after_since_or_between_keeps_its_period(router: Router, question: str) -> None:
    plan = route(router, question)
    lost = [c for c in plan.tool_calls if c.tool == "market_stat" and not c.args.get("period")]
    assert not lost, (plan.tool_calls, plan.interpretation)


# --- month_shorthand.py: "june 25" beside a pair whose only June deal is of 2025 names that deal
@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("CSPC AZ june 25 deal upfront?", "cspc-astrazeneca-2025"),
        ("Kelun Merck may 22 deal upfront?", "kelun-merck-2022-05"),
        ("MediLink BioNTech May 24 deal upfront?", "medilink-biontech-2024"),
    ],
)
def test_a_full_month_and_two_digits_name_the_pairs_deal(router: Router, question: str, deal_id: str) -> None:
    deal = _deal(deal_id)
    day = int(re.search(r"\d+", question).group())
    assert deal.announced[8:10] != f"{day:02d}"  # read as a day, no deal of the pair matches
    plan = route(router, question)
    assert any(c.args.get("deal_id") == deal_id for c in plan.tool_calls), (plan.route, plan.tool_calls)


# --- pair_parts.py: "in all in 2024" after a one-deal part is the company's year, not the pair's one deal
def test_in_all_after_a_pair_part_is_the_companys_sum(assistant: Assistant) -> None:
    answer = assistant.ask("What did Merck pay Hansoh upfront, and what did Merck pay upfront in all in 2024?")
    merck_2024 = [d for d in _DEALS if "Merck & Co." in d.licensees and d.year == 2024]
    assert len(merck_2024) == 3
    sums = [c for c in answer.tool_calls if c.tool == "aggregate"]
    assert sums and not any(c.args["filter"].get("licensor") for c in sums), answer.tool_calls


# --- pair_parts.py: two companies that never signed together are no pair to sum "across"
@pytest.mark.parametrize(
    ("question", "asked", "other"),
    [
        (
            "Compare Hengrui and Innovent's 2025 deal totals, and what did Hengrui earn upfront in all?",
            "Jiangsu Hengrui Pharmaceuticals",
            "Innovent Biologics",
        ),
        (
            "How many deals did Pfizer and Takeda sign with Chinese biotechs, and what did Takeda pay upfront in all?",
            "Takeda",
            "Pfizer",
        ),
    ],
)
def test_no_unasked_sum_for_a_pair_that_never_dealt(
    assistant: Assistant, question: str, asked: str, other: str
) -> None:
    assert not [d for d in _DEALS if {asked, other} <= {*d.licensors, *d.licensees}]
    answer = assistant.ask(question)
    upfront_sums = [c for c in answer.tool_calls if c.tool == "aggregate" and c.args.get("metric") == "upfront"]
    assert not any(other in str(c.args["filter"]) for c in upfront_sums), answer.tool_calls
    assert "deals between" not in answer.standalone_question, answer.standalone_question


# --- than_any_other.py: "a bigger single upfront ... in one deal" is about deals, not summed upfronts
def test_a_single_upfront_than_any_other_is_not_a_sum_ranking(router: Router) -> None:
    top = max((d for d in _DEALS if d.upfront.amount), key=lambda d: d.upfront.amount or Decimal(0))
    assert "Pfizer" in top.licensees
    plan = route(router, "Did Pfizer pay a bigger single upfront than any other licensee in one deal?")
    sums = [c for c in plan.tool_calls if c.tool == "rank" and c.args.get("dimension") == "licensee"]
    assert not sums, plan.tool_calls


# --- carry_over.py: "vs GSK?" after Hengrui's upfront never becomes one deal's total against its upfront
def test_versus_after_a_sum_keeps_the_measure(router: Router) -> None:
    plan = route(router, "vs GSK?", ["Hengrui's total upfront in 2025"])
    assert not any(c.args.get("right_metric") for c in plan.tool_calls), plan.tool_calls
    assert all(c.args.get("metric") in (None, "upfront") for c in plan.tool_calls), plan.tool_calls


# --- analyst_wording.py / wording.py: deal words are no company fact
@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Which companies invest in research and development partnerships with Chinese biotechs most?", "R&D spending"),
        ("What technology does Harbour's AstraZeneca deal employ?", "number of employees"),
        ("What payload does YL201 employ?", "number of employees"),
    ],
)
def test_deal_wording_is_no_company_fact(router: Router, question: str, measure: str) -> None:
    plan = route(router, question)
    assert plan.unheld_measure != measure, (plan.rule, plan.interpretation)
