"""Issue 11's follow-up classes, tuned on outsider37's long conversation (never on the held-out set): a count
and a sum said as "number of deals and upfront in total"; ... Expected figures come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

_TABLES = load_tables(DOCUMENTS)
_ROWS = [d for d in _TABLES.deals if d.scope != "borderline"]


def _upfronts(keep) -> Decimal:
    return sum((d.upfront.amount for d in _ROWS if keep(d) and d.upfront.amount), Decimal(0))


# --- "number of deals and upfront in total": the count and the sum, each asked
@pytest.mark.parametrize(
    ("question", "licensee"),
    [
        ("BMS china licensing - number of deals and upfront in total", "Bristol Myers Squibb"),
        ("GSK deals with chinese biotechs - how many, and upfront in total", "GSK"),
        ("novartis china licensing: number of deals and the sum of their upfronts", "Novartis"),
    ],
)
def test_a_count_and_a_total_said_after_the_measure_are_both_asked(
    router: Router, question: str, licensee: str
) -> None:
    parts = split_parts(question)
    assert len(parts) == 2, parts
    count, total = (one_call(route(router, part)).args for part in parts)
    assert (count["operation"], total["operation"], total["metric"]) == ("count", "sum", "upfront"), (count, total)
    assert count["filter"]["licensee"] == total["filter"]["licensee"] == licensee


def test_the_count_and_total_answer_states_the_sum(assistant) -> None:
    answer = assistant.ask("GSK deals with chinese biotechs - how many, and upfront in total")
    total = _upfronts(lambda d: "GSK" in d.licensees)
    assert any(f.value == total for f in answer.figures), answer.figures
