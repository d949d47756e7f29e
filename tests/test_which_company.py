""" "Which Chinese company was number one by deal value in 2025?" is answered with a company: a tracker's
market total for the year answered a different question with a citation. The plan ranks that kind of
company by the measure (licensors for a Chinese company or a biotech, licensees for a buyer or a Western
pharma), top 1; a plain market question keeps the tracker's total."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from assistant.routing.which_company import company_asked
from assistant.tools.schema import ToolCall
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "dimension", "metric", "year"),
    [
        ("Which Chinese company was number one by deal value in 2025?", "licensor", "total", 2025),
        ("Which Chinese firm finished first by deal value in 2025?", "licensor", "total", 2025),
        ("Which Chinese company won 2025 by deal value?", "licensor", "total", 2025),
        ("which buyer came out ahead on upfronts in 2024", "licensee", "upfront", 2024),
    ],
)
def test_which_company_ranks_companies(router: Router, question: str, dimension: str, metric: str, year: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["n"] == 1
    assert (call.args["dimension"], call.args["metric"], call.args["filter"]["year"]) == (dimension, metric, year)


def test_a_market_question_keeps_the_trackers_total(router: Router) -> None:
    assert one_call(route(router, "What was the total deal value in 2025?")).tool == "market_stat"


def test_a_named_companys_share_is_left_alone() -> None:
    share = ToolCall(tool="market_stat", args={"metric": "company_total_value", "period": "2025", "subject": "X"})
    assert company_asked([share], "which company's share of 2025 was that?") == [share]
    growth = ToolCall(tool="market_stat", args={"metric": "total_value", "period": "2025", "derive": "growth"})
    assert company_asked([growth], "which company grew 2025's total?") == [growth]


@pytest.mark.parametrize(
    ("question", "dimension", "metric"),
    [
        ("Hengrui led 2025 by total deal value, right?", "licensor", "total"),
        ("did Hengrui lead 2025 by deal value?", "licensor", "total"),
        ("Hengrui topped 2025 by upfront", "licensor", "upfront"),
        ("is it true that Pfizer led 2025 buyers by upfront?", "licensee", "upfront"),
    ],
)
def test_a_claim_of_first_place_ranks_the_side(router: Router, question: str, dimension: str, metric: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and (call.args["dimension"], call.args["metric"]) == (dimension, metric)
    assert call.args["filter"]["year"] == 2025 and dimension not in call.args["filter"]


def test_a_companys_own_ranking_is_left_alone(router: Router) -> None:
    call = one_call(route(router, "Merck's top 3 deals"))
    assert call.args["dimension"] == "deal" and call.args["filter"]["licensee"] == "Merck & Co."


def test_which_firm_reported_asks_a_tracker(router: Router) -> None:
    assert one_call(route(router, "which group reported the 2025 total?")).tool == "market_stat"


def test_which_tracker_counted_gives_the_trackers_counts(router: Router) -> None:
    call = one_call(route(router, "which tracker counted 157 deals in 2025?"))
    assert call.tool == "market_stat" and call.args == {"metric": "deal_count", "period": "2025"}
