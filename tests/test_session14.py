"""Comparisons of two deals that had answered one (the fourteenth session; the real assistant over the real tables,
figures from deals.csv):

* four companies said as two pairs with words between each pair ("恒瑞从GSK拿的首付款和翰森从罗氏拿的首付款相比",
  "Hengrui's upfront from GSK vs what Hansoh got from Roche"), where one company also did deals with the other
  pair's partner: the first two and the last two are the deals (``deal_pairs``);
* a follow-up comparison pointing back ahead of the deal it names ("how does its upfront compare with
  Innovent-Takeda?", "compare that with Takeda's upfront to Innovent"): the deal before is one side
  (``named_sides.pointed_first``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _UPFRONT = {row["deal_id"]: Decimal(row["upfront_usd"]) for row in csv.DictReader(_handle) if row["upfront_usd"]}


def _compared(answer_values: list[Decimal], left: str, right: str) -> bool:
    """Both deals' upfronts, or their difference, are in the answer's figures."""
    first, second = _UPFRONT[left], _UPFRONT[right]
    return {first, second} <= set(answer_values) or abs(first - second) in answer_values


@pytest.mark.parametrize(
    ("question", "left", "right"),
    [
        ("恒瑞从GSK拿的首付款和翰森从罗氏拿的首付款相比，哪个更多?", "hengrui-gsk-2025", "hansoh-roche-2025"),
        ("恒瑞从GSK拿的首付款和翰森从默沙东拿的首付款相比,谁更多?", "hengrui-gsk-2025", "hansoh-merck-2024"),
    ],
)
def test_two_pairs_said_with_words_between_are_two_deals(
    assistant: Assistant, question: str, left: str, right: str
) -> None:
    answer = _ask(assistant, question)
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.interpretation
    assert _compared(_values(answer), left, right), answer.answer


@pytest.mark.parametrize(
    ("earlier", "question", "left", "right"),
    [
        (
            "what did SSGJ-707 fetch upfront?",
            "how does its upfront compare with Innovent-Takeda?",
            "3sbio-pfizer-2025",
            "innovent-takeda-2025",
        ),
        (
            "How much did Pfizer pay 3SBio upfront?",
            "compare that with Takeda's upfront to Innovent",
            "3sbio-pfizer-2025",
            "innovent-takeda-2025",
        ),
        (
            "What was Hengrui's upfront from GSK?",
            "how does it compare with what Roche gave Hansoh?",
            "hengrui-gsk-2025",
            "hansoh-roche-2025",
        ),
    ],
)
def test_a_comparison_pointing_back_sets_the_deal_before_against_the_one_named(
    assistant: Assistant, earlier: str, question: str, left: str, right: str
) -> None:
    answer = _ask(assistant, question, earlier)
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.interpretation
    assert _compared(_values(answer), left, right), answer.answer


def test_a_look_up_of_its_upfront_after_a_deal_names_no_other_deal(assistant: Assistant) -> None:
    """Nothing named after "its": the turn before's deal, not a comparison."""
    answer = _ask(assistant, "and its milestones?", "How much did Pfizer pay 3SBio upfront?")
    assert [call.tool for call in answer.tool_calls] == ["get_deal"], answer.interpretation


@pytest.mark.parametrize(
    "question",
    [
        "PharmCube 2024 total value and the sum of upfronts in our table",
        "PharmCube's 2024 total, and our table's 2024 upfront sum?",
    ],
)
def test_a_trackers_value_and_our_upfront_sum_are_both_answered(assistant: Assistant, question: str) -> None:
    """Two measures, one the tracker's and one our table's: both figures (it had given the table's sum alone)."""
    with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as handle:
        stats = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(handle)}
    with open(DOCUMENTS / "deals.csv", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["scope"] in ("main", "context")]
    upfronts = sum(Decimal(row["upfront_usd"]) for row in rows if row["announced"][:4] == "2024" and row["upfront_usd"])
    answer = _ask(assistant, question)
    assert [call.tool for call in answer.tool_calls] == ["market_stat", "aggregate"], answer.interpretation
    values = _values(answer)
    assert stats["pharmcube-nextpharma-2024-total-value"] in values, answer.answer
    assert upfronts in values, answer.answer
