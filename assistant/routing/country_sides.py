"""Licensees of two countries or regions set against each other: each side is one group's deals.

"In 2024, how much more upfront money came from US licensees than from European ones?", "did American buyers or
Japanese buyers pay more upfront in 2025?", "how many deals did US companies sign compared with European
companies?": the slots keep the first place said ("US"), so the plan summed the US licensees' deals alone and the
other side and the gap were never given.

Read here: the question asks a comparison and names exactly two different licensee places (the nationality
words and places ``analyst_wording`` knows: "US", "American", "European ones", "Japan"; countries come from
companies.csv), and the plan is one sum, average, median or count over one of them (or a comparison whose two
sides carry that same place). The plan becomes one ``compare``: the first place said on the left, the second on
the right, each with the plan's other filters (the period, an area) and its operation. Three places, or one,
are left as they were.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.analyst_wording import ADJECTIVES, PLACES
from assistant.routing.pair_apart import asked_as_comparison
from assistant.routing.period_sides import sides_compared
from assistant.routing.plan import Plan

RULE = "licensees of two places compared"
_WORDS = sorted({*ADJECTIVES, *(place.removeprefix("the ") for place in PLACES)}, key=len, reverse=True)
# a place said as a nationality or a place name; "us"/"uk" only in capitals ("give us" is no country)
_PLACE_RE = re.compile(
    r"(?<![\w.])((?i:" + "|".join(re.escape(word) for word in _WORDS if word not in ("us", "uk", "u.s.")) + r"))(?!\w)|"
    r"(?<![\w.])(US|U\.S\.|UK)(?![\w])"
    # a territory or market of a deal ("US rights", "the European market"): no licensee's place
    r"(?!\s+(?:rights?|territor\w*|markets?|sales|approvals?|launch\w*|patients?|regulators?)\b)",
)
_GROUP = {**ADJECTIVES, **{k.removeprefix("the "): v for k, v in PLACES.items()}}


def _places(question: str) -> list[list[str]]:
    """The different licensee places ``question`` names, in the order it names them."""
    found: list[list[str]] = []
    for match in _PLACE_RE.finditer(question):
        said = (match.group(1) or match.group(2)).lower()
        group = _GROUP.get(said) or _GROUP.get(said.replace(".", "")) or []
        if group and group not in found:
            found.append(list(group))
    return found


def _base(plan: Plan, places: list[list[str]]) -> tuple[dict[str, Any], str, str] | None:
    """The one filter, metric and operation the plan reads over one of the two places, or None."""
    if len(plan.tool_calls) != 1:
        return None
    call = plan.tool_calls[0]
    if call.tool == "aggregate":
        wanted = dict(call.args.get("filter") or {})
        operation = call.args.get("operation") or "sum"
    elif call.tool == "compare" and call.args.get("left", {}).get("licensee_countries") == call.args.get(
        "right", {}
    ).get("licensee_countries"):
        wanted, operation = dict(call.args.get("right") or {}), call.args.get("operation") or "sum"
    else:
        return None
    if wanted.get("licensee_countries") not in places or operation not in ("sum", "average", "median", "count"):
        return None
    return wanted, str(call.args.get("metric") or "total"), operation


def places_compared(plan: Plan) -> Plan:
    """``plan`` as one comparison of two licensee places, when the question sets them against each other."""
    if plan.route not in ("table", "table+text") or not asked_as_comparison(plan.question):
        return plan
    places = _places(plan.question)
    if len(places) != 2 or not (base := _base(plan, places)):
        return plan
    wanted, metric, operation = base
    left, right = ({**wanted, "licensee_countries": place} for place in places)
    return sides_compared(plan, left, right, metric, operation, RULE)
