"""outsider26's failure classes (a sell-side analyst's weekly note), each with other wordings than the outsider
file's: a band of figures on one money field ("an upfront more than $110m and less than $200m"), ...
Expected values come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.amounts import read_bounds
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = [deal for deal in load_tables(DOCUMENTS).deals if deal.scope == "main"]


# --- amounts.py: two bounds joined by "and" with no field between them are a band on the first one's field
@pytest.mark.parametrize(
    ("question", "field", "low", "high"),
    [
        ("Count of 2025 deals with upfront more than $110m and less than $200m", "upfront", "110000000", "200000000"),
        ("How many 2024 deals had an upfront above $50 million and below $200 million?", "upfront", "5e7", "2e8"),
        ("2025 deals with milestones greater than $1bn and lower than $2bn", "milestones", "1e9", "2e9"),
        ("deals with a total above $1bn but under $2bn", "total", "1e9", "2e9"),
    ],
)
def test_a_band_is_on_one_field(question: str, field: str, low: str, high: str) -> None:
    bounds, _ = read_bounds(question)
    assert bounds.amounts == {f"min_{field}_usd": Decimal(low), f"max_{field}_usd": Decimal(high)}, bounds.amounts


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("an upfront under $100 million but a total over $1 billion", {"max_upfront_usd", "min_total_usd"}),
        ("an upfront over $100M and a total under $1B", {"min_upfront_usd", "max_total_usd"}),
        ("deals of $1B and above", {"min_total_usd"}),
    ],
)
def test_a_second_field_named_keeps_its_own_bound(question: str, expected: set[str]) -> None:
    bounds, _ = read_bounds(question)
    assert set(bounds.amounts) == expected, bounds.amounts


def test_a_band_counts_the_rows_inside_it(router: Router, tools: DealTools) -> None:
    call = one_call(route(router, "How many 2024 deals had an upfront above $50 million and below $200 million?"))
    low, high = Decimal(50_000_000), Decimal(200_000_000)
    inside = {
        d.deal_id
        for d in _DEALS
        if d.announced.startswith("2024") and d.upfront.amount is not None and low < d.upfront.amount < high
    }
    assert call.tool == "aggregate" and call.args["operation"] == "count", call
    assert set(tools.run(call).deal_ids) == inside and len(inside) > 1


# --- rank_asks.py / frequency.py: "the most times", "the greatest number of times / deals" as licensor is a count
@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("Which Chinese drugmaker shows up as licensor the most times in the data?", "licensor"),
        ("Which pharma shows up as licensee the most times since 2024?", "licensee"),
        ("Which company turns up as the licensor the most often in your deal table?", "licensor"),
        ("Which buyer features as licensee the greatest number of times in 2025?", "licensee"),
        ("Which licensor signed the greatest number of deals in 2025?", "licensor"),
    ],
)
def test_most_times_as_a_side_counts_deals(router: Router, question: str, side: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["dimension"] == side and call.args["metric"] == "count", call


def test_the_most_money_after_the_verb_is_still_a_sum(router: Router) -> None:
    call = one_call(route(router, "Which licensor shows up with the most money in 2025?"))
    assert call.tool == "rank" and call.args["metric"] == "total", call


# --- kind_lists.py: a modality's or an area's deals asked with no list verb are listed from our rows
@pytest.mark.parametrize(
    ("question", "field", "value", "year"),
    [
        ("siRNA deals in the data?", "modality", "siRNA", None),
        ("ADC deals in 2024?", "modality", "ADC", "2024"),
        ("peptide deals in the table?", "modality", "Peptide", None),
        ("Which metabolic / obesity deals were struck in 2025?", "therapeutic_area", "Metabolic", "2025"),
        ("Which cardiovascular / heart deals were signed in 2025?", "therapeutic_area", "Cardiovascular", "2025"),
    ],
)
def test_a_kind_of_deal_is_listed(
    router: Router, tools: DealTools, question: str, field: str, value: str, year: str | None
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals" and call.args["filter"][field] == value, call
    expected = {
        d.deal_id for d in _DEALS if getattr(d, field) == value and (year is None or d.announced.startswith(year))
    }
    assert expected and expected <= set(tools.run(call).deal_ids)


@pytest.mark.parametrize(
    "question",
    ["ADC deals in 2024: why so many?", "Why are ADC deals so popular?", "obesity deals - what is driving them?"],
)
def test_a_why_about_a_kind_of_deal_stays_with_the_articles(router: Router, question: str) -> None:
    assert route(router, question).route == "text"


def test_a_measure_of_a_kind_of_deal_is_no_list(router: Router) -> None:
    assert one_call(route(router, "How many ADC deals in 2024?")).tool == "aggregate"


# --- count_and_sum.py: a sum asked alone after a count with its subject sums the same deals, not a tracker's total
@pytest.mark.parametrize(
    ("question", "company", "date_from"),
    [
        ("Merck's China deals since 2024 - how many, and what do the upfronts add up to?", "Merck & Co.", "2024-01-01"),
        (
            "AstraZeneca's China deals since 2025 - how many, and what do the upfronts add up to?",
            "AstraZeneca",
            "2025-01-01",
        ),
    ],
)
def test_a_sum_after_a_count_is_over_our_rows(
    router: Router, tools: DealTools, question: str, company: str, date_from: str
) -> None:
    count_part, sum_part = split_parts(question)
    assert one_call(route(router, count_part)).args["operation"] == "count"
    total = one_call(route(router, sum_part, [count_part]))
    assert total.tool == "aggregate" and total.args["operation"] == "sum" and total.args["metric"] == "upfront", total
    assert total.args["filter"]["licensee"] == company and total.args["filter"]["date_from"] == date_from
    rows = [d for d in _DEALS if company in d.licensees and d.announced >= date_from]
    expected = sum((d.upfront.amount for d in rows if d.upfront.amount is not None), Decimal(0))
    assert tools.run(total).figures[0].value == expected


def test_a_count_and_its_combined_upfront_still_split() -> None:
    assert split_parts("roche: # of deals + combined UF") == ["Roche: # of deals?", "Roche: combined UF?"]


# --- deal_place.py / RankArgs.through: where a named deal ranks is a ranking of its field down to its place
@pytest.mark.parametrize(
    ("question", "history", "metric", "year", "deal_id"),
    [
        (
            "and where does Hengrui's GSK deal rank among 2025 deals by value?",
            ["What was the largest deal of 2025?"],
            "total",
            "2025",
            "hengrui-gsk-2025",
        ),
        (
            "Where does Innovent's Takeda deal rank among 2025 deals by upfront?",
            [],
            "upfront",
            "2025",
            "innovent-takeda-2025",
        ),
        (
            "and how does RemeGen's AbbVie deal rank among 2026 deals by total value?",
            ["What is the biggest deal of 2026 so far?"],
            "total",
            "2026",
            "remegen-abbvie-2026",
        ),
    ],
)
def test_where_a_deal_ranks_ranks_its_field(
    router: Router, tools: DealTools, question: str, history: list[str], metric: str, year: str, deal_id: str
) -> None:
    call = one_call(route(router, question, history))
    assert call.tool == "rank" and "licensor" not in call.args["filter"] and call.args["through"], call
    field = [d for d in _DEALS if d.announced.startswith(year) and d.figure(metric).amount is not None]
    ranked = sorted(field, key=lambda d: -d.figure(metric).amount)
    place = [d.deal_id for d in ranked].index(deal_id)
    assert place > 0  # a deal behind another: the answer has to name those ahead of it
    rows = tools.run(call).rows
    assert rows[: place + 1] == [d.deal_id for d in ranked[: place + 1]], rows


def test_where_a_company_ranks_ranks_its_side(router: Router) -> None:
    call = one_call(route(router, "Where does Hengrui rank among 2025 licensors by total value?"))
    assert call.args["dimension"] == "licensor" and "licensor" not in call.args["filter"], call
    assert call.args["after"] == "Jiangsu Hengrui Pharmaceuticals"


def test_a_ranking_of_one_company_deals_without_where_keeps_its_filter(router: Router) -> None:
    call = one_call(route(router, "Rank Hengrui's 2025 deals by upfront"))
    assert call.args["filter"].get("licensor") == "Jiangsu Hengrui Pharmaceuticals" and not call.args.get("through"), (
        call
    )


# --- deal_share.py: a kind word said of the one deal ("the ... obesity deal") does not narrow its period's total
@pytest.mark.parametrize(
    ("question", "metric", "year", "deal_id"),
    [
        (
            "What share of 2024 deal value in the table is the Hengrui-Kailera obesity deal alone?",
            "total",
            "2024",
            "hengrui-kailera-2024",
        ),
        (
            "What share of 2025 upfront money in the table did the 3SBio-Pfizer cancer deal take?",
            "upfront",
            "2025",
            "3sbio-pfizer-2025",
        ),
    ],
)
def test_a_deal_share_is_of_every_deal_of_its_period(
    router: Router, tools: DealTools, question: str, metric: str, year: str, deal_id: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare" and "therapeutic_area" not in call.args["right"], call
    right = call.args["right"]
    period = [d for d in _DEALS if d.announced.startswith(year) and d.figure(metric).amount is not None]
    whole = sum((d.figure(metric).amount for d in period), Decimal(0))
    values = [f.value for f in tools.run(call).figures]
    assert whole in values, (right, values)


def test_a_kind_said_of_the_period_keeps_its_filter(router: Router) -> None:
    call = one_call(route(router, "What share of 2026 metabolic deal value in the table is the CSPC-AstraZeneca deal?"))
    assert call.args["right"].get("therapeutic_area") == "Metabolic", call


# --- shared_scope.py: an opening scope said once holds for every ask; a second ask as a noun phrase is its own
@pytest.mark.parametrize(
    ("question", "second"),
    [
        (
            "In 2024, what was the largest deal by total value, and which licensee spent the most upfront across its deals?",
            "In 2024: which licensee spent the most upfront across its deals?",
        ),
        (
            "Hengrui vs Hansoh since 2024: who signed more deals, and whose upfronts add up to more?",
            "Hengrui vs Hansoh since 2024: whose upfronts add up to more?",
        ),
        (
            "two figures please: Akeso's upfront from Summit, and the total value of Hengrui's GSK deal",
            "The total value of Hengrui's GSK deal?",
        ),
    ],
)
def test_the_second_ask_keeps_its_scope(router: Router, question: str, second: str) -> None:
    parts = split_parts(question, router.company_spans)
    assert len(parts) == 2 and parts[1] == second, parts


def test_a_scoped_second_ask_ranks_within_the_period(router: Router) -> None:
    first, second = split_parts(
        "In 2024, what was the largest deal by total value, and which licensee spent the most upfront across its deals?",
        router.company_spans,
    )
    call = one_call(route(router, second, [first]))
    assert call.tool == "rank" and call.args["dimension"] == "licensee" and call.args["filter"].get("year") == 2024, (
        call
    )


@pytest.mark.parametrize(
    "question",
    [
        "What did Pfizer pay 3SBio upfront, and the total value of that deal?",  # one deal's two figures
        "How many deals in 2025, and what was the biggest deal in the whole table?",  # each part its own reach
    ],
)
def test_one_deal_or_an_own_reach_is_not_rescoped(router: Router, question: str) -> None:
    parts = split_parts(question, router.company_spans)
    assert all(not part.lower().startswith("in 2025:") for part in parts[1:]), parts
    if "3SBio" in question:
        assert len(parts) == 1, parts


@pytest.mark.parametrize(
    ("question", "second"),
    [
        # a colon head naming a deal, not a period, is the topic the history carries
        ("Hengrui's GSK deal: what area, and how does the drug work?", "How does the drug work?"),
    ],
)
def test_a_follow_up_part_is_not_rescoped(router: Router, question: str, second: str) -> None:
    assert split_parts(question, router.company_spans)[1] == second


def test_a_second_tracker_asked_how_it_differs_is_one_question(router: Router) -> None:
    """Since the eleventh session (tracker_both): both trackers' figures for the one period, side by side."""
    question = "For 2025, what deal value does CPHIIC give, and how does PharmCube's figure differ?"
    assert len(split_parts(question, router.company_spans)) == 1
