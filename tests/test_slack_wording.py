"""outsider22's classes (an investor typing into Slack), each with other wordings and the phrasings it must
not take; expected values are read from deals.csv and market_stats.csv, never written by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.amounts import read_bounds
from assistant.routing.decompose import split_parts
from assistant.routing.periods import find_periods
from assistant.routing.router import Router
from assistant.routing.trade_shorthand import expand_shorthand
from tests.conftest import DOCUMENTS, bundled_entities, one_call, route

_TABLES = load_tables(DOCUMENTS)


def _stat(reporter: str, metric: str, period: str) -> Decimal:
    return next(
        s.value for s in _TABLES.market_stats if s.reporter == reporter and s.metric == metric and s.period == period
    )


# --- a tracker's period ending in a month: "thru Aug 2025" is January to August, one period
@pytest.mark.parametrize(
    ("question", "metric", "reporter"),
    [
        ("sino drug watch deal count thru aug 2025", "deal_count", "Sino Drug Watch"),
        ("CPHIIC total value thru aug 2025", "total_value", "CPHIIC (via NewsChina)"),
        ("sino drug watch upfront total through August 2025?", "upfront_total", "Sino Drug Watch"),
    ],
)
def test_a_trackers_tally_through_a_month_runs_from_january(
    router: Router, question: str, metric: str, reporter: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["metric"] == metric, call
    assert call.args["period"] == "2025-01/2025-08" and "compare_period" not in call.args, call
    assert _stat(reporter, metric, "2025-01/2025-08") is not None


def test_thru_a_month_bounds_our_rows_as_through_does(router: Router) -> None:
    """For our rows "thru Aug 2025" is an open bound, as "through August 2025" always was."""
    thru = find_periods("how many deals were announced thru aug 2025?", "2026-02")
    assert len(thru) == 1 and thru[0].bound == "until" and thru[0].range_to == "2025-08-31"
    call = one_call(route(router, "how many deals were announced thru Aug 2025?"))
    assert call.tool == "aggregate" and call.args["filter"]["date_to"] == "2025-08-31", call


def test_two_measures_of_one_tracker_side_by_side_are_asked_one_by_one() -> None:
    parts = split_parts("sino drug watch: upfront vs milestones thru aug 2025")
    assert parts == ["sino drug watch: upfront thru aug 2025?", "sino drug watch: milestones thru aug 2025?"]
    # one measure against a company's, or two trackers, are no such pair
    assert len(split_parts("Hengrui upfront vs milestones 2025")) == 1


# --- a count and a sum asked in one breath: each is asked, over the same deals
def _sum(field: str, keep) -> Decimal:
    return sum(
        (
            getattr(d, field).amount
            for d in _TABLES.deals
            if d.scope != "borderline" and keep(d) and getattr(d, field).amount
        ),
        Decimal(0),
    )


@pytest.mark.parametrize(
    ("question", "count_part", "sum_part"),
    [
        ("2024 deals where UF > $100m: how many & combined UF?", "how many?", "combined UF?"),
        ("roche: # of deals + combined UF", "# of deals?", "combined UF?"),
        ("2025 deals w/ UF > $200m - how many & total UF?", "how many?", "total UF?"),
    ],
)
def test_a_count_and_a_sum_joined_are_two_asks(question: str, count_part: str, sum_part: str) -> None:
    parts = split_parts(question)
    assert len(parts) == 2 and parts[0].endswith(count_part) and parts[1].endswith(sum_part), parts


def test_a_count_said_last_counts_the_deals_summed() -> None:
    parts = split_parts("total equity investments disclosed across our deals + how many")
    assert parts == [
        "Total equity investments disclosed across our deals?",
        "how many equity investments disclosed across our deals?",
    ]


@pytest.mark.parametrize(
    "question",
    ["total upfront and milestones of Merck deals", "how many deals and which", "innovent takeda UF + total"],
)
def test_no_count_and_sum_pair(question: str) -> None:
    assert len(split_parts(question)) == 1


def test_count_and_sum_answer_states_both(assistant) -> None:
    answer = assistant.ask("2024 deals where UF > $100m: how many & combined UF?")
    over = [d for d in _TABLES.deals if d.year == 2024 and d.scope != "borderline" and (d.upfront.amount or 0) > 10**8]
    total = _sum("upfront", lambda d: d in over)
    assert [c.args.get("operation") for c in answer.tool_calls] == ["count", "sum"], answer.tool_calls
    assert f"{len(over)} deals" in answer.answer
    assert any(f.value == total for f in answer.figures), answer.figures


@pytest.mark.parametrize(
    ("question", "licensee"),
    [
        ("biontech upfronts to chinese adc shops, total all yrs", "BioNTech"),
        ("novartis upfronts, total all yrs", "Novartis"),
    ],
)
def test_a_companys_upfronts_total_is_a_sum(router: Router, question: str, licensee: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == "sum", call
    assert call.args["metric"] == "upfront" and call.args["filter"]["licensee"] == licensee, call


def test_one_deals_uf_and_total_stay_its_terms(router: Router) -> None:
    call = one_call(route(router, "hengrui gsk UF, total"))
    assert call.tool == "get_deal" and "metric" not in call.args, call


# --- "UF of 1bn+": a bound on our rows' upfront, said after the amount and without "$"
@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("deals w/ UF of 1bn+ — how many, which", 10**9),
        ("UF 1.2bn+ deals - list", 12 * 10**8),
        ("how many deals carried an upfront of 1bn or more?", 10**9),
    ],
)
def test_an_upfront_bound_without_a_dollar_sign_filters_our_rows(router: Router, question: str, amount: int) -> None:
    call = one_call(route(router, question))
    assert call.tool in ("aggregate", "find_deals"), call
    assert Decimal(call.args["filter"]["min_upfront_usd"]) == amount, call
    assert "min_upfront_usd" not in call.args["filter"]["exclusive"]  # "1bn+" keeps exactly $1 billion in


def test_a_bare_number_is_no_bound(router: Router) -> None:
    """Digits without a unit, or inside a code, bound nothing: "top 3 or more", "SKB264 or more"."""
    assert read_bounds("the top 3 or more deals")[0].amounts == {}
    assert read_bounds("HRS-1bn+ program")[0].amounts == {}


# --- "A or B - who paid more": the two sides said first are the two sides of one comparison
@pytest.mark.parametrize(
    ("question", "left", "right"),
    [
        ("gsk or roche - who paid more UF total", "GSK", "Roche"),
        ("pfizer or novartis - who paid more UF total", "Pfizer", "Novartis"),
        ("abbvie or roche, who spent more on upfronts overall?", "AbbVie", "Roche"),
    ],
)
def test_two_licensees_said_first_are_compared(router: Router, question: str, left: str, right: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare" and call.args["metric"] == "upfront", call
    assert (call.args["left"]["licensee"], call.args["right"]["licensee"]) == (left, right), call


def test_two_names_without_a_question_after_them_are_left_alone() -> None:
    assert expand_shorthand("gsk or roche deals in 2025", bundled_entities()) == "gsk or roche deals in 2025"
