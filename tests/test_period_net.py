"""The period net: a table plan that applies none of the periods its question names asks which is meant."""

from __future__ import annotations

import pytest

from assistant.routing.period_net import period_checked, unread_period
from assistant.routing.plan import Plan
from assistant.routing.router import Router
from assistant.tools.schema import ToolCall
from tests.conftest import route


def _plan(question: str, *calls: ToolCall) -> Plan:
    return Plan(question=question, standalone_question=question, route="table", tool_calls=list(calls))


_SUM = ToolCall(tool="aggregate", args={"metric": "upfront", "operation": "sum", "filter": {"licensor": "Hansoh"}})
_SUM_2025 = ToolCall(tool="aggregate", args={"metric": "upfront", "filter": {"licensor": "Hansoh", "year": 2025}})


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Hansoh upfronts over the past 12 months", "past 12 months"),
        ("how many deals did Hansoh sign this quarter", "this quarter"),
        ("恒瑞上上年首付款合计多少", "上上年"),
        ("Hansoh's 1H25 upfront total", "1H25"),
        ("Hansoh upfront total YTD", "YTD"),
    ],
)
def test_a_period_the_plan_drops_is_named_and_asked_about(question: str, said: str) -> None:
    checked = period_checked(_plan(question, _SUM))
    assert unread_period(question, _plan(question, _SUM)) == said
    assert checked.route == "none" and not checked.tool_calls and f"'{said}'" in (checked.clarification or "")


@pytest.mark.parametrize(
    ("question", "calls"),
    [
        ("Hansoh upfronts in 2025", [_SUM_2025]),  # the plan applies it
        ("sum of all Hansoh upfronts, including the two 2023 GSK deals", [_SUM]),  # deals added by name
        ("list the B7-H3 ADC deals", [_SUM]),  # a target, not a half
        ("Hansoh's share of last year's total", [ToolCall(tool="market_stat", args={"subject": "Hansoh"})]),
        ("Hansoh's upfronts, all years", [_SUM]),  # no period named
    ],
)
def test_no_question_back_when_nothing_is_dropped(question: str, calls: list[ToolCall]) -> None:
    assert period_checked(_plan(question, *calls)) == _plan(question, *calls)


def test_the_router_asks_rather_than_answering_every_year(router: Router) -> None:
    plan = route(router, "total Hengrui upfronts over the past 12 months")
    assert plan.route == "none" and "past 12 months" in (plan.clarification or "")
    read = route(router, "Hengrui deals last year, total upfront")  # a period the router reads is applied
    assert read.route == "table" and read.tool_calls[0].args["filter"]["year"] == 2025
