"""A buyer that "bought the most assets" is ranked by its number of deals, not their value.

"哪家外国药企买中国资产最多" ("which foreign buyer bought the most Chinese assets") had ranked five licensees by
total deal value (AstraZeneca's $32.4 billion first), when it asks who bought the most: Merck & Co., six deals.
A ranking of companies whose question says they bought, licensed, took or sold "the most" assets, programmes,
drugs, molecules or licences counts their deals (``metric="count"``), one winner for "which …" unless a number of
places is said; "the most money" or "the most upfront" stays a ranking by value. Run in ``buckets.reshaped``.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_MOST_ASSETS_RE = re.compile(
    r"\b(?:bought|buys?|acquired|licensed|in-?licensed|out-?licensed|took|taken|sold|picked up|snapped up)\s+"
    r"(?:in\s+)?the\s+most\s+(?:(?:chinese|china|drug|innovative)\s+)*"
    r"(?:assets?|programs?|programmes?|drugs?|molecules?|candidates?|licen[cs]es?|products?)\b|"
    # the Chinese order, 最多 after the thing: "买中国资产最多" read "bought Chinese assets the most"
    r"\b(?:bought|acquired|licensed|in-?licensed|took|sold)\s+(?:(?:chinese|china|drug|innovative)\s+)*"
    r"(?:assets|programs|programmes|drugs|molecules|candidates|licen[cs]es|products)\s+the\s+most\b",
    _I,
)
_WHICH_ONE_RE = re.compile(r"\bwhich\s+(?:\w+\s+)?(?:buyer|licensee|licensor|company|drugmaker|pharma|firm)\b(?!s)", _I)
_PLACES_RE = re.compile(r"\btop\s+\d|\btop\s+(?:two|three|four|five|ten)\b", _I)


def assets_counted(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """``calls`` with a company ranking by value asked as "bought the most assets" ranked by deal count; else
    ``calls`` (the module's docstring)."""
    if len(calls) != 1 or calls[0].tool != "rank":
        return calls
    args = calls[0].args
    if args.get("dimension") not in ("licensee", "licensor") or args.get("metric") == "count":
        return calls
    if not _MOST_ASSETS_RE.search(question):
        return calls
    n = 1 if _WHICH_ONE_RE.search(question) and not _PLACES_RE.search(question) else args.get("n")
    return [ToolCall(tool="rank", args={**args, "metric": "count", "n": n})]
