"""Kinds of text answer a follow-up about a deal's later story asks for (issue 11, session 9).

- "is this their first deal together?", "had they partnered before?": the sentence numbering the deal among the
  pair's deals ("the third collaboration ... after the two deals of January 2024") or saying what it extends;
- "when's it expected to close", "expected closing date?": the sentence about the closing;
- "what's that one built on", "what's the drug based on": the sentence naming its platform or technology.

Each is (name, what the question says, what a sentence holding it says), as in ``answer_types``; the question
patterns are the router's (``routing.deal_events``), so the two read the same words.
"""

from __future__ import annotations

import re

from assistant.routing.deal_events import BUILT_ON_RE, CLOSING_RE, FIRST_TOGETHER_RE

_I = re.IGNORECASE
_NTH = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
EVENT_TYPES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "pair_history",
        FIRST_TOGETHER_RE,
        re.compile(
            rf"\b{_NTH} (?:\w+ )?(?:collaboration|deal|partnership|agreement|tie-up|pact)\b|\bextends?\b|\bexpand(?:s|ed)\b|"
            r"\b(?:earlier|previous|prior) (?:\w+ )?(?:deals?|collaborations?|agreements?)\b|\bafter the\b[^.]{0,40}\bdeals?\b",
            _I,
        ),
    ),
    ("closing", CLOSING_RE, re.compile(r"\bclos(?:e|ed|ing)\b|\bcomplet(?:e|ed|ion)\b", _I)),
    (
        "built_on",
        BUILT_ON_RE,
        re.compile(r"\bbuilt on\b|\bplatforms?\b|\bbased on\b|\bderived from\b|\btechnology\b", _I),
    ),
]
EVENT_SEARCH_WORDS = {
    "pair_history": "collaboration between the two companies after earlier deals extends",
    "closing": "expected to close closing",
    "built_on": "built on platform technology",
}
