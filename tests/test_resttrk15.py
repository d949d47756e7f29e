"""Tracker asks that had dropped a part (resttrk15). Expected figures come from market_stats.csv; the answers are
the real assistant's.

- A measure asked back of one tracker's figures ("…in 2024, plus what were those deals worth?", "…, and what was
  their total value?") is that tracker's total value for the year (``tracker_figures``); it had been lost.
- "what were the dollar totals for each?" after two series of one tracker (PharmCube via Reuters and via Caixin)
  gives both series' totals; it had given only the outlet named first.
- A year-to-date figure named with no tracker and "how it compares with 2025" is the tracker's own year-to-date
  figure and its change (``tracker_periods.so_far_compared``); it had been the 2025 average alone.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.decompose import split_parts
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STAT = {row["stat_id"]: row for row in csv.DictReader(_handle)}


def _billions(stat_id: str) -> str:
    return f"{Decimal(_STAT[stat_id]['value']) / Decimal('1e9'):.1f}"


@pytest.mark.parametrize(
    "question",
    [
        "GlobalData had a stat about big pharma - what percent of large-pharma innovator licensing deals were "
        "Chinese drugs in 2024, plus what were those deals worth?",
        "What percent of large-pharma innovator licensing deals were Chinese drugs in 2024 per GlobalData, and what "
        "was their total value?",
        "GlobalData 2024: share of large-pharma licensing deals that were Chinese, plus how much were they worth?",
    ],
)
def test_a_measure_asked_back_is_the_trackers_total(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    share = _STAT["globaldata-2024-share-large-pharma"]["value"]
    assert f"{share}%" in answer.answer
    assert f"${_billions('globaldata-2024-total-value')} billion" in answer.answer


def test_a_measure_for_each_of_two_series_gives_both(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Caixin cites 157 deals for mainland licensors in 2025 while Reuters has 186 for Greater China, both from "
        "PharmCube - how far apart are those counts, and what was the total value for each?"
    )
    wide = Decimal(_STAT["pharmcube-greater-china-2025-deal-count"]["value"])
    narrow = Decimal(_STAT["pharmcube-nextpharma-2025-deal-count"]["value"])
    assert f"gap between the two is {wide - narrow}" in answer.answer
    for stat_id in ("pharmcube-greater-china-2025-total-value", "pharmcube-nextpharma-2025-total-value"):
        assert f"${_billions(stat_id)} billion" in answer.answer


def test_the_split_keeps_the_head_clean() -> None:
    parts = split_parts(
        "Informa Connect: how many Chinese biopharmas signed $1B+ partnerships in 2024 - and what were those deals worth?"
    )
    assert parts == [
        "Informa Connect: how many Chinese biopharmas signed $1B+ partnerships in 2024?",
        "What total value did Informa report for 2024?",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "avg deal size so far in 2026 and how it compares with 2025?",
        "average deal value year to date in 2026, and how it stacks up against 2025?",
        "what's the mean deal size in 2026 so far and how does that compare to 2025?",
    ],
)
def test_a_year_to_date_average_against_a_year_is_the_trackers_change(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "1.3 billion" in answer.answer
    assert f"{_STAT['pharmcube-greater-china-2026ytd-average-change']['value']}%" in answer.answer
    assert "$864 million" not in answer.answer  # the 2025 average alone, which it had answered


def test_a_deal_measure_so_far_stays_with_our_table() -> None:
    assert len(split_parts("average upfront so far in 2026 and how it compares with 2025?")) == 2
