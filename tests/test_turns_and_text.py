"""Follow-ups that lean on the turn before, text asks, lists and refusals (issue 11: outsider29-33), in other
words than the outsider files: a place asked of a ranking of companies ("who's 4th?") is that company's figure."""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal

import pytest

from assistant.routing.ordinals import row_pointed_at
from assistant.routing.period_turns import asked_again
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route


def _rows() -> list[dict[str, str]]:
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _upfront_by_licensee() -> list[str]:
    sums: Counter[str] = Counter()
    for row in _rows():
        if row["upfront_usd"].isdigit():
            sums[row["licensee"]] += int(Decimal(row["upfront_usd"]))
    return [name for name, _ in sums.most_common()]


@pytest.mark.parametrize(
    ("question", "place"),
    [("who's 4th?", 3), ("and who is 2nd?", 1), ("who came in fifth?", 4), ("which one ranks third?", 2)],
)
def test_a_place_asked_alone_points_at_that_row(question: str, place: int) -> None:
    assert row_pointed_at(question) == place


@pytest.mark.parametrize("question", ["who won in 2024?", "what is the 4th quarter total?", "who's paying?"])
def test_other_questions_point_at_no_row(question: str) -> None:
    assert row_pointed_at(question) is None


@pytest.mark.parametrize(
    ("earlier", "question", "place"),
    [
        ("Top 3 licensees by total upfront paid in your table?", "who's 4th?", 3),
        ("Which three buyers paid the most upfront in total?", "who came in 4th?", 3),
        ("Top 2 licensees by total upfront paid in your table?", "who's third?", 2),
    ],
)
def test_a_place_after_a_company_ranking_is_that_company(
    replaying: Router, earlier: str, question: str, place: int
) -> None:
    call = one_call(route(replaying, question, [earlier]))
    assert call.tool == "aggregate" and call.args["metric"] == "upfront"
    assert call.args["filter"]["licensee"] == _upfront_by_licensee()[place]


@pytest.mark.parametrize(
    ("earlier", "question", "whole"),
    [
        ("How many deals did AZ sign in 2025?", "vs 2024?", "How many deals did AZ sign in 2025 versus 2024?"),
        (
            "What total value did PharmCube report for 2025?",
            "same tracker, the year before?",
            "What total value did PharmCube report for 2024?",
        ),
        (
            "how many ADC deals are in your table",
            "just the 2024 ones, how many?",
            "how many ADC deals are in your table in 2024?",
        ),
        (
            "PharmCube's 2025 deal count?",
            "up how much % on 2024?",
            "PharmCube's 2025 deal count, growth versus 2024 in percent?",
        ),
        (
            "PharmCube统计的2025年交易数量是多少？",
            "比2024年增长了百分之多少？",
            "PharmCube统计的2025年交易数量是多少, growth versus 2024 in percent?",
        ),
    ],
)
def test_a_period_alone_asks_the_question_before_for_it(earlier: str, question: str, whole: str) -> None:
    assert asked_again(question, (earlier,)) == whole


@pytest.mark.parametrize(
    ("earlier", "question"),
    [
        ("How many deals did AZ sign in 2025?", "and Pfizer in 2024?"),  # a company of its own
        ("How many deals did AZ sign in 2024 and 2025?", "vs 2023?"),  # two years before: which one?
        ("How many deals did AZ sign in 2025?", "what about 2025?"),  # the same year
        ("How many deals did AZ sign in 2025?", "upfronts in 2024?"),  # a measure of its own
    ],
)
def test_a_follow_up_with_words_of_its_own_is_left_alone(earlier: str, question: str) -> None:
    assert asked_again(question, (earlier,)) == question


def test_a_count_then_a_year_compares_the_two_years(router: Router) -> None:
    plan = route(router, "vs 2025?", ["Merck buy how many asset from china company in 2024"])
    (call,) = plan.tool_calls  # one comparison of the two years' counts (period_sides), gap included
    assert (call.tool, call.args["metric"]) == ("compare", "count")
    assert [call.args[side]["year"] for side in ("left", "right")] == [2024, 2025]
    assert call.args["left"]["licensee"] == call.args["right"]["licensee"] == "Merck & Co."


def test_a_tracker_figure_then_the_year_before_is_that_tracker_again(router: Router) -> None:
    call = one_call(route(router, "same tracker, year before?", ["How many deals did PharmCube count for 2025?"]))
    # the tracker's series named in full since the twenty-third session (its mainland series, "PharmCube NextPharma")
    assert (call.tool, call.args["period"]) == ("market_stat", "2024") and call.args["reporter"].startswith("PharmCube")
