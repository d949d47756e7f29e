"""Thirteenth-session derived tracker figures, found from outsider55-58's failures and tested with other wordings
(the real assistant over the real tables; expected figures come from market_stats.csv):

* one tracker's change asked for its gap ("difference?", "how many more …, and the % change", "by how much %")
  gives the gap and the percent (it had given the rate alone, or split "by how much" off as a question of its
  own and answered the 2025 figure, or the total value's growth instead of the count's) — ``tracker_derived``.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.decompose import split_parts
from assistant.routing.tracker_derived import change_part_joined
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _near, _values

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}
_H1 = _STATS["iqvia-2025h1-total-value"]
_FY = _STATS["iqvia-2024-total-value"]
_COUNT25 = _STATS["pharmcube-nextpharma-2025-deal-count"]
_COUNT24 = _STATS["pharmcube-nextpharma-2024-deal-count"]


def _percent(later: Decimal, earlier: Decimal) -> Decimal:
    return ((later - earlier) / earlier * 100).quantize(Decimal("0.1"))


@pytest.mark.parametrize(
    ("question", "gap", "percent"),
    [
        ("IQVIA: H1 2025 partnership money against full year 2024, what's the diff?", _H1 - _FY, _percent(_H1, _FY)),
        (
            "PharmCube NextPharma: how many extra deals in 2025 vs 2024, and what % increase is that?",
            _COUNT25 - _COUNT24,
            _percent(_COUNT25, _COUNT24),
        ),
        (
            "How many more deals did PharmCube count in 2025 than in 2024? and in percent?",
            _COUNT25 - _COUNT24,
            _percent(_COUNT25, _COUNT24),
        ),
    ],
)
def test_a_trackers_gap_is_given_with_its_percent(assistant: Assistant, question: str, gap: Decimal, percent: Decimal):
    answer = _ask(assistant, question)
    values = _values(answer)
    assert not answer.abstained and _near(values, gap) and _near(values, percent, Decimal("0.1")), answer.answer
    assert answer.tool_calls and answer.tool_calls[0].args.get("derive") == "change", answer.tool_calls


def test_a_bare_by_how_much_is_joined_to_the_trackers_part() -> None:
    joined = change_part_joined(["IQVIA: first half 2025 already more than full 2024", "by how much"])
    assert joined == ["IQVIA: first half 2025 already more than full 2024 - by how much"]
    assert len(split_parts("IQVIA: first half 2025 already more than full 2024? by how much")) == 1


@pytest.mark.parametrize(
    "parts",
    [
        ["IQVIA's 2024 total", "by how much"],  # one period: nothing to change between
        ["Pfizer-3SBio upfront 2025 vs 2024", "by how much"],  # no tracker named
        ["IQVIA H1 2025 vs 2024", "and what was the total value in 2023"],  # a part with its own figure and year
    ],
)
def test_a_part_of_its_own_is_not_joined(parts: list[str]) -> None:
    assert change_part_joined(parts) == parts


def test_the_gap_alone_stays_the_gap(assistant: Assistant) -> None:
    answer = _ask(assistant, "IQVIA's gap between H1 2025 and full year 2024 partnership money?")
    assert _near(_values(answer), _H1 - _FY) and "%" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("PharmCube NextPharma deal count growth 2025 vs 2024, in percent?", _percent(_COUNT25, _COUNT24)),
        ("iqvia 1H25 beat FY24 already? by how much %", _percent(_H1, _FY)),  # joined, and the rate asked
        ("by how much did pharmcube's deal count rise from 2024 to 2025, in %?", _percent(_COUNT25, _COUNT24)),
    ],
)
def test_the_rate_alone_stays_the_rate(assistant: Assistant, question: str, expected: Decimal) -> None:
    answer = _ask(assistant, question)
    assert _near(_values(answer), expected, Decimal("0.1")), answer.answer
    assert answer.tool_calls[0].args.get("derive") == "growth", answer.tool_calls


_UPFRONT = _STATS["sinodrugwatch-2025-ytd-upfront"]
_MILESTONES = _STATS["sinodrugwatch-2025-ytd-milestones"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Sino Drug Watch logged upfronts and potential milestones through August 2025. In percent, how large was "
            "the upfront relative to the milestones?",
            _UPFRONT / _MILESTONES * 100,
        ),
        ("sino drug watch 2025 ytd upfront vs milestone payments - what %?", _UPFRONT / _MILESTONES * 100),
        ("Sino Drug Watch 2025: upfront as a % of upfront plus milestones?", _UPFRONT / (_UPFRONT + _MILESTONES) * 100),
    ],
)
def test_an_upfront_relative_to_the_milestones_is_over_them_alone(
    assistant: Assistant, question: str, expected: Decimal
) -> None:
    answer = _ask(assistant, question)
    assert not answer.abstained and _near(_values(answer), expected), answer.answer


def test_two_measures_without_a_proportion_are_still_two_asks() -> None:
    assert len(split_parts("what aggregate upfront did Sino Drug Watch tally, versus potential milestones?")) == 2


_INFORMA_COUNT = _STATS["informa-2024-billion-dollar-licensors"]


@pytest.mark.parametrize(
    ("question", "second"),
    [
        (
            "Informa: how many Chinese biopharma cos signed $1bn+ partnerships in 2024, and total upfront on them?",
            _STATS["informa-2024-billion-dollar-deals-upfront"],
        ),
        (
            "informa connect - # of chinese drug companies w $1bn+ deals in 2024 and what those totalled",
            _STATS["informa-2024-billion-dollar-deals-value"],
        ),
    ],
)
def test_a_trackers_company_count_with_a_figure_of_their_deals(
    assistant: Assistant, question: str, second: Decimal
) -> None:
    answer = _ask(assistant, question)
    values = _values(answer)
    assert _near(values, _INFORMA_COUNT) and _near(values, second), answer.answer
    assert "17 Chinese companies (licensors)" in answer.answer, answer.answer


def test_a_count_without_a_second_figure_is_left_to_the_other_rules() -> None:
    from assistant.routing.tracker_derived import count_and_measure

    assert count_and_measure("Informa: how many Chinese companies signed $1bn+ partnerships in 2024?") is None
    assert count_and_measure("how many deals in 2024, and total upfront on them?") is None  # no tracker
