"""A tracker named with the outlet that carried its figures: "per pharmcube/caixin", "PharmCube via Caixin",
"pharmcube (caixin)".

The reporter read first ("PharmCube") matched every PharmCube series, so the answer set the Reuters-carried
Greater China figure beside the Caixin-carried mainland one the question named. When a ``market_stat`` call's
reporter is followed in the question by a second tracker or outlet joined by "/", "via", "per", "through",
"from" or a bracket, the call asks for the reporter naming both (the tool reads "PharmCube/Caixin" as a
reporter holding both words). "PharmCube vs IQVIA" is two trackers set side by side (``market_split``), no pair.
"""

from __future__ import annotations

import re

from assistant.routing.wording import REPORTERS
from assistant.tools.schema import ToolCall

_REPORTER = "|".join(re.escape(name) for name in sorted(REPORTERS, key=len, reverse=True))
_PAIR_RE = re.compile(
    rf"\b(?P<a>{_REPORTER})\b\s*(?:/|\(\s*|\bvia\s+|\bper\s+|\bthrough\s+|\bfrom\s+|\bas (?:carried|reported) by\s+)"
    rf"(?P<b>{_REPORTER})\b",
    re.IGNORECASE,
)


def reporter_paired(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """Each ``market_stat`` call of a tracker named with its outlet asks for the reporter naming both."""
    pair = _PAIR_RE.search(question)
    if not pair or pair.group("a").lower() == pair.group("b").lower():
        return calls
    names = {pair.group(side).lower(): pair.group(side) for side in ("a", "b")}
    out = []
    for call in calls:
        reporter = str(call.args.get("reporter") or "")
        if call.tool == "market_stat" and reporter.lower() in names and not call.args.get("compare_reporter"):
            canonical = {name.lower(): name for name in REPORTERS}
            both = "/".join(canonical.get(name, name) for name in names)
            call = ToolCall(tool=call.tool, args={**call.args, "reporter": both})
        out.append(call)
    return out
