"""The classes of outsider15.jsonl (a quant's questions), each read in several wordings on the real
tables: a question only our deal table can answer (a status, a disclosed equity amount, a breakdown
per company, a share of our own rows' money) is never a tracker's market figure; a modality or a
company left out is an exclusion, not the filter; "including ..." is no filter; one deal's measure
divided by another is a ratio; "milestones exceed 20x the upfront" filters our rows; "through end-Aug"
is a tracker's year-to-date. The examples are not the outsider's words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import Deal, load_tables
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS, one_call, route

DEALS = [deal for deal in load_tables(DOCUMENTS).deals if deal.scope in ("main", "context")]


def _amount(deal: Deal, metric: str) -> Decimal | None:
    return deal.figure(metric).amount  # type: ignore[arg-type]


def _figure_values(tools: DealTools, call: ToolCall, unit: str) -> list[Decimal]:
    return [f.value for f in tools.run(call).figures if f.unit == unit and f.value is not None]


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("how many deals have status terminated?", "terminated"),
        ("count of deals with status: active", "active"),
        ("which deals are status = closed", "closed"),
    ],
)
def test_a_status_column_filters_our_rows(router: Router, tools: DealTools, question: str, status: str) -> None:
    call = one_call(route(router, question))
    assert call.tool in ("aggregate", "find_deals")
    assert call.args["filter"]["status"] == status
    expected = {deal.deal_id for deal in DEALS if deal.status == status}
    assert set(tools.run(call).deal_ids) == expected


@pytest.mark.parametrize(
    "question",
    ["how many deals had equity?", "number of deals carrying equity", "which deals came with an equity investment?"],
)
def test_deals_with_equity_are_counted_in_our_table(router: Router, tools: DealTools, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool != "market_stat"
    assert call.args["filter"]["disclosed"] == ["equity"]
    expected = {deal.deal_id for deal in DEALS if _amount(deal, "equity") is not None}
    assert set(tools.run(call).deal_ids) == expected


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("number of deals per licensor in 2025", "licensor"),
        ("2024 deal count broken down by licensee", "licensee"),
        ("count of deals for each licensee in 2025, descending", "licensee"),
    ],
)
def test_a_breakdown_per_company_is_our_rows(router: Router, question: str, side: str) -> None:
    call = one_call(route(router, question))
    assert call.tool in ("aggregate", "rank")
    assert side in (call.args.get("group_by"), call.args.get("dimension"))


def test_a_plain_market_count_still_goes_to_the_trackers(router: Router) -> None:
    assert one_call(route(router, "how many deals were signed in 2025?")).tool == "market_stat"
    assert one_call(route(router, "deal count growth 2024 to 2025 in %")).tool == "market_stat"


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("count of 2025 deals with modality = ADC (leaving out bispecific ADCs)", [2025]),
        ("how many ADC deals in 2024, not counting bispecific ADCs?", [2024]),
        ("2025 ADC deals excluding bispecific ADCs — count", [2025]),
    ],
)
def test_a_modality_left_out_is_excluded(router: Router, tools: DealTools, question: str, years: list[int]) -> None:
    call = one_call(route(router, question))
    wanted = call.args["filter"]
    assert wanted["modality"] == "ADC" and wanted["exclude_modalities"] == ["Bispecific ADC"]
    expected = {deal.deal_id for deal in DEALS if deal.modality == "ADC" and deal.year in years}
    assert set(tools.run(call).deal_ids) == expected


def test_no_modality_left_out_adds_nothing(router: Router) -> None:
    call = one_call(route(router, "count of 2025 ADC deals"))
    assert "exclude_modalities" not in call.args["filter"]


@pytest.mark.parametrize(
    ("history", "question", "left_out"),
    [
        ("top 5 licensors by summed total value, 2025", "exclude the Hengrui deals and re-rank", "Hengrui"),
        ("top 5 licensees by summed total value, 2025", "leave out AstraZeneca and rank again", "AstraZeneca"),
    ],
)
def test_a_company_left_out_of_a_re_rank(router: Router, history: str, question: str, left_out: str) -> None:
    before = one_call(route(router, history))
    call = one_call(route(router, question, [history]))
    assert call.tool == "rank" and call.args["dimension"] == before.args["dimension"]
    assert call.args["filter"].get("year") == 2025
    assert any(left_out in name for name in call.args["filter"]["exclude_companies"])
    assert "licensor" not in call.args["filter"] and "licensee" not in call.args["filter"]


@pytest.mark.parametrize(
    ("question", "company"),
    [
        ("sum of all Hansoh upfronts, including the two 2023 GSK deals", "Hansoh"),
        ("total of all Hengrui upfronts, including the 2025 GSK deal", "Hengrui"),
    ],
)
def test_including_is_no_filter(router: Router, tools: DealTools, question: str, company: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == "sum"
    assert "licensee" not in call.args["filter"] and "year" not in call.args["filter"]
    expected = sum(
        (_amount(d, "upfront") or Decimal(0) for d in DEALS if any(company in n for n in d.licensors)), Decimal(0)
    )
    assert expected in _figure_values(tools, call, "USD")


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("upfront divided by total, Hengrui–GSK", "hengrui-gsk-2025"),
        ("3SBio/Pfizer: upfront as a fraction of the headline value", "3sbio-pfizer-2025"),
        ("ratio of upfront to total for the Innovent–Takeda deal", "innovent-takeda-2025"),
    ],
)
def test_one_deals_measure_divided_by_another(router: Router, tools: DealTools, question: str, deal_id: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare" and call.args["metric"] == "upfront" and call.args["right_metric"] == "total"
    deal = next(d for d in DEALS if d.deal_id == deal_id)
    upfront, total = _amount(deal, "upfront"), _amount(deal, "total")
    assert upfront is not None and total is not None
    ratios = _figure_values(tools, call, "ratio")
    assert any(abs(value - upfront / total) < Decimal("0.0001") for value in ratios)


@pytest.mark.parametrize(
    ("question", "area", "year"),
    [
        ("share of 2024 value that went to oncology", "Oncology", 2024),
        ("what % of 2025 deal dollars went to immunology?", "Immunology", 2025),
    ],
)
def test_an_areas_share_of_our_rows(router: Router, tools: DealTools, question: str, area: str, year: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare"
    assert call.args["left"]["therapeutic_area"] == area and "therapeutic_area" not in call.args["right"]
    in_year = [d for d in DEALS if d.year == year and _amount(d, "total") is not None]
    part = sum((_amount(d, "total") or Decimal(0) for d in in_year if d.therapeutic_area == area), Decimal(0))
    whole = sum((_amount(d, "total") or Decimal(0) for d in in_year), Decimal(0))
    shares = _figure_values(tools, call, "percent")
    assert any(abs(value - part / whole * 100) < Decimal("0.06") for value in shares)


def test_aggregate_upfront_as_a_percent_of_aggregate_total(router: Router, tools: DealTools) -> None:
    question = "aggregate upfront as a percentage of aggregate total, 2024 deals where both are disclosed"
    call = one_call(route(router, question))
    assert call.tool == "compare" and call.args["right_metric"] == "total"
    both = [d for d in DEALS if d.year == 2024 and _amount(d, "upfront") and _amount(d, "total")]
    share = sum((_amount(d, "upfront") or Decimal(0) for d in both), Decimal(0)) / sum(
        (_amount(d, "total") or Decimal(0) for d in both), Decimal(0)
    )
    assert any(abs(value - share * 100) < Decimal("0.06") for value in _figure_values(tools, call, "percent"))


def test_a_company_share_without_our_table_named_keeps_the_tracker_convention(router: Router) -> None:
    assert one_call(route(router, "What share of 2025 deal value did Hengrui account for?")).tool == "market_stat"
    assert route(router, "What share do ADCs have?").route == "text"


@pytest.mark.parametrize(
    ("question", "multiple", "year"),
    [
        ("2025 deals where milestones exceed 20x the upfront — count them", 20, 2025),
        ("which 2024 deals had biobucks over 10 times the upfront?", 10, 2024),
    ],
)
def test_milestones_over_a_multiple_of_the_upfront(
    router: Router, tools: DealTools, question: str, multiple: int, year: int
) -> None:
    call = one_call(route(router, question))
    assert call.tool in ("aggregate", "find_deals")
    expected = set()
    for deal in DEALS:
        upfront, milestones = _amount(deal, "upfront"), _amount(deal, "milestones")
        if deal.year == year and upfront is not None and milestones is not None and milestones > multiple * upfront:
            expected.add(deal.deal_id)
    assert expected and set(tools.run(call).deal_ids) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Sino Drug Watch: upfront total through end-Aug 2025",
        "Sino Drug Watch milestones through the end of August 2025",
    ],
)
def test_through_the_end_of_a_month_is_a_trackers_year_to_date(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["period"] == "2025-01/2025-08"


@pytest.mark.parametrize(
    ("question", "side", "least"),
    [
        ("number of licensors with >1 deal since 2024", "licensor", 2),
        ("how many licensees with at least two deals in 2025?", "licensee", 2),
        ("count of buyers with more than two deals since 2024", "licensee", 3),
    ],
)
def test_companies_counted_by_their_deals(
    router: Router, tools: DealTools, question: str, side: str, least: int
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["distinct"] == side and call.args["min_deals"] == least
    year = call.args["filter"].get("year")
    held: dict[str, int] = {}
    for deal in DEALS:
        if (deal.year == year) if year else deal.announced >= call.args["filter"]["date_from"]:
            for name in deal.licensors if side == "licensor" else deal.licensees:
                held[name] = held.get(name, 0) + 1
    expected = sum(1 for count in held.values() if count >= least)
    assert Decimal(expected) in _figure_values(tools, call, "count")


@pytest.fixture(scope="module")
def listing_router(tools: DealTools) -> Router:
    """A router that can read a row of a list or ranking, as the assistant's does."""
    return Router(load_tables(DOCUMENTS), ranked_rows=lambda call: tools.run(call).rows)


@pytest.mark.parametrize(("question", "position"), [("drop the top one", 0), ("now remove the second one", 1)])
def test_a_row_dropped_from_a_ranking(listing_router: Router, tools: DealTools, question: str, position: int) -> None:
    history = "top 5 licensors by summed upfront since 2024"
    before = one_call(route(listing_router, history))
    dropped = tools.run(before).rows[position]
    call = one_call(route(listing_router, question, [history]))
    assert call.tool == "rank" and call.args["dimension"] == "licensor"
    assert call.args["filter"]["exclude_companies"] == [dropped]
    assert dropped not in tools.run(call).rows


@pytest.mark.parametrize(
    "question",
    [
        "Zelgen/AbbVie alveltamig: date signed vs date disclosed",
        "Simcere–AbbVie: signing date versus announcement date",
    ],
)
def test_two_dates_of_one_deal_are_its_articles(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls


def test_milestones_paid_so_far_under_several_deals_are_no_table_figure(router: Router) -> None:
    plan = route(router, "milestones Novartis has actually paid Argo so far under the 2024 deals")
    assert plan.route == "text" and plan.rule == "a payment already made"
