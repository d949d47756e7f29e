"""A claim of how many deals there were: "Is it accurate to say AbbVie signed two deals with Chinese biotechs in
2025?", "A reporter counted four deals in January 2026 in your database. Is that the full count?", "Confirm: six ADC
licensing deals in 2025 in your data?".

No "how many" asks for the count, so the question went to the articles, which hold trackers' counts of the whole
market, not our rows. A number of deals stated in a claim's words is a count to check: the deals are counted in
the table with the claim's filters (its company, period, kind), and the answer gives the count and the deals, which
say whether the claim holds. "The two largest deals", "the top three deals" and "its two deals with Novartis" name
deals, no count; "only one deal" counts under a tag or claim word or asked yes-or-no, never in a question opened
by which, who or what ("Which Merck partners did just one deal with it?" asks for partners). Examples in
``tests/test_claims9.py``.
"""

from __future__ import annotations

import re
from typing import Protocol

from assistant.routing.factcheck import CLAIM_WORDS_RE

_I = re.IGNORECASE
_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"a dozen|\d{1,3})"
)
# "two deals", "six ADC licensing deals", "four China out-licensing deals"; not "the two largest deals"
COUNT_STATED_RE = re.compile(
    rf"(?<![$.,\d])\b{_NUMBER}\s+(?!largest|biggest|top|richest|highest|smallest|most|of\b)(?:[\w-]+\s+){{0,3}}?"
    r"(?:deals|agreements|transactions|pacts|licensing deals|tie-ups)\b",
    _I,
)
# the deals named, not counted: "the top three deals", "its two deals with Novartis", "both of its two deals"
_NAMED_BEFORE_RE = re.compile(r"\b(?:the|its|their|these|those|top|first|last|of)\s+$", _I)
# a count's own claim words: "counted four deals", "is that the full count", "signed two deals, right?"
# and a count under a tag: "AstraZeneca only did one China deal in 2025, didn't it?"
_COUNT_CLAIM_RE = re.compile(
    r"\bcount(?:ed|s)?\b|\bfull\s+(?:count|list|number)\b|\btally\b|\b(?:didn'?t|did not|wasn'?t|haven'?t|hasn'?t)\s+"
    r"(?:it|they|he|she|we)\s*\?",
    _I,
)
# a count said with "only"/"just" is claimed when asked yes-or-no: "Did Roche only sign one China deal in 2024?"
_ONLY_ASKED_RE = re.compile(
    r"^\W*(?:did|does|do|has|have|had|is|was)\b.*\b(?:only|just)\s+(?:(?:did|signed|struck|made|inked|had|do|sign)\s+)?"
    rf"{_NUMBER}\b",
    _I,
)
# a question word opens an ask, not a claim: "Which Merck partners did just one deal with it?"
_ASKED_RE = re.compile(r"^\W*(?:which|who|whom|whose|what)\b", _I)
# one deal claimed, in the singular: "only did one China licensing deal", "just a single deal"
_ONE_DEAL_RE = re.compile(
    r"\b(?:only|just)\s+(?:(?:did|signed|struck|made|inked|had|do|sign)\s+)?(?:one|a single)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:deal|agreement|transaction|licen[cs]e|licensing deal)\b",
    _I,
)


class Readable(Protocol):
    """The slots ``read_count_claim`` reads and corrects (``intents.Slots``)."""

    op: str | None
    count: bool
    position: int | None
    metrics: list[str]


def stated_count(text: str) -> bool:
    """``text`` states a number of deals in a claim's words."""
    if _ASKED_RE.search(text):
        return False
    if not (CLAIM_WORDS_RE.search(text) or _COUNT_CLAIM_RE.search(text) or _ONLY_ASKED_RE.search(text)):
        return False
    if _ONE_DEAL_RE.search(text):
        return True
    return any(not _NAMED_BEFORE_RE.search(text[: found.start()]) for found in COUNT_STATED_RE.finditer(text))


def read_count_claim(slots: Readable, text: str) -> None:
    """A number of deals claimed, and nothing else asked, is a count of our deals."""
    if slots.op is None and not slots.count and slots.position is None and not slots.metrics and stated_count(text):
        slots.count = True
