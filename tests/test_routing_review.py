"""Routing regressions a review found (each on the real tables), with the phrasing that must keep working."""

from __future__ import annotations

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, route

AFTER_A_DEAL = ["How much did Pfizer pay 3SBio upfront?"]


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_tables(DOCUMENTS))


def _call(router: Router, question: str, history: list[str] | None = None) -> tuple[str, dict[str, object]]:
    plan = route(router, question, history)
    assert plan.tool_calls, plan.model_dump_json()
    return plan.tool_calls[0].tool, plan.tool_calls[0].args


def test_the_drug_with_its_own_filter_is_a_new_question_not_the_previous_deal(router: Router) -> None:
    tool, args = _call(router, "How many deals in 2025 were for the drug class ADC?", AFTER_A_DEAL)
    assert (tool, args["operation"]) == ("aggregate", "count")
    assert args["filter"] == {"year": 2025, "modality": "ADC", "exclusive": []}
    tool, args = _call(router, "Which licensors licensed the asset type ADC in 2025?", AFTER_A_DEAL)
    assert tool == "find_deals" and "licensor" not in args["filter"]  # type: ignore[operator]
    for follow_up in ("What kind of drug is it?", "what's the drug?", "who bought the drug?"):
        assert route(router, follow_up, AFTER_A_DEAL).route == "text", follow_up


@pytest.mark.parametrize(
    ("question", "dimension"),
    [
        ("Which licensee paid the largest total upfront in 2025?", "licensee"),
        ("Which buyer had the highest combined upfront payment in 2025?", "licensee"),
        ("Which licensor received the biggest upfront in 2025?", "licensor"),
    ],
)
def test_which_company_with_a_superlative_ranks_companies(router: Router, question: str, dimension: str) -> None:
    tool, args = _call(router, question)
    assert (tool, args["dimension"], args["metric"]) == ("rank", dimension, "upfront")
    _, one = _call(router, "What was Roche's largest upfront to a Chinese biotech?")  # still one payment
    assert (one["dimension"], one["n"]) == ("deal", 1)


@pytest.mark.parametrize(
    "question",
    [
        "What was the ratio of upfront to total deal value in 2025?",
        "What is the upfront-to-total ratio for 2025 deals?",
    ],
)
def test_a_ratio_of_one_periods_two_measures_is_never_against_the_year_before(router: Router, question: str) -> None:
    plan = route(router, question)
    assert (plan.route, plan.rule) == ("text", "a ratio of one period's two measures")
    assert _call(router, "Akeso Summit: ratio of biobucks to upfront?")[1]["right_metric"] == "upfront"
    _, years = _call(router, "What is the ratio of 2025 deal value to 2024?")
    assert (years["derive"], years["period"], years["compare_period"]) == ("ratio", "2025", "2024")


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("How many deals fall under oncology in 2025?", "therapeutic_area", "Oncology"),
        ("How many deals fall into the ADC category?", "modality", "ADC"),
    ],
)
def test_fall_under_is_a_category_not_a_decline(router: Router, question: str, field: str, value: str) -> None:
    tool, args = _call(router, question)
    assert (tool, args["operation"], args["filter"][field]) == ("aggregate", "count", value)  # type: ignore[index]
    tool, fell = _call(router, "How much did Merck's Chinese upfronts fall from 2024 to 2025?")
    assert tool == "compare" and fell["left"]["year"] == 2025  # type: ignore[index]


def test_which_company_grew_the_most_is_not_the_market_figure(router: Router) -> None:
    plan = route(router, "Which licensor's deal count went up the most in 2025?")
    assert (plan.route, plan.rule) == ("text", "companies ranked by growth")
    assert _call(router, "How much did the total value of deals grow from 2024 to 2025?")[0] == "market_stat"


def test_two_licensors_on_two_measures_are_two_sides_not_one_pair(router: Router) -> None:
    tool, args = _call(router, "Compare Hengrui and Hansoh on upfront and milestones")
    assert tool == "compare"
    assert args["left"]["licensor"] == "Jiangsu Hengrui Pharmaceuticals"  # type: ignore[index]
    assert args["right"]["licensor"] == "Hansoh Pharmaceutical Group"  # type: ignore[index]
    _, pair = _call(router, "Compare the 3SBio Pfizer deal on upfront and milestones")
    assert pair["right_metric"] == "milestones" and pair["left"] == pair["right"]


@pytest.mark.parametrize(
    ("wording", "bound"),
    [
        ("at most", "max_upfront_usd"),
        ("no more than", "max_upfront_usd"),
        ("not more than", "max_upfront_usd"),
        ("not less than", "min_upfront_usd"),
    ],
)
def test_an_inclusive_bound_in_words_keeps_its_direction(router: Router, wording: str, bound: str) -> None:
    tool, args = _call(router, f"Which 2025 deals had an upfront of {wording} $100 million?")
    assert tool == "find_deals" and args["filter"][bound] == "100000000"  # type: ignore[index]
    assert args["filter"]["exclusive"] == []  # type: ignore[index]
    _, under = _call(router, "Which 2025 deals had an upfront under $100 million?")
    assert under["filter"]["exclusive"] == ["max_upfront_usd"]  # type: ignore[index]


@pytest.mark.parametrize("question", ["Any ADC ones", "Any ADC ones?"])
def test_any_at_the_end_lists_deals_with_or_without_a_question_mark(router: Router, question: str) -> None:
    tool, args = _call(router, question)
    assert tool == "find_deals" and args["filter"]["modality"] == "ADC"  # type: ignore[index]


def test_a_trackers_median_is_not_its_total(router: Router) -> None:
    plan = route(router, "What was the median upfront in 2025 according to PharmCube?")
    assert (plan.route, plan.rule) == ("text", "a tracker's median")
    assert _call(router, "What was the median upfront of 2025 ADC deals?")[1]["operation"] == "median"


def test_the_ten_largest_deals_rank_deals_and_the_ten_biggest_licensors_are_the_top10_share(router: Router) -> None:
    tool, args = _call(router, "What were the ten largest 2026 deals by upfront payment?")
    assert (tool, args["dimension"], args["n"], args["metric"]) == ("rank", "deal", 10, "upfront")
    tool, args = _call(router, "What share of deal value did the ten biggest licensors take in 2025?")
    assert (tool, args["metric"]) == ("market_stat", "top10_share")
