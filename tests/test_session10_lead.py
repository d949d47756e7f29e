"""The tenth session's lead fix: our table's sum for one licensor set against the tracker's figure for it when the
question asks whether the two agree ("does it tie to Caixin's $16.7bn?"). Real assistant, real tables; the expected
figures come from deals.csv and market_stats.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)
HENGRUI = "Jiangsu Hengrui Pharmaceuticals"


def _billions(value: Decimal) -> str:
    return f"${value / 1_000_000_000:.3f}".rstrip("0").rstrip(".") + " billion"


def _our_sum(licensor: str, year: str) -> Decimal:
    deals = [
        d
        for d in _TABLES.deals
        if licensor in d.licensors and d.announced.startswith(year) and d.scope in ("main", "context")
    ]
    return sum((d.figure("total").amount or Decimal(0) for d in deals), Decimal(0))


def _reported(subject: str, year: str) -> Decimal:
    (stat,) = [s for s in _TABLES.market_stats if s.metric == "company_total_value" and s.subject == subject]
    assert stat.period == year
    return Decimal(stat.value)


@pytest.mark.parametrize(
    "question",
    [
        "Hengrui FY25 deal value summed off your table - does it tie to Caixin's $16.7bn?",
        "Does the sum of Hengrui's 2025 deal values in your table reconcile with Caixin's $16.7bn?",
        "hengrui 2025 deal values added up in your table: do they match what PharmCube credited it with?",
    ],
)
def test_our_sum_is_set_beside_the_trackers_figure(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    tools = [call.tool for call in answer.tool_calls]
    assert tools == ["aggregate", "market_stat"]
    assert answer.tool_calls[1].args["subject"] == HENGRUI
    assert _billions(_our_sum(HENGRUI, "2025")) in answer.answer  # $16.669 billion, our sum
    assert _billions(_reported(HENGRUI, "2025")) in answer.answer  # $16.7 billion, the tracker's
    assert "tracker" in answer.interpretation


@pytest.mark.parametrize(
    "question",
    [
        "sum of Hengrui's 2025 deal values",  # no tracker named: our sum alone
        "CSPC's 2025 deal values summed - does it tie to Caixin's figure?",  # no tracker row for CSPC
        "Hengrui 2025 upfronts summed - do they tie to Caixin's?",  # the tracker credits deal value, not upfronts
    ],
)
def test_no_tracker_figure_is_added_without_a_check_and_a_row(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    tools = [call.tool for call in answer.tool_calls]
    assert tools != ["aggregate", "market_stat"]  # our sum is never paired with a tracker figure here
    assert "$16.7 billion" not in answer.answer
