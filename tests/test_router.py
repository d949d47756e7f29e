"""The router on the real tables: question (+ earlier questions) to the expected plan."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.answer import Turn
from assistant.plan import ARG_MODELS, Plan
from assistant.router import Router
from assistant.tables import load_tables
from tests.conftest import DOCUMENTS
from tests.router_cases import CASES


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_tables(DOCUMENTS))


def _contains(actual: Any, expected: Any) -> bool:
    """``expected`` is a subset of ``actual``: dicts key by key, everything else equal."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and _contains(actual[k], v) for k, v in expected.items())
    return bool(actual == expected)


def _case_id(case: dict[str, Any]) -> str:
    prefix = " / ".join(case.get("history", []))
    return (f"[{prefix}] " if prefix else "") + (case["q"] or "<empty>")


def test_at_least_eighty_cases() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_route(router: Router, case: dict[str, Any]) -> None:
    history = [Turn(question=q) for q in case.get("history", [])]
    plan = router.route(case["q"], history)
    shown = plan.model_dump_json(exclude_defaults=True)
    if "route" in case:
        assert plan.route == case["route"], shown
    if case.get("clarify"):
        assert plan.clarification, shown
        assert not plan.tool_calls, shown
    else:
        assert plan.clarification is None, shown
    if "tool" in case:
        assert plan.tool_calls, shown
        call = plan.tool_calls[0]
        assert call.tool == case["tool"], shown
        assert _contains(call.args, case.get("args", {})), shown
        for name in case.get("absent", []):
            assert name not in call.args, shown
    if "calls" in case:
        assert len(plan.tool_calls) == case["calls"], shown
    if "companies" in case:
        assert plan.companies == case["companies"], shown
    if "standalone" in case:
        assert case["standalone"] in plan.standalone_question, shown
    if "passage" in case:
        assert _contains(plan.passage_filter, case["passage"]), shown
    for name in case.get("absent_passage", []):
        assert name not in plan.passage_filter, shown
    _check_plan_shape(plan)


def _check_plan_shape(plan: Plan) -> None:
    """Every plan honours the contract, whatever the case asserts."""
    for call in plan.tool_calls:
        ARG_MODELS[call.tool].model_validate(call.args)
    if plan.route in ("text", "table+text"):
        assert plan.text_query
    if plan.route in ("table", "table+text"):
        assert plan.tool_calls
    if plan.route == "none":
        assert plan.clarification
    if plan.question.strip():
        assert plan.standalone_question


def test_route_is_deterministic(router: Router) -> None:
    history = [Turn(question="How much did Pfizer pay 3SBio upfront?")]
    first = router.route("And the milestones?", history)
    assert router.route("And the milestones?", history) == first


def test_followup_ignores_answer_text(router: Router) -> None:
    """State comes from replaying questions: a misleading answer text changes nothing."""
    plain = router.route("And the milestones?", [Turn(question="How much did Pfizer pay 3SBio upfront?")])
    noisy = router.route(
        "And the milestones?",
        [Turn(question="How much did Pfizer pay 3SBio upfront?", answer="Hengrui got $500 million from GSK.")],
    )
    assert noisy.tool_calls == plain.tool_calls


def test_corpus_end_sets_relative_periods() -> None:
    tables = load_tables(DOCUMENTS)
    plan = Router(tables, corpus_end="2025-06-30").route("How many deals last year?")
    assert plan.tool_calls[0].args["period"] == "2024"
    assert Router(tables).corpus_end == max(d.announced for d in tables.deals)
