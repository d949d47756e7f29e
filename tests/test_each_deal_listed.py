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
