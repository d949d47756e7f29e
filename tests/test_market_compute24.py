"""Figures computed from a tracker's reported figures (session 24): a compound annual growth rate, a share applied
to its total, a ratio of one release's two figures, the gap between two trackers, a year-to-date pace and two
series told apart. Every expected figure is arithmetic on market_stats.csv's rows, read here; each answer names
the tracker figures it used and says the computed one is our arithmetic."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.routing.tracker_cagr import cagr_read
from assistant.tools.schema import ToolCall
from assistant.tools.tracker_change import change_figures
from tests.conftest import DOCUMENTS, one_call, route

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}
_ROWS = {stat.stat_id: stat for stat in load_tables(DOCUMENTS).market_stats}


def _percent(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.1'))}%"


def _cagr(later: str, earlier: str, years: int) -> Decimal:
    return ((_STATS[later] / _STATS[earlier]) ** (Decimal(1) / years) - 1) * 100


# -- 1. compound annual growth ------------------------------------------------------------------------------------
def test_cagr_figures_are_the_endpoints_rate() -> None:
    later, earlier = (
        _ROWS["pharmcube-greater-china-2025-total-value"],
        _ROWS["pharmcube-greater-china-2021-total-value"],
    )
    outcome, changes = change_figures("cagr", later, earlier, "total_value", "2021")
    rate = next(change for change in changes if change.kind == "cagr")
    expected = _cagr(later.stat_id, earlier.stat_id, 4)
    assert rate.value == expected.quantize(Decimal("0.1")), rate
    assert rate.unit == "percent" and rate.qualifier == "approx"
    assert "our arithmetic" in outcome and "four years" in outcome, outcome
    assert not any(ch.isdigit() for ch in outcome.split("over ")[1].split(",")[0]), outcome  # no bare digit said


def test_cagr_needs_two_whole_years() -> None:
    """A part-year period has no whole number of years to compound over: the growth alone, saying why."""
    later, earlier = _ROWS["cphiic-2025-jan-aug-total-value"], _ROWS["cphiic-2024-total-value"]
    outcome, changes = change_figures("cagr", later, earlier, "total_value", "2024")
    assert [change.kind for change in changes] == ["growth"]
    assert "no compound annual rate" in outcome, outcome


def _years(*periods: str, reporter: str = "PharmCube (via Reuters)") -> list[ToolCall]:
    return [
        ToolCall(tool="market_stat", args={"metric": "total_value", "period": period, "reporter": reporter})
        for period in periods
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Greater China series (Reuters/PharmCube): CAGR 2021-25 on value?",
        "compound annual growth rate of the Greater China value 2021 to 2025?",
        "annualized growth of PharmCube's Greater China total, 2021-2025?",
        "PharmCube Greater China 2021 2025 deal value 年复合 growth what is?",
    ],
)
def test_cagr_read_takes_the_span_ends(question: str) -> None:
    calls = cagr_read(_years("2021", "2022", "2023", "2024", "2025"), question)
    assert len(calls) == 1, calls
    assert calls[0].args == {
        "metric": "total_value",
        "reporter": "PharmCube (via Reuters)",
        "period": "2025",
        "compare_period": "2021",
        "derive": "cagr",
    }


@pytest.mark.parametrize(
    ("calls", "question"),
    [
        (_years("2021", "2025"), "Greater China value in 2021 and 2025?"),  # no compound growth asked
        (_years("2025"), "CAGR of the Greater China value in 2025?"),  # one year: nothing to compound
        (_years("2024", "2025-01/2025-08", reporter="CPHIIC"), "CPHIIC CAGR 2024 to Aug 2025?"),  # a part-year
        (_years("2021") + _years("2025", reporter="CPHIIC"), "CAGR 2021-25, PharmCube vs CPHIIC?"),  # two trackers
    ],
)
def test_cagr_read_leaves_other_plans(calls: list[ToolCall], question: str) -> None:
    assert cagr_read(calls, question) == calls


def test_cagr_routed(router: Router) -> None:
    call = one_call(route(router, "Greater China series (Reuters/PharmCube): CAGR 2021-25 on value?"))
    assert call.args["derive"] == "cagr" and call.args["compare_period"] == "2021", call


def test_cagr_answered_with_both_figures(assistant: Assistant) -> None:
    answer = assistant.ask("Greater China series (Reuters/PharmCube): CAGR 2021-25 on value?")
    expected = _cagr("pharmcube-greater-china-2025-total-value", "pharmcube-greater-china-2021-total-value", 4)
    assert _percent(expected) in answer.answer, answer.answer
    assert "$13.9 billion" in answer.answer and "$137.7 billion" in answer.answer, answer.answer
    assert "our arithmetic" in answer.answer, answer.answer


# -- 2. a share applied to its total ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "top-10 licensors' share of 2025 value, and implied $?",
        "top 10 share of 2025 value - what $ does that imply?",
        "top ten licensors' 2025 share and the implied dollar amount?",
    ],
)
def test_top_ten_share_implied_in_money(router: Router, question: str) -> None:
    assert one_call(route(router, question)).args.get("derive") == "top10_amount"


def test_top_ten_share_alone_stays_a_share(router: Router) -> None:
    assert not one_call(route(router, "top-10 licensors' share of 2025 value?")).args.get("derive")


def test_top_ten_amount_is_our_arithmetic(assistant: Assistant) -> None:
    answer = assistant.ask("top-10 licensors' share of 2025 value, and implied $?").answer
    share, total = _STATS["pharmcube-nextpharma-2025-top10-share"], _STATS["pharmcube-nextpharma-2025-total-value"]
    implied = share * total / 100 / 10**9
    assert f"${implied.normalize():f} billion" in answer, answer
    assert f"{share.normalize():f}%" in answer and "$135.7 billion" in answer, answer
    assert "our arithmetic" in answer, answer


# -- 3. a ratio of one release's two figures ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Sino Drug Watch thru Aug-25: upfront vs milestone pool, ratio?",
        "Sino Drug Watch: upfront against potential milestones - what ratio?",
        "Sino Drug Watch to August 2025: upfront / milestones ratio?",
        "Sino Drug Watch 2025 year to date: upfront-to-milestone ratio in percent?",
    ],
)
def test_upfront_against_milestones_ratio(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.args.get("derive") == "upfront_to_milestones", call
    assert call.args.get("reporter") == "Sino Drug Watch", call


def test_upfront_and_milestones_listed_stay_listed(assistant: Assistant) -> None:
    """No ratio asked: each figure, not a division."""
    answer = assistant.ask("Sino Drug Watch thru Aug-25: upfront vs milestones?")
    assert not any(figure.unit == "percent" for figure in answer.figures), answer.figures
    assert "$2.6 billion" in answer.answer and "$31 billion" in answer.answer, answer.answer


def test_upfront_ratio_answer_names_both_figures(assistant: Assistant) -> None:
    answer = assistant.ask("Sino Drug Watch thru Aug-25: upfront vs milestone pool, ratio?").answer
    ratio = _STATS["sinodrugwatch-2025-ytd-upfront"] / _STATS["sinodrugwatch-2025-ytd-milestones"] * 100
    assert f"{ratio.quantize(Decimal('0.01'))}%" in answer, answer
    assert "$2.6 billion" in answer and "$31 billion" in answer and "our arithmetic" in answer, answer


# -- 4. the gap between two trackers, and why ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "2024 total — PharmCube says 51.9, CPHIIC 55.4? gap + why",
        "CPHIIC and PharmCube disagree on 2024 - what's the gap and why?",
        "2024 total: PharmCube vs CPHIIC - difference and why?",
    ],
)
def test_gap_with_a_why_is_the_trackers_gap(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.args.get("compare_reporter") and call.args.get("period") == "2024", call


def test_a_why_alone_stays_the_articles(router: Router) -> None:
    """ "Why do they differ" asks a reason, not the gap as a figure."""
    assert route(router, "why do CPHIIC and PharmCube differ for 2024?").route == "text"


def test_gap_answer_names_both_figures_and_why(assistant: Assistant) -> None:
    answer = assistant.ask("2024 total — PharmCube says 51.9, CPHIIC 55.4? gap + why").answer
    gap = (_STATS["cphiic-2024-total-value"] - _STATS["pharmcube-nextpharma-2024-total-value"]) / 10**9
    assert f"${gap.normalize():f} billion" in answer, answer
    assert "$55.4 billion" in answer and "$51.9 billion" in answer, answer
    assert "our arithmetic" in answer and "different scopes and definitions" in answer, answer
