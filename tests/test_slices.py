"""outsider24's slicing classes (issue 11): two periods sharing one year, a trailing twelve months, an exact day,
a follow-up moving the period a step, and the deals announced on a day listed. Examples beside the outsider's
own wordings, as evals/phrasing24g.jsonl holds them."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.routing.period_shift import stepped_periods
from assistant.routing.periods import Period, find_periods
from assistant.routing.router import Router
from tests.conftest import one_call, route

END = "2026-02-28"


def _labels(question: str) -> list[str]:
    return [p.label for p in find_periods(question, END)]


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("H1 vs H2 2024 upfronts", ["H1 2024", "H2 2024"]),
        ("deals in Q2 versus Q1 2025", ["Q2 2025", "Q1 2025"]),
        ("Jan and Feb 2026 deal counts", ["January 2026", "February 2026"]),
        ("Q1 2025 vs Q4 2024", ["Q1 2025", "Q4 2024"]),
    ],
)
def test_the_first_of_two_periods_takes_the_second_ones_year(question: str, labels: list[str]) -> None:
    assert _labels(question) == labels


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("in the 12 months to end-June 2025, how many deals?", ("2024-07-01", "2025-06-30")),
        ("last twelve months through January 2026: total upfront", ("2025-02-01", "2026-01-31")),
        ("rolling 12 months ending March 2025 deal count", ("2024-04-01", "2025-03-31")),
    ],
)
def test_a_trailing_twelve_months_runs_back_across_the_year_end(question: str, span: tuple[str, str]) -> None:
    (period,) = find_periods(question, END)
    assert (period.filter_fields()["date_from"], period.filter_fields()["date_to"]) == span


def test_twelve_months_to_december_are_that_calendar_year() -> None:
    assert _labels("trailing 12 months through December 2025 upfront total") == ["2025"]


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("what deal was announced on December 21, 2025?", "2025-12-21"),
        ("which deals were signed on 12 January 2026?", "2026-01-12"),
        ("any deals on 2025-10-16?", "2025-10-16"),
    ],
)
def test_a_day_is_a_period_of_its_own(question: str, day: str) -> None:
    (period,) = find_periods(question, END)
    assert period.filter_fields() == {"date_from": day, "date_to": day}


def test_a_day_no_month_holds_names_no_day() -> None:
    assert all(p.day is None for p in find_periods("deals on February 30, 2025", END))


def test_a_step_moves_the_period_in_its_own_unit() -> None:
    assert (
        stepped_periods(["and", "the", "quarter", "after", "that"], [Period(year=2025, quarter=4)])[0].label
        == "Q1 2026"
    )
    assert (
        stepped_periods(["what", "about", "the", "previous", "half"], [Period(year=2025, half=1)])[0].label == "H2 2024"
    )
    assert stepped_periods(["the", "following", "month"], [Period(year=2025, quarter=3)]) == []
    assert stepped_periods(["and", "the", "next", "one"], [Period(year=2025, quarter=3)]) == []


def _filters(plan: object) -> list[dict[str, object]]:
    return [dict(call.args.get("filter") or {}) for call in plan.tool_calls]  # type: ignore[attr-defined]


def test_two_quarters_of_one_year_are_compared(router: Router) -> None:
    plan = router.route("Q4 vs Q3 2025 upfront cash in your rows, which quarter was bigger?")
    assert [call.tool for call in plan.tool_calls] == ["compare"]
    assert "Q4 2025" in plan.interpretation and "Q3 2025" in plan.interpretation


def test_the_following_quarter_after_a_quarter_sum(router: Router) -> None:
    history = [Turn(question="Total upfront in Q3 2025 across your rows?", answer="$863 million.")]
    plan = router.route("what about the following quarter", history)
    assert [call.tool for call in plan.tool_calls] == ["aggregate"]
    assert "Q4 2025" in plan.interpretation


@pytest.mark.parametrize(
    "question",
    ["what deal was announced on December 21, 2025?", "three deals were announced on Oct 16 2025 - which ones?"],
)
def test_the_deals_of_a_day_are_listed(router: Router, question: str) -> None:
    plan = router.route(question)
    assert [call.tool for call in plan.tool_calls] == ["find_deals"]
    assert "announced on 20" in plan.interpretation


@pytest.mark.parametrize(
    "question",
    [
        "By what percent did PharmCube's deal numbers rise from 2024 to 2025?",
        "How did deal volume change between 2024 and 2025 per PharmCube, in percent?",
    ],
)
def test_deal_numbers_are_a_count(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"], call.args.get("derive")) == ("market_stat", "deal_count", "growth")
