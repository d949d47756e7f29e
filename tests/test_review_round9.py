"""The ninth review's regressions (base 1e8b841, head 192014c): the issue-11 rules read ordinary questions
wrongly. A day of a month ("May 20", "Dec 22", "July 28") became a two-digit year (``routing/month_shorthand.py``);
"how did X change from 2024 to 2025" and "how many deals ... between them" went to the articles
(``routing/deal_story.py``); "combined upfront including equity for the Merck Kelun deals" asked which one
(``routing/deal_sums.py``); "which licensee frequently partners with ADC developers" became a count of ADC deals
(``routing/frequency.py``). Expected values are read from deals.csv."""

from __future__ import annotations

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, route

_DEALS = list(load_tables(DOCUMENTS).deals)


def _years(plan) -> set[int]:
    found: set[int] = set()
    for call in plan.tool_calls:
        for where in (call.args.get("filter"), call.args.get("left"), call.args.get("right"), call.args):
            if not isinstance(where, dict):
                continue
            if where.get("year"):
                found.add(int(where["year"]))
            for key in ("date_from", "date_to"):
                if where.get(key):
                    found.add(int(str(where[key])[:4]))
    return found


# --- month_shorthand.py: "May 20" is a day of May, never May 2020 (no year is said, so none may be invented)
@pytest.mark.parametrize(
    "question",
    [
        "Which deal was announced on May 20?",
        "What did Pfizer pay upfront on May 20?",
        "What did GSK pay Hengrui on July 28?",
        "Which deals were announced on Dec 22?",
        "Which deals were announced between March 21 and March 25?",
        "What was the deal announced on June 13?",
    ],
)
def test_a_day_of_a_month_is_no_year(router: Router, question: str) -> None:
    plan = route(router, question)
    said = {int(y) for y in __import__("re").findall(r"\b(?:19|20)\d\d\b", question)}
    stated = {int(y) for y in __import__("re").findall(r"\b(?:19|20)\d\d\b", plan.standalone_question)}
    invented = (_years(plan) | stated) - said
    assert not invented, (invented, plan.tool_calls, plan.interpretation)


def test_dec_22_is_not_december_2022(router: Router) -> None:
    plan = route(router, "Which deals were announced on Dec 22?")
    assert "December 2022" not in plan.interpretation, plan.interpretation


# --- deal_story.py CHANGED_RE: a company's figure over two years is a comparison of our rows, not an article ask
@pytest.mark.parametrize(
    ("question", "side", "company"),
    [
        ("How did Hengrui's total upfront change from 2024 to 2025?", "licensor", "Jiangsu Hengrui Pharmaceuticals"),
        ("How did Merck's upfront spending change between 2024 and 2025?", "licensee", "Merck & Co."),
        ("What changed in AbbVie's total upfront between 2024 and 2025?", "licensee", "AbbVie"),
    ],
)
def test_a_change_between_two_years_is_compared(router: Router, question: str, side: str, company: str) -> None:
    plan = route(router, question)
    assert plan.route == "table", (plan.route, plan.rule)
    years = _years(plan)
    assert {2024, 2025} <= years, plan.tool_calls
    assert any(company in str(call.args) for call in plan.tool_calls), plan.tool_calls


# --- deal_story.py TALLY_RE: "how many deals did A and B sign between them" counts the pair's rows
@pytest.mark.parametrize(
    ("question", "licensor", "licensee"),
    [
        ("How many deals did Merck and Kelun sign between them?", "Kelun-Biotech", "Merck & Co."),
        ("How many deals did Hansoh and GSK sign between them?", "Hansoh Pharmaceutical Group", "GSK"),
    ],
)
def test_a_pairs_deals_between_them_are_counted(router: Router, question: str, licensor: str, licensee: str) -> None:
    plan = route(router, question)
    expected = sum(1 for d in _DEALS if licensor in d.licensors and licensee in d.licensees)
    assert expected == 2
    assert plan.route == "table", (plan.route, plan.rule)
    call = plan.tool_calls[0]
    assert call.tool == "aggregate" and call.args.get("operation") == "count", plan.tool_calls


def test_count_and_upfront_between_them_stay_table(router: Router) -> None:
    plan = route(router, "How many deals did Roche do with MediLink between them, and what was the total upfront?")
    assert plan.route == "table", (plan.route, plan.rule, plan.interpretation)


# --- deal_sums.py: "the Merck Kelun deals" (plural) with equity is both deals, not a clarifying question
def test_plural_deals_with_equity_are_not_narrowed_to_one(router: Router) -> None:
    plan = route(router, "What was the combined upfront including equity for the Merck Kelun deals?")
    pair = [d for d in _DEALS if "Kelun-Biotech" in d.licensors and "Merck & Co." in d.licensees]
    assert len(pair) == 2
    one = [c for c in plan.tool_calls if c.tool == "get_deal" and not c.args.get("deal_id")]
    assert not one, plan.tool_calls  # one deal asked of a pair holding two: the answer asks "which one?"


# --- frequency.py: "which licensee frequently partners with ..." asks for licensees, not a count of deals
def test_frequently_asks_companies_not_a_count(router: Router) -> None:
    plan = route(router, "Which licensee frequently partners with Chinese ADC developers?")
    assert not (
        len(plan.tool_calls) == 1
        and plan.tool_calls[0].tool == "aggregate"
        and plan.tool_calls[0].args.get("operation") == "count"
    ), plan.tool_calls
