"""Every deal added up, and a bare year's count (session 28).

"guquan total across every deal in the table" and "total upfront of all deals" (no year) add up the deals we hold;
they had listed the deals or given the trackers' totals for periods nobody asked. "加埋所有deal嘅首期" is the
Cantonese of the same sum. A bare "how many deals in 2024" gives PharmCube's 94 with our table's 13 beside it.
"""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("guquan total across every deal in the table (disclosed ones only)?", "equity"),
        ("upfront total across every deal", "upfront"),
        ("total upfront of all deals", "upfront"),
        ("what is the upfront of all deals added up", "upfront"),
        ("加埋所有deal嘅首期係幾多?", "upfront"),
    ],
)
def test_every_deal_added_up_is_a_sum_over_our_table(router: Router, question: str, metric: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"], call.args["operation"]) == ("aggregate", metric, "sum")


@pytest.mark.parametrize("question", ["total upfront of all deals in 2024", "total upfront of all 2024 deals"])
def test_a_year_named_is_that_years_figure_not_the_whole_table_summed(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"], call.args["period"]) == ("market_stat", "upfront_total", "2024")


def test_each_deals_upfront_is_no_sum(router: Router) -> None:
    assert all(call.tool != "aggregate" for call in route(router, "upfront for each deal").tool_calls)


@pytest.mark.parametrize("question", ["how many deals in 2024", "# deals 2024?"])
def test_a_bare_years_count_gives_the_tracker_and_our_table(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"], call.args.get("derive")) == ("market_stat", "deal_count", "table_against")


def test_a_market_word_keeps_the_trackers_count_alone(router: Router) -> None:
    call = one_call(route(router, "how many China out-licensing deals in 2024"))
    assert call.tool == "market_stat" and call.args.get("derive") is None


@pytest.mark.parametrize(
    ("question", "modality"),
    [
        ("siRAN 出海一共几单", "siRNA"),
        ("how many bispecfic deals in 2025", "Bispecific antibody"),
        ("how many sirnas deals", "siRNA"),
    ],
)
def test_a_modality_typed_with_a_slip_filters_by_it(router: Router, question: str, modality: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["filter"]["modality"] == modality


def test_an_english_word_near_a_modality_is_no_modality(router: Router) -> None:
    assert "modality" not in str(route(router, "how many deals in that period in 2025").tool_calls)


@pytest.mark.parametrize(
    "question",
    [
        "Including the 2022 Akeso/Summit ivonescimab deal, sum the upfronts of every PD-1/VEGF or PD-L1/VEGF bispecific "
        "deal you hold.",
        "sum the upfronts of every PD-1/VEGF or PD-L1/VEGF bispecific deal you hold",
    ],
)
def test_a_deal_counted_in_and_two_targets_said_either_way(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["filter"]["asset"] == "PD-1/VEGF|PD-L1xVEGF"
    assert "licensor" not in call.args["filter"]


def test_a_deal_included_beside_one_company_stays_that_companys(router: Router) -> None:
    call = one_call(route(router, "What did Merck pay Curon, including the LaNova deal?"))
    assert call.args.get("licensor") == "Curon Biopharmaceutical"


def test_two_targets_set_against_each_other_are_not_one_filter(router: Router) -> None:
    call = route(router, "PD-1/VEGF deals vs GLP-1 deals: total upfront").tool_calls[0]
    assert "GLP-1" not in str(call.args.get("filter", {}).get("asset"))
