"""Table structures the router misread (outsider75/76/82), each class with wordings other than the outsiders':

- a window of days ("between October 1 and December 31, 2025") was read as its last day's month and sent to
  trackers; it is a date window over the deal table;
- milestones "including the upfront" were summed apart from the upfronts; they are the total value;
- a measure said only in a headline ("2025 upfronts: did A or B bring in more?") made "A or B" one deal; the
  two companies' sums are compared;
- lettered parts ("(a) the Curon deal and (b) the LaNova licence, and the combined upfront") gave only the sum;
  each item is answered in order, then the sum.
"""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.lettered_parts import lettered_parts
from assistant.routing.periods import find_periods


# --- a window of days over the deal table
@pytest.mark.parametrize(
    ("question", "window"),
    [
        ("deals signed from 1 October to 31 December 2025", ("2025-10-01", "2025-12-31")),
        ("between March 15 and June 30, 2025", ("2025-03-15", "2025-06-30")),
        ("Oct 1 - Dec 15 2025 deals", ("2025-10-01", "2025-12-15")),
        ("between November 20, 2025 and January 10, 2026", ("2025-11-20", "2026-01-10")),
    ],
)
def test_a_window_of_days_is_one_period(question: str, window: tuple[str, str]) -> None:
    (period,) = find_periods(question.lower(), "2026-02-28")
    assert (period.date_from, period.date_to) == window


def test_two_days_joined_by_and_without_between_are_no_window() -> None:
    periods = find_periods("deals on oct 1 and dec 31, 2025", "2026-02-28")
    assert periods and all(p.date_from == p.date_to for p in periods)


def test_a_window_of_days_counts_the_table_rows(assistant: Assistant) -> None:
    answer = assistant.ask("How many deals were signed from 1 October to 31 December 2025?")
    assert answer.route == "table" and not answer.abstained
    assert "9 deals" in answer.answer and "Takeda" in answer.answer and "Jacobio" in answer.answer
    mid = assistant.ask("How many deals were announced between March 15 and June 30, 2025?")
    assert "11 deals" in mid.answer and "Hengrui" in mid.answer  # hengrui-merck-2025 is 2025-03-25
    upfront = assistant.ask("What was the total upfront of deals signed between July 1 and September 30, 2025?")
    assert "$863 million" in upfront.answer


# --- milestones including the upfront are the total value
@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Sum of Merck's biobucks including upfront since 2024?", "$8.57 billion"),
        ("Novartis milestones (including the upfront payment) across its China deals since 2024?", "$11.19 billion"),
    ],
)
def test_milestones_including_the_upfront_sum_the_total_value(assistant: Assistant, question: str, figure: str) -> None:
    answer = assistant.ask(question)
    assert [call.args["metric"] for call in answer.tool_calls] == ["total"]
    assert figure in answer.answer


# --- a measure said in a headline, then "did A or B get more"
@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("2025 upfronts: did Hengrui or Innovent get more?", ("$783 million", "$1.28 billion", "$497 million")),
        ("2024 milestones: did Hansoh or Hengrui get more, and by how much?", ("$1.9 billion", "$6.895 billion")),
    ],
)
def test_a_headline_measure_compares_two_companies(
    assistant: Assistant, question: str, figures: tuple[str, ...]
) -> None:
    answer = assistant.ask(question)
    assert answer.route == "table" and [call.tool for call in answer.tool_calls] == ["compare"]
    for figure in figures:
        assert figure in answer.answer


def test_a_headline_measure_leaves_a_count_asked() -> None:
    from assistant.routing.topic_measure import measure_after_more
    from tests.conftest import bundled_entities

    question = "2025 upfronts: who signed more deals, Hengrui or Innovent?"
    assert measure_after_more(question, bundled_entities(), "2026-02-28") == question


# --- lettered parts: each item in order, then the combined figure
def test_lettered_items_are_asked_in_order_then_combined(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Please give the milestones under (i) the Hansoh-Merck licence and (ii) the Curon-Merck transaction, "
        "and the total of the two."
    )
    text = answer.answer
    assert text.index("$1.9 billion") < text.index("$600 million") < text.index("$2.5 billion")
    short = assistant.ask("Give the upfront for (a) the Curon deal and (b) the LaNova deal.")
    assert not short.abstained and short.answer.index("$700 million") < short.answer.index("$588 million")


def test_lettered_parts_leave_shared_words_and_asks_over_both_whole() -> None:
    assert lettered_parts("What did Pfizer pay (i) upfront and (ii) in milestones to 3SBio?") == []
    assert lettered_parts("What is the gap between the upfront of (a) the GSK deal and (b) the Pfizer deal?") == []
    assert lettered_parts(
        "State (a) the upfront of the Hengrui-GSK deal, (b) that of the 3SBio-Pfizer deal, and (c) their sum."
    ) == [
        "State the upfront of the Hengrui-GSK deal",
        "State that of the 3SBio-Pfizer deal",
        "State the upfront of the Hengrui-GSK deal and that of the 3SBio-Pfizer deal combined",
    ]


# --- "the first one" after a count of a pair's deals: the earliest of them
def test_the_first_one_after_a_pair_count_is_the_earliest_deal(assistant: Assistant) -> None:
    from tests.conftest import conversation

    first = conversation(
        assistant, "How many deals has Hansoh signed with Merck?", "what did Merck pay upfront in the first one?"
    )
    assert "$112 million" in first
    latest = conversation(
        assistant, "How many licensing deals has CSPC signed with AstraZeneca?", "upfront of the most recent one?"
    )
    assert "$1.2 billion" in latest and "$1.41 billion" not in latest
    earliest = conversation(
        assistant,
        "How many licensing deals has CSPC signed with AstraZeneca?",
        "what did AZ pay upfront in the first one?",
    )
    assert "$100 million" in earliest and "$1.41 billion" not in earliest
