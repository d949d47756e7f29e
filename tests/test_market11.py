"""Eleventh-session market-tracker classes, found from outsider44-47's failures and tested with other wordings
(the real assistant over the real tables; expected figures come from market_stats.csv):

* a tracker's average deal asked how it changed, with "number of deals" said as the divisor, is the change in
  the average (total over count), never the change in the count;
* two trackers asked for one figure of one period together ("X's 2024 count, and what did Y count that year?")
  give both figures, each cited, and their gap;
* a share asked against its baseline period ("2023-24", "2023–2024") reads that two-year span, and "by how many
  percentage points" is the difference between the two shares, in points;
* one tracker's two periods asked "how much higher", "by how much in %" give the difference or the percent.
"""

from __future__ import annotations

import csv
import re
from decimal import Decimal

import pytest

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant
from assistant.routing.decompose import split_parts
from assistant.routing.tracker_gaps import OUTLETS
from assistant.routing.tracker_spans import span_read
from assistant.routing.wording import REPORTERS
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}


def _ask(assistant: Assistant, question: str, *history: str) -> Answer:
    turns: list[Turn] = []
    for earlier in history:
        turns.append(Turn(question=earlier, answer=assistant.ask(earlier, turns)))
    return assistant.ask(question, turns)


def _values(answer: Answer) -> list[Decimal]:
    return [figure.value for figure in answer.figures if figure.value is not None]


def _near(values: list[Decimal], expected: Decimal, tolerance: Decimal = Decimal("0.01")) -> bool:
    return any(abs(value - expected) <= tolerance for value in values)


def _average(year: str) -> Decimal:
    return _STATS[f"pharmcube-nextpharma-{year}-total-value"] / _STATS[f"pharmcube-nextpharma-{year}-deal-count"]


@pytest.mark.parametrize(
    "question",
    [
        "Using PharmCube's NextPharma series as reported by Caixin, how much larger was the average deal in 2025 "
        "than in 2024, in percent terms (total value divided by number of deals for each year)?",
        "On the Caixin-reported PharmCube figures, by what percent did the average value per deal (total divided "
        "by deal count) grow from 2024 to 2025?",
        "PharmCube NextPharma: mean deal size 2025 vs 2024 (value / number of deals), % change?",
    ],
)
def test_an_average_deal_with_its_divisor_named_is_the_averages_change_not_the_counts(
    assistant: Assistant, question: str
) -> None:
    answer = _ask(assistant, question)
    growth = (_average("2025") / _average("2024") - 1) * 100  # 56.55%, not the count's 67%
    assert _near(_values(answer), growth), answer.answer
    counts = _STATS["pharmcube-nextpharma-2025-deal-count"] / _STATS["pharmcube-nextpharma-2024-deal-count"]
    assert not _near(_values(answer), (counts - 1) * 100, Decimal("0.1")), answer.answer
    assert "PharmCube" in answer.answer


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "What deal count did Goodwin give for 2023, and what did biotochina.org count for the same year?",
            "goodwin-2023-deal-count",
            "biotochina-2023-deal-count",
        ),
        (
            "Biotochina's 2024 deal count, and what did PharmCube NextPharma count that year?",
            "biotochina-2024-deal-count",
            "pharmcube-nextpharma-2024-deal-count",
        ),
        (
            "How many $1bn+ deals in the first half of 2025 did freshfromchina tally, and Vision Lifesciences for "
            "the same period?",
            "freshfromchina-2025h1-deals-over-1b",
            "vision-2025h1-deals-over-1b",
        ),
        (
            "H1 2025 $1bn+ deals - what did freshfromchina count vs vision lifesciences?",
            "freshfromchina-2025h1-deals-over-1b",
            "vision-2025h1-deals-over-1b",
        ),
        (
            "IQVIA's H1 2025 figure vs freshfromchina's for the same half",
            "iqvia-2025h1-total-value",
            "freshfromchina-2025h1-total-value",
        ),
        (
            "what did CPHIIC have for full-year 2024 and how far is that from pharmcube's 2024 number",
            "cphiic-2024-total-value",
            "pharmcube-nextpharma-2024-total-value",
        ),
    ],
)
def test_two_trackers_asked_for_one_period_give_both_figures_and_their_gap(
    assistant: Assistant, question: str, first: str, second: str
) -> None:
    answer = _ask(assistant, question)
    values = _values(answer)
    one, two = _STATS[first], _STATS[second]
    assert _near(values, one, Decimal(0)) and _near(values, two, Decimal(0)), answer.answer
    assert _near(values, abs(one - two), Decimal(0)), answer.answer
    assert not answer.abstained


def test_a_gap_to_another_tracker_asked_after_a_figure_in_percent_is_the_percent_gap(assistant: Assistant) -> None:
    answer = _ask(
        assistant,
        "How much higher is that than PharmCube's 2024 figure, in percent?",
        "What figure did CPHIIC give for China's 2024 out-licensing value?",
    )
    cphiic, pharmcube = _STATS["cphiic-2024-total-value"], _STATS["pharmcube-nextpharma-2024-total-value"]
    assert _near(_values(answer), (cphiic / pharmcube - 1) * 100), answer.answer
    assert "$51.9 billion" in answer.answer and "$55.4 billion" in answer.answer


def test_a_tracker_without_the_figure_is_said_with_the_periods_it_has_never_swapped(assistant: Assistant) -> None:
    answer = _ask(assistant, "CPHIIC 2024 value and Goodwin's for the same year?")
    assert _near(_values(answer), _STATS["cphiic-2024-total-value"], Decimal(0)), answer.answer
    assert not _near(_values(answer), _STATS["goodwin-2023-total-value"], Decimal(0)), answer.answer
    assert "Goodwin reports no total deal value for 2024" in answer.answer and "2023" in answer.answer


def test_a_later_part_with_a_measure_of_its_own_stays_its_own_question() -> None:
    parts = split_parts("What was CPHIIC's 2024 total value, and what was PharmCube's deal count that year?")
    assert len(parts) == 2


def test_an_outlet_is_no_second_tracker() -> None:
    with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as handle:
        reporters = {row["reporter"] for row in csv.DictReader(handle)}
    carried = {
        name for name in REPORTERS for reporter in reporters if re.search(rf"\b(?:via|per) {name}\b", reporter, re.I)
    }
    assert carried == set(OUTLETS)


_Q1, _SPAN = "vision-2025q1-share-global-value", "vision-2023-2024-share-global-value"


@pytest.mark.parametrize(
    "question",
    [
        "Vision Lifesciences: by how many percentage points did China's share of global out-licensing value rise "
        "from 2023-24 to Q1 2025?",
        "How many points did China's share of worldwide licensing deal value gain between 2023-2024 and Q1 2025 "
        "according to Vision Lifesciences?",
        "vision lifesciences: china's share of global out-licensing value in Q1 2025 vs 2023-24",
    ],
)
def test_a_share_against_its_two_year_span_is_the_change_in_points(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    assert _near(_values(answer), _STATS[_Q1] - _STATS[_SPAN], Decimal(0)), answer.answer
    assert "percentage points" in answer.answer and "21%" in answer.answer and "32%" in answer.answer


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("What was China's share of global out-licensing value for 2023-2024 per Vision Lifesciences?", ()),
        (
            "and what share did the same tracker give for 2023–2024?",
            (
                "What share of global out-licensing deal value did China account for in Q1 2025, per Vision Lifesciences?",
            ),
        ),
    ],
)
def test_a_share_asked_for_a_two_year_span_is_the_spans_figure(
    assistant: Assistant, question: str, history: tuple[str, ...]
) -> None:
    answer = _ask(assistant, question, *history)
    assert not answer.abstained
    assert answer.figures[0].value == _STATS[_SPAN], answer.answer


def test_a_total_over_two_years_said_as_a_span_keeps_its_two_years() -> None:
    calls = [ToolCall(tool="market_stat", args={"metric": "total_value", "period": "2024", "reporter": "PharmCube"})]
    assert span_read(calls, "PharmCube total for 2024-25?") == calls
