"""A dictated self-correction whose marker comes after the repair: "which Chinese company signed up the biggest
combined headline value last... in twenty twenty-five I mean, company not deal" (outsider83, a journalist).

The speaker trails off ("last..."), says what was meant ("in 2025") and only then says "I mean". ``spoken``'s
repair rule reads "I mean" as opening the correction, so the words after it ("company not deal") replaced the
question from its own "company" onwards and the ask was lost. Here the phrase between the trailing-off marks
and a closing "I mean" replaces the one word said before the marks when that word leaves a phrase unfinished
or is of the same kind as the replacement (a period word for a year, "last..." -> "in 2025"); what follows "I
mean" stays as said. Not read: "I mean" with no trailing-off before it ("the upfront, I mean the milestones"
is ``spoken``'s), a trailing-off with no "I mean" after it, and a replacement of more than six words.
"""

from __future__ import annotations

import re

# "<word>... <replacement> I mean[,]": the word given up, the replacement, and the marker closing it
_LATE_RE = re.compile(
    r"\b(?P<dropped>[\w'-]+)\s*(?:\.{2,}|…)\s*(?P<said>(?:[\w$.'-]+\s+){0,5}?[\w$.'-]+)"
    r"\s*,?\s+i\s+mean\b\s*(?P<end>,|$|[?.!])",
    re.IGNORECASE,
)
# words that leave a phrase unfinished, or a period said by itself: given up for whatever follows
_UNFINISHED = frozenset(
    ["last", "this", "next", "previous", "the", "a", "an", "in", "of", "for", "from", "with", "to", "by", "year"]
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _replaces(dropped: str, said: str) -> bool:
    word = dropped.lower()
    return word in _UNFINISHED or (bool(_YEAR_RE.fullmatch(word)) and bool(_YEAR_RE.search(said)))


def late_repaired(text: str) -> str:
    """``text`` with each repair closed by "I mean" put in place of the word it replaces; as said otherwise."""
    match = _LATE_RE.search(text)
    if match is None or not _replaces(match.group("dropped"), match.group("said")):
        return text
    rest = text[match.end() :].strip()
    joined = text[: match.start("dropped")] + match.group("said") + match.group("end")
    return f"{joined} {rest}" if rest else joined
