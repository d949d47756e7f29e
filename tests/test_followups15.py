"""Follow-ups that point back at the set of deals (or the one deal) the turn before asked about keep it
(``set_pointers``, ``followups.Merger``); the real assistant over the real tables, figures from deals.csv
and companies.csv:

* a count "of those" with a buyer country keeps the set's year and upfront floor, and a country said
  after one buyer's deals replaces that buyer;
* "只看2026年的呢" after a count of siRNA deals keeps the modality;
* "largest of them", "which of them paid the most upfront" ranks the set's deals and names the first;
* "other ADC deals apart from this one" leaves that deal (and its parties unless named again) out;
* "was X's upfront to Y bigger than that?" compares that deal with the one said (``named_sides``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = [row for row in csv.DictReader(_handle) if row["scope"] in ("main", "context")]
with open(DOCUMENTS / "companies.csv", encoding="utf-8") as _handle:
    _COUNTRY = {row["name"]: row["country"] for row in csv.DictReader(_handle)}


def _ids(**wanted: str) -> list[str]:
    return [row["deal_id"] for row in _DEALS if all(wanted[key] in row[key] for key in wanted)]


def _upfront(row: dict[str, str]) -> Decimal:
    return Decimal(row["upfront_usd"] or 0)


@pytest.mark.parametrize(
    ("earlier", "question", "year", "floor"),
    [
        ("which 2024 deals had an upfront of $100M or more", "how many of those had an american buyer", "2024", 100),
        (
            "2025 deals with an upfront of $150 million or more?",
            "and how many of these went to US-based licensees?",
            "2025",
            150,
        ),
    ],
)
def test_a_buyer_country_of_those_keeps_the_set(
    assistant: Assistant, earlier: str, question: str, year: str, floor: int
) -> None:
    rows = [r for r in _DEALS if r["announced"][:4] == year and _upfront(r) >= floor * 1_000_000]
    american = [r for r in rows if _COUNTRY.get(r["licensee"]) == "US"]
    answer = _ask(assistant, question, earlier)
    assert len(american) < len(rows)
    assert Decimal(len(american)) in _values(answer), answer.answer
    assert all(r["licensor"] in answer.answer for r in american), answer.answer


def test_a_country_after_one_buyers_deals_replaces_the_buyer(assistant: Assistant) -> None:
    japanese = [r for r in _DEALS if _COUNTRY.get(r["licensee"]) == "Japan"]
    answer = _ask(assistant, "and the Japanese buyers?", "how many deals did Merck sign?")
    assert Decimal(len(japanese)) in _values(answer), answer.answer
    assert "Merck" not in answer.answer


def test_only_one_year_of_those_keeps_the_modality(assistant: Assistant) -> None:
    sirna_2026 = [r for r in _DEALS if r["modality"] == "siRNA" and r["announced"].startswith("2026")]
    every_2026 = [r for r in _DEALS if r["announced"].startswith("2026")]
    answer = _ask(assistant, "只看2026年的呢，几笔？", "你们表里有几笔siRNA交易？")
    assert Decimal(len(sirna_2026)) in _values(answer) and len(sirna_2026) < len(every_2026), answer.answer


def test_largest_of_them_ranks_the_set_before(assistant: Assistant) -> None:
    rows = [r for r in _DEALS if r["therapeutic_area"] == "Metabolic" and r["announced"].startswith("2025")]
    top = max(rows, key=lambda r: Decimal(r["total_usd"] or 0))
    answer = _ask(assistant, "largest of them by potential value?", "metabolic disease deals in 2025 - how many?")
    assert [c.tool for c in answer.tool_calls] == ["rank"]
    assert _values(answer)[0] == Decimal(top["total_usd"]), answer.answer
    assert sum(Decimal(r["total_usd"] or 0) for r in rows) not in _values(answer)


def test_which_of_a_buyers_partners_paid_most_ranks_its_deals(assistant: Assistant) -> None:
    top = max((r for r in _DEALS if r["licensee"] == "AbbVie"), key=_upfront)
    answer = _ask(assistant, "ok which of them paid the most upfront?", "List AbbVie's Chinese licensing partners")
    assert _values(answer)[0] == _upfront(top) and top["licensor"] in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("earlier", "question", "left_out", "wanted"),
    [
        (
            "innovent roche upfront",
            "how many other ADC deals has roche done apart from this one?",
            "innovent-roche-2025",
            {"licensee": "Roche", "modality": "ADC"},
        ),
        (
            "zelgen abbvie upfront",
            "how many other trispecific T-cell engager deals are there besides this one?",
            "zelgen-abbvie-2025",
            {"modality": "Trispecific T-cell engager"},
        ),
    ],
)
def test_other_deals_besides_this_one_leave_it_out(
    assistant: Assistant, earlier: str, question: str, left_out: str, wanted: dict[str, str]
) -> None:
    others = [deal_id for deal_id in _ids(**wanted) if deal_id != left_out]
    answer = _ask(assistant, question, earlier)
    assert Decimal(len(others)) in _values(answer), answer.answer
    assert [c.args["filter"].get("exclude_deal_ids") for c in answer.tool_calls] == [[left_out]]


@pytest.mark.parametrize(
    ("earlier", "question", "that", "said"),
    [
        (
            "How much did Merck pay Hengrui upfront?",
            "Was Merck's upfront to Hansoh bigger than that?",
            "Jiangsu",
            "Hansoh",
        ),
        (
            "What upfront did AbbVie pay RemeGen?",
            "Was AbbVie's upfront to Zelgen smaller than that?",
            "RemeGen",
            "Zelgen",
        ),
    ],
)
def test_than_that_sets_the_deal_before_against_the_one_said(
    assistant: Assistant, earlier: str, question: str, that: str, said: str
) -> None:
    rows = {row["licensor"].split()[0]: row for row in _DEALS if row["licensee"] in ("Merck & Co.", "AbbVie")}
    answer = _ask(assistant, question, earlier)
    assert [c.tool for c in answer.tool_calls] == ["compare"], answer.answer
    values = _values(answer)
    assert _upfront(rows[that]) in values and _upfront(rows[said]) in values, answer.answer


def test_bigger_of_those_said_alone_ranks_the_set_by_value(assistant: Assistant) -> None:
    rows = [r for r in _DEALS if r["licensor"] == "Innovent Biologics"]
    top = max(rows, key=lambda r: Decimal(r["total_usd"] or 0))
    answer = _ask(assistant, "which was bigger of those", "信达生物 how many deals in table?")
    assert _values(answer)[0] == Decimal(top["total_usd"]) and top["licensee"] in answer.answer, answer.answer


def test_the_top_of_a_ranking_before_is_ranked_among_the_deals_it_listed(assistant: Assistant) -> None:
    # "which of those was biggest by total value" after "top 3 by shoufu in 2025": the three listed, not every 2025 deal
    rows = [r for r in _DEALS if r["announced"].startswith("2025") and r["scope"] == "main"]
    three = sorted(rows, key=_upfront, reverse=True)[:3]
    top = max(three, key=lambda r: Decimal(r["total_usd"] or 0))
    answer = _ask(assistant, "which of those was biggest by total value", "top 3 by shoufu in 2025")
    assert _values(answer)[0] == Decimal(top["total_usd"]) and top["licensee"] in answer.answer, answer.answer
    assert max(Decimal(r["total_usd"] or 0) for r in rows) != Decimal(top["total_usd"])  # the whole year's differs


def test_the_smallest_of_those_after_one_top_deal_is_the_smallest_of_its_set(assistant: Assistant) -> None:
    # "and the smallest of those?" after "Which 2025 metabolic deal had the largest upfront?": the metabolic deals
    rows = [r for r in _DEALS if r["therapeutic_area"] == "Metabolic" and r["announced"].startswith("2025")]
    low = min((r for r in rows if r["upfront_usd"]), key=_upfront)
    answer = _ask(assistant, "and the smallest of those?", "Which 2025 metabolic deal had the largest upfront?")
    assert _values(answer)[0] == _upfront(low), answer.answer
