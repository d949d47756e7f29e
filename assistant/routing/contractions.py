"""Question words run together with "did" as speech and chat write them: "when'd that close" -> "when did that close".

The router's patterns read "when did" and "how did"; a follow-up typed "when'd that close" after a figure was read
as no question of its own and answered with the figure again. Only a question word before "'d" and a word is
rewritten ("who'd", "what'd", "how'd", "where'd", "why'd"); "I'd like", "we'd" and "it'd be" are left as typed.

A phone drops the apostrophe of "what's" and "how's" ("whats the target", "hows 2026 tracking vs 25"): the router's
patterns read "what's" and "how's", so the two are written back with it; "the hows and whys" stays a noun.
"""

from __future__ import annotations

import re

_DID_RE = re.compile(r"\b(when|where|how|what|who|why)['’]d\s+(?=\w)", re.IGNORECASE)


# "whats the target", "hows 2026 tracking": a question word and "is" run together without the apostrophe
# (opening the question or a clause after a dash or colon; "... and whats the total" is left to the readers of "and
# whats", which take the two measures together)
_IS_RE = re.compile(r"(?:^\s*|(?<=[-–—:;?] ))\b(what|how)s(?=\s+\w)(?!\s+(?:and|or)\b)", re.IGNORECASE)


def did_spelt(question: str) -> str:
    """``question`` with "when'd" and its kin written "when did"."""
    return _DID_RE.sub(lambda m: f"{m.group(1)} did ", question)


def apostrophes_restored(question: str) -> str:
    """``question`` with "whats" and "hows" written "what's" and "how's"."""
    return _IS_RE.sub(lambda m: f"{m.group(1)}'s", question)
