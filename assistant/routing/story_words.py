"""A journalist's words for a deal's story that the first readings take for its terms (issue 11, outsider27).

- "the day they signed vs the day they told the market", "the day the contract was signed": the dates of
  one deal's events, which its article states; no money term answers them;
- "did Kelun get anything back from Crescent besides cash?", "what did it receive in exchange?": the leg
  of a two-way deal that runs back to the licensor, which its article tells, not the row's payments;
- "What is RC148?" after a question about its upfront: what the drug is, not its upfront again;
- "the downsides of the 2025 boom that Caixin warned about", "the pitfalls of the licensing wave": an
  article's account of what can go wrong, never a tracker's market total.

``read_story_words`` marks the slots (``intents.Slots``) so that the rule "an article's account of one
deal" or the text reading takes them. Examples in ``tests/test_outsider27_text.py``.
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
_EVENT = (
    r"(?:sign(?:ed|ing)?|ink(?:ed)?|told the (?:market|world|public)|made (?:it )?public|went public|"
    r"announc\w*|disclos\w*|clos(?:ed|ing))"
)
# "the day they signed", "the date the contract was inked", "on what day did they sign", "the day it went public"
EVENT_DAY_RE = re.compile(rf"\b(?:day|date)\b[^?]{{0,60}}?\b{_EVENT}", _I)
_MONEY_RE = re.compile(r"\$|\bup-?front|\bmilestone|\bvalue\b|\btotal\b|\bequity\b|\bpaid\b|\bpay\b|\bhow much\b", _I)
# what the licensor got back beyond the money: "anything back", "in return", "in exchange", "besides cash"
GOT_BACK_RE = re.compile(
    r"\b(?:get|gets|got|getting|receive[ds]?|receiving|take|took|taking)\b[^?]{0,30}?\b(?:back|in (?:return|exchange))\b|"
    r"\b(?:besides|apart from|other than|beyond|aside from|on top of) (?:the |its |their )?(?:cash|money|payments?)\b|"
    r"\bgive\b[^?]{0,40}?\brights\b[^?]{0,30}?\b(?:of its own|back|in return)\b|\bin (?:return|exchange)\b|"
    r"\brights\s+(?:come|came|go|went|revert(?:ed)?|return(?:ed)?)\s+back\b|\brights\s+revert",  # after an ending
    _I,
)
# an account of what can go wrong: words ``wording.STRONG_TEXT_RE`` does not hold ("risks", "concerns" it does)
DOWNSIDE_RE = re.compile(
    r"\bdownsides?\b|\bpitfalls?\b|\bdrawbacks?\b|\bdangers?\b|\bwarn(?:ed|s|ing|ings)?\b|\bheadwinds?\b|"
    r"\bred flags?\b|\bworr(?:y|ies|ied)\b|\bweak(?:ness|nesses|spots?)\b|\bcould go wrong\b|\bcaveats?\b",
    _I,
)


# "What is RC148?", "who's Kailera?": what a named drug or company is, which its article says; after a
# question about its upfront it is no "and RC148?" asking the same measure again
_TERMS_RE = re.compile(
    r"\b(?:terms?|details?|structured?|worth|values?|financials?|economics|deal|pact|agreement)\b", _I
)
WHAT_IS_NAMED_RE = re.compile(r"^\W*(?:so\s+|and\s+)?(?:what|who)(?:\s+(?:is|are|was|were)\b|['’]s\b)", _I)


def read_story_words(slots: Any, text: str) -> None:
    """Mark ``slots`` read from ``text`` (company names blanked) for the wordings above."""
    if DOWNSIDE_RE.search(text) and not (slots.count or slots.metrics):
        slots.strong_text = True  # "the downsides ... Caixin warned about": its article, not its total
    if not (slots.mentions or slots.asset):
        return
    if (
        WHAT_IS_NAMED_RE.search(text)
        and slots.content_words <= 1
        and not (slots.op or slots.count or slots.metrics)
        and not _TERMS_RE.search(text)
    ):
        slots.deal_content = True
    if EVENT_DAY_RE.search(text) and not _MONEY_RE.search(text) and not slots.count:
        slots.op, slots.deal_content, slots.metrics, slots.metric_spans = None, True, [], []
    if GOT_BACK_RE.search(text) and not slots.count and not _MONEY_RE.search(text):
        slots.op, slots.deal_content, slots.metrics, slots.metric_spans = None, True, [], []
