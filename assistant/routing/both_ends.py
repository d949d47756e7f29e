"""Two ends of one ranking, or an average and an end, asked in one breath; each is its own ask.

``both_ends`` matches a question naming two opposite superlatives side by side: "largest and smallest 2024
deals by total value?" is asked as "largest 2024 deal by total value?" and "smallest 2024 deal by total
value?" (read whole, only the smallest was ranked). It also matches an average, median or mean followed by
a bare superlative: "Median upfront for 2024 deals, and the biggest?" is asked as "Median upfront for 2024
deals?" and "largest upfront for 2024 deals?" (the superlative borrows the first ask's measure and scope;
read whole, only the biggest was ranked). A question about the gap, ratio or range between the two ends is
one ask and is left whole. ``decompose.split_parts`` calls it before splitting at joins.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_HIGH = r"largest|biggest|highest|top|max(?:imum)?"
_LOW = r"smallest|lowest|bottom|min(?:imum)?"
_END = rf"(?:{_HIGH}|{_LOW})"
_HIGH_RE = re.compile(rf"^(?:{_HIGH})$", _I)
# "largest and smallest", "the top and the bottom", "biggest & smallest"
_PAIR_RE = re.compile(rf"\b(?:the\s+)?({_END})\s+(?:and|&)\s+(?:the\s+)?({_END})\b", _I)
# "<median upfront for 2024 deals>, and the biggest?", "<the average 2025 headline> + the largest one?"
_BARE_END_RE = re.compile(
    rf"^(?P<head>.*?[^\s,])\s*,?\s*(?:and|&|\+)\s+(?:also\s+)?(?:the\s+)?(?P<end>{_END})(?:\s+(?:one|deal|payment))?\W*$",
    _I,
)
_AGGREGATE_RE = re.compile(r"\b(?:median|average|avg|mean|typical)\b", _I)
# one ask about both ends together: "the gap between the largest and smallest", "how many times larger"
_TOGETHER_RE = re.compile(
    r"\b(?:between|differ\w*|gap|spread|ratio|range|apart|times|multiple|compar\w*|vs\.?|versus|sum|combined)\b", _I
)
_DEALS_RE = re.compile(r"\b(deal|transaction|agreement)s\b", _I)
# "the range (min and max) of upfronts in 2024" (outsider130): the two ends said, the range their name
_RANGE_SAID_RE = re.compile(
    rf"\b(?:the\s+)?range\s*\((?P<ends>(?:{_END})\s+(?:and|&|/)\s+(?:{_END}))\)\s*(?:of\s+)?", _I
)


def _end_word(word: str) -> str:
    return "largest" if _HIGH_RE.match(word) else "smallest"


def both_ends(question: str) -> list[str]:
    """The two asks of ``question`` when it asks both ends of a ranking (or an average and an end); else ``[]``."""
    text = _RANGE_SAID_RE.sub(r"\g<ends> ", question.strip().rstrip("?？. "))  # "the range (min and max) of upfronts"
    if _TOGETHER_RE.search(text):
        return []
    pair = _PAIR_RE.search(text)
    if pair and _HIGH_RE.match(pair.group(1)) != _HIGH_RE.match(pair.group(2)):
        head, tail = text[: pair.start()], _DEALS_RE.sub(r"\1", text[pair.end() :], count=1)
        return [f"{head}{_end_word(word)}{tail}".strip() for word in pair.groups()]
    bare = _BARE_END_RE.match(text)
    if bare and _AGGREGATE_RE.search(bare.group("head")) and not _PAIR_RE.search(bare.group("head")):
        head = bare.group("head")
        return [head, _AGGREGATE_RE.sub(_end_word(bare.group("end")), head, count=1)]
    return []
