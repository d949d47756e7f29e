"""A tracker's company figures against our table, and ranked (session 14).

* "恒瑞医药 2025 cross-border deal value per PharmCube vs the sum of its 2025 deal totals in your table?" had asked
  which period was meant (a compare read as a lookup of Hengrui's deal with no year); "…per caixin/pharmcube, and does
  the table add up same?" had summed every deal in the table. Now PharmCube's company figure and the company's 2025
  deals in our table, each labelled, with the gap.
* "Which Chinese licensor came out on top in FY25 by deal value per PharmCube/Caixin, and who were #2 and #3?" had
  ranked our table. Now PharmCube's company figures, ranked, with the gaps between places.
Expected figures are read from documents/deals.csv and market_stats.csv.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.company_against import next_places_joined, table_check_joined
from assistant.tools.quantities import render_quantity
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: row for row in csv.DictReader(_handle)}
with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = list(csv.DictReader(_handle))


def _billions(value: Decimal) -> str:
    return render_quantity(value, "USD", "exact").split("$")[1].split(" ")[0]


def _company_sum(word: str, year: str) -> Decimal:
    rows = [r for r in _DEALS if word in r["licensor"] and r["announced"].startswith(year) and r["total_usd"]]
    return sum((Decimal(r["total_usd"]) for r in rows), Decimal(0))


def _company_stats(year: str) -> list[dict[str, str]]:
    rows = [r for r in _STATS.values() if r["metric"] == "company_total_value" and r["period"] == year]
    return sorted(rows, key=lambda r: Decimal(r["value"]), reverse=True)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        (
            "恒瑞医药 2025 cross-border deal value per PharmCube vs the sum of its 2025 deal totals in your table?",
            "Hengrui",
        ),
        ("恒瑞医药 2025 crossborder deal value per caixin/pharmcube, and does the table add up same?", "Hengrui"),
        (
            "For Innovent in 2025, what did PharmCube say its out-licensing deals were worth, and how does that compare "
            "with adding up Innovent's 2025 deals in our table?",
            "Innovent",
        ),
    ],
)
def test_a_company_figure_against_our_table(assistant: Assistant, question: str, word: str) -> None:
    answer = assistant.ask(question, [])
    stat = next(r for r in _company_stats("2025") if word in r["subject"])
    assert answer.tool_calls[0].args.get("derive") == "table_against"
    assert f"${_billions(Decimal(stat['value']))} billion" in answer.answer
    assert f"${_billions(_company_sum(word, '2025'))} billion" in answer.answer
    assert "61 deals" not in answer.answer  # not every deal in the table


def test_the_tracker_companies_ranked(assistant: Assistant) -> None:
    question = (
        "Which Chinese licensor came out on top in FY25 by deal value per PharmCube/Caixin, and who were #2 and #3?"
    )
    answer = assistant.ask(question, [])
    stats = _company_stats("2025")
    places = [answer.answer.index(r["subject"]) for r in stats]
    assert places == sorted(places)
    gap = Decimal(stats[0]["value"]) - Decimal(stats[1]["value"])
    assert f"${_billions(gap)} billion" in answer.answer
    assert "our table announced" not in answer.answer  # not a ranking of our rows


def test_a_league_table_gap(assistant: Assistant) -> None:
    question = "Per PharmCube's FY25 licensor league table, how much more deal value did Hengrui do than GeneQuantum?"
    answer = assistant.ask(question, [])
    stats = _company_stats("2025")
    assert f"${_billions(Decimal(stats[0]['value']) - Decimal(stats[1]['value']))} billion" in answer.answer
    assert "16.669" not in answer.answer  # the tracker's figure, not our rows' sum


def test_the_joins_leave_other_asks_apart() -> None:
    assert len(next_places_joined(["Which licensor led 2025 per PharmCube", "And who were #2 and #3"])) == 1
    assert len(next_places_joined(["Which licensor led 2025 per PharmCube", "And what was its upfront"])) == 2
    assert len(table_check_joined(["PharmCube 2025 count", "And does the table add up the same"])) == 1
    apart = ["PharmCube 2025 deal count", "And the single biggest 2025 deal in your table"]
    assert table_check_joined(apart) == apart


@pytest.mark.parametrize(
    "question",
    [
        "表里 2024 年交易的 upfront 加起来多少? 跟 biotochina 统计的 2024 upfront 总额比差多少?",
        "Add up the upfront payments of the 2024 deals in your table. How far is that from biotochina's 2024 upfront "
        "figure?",
    ],
)
def test_our_upfront_sum_then_the_tracker(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question, [])
    ours = sum(Decimal(r["upfront_usd"]) for r in _DEALS if r["announced"].startswith("2024") and r["upfront_usd"])
    theirs = Decimal(_STATS["biotochina-2024-upfront"]["value"])
    for value in (ours, theirs, theirs - ours):
        assert f"${_billions(value)} billion" in answer.answer
    assert "2023" not in answer.answer  # not 2023 against 2024
