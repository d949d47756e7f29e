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
from decimal import Decimal

import pytest

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant
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
