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
# words that point back at the deals the ranking counted: "across those", "the total upfront across them"
_THOSE_WORDS = frozenset({"those", "these", "them"})
# words that ask beyond the ranking's period: "its upfronts ever", "overall", "all-time", "every year"
_WIDER_WORDS = frozenset({"ever", "overall", "all-time", "alltime", "altogether", "lifetime", "every", "since", "any"})


def its_winner(
    own: Slots, previous: RouteState | None, ranked_rows: Callable[[ToolCall], list[str]] | None
) -> Slots | None:
    """This turn's slots about the one company the previous ranking named, when "its" points at it; within the
    ranking's period when it points back at the deals counted ("across those") and names no period of its own;
    "its largest one" still ranks all of its deals (phrasing17)."""
    if previous is None or ranked_rows is None or previous.kind != "rank" or not previous.calls:
        return None
    # one winner asked, in the words or by a reshaped call (``asset_counts``: "which foreign buyer bought the most")
    one = previous.slots.n == 1 or previous.slots.singular or previous.calls[0].args.get("n") == 1
    if previous.slots.dimension not in _COMPANY_SIDES or not one:
        return None
    if not own.pronoun or own.mentions or own.asset or own.unknown:
        return None
    rows = ranked_rows(previous.calls[0])
    if not rows:
        return None
    update: dict[str, object] = {"mentions": [Mention(name=rows[0], start=0, end=0)]}
    if not own.periods and _THOSE_WORDS & set(own.words) and not _WIDER_WORDS & set(own.words):
        # "which buyer signed the most deals in 2024?" then "how much did it pay upfront across those?": the 2024
        # deals the ranking counted, not the buyer's deals of every year (outsider68)
        update["periods"] = previous.slots.periods
        # "which Chinese company licensed the most deals to AstraZeneca since 2024?" then "这几笔加起来首付款一共多少?"
        # ("those deals' upfront"): the winner's deals with AstraZeneca the ranking counted, not all of its deals
        update["mentions"] = [Mention(name=rows[0], start=0, end=0), *previous.slots.mentions]
    return own.model_copy(update=update)
