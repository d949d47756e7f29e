"""A fact-checker's wordings (outsider23.jsonl's classes, ``routing/factcheck.py`` and its neighbours).

Each class with other wordings than the outsider file's; expected values are read from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.factcheck import claim_checked, widened_modality
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = [deal for deal in load_tables(DOCUMENTS).deals if deal.scope in ("main", "context")]


def _ranked(year: int | None, field: str) -> list:
    dated = [
        d
        for d in _DEALS
        if (year is None or d.announced.startswith(str(year))) and getattr(d, field).amount is not None
    ]
    return sorted(dated, key=lambda d: getattr(d, field).amount, reverse=True)


# --- a superlative claim about a named deal is checked against every deal of the period
@pytest.mark.parametrize(
    ("question", "year", "field"),
    [
        ("Is it true that Innovent–Takeda was the biggest deal of 2025 by total value?", 2025, "total"),
        ("We say Merck's LaNova deal carried the biggest upfront of 2024. Is that right?", 2024, "upfront"),
        ("Our copy says Hengrui–GSK paid the largest upfront ever recorded in your table. Correct?", None, "upfront"),
        ("My story calls the 3SBio-Pfizer pact 2025's richest deal by headline value - accurate?", 2025, "total"),
    ],
)
def test_a_superlative_claim_ranks_every_deal_of_the_period(
    router: Router, tools: DealTools, question: str, year: int | None, field: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank", call
    assert not {"licensor", "licensee", "company", "asset"} & set(call.args["filter"]), call.args
    result = tools.run(call)
    leader = _ranked(year, field)[0]
    first = result.rows[0]
    assert first == leader.deal_id, (first, leader.deal_id)


@pytest.mark.parametrize(
    "question",
    [
        "What was the biggest deal Innovent did with Takeda?",  # no claim: that pair's deals ranked
        "Is the GSK deal Hengrui's largest of 2025?",  # a company's own ranking
        "My draft calls Hengrui–GSK the largest respiratory deal of 2025 - right?",  # the area stays
    ],
)
def test_other_rankings_keep_their_filters(router: Router, question: str) -> None:
    plan = route(router, question)
    kept = [c for c in plan.tool_calls if c.tool == "rank"]
    assert not kept or any(set(c.args["filter"]) & {"licensor", "licensee", "therapeutic_area"} for c in kept), (
        plan.tool_calls
    )


def test_claim_checked_leaves_a_plain_ranking_alone() -> None:
    call = ToolCall(tool="rank", args={"dimension": "deal", "metric": "total", "filter": {"year": 2025}, "n": 1})
    assert claim_checked([call], "Is it true the biggest deal of 2025 was GSK's?") == [call]


# --- "counting bispecific ADCs too" widens the filter to ADCs
@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Count 2023 ADC deals, bispecific ADCs included.", 2023),
        ("How many ADC deals in 2024, including bispecific ADCs?", 2024),
        ("how many 2025 ADC licensing deals, counting bispecific ADCs too?", 2025),
    ],
)
def test_an_included_modality_widens_the_filter(router: Router, tools: DealTools, question: str, year: int) -> None:
    call = one_call(route(router, question))
    assert call.args["filter"]["modality"] == "ADC", call.args
    expected = sum(1 for d in _DEALS if d.year == year and "ADC" in d.modality)
    assert tools.run(call).figures[0].value == expected


def test_a_modality_asked_alone_stays() -> None:
    assert widened_modality("Bispecific ADC", "how many bispecific adc deals in 2025") == "Bispecific ADC"
    assert widened_modality("Bispecific ADC", "bispecific adc deals, not adcs in general") == "Bispecific ADC"
    assert widened_modality("Bispecific antibody", "mab deals, including bispecifics") == "Bispecific antibody"


# --- answerable questions no longer refused: "your 2025 rows", "who's third"
@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Total disclosed upfront money in your 2024 rows?", 2024),
        ("What do the upfronts in your 2026 rows add up to?", 2026),
    ],
)
def test_year_rows_are_our_table(router: Router, tools: DealTools, question: str, year: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate", call
    expected = sum((d.upfront.amount for d in _DEALS if d.year == year and d.upfront.amount), Decimal(0))
    assert tools.run(call).figures[0].value == expected


@pytest.mark.parametrize(
    ("question", "year", "field", "place"),
    [
        ("Ranking 2024 deals by upfront, who's second?", 2024, "upfront", 2),
        ("Ranking the 2025 deals by headline value, what's third?", 2025, "total", 3),
        ("2024 deals sorted by total value: which one sits fourth?", 2024, "total", 4),
    ],
)
def test_a_place_asked_after_a_ranking(
    router: Router, tools: DealTools, question: str, year: int, field: str, place: int
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args.get("position") == place, call
    expected = _ranked(year, field)[place - 1]
    assert tools.run(call).figures[0].value == getattr(expected, field).amount


# --- a drug's price and a forecast are refused, not answered with a deal's terms or a tracker's figure
@pytest.mark.parametrize(
    "question",
    [
        "What does a year of telitacicept treatment cost in China?",
        "How much does a course of ivonescimab cost in China?",
        "What's the cost of one month of SSGJ-707 for a patient?",
        "What will full-year 2026 China out-licensing value come to?",
        "I want a forecast for the 2026 headline total.",
        "Give me a rough projection for 2027 upfronts.",
    ],
)
def test_prices_and_forecasts_go_to_the_articles(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls, (plan.rule, plan.tool_calls)
    assert plan.unheld_measure, plan.rule


@pytest.mark.parametrize(
    "question",
    [
        "What will Takeda pay Innovent upfront?",
        "How much did the 3SBio deal cost Pfizer upfront?",
        "What was the total deal value of 2025 in your table?",
    ],
)
def test_deal_terms_are_no_price_or_forecast(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.tool_calls and not plan.unheld_measure, (plan.rule, plan.unheld_measure)


# --- percentages: a deal named by its stated headline, a deal's share of its period in our rows
@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("What percentage of the $18.5bn CSPC–AZ headline is upfront?", "cspc-astrazeneca-2026"),
        ("How much of the $2bn CSPC-AstraZeneca headline, in percent, came upfront?", "cspc-astrazeneca-2024"),
    ],
)
def test_a_stated_headline_names_one_of_the_pairs_deals(
    router: Router, tools: DealTools, question: str, deal_id: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare", call
    deal = next(d for d in _DEALS if d.deal_id == deal_id)
    assert deal.upfront.amount is not None and deal.total.amount is not None
    share = (deal.upfront.amount / deal.total.amount * 100).quantize(Decimal("0.1"))
    assert any(f.unit == "percent" and f.value == share for f in tools.run(call).figures), tools.run(call).figures


@pytest.mark.parametrize(
    ("question", "deal_id", "year", "field"),
    [
        (
            "What share of 2024 upfront money in your table came from the Curon–Merck deal?",
            "curon-merck-2024",
            2024,
            "upfront",
        ),
        (
            "What percent of the 2025 total deal value in your table did the Hengrui–GSK deal account for?",
            "hengrui-gsk-2025",
            2025,
            "total",
        ),
    ],
)
def test_a_deals_share_of_its_period_in_our_rows(
    router: Router, tools: DealTools, question: str, deal_id: str, year: int, field: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare" and "licensor" not in call.args["right"], call
    part = getattr(next(d for d in _DEALS if d.deal_id == deal_id), field).amount
    whole = sum((getattr(d, field).amount for d in _DEALS if d.year == year and getattr(d, field).amount), Decimal(0))
    share = (part / whole * 100).quantize(Decimal("0.1"))
    assert any(f.unit == "percent" and f.value == share for f in tools.run(call).figures), tools.run(call).figures
