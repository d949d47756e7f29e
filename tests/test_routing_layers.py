"""Unit tests per routing layer (periods, entities, intents), so a failing case names its layer.

Each table is a corpus of examples in the duckling habit: a phrase and what it must read as,
and phrases that must not be read that way.
"""

from __future__ import annotations

import difflib

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.entities import EntityIndex, close_matches
from assistant.routing.intents import read_slots
from assistant.routing.periods import Period, find_periods, year_before
from tests.conftest import DOCUMENTS

CORPUS_END = "2026-01-31"


# -- periods ---------------------------------------------------------------------------
PERIOD_CASES = [
    ("deals in 2025", {"year": 2025}, ("2025-01-01", "2025-12-31")),
    ("in Q1 2025", {"year": 2025, "quarter": 1}, ("2025-01-01", "2025-03-31")),
    ("the first half of 2024", {"year": 2024, "half": 1}, ("2024-01-01", "2024-06-30")),
    ("in February 2024", {"year": 2024, "month": 2}, ("2024-02-01", "2024-02-29")),  # a leap year
    ("in Feb 2025", {"year": 2025, "month": 2}, ("2025-02-01", "2025-02-28")),
    ("from January to August 2025", {"year": 2025, "month": 1, "month_to": 8}, ("2025-01-01", "2025-08-31")),
    ("in Sept 2025", {"year": 2025, "month": 9}, ("2025-09-01", "2025-09-30")),
    ("IQVIA's first-half 2025 figure", {"year": 2025, "half": 1}, ("2025-01-01", "2025-06-30")),
    ("the second half-year 2024", {"year": 2024, "half": 2}, ("2024-07-01", "2024-12-31")),
    ("so far in 2026", {"year": 2026, "month_to": 1, "running": True}, ("2026-01-01", "2026-01-31")),
    ("so far in 2025", {"year": 2025, "running": False}, ("2025-01-01", "2025-12-31")),  # a past year is whole
]


@pytest.mark.parametrize(("text", "fields", "dates"), PERIOD_CASES, ids=[c[0] for c in PERIOD_CASES])
def test_periods_read_as(text: str, fields: dict[str, int], dates: tuple[str, str]) -> None:
    periods = find_periods(text, CORPUS_END)
    assert len(periods) == 1, periods
    period = periods[0]
    for name, value in fields.items():
        assert getattr(period, name) == value, (name, period)
    assert (period.date_from, period.date_to) == dates


@pytest.mark.parametrize(
    "text", ["How much did Pfizer pay 3SBio upfront?", "SSGJ-707 and HRS-1893", "up to $1,250 million"]
)
def test_no_period_in(text: str) -> None:
    assert [p for p in find_periods(text, CORPUS_END) if p.year] == []


def test_last_year_counts_from_the_corpus_end_not_today() -> None:
    periods = find_periods("deals signed last year", CORPUS_END)
    assert [p.year for p in periods] == [2025]


def test_year_before_keeps_the_part_of_the_year() -> None:
    assert year_before(Period(year=2025, quarter=2)) == Period(year=2024, quarter=2)


# -- entities --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def entities() -> EntityIndex:
    return EntityIndex(load_tables(DOCUMENTS))


COMPANY_CASES = [
    ("How much did Pfizer pay 3SBio upfront?", ["Pfizer", "3SBio"]),
    ("hengrui gsk upfront", ["Jiangsu Hengrui Pharmaceuticals", "GSK"]),
    ("恒瑞医药的交易", ["Jiangsu Hengrui Pharmaceuticals"]),
    ("What did MSD pay Hansoh?", ["Merck & Co.", "Hansoh Pharmaceutical Group"]),
    ("Innovnet and Takeda", ["Innovent Biologics", "Takeda"]),  # a typo
]


@pytest.mark.parametrize(("text", "names"), COMPANY_CASES, ids=[c[0] for c in COMPANY_CASES])
def test_companies_found_in(entities: EntityIndex, text: str, names: list[str]) -> None:
    assert [m.name for m in entities.find_companies(text).mentions] == names


@pytest.mark.parametrize(
    "text",
    [
        "What is an ADC?",
        "Why are multinationals licensing from China?",
        "the biggest deal of 2025",
    ],
)
def test_no_company_in(entities: EntityIndex, text: str) -> None:
    assert entities.find_companies(text).mentions == []


def test_a_month_is_no_misspelt_company(entities: EntityIndex) -> None:
    found = entities.find_companies("the licence Novo Nordisk took in March 2025")
    assert [m.name for m in found.mentions] == ["Novo Nordisk"] and found.guesses == {}  # "March" is not "Merck"
    assert [m.name for m in entities.find_companies("What did Merk pay Hansoh?").mentions][:1] == ["Merck & Co."]


def test_close_matches_is_difflib_exactly(entities: EntityIndex) -> None:
    """The rapidfuzz prefilter keeps every name difflib would: same names, same order."""
    words = ["hengrul", "inovent", "pfizr", "novartus", "merk", "takeda", "analysts", "upfront", "biotek", "zzzz"]
    for word in words:
        for n, cutoff in [(4, 0.6), (3, 0.6), (1, 0.8)]:
            expected = difflib.get_close_matches(word, entities.fuzzy_vocabulary, n=n, cutoff=cutoff)
            assert close_matches(word, entities.fuzzy_vocabulary, n, cutoff) == expected, word
    assert close_matches("inovent", entities.fuzzy_vocabulary, 1, 0.8) == ["innovent"]


def test_an_asset_code_names_its_deal(entities: EntityIndex) -> None:
    assert [deal for _, deal, _ in entities.find_assets("What is SSGJ-707?")] == ["3sbio-pfizer-2025"]


# -- intents ---------------------------------------------------------------------------
INTENT_CASES = [
    ("How much did Pfizer pay 3SBio upfront?", {"metrics": ["upfront"], "op": None}),
    ("What were the milestones in the Hengrui GSK deal?", {"metrics": ["milestones"]}),
    ("sum of Merck's 2024 upfronts", {"metrics": ["upfront"], "op": "sum"}),
    ("How many deals did AbbVie sign in 2025?", {"count": True}),
    ("the top 3 deals of 2025 by total value", {"op": "rank", "n": 3}),
    ("Compare Merck's 2024 and 2025 upfronts", {"op": "compare"}),
    ("Why are multinationals licensing Chinese drugs?", {"strong_text": True}),
    ("How many biobucks is the CSPC pact worth?", {"count": False, "metrics": ["milestones", "total"]}),
    ("How many deals did CSPC sign?", {"count": True}),
    ("By how many percent did the upfronts fall?", {"count": False, "op": "growth"}),
    ("deals with less than $60 million upfront", {"bounds": {"max_upfront_usd": 60000000}, "max_total": None}),
    ("deals with an upfront under $100 million", {"bounds": {"max_upfront_usd": 100000000}}),
    ("gap between the upfronts of the two deals", {"op": "compare", "derive": "difference"}),
    ("Did A or B get more upfront, and by how much?", {"op": "compare", "derive": "difference"}),
    ("By how much did deal value grow?", {"op": "growth", "derive": None}),
    ("Has BMS paid any milestones yet?", {"payment_made": True}),
    ("What has BMS paid upfront since 2024?", {"payment_made": False}),
    ("What kind of drug is it?", {"text_kind": True, "figure_cue": False}),
    ("What kind of drugs were they?", {"text_kind": True}),
    ("who else did they license to that year?", {"others": True}),
]


@pytest.mark.parametrize(("text", "expected"), INTENT_CASES, ids=[c[0] for c in INTENT_CASES])
def test_intents_read_as(entities: EntityIndex, text: str, expected: dict[str, object]) -> None:
    slots = read_slots(text, entities, CORPUS_END)
    for name, value in expected.items():
        assert getattr(slots, name) == value, (name, slots.model_dump(exclude_defaults=True))


@pytest.mark.parametrize("text", ["Why are multinationals licensing Chinese drugs?", "Who is 3SBio's partner?"])
def test_no_money_metric_in(entities: EntityIndex, text: str) -> None:
    assert read_slots(text, entities, CORPUS_END).metrics == []
