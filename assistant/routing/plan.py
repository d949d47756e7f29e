"""The router's output: what it decided for one question."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.answer import Route
from assistant.tools.schema import ToolCall


class Plan(BaseModel):
    """What the router decided for one question."""

    question: str
    standalone_question: str
    route: Route
    tool_calls: list[ToolCall] = Field(default_factory=list)
    text_query: str | None = None
    passage_filter: dict[str, Any] = Field(default_factory=dict)
    clarification: str | None = None
    companies: list[str] = Field(default_factory=list)
    unheld_measure: str | None = None  # e.g. "revenue": a passage must name it to answer
    interpretation: str = ""  # the plan in plain words, shown under the answer
    rule: str = ""  # the name of the routing rule that decided the route
