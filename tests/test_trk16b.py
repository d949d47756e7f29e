"""Tracker figures per company, share moves in points, a tracker's "deals" counted and tracker follow-ups (trk16b).
Expected figures are read from market_stats.csv and deals.csv and rendered as the answers render them."""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from tests.conftest import DOCUMENTS, conversation

_TABLES = load_tables(DOCUMENTS)
_STATS = {stat.stat_id: stat for stat in _TABLES.market_stats}


_ask = conversation  # a follow-up asked after the turns before it


def _money(stat_id: str) -> str:
    return render_amount(_STATS[stat_id].value)


def _table_sum(licensor: str, year: int) -> Decimal:
    rows = [d for d in _TABLES.deals if d.licensors == [licensor] and d.year == year and d.scope == "main"]
    return sum((d.total.amount or Decimal(0) for d in rows), Decimal(0))


# --- class A: a tracker's company figures


def test_two_companies_on_a_trackers_numbers_are_its_company_figures(assistant: Assistant) -> None:
    answer = _ask(assistant, "On Caixin / PharmCube numbers, who was bigger in 2025, 恒瑞 or 信达?")
    assert _money("hengrui-2025-company-total") in answer and _money("innovent-2025-company-total") in answer
    assert render_amount(_table_sum("Jiangsu Hengrui Pharmaceuticals", 2025)) not in answer  # not our sum


def test_a_quoted_tracker_floor_is_no_size_filter(assistant: Assistant) -> None:
    answer = _ask(assistant, "Do Innovent's 2025 deals in your table add up to Caixin's figure of at least $10bn?")
    assert render_amount(_table_sum("Innovent Biologics", 2025)) in answer  # both deals, $12.48 billion
    assert _money("innovent-2025-company-total") in answer


def test_the_tracker_credit_asked_after_our_sum(assistant: Assistant) -> None:
    answer = _ask(
        assistant,
        "innovent's 2025 deals in your table, combined headline value?",
        "and what did the tracker credit innovent with for 2025?",
    )
    assert _money("innovent-2025-company-total") in answer
    assert render_amount(_table_sum("Innovent Biologics", 2025)) not in answer


def test_combined_value_and_the_figure_caixin_attributed(assistant: Assistant) -> None:
    answer = _ask(
        assistant,
        "How many cross-border deals did 恒瑞医药 sign in 2025?",
        "What was their combined headline value, and how does that compare with the figure Caixin attributed to "
        "the company?",
    )
    assert render_amount(_table_sum("Jiangsu Hengrui Pharmaceuticals", 2025)) in answer
    assert _money("hengrui-2025-company-total") in answer
    assert _money("pharmcube-nextpharma-2024-total-value") not in answer  # not the market's growth


# --- class B: a share's move in percentage points


def test_a_share_move_is_in_points(assistant: Assistant) -> None:
    later, earlier = _STATS["vision-2025q1-share-global-value"], _STATS["vision-2023-2024-share-global-value"]
    points = later.value - earlier.value
    for question in (
        "china share of global out-lic value Q1 25 vs 23-24 - chg in pts?",
        "China's share of global out-licensing deal value, Q1 2025 vs 2023-24 per Vision Lifesciences - how many "
        "points higher?",
    ):
        answer = _ask(assistant, question)
        assert f"{points:.0f} percentage points" in answer, answer


# --- class D: a tracker's "deals" moved: the count first


def test_deals_multiple_is_the_count(assistant: Assistant) -> None:
    now, then = _STATS["pharmcube-greater-china-2025-deal-count"], _STATS["pharmcube-greater-china-2021-deal-count"]
    answer = _ask(assistant, "GC deals 2025 vs 2021 how many x?")
    assert f"{then.value:.0f} in 2021 to {now.value:.0f} in 2025" in answer
    assert f"{(now.value / then.value):.2f} times" in answer
    assert answer.index("deal count") < answer.index("total deal value")  # the count first, the value beside


# --- class C: a tracker's move as a follow-up


def test_times_bigger_follow_up_uses_the_earlier_turns_figure(assistant: Assistant) -> None:
    now, then = _STATS["pharmcube-greater-china-2025-total-value"], _STATS["pharmcube-greater-china-2021-total-value"]
    answer = _ask(assistant, "reuters' greater china number for 2025?", "vs 2021, how many times bigger")
    assert f"{(now.value / then.value):.2f} times" in answer and render_amount(then.value) in answer


def test_growth_follow_up_runs_between_the_two_turns_years(assistant: Assistant) -> None:
    now, then = _STATS["pharmcube-nextpharma-2025-total-value"], _STATS["pharmcube-nextpharma-2024-total-value"]
    answer = _ask(assistant, "PharmCube total value 2025?", "and the year before?", "growth in %?")
    growth = (now.value - then.value) / then.value * 100
    assert f"{growth:.1f}%" in answer and "2023" not in answer
