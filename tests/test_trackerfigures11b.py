"""Second-wave market-tracker classes: two figures or two scopes of one tracker's report asked together (the real
assistant over the real tables; expected figures come from market_stats.csv):

* a tracker set against the outlet that carried one of its series ("PharmCube's Greater China count vs the
  NextPharma series Caixin reported") is its other series against that one, with the gap, never "one series";
* a tracker's two scopes named ("greater china ... than the mainland one") with two measures asked ("value and #
  deals") give both gaps;
* two figures of one tracker's report asked together ("informa: how many cos ... & combined value?", "GlobalData
  2024: share of large-pharma deals, and the $ value") are both asked of that tracker, never of our table;
* our table's count, then "how does that compare w pharmcube's count for 2024?", gives the tracker's count beside ours.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from tests.test_market11 import _STATS, _ask  # market_stats.csv by stat id; a question after earlier turns


def _count_gap() -> str:
    return str(_STATS["pharmcube-greater-china-2025-deal-count"] - _STATS["pharmcube-nextpharma-2025-deal-count"])


@pytest.mark.parametrize(
    "question",
    [
        "By how many deals does PharmCube's Greater China 2025 tally exceed the NextPharma tally Caixin carried?",
        "PharmCube's Greater China series vs the Caixin-reported NextPharma series: how many more deals in 2025?",
    ],
)
def test_a_tracker_against_the_outlet_of_one_of_its_series_is_its_other_series(
    assistant: Assistant, question: str
) -> None:
    answer = _ask(assistant, question)
    assert "one series under both names" not in answer.answer
    assert "186" in answer.answer and "157" in answer.answer
    assert f"gap between the two is {_count_gap()}" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how much bigger is pharmcube's greater china 2025 number than the mainland one, in value and deal count?",
        "PharmCube 2025, Greater China series against the mainland series: difference in deal value and in number "
        "of deals?",
    ],
)
def test_two_scopes_of_one_tracker_with_two_measures_give_both_gaps(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    assert not answer.abstained
    assert "$137.7 billion" in answer.answer and "$135.7 billion" in answer.answer
    assert "$2 billion" in answer.answer
    assert f"gap between the two is {_count_gap()}" in answer.answer


def _billions(stat_id: str) -> str:
    return f"${_STATS[stat_id] / Decimal(1_000_000_000):f}".rstrip("0").rstrip(".") + " billion"


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "per informa, how many chinese cos did $1bn+ partnerships in 2024 and their combined value?",
            "informa-2024-billion-dollar-licensors",
            "informa-2024-billion-dollar-deals-value",
        ),
        (
            "Informa Connect, 2024: how many Chinese drugmakers signed $1B+ partnerships, and what upfront did those "
            "carry in total?",
            "informa-2024-billion-dollar-licensors",
            "informa-2024-billion-dollar-deals-upfront",
        ),
        (
            "GlobalData for 2024 - share of big-pharma innovator licensing deals that were Chinese, and the total value",
            "globaldata-2024-share-large-pharma",
            "globaldata-2024-total-value",
        ),
    ],
)
def test_two_figures_of_one_tracker_are_both_that_trackers(
    assistant: Assistant, question: str, first: str, second: str
) -> None:
    answer = _ask(assistant, question)
    assert not answer.abstained
    assert all(call.tool == "market_stat" for call in answer.tool_calls) and len(answer.tool_calls) == 2
    said = [str(_STATS[first]) if "share" in first or "licensors" in first else _billions(first), _billions(second)]
    for figure in said:
        assert figure in answer.answer
    assert "Our table holds" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how many 2024 deals does ur table have, and how does that stack up against pharmcube's count for 2024?",
        "How many deals from 2024 does your table hold, and what count did PharmCube give for that year?",
    ],
)
def test_our_count_then_a_trackers_gives_both_said_apart(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    tools = [call.tool for call in answer.tool_calls]
    # said apart, or (``tracker_table``: "how does that stack up against") set side by side in one answer
    assert tools in (["aggregate", "market_stat"], ["market_stat"]), tools
    assert re.search(r"(?:Our|our deal) table holds 13 deals", answer.answer), answer.answer
    assert f"counted {_STATS['pharmcube-nextpharma-2024-deal-count']} deals for 2024" in answer.answer
