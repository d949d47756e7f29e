"""A follow-up whose "its" or "their" is the company a one-company ranking named (outsider14).

"Which Chinese company did the most deals?" answers Hengrui; "what was its biggest one?" then asks
Hengrui's biggest deal, not the biggest deal of all. Routing replays the earlier questions and never
reads their answers, so the winner is found by running the ranking again (``Router.ranked_rows``).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.routing.entities import Mention
from assistant.routing.intents import Slots
from assistant.routing.state import RouteState
from assistant.tools.schema import ToolCall

# The sides a ranking of companies ranks; a ranking of deals names a deal (``Router._rank_winner``).
_COMPANY_SIDES = ("licensor", "licensee")


def its_winner(
    own: Slots, previous: RouteState | None, ranked_rows: Callable[[ToolCall], list[str]] | None
) -> Slots | None:
    """This turn's slots about the one company the previous ranking named, when "its" points at it."""
    if previous is None or ranked_rows is None or previous.kind != "rank" or not previous.calls:
        return None
    one = previous.slots.n == 1 or previous.slots.singular
    if previous.slots.dimension not in _COMPANY_SIDES or not one:
        return None
    if not own.pronoun or own.mentions or own.asset or own.unknown:
        return None
    rows = ranked_rows(previous.calls[0])
    if not rows:
        return None
    return own.model_copy(update={"mentions": [Mention(name=rows[0], start=0, end=0)]})
