"""The Answer contract every front end and the eval runner rely on (see DESIGN.md)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field, field_serializer

from assistant.money import Money, Qualifier, render_money

Route = Literal["table", "text", "table+text", "none"]
# What a figure counts: money in dollars, deals, a percentage or a multiple.
Unit = Literal["USD", "count", "percent", "ratio"]


class Citation(BaseModel):
    n: int
    doc_id: str
    title: str
    published: str = ""
    url: str = ""
    paragraph: int
    quote: str


class AnswerFigure(BaseModel):
    label: str
    value: Decimal | None
    currency: str | None = "USD"
    unit: Unit = "USD"
    qualifier: Qualifier = "exact"
    expression: str
    citations: list[int] = Field(default_factory=list)

    @field_serializer("value")
    def _value_exactly(self, value: Decimal | None) -> int | str | None:
        # JSON has no decimal type: whole amounts go out as integers, fractions as
        # decimal strings ("161.5"), so no binary float ever carries a figure.
        if value is None:
            return None
        if value == value.to_integral_value():
            return int(value)
        return str(value)

    def display(self) -> str:
        """The value as an analyst writes it: "up to $4.8 billion", "67.0%", "2.61 times", "3"."""
        if self.value is None:
            return "not disclosed"
        if self.unit == "USD":
            return render_money(Money(amount=self.value, qualifier=self.qualifier))
        if self.unit == "percent":
            return f"{self.value}%"
        if self.unit == "ratio":
            return f"{self.value} times"
        return str(self.value)


class ToolCallRecord(BaseModel):
    tool: str
    args: dict[str, Any] = Field(default_factory=dict)


class Answer(BaseModel):
    question: str
    standalone_question: str
    answer: str
    interpretation: str = Field(
        default="", description="The plan in plain words: what was computed or searched, over what."
    )
    route: Route
    abstained: bool = False
    figures: list[AnswerFigure] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    guard: dict[str, Any] = Field(
        default_factory=dict, description="What the number guard did, when an LLM wrote the prose."
    )
    closest: list[Citation] = Field(default_factory=list, description="Nearest articles when the answer abstains.")


class Turn(BaseModel):
    """One earlier exchange; the answer may be a full Answer, its text, or empty."""

    question: str
    answer: Answer | str = ""
