"""The figure and table classes of outsider9.jsonl (buy-side shorthand), each read in several
wordings on the real tables: two measures of one deal ("UF + total", "headline + UF") get its
terms; "ms" is milestones and a bare "headline" the total; a ticker with two letters swapped
beside its partner ("gks" by Hengrui) is that company; "ur table", "#", "% chg", "cardio" and
"since jan24" read as our rows, a count, a rate of change, an area and a date; a count with a
combined measure, a share asked of two deals, and our table against a named tracker are each
asked part by part. The examples are not the outsiders' words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.amounts import read_bounds
from assistant.routing.decompose import split_parts
from assistant.routing.periods import find_periods
from assistant.routing.router import Router
from assistant.routing.shorthand import TOTAL_BESIDE_RE
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS, one_call, route


# -- two measures of one deal -----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "remegen abbvie - UF + headline?",
        "cspc az obesity jan26: headline and UF pls",
        "argo nvs 2025 sirna - upfront & total value?",
        "hansoh regeneron: UF, total?",
        "total and upfront for zelgen abbvie",
    ],
)
def test_the_total_beside_another_measure_asks_the_deals_terms(router: Router, tools: DealTools, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "get_deal" and "metric" not in call.args, (question, call)
    labels = " ".join(figure.label for figure in tools.run(call).figures)
    assert "upfront" in labels and "total" in labels, (question, labels)


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("What was the total upfront of the Pfizer 3SBio deal?", "upfront"),
        ("the total milestones on curon merck?", "milestones"),
    ],
)
def test_a_total_that_qualifies_a_measure_is_no_second_measure(router: Router, question: str, metric: str) -> None:
    call = one_call(route(router, question))  # the pair's one deal, looked up or summed: the same figure
    assert call.tool in ("get_deal", "aggregate") and call.args.get("metric") == metric, (question, call)


@pytest.mark.parametrize("text", ["upfront and total milestones", "the total upfront and milestones", "total upfront"])
def test_no_total_beside_a_measure_when_it_qualifies_one(text: str) -> None:
    assert TOTAL_BESIDE_RE.search(text) is None


# -- "ms" and a bare "headline" -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "history", "metric"),
    [
        ("curon merck bispecific - ms?", [], "milestones"),
        ("evopoint astellas ms pls", [], "milestones"),
        ("and the ms?", ["lanova msd UF?"], "milestones"),
        ("united labs novo headline?", [], "total"),
        ("the regeneron one?", ["hansoh merck headline?"], "total"),
    ],
)
def test_ms_and_a_bare_headline_are_measures(router: Router, question: str, history: list[str], metric: str) -> None:
    call = one_call(route(router, question, history))
    assert (call.tool, call.args.get("metric")) == ("get_deal", metric), (question, call)


@pytest.mark.parametrize(
    "question",
    [
        "Which deals target MS?",
        "What did the headline news say about Hengrui and GSK?",
        "Why did the Hengrui GSK deal make headlines?",
    ],
)
def test_multiple_sclerosis_and_headline_news_are_no_measures(router: Router, question: str) -> None:
    calls = route(router, question).tool_calls
    assert all(call.args.get("metric") not in ("milestones", "total") or call.tool != "get_deal" for call in calls)


# -- a ticker with two letters swapped ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "licensee"),
    [
        ("henrgui gks deal UF??", "GSK"),
        ("hansoh mds deal upfront?", "Merck & Co."),
        ("harbour bsm deal UF", "Bristol Myers Squibb"),
        ("argo nsv 2024 deal upfront", "Novartis"),
    ],
)
def test_a_swapped_ticker_beside_its_partner_names_it(router: Router, question: str, licensee: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args.get("licensee")) == ("get_deal", licensee), (question, call)


@pytest.mark.parametrize("question", ["gks deal upfront?", "akeso mds upfront?", "what about the sdk?"])
def test_a_swap_with_no_partner_beside_it_names_nobody(router: Router, question: str) -> None:
    plan = route(router, question)
    named = {arg for call in plan.tool_calls for arg in (call.args.get("licensee"), call.args.get("company"))}
    assert not {"GSK", "Merck & Co."} & named and "GSK" not in plan.companies, (question, plan)


# -- our table, "#", "% chg", "cardio", "since jan24" ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "tool", "operation"),
    [
        ("sum of all ms on 2024 deals in ur table", "aggregate", "sum"),
        ("# of deals in ur table for 2026?", "aggregate", "count"),
        ("avg UF of 2024 deals in ur deal table", "aggregate", "average"),
        ("cardio deals in 2025 - total UF?", "aggregate", "sum"),
    ],
)
def test_our_table_and_shorthand_read_as_our_rows(router: Router, question: str, tool: str, operation: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args.get("operation")) == (tool, operation), (question, call)


def test_cardio_is_the_cardiovascular_area(router: Router) -> None:
    call = one_call(route(router, "cardio deals since 2024 - sum of UF"))
    assert call.args["filter"]["therapeutic_area"] == "Cardiovascular"
    assert call.args["filter"]["date_from"] == "2024-01-01"


def test_a_percent_chg_of_summed_upfronts_compares_our_years(router: Router) -> None:
    call = one_call(route(router, "sum of UF 2025 vs 2024, % chg"))
    assert call.tool == "compare" and call.args["metric"] == "upfront"


@pytest.mark.parametrize(
    ("question", "date_from"),
    [
        ("how many AZ deals from chinese cos since jan25", "2025-01-01"),
        ("abbvie deals since jan '25 - how many?", "2025-01-01"),
        ("novartis in-licensing from china since sep24: # deals", "2024-09-01"),
        ("sum of roche UFs since jun-24", "2024-06-01"),
    ],
)
def test_a_month_joined_to_two_year_digits_opens_a_range(router: Router, question: str, date_from: str) -> None:
    call = one_call(route(router, question))
    assert call.args["filter"].get("date_from") == date_from, (question, call)


def test_a_month_and_a_day_apart_are_no_short_year() -> None:
    periods = find_periods("deals signed on jan 24", "2026-02-28")
    assert periods == []


# -- parts asked one by one -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "how many siRNA deals in 2025, combined headline?",
            ["How many siRNA deals in 2025?", "Sum of the total deal value of siRNA deals in 2025?"],
        ),
        (
            "# of metabolic deals in 2025 and total UF?",
            ["How many metabolic deals in 2025 (in our table)?", "Sum of the upfronts of metabolic deals in 2025?"],
        ),
        ("2026 ytd: # deals and total $", ["2026 ytd: deal count?", "2026 ytd: total deal value?"]),
    ],
)
def test_a_count_with_a_combined_measure_is_two_questions(router: Router, question: str, parts: list[str]) -> None:
    assert split_parts(question, router.company_spans) == parts


def test_a_share_asked_of_two_deals_is_asked_of_each(router: Router) -> None:
    parts = split_parts("UF as % of total: curon/msd vs lanova/msd", router.company_spans)
    assert parts == ["UF as % of total: curon/msd?", "UF as % of total: lanova/msd?"]
    for part in parts:
        call = one_call(route(router, part))
        assert (call.tool, call.args["metric"], call.args.get("right_metric")) == ("compare", "upfront", "total")


def test_our_table_against_a_named_tracker_is_asked_of_each(router: Router) -> None:
    parts = split_parts("innovent 2025 deals total in your table against caixin's $10bn?", router.company_spans)
    assert len(parts) == 2
    tools = [one_call(route(router, part)).tool for part in parts]
    assert tools == ["aggregate", "market_stat"], parts


@pytest.mark.parametrize(
    "question",
    [
        "how many deals in 2025?",
        "UF as % of headline: 3sbio/pfe",
        "Compare the upfronts of the 3SBio–Pfizer and LaNova–Merck deals",
        "hengrui 2025 total in our deal table",
    ],
)
def test_one_question_stays_whole(router: Router, question: str) -> None:
    assert len(split_parts(question, router.company_spans)) == 1


# -- a bound on the upfront, the change in a count ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "field"), [("deals with a $1bn+ UF", "min_upfront_usd"), ("a $300m+ ms", "min_milestones_usd")]
)
def test_a_bound_before_uf_or_ms_is_on_that_measure(text: str, field: str) -> None:
    bounds, _ = read_bounds(text)
    assert field in bounds.amounts, bounds


def test_a_count_comparison_states_the_change_in_percent(tools: DealTools) -> None:
    deals = load_tables(DOCUMENTS).deals
    later, earlier = (sum(d.year == year and d.scope in ("main", "context") for d in deals) for year in (2025, 2024))
    args = {"metric": "count", "left": {"year": 2025}, "right": {"year": 2024}}
    result = tools.run(ToolCall(tool="compare", args=args))
    change = next(f for f in result.figures if f.unit == "percent")
    assert change.value == ((Decimal(later) - earlier) / earlier * 100).quantize(Decimal("0.1"))
    assert f"{change.value}% more" in result.lines[0].text
