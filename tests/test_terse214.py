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
from assistant.routing.terse_shorthand import held_years, terse_spelt
from tests.conftest import DOCUMENTS

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
    assert terse_spelt(question) == question


@pytest.mark.parametrize(
    ("question", "spelt"),
    [("ADC deals in 24?", "ADC deals in 2024?"), ("MRK deals for 25", "MRK deals for 2025"), ("and 24?", "and 2024?")],
)
def test_two_digits_that_end_the_clause_are_the_year(question: str, spelt: str) -> None:
    assert terse_spelt(question) == spelt


def test_held_years_come_from_the_tables() -> None:
    assert {row["announced"][:4] for row in _DEALS} <= held_years()
    assert "2020" not in held_years()


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
    assert "2020" not in answer.answer and not answer.abstained


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
    assert "Innovent" not in answer.interpretation and "IBI363" not in answer.answer


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
    assert terse_spelt("who are Merck's Chinese partners?") == "who are Merck's Chinese partners?"


@pytest.mark.parametrize("question", ["why report the CSPC AZ deal at $4.7bn instead of 18.5?", "top 3 of 18?"])
def test_an_amount_or_count_after_a_preposition_is_no_year(question: str) -> None:
    assert terse_spelt(question) == question
