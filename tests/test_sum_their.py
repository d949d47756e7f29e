""" "Sum their upfronts" after a ranking sums that measure over the deals the ranking gave ("their" points
back like "them"); it had gone to the trackers and refused. After a list, ``followup_verbs`` sums over the
list's filter."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("before", "question", "deals"),
    [
        ("Top 3 deals of 2025 by total value", "sum their upfronts", 3),
        ("Top 3 deals of 2024 by upfront", "add up their milestones", 3),
    ],
)
def test_their_sum_covers_the_deals_before(
    replaying: Router, tools: DealTools, before: str, question: str, deals: int
) -> None:
    call = one_call(route(replaying, question, [before]))
    assert call.tool == "aggregate" and call.args["operation"] == "sum"
    assert len(call.args["filter"]["deal_ids"]) == deals
    assert set(call.args["filter"]["deal_ids"]) <= set(tools.run(one_call(route(replaying, before))).deal_ids)
