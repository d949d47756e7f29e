"""Deals asked by a figure they disclosed: "trispecific TCE deals since 2024 that disclosed an upfront?".

Matches "deals that disclosed an upfront", "deals with a disclosed upfront", "ADC deals where the
milestones were disclosed", "which 2025 deals published a total value": those deals listed (a
``find`` with ``disclosed``), so an undisclosed one is left out of the list and out of its count,
instead of the figure being summed over every deal of the kind. "How many ... disclosed an upfront"
counts them. "Deals with an equity investment" are those that disclosed one, as before.

Deals asked by an upfront that bundles near-term payments ("deals whose upfront figure includes near-term
payments", ``near_term_asked``) are read here too: the table's qualifier ``incl_near_term`` as a filter.

Not matched: "no disclosed upfront" / "not disclosed" (``UNDISCLOSED_RE``: the deals that kept it
private), "the total disclosed upfront" (a sum asked in words: "total", "sum", "combined" keep the
sum), and a figure no deal column holds.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.analyst_wording import NEAR_TERM_UPFRONT_RE

_FIGURE = r"(?:up[\s-]?fronts?|milestones?|total(?:\s+(?:deal\s+)?values?)?|deal\s+values?|headline\s+values?|equity)"
_DISCLOSED_RE = re.compile(
    rf"\b(?:that|which|who|and|deals|ones)\s+(?:have\s+|had\s+)?(?:publicly\s+)?(?:disclosed|revealed|published|made\s+public)"
    rf"\s+(?:an?\s+|the\s+|their\s+|its\s+|any\s+)?{_FIGURE}\b|"
    rf"\bwith\s+(?:an?\s+|any\s+)?(?:publicly\s+)?(?:disclosed|published|known)\s+{_FIGURE}\b|"
    rf"\b(?:where|whose)\s+(?:the\s+)?{_FIGURE}\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:publicly\s+)?"
    r"(?:disclosed|revealed|published|made\s+public)\b",
    re.IGNORECASE,
)
_SUM_RE = re.compile(r"\b(?:sum|total(?:led)?\s+(?:up)?front|in\s+total|combined|altogether|add(?:ed)?\s+up)\b", re.I)
_HELD = ("upfront", "milestones", "total", "equity")


_DEALS_ASKED_RE = re.compile(r"\b(?:deals|which|how many|list|count|number of|ones|transactions)\b", re.IGNORECASE)


def near_term_asked(slots: Any, text: str) -> None:
    """Set ``slots.near_term_upfront`` (and a plain ask's ``op`` to ``find``) for the deals asked by an upfront that
    includes near-term payments; one deal named ("did the Kailera upfront include near-term payments?") is its own
    terms, left alone."""
    if slots.mentions or slots.asset or not NEAR_TERM_UPFRONT_RE.search(text) or not _DEALS_ASKED_RE.search(text):
        return
    slots.near_term_upfront, slots.in_table = True, True
    if not slots.count and slots.op in (None, "find"):
        slots.op = "find"


def disclosed_asked(slots: Any, text: str) -> None:
    """Set ``slots.disclosed`` (and a plain ask's ``op`` to ``find``) for deals asked by a figure they disclosed;
    ``slots`` are ``intents.Slots``, read so far."""
    near_term_asked(slots, text)
    if slots.undisclosed or slots.metric not in _HELD:
        return
    if slots.op == "find" and slots.metric == "equity":
        slots.disclosed = ["equity"]  # few deals have one: "deals with an equity investment" are those that do
        return
    if not _DISCLOSED_RE.search(text) or slots.op not in (None, "find") or _SUM_RE.search(text):
        return
    slots.disclosed = [str(slots.metric)]
    if not slots.count:
        slots.op = "find"
