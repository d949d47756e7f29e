"""Session 11, second wave: one tracker over two periods, or a figure derived from its own numbers (outsider44-47),
each class with other wordings than the outsider files' (the real assistant over the real tables; expected
figures computed from market_stats.csv):

* a "%" asked of a change between two periods of one tracker is its growth rate, not a share;
* "how much higher / more" between a tracker's two periods is the gap in money, and periods of unequal length
  are said not to be like-for-like;
* a level the tracker's later figure and its reported change imply ("+66% in 2024, so 2023?") is derived and
  said as our arithmetic;
* a tracker's milestones asked as a multiple of its upfront are milestones over upfront for the one period;
* a bare "how much bigger vs 2025 avg" after a tracker's figure stays that tracker's change (its reported 76%).
"""

from __future__ import annotations

import csv
import re
from decimal import Decimal

import pytest

from assistant.answer import Answer
from assistant.answering.assistant import Assistant
from assistant.routing.decompose import split_parts
from assistant.tools.period_spans import months
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}


_BILLION = Decimal("1e9")


def _values(answer: Answer) -> list[Decimal]:
    return [Decimal(str(figure.value)) for figure in answer.figures]


def _near(values: list[Decimal], expected: Decimal, tolerance: Decimal = Decimal("0.005")) -> bool:
    return any(abs(value - expected) <= abs(expected) * tolerance for value in values)


def _growth(later: str, earlier: str) -> Decimal:
    return (_STATS[later] / _STATS[earlier] - 1) * 100


@pytest.mark.parametrize(
    ("question", "later", "earlier", "tracker"),
    [
        (
            "by what % did PharmCube's 2025 out-licensing value top its 2024 figure?",
            "pharmcube-nextpharma-2025-total-value",
            "pharmcube-nextpharma-2024-total-value",
            "PharmCube",
        ),
        (
            "biotochina tracker deal count, 2024 against 2023, as a %?",
            "biotochina-2024-deal-count",
            "biotochina-2023-deal-count",
            "biotochina",
        ),
        (
            "CPHIIC's first eight months of 2025 vs its full 2024 total: how many % higher?",
            "cphiic-2025-jan-aug-total-value",
            "cphiic-2024-total-value",
            "CPHIIC",
        ),
    ],
)
def test_a_percent_asked_of_one_trackers_two_periods_is_its_growth_rate(
    assistant: Assistant, question: str, later: str, earlier: str, tracker: str
) -> None:
    answer = assistant.ask(question)
    assert answer.route == "table", answer.answer
    assert _near(_values(answer), _growth(later, earlier)), answer.answer
    assert tracker in answer.answer


def test_a_part_year_against_a_full_year_is_said_not_like_for_like(assistant: Assistant) -> None:
    answer = assistant.ask("CPHIIC's first eight months of 2025 vs its full 2024 total: how many % higher?")
    assert "not like-for-like" in answer.answer and "shorter period than 2024" in answer.answer, answer.answer


def test_a_share_over_unequal_periods_gets_no_length_caveat(assistant: Assistant) -> None:
    answer = assistant.ask("Vision's share of global value, Q1 2025 vs 2023-24, change in points?")
    assert "like-for-like" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "later", "earlier"),
    [
        (
            "how much more did IQVIA count for China partnerships in the first half of 2025 than in all of 2024?",
            "iqvia-2025h1-total-value",
            "iqvia-2024-total-value",
        ),
        (
            "pharmcube: 2025 deal value vs 2024 — how much higher, in dollars?",
            "pharmcube-nextpharma-2025-total-value",
            "pharmcube-nextpharma-2024-total-value",
        ),
    ],
)
def test_how_much_higher_between_a_trackers_periods_is_the_gap_in_money(
    assistant: Assistant, question: str, later: str, earlier: str
) -> None:
    answer = assistant.ask(question)
    assert _near(_values(answer), _STATS[later] - _STATS[earlier]), answer.answer
    for stat in (later, earlier):
        assert f"{_STATS[stat] / _BILLION:.1f}" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "level", "change", "tracker"),
    [
        (
            "GlobalData's 2024 value and its growth rate imply what 2023 value?",
            "globaldata-2024-total-value",
            "globaldata-2024-total-value-change",
            "GlobalData",
        ),
        (
            "backing out from pharmcube's 2026 ytd average deal and its +76%, what 2025 average does that imply?",
            "pharmcube-greater-china-2026ytd-average",
            "pharmcube-greater-china-2026ytd-average-change",
            "PharmCube",
        ),
    ],
)
def test_a_level_implied_by_a_trackers_change_is_derived_and_said_as_ours(
    assistant: Assistant, question: str, level: str, change: str, tracker: str
) -> None:
    answer = assistant.ask(question)
    implied = _STATS[level] / (1 + _STATS[change] / 100)
    assert _near(_values(answer), implied, Decimal("0.01")), answer.answer
    assert tracker in answer.answer and "our arithmetic" in answer.answer
    assert "not a reported figure" in answer.answer


def test_a_reported_period_is_not_implied(assistant: Assistant) -> None:
    answer = assistant.ask("what was GlobalData's 2024 total deal value?")
    assert _near(_values(answer), _STATS["globaldata-2024-total-value"]), answer.answer
    assert "implies" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "per Sino Drug Watch, were the milestone dollars in 2025 through August how many times the upfront cash?",
        "Sino Drug Watch YTD Aug-25: milestones as a multiple of upfront?",
    ],
)
def test_milestones_as_a_multiple_of_upfront_is_one_periods_ratio(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    multiple = _STATS["sinodrugwatch-2025-ytd-milestones"] / _STATS["sinodrugwatch-2025-ytd-upfront"]
    assert _near(_values(answer), multiple), answer.answer
    assert "Sino Drug Watch" in answer.answer and "2024" not in answer.answer


def test_upfront_as_a_percent_of_milestones_is_kept(assistant: Assistant) -> None:
    answer = assistant.ask("Sino Drug Watch YTD Aug-25: upfront as % of potential milestones?")
    share = _STATS["sinodrugwatch-2025-ytd-upfront"] / _STATS["sinodrugwatch-2025-ytd-milestones"] * 100
    assert _near(_values(answer), share, Decimal("0.01")), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "PharmCube average deal so far in 2026, and how much higher than the 2025 avg",
        "2026 ytd avg deal size per pharmcube + how much above 2025 avg",
    ],
)
def test_a_bare_change_part_stays_the_trackers_change(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert re.search(r"\b76\s*%", answer.answer), answer.answer
    assert "1.3 billion" in answer.answer
    assert "in our table" not in answer.answer.replace("not sums over the deals in our table", "")


def test_a_bare_change_part_is_joined_only_after_a_tracker() -> None:
    assert len(split_parts("What did Pfizer pay in total, and how much more than 2024?")) == 2


def test_period_lengths() -> None:
    assert [months(p) for p in ("2025", "2025-H1", "2025-Q2", "2025-08", "2025-01/2025-08")] == [12, 6, 3, 1, 8]
