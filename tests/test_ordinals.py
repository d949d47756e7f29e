"""Pointing at a row of a ranking ("the second one", "the last of those") and other follow-up defects."""

from __future__ import annotations

import pytest

from assistant.routing.ordinals import pick_row, row_pointed_at


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("the second one", 1),
        ("And the second one?", 1),
        ("the last of those", -1),
        ("What was the upfront of the third deal?", 2),
        ("Tell me about number 4", 3),
        ("the first one", 0),
    ],
)
def test_a_question_pointing_at_a_row(question: str, row: int) -> None:
    assert row_pointed_at(question) == row


@pytest.mark.parametrize(
    "question",
    ["What happened in the second quarter of 2025?", "the first half of 2025", "Which deal came second?", "Why?"],
)
def test_questions_that_point_at_no_row(question: str) -> None:
    assert row_pointed_at(question) is None


def test_pick_row_stays_inside_the_ranking() -> None:
    assert pick_row(["a", "b", "c"], -1) == "c"
    assert pick_row(["a", "b"], 5) is None
    assert pick_row([], 0) is None
