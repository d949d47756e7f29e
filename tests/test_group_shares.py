"""Issue 11's classes (shares, group ratios, growth in an area, comparables), in other words than the outsider
files': a group's upfront as a share of its combined value is the sum over the sum, the whole being the measure
said after "% of", whatever the group (a target, an area, a company)."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.routing.group_shares import whole_measure
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, one_call, route


def _rows() -> list[dict[str, str]]:
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["scope"] in ("main", "context")]


def _percent(tools: DealTools, question: str, router: Router) -> Decimal:
    result = tools.run(one_call(route(router, question)))
    shares = [figure.value for figure in result.figures if figure.unit == "percent" and figure.value is not None]
    assert shares, result
    return shares[-1]


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("what % of the combined headline value was paid upfront?", "total"),
        ("What fraction of Innovent's total deal value came upfront?", "total"),
        ("how much of their 2025 upfronts was milestones", "upfront"),
        ("upfront as a share of total value", "total"),
    ],
)
def test_the_whole_is_the_measure_said_after_the_share_word(question: str, whole: str) -> None:
    assert whole_measure(question) == whole


def test_no_whole_without_a_share_word() -> None:
    assert whole_measure("What was Innovent's total deal value and upfront?") is None


@pytest.mark.parametrize(
    ("question", "keep"),
    [
        (
            "For the DLL3 deals, how much of the combined headline value was paid upfront, in percent?",
            lambda row: "DLL3" in row["asset"],
        ),
        (
            "For the B7-H3 deals since 2023, what percent of their combined value came upfront?",
            lambda row: "B7-H3" in row["asset"] and row["announced"] >= "2023",
        ),
        (
            "For 2024 oncology deals in your data, what fraction of the combined deal value came upfront?",
            lambda row: row["therapeutic_area"] == "Oncology" and row["announced"].startswith("2024"),
        ),
        (
            "What fraction of Innovent's total deal value came upfront?",
            lambda row: row["licensor"] == "Innovent Biologics",
        ),
        (
            "How much of Merck's combined deal value was upfront, as a percentage?",
            lambda row: row["licensee"] == "Merck & Co.",
        ),
    ],
)
def test_a_groups_upfront_is_its_sum_over_its_total_sum(router: Router, tools: DealTools, question: str, keep) -> None:  # type: ignore[no-untyped-def]
    rows = [row for row in _rows() if keep(row) and row["upfront_usd"] and row["total_usd"]]
    assert len(rows) >= 2
    upfront = sum(Decimal(row["upfront_usd"]) for row in rows)
    total = sum(Decimal(row["total_usd"]) for row in rows)
    call = one_call(route(router, question))
    assert call.tool == "compare"
    assert (call.args["metric"], call.args["right_metric"]) == ("upfront", "total")
    assert abs(_percent(tools, question, router) - upfront / total * 100) < Decimal("0.1")


def test_a_speakers_company_is_no_group(router: Router) -> None:
    """ "Hansoh IR here. For 2025 oncology deals ...": Hansoh speaks; its deals are not the group asked."""
    plan = route(
        router,
        "Hansoh IR here. For 2025 oncology deals in your dataset, what fraction of the combined headline value was paid upfront?",
    )
    for call in plan.tool_calls:
        assert call.tool != "compare" or "licensor" not in call.args["left"]


@pytest.mark.parametrize(
    "question",
    [
        "What % of the Hengrui–GSK headline value is actually paid up front?",
        "What share of 2025 deal value did Hengrui account for?",
    ],
)
def test_one_deal_and_a_companys_share_of_the_period_are_other_rules(router: Router, question: str) -> None:
    assert route(router, question).rule != "one measure of a group's deals as a share of another"


def _countries() -> dict[str, str]:
    with (DOCUMENTS / "companies.csv").open(encoding="utf-8") as handle:
        return {row["name"]: row["country"] for row in csv.DictReader(handle)}


@pytest.mark.parametrize(
    ("question", "year", "country"),
    [
        ("what percentage of the 2025 deals in your table went to a Japanese licensee?", "2025", "Japan"),
        ("In your data, what proportion of 2025 deals had a US-based buyer?", "2025", "US"),
        ("what share of the 2024 deals in your table had a Swiss licensee?", "2024", "Switzerland"),
    ],
)
def test_a_share_of_deals_by_the_buyers_country_counts_our_rows(
    router: Router, tools: DealTools, question: str, year: str, country: str
) -> None:
    countries = _countries()
    rows = [row for row in _rows() if row["announced"].startswith(year)]
    buyers = [row for row in rows if any(countries.get(name) == country for name in row["licensee"].split(";"))]
    call = one_call(route(router, question))
    assert call.tool == "compare" and call.args["metric"] == "count"
    assert call.args["left"]["licensee_countries"] == [country] and "licensee_countries" not in call.args["right"]
    assert abs(_percent(tools, question, router) - Decimal(len(buyers)) / len(rows) * 100) < Decimal("0.1")


def test_a_buyers_country_said_with_based_is_read() -> None:
    from assistant.routing.analyst_wording import LICENSEE_COUNTRY_RE

    assert LICENSEE_COUNTRY_RE.search("deals with a US-based buyer")
    assert LICENSEE_COUNTRY_RE.search("a UK based licensee")


@pytest.mark.parametrize(
    ("question", "n", "metric"),
    [
        ("what slice of 2024's total deal value in your data came from the five biggest deals", 5, "total"),
        ("what portion of 2025's upfront money in your table came from the two biggest upfront deals?", 2, "upfront"),
        ("how big a chunk of 2025's headline value did the three largest deals account for?", 3, "total"),
    ],
)
def test_a_top_n_slice_of_a_year_ranks_the_deals_and_states_their_share(
    router: Router, tools: DealTools, question: str, n: int, metric: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["n"] == n and call.args["share_of_total"]
    year = str(call.args["filter"]["year"])
    values = sorted(
        (
            Decimal(row[f"{metric}_usd"])
            for row in _rows()
            if row["announced"].startswith(year) and row[f"{metric}_usd"]
        ),
        reverse=True,
    )
    assert abs(_percent(tools, question, router) - sum(values[:n]) / sum(values) * 100) < Decimal("0.1")


@pytest.mark.parametrize(
    ("question", "field", "value", "metric"),
    [
        ("metabolic: growth in total deal value from 2024 to 2025, in %", "therapeutic_area", "Metabolic", "total"),
        (
            "By what percent did upfront money for ADC deals grow from 2024 to 2025 in your table?",
            "modality",
            "ADC",
            "upfront",
        ),
        ("How did the number of oncology deals change from 2024 to 2025?", "therapeutic_area", "Oncology", "count"),
        ("how much did the siRNA deal count grow between 2024 and 2025?", "modality", "siRNA", "count"),
    ],
)
def test_growth_within_one_area_or_modality_compares_our_rows_of_that_kind(
    router: Router, question: str, field: str, value: str, metric: str
) -> None:
    plan = route(router, question)
    assert plan.route == "table"
    call = plan.tool_calls[0]
    assert call.tool == "compare" and call.args["metric"] == metric
    assert (call.args["left"]["year"], call.args["right"]["year"]) == (2025, 2024)
    assert call.args["left"][field] == call.args["right"][field] == value


@pytest.mark.parametrize(
    "question",
    [
        "How much did Hengrui's oncology deal value grow from 2024 to 2025?",
        "How much did deal value grow from 2024 to 2025?",
    ],
)
def test_a_company_or_the_market_keeps_its_own_growth_rule(router: Router, question: str) -> None:
    assert route(router, question).rule != "growth of one area's or modality's deals"


def _market(stat_id: str) -> Decimal:
    with (DOCUMENTS / "market_stats.csv").open(encoding="utf-8") as handle:
        return next(Decimal(row["value"]) for row in csv.DictReader(handle) if row["stat_id"] == stat_id)


@pytest.mark.parametrize(
    "question",
    [
        "Per Sino Drug Watch's January-August 2025 tally, upfront payments were what percent of upfront plus milestones?",
        "Sino Drug Watch, 2025 through August: how much of the upfront-plus-milestones money was upfront, as a share?",
        "sino drug watch end of aug 2025 - upfront as a % of upfront + milestones?",
    ],
)
def test_a_trackers_upfront_share_is_its_upfront_over_upfront_plus_milestones(
    router: Router, tools: DealTools, question: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["derive"] == "upfront_share"
    upfront, milestones = _market("sinodrugwatch-2025-ytd-upfront"), _market("sinodrugwatch-2025-ytd-milestones")
    assert abs(_percent(tools, question, router) - upfront / (upfront + milestones) * 100) < Decimal("0.01")


def test_a_tracker_without_both_figures_gives_no_share(router: Router, tools: DealTools) -> None:
    question = "Per PharmCube, what % of upfront plus milestones was upfront in 2025?"
    result = tools.run(one_call(route(router, question)))
    assert result.message and not result.figures


@pytest.mark.parametrize(
    ("question", "kind", "buyer", "left_out"),
    [
        (
            "Deals like Innovent-Roche: which other buyers licensed a Chinese DLL3 drug, and what did each pay upfront?",
            "DLL3",
            "Roche",
            "innovent-roche-2025",
        ),
        (
            "Comparable deals to Hengrui-Merck: who else bought a Chinese Lp(a) asset and for how much upfront?",
            "Lp(a)",
            "Merck & Co.",
            "hengrui-merck-2025",
        ),
        (
            "Deals similar to DualityBio-Avenzo, i.e. other EGFRxHER3 deals: who were the buyers and what were the upfronts?",
            "EGFRxHER3",
            "Avenzo Therapeutics",
            "dualitybio-avenzo-2025",
        ),
    ],
)
def test_deals_like_a_pair_are_the_others_of_its_kind(
    router: Router, tools: DealTools, question: str, kind: str, buyer: str, left_out: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals"
    where = call.args["filter"]
    assert where["asset"] == kind and "licensor" not in where and "licensee" not in where
    assert where["exclude_companies"] == [buyer]
    expected = {
        row["deal_id"]
        for row in _rows()
        if kind.lower() in row["asset"].lower() and buyer not in row["licensee"].split(";")
    }
    listed = set(tools.run(call).deal_ids)
    assert listed == expected and left_out not in listed


def test_a_deal_like_one_with_no_kind_said_takes_its_modality(router: Router) -> None:
    question = "Deals like Hansoh-Regeneron: who else bought from China, and at what upfront?"
    where = one_call(route(router, question)).args["filter"]
    assert where["modality"] == "Peptide" and where["exclude_companies"] == ["Regeneron"]


def test_a_pair_asked_without_likeness_stays_a_filter(router: Router) -> None:
    where = one_call(route(router, "Which deals did Innovent sign with Roche?")).args["filter"]
    assert where["licensor"] == "Innovent Biologics" and where["licensee"] == "Roche"


@pytest.mark.parametrize(
    "question",
    ["A deal like Curon's: what did Merck pay?", "Take a big platform deal like Hengrui-GSK: what was the upfront?"],
)
def test_a_deal_like_one_names_that_deal(router: Router, question: str) -> None:
    assert one_call(route(router, question)).tool == "get_deal"
