"""The whole value of a deal in an outsider's words, spelt "total value" (outsider72/74, multi16).

Read word by word these named the milestones or no measure at all, and the lookup gave the milestones
alone, or a part lost its deal to a word read as a company:

* "Jacobio pan-KRAS to AZ: all-in value incl. milestones?" (the milestones, $1.92 billion, not the $2.02 billion)
* "how much is the whole deal worth if everything gets paid?" ("gets" read as an unknown company)
* "what could it be worth if every milestone is hit?" (the milestones again)
* "信达生物 Lilly deal biobucks total?" ("biobucks" is the milestones to some; "biobucks total" is the whole value)
* "AZ's total china biobucks incl. upfront since 2024 - headline sum?" (outsider75: the milestones and the
  upfronts summed apart, never the total value): milestones "including the upfront" are the whole value
* "the combined headline value (upfront plus milestones)": a gloss of the headline value that read as two
  more measures, so the upfronts were summed twice and the headline value never

Each is rewritten to "total value" (a gloss is dropped), which every reader after this one knows. Not
rewritten: "total milestones", "total biobucks" (the milestones summed) and a bare "upfront plus milestones"
asked without a value word before it (the two figures are asked, and the terms give both).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_MILESTONES = r"(?:the\s+)?(?:milestones?|bio[\s-]?bucks|contingent payments?)(?:\s+payments?)?"
# "all-in value incl. milestones", "all-in figure including milestones", "all-in price"
_ALL_IN_RE = re.compile(
    r"\ball[\s-]in\s+(?:deal\s+)?(?:value|figure|amount|price|total|worth|number|size)\b"
    rf"(?:\s*\(?\s*,?\s*(?:incl\.?|including|inc\.?|with)\s+{_MILESTONES}\s*\)?)?",
    _I,
)
# "value incl. milestones", "worth including all milestones": the value the milestones are part of
_VALUE_WITH_MILESTONES_RE = re.compile(
    rf"\b(?:deal\s+)?(?:value|worth)\s*\(?\s*,?\s*(?:incl\.?|including|inc\.?)\s+(?:all\s+)?{_MILESTONES}\s*\)?", _I
)
# "if everything gets paid", "if all of it gets paid out", "if every milestone is hit", "if all milestones are met"
_IF_ALL_PAID_RE = re.compile(
    r",?\s*\bif\s+(?:everything|it\s+all|all\s+of\s+it|all\s+(?:the\s+)?(?:milestones|payments)|"
    r"every\s+(?:milestone|payment)|each\s+milestone)\s+(?:gets?|is|are|were|was)\s+"
    r"(?:paid(?:\s+out)?|hit|met|achieved|reached|triggered|earned|delivered)\b",
    _I,
)
# "what's the whole thing worth": the whole deal
_WHOLE_THING_RE = re.compile(
    r"\b(?:the\s+)?(?:whole|entire)\s+(?:thing|package|lot)\b(?=\s+(?:(?:is|was|be|would\s+be)\s+)?(?:worth|valued)\b)",
    _I,
)
_VALUE_SAID_RE = re.compile(r"\b(?:worth|values?|total)\b", _I)
# "biobucks total", "biobucks in total": the whole value (a "total biobucks" stays the milestones summed)
_BIOBUCKS_TOTAL_RE = re.compile(r"\bbio[\s-]?bucks\s+(?:in\s+)?total\b", _I)
# "headline value (upfront plus milestones)", "total value, i.e. upfront + milestones": a gloss, dropped
_VALUE_GLOSS_RE = re.compile(
    r"(?P<value>\b(?:headline|total|deal|combined|aggregate)\s+(?:deal\s+)?values?|\bheadline)\s*"
    r"(?:\(\s*(?:i\.?e\.?,?\s*|=\s*)?up[\s-]?fronts?\s*(?:\+|plus|and|&)\s*milestones?\s*\)|"
    r",\s*(?:i\.?e\.?|that is|meaning),?\s+up[\s-]?fronts?\s*(?:\+|plus|and|&)\s*milestones?\b)",
    _I,
)

# "biobucks incl. upfront", "milestones (including the upfront payment)", "milestones inclusive of upfront"
_MILESTONES_WITH_UPFRONT_RE = re.compile(
    rf"\b{_MILESTONES}\s*\(?\s*,?\s*(?:incl\.?|including|inc\.?|inclusive\s+of)\s+(?:the\s+)?"
    r"up[\s-]?fronts?(?:\s+(?:payments?|fees?|cash))?(?:\s*\))?",
    _I,
)


def whole_value_spelt(question: str) -> str:
    """``question`` with the deal's whole value, however worded, spelt "total value".

    "Jacobio to AZ: all-in value incl. milestones?" -> "Jacobio to AZ: total value?";
    "how much is the deal worth if everything gets paid?" -> "how much is the deal worth?"."""
    text = _ALL_IN_RE.sub("total value", question)
    text = _VALUE_WITH_MILESTONES_RE.sub("total value", text)
    text = upfront_included(text)
    # a value word before the condition already asks the whole value: the condition goes ("worth if ... paid")
    said = _VALUE_SAID_RE.search(text[: match.start()]) if (match := _IF_ALL_PAID_RE.search(text)) else None
    text = _IF_ALL_PAID_RE.sub("" if said else " in total value", text)
    text = _WHOLE_THING_RE.sub("the whole deal", text)
    text = _BIOBUCKS_TOTAL_RE.sub("total value", text)
    return _VALUE_GLOSS_RE.sub(lambda match: match.group("value"), text)


def upfront_included(question: str) -> str:
    """Milestones said to include the upfront spelt "total value", before bracketed notes are dropped:
    "Novartis milestones (including the upfront payment) since 2024?" -> "Novartis total value since 2024?"."""
    return _MILESTONES_WITH_UPFRONT_RE.sub("total value", question)
