"""Eval question files and gates: load and validate questions, thresholds and gate checks.

Every loading error names the file and the line (``core.jsonl:12``) so a broken question
is fixed in one look.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.answer import Route, Turn, Unit
from assistant.errors import AssistantError
from assistant.money import Qualifier
from assistant.tools.registry import TOOL_NAMES

THRESHOLDS_NAME = "thresholds.json"


class EvalQuestion(BaseModel):
    """One line of an evals/*.jsonl file (format in DESIGN.md)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    question: str
    history: list[Turn] = Field(default_factory=list)
    category: str
    answerable: bool
    reference_answer: str = ""
    reference_value: Decimal | None = None
    unit: Unit | None = None
    tolerance: Decimal | None = None
    qualifier: Qualifier | None = None
    reference_doc_ids: list[str] = Field(default_factory=list)
    expected_route: Route | None = None
    expected_tool: str | None = Field(default=None, description='"none" means: no tool may be called.')

    @field_validator("expected_tool")
    @classmethod
    def _a_known_tool(cls, tool: str | None) -> str | None:
        """Tool labels come from the registry, so a misspelt label fails on load."""
        if tool is not None and tool != "none" and tool not in TOOL_NAMES:
            raise ValueError(f"unknown tool {tool!r}; tools: {', '.join(TOOL_NAMES)} or none")
        return tool

    must_include: list[str] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)
    notes: str = ""


class EvalItem(BaseModel):
    """A question with the file and line it came from."""

    file: str
    line: int
    question: EvalQuestion


class Gate(BaseModel):
    metric: str
    min: float | None = None
    max: float | None = None


class GateResult(BaseModel):
    file: str
    metric: str
    rule: str
    value: int | float | None
    passed: bool


def load_questions(path: Path) -> list[EvalItem]:
    """One question a line; blank lines are skipped. Errors name the file and the line."""
    items: list[EvalItem] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise AssistantError("eval_file", f"cannot read: {exc.strerror}", str(path)) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        location = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AssistantError("eval_file", f"bad JSON: {exc.msg} (column {exc.colno})", location) from exc
        if not isinstance(raw, dict):
            raise AssistantError("eval_file", "each line must be a JSON object", location)
        try:
            question = EvalQuestion.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in error['loc']) or 'record'}: "
                + ("missing key" if error["type"] == "missing" else error["msg"])
                for error in exc.errors()
            )
            raise AssistantError("eval_file", problems, location) from exc
        items.append(EvalItem(file=path.name, line=number, question=question))
    return items


def load_question_files(paths: Sequence[Path]) -> list[EvalItem]:
    """All files, with ids unique across them (a report keys everything by id)."""
    items: list[EvalItem] = []
    seen: dict[str, str] = {}
    for path in paths:
        for item in load_questions(path):
            where = f"{path}:{item.line}"
            if item.question.id in seen:
                raise AssistantError(
                    "eval_file", f"duplicate id {item.question.id!r} (first at {seen[item.question.id]})", where
                )
            seen[item.question.id] = where
            items.append(item)
    return items


def load_thresholds(path: Path) -> dict[str, list[Gate]]:
    """``{"core.jsonl": {"numeric_accuracy": {"min": 0.98}, ...}}``; keys starting with ``_`` are comments."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {
            name: [Gate(metric=metric, **rule) for metric, rule in rules.items()]
            for name, rules in raw.items()
            if not name.startswith("_")
        }
    except (OSError, json.JSONDecodeError, TypeError, AttributeError, ValidationError) as exc:
        raise AssistantError("thresholds", f"not a thresholds file: {exc}", str(path)) from exc


def find_thresholds(paths: Sequence[Path]) -> Path | None:
    """The thresholds.json beside the question files, if there is one."""
    for path in paths:
        candidate = path.parent / THRESHOLDS_NAME
        if candidate.is_file():
            return candidate
    return None


def check_gates(thresholds: dict[str, list[Gate]], by_file: dict[str, dict[str, Any]]) -> list[GateResult]:
    """Gates of the files in this run; a metric that was not measured fails its gate."""
    results: list[GateResult] = []
    for name, gates in thresholds.items():
        if name not in by_file:
            continue
        for gate in gates:
            value = by_file[name].get(gate.metric)
            rules = []
            if gate.min is not None:
                rules.append(f">= {gate.min:g}")
            if gate.max is not None:
                rules.append(f"<= {gate.max:g}")
            passed = (
                value is not None
                and (gate.min is None or value >= gate.min)
                and (gate.max is None or value <= gate.max)
            )
            results.append(
                GateResult(file=name, metric=gate.metric, rule=" and ".join(rules), value=value, passed=passed)
            )
    return results
