"""outsider28's classes 1-6 (a portfolio manager's shorthand), in other words: "in the data" and "CY2024" are
our rows of a calendar year; "q3 25" and "h1 25" are a quarter and a half; "onc", "I&I", "CV", "CNS" are
therapeutic areas, and two areas set against each other are compared; "$ + # deals" asks a tracker's value
and its count, "per pharmcube/caixin" the series that outlet carried; "ytd 2026 pace" is the tracker's
year-to-date value and count; a "biobucks split" of a deal is its terms, so an undisclosed figure is said to
be undisclosed."""

from __future__ import annotations

import csv

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.desk_shorthand import DESK_SHORTHANDS, desk_spelt
from assistant.routing.router import Router
from assistant.routing.wording import AREAS
from tests.conftest import DOCUMENTS, one_call, route


@pytest.mark.parametrize("rule", DESK_SHORTHANDS, ids=lambda rule: rule.name)
def test_each_shorthand_takes_its_example_and_leaves_its_negatives(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.pattern.search(rule.example), rule.example
    for phrase in rule.not_for:
        assert not rule.pattern.search(phrase), phrase


def test_an_area_abbreviation_writes_an_area_of_the_deal_table() -> None:
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        table_areas = {row["therapeutic_area"] for row in csv.DictReader(handle)}
    for rule in DESK_SHORTHANDS:
        read = [name for name, pattern in AREAS if pattern.search(rule.written)]
        if read:
            assert read[0] in table_areas, rule.name


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("q3 25 deal count in the table", "Q3 2025 deal count in the table"),
        ("deals in the table, q1-25: how many?", "deals in the table, Q1 2025: how many?"),
        ("IQVIA h1'25 vs full year 24", "IQVIA H1 2025 vs 2024"),
        ("iqvia fy24 vs 1h25", "iqvia 2024 vs H1 2025"),
        ("# deals in the data for CY2024", "number of deals in the dataset for 2024"),
    ],
)
def test_periods_and_scope_spelt(question: str, spelt: str) -> None:
    assert desk_spelt(question) == spelt


@pytest.mark.parametrize(
    "question",
    ["q3 25 deals in 2024", "c-Met ADC deals", "the deal met expectations", "what is the data from PharmCube?"],
)
def test_phrases_left_as_typed(question: str) -> None:
    assert desk_spelt(question) == question


@pytest.mark.parametrize(
    ("question", "filters"),
    [
        ("how many deals in the data, CY24 Q4?", {"year": 2024, "quarter": 4}),
        ("deal count in our table q4 24", {"year": 2024, "quarter": 4}),
        ("# deals in the data, calendar 2024", {"year": 2024}),
        ("I&I deal count 2025, our table", {"year": 2025, "therapeutic_area": "Immunology"}),
        ("CV deals in the table 2024 - how many", {"year": 2024, "therapeutic_area": "Cardiovascular"}),
        ("# of CNS deals in the table", {"therapeutic_area": "Neurology"}),
    ],
)
def test_counts_of_our_rows_in_shorthand(router: Router, question: str, filters: dict[str, object]) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["operation"]) == ("aggregate", "count")
    assert filters.items() <= call.args["filter"].items()


def test_an_area_abbreviation_narrows_a_follow_up(router: Router) -> None:
    call = one_call(route(router, "how many of those were I&I", ["deals in the table for 2024"]))
    assert {"year": 2024, "therapeutic_area": "Immunology"}.items() <= call.args["filter"].items()


@pytest.mark.parametrize(
    ("question", "field", "sides"),
    [
        ("onc vs metabolic deal count in 2025", "therapeutic_area", ("Oncology", "Metabolic")),
        ("ADC versus bispecific deal count 2025", "modality", ("ADC", "Bispecific antibody")),
        ("oncology upfronts vs immunology upfronts in 2025", "therapeutic_area", ("Oncology", "Immunology")),
    ],
)
def test_two_areas_set_against_each_other_are_compared(
    router: Router, question: str, field: str, sides: tuple[str, str]
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare"
    assert (call.args["left"][field], call.args["right"][field]) == sides
    assert call.args["left"].get("year") == call.args["right"].get("year") == 2025


def test_one_area_with_no_other_is_no_comparison(router: Router) -> None:
    assert one_call(route(router, "how many onc deals in 2025?")).tool == "aggregate"


def test_a_tracker_named_with_its_outlet_asks_that_series(router: Router) -> None:
    call = one_call(route(router, "2025 total value per PharmCube via Reuters"))
    assert call.args["reporter"] == "PharmCube/Reuters"


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("2024 china outlicensing $ + # deals per pharmcube", "2024"),
        ("pharmcube 2025: $ and # of deals", "2025"),
        ("ytd 2026 pace, value", None),
    ],
)
def test_value_and_count_asked_together_are_both_answered(
    assistant: Assistant, question: str, period: str | None
) -> None:
    answer = assistant.ask(question)
    metrics = [call.args.get("metric") for call in answer.tool_calls if call.tool == "market_stat"]
    assert metrics == ["total_value", "deal_count"], answer.tool_calls
    if period:
        assert all(call.args.get("period") == period for call in answer.tool_calls)


def test_the_caixin_series_only_when_caixin_is_named(assistant: Assistant) -> None:
    answer = assistant.ask("2025 china outlicensing $ + # deals per pharmcube/caixin")
    assert "Reuters" not in answer.answer


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("innocare zenas oct 25 deal - biobucks split? milestones number", "milestones"),
        ("argo novartis jan 24 rnai deal - biobucks split?", "milestones"),
    ],
)
def test_a_biobucks_split_asks_the_deals_terms(router: Router, question: str, metric: str) -> None:
    plan = route(router, question.split("?")[0])
    call = one_call(plan)
    assert (call.tool, call.args.get("metric")) == ("get_deal", metric)
