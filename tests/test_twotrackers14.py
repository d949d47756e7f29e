"""Two trackers (or one tracker's two periods) asked together (session 14, tuner twotrackers).

* ``tracker_gaps.named_trackers``: a tracker's short name is that tracker ("NextPharma" is PharmCube's database;
  a bare "vision" beside another tracker is Vision Lifesciences), so the gap of the two is asked.
* ``tracker_both.trackers_side_by_side``: both trackers' figures, the tracker named first first.
* ``tracker_asides``: a later part that only adds two trackers, or the tracker's other year, joins the ask before.
Expected figures come from market_stats.csv; the asks are the real assistant's.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.tracker_asides import other_period_joined, trackers_said_joined
from assistant.routing.tracker_gaps import trackers_said
from assistant.tools.quantities import render_quantity
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _ROWS = {row["stat_id"]: row for row in csv.DictReader(_handle)}


def _value(stat_id: str) -> Decimal:
    return Decimal(_ROWS[stat_id]["value"])


def _said(stat_id: str) -> str:
    row = _ROWS[stat_id]
    return render_quantity(Decimal(row["value"]), row["unit"], row["qualifier"])  # type: ignore[arg-type]


def test_short_names_are_their_trackers() -> None:
    assert trackers_said("biotochina.org vs NextPharma") == ["biotochina", "PharmCube"]
    assert trackers_said("vision vs freshfromchina") == ["Vision Lifesciences", "freshfromchina"]
    assert trackers_said("deals for vision loss per PharmCube") == ["PharmCube"]
    assert trackers_said("Vision Lifesciences and its vision") == ["Vision Lifesciences"]


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "how many fewer 2024 deals did biotochina.org count than NextPharma?",
            "biotochina-2024-deal-count",
            "pharmcube-nextpharma-2024-deal-count",
        ),
        (
            "H1 25 $1bn+ deals: vision vs freshfromchina, how many more does vision count?",
            "vision-2025h1-deals-over-1b",
            "freshfromchina-2025h1-deals-over-1b",
        ),
        (
            "in first half 2025 how many deals over 1 billion each? i read two different numbers, vision and freshfromchina",
            "vision-2025h1-deals-over-1b",
            "freshfromchina-2025h1-deals-over-1b",
        ),
        (
            "2025 H1 超过10亿美元的大单有几笔? Vision Lifesciences 和 freshfromchina 的数字分别是?",
            "vision-2025h1-deals-over-1b",
            "freshfromchina-2025h1-deals-over-1b",
        ),
        (
            "billion-dollar deals in the first half of 2025, how many? freshfromchina and vision both please",
            "freshfromchina-2025h1-deals-over-1b",
            "vision-2025h1-deals-over-1b",
        ),
    ],
)
def test_both_trackers_first_named_first(assistant: Assistant, question: str, first: str, second: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained
    text = answer.answer
    assert f"{_value(first):.0f} deals" in text and f"{_value(second):.0f} deals" in text, text
    assert text.index(f"{_value(first):.0f} deals") < text.index(f"{_value(second):.0f} deals"), text
    assert f"gap between the two is {abs(_value(first) - _value(second)):.0f}" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "IQVIA 说 2025 上半年投向中国合作的金额多少? 比 2024 全年多多少?",
        "What did IQVIA put H1 2025 China partnership investment at? How much higher than 2024?",
    ],
)
def test_one_trackers_other_period(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and answer.route == "table", answer.route
    for stat_id in ("iqvia-2025h1-total-value", "iqvia-2024-total-value"):
        assert _said(stat_id) in answer.answer, (stat_id, answer.answer)
    gap = _value("iqvia-2025h1-total-value") - _value("iqvia-2024-total-value")
    assert render_quantity(gap, "USD", "exact") in answer.answer, answer.answer  # type: ignore[arg-type]


def test_parts_kept_apart() -> None:
    # a part asking a figure of its own stays its own question
    parts = ["How many deals over $1bn in H1 2025?", "And the combined value for vision and freshfromchina?"]
    assert trackers_said_joined(parts) == parts
    # the part before names no tracker: our table's rows, not a tracker's two periods
    parts = ["What was the 2025 total in your table?", "How much more than 2024?"]
    assert other_period_joined(parts) == parts
    parts = ["IQVIA 说 2025 上半年投向中国合作的金额多少?", "比 2024 全年多多少?"]
    assert other_period_joined(parts) == ["IQVIA 说 2025 上半年投向中国合作的金额多少, 比 2024 全年多多少"]
