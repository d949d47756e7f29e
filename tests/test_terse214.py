"""Terse shorthand, second pass (session 14 review of outsider70's fixes).

* Two digits after "in", "of", "for" are a year only when they end the clause: "an upfront of 20 to 30 million
  dollars" had filtered 2020 and abstained, "Of 25 biggest deals" had become 2025, "in 28 countries" 2028.
* A bare "and 20?" is a year only when the tables hold it (2021-2026): after "the 10 biggest deals by upfront" it
  had abstained on 2020.
* "HRS" and "SSGJ" are drug-code prefixes read from deals.csv's asset column, in capitals only; "IVT" in capitals
  only and not before "mRNA": "within 48 hrs" had searched Hengrui, "IVT mRNA technology" had listed Innovent's
  deals, "Pfizer pay 3SBio for SSGJ-708" had failed its citation check.
* "SSGJ-707 ph3 ORR vs keytruda?": a trial result no source holds, refused (it had given the deal row).
* "MRK chinese partners - all of them": the buyer's licensors (it had quoted industry risks from an article).
Expected figures and names are read from documents/deals.csv.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.code_prefixes import licensor_code_prefixes
from assistant.routing.terse_shorthand import terse_spelt
from assistant.routing.trade_shorthand import expand_shorthand
from tests.conftest import DOCUMENTS, bundled_entities

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = list(csv.DictReader(_handle))


@pytest.mark.parametrize(
    "question",
    [
        "Which deals had an upfront of 20 to 30 million dollars?",
        "Of 25 biggest deals, how many are ADCs?",
        "Which deal covers rights in 28 countries?",
        "and 20?",
    ],
)
def test_two_digits_that_are_no_year_stay(question: str) -> None:
    assert terse_spelt(question, bundled_entities()) == question


@pytest.mark.parametrize(
    ("question", "spelt"),
    [("ADC deals in 24?", "ADC deals in 2024?"), ("MRK deals for 25", "MRK deals for 2025"), ("and 24?", "and 2024?")],
)
def test_two_digits_that_end_the_clause_are_the_year(question: str, spelt: str) -> None:
    assert terse_spelt(question, bundled_entities()) == spelt


def test_held_years_come_from_the_tables() -> None:
    assert {row["announced"][:4] for row in _DEALS} <= bundled_entities().held_years
    assert "2020" not in bundled_entities().held_years


def test_an_upfront_band_said_with_of_and_to(assistant: Assistant) -> None:
    band = [r for r in _DEALS if r["upfront_usd"] and 20e6 <= float(r["upfront_usd"]) <= 30e6]
    answer = assistant.ask("Which deals had an upfront of 20 to 30 million dollars?")
    assert not answer.abstained and "2020" not in answer.answer
    assert f"{len(band)} deals" in answer.answer
    for row in band:
        assert row["licensor"].split()[0] in answer.answer, row["deal_id"]


def test_a_bare_count_after_a_ranking_is_no_year(assistant: Assistant) -> None:
    first = assistant.ask("Show me the 10 biggest deals by upfront")
    answer = assistant.ask("and 20?", [Turn(question="Show me the 10 biggest deals by upfront", answer=first)])
    assert not answer.abstained and [call.tool for call in answer.tool_calls] == ["rank"]
    ranked = answer.tool_calls[0].args
    assert ranked["metric"] == "upfront" and ranked["n"] == 10  # the ranking kept, over every year
    assert not {key for key, value in ranked["filter"].items() if value and key != "exclusive"}, ranked["filter"]
    top = max((r for r in _DEALS if r["upfront_usd"]), key=lambda r: Decimal(r["upfront_usd"]))
    assert f"First, {top['licensor']}" in answer.answer


def test_code_prefixes_come_from_the_asset_column() -> None:
    from assistant.corpus.tables import load_tables

    prefixes = licensor_code_prefixes(load_tables(DOCUMENTS).deals, load_tables(DOCUMENTS).companies)
    assert prefixes["HRS"] == "Jiangsu Hengrui Pharmaceuticals" and prefixes["SSGJ"] == "3SBio"
    with open(DOCUMENTS / "companies.csv", encoding="utf-8") as handle:
        aliases = {a for row in csv.DictReader(handle) for a in row["aliases"].split(";")}
    assert "HRS" not in aliases and "SSGJ" not in aliases


def test_hours_are_not_hengrui(assistant: Assistant) -> None:
    answer = assistant.ask("What did Pfizer announce within 48 hrs of signing the 3SBio deal?")
    assert "Hengrui" not in answer.interpretation and "Hengrui" not in answer.answer


def test_ivt_mrna_is_not_innovent(assistant: Assistant) -> None:
    answer = assistant.ask("Which deals involve IVT mRNA technology?")
    assert not any("Innovent" in str(call.args) for call in answer.tool_calls)  # no plan filters on Innovent
    innovent = [r for r in _DEALS if r["licensor"] == "Innovent Biologics"]
    assert innovent and not any(f"{r['licensor']} → {r['licensee']}" in answer.answer for r in innovent)
    assert not any(r["asset"].split()[0] in answer.answer for r in innovent)  # no Innovent deal listed


def test_a_code_prefix_in_capitals_is_its_licensor(assistant: Assistant) -> None:
    row = next(r for r in _DEALS if r["deal_id"] == "hengrui-merck-2025")
    answer = assistant.ask("HRS MRK upf?")
    assert f"${Decimal(row['upfront_usd']) / 1_000_000:f} million" in answer.answer


def test_an_unknown_code_of_a_known_licensor_is_refused_with_citations(assistant: Assistant) -> None:
    answer = assistant.ask("How much did Pfizer pay 3SBio for SSGJ-708?")
    assert answer.abstained and "1.25 billion" not in answer.answer
    assert "SSGJ-707" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["SSGJ-707 ph3 ORR vs keytruda?", "IBI363 ph2 ORR?", "SSGJ-707 phase 3 PFS vs pembrolizumab?"],
)
def test_a_trial_endpoint_in_shorthand_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and "upfront" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "licensee"),
    [("MRK chinese partners - all of them", "Merck & Co."), ("AZ china partners?", "AstraZeneca")],
)
def test_a_buyers_partners_in_shorthand(assistant: Assistant, question: str, licensee: str) -> None:
    partners = {r["licensor"] for r in _DEALS if licensee in r["licensee"].split(";")}
    answer = assistant.ask(question)
    assert answer.route == "table" and f"{len(partners)} different licensors" in answer.answer
    for name in partners:
        assert name in answer.answer, name
    assert terse_spelt("who are Merck's Chinese partners?", bundled_entities()) == "who are Merck's Chinese partners?"


@pytest.mark.parametrize("question", ["why report the CSPC AZ deal at $4.7bn instead of 18.5?", "top 3 of 18?"])
def test_an_amount_or_count_after_a_preposition_is_no_year(question: str) -> None:
    assert terse_spelt(question, bundled_entities()) == question


# session 14 review: the code prefixes are the licensor's own first code, said as a company only before a company,
# a year, a measure or nothing; "CBP inhibitor", "SNP-related", "SIM card" and the licensees' codes are no licensor


def test_only_the_licensors_own_first_codes_are_prefixes() -> None:
    from assistant.corpus.tables import load_tables

    tables = load_tables(DOCUMENTS)
    prefixes = licensor_code_prefixes(tables.deals, tables.companies)
    for licensees_or_bracketed in ("AVZO", "AXN", "SMT", "IDE", "SNP"):  # "DB-1418 / AVZO-1418", "(AK112 / SMT112"
        assert licensees_or_bracketed not in prefixes
    assert prefixes["HRS"] == prefixes["SHR"] == "Jiangsu Hengrui Pharmaceuticals" and prefixes["SSGJ"] == "3SBio"


@pytest.mark.parametrize(
    ("question", "company"),
    [
        ("How many CBP inhibitor deals were signed in 2025?", "Coherent Biopharma"),
        ("What upfront was paid in the SNP-related deals?", "SciNeuro Pharmaceuticals"),
        ("Does the SIM card deal exist?", "Simcere Zaiming"),
        ("Which deals did AVZO sign?", "Duality Biotherapeutics"),
        ("How much did SMT pay?", "Akeso"),
    ],
)
def test_an_abbreviation_or_a_licensees_code_is_no_licensor(question: str, company: str) -> None:
    assert company not in {m.name for m in bundled_entities().find_companies(question).mentions}


@pytest.mark.parametrize(
    "question",
    [
        "HRS GSK upf / tot",
        "SSGJ upf + eq?",
        "HRS kailera upf + what equity stake did HRS get",
        "HRS 2025 tot per caixin/pharmcube vs sum of HRS 25 deals in table?",
        "SSGJ",
    ],
)
def test_a_prefix_said_as_a_company_is_still_its_licensor(question: str) -> None:
    names = {m.name for m in bundled_entities().find_companies(expand_shorthand(question, bundled_entities())).mentions}
    assert names & {"Jiangsu Hengrui Pharmaceuticals", "3SBio"}, names


def test_a_cbp_inhibitor_count_is_no_coherent_deal(assistant: Assistant) -> None:
    answer = assistant.ask("How many CBP inhibitor deals were signed in 2025?")
    coherent = next(r for r in _DEALS if r["licensor"] == "Coherent Biopharma")
    assert "Coherent" not in answer.interpretation and coherent["asset"].split()[0] not in answer.answer
    assert not any("Coherent" in str(call.args) for call in answer.tool_calls)


_MERCK = [r for r in _DEALS if "Merck & Co." in r["licensee"].split(";")]


@pytest.mark.parametrize(
    "question",
    ["Count Merck's chinese partners", "Merck total Chinese partners?", "Upfront from Merck's Chinese partners?"],
)
def test_a_verb_or_measure_is_no_part_of_a_buyers_name(question: str) -> None:
    assert terse_spelt(question, bundled_entities()) == question


def test_a_count_of_a_buyers_partners(assistant: Assistant) -> None:
    answer = assistant.ask("Count Merck's chinese partners")
    assert [call.tool for call in answer.tool_calls] == ["aggregate"]
    assert answer.tool_calls[0].args["operation"] == "count"
    assert f"{len(_MERCK)} deals with licensee Merck & Co." in answer.answer


def test_the_upfront_from_a_buyers_partners(assistant: Assistant) -> None:
    answer = assistant.ask("Upfront from Merck's Chinese partners?")
    total = sum(Decimal(r["upfront_usd"]) for r in _MERCK) / 1_000_000_000
    assert f"upfront payments sum to ${total:f} billion" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Were ADC deals 12 out of 25?",
        "What share is 10 of 24?",
        "GSK has 4 ADC deals of 21, right?",
        "Hengrui ranked 3rd of 22?",
    ],
)
def test_of_two_digits_after_a_count_is_no_year(question: str) -> None:
    assert terse_spelt(question, bundled_entities()) == question
    assert terse_spelt("top 3 of 25, by upfront", bundled_entities()) == "top 3 of 2025, by upfront"


def test_a_count_of_some_is_counted_over_every_year(assistant: Assistant) -> None:
    answer = assistant.ask("GSK has 4 ADC deals of 21, right?")
    gsk_adc = [r for r in _DEALS if "GSK" in r["licensee"].split(";") and r["modality"] == "ADC"]
    assert "2021" not in answer.interpretation and f"Our table holds {len(gsk_adc)} deals" in answer.answer


def test_the_years_are_those_of_the_routers_tables() -> None:
    from assistant.corpus.tables import load_tables
    from assistant.routing.entities import EntityIndex

    tables = load_tables(DOCUMENTS)
    assert {s.period[:4] for s in tables.market_stats if s.period[:4].isdigit()} <= bundled_entities().held_years
    only_2024 = tables.model_copy(
        update={
            "deals": [d for d in tables.deals if d.announced.startswith("2024")],
            "market_stats": [s for s in tables.market_stats if s.period.startswith("2024")],
        }
    )
    index = EntityIndex(only_2024)
    assert index.held_years == frozenset({"2024"})
    assert terse_spelt("and 24?", index) == "and 2024?" and terse_spelt("and 25?", index) == "and 25?"
