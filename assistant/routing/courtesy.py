"""A thank-you before the question: "That's helpful, thanks. And in Hansoh's deal with Merck?".

An opening made only of acknowledgement words ("thanks", "great", "got it", "that's helpful",
"perfect, thank you") and ended by a stop, a comma, a dash or an exclamation mark says how the
last answer landed, not what is asked: the question is read from what follows it. Left as it was,
"Thanks." hid the follow-up's "And ..." from the follow-up readers (anchored at the start) and the
turn went to the articles instead of keeping the measure of the turn before.

Not taken: an opening with any other word ("Thanks to the milestones, ..." or "Great Bay deals,
upfront?"), or one with nothing after it.
"""

from __future__ import annotations

import re

# Acknowledgements only: none of these names a company, a measure, a period or a filter.
_ACK_TEXT = """thanks thank you thx ty cheers great perfect cool nice good excellent awesome brilliant super
    helpful useful very really much so ok okay k alright right sure fine got it understood noted
    makes sense clear that that's thats is was interesting appreciated appreciate much oh ah wow"""
_ACK_WORDS = frozenset(_ACK_TEXT.split())
# The opening up to its first stop, comma, dash or exclamation mark, and what follows it
_OPENING_RE = re.compile(r"^\s*([A-Za-z' ’]{2,60}?)\s*(?:[.!,;:]+|\s[—–-]\s)\s*(?=\S)")


def without_courtesy(question: str) -> str:
    """``question`` after its acknowledgement openings ("Thanks. ", "Great, thank you! "); itself when
    it has none. "That's helpful, thanks. And Hansoh's deal with Merck?" -> "And Hansoh's deal with Merck?"."""
    rest = question
    while (opening := _OPENING_RE.match(rest)) is not None:
        words = re.findall(r"[a-z']+", opening.group(1).lower().replace("’", "'"))
        if not words or not set(words) <= _ACK_WORDS or not any(w not in _FILLERS for w in words):
            break
        rest = rest[opening.end() :]
    return rest if rest.strip() else question


# Words that thank nobody alone: "that is", "so", "very" open questions too ("So, how many ...").
_FILLERS = frozenset({"that", "that's", "thats", "is", "was", "so", "very", "really", "much", "right", "sure"})
