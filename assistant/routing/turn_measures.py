"""The measure a comparison follow-up carries from a turn that asked a count and a sum at once.

"Roche's Chinese deals: how many, and total upfront" asks two things; replayed whole, the turn reads as
the count alone (its upfront a word beside it). "How does that compare with Novartis?" then compared
the two counts, and the upfront total the conversation was about was lost. The sum is the figure a
comparison carries: the turn before's measure, summed, on both sides.
"""

from __future__ import annotations

from typing import Any

from assistant.routing.count_and_sum import count_and_sum_parts


def sum_carried(previous: Any, current: Any, merged: Any) -> None:
    """Make ``merged`` (``intents.Slots``) compare the sums when the turn before (``RouteState``) asked a count
    and a sum together and this turn compares without naming a measure of its own."""
    if current.op != "compare" or current.metrics or current.count or not merged.count or not merged.metrics:
        return
    if len(count_and_sum_parts(previous.standalone or "")) == 2:
        merged.count = False
