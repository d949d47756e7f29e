"""Figures computed from a tracker's reported figures (session 24): a compound annual growth rate, a share applied
to its total, a ratio of one release's two figures, the gap between two trackers, a year-to-date pace and two
series told apart. Every expected figure is arithmetic on market_stats.csv's rows, read here; each answer names
the tracker figures it used and says the computed one is our arithmetic."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.answering.mixed_series import quoted_pairs
from assistant.corpus.tables import load_tables
from assistant.routing.chinese_wording import in_english
from assistant.routing.decompose import split_parts
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


# -- 5. the year-to-date pace: the tracker's count, value, average and its change ------------------------------------
def test_pace_with_a_change_is_the_trackers_report(router: Router) -> None:
    plan = route(router, "2026 ytd run-rate per PharmCube: # deals, $bn, avg deal + vs 2025 avg")
    asked = {(call.args["metric"], call.args.get("derive")) for call in plan.tool_calls}
    assert asked == {("total_value", None), ("average_deal_value", "growth")}, plan.tool_calls
    assert all(call.args["period"] == "2026-01/2026-02" for call in plan.tool_calls), plan.tool_calls


def test_pace_answer_gives_every_figure(assistant: Assistant) -> None:
    answer = assistant.ask("2026 ytd run-rate per PharmCube: # deals, $bn, avg deal + vs 2025 avg").answer
    count = _STATS["pharmcube-greater-china-2026ytd-deal-count"]
    change = _STATS["pharmcube-greater-china-2026ytd-average-change"]
    assert f"{count:f} deals" in answer and "$49 billion" in answer and "$1.3 billion" in answer, answer
    assert f"{change:f}%" in answer, answer
    assert answer.count("38 deals") == 1, answer  # the count said once, with the total


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("2026年开年到2月中旬，出海已经多少笔？", "January-February 2026"),
        ("2025年截至8月底CPHIIC统计多少钱？", "January-August 2025"),
        ("2026年初至2月PharmCube记了几笔？", "January-February 2026"),
    ],
)
def test_chinese_year_to_a_month_is_that_span(router: Router, question: str, english: str) -> None:
    assert english in in_english(question, router.entities.cjk, router.corpus_end)


def test_chinese_pace_is_the_trackers_not_our_table(assistant: Assistant) -> None:
    """No tracker named, a year counted to a month: the tracker's span, never an average over our 2026 rows."""
    answer = assistant.ask("2026年开年到2月中旬，出海已经多少笔多少钱了？平均单笔呢")
    assert "our table" not in answer.answer.split("not sums over")[0], answer.answer
    assert "38 deals" in answer.answer and "$49 billion" in answer.answer, answer.answer
    assert "$1.3 billion" in answer.answer, answer.answer
    assert all(call.tool == "market_stat" for call in answer.tool_calls), answer.tool_calls


# -- 6. two quoted figures told apart -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "metric", "reporters"),
    [
        (
            "why do I see 157 deals in one place and 186 in another for 2025? which is right",
            "deal_count",
            ("PharmCube", "PharmCube"),
        ),
        (
            "为啥有的报道说2025年是186笔、1377亿美元，有的说157笔、1357亿？哪个对",
            "total_value",
            ("PharmCube", "PharmCube"),
        ),
        (
            "2025: $135.7bn in one report, $137.7bn in another - which is correct?",
            "total_value",
            ("PharmCube", "PharmCube"),
        ),
        (
            "2024: biotochina counted 80 deals, PharmCube 94 - which is right?",
            "deal_count",
            ("biotochina", "PharmCube"),
        ),
    ],
)
def test_quoted_figures_told_apart(router: Router, question: str, metric: str, reporters: tuple[str, str]) -> None:
    call = one_call(route(router, question))
    assert call.args["metric"] == metric, call
    assert (call.args["reporter"].split()[0], call.args["compare_reporter"].split()[0]) == reporters, call


@pytest.mark.parametrize(
    "question",
    [
        "where does the 186-deal count for 2025 come from?",  # one figure: its source (source_asks)
        "why did deal counts rise from 94 in 2024 to 157 in 2025?",  # two years: a change, not two series
        "Of the 2025 deals between $100 million and $1 billion, which is the largest?",  # bounds, no "right"
    ],
)
def test_other_quoted_figures_not_told_apart(router: Router, question: str) -> None:
    assert not any(call.args.get("compare_reporter") for call in route(router, question).tool_calls)


def test_which_is_right_stays_one_ask() -> None:
    question = "why do I see 157 deals in one place and 186 in another for 2025? which is right"
    assert split_parts(question) == [question]


def test_told_apart_answer_names_both_series(assistant: Assistant) -> None:
    answer = assistant.ask("why do I see 157 deals in one place and 186 in another for 2025? which is right").answer
    gap = _STATS["pharmcube-greater-china-2025-deal-count"] - _STATS["pharmcube-nextpharma-2025-deal-count"]
    assert "Greater China" in answer and "157 deals" in answer and "186 deals" in answer, answer
    assert f"gap between the two is {gap:f}" in answer and "our arithmetic" in answer, answer
    chinese = assistant.ask("为啥有的报道说2025年是186笔、1377亿美元，有的说157笔、1357亿？哪个对").answer
    assert "$137.7 billion" in chinese and "$135.7 billion" in chinese and "Greater China" in chinese, chinese


# -- 6b. a total and a count of two series put together ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("PharmCube 2025 186 deals and $135.7 billion, average per deal how much?", [(Decimal("135.7E9"), 186)]),
        ("PharmCube 2025 = $137.7bn over 157 deals, so ~$877m avg deal?", [(Decimal("137.7E9"), 157)]),
        # each source's own pair; the comma keeps the first total from the second count
        (
            "why 2025 186 deals and $137.7 billion, 说 157 deals and $135.7 billion? which",
            [(Decimal("137.7E9"), 186), (Decimal("135.7E9"), 157)],
        ),
        ("How many deals in 2025, and the total value?", []),
    ],
)
def test_quoted_pairs(text: str, pairs: list[tuple[Decimal, int]]) -> None:
    assert [(amount.normalize(), count) for amount, count in quoted_pairs(text)] == [
        (a.normalize(), c) for a, c in pairs
    ]


@pytest.mark.parametrize(
    "question",
    [
        "PharmCube 2025年是186笔、1357亿美元，那平均每笔多少？",
        "PharmCube 2025 = $137.7bn over 157 deals, so ~$877m avg deal?",
    ],
)
def test_mixed_pair_said_to_be_two_series(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question).answer
    assert "belong to different series" in answer, answer
    assert "157 deals" in answer and "$137.7 billion" in answer and "186 deals" in answer, answer
    mixed = _STATS["pharmcube-nextpharma-2025-total-value"] / _STATS["pharmcube-greater-china-2025-deal-count"]
    assert f"${round(mixed / 10**6)} million" not in answer, answer  # never the mixed pair's average


def test_each_series_own_pair_is_not_called_mixed(assistant: Assistant) -> None:
    answer = assistant.ask("为啥有的报道说2025年是186笔、1377亿美元，有的说157笔、1357亿？哪个对").answer
    assert "belong to different series" not in answer, answer
