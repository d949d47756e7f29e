""" "On top" closing a question asks for something in addition, not a ranking's first place.

"any equity on top?" after "what did az pay harbour biomed upfront in march 25?" was read as a ranking
("on top" is one of ``wording.RANK_RE``'s words, for "who came out on top") and ranked the deals by equity;
the question asks whether the deal had an equity investment besides its upfront. ``in_addition_spelt`` says
such a closing "on top" as "as well": "any equity on top?" → "any equity as well?", "and what milestones came on
top of that?" → "and what milestones came as well?". A place at the top stays a rank: "who came out on top?",
"which licensor was on top in 2025?", "is Hengrui on top?" (a verb of being or "out" before it, words after it,
or no word of adding before it: "any", "also", "came", "was there").
"""

from __future__ import annotations

import re

_BEING = ("is", "are", "was", "were", "be", "been", "out", "sit", "sits", "sat", "stay", "stays", "end", "ended")
_NOT_AFTER = "".join(rf"(?<!\b{word} )" for word in _BEING) + r"(?<!'s )(?<!’s )"
ON_TOP_CLOSING_RE = re.compile(
    r"(?<=\w )" + _NOT_AFTER + r"on\s+top(?:\s+of\s+(?:it|that|this|those|these|the\s+[\w-]+))?(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# what says the closing "on top" adds: "any equity", "anything", "came", "was there", "did they take"
_ADDING_RE = re.compile(
    r"\b(?:any|anything|also|extra|additional|plus|came|come|comes|get|got|paid|pay|take|took|put|there)\b",
    re.IGNORECASE,
)


def in_addition_spelt(question: str) -> str:
    """``question`` with a closing "on top" (in addition) said "as well"; otherwise ``question`` as it was."""
    match = ON_TOP_CLOSING_RE.search(question)
    if match is None or not _ADDING_RE.search(question[: match.start()]):
        return question  # "is Hengrui on top?": a place at the top
    return question[: match.start()] + "as well" + question[match.end() :]
