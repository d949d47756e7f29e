"""A company's summed deal values for a year, said beside the figure a tracker reported for that company and year
(market_stats.csv's company_total_value rows): never merged, each cited. The real assistant over the real tables."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.tools.quantities import render_quantity
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)
with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _COMPANY = {row["subject"]: row for row in csv.DictReader(_handle) if row["metric"] == "company_total_value"}


def _our_sum(licensor: str, year: str) -> Decimal:
    return sum(
        (
            d.total.amount
            for d in _TABLES.deals
            if licensor in d.licensors and d.announced.startswith(year) and d.scope != "borderline" and d.total.amount
        ),
        Decimal(0),
    )


@pytest.mark.parametrize(
    ("question", "licensor"),
    [
        ("How much did Innovent license out in 2025?", "Innovent Biologics"),
        ("what was the combined value of GeneQuantum's 2025 deals?", "GeneQuantum Healthcare"),
        ("Hengrui 2025 total deal value", "Jiangsu Hengrui Pharmaceuticals"),
    ],
)
def test_the_tracker_figure_follows_our_sum(assistant: Assistant, question: str, licensor: str) -> None:
    answer = assistant.ask(question)
    stat = _COMPANY[licensor]
    ours = render_quantity(_our_sum(licensor, "2025"), "USD", "exact")
    theirs = render_quantity(Decimal(stat["value"]), "USD", "exact")
    assert ours in answer.answer and theirs in answer.answer, answer.answer
    assert answer.answer.index(ours) < answer.answer.index("For comparison")  # our sum first, the tracker's after
    assert any(c.doc_id == stat["doc_id"] for c in answer.citations)


def test_a_narrowed_sum_or_another_measure_gets_no_tracker_figure(assistant: Assistant) -> None:
    for question in ("Hengrui's 2025 upfronts in total", "Hengrui's 2025 oncology deals: total value?"):
        assert "For comparison" not in assistant.ask(question).answer
