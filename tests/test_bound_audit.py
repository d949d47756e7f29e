"""The plan audit's money-bound check (session 25, outsider114 and outsider118).

"Since January 2024, how many deals had an upfront of USD 500 Mio. or more?" counted every deal since 2024,
and "首付 5亿美金及以上的大单，表里有几单？" every deal in the table: the bound was never read, and the count
came back cited. A plan over a set of deals that applies no money bound the question states is asked back.
The wordings here are not the eval's.
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.answer import Answer, ToolCallRecord
from assistant.answering.bound_audit import bound_not_applied, bound_said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("count of deals with upfront > $200m", "> $200m"),
        ("deals with a headline of USD 1 bn or more in 2025", "USD 1 bn or more"),
        ("Lizenzdeals mit Vorabzahlung über 100 Mio. USD", "über 100 Mio."),
        ("2024 deals under $50 million upfront, how many?", "under $50 million"),
        ("$1bn+ deals in 2025: list them", "$1bn+"),
        ("首付超过1亿美元的交易有几笔", "超过1亿美元"),
        ("总额100亿美金以上的有哪些", "100亿美金以上"),
    ],
)
def test_a_bound_beside_an_amount_is_read(question: str, said: str) -> None:
    assert bound_said(question) == said


@pytest.mark.parametrize(
    "question",
    [
        "How much did Pfizer pay 3SBio upfront?",
        "Is the $1.25 billion upfront the largest?",
        "上限 17.7亿美元的里程碑是哪一笔",
        "more than one deal with Merck in 2025?",
        "A note says Merck's 2025 deals were worth more than $10bn. What do they add up to?",
        "sum the 2026 headline values; our draft says 'over $40 billion'",
        "听说恒瑞25年的授权总额超过100亿美元，表里加起来多少？",
    ],
)
def test_no_bound_without_a_bound_word_and_an_amount(question: str) -> None:
    assert bound_said(question) is None


def _answer(*calls: tuple[str, dict[str, Any]]) -> Answer:
    return Answer(
        question="q",
        standalone_question="q",
        answer="Figure [1].",
        route="table",
        tool_calls=[ToolCallRecord(tool=tool, args=args) for tool, args in calls],
    )


def test_a_count_without_the_bound_is_caught() -> None:
    counted = _answer(("aggregate", {"operation": "count", "filter": {"year": 2025}}))
    assert bound_not_applied("2025 deals above $300m upfront: how many?", counted) is not None


def test_a_count_with_the_bound_passes() -> None:
    counted = _answer(("aggregate", {"operation": "count", "filter": {"year": 2025, "min_upfront_usd": "300000000"}}))
    assert bound_not_applied("2025 deals above $300m upfront: how many?", counted) is None


def test_one_deals_terms_are_not_checked() -> None:
    # "was the upfront over $500m?" is a claim about one deal, answered from its terms
    looked_up = _answer(("get_deal", {"deal_id": "lanova-merck-2024", "metric": "upfront"}))
    assert bound_not_applied("Was LaNova's upfront over $500m?", looked_up) is None


def test_a_trackers_figure_is_not_checked() -> None:
    tracker = _answer(("market_stat", {"metric": "deal_count", "period": "2025"}))
    assert bound_not_applied("how many deals over $1bn did PharmCube count in 2025?", tracker) is None


def test_an_unbounded_count_is_asked_back_end_to_end(assistant: Any) -> None:
    answer = assistant.ask("首付 5亿美金及以上的出海大单，你们表里一共几单？")  # "及以上": a bound routing may not read
    assert answer.interpretation.startswith("clarifying") or "at least $500 million" in answer.answer
    assert "61 deals" not in answer.answer


def test_a_bounded_count_still_answers(assistant: Any) -> None:
    answer = assistant.ask("How many 2025 deals had an upfront above $100 million?")
    assert "12 deals" in answer.answer
    assert not answer.interpretation.startswith("clarifying")
