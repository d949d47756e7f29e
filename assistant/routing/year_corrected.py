"""A follow-up that only corrects the year of the question before: that question asked again with the new year.

"my bad, 2026 not 2025" after "AZ's biggest china deal in 2025?" is "AZ's biggest china deal in 2026?";
"sorry, I meant 2025 not 2024", "oops, make that 2024", "no wait, 2025", "说错了，是2024年" likewise. The
turn before had run the follow-up as a merge of the two years (a 2024-2025 ranking) or searched the
articles for the bare year. A correction names one year and nothing else to ask; the question before
must hold the year taken back (the one after "not", or its only year when none is said), else the
follow-up is left to the other readers.
"""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d\d"
# "2026 not 2025", "2026, not 2025", "2026 instead of 2025", "不是2025，是2026", "2026 rather than 2025"
_NEW_NOT_OLD_RE = re.compile(
    rf"(?P<new>{_YEAR})\s*年?\s*[,，]?\s*(?:not|instead\s+of|rather\s+than|不是)\s*(?:in\s+)?(?P<old>{_YEAR})",
    re.IGNORECASE,
)
_OLD_THEN_NEW_RE = re.compile(
    rf"(?:not|不是)\s*(?:in\s+)?(?P<old>{_YEAR})\s*年?\s*[,，;；]?\s*(?:but\s+|是\s*)?(?P<new>{_YEAR})", re.I
)
# the words a correction is made of: "sorry", "my bad", "I meant", "make that", "说错了", "应该是"
_MARKER_RE = re.compile(
    r"\b(?:sorry|my\s+bad|my\s+mistake|oops|no\s+wait|wait|whoops|correction|i\s+meant?|i\s+mean|make\s+(?:it|that)|"
    r"should\s+(?:be|have\s+been|say)|typo|actually)\b|说错了|写错了|打错了|应该是|我是说|不对",
    re.IGNORECASE,
)
# words allowed beside the marker and the years: nothing that asks something of its own
_FILLER_RE = re.compile(
    r"\b(?:sorry|my|bad|mistake|oops|no|wait|whoops|correction|i|meant?|make|it|that|should|be|have|been|say|"
    r"typo|actually|not|instead|of|rather|than|in|the|year|for|but|just|ok|okay|oh|ah|yes|yeah)\b|"
    rf"{_YEAR}|说错了|写错了|打错了|应该是|我是说|不对|不是|是|年|的|[\s\W_]",
    re.IGNORECASE,
)
_ANY_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")


def year_corrected(question: str, earlier: tuple[str, ...]) -> str:
    """The last earlier question with its year replaced when ``question`` only corrects that year, else
    ``question``: "sorry, I meant 2025 not 2024" after "merck's biggest china deal in 2024 by total value?"
    → "merck's biggest china deal in 2025 by total value?"."""
    if not earlier or _FILLER_RE.sub("", question).strip():
        return question  # a word beyond the correction: its own question
    pair = _NEW_NOT_OLD_RE.search(question) or _OLD_THEN_NEW_RE.search(question)
    years = _ANY_YEAR_RE.findall(question)
    # the turn before may itself be a correction ("sorry 2026 not 2025", then "oops, 2024 not 2026"): the question
    # it corrected, read with its correction, is the one corrected again
    before = year_corrected(earlier[-1], earlier[:-1])
    held = list(dict.fromkeys(_ANY_YEAR_RE.findall(before)))
    if pair is not None:
        new, old = pair.group("new"), pair.group("old")
    elif len(years) == 1 and _MARKER_RE.search(question) and len(held) == 1:
        new, old = years[0], held[0]
    else:
        return question
    if old not in held or new == old:
        return question
    return re.sub(rf"(?<!\d){old}(?!\d)", new, before)
