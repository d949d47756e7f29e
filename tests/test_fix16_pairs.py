"""Review of the compare16 merge, faults 1, 2 and 11 (the real assistant over the real tables, figures from
deals.csv, main scope):

* a year beside "average", "typical" or "median" is that statistic's, not one of a pair's deals: "Was CSPC's
  2026 deal with AstraZeneca bigger than the average 2025 deal?" had compared the pair's 2026 and 2025 deals
  (``pair_apart``), and "MediLink–Roche's 2026 upfront against the median 2024 upfront" the pair's 2024 deal
  (``checks.against_the_average``), and "than PharmCube's 2025 average deal" the pair's 2025 deal: now the
  tracker's average deal size;
* a figure filter ("more than $100M", "$500 million or more") is no comparison cue, and "in 2024 or 2025",
  "from 2024 to 2025" stay one span (``period_sides``);
* "upfront for US rights vs European rights" sets no licensee country on either side.
"""

from __future__ import annotations

import csv
from decimal import Decimal

from assistant.answering.assistant import Assistant
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _near, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _MAIN = [row for row in csv.DictReader(_handle) if row["scope"] == "main"]
_DEALS = {row["deal_id"]: row for row in _MAIN}


def _held(measure: str, *years: str) -> list[Decimal]:
    return [Decimal(row[f"{measure}_usd"]) for row in _MAIN if row["announced"][:4] in years and row[f"{measure}_usd"]]


def _average(measure: str, year: str) -> Decimal:
    held = _held(measure, year)
    return sum(held, Decimal(0)) / len(held)


def _median(measure: str, year: str) -> Decimal:
    held = sorted(_held(measure, year))
    middle = len(held) // 2
    return held[middle] if len(held) % 2 else (held[middle - 1] + held[middle]) / 2


def _figure(deal_id: str, measure: str) -> Decimal:
    return Decimal(_DEALS[deal_id][f"{measure}_usd"])


def _count(*years: str, upfront_over: Decimal = Decimal(0), at_least: bool = False) -> int:
    return sum(
        1
        for row in _MAIN
        if row["announced"][:4] in years
        and row["upfront_usd"]
        and (Decimal(row["upfront_usd"]) >= upfront_over if at_least else Decimal(row["upfront_usd"]) > upfront_over)
    )


def _tools(answer: object) -> list[str]:
    return [call.tool for call in answer.tool_calls]  # type: ignore[attr-defined]


def test_pair_deal_against_the_average_year_deal(assistant: Assistant) -> None:
    answer = _ask(assistant, "Was CSPC's 2026 deal with AstraZeneca bigger than the average 2025 deal in your table?")
    assert "compare" not in _tools(answer), answer.answer
    assert _figure("cspc-astrazeneca-2026", "total") in _values(answer), answer.answer
    assert _near(_values(answer), _average("total", "2025"), _average("total", "2025") / 100), answer.answer
    assert _figure("cspc-astrazeneca-2025", "total") not in _values(answer), answer.answer


def test_pair_upfront_against_the_average_upfront(assistant: Assistant) -> None:
    answer = _ask(assistant, "How does CSPC-AZ's 2026 upfront compare with the average 2025 upfront?")
    assert _figure("cspc-astrazeneca-2026", "upfront") in _values(answer), answer.answer
    assert _near(_values(answer), _average("upfront", "2025"), _average("upfront", "2025") / 100), answer.answer
    assert "$110 million" not in answer.answer, answer.answer  # the pair's 2025 deal


def test_pair_deal_against_the_typical_deal(assistant: Assistant) -> None:
    answer = _ask(assistant, "Was the Argo–Novartis 2025 deal bigger than the typical 2024 deal?")
    assert _figure("argo-novartis-2025", "total") in _values(answer), answer.answer
    assert _near(_values(answer), _average("total", "2024"), _average("total", "2024") / 100), answer.answer
    assert "1.29 times" not in answer.answer, answer.answer


def test_pair_upfront_against_the_median_upfront(assistant: Assistant) -> None:
    answer = _ask(assistant, "How does MediLink–Roche's 2026 upfront compare with the median 2024 upfront?")
    assert _figure("medilink-roche-2026", "upfront") in _values(answer), answer.answer
    assert _median("upfront", "2024") in _values(answer), answer.answer
    assert "11.4 times" not in answer.answer, answer.answer  # the pair's 2024 deal


def test_pair_two_deals_still_compared(assistant: Assistant) -> None:
    answer = _ask(assistant, "Was the Argo–Novartis 2025 deal bigger than their 2024 deal?")
    assert _tools(answer) == ["compare"], answer.answer
    ratio = _figure("argo-novartis-2025", "total") / _figure("argo-novartis-2024", "total")
    assert _near(_values(answer), ratio), answer.answer


def test_upfront_filter_is_no_period_cue(assistant: Assistant) -> None:
    answer = _ask(assistant, "How many deals had an upfront of more than $100 million in 2024 and 2025?")
    assert _tools(answer) == ["aggregate"], answer.answer
    assert Decimal(_count("2024", "2025", upfront_over=Decimal(100_000_000))) in _values(answer), answer.answer
    assert "fewer" not in answer.answer, answer.answer


def test_from_to_stays_one_span_after_a_filter(assistant: Assistant) -> None:
    answer = _ask(assistant, "How many deals with more than $100M upfront were signed from 2024 to 2025?")
    assert Decimal(_count("2024", "2025", upfront_over=Decimal(100_000_000))) in _values(answer), answer.answer
    assert _tools(answer) == ["aggregate"], answer.answer


def test_either_year_is_one_span(assistant: Assistant) -> None:
    answer = _ask(assistant, "How many deals in 2024 or 2025 had upfronts of $500 million or more?")
    held = _count("2024", "2025", upfront_over=Decimal(500_000_000), at_least=True)
    assert held == 5 and Decimal(held) in _values(answer), answer.answer
    assert "Curon" in answer.answer and "Innovent" in answer.answer and "fewer" not in answer.answer, answer.answer


def test_bigger_than_a_billion_is_one_sum(assistant: Assistant) -> None:
    answer = _ask(assistant, "What was the total value of deals bigger than $1 billion in 2024 and 2025?")
    big = [value for value in _held("total", "2024", "2025") if value > Decimal(1_000_000_000)]
    assert sum(big, Decimal(0)) in _values(answer), answer.answer
    assert _tools(answer) == ["aggregate"], answer.answer


def test_years_set_against_each_other_still_compared(assistant: Assistant) -> None:
    answer = _ask(assistant, "How many oncology deals with upfront over $100M: 2025 vs 2024?")
    assert _tools(answer) == ["compare"], answer.answer
    gap = sum(
        (1 if row["announced"][:4] == "2025" else -1)
        for row in _MAIN
        if row["announced"][:4] in ("2024", "2025")
        and row["therapeutic_area"] == "Oncology"
        and row["upfront_usd"]
        and Decimal(row["upfront_usd"]) > Decimal(100_000_000)
    )
    assert Decimal(abs(gap)) in _values(answer), answer.answer
    which = _ask(assistant, "Which year had more oncology deals in our table, 2024 or 2025?")
    assert _tools(which) == ["compare"], which.answer


def test_pair_deal_against_a_trackers_average_deal(assistant: Assistant) -> None:
    answer = _ask(assistant, "Is CSPC-AZ's 2026 total more than PharmCube's 2025 average deal")
    assert _tools(answer) == ["get_deal", "market_stat"], answer.answer
    assert _figure("cspc-astrazeneca-2026", "total") in _values(answer), answer.answer
    assert "$864 million" in answer.answer and "$5.3 billion" not in answer.answer, answer.answer  # $135.7B / 157
