"""A money bound the answer says back, attributed to the question that set it rather than left as a bare figure.

A follow-up that filters the answer before it keeps that answer's bound: after "which 2024 deals had an upfront
of $100M or more", "how many of those had an american buyer" is answered as "5 deals with a licensee based in US,
an upfront of at least $100 million, announced in 2024". The $100 million is the user's filter, not a figure of
ours, but the question now asked does not state it; a bare "how many were above 100m" states "100", not $100
million. Such a bound is added to the answer's figures as what it is: the bound asked, a filter and not a result
(no citation, since no source holds it). A bound the question states in dollars ("deals over $1 billion") needs no
such figure and gets none; nor does a bound the answer does not say.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from assistant.answer import Answer, AnswerFigure
from assistant.money import numbers_in
from assistant.routing.amounts import spelt_amounts_as_digits
from assistant.routing.plan import Plan
from assistant.tools.dealfilter import MONEY_BOUND_METRICS

_SIDES = {"min": ("more than", "at least"), "max": ("less than", "at most")}


def _bounds(args: dict[str, Any]) -> list[tuple[str, str, Decimal]]:
    """(metric, relation, amount) of each money bound in a tool call's filter."""
    found = []
    for where in (args, args.get("filter") or {}):
        if not isinstance(where, dict):
            continue
        exclusive = where.get("exclusive") or []
        for metric in MONEY_BOUND_METRICS:
            for side, (strict, loose) in _SIDES.items():
                key = f"{side}_{metric}_usd"
                if where.get(key) is not None:
                    found.append((metric, strict if key in exclusive else loose, Decimal(str(where[key]))))
    return found


def with_asked_bounds(question: str, plan: Plan, answer: Answer) -> None:
    """Add each money bound the answer says back but the question does not state as a figure of the bound asked."""
    stated = set(numbers_in(question)) | set(numbers_in(spelt_amounts_as_digits(question)))
    said = set(numbers_in(answer.answer))
    held = {figure.value for figure in answer.figures}
    for call in plan.tool_calls:
        for metric, relation, amount in _bounds(call.args):
            if amount in stated or amount not in said or amount in held:
                continue
            held.add(amount)
            answer.figures.append(
                AnswerFigure(
                    label=f"the bound asked in this conversation: {metric} {relation} (a filter, not a result)",
                    value=amount,
                    unit="USD",
                    qualifier="exact",
                    expression=f"{metric} {relation} {amount}: the filter the question set",
                )
            )
