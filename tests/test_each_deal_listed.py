""" "What were the upfront and the total of each of AstraZeneca's 2025 China deals?" lists the deals, each
with its figures; it had answered with the sum of their upfronts. One pair's deals ("the upfront of each
of Argo's Novartis deals") are still looked up one by one; a sum asked of them stays a sum."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import route


@pytest.mark.parametrize(
    ("question", "licensee", "year"),
    [
        ("What were the upfront and the total of each of AstraZeneca's 2025 China deals?", "AstraZeneca", 2025),
        ("What was the upfront on each of Merck's 2024 deals?", "Merck & Co.", 2024),
    ],
)
def test_each_of_a_companys_deals_is_listed(router: Router, question: str, licensee: str, year: int) -> None:
    (call,) = route(router, question).tool_calls
    assert call.tool == "find_deals" and call.args["filter"] == {"licensee": licensee, "year": year, "exclusive": []}


def test_each_of_one_pairs_deals_is_looked_up(router: Router) -> None:
    calls = route(router, "the upfront of each of Argo's Novartis deals").tool_calls
    assert [c.tool for c in calls] == ["get_deal", "get_deal"]


def test_a_sum_of_each_stays_a_sum(router: Router) -> None:
    (call,) = route(router, "sum the upfronts of each of AstraZeneca's 2025 deals").tool_calls
    assert call.tool == "aggregate" and call.args["operation"] == "sum"


@pytest.mark.parametrize(
    ("question", "party", "company"),
    [
        ("Merck's 2024 deals", "licensee", "Merck & Co."),
        ("AbbVie deals 2025", "licensee", "AbbVie"),
        ("deals signed by Hansoh", "licensor", "Hansoh Pharmaceutical Group"),
    ],
)
def test_a_set_of_deals_named_is_listed(router: Router, question: str, party: str, company: str) -> None:
    (call,) = route(router, question).tool_calls
    assert call.tool == "find_deals" and call.args["filter"][party] == company


def test_a_named_set_with_a_why_stays_text(router: Router) -> None:
    assert route(router, "the Merck deals and why they matter").route == "text"


@pytest.mark.parametrize(
    "question",
    ["amgen deals w chinese biotechs ytd", "翰森和Regeneron那笔交易是什么药?", "恒瑞和Braveheart的交易涉及哪款药？"],
)
def test_no_list_for_an_unknown_company_or_a_question(router: Router, question: str) -> None:
    assert all(call.tool != "find_deals" for call in route(router, question).tool_calls)


def test_cash_at_signing_is_the_upfront_not_a_cash_position(router: Router) -> None:
    plan = route(router, "how much cash did BMS put down at signing for iza-bren")
    assert plan.unheld_measure is None and plan.tool_calls[0].args["metric"] == "upfront"
    assert route(router, "How much cash does Kailera have?").unheld_measure == "cash position"
