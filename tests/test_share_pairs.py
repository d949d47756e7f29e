"""A deal's (or a company's deals') share of a tracker's total: a named licensor-licensee pair is their deals in our
table set against the tracker's total ("what % of 2025 total value came from GSK's deal with Hengrui?" had been
refused as GSK's company figure); a company no tracker gives a figure for falls back to its deals in our table
("What share of the 2024 market did Merck's deals represent?", refused); "how much of the 2025 total did X account
for" is a share (it had given the deal's value). Expected figures come from deals.csv and market_stats.csv."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)
_PHARMCUBE = {"2024": Decimal("51900000000"), "2025": Decimal("135700000000")}


def _share(year: str, licensor: str | None = None, licensee: str | None = None) -> Decimal:
    deals = [
        d
        for d in _TABLES.deals
        if d.announced.startswith(year)
        and d.scope != "borderline"
        and (licensor is None or licensor in d.licensors)
        and (licensee is None or licensee in d.licensees)
        and d.total.amount
    ]
    return sum((d.total.amount for d in deals), Decimal(0)) / _PHARMCUBE[year] * 100


@pytest.mark.parametrize(
    ("question", "year", "licensor", "licensee"),
    [
        (
            "what % of 2025 total value came from GSK's deal with Hengrui?",
            "2025",
            "Jiangsu Hengrui Pharmaceuticals",
            "GSK",
        ),
        ("How much of the 2025 total did the Pfizer-3SBio deal account for?", "2025", "3SBio", "Pfizer"),
        ("What share of the 2024 market did Merck's deals represent?", "2024", None, "Merck & Co."),
    ],
)
def test_the_share_is_of_the_deals_named(
    assistant: Assistant, question: str, year: str, licensor: str | None, licensee: str | None
) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    said = Decimal(re.search(r"(\d+\.\d)%", answer.answer).group(1))  # "up to" rounds up, so within 0.1
    assert abs(said - _share(year, licensor, licensee)) <= Decimal("0.1"), answer.answer
    assert "PharmCube NextPharma" in answer.answer


def test_a_company_a_tracker_gives_keeps_the_trackers_share(assistant: Assistant) -> None:
    answer = assistant.ask("What portion of 2025 licensing value did Hengrui account for?")
    assert "$16.7 billion" in answer.answer and "12.3%" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What share of 2025 deals did AstraZeneca account for?",
        "What share of the 2025 deal count did GSK's deal with Hengrui represent?",
    ],
)
def test_a_share_of_the_deal_count_is_never_answered_with_value(assistant: Assistant, question: str) -> None:
    # a review found these answered with a share of value ("8.8% of the $135.7 billion")
    answer = assistant.ask(question)
    assert "$135.7 billion" not in answer.answer and "%" not in answer.answer.split(".")[0], answer.answer


def test_the_fallback_says_what_it_computed(assistant: Assistant) -> None:
    answer = assistant.ask("What share of 2025 deal value did AstraZeneca account for?")
    assert answer.interpretation.startswith("deal share"), answer.interpretation  # our rows, not a tracker's share
