"""A replayed turn keeps the deal its words pinned: "What upfront is AstraZeneca paying CSPC on the weight-management
portfolio?" names one of the pair's three deals by what it covers, and the coverage check (``Coverage.check``, run
on the asked turn in ``Router.route``) pins that deal. A turn replayed as history ran without it, so the next turn
saw the pair and not the deal: "How does that compare with their 2024 Lp(a) deal?" compared the pair's three deals
summed. Here a replayed turn whose calls are all ``get_deal`` of one pair takes the deal the check pins. A bare
"main scope only" is read as the asked turn reads it (``main_scope.main_only_again``), so the turn after it follows on
from the list it narrowed.
"""

from __future__ import annotations

from typing import Any

from assistant.routing.leadin import focused
from assistant.routing.main_scope import main_only_again
from assistant.routing.state import RouteState


def replayed_turn(router: Any, question: str, state: RouteState | None) -> RouteState | None:
    """The state after ``question`` asked after ``state`` (``Router._replay``'s step), with a pinned deal kept."""
    question = main_only_again(question, ("",) if state is not None else ())  # as ``focused`` reads it when asked
    plan, new = router._route_one(focused(question, router.entities, router.corpus_end), state)
    if new is None:
        return state
    calls = new.calls
    if not calls or any(call.tool != "get_deal" or call.args.get("deal_id") for call in calls):
        return new
    checked = router.coverage.check(plan.model_copy(deep=True), False, ()).tool_calls
    same = len(checked) == len(calls) and all(
        a.tool == b.tool and {k: v for k, v in b.args.items() if k != "deal_id"} == a.args
        for a, b in zip(calls, checked, strict=True)
    )
    if not same or not all(call.args.get("deal_id") for call in checked):
        return new
    return new.model_copy(update={"calls": checked})
