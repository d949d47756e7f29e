"""Issue 11, outsider29 (a BD executive pricing comparables): the failure classes of its first score.

Expected deals and figures are found in deals.csv by their columns, never written in."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.corpus.tables import Deal, load_tables
from assistant.routing.router import Router
from assistant.tools.dealfilter import matches
from assistant.tools.schema import DealFilter
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = list(load_tables(DOCUMENTS).deals)


def _deal(party: str, asset_word: str) -> Deal:
    """The one deal with ``party`` on either side whose asset column holds ``asset_word``."""
    found = [
        d for d in _DEALS if party in " ".join([*d.licensors, *d.licensees]) and asset_word.lower() in d.asset.lower()
    ]
    assert len(found) == 1, found
    return found[0]


def _matched(side: dict[str, Any]) -> list[str]:
    """The deals a comparison side matches."""
    wanted = DealFilter.model_validate(side)
    return [d.deal_id for d in _DEALS if matches(d, wanted, {})]


def _only_deal(licensor: str) -> Deal:
    found = [d for d in _DEALS if licensor in " ".join(d.licensors)]
    assert len(found) == 1, found
    return found[0]


# --- 1. two deals, each named by its drug and one company, compared -------------------------------------------
@pytest.mark.parametrize(
    ("question", "left", "right"),
    [
        (
            "Regeneron's HS-20094 upfront vs what Merck paid for HS-10535?",
            ("Regeneron", "HS-20094"),
            ("Merck", "HS-10535"),
        ),
        (
            "How many times AbbVie's alveltamig upfront was Merck's CN201 upfront?",
            ("AbbVie", "alveltamig"),
            ("Merck", "CN201"),
        ),
        (
            "Summit's ivonescimab upfront compared with Pfizer's for SSGJ-707",
            ("Summit", "ivonescimab"),
            ("Pfizer", "SSGJ-707"),
        ),
    ],
)
def test_each_side_is_the_deal_its_drug_names(
    router: Router, question: str, left: tuple[str, str], right: tuple[str, str]
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare"
    assert _matched(call.args["left"]) == [_deal(*left).deal_id]
    assert _matched(call.args["right"]) == [_deal(*right).deal_id]


@pytest.mark.parametrize(
    ("question", "own", "pair"),
    [
        ("SystImmune upfront compare with Hengrui GSK upfront", "SystImmune", ("GSK", "HRS-9821")),
        ("Evopoint upfront vs Hengrui-Merck upfront, how much more", "Evopoint", ("Merck", "HRS-5346")),
    ],
)
def test_a_partner_said_beside_the_other_company_is_not_lent(
    router: Router, question: str, own: str, pair: tuple[str, str]
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare"
    matched = sorted([_matched(call.args["left"]), _matched(call.args["right"])])
    assert matched == sorted([[_only_deal(own).deal_id], [_deal(*pair).deal_id]])


@pytest.mark.parametrize(
    "question",
    [
        "How much did Pfizer pay Hengrui upfront vs Merck?",  # no Pfizer–Hengrui deal: refused, not re-paired
        "Did Novartis pay more upfront than Roche for their siRNA deals?",  # no side matches nothing
    ],
)
def test_no_side_is_pinned_without_a_naming_word(router: Router, question: str) -> None:
    plan = route(router, question)
    for call in plan.tool_calls:
        for key in ("left", "right"):
            side = call.args.get(key)
            assert not (isinstance(side, dict) and side.get("deal_ids")), call.args


# --- 8. the market's figure asked for, our rows set aside ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "metric", "period"),
    [
        ("2024 China out-licensing deal count: the industry figure, not our rows", "deal_count", "2024"),
        ("What was the 2025 total value per the trackers, rather than your own data?", "total_value", "2025"),
        (
            "number of licensing deals by Chinese drugmakers in 2025 (the reported count, not your table)",
            "deal_count",
            "2025",
        ),
    ],
)
def test_the_market_figure_is_asked_when_our_rows_are_set_aside(
    router: Router, question: str, metric: str, period: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "market_stat"
    assert (call.args["metric"], call.args["period"]) == (metric, period)


def test_our_rows_asked_with_the_trackers_set_aside_stay_ours(router: Router) -> None:
    call = one_call(route(router, "How many 2025 deals are in your own table, not the trackers' count?"))
    assert call.tool == "aggregate"
    assert call.args["operation"] == "count"


# --- 5. a group's superlative or range: the measure and the operation it names ---------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Smallest entry fee among the siRNA deals - who paid it?",
        "What's the lowest price of entry for a 2024 ADC licence?",
    ],
)
def test_the_entry_ticket_is_the_upfront(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.args["metric"] == "upfront"
    assert call.args.get("operation", "min") == "min" or call.args.get("ascending") is True


def test_a_range_low_to_high_ranks_the_group_smallest_first(router: Router) -> None:
    call = one_call(route(router, "upfront range for the DLL3 licences, min to max"))
    assert call.tool == "rank"
    assert (call.args["metric"], call.args.get("ascending")) == ("upfront", True)
    assert call.args["n"] >= len([d for d in _DEALS if "DLL3" in d.asset])


@pytest.mark.parametrize(
    ("question", "dimension"),
    [
        (
            "Which Chinese licensor took in the most total deal value in aggregate in 2024 (company, not single deal)?",
            "licensor",
        ),
        ("Which buyer has spent the most upfront cumulatively since 2024?", "licensee"),
    ],
)
def test_a_company_summed_over_its_deals_ranks_companies(router: Router, question: str, dimension: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["dimension"]) == ("rank", dimension)


# --- 6. a follow-up keeps its group and changes only the statistic ----------------------------------------------
def test_the_mean_after_a_median_is_the_average_of_the_same_deals(router: Router) -> None:
    first = one_call(route(router, "median total deal value of the 2025 siRNA deals?"))
    call = one_call(route(router, "and the mean?", ["median total deal value of the 2025 siRNA deals?"]))
    assert call.args["operation"] == "average"
    assert (call.args["metric"], call.args["filter"]) == (first.args["metric"], first.args["filter"])


def test_mean_as_a_verb_is_no_statistic(router: Router) -> None:
    plan = route(router, "What does an upfront payment mean for the licensor?")
    assert all(call.args.get("operation") != "average" for call in plan.tool_calls)


# --- 2. a topic said before "who paid more, A or B" holds for both sides ----------------------------------------
@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("For B7-H3 ADCs, who paid more upfront, GSK or Roche?", "B7-H3"),
        ("TL1A programmes: which buyer put up more cash upfront, Sanofi or AbbVie?", "TL1A"),
        ("GLP-1 in-licensing - did Regeneron or Merck pay less upfront?", "GLP-1"),
    ],
)
def test_the_topic_said_first_holds_for_both_sides(router: Router, question: str, target: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare"
    for key in ("left", "right"):
        matched = _matched(call.args[key])
        assert matched, call.args[key]
        assert all(target in next(d.asset for d in _DEALS if d.deal_id == i) for i in matched)


def test_a_comparison_without_a_topic_keeps_every_deal(router: Router) -> None:
    call = one_call(route(router, "Did Roche or GSK pay more upfront in 2025?"))
    assert call.tool == "compare"
    assert "asset" not in call.args["left"] and "asset" not in call.args["right"]


# --- 10. a deal with a company no table holds: refused, never "which company do you mean: <the one named>?" -----
@pytest.mark.parametrize(
    "question",
    [
        "What did BioNTech pay Biotheus upfront for its bispecific?",
        "What upfront did Biohaven pay Biotheus for its PD-L1xVEGF antibody?",
    ],
)
def test_a_guess_that_is_the_company_named_is_no_reading(router: Router, question: str) -> None:
    plan = route(router, question)
    named = {m.name for m in router.entities.find_companies(question).mentions}
    assert plan.route != "none" or not any(name in (plan.clarification or "") for name in named)
    assert not plan.tool_calls or all(call.tool != "get_deal" for call in plan.tool_calls)
