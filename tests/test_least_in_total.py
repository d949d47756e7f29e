"""The bottom of a ranking of companies: "which company received the least upfront in total in 2025?" sums each
licensor's upfronts and names the smallest sum (it had named the smallest single deal, Hengrui–Glenmark's $18
million, although Hengrui's 2025 upfronts add up to $783 million). A single deal's smallest upfront stays a deal
ranking. Expected figures come from deals.csv."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.tools.quantities import render_quantity
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _smallest_sum(side: str, year: str | None) -> tuple[str, Decimal]:
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for deal in _TABLES.deals:
        if deal.scope == "borderline" or deal.upfront.amount is None or (year and not deal.announced.startswith(year)):
            continue
        for company in getattr(deal, side + "s"):
            sums[company] += deal.upfront.amount
    return min(sums.items(), key=lambda item: item[1])


@pytest.mark.parametrize(
    ("question", "side", "year"),
    [
        ("which company received the least upfront in total in 2025?", "licensor", "2025"),
        ("which licensor had the lowest total upfront in 2025?", "licensor", "2025"),
        ("which licensee paid the least upfront overall?", "licensee", None),
    ],
)
def test_a_sides_smallest_sum(assistant: Assistant, router: Router, question: str, side: str, year: str | None) -> None:
    call = router.route(question).tool_calls[0]
    assert (call.tool, call.args["dimension"], call.args.get("ascending")) == ("rank", side, True)
    company, value = _smallest_sum(side, year)
    answer = assistant.ask(question)
    assert company in answer.answer and render_quantity(value, "USD", "exact") in answer.answer, answer.answer


def test_a_single_deals_smallest_upfront_stays_a_deal(router: Router) -> None:
    call = router.route("which Chinese biotech got the smallest upfront in 2024?").tool_calls[0]
    assert call.args["dimension"] == "deal"
