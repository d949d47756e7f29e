"""Tracker figures asked two at a time, or derived (session 13, wave 2; ``routing.tracker_twos``): an average asked
beside or through a tracker's count, counts of billion-dollar deals set side by side, trackers named after the
ask, a ratio asked with what it means, and a tracker's upfront as a percent of a bare "value". Expected figures
come from market_stats.csv."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.routing.tracker_twos import meaning_split, trackers_part_joined
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}


def _millions(value: Decimal) -> str:
    return f"${round(value / Decimal(10) ** 6)} million"


@pytest.mark.parametrize(
    ("question", "year", "count_asked"),
    [
        (
            "Average China out-licensing deal size in 2025 per PharmCube NextPharma - total divided by deal count?",
            2025,
            False,
        ),
        (
            "PharmCube NextPharma 2024: what's the mean deal value if you divide the total by the number of deals?",
            2024,
            False,
        ),
        ("For 2025, how many deals did PharmCube NextPharma count, and the average size per deal?", 2025, True),
    ],
)
def test_tracker_average_is_total_over_count(assistant: Assistant, question: str, year: int, count_asked: bool) -> None:
    total = _STATS[f"pharmcube-nextpharma-{year}-total-value"]
    count = _STATS[f"pharmcube-nextpharma-{year}-deal-count"]
    answer = assistant.ask(question)
    assert _millions(total / count) in answer.answer, answer.answer
    assert f"{count} deals" in answer.answer
    derived = [call for call in answer.tool_calls if call.args.get("derive") == "average_deal_size"]
    assert len(derived) == 1
    assert (len(answer.tool_calls) == 2) is count_asked


def test_ytd_count_and_reported_average(assistant: Assistant) -> None:
    answer = assistant.ask("2026 ytd how many china outlicensing deals logged + avg size")
    count = _STATS["pharmcube-greater-china-2026ytd-deal-count"]
    average = _STATS["pharmcube-greater-china-2026ytd-average"]
    assert f"counted {count} deals" in answer.answer
    assert f"${average / Decimal(10) ** 9:.1f} billion" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "$1bn+ deals in H1 2025: Vision Lifesciences vs freshfromchina - how far apart are the counts?",
        "Deals above $1 billion in the first half of 2025 - freshfromchina's tally against Vision Lifesciences', "
        "what's the difference in number?",
        "Vision and freshfromchina both counted H1 2025 billion-dollar-plus deals - what did each get?",
    ],
)
def test_billion_dollar_counts_gapped(assistant: Assistant, question: str) -> None:
    vision, fresh = _STATS["vision-2025h1-deals-over-1b"], _STATS["freshfromchina-2025h1-deals-over-1b"]
    answer = assistant.ask(question)
    assert not answer.abstained
    assert f"counted {vision} deals" in answer.answer and f"counted {fresh} deals" in answer.answer
    assert f"gap between the two is {vision - fresh}" in answer.answer
    assert all(call.args.get("metric") == "deals_over_1b_count" for call in answer.tool_calls)


@pytest.mark.parametrize(
    "question",
    [
        "how many billion-dollar-plus deals were there in H1 2025? vision lifesciences vs freshfromchina",
        "number of $1bn+ deals in 1H25? freshfromchina vs vision lifesciences",
    ],
)
def test_trackers_named_after_the_ask(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    vision, fresh = _STATS["vision-2025h1-deals-over-1b"], _STATS["freshfromchina-2025h1-deals-over-1b"]
    assert f"counted {vision} deals" in answer.answer and f"counted {fresh} deals" in answer.answer
    assert "Our table holds" not in answer.answer
    assert answer.route == "table"


def test_trackers_part_joined_only_for_a_bare_tracker_part() -> None:
    assert trackers_part_joined(["How many deals in H1 2025", "vision lifesciences vs freshfromchina"]) == [
        "How many deals in H1 2025 - vision lifesciences vs freshfromchina"
    ]
    kept = ["How many deals did PharmCube count in 2025", "What did freshfromchina count"]
    assert trackers_part_joined(kept) == kept  # a part asking its own figure
    kept = ["Largest 2025 deal", "which partner did Hengrui sign with"]
    assert trackers_part_joined(kept) == kept  # no tracker


@pytest.mark.parametrize(
    "question",
    [
        "sino drug watch numbers up to august 2025 - how many times bigger were the milestones than the upfronts? "
        "what does that mean for the companies?",
        "Sino Drug Watch Jan-Aug 2025: how many times larger than the upfronts were the milestones? and why?",
    ],
)
def test_ratio_with_its_meaning(assistant: Assistant, question: str) -> None:
    parts = split_parts(question)
    assert len(parts) == 2 and "Sino Drug Watch" in parts[1]
    answer = assistant.ask(question)
    multiple = _STATS["sinodrugwatch-2025-ytd-milestones"] / _STATS["sinodrugwatch-2025-ytd-upfront"]
    assert f"{multiple:.2f} times" in answer.answer
    assert answer.route in ("table", "table+text")


def test_meaning_split_leaves_a_plain_ratio() -> None:
    question = "Sino Drug Watch 2025: upfronts against milestones, what %?"
    assert meaning_split(question) == [question]


@pytest.mark.parametrize(
    "question",
    [
        "Informa 2024 billion-dollar partnerships: upfront is how many % of value?",
        "Informa 2024 billion-dollar partnerships - upfront came to how many % of their value?",
        "per Informa, 2024 $1bn+ partnerships: how many percent of value was upfront?",
    ],
)
def test_upfront_percent_of_bare_value(assistant: Assistant, router: Router, question: str) -> None:
    share = _STATS["informa-2024-billion-dollar-deals-upfront"] / _STATS["informa-2024-billion-dollar-deals-value"]
    plan = router.route(question)
    assert [call.args.get("derive") for call in plan.tool_calls] == ["upfront_share"]
    answer = assistant.ask(question)
    assert f"{share * 100:.2f}%" in answer.answer and "$34.6 billion" in answer.answer


@pytest.mark.parametrize(
    ("question", "both"),
    [
        (
            "How many Chinese drugmakers were behind the 2025 out-licensing total, and how many of them only did deals "
            "under $1bn each?",
            True,
        ),
        ("PharmCube NextPharma 2025: how many companies did only sub-$1bn deals?", False),
    ],
)
def test_small_dealmakers(assistant: Assistant, question: str, both: bool) -> None:
    answer = assistant.ask(question)
    small, whole = (
        _STATS["pharmcube-nextpharma-2025-small-dealmakers"],
        _STATS["pharmcube-nextpharma-2025-licensor-count"],
    )
    # asked alone, the small dealmakers are said as their own figure; asked after the whole count, the report's
    # line for that count names them beside it (``tracker_siblings``), and the part is not said twice
    said = f"of {small} for 2025" if not both else f"{small} Chinese companies (licensors) whose deals were each under"
    assert said in answer.answer, answer.answer
    assert (f"counted {whole} Chinese companies (licensors)" in answer.answer) is both
