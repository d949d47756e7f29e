"""Two asks that share words the split would leave with one of them (the twelfth session's probes).

- **"for how much?"** "How many deals did Chinese firms license out in 2024, and for how much?": the second ask
  has no verb or measure of its own. It is said as "and what were they worth", which the split and the router
  read as the value of the deals the first part counted ("how many deals and how much money in 2025?" too).
- **A period said once, at the end.** "how many deals and what were they worth in 2025?": the first part named
  no period and was answered for every year. A period that closes the last part is given to an earlier part that
  names none and no reach of its own ("in total", "ever"); not when the last part names a company of its own that
  the earlier parts, each naming companies, do not: "what did Lilly pay 信达 upfront, and what did Roche pay them in
  2025?" dates Roche's deal only (Lilly's is of 2026).
- **A scope said once.** "How many deals did PharmCube count for Greater China in 2025 and what were they worth?":
  the second part lost "Greater China" and gave the mainland series' $135.7 billion. A later part that points back
  ("they", "their", "those") and names no scope of its own is asked for the first part's Greater China.
- **Two periods, one superlative.** "what were the largest deal of 2024 and the largest of 2025?": one ranking
  over both years came back with the larger deal only. Each period is its own question ("What were the largest
  deal of 2024", "What were the largest deal of 2025").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.routing.wording import GREATER_CHINA_RE

_I = re.IGNORECASE
_PERIOD = (
    r"(?:(?:q[1-4]|h[12]|(?:the\s+)?(?:first|second)\s+half\s+of|full[- ]year)\s+)?(?:19|20)\d{2}|"
    r"(?:last|this)\s+year"
)
_HOW_MUCH_RE = re.compile(
    r",?\s+and\s+(?:for\s+how\s+much|how\s+much\s+(?:money|cash|value|in\s+value|were\s+they\s+worth)|"
    rf"at\s+what\s+(?:value|price))(?P<tail>\s+(?:in|for|during|over)\s+(?:{_PERIOD}))?\s*(?P<end>\??)\s*$",
    _I,
)
_COUNTS_DEALS_RE = re.compile(r"\bhow many\b[^?]*\b(?:deals?|transactions?|agreements?|pacts?)\b", _I)
_CLOSING_PERIOD_RE = re.compile(rf"\s+(?:in|for|during|over)\s+(?P<period>{_PERIOD})\W*$", _I)
# the last part asks a figure of the same deals ("what were they worth in 2025"), not a narrower count of them
# ("how many of them were signed in 2025", "which were from 2025")
_SAME_DEALS_RE = re.compile(r"^(?:what|how much)\b[^?]*\b(?:they|those|these|their|them)\b", _I)
_NARROWER_RE = re.compile(r"\bhow many\b|\bwhich\b|\b(?:of|among) (?:them|those|these)\b", _I)
_ANY_PERIOD_RE = re.compile(rf"\b(?:{_PERIOD})\b", _I)
_OWN_REACH_RE = re.compile(
    r"\b(?:in total|overall|ever|all[\s-]time|to date|so far|since|every year|each year|per year|by year|"
    r"whole table|all years|altogether)\b",
    _I,
)
_SUPERLATIVE = r"(?:largest|biggest|smallest|highest|lowest|richest|top)"
_TWO_PERIODS_RE = re.compile(
    rf"^(?P<head>(?:[^?]*?\s)?(?:the\s+)?{_SUPERLATIVE}\b[^?]*?)\s+(?:of|in|for|from)\s+(?P<first>{_PERIOD})\s*,?\s+"
    rf"and\s+(?:the\s+)?(?:{_SUPERLATIVE}\s+)?(?:(?:deal|one|transaction)\s+)?(?:of|in|for|from)\s+"
    rf"(?P<second>{_PERIOD})\W*$",
    _I,
)


def how_much_spelt(question: str) -> str:
    """``question`` with a bare ", and for how much?" after a count of deals said as "and what were they worth"."""
    found = _HOW_MUCH_RE.search(question)
    if not found or not _COUNTS_DEALS_RE.search(question[: found.start()]):
        return question
    return f"{question[: found.start()]} and what were they worth{found.group('tail') or ''}{found.group('end')}"


def closing_period_shared(parts: list[str], spans: Callable[[str], list[tuple[int, int]]] | None = None) -> list[str]:
    """Earlier parts that name no period take the one that closes the last part: "how many deals and what were
    they worth in 2025" asks both of 2025."""
    if len(parts) < 2:
        return parts
    closing = _CLOSING_PERIOD_RE.search(parts[-1])
    if not closing or not _SAME_DEALS_RE.search(parts[-1]) or _NARROWER_RE.search(parts[-1]):
        return parts
    if spans is not None and _own_deal_last(parts, spans):
        return parts
    period = closing.group("period")
    return [
        part if _ANY_PERIOD_RE.search(part) or _OWN_REACH_RE.search(part) else f"{part} in {period}"
        for part in parts[:-1]
    ] + parts[-1:]


def _own_deal_last(parts: list[str], spans: Callable[[str], list[tuple[int, int]]]) -> bool:
    """The last part names a company no earlier part names, and every earlier part names one: each its own deal."""
    named = [{part[start:end].lower() for start, end in spans(part)} for part in parts]
    return all(named[:-1]) and bool(named[-1] - set().union(*named[:-1]))


def two_periods(question: str) -> list[str] | None:
    """ "the largest deal of 2024 and the largest of 2025" as one question for each period, or None."""
    found = _TWO_PERIODS_RE.match(question.strip())
    if not found or found.group("first").lower() == found.group("second").lower():
        return None
    head = found.group("head").strip()
    return [f"{head} of {found.group('first')}", f"{head} of {found.group('second')}"]


_POINTS_BACK_RE = re.compile(r"\b(?:they|them|their|those|these|it|its)\b", _I)
_MAINLAND_RE = re.compile(r"\bmainland\b", _I)
_MEASURE_RE = re.compile(
    r"\b(?:worth|values?|counts?|deals|totals?|up[\s-]?fronts?|milestones?|averages?|number)\b", _I
)


def scope_shared(parts: list[str]) -> list[str]:
    """Later parts pointing back at a first part said of Greater China, asked of Greater China too."""
    if len(parts) < 2 or not GREATER_CHINA_RE.search(parts[0]):
        return parts
    return (
        parts[:1]
        + [
            f"{part} for Greater China"
            if _POINTS_BACK_RE.search(part)
            and _MEASURE_RE.search(part)  # "what were they worth", not "what was it in 2025" (a follow-up of the first)
            and not GREATER_CHINA_RE.search(part)
            and not _MAINLAND_RE.search(part)
            else part
            for part in parts[1:]
        ]
    )
