"""The router on the real tables: question (+ earlier questions) to the expected plan."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.answer import Turn
from assistant.corpus.tables import load_tables
from assistant.routing.plan import Plan
from assistant.routing.router import Router
from assistant.tools.registry import ARG_MODELS
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


class RouterCase(BaseModel):
    """One router case; a misspelled key fails here instead of silently asserting nothing."""

    model_config = ConfigDict(extra="forbid")

    q: str
    history: list[str] = Field(default_factory=list)
    route: str | None = None
    clarify: bool | None = None
    tool: str | None = None
    args: dict[str, Any] = Field(default_factory=dict)
    absent: list[str] = Field(default_factory=list)
    calls: int | None = None
    companies: list[str] | None = None
    standalone: str | None = None
    passage: dict[str, Any] | None = None
    absent_passage: list[str] = Field(default_factory=list)


TYPED_CASES = [RouterCase.model_validate(case) for case in CASES]


def _case_id(case: RouterCase) -> str:
    prefix = " / ".join(case.history)
    return (f"[{prefix}] " if prefix else "") + (case.q or "<empty>")


def test_at_least_eighty_cases() -> None:
    assert len(CASES) >= 80


def test_a_misspelled_case_key_is_refused() -> None:
    with pytest.raises(ValidationError):
        RouterCase.model_validate({"q": "How much did Pfizer pay 3SBio upfront?", "tol": "get_deal"})


@pytest.mark.parametrize("case", TYPED_CASES, ids=_case_id)
def test_route(router: Router, case: RouterCase) -> None:
    history = [Turn(question=q) for q in case.history]
    plan = router.route(case.q, history)
    shown = plan.model_dump_json(exclude_defaults=True)
    if case.route is not None:
        assert plan.route == case.route, shown
    if case.clarify:
        assert plan.clarification, shown
        assert not plan.tool_calls, shown
    else:
        assert plan.clarification is None, shown
    if case.tool is not None:
        assert plan.tool_calls, shown
        call = plan.tool_calls[0]
        assert call.tool == case.tool, shown
        assert _contains(call.args, case.args), shown
        for name in case.absent:
            assert name not in call.args, shown
    if case.calls is not None:
        assert len(plan.tool_calls) == case.calls, shown
    if case.companies is not None:
        assert plan.companies == case.companies, shown
    if case.standalone is not None:
        assert case.standalone in plan.standalone_question, shown
    if case.passage is not None:
        assert _contains(plan.passage_filter, case.passage), shown
    for name in case.absent_passage:
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
