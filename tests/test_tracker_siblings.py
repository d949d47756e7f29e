"""A tracker's figure comes with the other figures its report gave for the same period (tools.tracker_siblings),
and "ytd aug 25" is that tracker's year up to August 2025 (routing.periods); "milestones to upfront ratio" is the
multiple its milestones are of its upfront (routing.tracker_shares)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.periods import find_periods
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import route


def _market(tools: DealTools, **args: object) -> tuple[str, list[tuple[str, Decimal]]]:
    result = tools.run(ToolCall(tool="market_stat", args=args))
    text = " ".join(line.text for line in result.lines)
    return text, [(figure.expression, figure.value) for figure in result.figures]


def test_an_upfront_tally_comes_with_its_milestones_and_deals(tools: DealTools) -> None:
    text, figures = _market(tools, metric="upfront_total", reporter="Sino Drug Watch", period="2025-01/2025-08")
    assert "$2.6 billion" in text and "$31 billion" in text and "about 80 deals" in text
    assert ("market_stats[sinodrugwatch-2025-ytd-milestones]", Decimal(31000000000)) in figures


def test_a_company_count_comes_with_what_those_partnerships_paid(tools: DealTools) -> None:
    text, _ = _market(tools, metric="licensor_count", reporter="Informa", period="2024")
    assert "17 Chinese companies" in text and "$1.5 billion" in text and "$34.6 billion" in text


def test_only_the_same_reporters_same_period_is_added(tools: DealTools) -> None:
    text, figures = _market(tools, metric="total_value", reporter="PharmCube NextPharma", period="2024")
    # the 2024 series holds a value and a count only: nothing of 2025, nothing of SCMP's restatement
    assert "94 deals" in text and "The same report gave" not in text
    assert all("2025" not in expression and "scmp" not in expression for expression, _ in figures)


def test_a_companys_own_figure_brings_no_market_figures(tools: DealTools) -> None:
    text, _ = _market(tools, metric="company_total_value", subject="Jiangsu Hengrui Pharmaceuticals", period="2025")
    assert "The same report gave" not in text


@pytest.mark.parametrize("question", ["sino drug watch ytd aug 25 upfront", "SDW upfront year-to-date through Aug '25"])
def test_ytd_with_a_month_is_the_year_up_to_it(question: str) -> None:
    (period,) = find_periods(question, "2026-02-11")
    assert (period.year, period.month, period.month_to) == (2025, 1, 8)


@pytest.mark.parametrize(
    "question",
    ["sino drug watch ytd aug-25: milestones to upfront ratio?", "Sino Drug Watch: ratio of milestones to upfront?"],
)
def test_a_trackers_milestones_to_upfront_ratio_is_their_multiple(router: Router, question: str) -> None:
    (call,) = route(router, question).tool_calls
    assert call.tool == "market_stat" and call.args["derive"] == "milestones_multiple"


def test_a_trackers_change_is_said_as_a_gap_and_a_rate(tools: DealTools) -> None:
    # "how many more deals, and the yoy %?": the reading asked leads, the other follows (157 - 94 = 63; 63 / 94)
    more, _ = _market(tools, metric="deal_count", reporter="PharmCube NextPharma", period="2025", derive="difference")
    assert "a rise of 63 deals (about 67.0%)" in more
    grew, _ = _market(tools, metric="total_value", reporter="PharmCube NextPharma", period="2025", derive="growth")
    assert "a rise of about 161.5% ($83.8 billion)" in grew


def test_a_gap_between_unlike_spans_has_no_rate(tools: DealTools) -> None:
    text, _ = _market(
        tools, metric="total_value", reporter="IQVIA", period="2025-H1", compare_period="2024", derive="difference"
    )
    assert "$3.7 billion" in text and "%" not in text


@pytest.mark.parametrize(
    "question",
    [
        "As of late Aug 2025, how much paid upfront vs potential milestones?",
        "Through August 2025, upfront versus milestones?",
        "ytd aug 25 upfront vs milestones",
    ],
)
def test_two_measures_of_one_period_are_not_a_growth(router: Router, question: str) -> None:
    # "vs" between two measures of one period sets the two side by side; it had read as the upfront's growth
    # from January-August 2024, which no one asked about
    calls = route(router, question).tool_calls
    assert [call.args["metric"] for call in calls] == ["upfront_total", "milestones_total"]
    assert all(call.args["period"] == "2025-01/2025-08" and "derive" not in call.args for call in calls)


def test_two_measures_of_one_report_are_said_once(assistant: Assistant) -> None:
    answer = assistant.ask("As of late Aug 2025, how much paid upfront vs potential milestones?")
    assert "$2.6 billion" in answer.answer and "$31 billion" in answer.answer
    assert answer.answer.count("Sino Drug Watch reported") == 1


def test_a_measures_growth_between_two_periods_is_still_a_growth(router: Router) -> None:
    (call,) = route(router, "PharmCube total deal value 2025 vs 2024, growth?").tool_calls
    assert (call.args["period"], call.args["compare_period"]) == ("2025", "2024")


def test_a_reported_average_comes_with_its_reported_change(tools: DealTools) -> None:
    # "avg deal size so far in 2026 per pharmcube": the report's average, and the 76% rise it gave with it
    text, _ = _market(tools, metric="total_value", period="2026-01/2026-02", derive="average_deal_size")
    assert "$1.3 billion" in text and "76%" in text and "38 deals" in text


def test_an_average_of_our_own_arithmetic_brings_no_companions(tools: DealTools) -> None:
    text, _ = _market(
        tools,
        metric="total_value",
        reporter="PharmCube NextPharma (via Caixin)",
        period="2025",
        derive="average_deal_size",
    )
    assert "The same report gave" not in text and "157 deals" in text


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("greater china (pharmcube via reuters), 2021: value vs number of deals", "$13.9 billion", "65 deals"),
        (
            "PharmCube 2026 year-to-date (Greater China): average deal size vs number of deals",
            "$1.3 billion",
            "38 deals",
        ),
        ("Sino Drug Watch through Aug 2025: upfront vs milestones?", "$2.6 billion", "$31 billion"),
    ],
)
def test_two_figures_of_one_report_asked_side_by_side_are_said_once(
    assistant: Assistant, question: str, first: str, second: str
) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and first in answer.answer and second in answer.answer, answer.answer
    assert answer.answer.count(first) == 1, answer.answer  # two parts of one report: one paragraph
