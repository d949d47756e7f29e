"""What one turn of a conversation resolved to: the next turn's follow-up starts from it."""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.routing.intents import Slots
from assistant.tools.schema import ToolCall


class RouteState(BaseModel):
    """What one turn resolved to; the next turn's follow-up starts from it."""

    slots: Slots
    kind: str
    standalone: str
    calls: list[ToolCall] = Field(default_factory=list)
    before: list[ToolCall] = Field(default_factory=list)  # the calls of the turn before: "sum both of them"
    ranking: RouteState | None = None  # the ranking a row was picked from, for "and the third one?"
