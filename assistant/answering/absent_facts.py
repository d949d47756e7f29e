"""Sentences that say a fact is missing, kept for readers who ask about that fact (text16b).

Deal articles end with record-keeping sentences that say what was *not* reported: "An equity investment by
Roche in MediLink Therapeutics was not disclosed.", "No closing or termination of the YL201 deal was reported
in the sources consulted.", "Royalty terms were not given". They name the deal's companies and drug and are
short, so they shared more of a question's words than the long sentence that answers it: "YL201 roche -
territory excl?" quoted the no-termination and equity sentences, not "Roche receives rights to YL201
worldwide except mainland China, Hong Kong and Macau"; "list the drugs InnoCare licensed to Zenas" quoted "No
closing date for the transaction was given".

Such a sentence answers only a question about the fact it says is missing: its lower-case words other than the
record-keeping ones ("equity investment", "closing", "termination", "royalty terms") must meet the question's
words, or the question must ask about a deal's status or what was disclosed ("is it still active?", "did they
say how much?"). Otherwise the sentence scores ``PENALTY`` less, below any sentence sharing a word it asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "was not disclosed", "were not given", "no termination", "no closing date", "not reported", "not seen"
ABSENCE_RE = re.compile(
    r"\b(?:was|were|is|are|been)\s+not\s+(?:disclosed|given|reported|found|stated|seen|confirmed|named)\b|"
    r"\bno\s+(?:termination|closing|royalty|equity|completion)\b|\bnot\s+(?:disclosed|reported)\b|"
    r"\bwith no termination\b|\bdo(?:es)? not (?:confirm|give|say|name|disclose)\b",
    re.IGNORECASE,
)
# the question asks after a deal's standing or what was (not) said: such sentences answer it
_STANDING_RE = re.compile(
    r"\b(?:still|status|active|alive|current(?:ly)?|ongoing|in force|end(?:ed|s)?|cancel\w*|terminat\w*|clos\w*|"
    r"complet\w*|disclos\w*|undisclosed|reveal\w*|secret|known|report(?:ed)?|confirm\w*|equity|stake|royalt\w*)\b",
    re.IGNORECASE,
)
# the record-keeping words every such sentence uses, which say nothing of the fact it is about
_RECORD_WORDS = (
    "disclosed given reported found stated seen confirmed named consulted sources source deal deals agreement "
    "agreements transaction license licence collaboration part announced recorded excerpts those reports any "
    "none separate figure calculated record"
)
PENALTY = 0.45


def absence_penalty(wanted: set[str], text: str, stems: Callable[[str], set[str]]) -> float:
    """``-PENALTY`` for a span that opens with a sentence saying a fact is missing whose missing fact the asked
    stems ``wanted`` (the companies' words taken out) never name; 0.0 otherwise. Only the opening sentence
    counts: "Merck said it expected to book a pre-tax charge of about $750 million. Any equity investment ...
    was not disclosed" is the charge's span, and the answer to "msd took a charge on the curon deal?".

    "No closing or termination of the YL201 deal was reported" asked "YL201 roche - territory excl?": its own
    words are "closing", "termination" (YL201 and Roche are names), which the question does not say: -0.45.
    Asked "has the YL201 deal closed?": 0.0.
    """
    first = next((s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s), "")
    return -PENALTY if ABSENCE_RE.search(first) and not wanted & _about(first, stems) else 0.0


def _about(sentence: str, stems: Callable[[str], set[str]]) -> set[str]:
    """The stems of what a sentence says is missing: its lower-case words (no company or drug names) less the
    record-keeping ones ("No closing or termination of the YL201 deal was reported": closing, termination)."""
    return stems(" ".join(re.findall(r"\b[a-z][a-z-]+\b", sentence))) - stems(_RECORD_WORDS)


def asks_standing(query: str) -> bool:
    """The question asks whether a deal still stands or what was disclosed ("is it still active?")."""
    return bool(_STANDING_RE.search(query))
