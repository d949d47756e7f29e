"""Asks no tool computes, refused honestly instead of answered with a neighbouring figure (issue 11).

Each of these got a confident answer to a different question: "which modality grew fastest between 2024
and 2025" the trackers' market growth, "which companies licensed to both Merck and AstraZeneca" loose
quotes, "how many days after the GSK deal did Hengrui sign with Braveheart" a passage about another deal,
"the difference between the largest and smallest upfront of 2025" only the smallest, "deals signed in the
same month as the Pfizer-3SBio deal" that deal alone. No tool ranks groups by their growth, intersects two
companies' partners, subtracts dates, or takes a period from a named deal, so the question is marked as
asking a figure no table holds (``unheld_measure``, the words the refusal names): the articles answer
only if a passage names it, and none does. The examples are the tests (``tests/test_session9_lead.py``).
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
_GROUP = r"(?:modalit(?:y|ies)|(?:therapeutic |disease )?areas?|indications?|(?:drug )?types?|compan(?:y|ies)|licensors?|licensees?|buyers?|biotechs?|drugmakers?|pharmas?|sectors?|segments?)"
# ("gained" is left out: "which company gained the most upfront" asks who received the most)
_GROWTH = r"(?:grew|grow(?:s|ing|n)?|growth|increased?|rose|rise|risen|jump(?:ed)?|surged?|expanded|climbed|fell|declined?|shrank|dropped)"
# (the words the refusal names, the ask)
_ASKS: list[tuple[str, re.Pattern[str]]] = [
    (
        "growth compared group by group",
        re.compile(
            rf"\b(?:which|what)\s+(?:[\w-]+\s+)?{_GROUP}\b[^?]{{0,60}}\b{_GROWTH}\b[^?]{{0,30}}\b(?:fastest|most|the most|quickest|"
            rf"least|slowest|biggest|largest|strongest)\b|\b(?:fastest|quickest|slowest)[\s-]+(?:growing|rising|shrinking)\s+"
            rf"(?:[\w-]+\s+)?{_GROUP}\b|\b(?:which|what)\s+(?:[\w-]+\s+)?{_GROUP}\b[^?]{{0,40}}\b(?:biggest|largest|most|fastest)\s+"
            rf"(?:growth|increase|rise|jump|decline|drop)\b",
            _I,
        ),
    ),
    (
        "partners two companies share",
        re.compile(
            # a dealing verb before "both" ("what did Merck pay for both Kelun deals" sums two deals)
            r"\b(?:which|what|who|any)\b[^?]{0,50}\b(?:licen[cs]\w*|sold|sell|partnered|partner|signed|sign|deals?|worked|"
            r"work|dealt|done deals)\s+(?:\w+\s+)?(?:with|to|from)\s+both\b|\bboth\b[^?]{0,40}\band\b[^?]{0,40}\b(?:in common|"
            r"shared?)\b|\b(?:common|shared|overlapping)\s+(?:partners?|licensors?|licensees?|buyers?|counterparties)\b",
            _I,
        ),
    ),
    (
        "time between two deals",
        re.compile(
            # two deals named: "how many days after the GSK deal did ...", "weeks between the X and Y deals"
            # ("how long after signing did it close" is one deal's story, which its article tells)
            r"\bhow (?:many (?:days|weeks|months)|long)\s+(?:after|before)\s+(?:the|its|their|that)\s+[^?]{0,40}?"
            r"\b(?:deal|agreement|licen[cs]e|pact|tie-?up|transaction)\b|"
            r"\b(?:days|weeks|months|time)\s+(?:between|separating)\s+(?:the\s+)?[^?]{0,50}?\b(?:deals|agreements|licen[cs]es)\b",
            _I,
        ),
    ),
    (
        "spread between the largest and smallest",
        re.compile(
            r"\b(?:difference|gap|spread|range)\s+between\s+(?:the\s+)?(?:largest|biggest|highest|top|max(?:imum)?)\b[^?]{0,40}"
            r"\b(?:and|vs\.?|versus)\s+(?:the\s+)?(?:smallest|lowest|min(?:imum)?|bottom)\b|"
            r"\b(?:largest|biggest|highest)\s+minus\s+(?:the\s+)?(?:smallest|lowest)\b",
            _I,
        ),
    ),
    (
        "deals in the same period as another deal",
        # deals asked by another deal's date ("AZ's Beijing investment, announced the same day as the Harbour deal" is
        # that announcement's story)
        re.compile(
            r"\b(?:deals?|transactions?|agreements?|licen[cs]es?)\b[^?]{0,40}\bsame\s+(?:day|week|month|quarter|half)\s+as\b",
            _I,
        ),
    ),
]


def unsupported_ask(slots: Any, text: str) -> None:
    """Mark an ask no tool computes as a figure no table holds (its words, for the refusal)."""
    if slots.unheld_measure:
        return
    for words, pattern in _ASKS:
        if pattern.search(text):
            slots.unheld_measure = words
            return
