"""The eleventh review's regressions (base 05eade5, head 622fd49): issue-11 rules that answer a question other
than the one asked. An opening period said again before a later part drops the part's company, so "In 2024, how
many deals did Merck sign and what was the total upfront?" sums a tracker's market upfronts (``shared_scope.py``);
"who leads" before a possessive or a year is read as a chief-executive question and refused (``wording.py``
_WHO_LEADS); a bare "$" for a company's year becomes one deal's terms and asks "which one?" instead of the
company's value (``desk_shorthand.py``); "led" in a claim about a company ranks that company's own deals
(``wording.py`` RANK_RE). Expected values come from deals.csv and market_stats.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, route

_TABLES = load_tables(DOCUMENTS)
_DEALS = list(_TABLES.deals)


# --- shared_scope.py: "In <year>, how many deals did X sign and what was the total upfront?" keeps X in both parts
@pytest.mark.parametrize(
    ("question", "side", "company", "year"),
    [
        ("In 2024, how many deals did Merck sign and what was the total upfront?", "licensee", "Merck & Co.", 2024),
        (
            "In 2025, how many deals did Hengrui sign and what was the total upfront?",
            "licensor",
            "Jiangsu Hengrui Pharmaceuticals",
            2025,
        ),
    ],
)
def test_an_opening_year_keeps_the_company_for_the_sum(
    assistant: Assistant, question: str, side: str, company: str, year: int
) -> None:
    rows = [d for d in _DEALS if company in getattr(d, side + "s") and d.year == year]
    assert rows and all(d.upfront.amount is not None for d in rows)
    answer = assistant.ask(question)
    assert not [c for c in answer.tool_calls if c.tool == "market_stat"], answer.tool_calls
    sums = [c for c in answer.tool_calls if c.tool == "aggregate" and c.args.get("operation") == "sum"]
    assert sums and all(c.args["filter"].get(side) == company for c in sums), answer.tool_calls


def test_since_a_year_keeps_the_company_for_the_sum(assistant: Assistant) -> None:
    rows = [d for d in _DEALS if "Merck & Co." in d.licensees and d.year >= 2024]
    assert len(rows) == 4  # Curon, LaNova, Hansoh (2024) and Hengrui (2025)
    answer = assistant.ask("Since 2024, how many deals did Merck sign, and what was the total upfront?")
    assert not [c for c in answer.tool_calls if c.tool == "market_stat"], answer.tool_calls
    sums = [c for c in answer.tool_calls if c.tool == "aggregate" and c.args.get("operation") == "sum"]
    assert sums and sums[0].args["filter"].get("licensee") == "Merck & Co.", answer.tool_calls


# --- wording.py _WHO_LEADS: "who leads <company>'s deals by value" ranks those deals; only "who leads <company>?" is a CEO
@pytest.mark.parametrize(
    ("question", "side", "company"),
    [
        ("Who leads Hengrui's deals by value?", "licensor", "Jiangsu Hengrui Pharmaceuticals"),
        ("Who leads GSK's China deals?", "licensee", "GSK"),
    ],
)
def test_who_leads_a_companys_deals_is_a_ranking(router: Router, question: str, side: str, company: str) -> None:
    plan = route(router, question)
    ranks = [c for c in plan.tool_calls if c.tool == "rank"]
    assert ranks and ranks[0].args["filter"].get(side) == company, (plan.route, plan.interpretation)


def test_who_leads_a_company_alone_is_still_a_ceo_question(router: Router) -> None:
    plan = route(router, "Who leads Verdiva Bio?")  # the issue-11 rule's own case must stay
    assert not plan.tool_calls, plan.tool_calls


# --- desk_shorthand.py: "$ for <company> in 2025?" is the company's value that year, not "which deal?"
def test_a_bare_dollar_for_a_companys_year_is_not_a_which_one(assistant: Assistant) -> None:
    hengrui = [s for s in _TABLES.market_stats if s.stat_id == "hengrui-2025-company-total"]
    assert hengrui and hengrui[0].value == Decimal("16700000000")
    answer = assistant.ask("$ for Hengrui in 2025?")
    assert "which one" not in answer.answer.lower(), answer.answer
    assert answer.route != "none", answer.interpretation


# --- wording.py RANK_RE "led": a claim that a company led a year ranks companies, not that company's own deals
def test_a_led_claim_is_checked_against_the_licensor_ranking(router: Router) -> None:
    plan = route(router, "Hengrui led 2025 by total deal value, right?")
    own_deals = [
        c
        for c in plan.tool_calls
        if c.tool == "rank" and c.args.get("dimension") == "deal" and c.args["filter"].get("licensor")
    ]
    assert not own_deals, plan.tool_calls


# --- "which <target> deals" (f9a0144) / kind_lists.py: a target with brackets is no list of every deal
def test_a_bracketed_target_never_lists_every_deal(assistant: Assistant) -> None:
    lpa = [d.deal_id for d in _DEALS if "Lp(a)" in d.asset]
    assert sorted(lpa) == ["cspc-astrazeneca-2024", "hengrui-merck-2025"]
    answer = assistant.ask("Which Lp(a) deals are there?")
    unfiltered = [
        c for c in answer.tool_calls if c.tool == "find_deals" and not {k for k in c.args["filter"] if k != "exclusive"}
    ]
    assert not unfiltered, answer.tool_calls


# --- desk_shorthand.py / area_sides.py: "onc vs I&I <year> count" compares the two areas or says it cannot;
# it never quotes articles that merely mention oncology and immunology as an answer
@pytest.mark.parametrize("question", ["onc vs I&I 2024 count", "onc vs I&I 2025 count"])
def test_area_shorthand_on_both_sides_is_no_article_quote(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    compares = [c for c in answer.tool_calls if c.tool == "compare"]
    assert answer.abstained or compares, (answer.route, answer.answer[:200])
