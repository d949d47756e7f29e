"""A hedge-fund PM's terse shorthand (session 14, outsider70).

* Measures cut short: "HRS GSK upf / tot" had quoted the articles about GSK, "SSGJ upf + eq?" had abstained and
  "innovent takeda upf, ms, eq?" had given the milestones alone. "upf", "tot", "eq" and "biobucks" are now the
  upfront, the total value, the equity and the milestones (``terse_shorthand``).
* Short names: "HRS" and "SSGJ" are the drug-code prefixes of Hengrui and 3SBio (``code_prefixes``, read from the
  asset column) and "IVT" Innovent's ticker, each in capitals only (tickers such as "MRK", "PFE", "AZ" already
  were companies.csv aliases); "HRS-9821" stays a drug code.
* Two-digit years after a deal or measure word: "ADC deals 24?" had answered a tracker's count of 2025, "top 3 upf
  2024" had ranked total values; "biotochina upf 23 -> 24 growth?" had abstained.
Expected figures are read from documents/deals.csv and market_stats.csv.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.terse_shorthand import TERSE_SHORTHANDS, terse_spelt
from assistant.routing.trade_shorthand import expand_shorthand
from tests.conftest import DOCUMENTS, bundled_entities

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = {row["deal_id"]: row for row in csv.DictReader(_handle)}
with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: row for row in csv.DictReader(_handle)}


def _money(value: str) -> str:
    """ "1250000000" as "1.25 billion", "80000000" as "80 million" (the answers' wording)."""
    amount = Decimal(value)
    if amount >= 1_000_000_000:
        return f"{(amount / 1_000_000_000).normalize():f} billion"
    return f"{(amount / 1_000_000).normalize():f} million"


def test_each_rule_takes_its_example_and_leaves_its_exceptions() -> None:
    for rule in TERSE_SHORTHANDS:
        assert terse_spelt(rule.example, bundled_entities()) != rule.example, rule.name
        for other in rule.not_for:
            assert rule.pattern.sub("", other) == other, (rule.name, other)


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("HRS GSK upf / tot", "HRS GSK upfront / total value"),
        ("sino drug watch: upf tot and ms tot?", "sino drug watch: upfront total and ms total?"),
        ("ADC deals 24?", "ADC deals in 2024?"),
        ("sum of HRS 25 deals in table", "sum of HRS 2025 deals in table"),
        ("biotochina upf 23 -> 24 growth?", "biotochina upfront 2023 to 2024 growth?"),
        ("share Q1 25 vs 23-24 - chg in pts?", "share Q1 2025 vs 23-24 - change in percentage points?"),
    ],
)
def test_terse_wordings_are_spelt(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


@pytest.mark.parametrize(
    "question",
    [
        "$24m -> 25m",
        "EQ-5D score",
        "24 deals in 2025",
        "top 24 deals",
        "in 24 months",
        "deals for 20 companies",
        "how many US pts enrolled?",
    ],
)
def test_amounts_codes_and_counts_stay(question: str) -> None:
    spelt = expand_shorthand(question, bundled_entities())
    assert "2024" not in spelt and "2025 to" not in spelt and "percentage" not in spelt, spelt


@pytest.mark.parametrize(
    ("question", "deal_id", "fields"),
    [
        ("HRS GSK upf / tot", "hengrui-gsk-2025", ("upfront_usd", "total_usd")),
        ("SSGJ upf + eq?", "3sbio-pfizer-2025", ("upfront_usd", "equity_usd")),
        ("innovent takeda upf, ms, eq?", "innovent-takeda-2025", ("upfront_usd", "milestones_usd", "equity_usd")),
        ("IVT roche upf?", "innovent-roche-2025", ("upfront_usd",)),
        ("HRS MRK upf / biobucks", "hengrui-merck-2025", ("upfront_usd", "milestones_usd")),
    ],
)
def test_a_deal_asked_in_shorthand_gives_its_terms(
    assistant: Assistant, question: str, deal_id: str, fields: tuple[str, ...]
) -> None:
    answer = assistant.ask(question)
    assert answer.route == "table" and not answer.abstained
    for field in fields:
        assert _money(_DEALS[deal_id][field]) in answer.answer, (field, answer.answer)


def test_a_drug_code_prefix_stays_a_code(assistant: Assistant) -> None:
    answer = assistant.ask("HRS-9821 indication?")
    assert "COPD" in answer.answer or "chronic obstructive" in answer.answer


def test_two_digit_year_after_a_deal_word(assistant: Assistant) -> None:
    adc = [r for r in _DEALS.values() if r["announced"].startswith("2024") and r["modality"] == "ADC"]
    answer = assistant.ask("ADC deals 24?")
    assert f"{len(adc)} deals" in answer.answer
    assert all(r["licensee"].split()[0] in answer.answer for r in adc)


def test_top_upfronts_of_a_two_digit_year(assistant: Assistant) -> None:
    ranked = sorted(
        (r for r in _DEALS.values() if r["announced"].startswith("2024") and r["upfront_usd"] and r["scope"] == "main"),
        key=lambda r: -int(r["upfront_usd"]),
    )[:3]
    answer = assistant.ask("top 3 upf 24")
    for row in ranked:
        assert _money(row["upfront_usd"]) in answer.answer
    assert "total deal value" not in answer.answer


def test_a_tracker_span_said_with_an_arrow(assistant: Assistant) -> None:
    stats = [s for s in _STATS.values() if s["metric"] == "upfront_total" and "biotochina" in s["reporter"].lower()]
    by_year = {s["period"]: s["value"] for s in stats}
    answer = assistant.ask("biotochina upf 23 -> 24 growth?")
    assert not answer.abstained
    assert _money(by_year["2023"]) in answer.answer and _money(by_year["2024"]) in answer.answer


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("and 24?", "and 2024?"),
        ("what about '23?", "what about 2023?"),
        ("how many 24 deals in the table", "how many 2024 deals in the table"),
        ("globaldata 24 china deal value", "globaldata 2024 china deal value"),
        ("pharmcube 24 deal count?", "pharmcube 2024 deal count?"),
    ],
)
def test_years_said_alone_counted_or_after_a_tracker(question: str, spelt: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == spelt


@pytest.mark.parametrize("question", ["and 24 deals?", "pharmcube 24 deals", "top 24 deals"])
def test_a_count_of_deals_stays_a_count(question: str) -> None:
    assert expand_shorthand(question, bundled_entities()) == question


def test_a_bare_year_follow_up_asks_the_tracker_for_that_year(assistant: Assistant) -> None:
    first = assistant.ask("pharmcube 2025 tot")
    answer = assistant.ask("and 24?", [Turn(question="pharmcube 2025 tot", answer=first)])
    stat = _STATS["pharmcube-nextpharma-2024-total-value"]
    assert _money(stat["value"]) in answer.answer and "135.7" not in answer.answer


def test_a_tracker_year_and_our_year_count(assistant: Assistant) -> None:
    ours = [r for r in _DEALS.values() if r["announced"].startswith("2024") and r["scope"] == "main"]
    answer = assistant.ask("pharmcube 24 deal count? and how many 24 deals in the table")
    assert _STATS["pharmcube-nextpharma-2024-deal-count"]["value"] in answer.answer
    assert f"{len(ours)} deals announced in 2024" in answer.answer
    assert "157" not in answer.answer


def test_a_short_name_inside_a_drug_code_is_the_code(assistant: Assistant) -> None:
    """ "HRS" and "SSGJ" name Hengrui and 3SBio; "SSGJ-707" stays the asset a follow-up compares."""
    first = assistant.ask("Who licensed SSGJ-707 and to whom?")
    answer = assistant.ask(
        "how does its upfront compare with Innovent-Takeda?",
        [Turn(question="Who licensed SSGJ-707 and to whom?", answer=first)],
    )
    pfizer, takeda = _DEALS["3sbio-pfizer-2025"], _DEALS["innovent-takeda-2025"]
    gap = str(Decimal(pfizer["upfront_usd"]) - Decimal(takeda["upfront_usd"]))
    assert _money(pfizer["upfront_usd"]) in answer.answer and _money(gap) in answer.answer
