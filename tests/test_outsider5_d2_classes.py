"""More classes of questions from the fifth outsider set (issue 11), each in several phrasings
besides the outsider's, with the phrasings it must leave alone; tool results checked against
counts and sums worked out by hand from deals.csv."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.answer import Turn
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_tables(DOCUMENTS))


def _calls(router: Router, question: str, history: list[str] | None = None) -> list[tuple[str, dict[str, Any]]]:
    plan = router.route(question, [Turn(question=q) for q in history or []])
    return [(call.tool, call.args) for call in plan.tool_calls]


# -- a money bound is on the measure said next to it, before or after the amount ------------------
@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("count of deals with at least $600 million paid upfront", "min_upfront_usd"),
        ("how many deals had more than $1 billion paid up front", "min_upfront_usd"),
        ("number of deals where over $500 million was paid upfront", "min_upfront_usd"),
        ("how many licensing deals came with $800 million or more in upfront cash", "min_upfront_usd"),
        ("how many deals carried at least $1 billion in milestone payments", "min_milestones_usd"),
        ("how many deals had a total over $5 billion", "min_total_usd"),
        ("deals over $2 billion with an upfront of at least $100 million", "min_total_usd"),
    ],
)
def test_a_money_bound_is_on_the_measure_named_with_it(router: Router, question: str, field: str) -> None:
    [(_, args)] = _calls(router, question)
    assert field in args["filter"]
    other = {"min_upfront_usd", "min_milestones_usd", "min_total_usd"} - {field}
    if "with an upfront" not in question:
        assert not other & set(args["filter"])
