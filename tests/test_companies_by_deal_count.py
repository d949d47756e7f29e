"""Companies named by how many deals they did: "licensees with >= 3 deals in the table", "companies that did at
least two deals in 2025", "licensors with ≥2 deals" (outsider130). The first readings went to the articles, or
took "at least" for the smallest deal value: a confident answer to a different question."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, one_call, route

DEALS = [deal for deal in load_tables(DOCUMENTS).deals if deal.scope in ("main", "context")]


@pytest.mark.parametrize(
    ("question", "side", "least", "year"),
    [
        ("licensees with >= 3 deals in the table", "licensee", 3, None),
        ("companies that did at least two deals in 2025", "licensor", 2, 2025),
        ("licensors with ≥2 deals", "licensor", 2, None),
        ("buyers who did more than one deal in 2024", "licensee", 2, 2024),
    ],
)
def test_companies_with_a_least_number_of_deals(
    router: Router, tools: DealTools, question: str, side: str, least: int, year: int | None
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["distinct"] == side and call.args["min_deals"] == least
    assert call.args["filter"].get("year") == year
    held: dict[str, int] = {}
    for deal in DEALS:
        if year is None or deal.year == year:
            for name in deal.licensors if side == "licensor" else deal.licensees:
                held[name] = held.get(name, 0) + 1
    expected = sum(1 for count in held.values() if count >= least)
    counts = [f.value for f in tools.run(call).figures if f.unit == "count" and f.value is not None]
    assert Decimal(expected) in counts
