"""A follow-up asking how a deal's money breaks down, naming no deal: "split the milestone bucket into dev/reg
versus sales" after "CSPC AZ 2026 headline value?".

Such a follow-up has no pronoun and no company, so it was read as a question of its own and answered from
whatever articles mention sales milestones (another deal's breakdown). It asks about the deal before, so it
is led by what the question before named: its companies, drug codes and year.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex

# How a figure divides: "split ... into", "break down", "how much of that is ...", "dev/reg versus sales".
_BREAKDOWN_RE = re.compile(
    r"\b(?:split|splits|break\s*down|breakdown|divide[sd]?|apportion\w*)\b[^?]{0,60}\b(?:dev\w*|regulatory|sales|"
    r"commercial|clinical|near[\s-]term|cash|shares|equity)\b|\bdev(?:elopment)?\s*/\s*reg\w*\b",
    re.IGNORECASE,
)
# "how much of that is sales-based?", "what part of the milestones is sales": a kind of milestone, no sales figure
_MILESTONE_KIND_RE = re.compile(
    r"\bsales[\s-](?:based|linked|related|driven)\b|\bhow much of (?:that|it|those|them|the milestones?)\b[^?]{0,30}\bsales\b",
    re.IGNORECASE,
)
_CODE_RE = re.compile(r"\b[A-Z]{2,}[-\d][\w-]*\b")
_YEAR_RE = re.compile(r"\b20\d\d\b")


def breakdown_carried(question: str, earlier: tuple[str, ...], entities: EntityIndex) -> str:
    """``question`` led by the deal the question before named, when it asks a breakdown and names no deal."""
    if not earlier or not _BREAKDOWN_RE.search(question):
        return question
    if entities.find_companies(question).mentions or _CODE_RE.search(question) or _YEAR_RE.search(question):
        return question
    before = earlier[-1]
    names = list(dict.fromkeys(m.name for m in entities.find_companies(before).mentions))
    if not names:
        return question
    lead = names + _CODE_RE.findall(before) + _YEAR_RE.findall(before)
    return f"{', '.join(lead)}: {question}"


def milestone_kinds_asked(question: str) -> bool:
    """``question`` asks how milestones divide by kind ("dev/reg versus sales", "sales-based"): its "sales" is a
    kind of milestone, which the articles state, not a drug's sales figure."""
    return bool(_BREAKDOWN_RE.search(question) or _MILESTONE_KIND_RE.search(question))
