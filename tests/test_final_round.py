"""The last classes of outsider5-7 and phrasing6 (issue 11), each read in several wordings on the
real tables and index: 'since mid-2024' is a range from July 1. The examples are not the
outsiders' words."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.corpus.tables import load_tables
from assistant.routing.periods import find_periods
from assistant.routing.plan import Plan
from assistant.routing.router import Router
from assistant.tools.dealbook import DealBook
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_tables(DOCUMENTS))


@pytest.fixture(scope="module")
def tools() -> DealTools:
    return DealTools(DealBook(load_tables(DOCUMENTS), DOCUMENTS))


def _route(router: Router, question: str, history: list[str] | None = None) -> Plan:
    return router.route(question, [Turn(question=q) for q in history or []])


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("How many deals has Merck signed since mid-2024?", {"date_from": "2024-07-01"}),
        ("deals after mid 2025", {"date_from": "2025-07-01"}),
        ("from the middle of 2024 onwards", {"date_from": "2024-07-01"}),
        ("deals signed before mid-2025", {"date_to": "2025-06-30"}),
        ("deals up until mid-2025", {"date_to": "2025-06-30"}),
        ("what happened in mid-2024", {"year": 2024}),  # no range named: the year, as before
    ],
)
def test_mid_year_opens_or_closes_a_range_at_july(question: str, fields: dict[str, object]) -> None:
    (period,) = find_periods(question, "2026-02-28")
    assert period.filter_fields() == fields, question


def test_a_count_since_mid_year_counts_from_july(router: Router, tools: DealTools) -> None:
    (call,) = _route(router, "Since mid-2024, how many deals did Merck do with Chinese biotechs?").tool_calls
    assert call.args["filter"]["date_from"] == "2024-07-01"
    # deals.csv: curon (2024-08), lanova (2024-11), hansoh (2024-12), hengrui (2025-03); not kelun 2022
    assert sorted(tools.run(call).deal_ids) == [
        "curon-merck-2024",
        "hansoh-merck-2024",
        "hengrui-merck-2025",
        "lanova-merck-2024",
    ]
