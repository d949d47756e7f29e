"""A list of deals asked with a figure its rows do not show: each row shows it too (outsider68).

"Who licensed the oral Lp(a) drug to Merck in 2025, and how much could they get in milestones?", "which deals did
Merck sign in 2024 and what were their milestones?", "list Hengrui's 2025 deals with the equity in each": a list's
rows show the upfront and the total; the milestones (or the equity) asked were never said. ``measures_shown`` (in
``buckets.reshaped``) adds the figure asked to the list's rows (``find_deals`` ``measures``).

Not taken: a figure that narrows the list ("deals with milestones over $1bn": a bound the rows already show), a
sum or a ranking (other tools); the upfront and the total, which every row shows.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# the figures a row does not show unless asked: "milestones", "biobucks", "milestone payments", "equity"
_MEASURES = (
    ("milestones", re.compile(r"\bmilestones?\b|\bbio[\s-]?bucks\b|里程碑", _I)),
    ("equity", re.compile(r"\bequity\b|\bshare (?:purchase|investment)\b|股权", _I)),
)


def measures_asked(question: str) -> list[str]:
    """The row figures ``question`` names besides the upfront and total: "how much could they get in milestones?"
    -> ["milestones"]."""
    return [name for name, pattern in _MEASURES if pattern.search(question)]


def measures_shown(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One list of deals asked with the milestones or the equity shows them in each row."""
    if len(calls) != 1 or calls[0].tool != "find_deals" or calls[0].args.get("companies"):
        return calls
    asked = [name for name in measures_asked(question) if name not in (calls[0].args.get("measures") or [])]
    if not asked:
        return calls
    return [
        ToolCall(
            tool="find_deals", args={**calls[0].args, "measures": [*(calls[0].args.get("measures") or []), *asked]}
        )
    ]
