"""Tracker asks with several parts (session 15, tuner trackers15): every tracker and every measure a question
names is answered, and a gap or change between two tracker figures is computed and cited to both.

* ``tracker_both.second_tracker_joined``: a bare later part naming only another tracker ("and how many per Vision
  Lifesciences?") asks that tracker for the measure and period of the part before, side by side with their gap.
* ``tracker_derived.change_part_joined``: a later "% increase in number of deals" after "went from what in 2024
  to what in 2025" is the change between those two periods.
* ``tracker_periods.change_joined``: "how does it stack up against CPHIIC's full-year 2024 figure?" after the
  tracker's own figure is that figure against the tracker's other period.
Expected figures come from market_stats.csv; the asks are the real assistant's.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from tests.conftest import DOCUMENTS
from tests.test_market11 import _near, _values

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _ROWS = {row["stat_id"]: row for row in csv.DictReader(_handle)}


def _value(stat_id: str) -> Decimal:
    return Decimal(_ROWS[stat_id]["value"])


@pytest.mark.parametrize(
    ("question", "first", "second", "name"),
    [
        (
            "How many $1bn+ deals were there in H1 2025 per freshfromchina, and how many per Vision Lifesciences?",
            "freshfromchina-2025h1-deals-over-1b",
            "vision-2025h1-deals-over-1b",
            "Vision",
        ),
        (
            "How many deals did Goodwin count in 2023, and how many per biotochina.org?",
            "goodwin-2023-deal-count",
            "biotochina-2023-deal-count",
            "biotochina",
        ),
        (
            "According to Vision Lifesciences, how many billion-dollar deals were signed in the first half of 2025, "
            "and how many according to freshfromchina?",
            "vision-2025h1-deals-over-1b",
            "freshfromchina-2025h1-deals-over-1b",
            "freshfromchina",
        ),
    ],
)
def test_a_bare_second_tracker_asks_the_measure_before(
    assistant: Assistant, question: str, first: str, second: str, name: str
) -> None:
    answer = assistant.ask(question)
    values = _values(answer)
    one, two = _value(first), _value(second)
    assert _near(values, one) and _near(values, two) and _near(values, abs(one - two)), answer.answer
    assert name in answer.answer
    assert not _near(values, _value("biotochina-2024-deal-count")) or "2024" in question  # no other year's count


@pytest.mark.parametrize(
    ("question", "earlier", "later"),
    [
        (
            "PharmCube's mainland deal count went from what in 2024 to what in 2025, and what's the % increase in "
            "number of deals?",
            "pharmcube-nextpharma-2024-deal-count",
            "pharmcube-nextpharma-2025-deal-count",
        ),
        (
            "biotochina's upfront total went from what in 2023 to what in 2024, and what's the percentage rise in "
            "upfronts?",
            "biotochina-2023-upfront",
            "biotochina-2024-upfront",
        ),
    ],
)
def test_a_change_named_with_its_measure_runs_over_the_periods_before(
    assistant: Assistant, question: str, earlier: str, later: str
) -> None:
    answer = assistant.ask(question)
    values = _values(answer)
    growth = (_value(later) / _value(earlier) - 1) * 100
    assert _near(values, _value(earlier)) and _near(values, _value(later)), answer.answer
    assert _near(values, growth, Decimal("0.1")), answer.answer


@pytest.mark.parametrize(
    ("question", "interim", "full_year"),
    [
        (
            "CPHIIC had an interim number for 2025 I think, the first eight months - how much was it, and also how "
            "does it stack up against CPHIIC's full-year 2024 figure?",
            "cphiic-2025-jan-aug-total-value",
            "cphiic-2024-total-value",
        ),
        (
            "What was IQVIA's first-half 2025 figure, and how does it compare with IQVIA's full-year 2024 figure?",
            "iqvia-2025h1-total-value",
            "iqvia-2024-total-value",
        ),
    ],
)
def test_a_comparison_with_the_trackers_own_full_year(
    assistant: Assistant, question: str, interim: str, full_year: str
) -> None:
    answer = assistant.ask(question)
    values = _values(answer)
    assert _near(values, _value(interim)) and _near(values, _value(full_year)), answer.answer
    assert "not like-for-like" in answer.answer


@pytest.mark.parametrize(
    ("question", "earlier", "later"),
    [
        (
            "IQVIA: investment in partnerships with Chinese companies, H1 2025 versus full year 2024 - how much "
            "bigger was the half-year?",
            "iqvia-2024-total-value",
            "iqvia-2025h1-total-value",
        ),
        (
            "PharmCube NextPharma's total deal value, 2025 against 2024: how much larger was 2025?",
            "pharmcube-nextpharma-2024-total-value",
            "pharmcube-nextpharma-2025-total-value",
        ),
    ],
)
def test_how_much_bigger_is_the_gap(assistant: Assistant, question: str, earlier: str, later: str) -> None:
    """A bare "how much bigger" reads three ways: the gap, the rate and the multiple are each said."""
    answer = assistant.ask(question)
    values = _values(answer)
    assert _near(values, _value(later) - _value(earlier)), answer.answer
    assert _near(values, (_value(later) - _value(earlier)) / _value(earlier) * 100, Decimal("0.1")), answer.answer
    assert _near(values, _value(later) / _value(earlier), Decimal("0.01")), answer.answer


def test_how_many_times_bigger_stays_a_multiple(assistant: Assistant) -> None:
    question = "PharmCube NextPharma's total deal value, 2025 against 2024: how many times bigger was 2025?"
    answer = assistant.ask(question)
    later, earlier = _value("pharmcube-nextpharma-2025-total-value"), _value("pharmcube-nextpharma-2024-total-value")
    assert _near(_values(answer), later / earlier), answer.answer


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "going back to 2023 for context, did Goodwin or biotochina.org count more Chinese out-licensing deals, "
            "and by how many?",
            "goodwin-2023-deal-count",
            "biotochina-2023-deal-count",
        ),
        (
            "In 2023, which reported more deals, biotochina.org or Goodwin, and by how much?",
            "goodwin-2023-deal-count",
            "biotochina-2023-deal-count",
        ),
        (
            "Who had the higher H1 2025 value, IQVIA or freshfromchina?",
            "freshfromchina-2025h1-total-value",
            "iqvia-2025h1-total-value",
        ),
    ],
)
def test_which_of_two_trackers_more_is_their_gap(assistant: Assistant, question: str, first: str, second: str) -> None:
    answer = assistant.ask(question)
    values = _values(answer)
    assert _near(values, _value(first)) and _near(values, _value(second)), answer.answer
    assert _near(values, _value(first) - _value(second)), answer.answer
    assert "2022" not in answer.answer and not _near(values, _value("biotochina-2024-deal-count"))


def test_which_tracker_more_leaves_one_tracker_and_two_years() -> None:
    from assistant.routing.tracker_which_more import which_tracker_more

    assert which_tracker_more("Did PharmCube count more deals in 2024 than in 2023?") is None
    assert which_tracker_more("Did Goodwin in 2023 or biotochina in 2024 count more deals?") is None
    assert which_tracker_more("Did Goodwin or biotochina count more deals in 2023?") == (
        "What was the gap between Goodwin's 2023 deal count and biotochina's 2023 deal count?"
    )


def test_a_short_start_of_a_year_is_no_years_growth(assistant: Assistant) -> None:
    answer = assistant.ask("By what percent did PharmCube's Greater China deal value grow from 2025 to 2026?")
    assert answer.abstained or not _near(_values(answer), _value("pharmcube-greater-china-2025-total-value")), (
        answer.answer
    )
