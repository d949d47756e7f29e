"""A follow-up asking for "its other deal": the company's deal besides the one the turn before was about.

"its other 2025 deal, who was partner and the upfront?" after "石药集团 2025 AZ deal total?" had answered the
CSPC-AstraZeneca deal again. Read as the "who else" of a pair (``followups.others_of``): the company's deals in the
period said, with the counterpart of the deal before left out, so CSPC's 2025 deal with Madrigal is the one listed.

Matches "its other 2025 deal", "their other licence", "Innovent's other 2025 deal", "its other ADC agreement"; not "other deals" (``OTHERS_RE``
lists every deal of the company, the one before included) nor "the other side" or "its other assets".

"and for the other one?" after "what novartis paid argo upfront in the 2024 deal" had repeated the 2024 deal's
$185M: "the other one" (or "the other deal"), said alone, is the pair's deal of its other year, as "their other deal"
is; with no such deal it is the company's deals without the counterpart. Said with a measure or a party of its own
("and the other one, the milestones?", "what did the other one receive?") it is no other deal.

"Hansoh's other 2025 deal, the Roche ADC - same upfront?" names the other deal's partner after it: that pair's deal,
looked up, not Hansoh's deals listed (``partner_named``); "its other deal besides Regeneron" still leaves one out.
"""

from __future__ import annotations

import re
from typing import Any

# "and for the other one?", "what about the other deal?": the pair's other deal, even when the company did deals with
# others; only said alone, so "and the other one, the milestones?" (a measure) or "what did the other one receive?"
# (the other party) are no other deal
_THE_OTHER = (
    r"^\W*(?:(?:and|so|ok|okay)\s+)?(?:(?:what|how)\s+about\s+)?(?:(?:for|in|on|with)\s+)?"
    r"the\s+other\s+(?:one|deal|agreement|licen[cs]e)\W*$"
)
THE_OTHER_RE = re.compile(_THE_OTHER, re.IGNORECASE)
OTHER_DEAL_RE = re.compile(
    _THE_OTHER + r"|(?:\b(?:its|their)|['’]s)\s+other\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|licen[cs]e|partnership|"
    r"transaction)\b",
    re.IGNORECASE,
)


# "its other deal besides/except/not Regeneron": the name after "other deal" is the one left out
_LEFT_OUT_RE = re.compile(r"\b(?:besides|except|excluding|apart from|other than|aside from|not|instead of)\b", re.I)


def partner_named(mentions: list[Any], text: str) -> bool:
    """Whether "its other deal" is followed by the name of that deal's partner ("Hansoh's other 2025 deal, the
    Roche ADC"): a second company named after it, and no word leaving a company out."""
    found = OTHER_DEAL_RE.search(text)
    if not found or len({m.name for m in mentions}) < 2 or _LEFT_OUT_RE.search(text):
        return False
    return any(mention.start >= found.end() for mention in mentions)


def another_deal(mentions: list[Any], text: str) -> bool:
    """ "its other deal" said, and no partner named after it."""
    return bool(OTHER_DEAL_RE.search(text)) and not partner_named(mentions, text)


def counterparts_left_out(question: str, pair: list[str], kept: list[str]) -> list[str]:
    """The names of the deal before that "its other deal" leaves out (those not kept), else none."""
    if not OTHER_DEAL_RE.search(question):
        return []
    return [name for name in pair if name not in kept]
