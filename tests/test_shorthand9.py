"""outsider34/36's shorthand classes in other words: "deal TV" is the total value; "the biggest cheque" the
largest upfront; "no.2 ... by headline" a place in a ranking by total value; "24 vs 25" two years compared;
"TA" a therapeutic area (``routing/pm_shorthand.py``)."""

from __future__ import annotations

import pytest

from assistant.routing.name_prefixes import unique_prefix
from assistant.routing.pm_shorthand import PM_SHORTHANDS, pm_spelt
from assistant.routing.router import Router
from assistant.tools.schema import ToolCall
from tests.conftest import one_call, route


@pytest.mark.parametrize("rule", PM_SHORTHANDS, ids=lambda rule: rule.name)
def test_each_shorthand_takes_its_example_and_leaves_its_negatives(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.pattern.search(rule.example), rule.example
    for phrase in rule.not_for:
        assert pm_spelt(phrase) == phrase, phrase


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("AZN harbour march deal TV", "AZN harbour march deal total value"),
        ("fattest cheque of 2026 so far", "fattest upfront of 2026 so far"),
        ("number 3 2024 deal by headline", "third largest 2024 deal by headline value"),
        ("no. 2 upfront of 2025?", "second largest upfront of 2025?"),
        ("avg milestones '24 vs '25", "avg milestones 2024 vs 2025"),
        ("deal count 25 v 24 in the table", "deal count 2025 v 2024 in the table"),
        ("top TAs by deal count", "top therapeutic areas by deal count"),
    ],
)
def test_shorthand_spelt(question: str, spelt: str) -> None:
    assert pm_spelt(question) == spelt


@pytest.mark.parametrize("question", ["$24m vs 25m upfront", "24 vs 25 deals", "check the biggest deal", "TA-101"])
def test_phrases_left_as_typed(question: str) -> None:
    assert pm_spelt(question) == question


def test_a_deals_tv_is_its_total_value(router: Router) -> None:
    call = one_call(route(router, "hengrui gsk deal TV"))
    assert (call.tool, call.args["metric"]) == ("get_deal", "total")


@pytest.mark.parametrize(
    ("question", "year"), [("who wrote the biggest check in 2025?", 2025), ("biggest cheque ever", None)]
)
def test_the_biggest_cheque_is_the_largest_upfront(router: Router, question: str, year: int | None) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"], call.args["dimension"]) == ("rank", "upfront", "deal")
    assert call.args["filter"].get("year") == year


@pytest.mark.parametrize(
    ("question", "metric", "place"),
    [("#2 deal of 2025 by headline value", "total", 2), ("number 3 2024 deal by headline", "total", 3)],
)
def test_a_numbered_place_is_that_place_of_a_ranking(router: Router, question: str, metric: str, place: int) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"], call.args.get("position")) == ("rank", metric, place)


def test_two_digit_years_are_compared(router: Router) -> None:
    call = one_call(route(router, "total upfront 24 vs 25"))
    assert call.tool == "compare"
    assert (call.args["left"]["year"], call.args["right"]["year"]) == (2024, 2025)


def test_a_ta_ranking_ranks_therapeutic_areas(router: Router) -> None:
    call = one_call(route(router, "top TA by deal count 2024"))
    assert (call.tool, call.args["dimension"], call.args["metric"]) == ("rank", "therapeutic_area", "count")


@pytest.mark.parametrize(
    ("question", "licensor", "licensee"),
    [
        ("regen hansoh glp1 milestones", "Hansoh Pharmaceutical Group", "Regeneron"),
        ("astel evopoint upfront", "Evopoint Biosciences", "Astellas Pharma"),
    ],
)
def test_a_name_cut_from_the_front_is_that_company_beside_its_partner(
    router: Router, question: str, licensor: str, licensee: str
) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["licensor"], call.args["licensee"]) == ("get_deal", licensor, licensee)


def test_a_start_shared_by_two_names_or_with_no_deal_beside_it_names_nobody(router: Router) -> None:
    vocabulary = sorted(router.entities.fuzzy_words)
    assert unique_prefix("regen", vocabulary) == "regeneron"
    assert unique_prefix("inno", vocabulary) is None  # Innovent and InnoCare; also under five letters
    assert unique_prefix("multi", vocabulary) is None  # less than half of "multivalent"
    names = [m.name for m in router.entities.find_companies("immune deals with pfizer").mentions]
    assert names == ["Pfizer"]  # "immune" begins ImmuneOnco's name, but ImmuneOnco made no deal with Pfizer


@pytest.mark.parametrize(
    ("question", "area", "year"),
    [("oncology deals 2024 who", "Oncology", 2024), ("immunology deals 2025 - which ones", "Immunology", 2025)],
)
def test_an_area_and_a_year_after_deals_list_those_deals(router: Router, question: str, area: str, year: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals"
    assert {"therapeutic_area": area, "year": year}.items() <= call.args["filter"].items()


@pytest.mark.parametrize(
    ("earlier", "question", "metric"),
    [
        ("pharmcube 2025 china outlicensing total", "vs 2024 yoy %", "total_value"),
        ("pharmcube 2025 deal count", "year-over-year growth vs 2024?", "deal_count"),
    ],
)
def test_a_tracker_figure_followed_by_yoy_is_its_growth(
    router: Router, earlier: str, question: str, metric: str
) -> None:
    call = one_call(route(router, question, [earlier]))
    assert (call.tool, call.args["metric"], call.args.get("derive")) == ("market_stat", metric, "growth")
    assert call.args.get("compare_period") == "2024"


def test_an_undisclosed_milestone_names_both_sides(tools) -> None:  # type: ignore[no-untyped-def]
    result = tools.run(
        ToolCall(
            tool="get_deal",
            args={"licensor": "Mabwell", "licensee": "Kalexo Bio", "metric": "milestones"},
        )
    )
    text = " ".join(line.text for line in result.lines)
    assert "not disclosed" in text and "Kalexo Bio" in text and "Mabwell" in text


def test_the_most_frequent_licensee_with_its_count_asked_ranks_by_number_of_deals(router: Router) -> None:
    question = "Which buyer turns up most frequently in your deals, and in how many?"
    call = one_call(route(router, question))
    assert (call.tool, call.args["dimension"], call.args["metric"]) == ("rank", "licensee", "count")


def test_which_year_saw_the_most_money_paid_ranks_years(router: Router) -> None:
    call = one_call(route(router, "Which year in your table saw the most milestone money paid: 2024 or 2025?"))
    assert (call.tool, call.args["dimension"], call.args["metric"]) == ("rank", "year", "milestones")
    call = one_call(route(router, "Which licensee paid the most upfront in 2025?"))
    assert call.args["dimension"] == "licensee"  # the payers named: they are ranked


def test_licensees_headquartered_in_a_country_filter_by_that_country(router: Router) -> None:
    call = one_call(route(router, "How many deals in your table went to licensees headquartered in Japan?"))
    assert (call.tool, call.args["filter"].get("licensee_countries")) == ("aggregate", ["Japan"])
    assert route(router, "Where is Hengrui headquartered?").route == "text"


def test_a_modality_left_aside_is_excluded(router: Router) -> None:
    call = one_call(route(router, "combined upfront of ADC deals in your table, leaving bispecific ADCs aside"))
    assert call.args["filter"]["modality"] == "ADC"
    assert call.args["filter"]["exclude_modalities"] == ["Bispecific ADC"]
