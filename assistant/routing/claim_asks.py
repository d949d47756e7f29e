"""A claim about one deal, put in a fact-checker's words: "verify: Roche's payment to MediLink for YL201 was $570m",
"Wire copy: 'In 2025 AbbVie paid RemeGen $650 million upfront for RC148.' Anything off there?".

- A figure stated of one deal (its drug code, or a pair with one deal) in a claim's words asks for that deal's
  terms: no "how much" asks for a figure, so the question went to the articles, which do not hold the table's
  qualifiers ("including near-term payments").
- "Anything off there?", "anything wrong?", "anything amiss": the words of a claim, no company name to guess
  ("Anything" read as a misspelt company sent the question to the articles, which refused it).
- "… total deal value. Draft claims total "$1.013 billion".": a capitalised ordinary English word opening a later
  sentence is that sentence's first word, no company the table does not know (outsider102: "Draft" had sent the
  whole question to the articles, which refused it). Only the question's first word was read so before.

A wrong year or partner in the claim is then corrected by ``claim_corrections`` and said by
``answering.claim_notes``. Examples in ``tests/test_claims9.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.money import find_money
from assistant.routing.claim_corrections import ANYTHING_OFF_RE, is_claim
from assistant.routing.lower_slips import english_words

# a capitalised word opening a sentence after the first: ". Draft claims", "? Note that"
_OPENING_RE = re.compile(r"(?:[.?!;]|\s[-–—])\s+[\"'“‘(]?([A-Z][a-z]{3,})\b")


def read_claim_asks(slots: Any, text: str) -> None:
    """Correct ``slots`` (``intents.Slots``, read from ``text``, company names blanked) for the wordings above."""
    openings = {m.group(1) for m in _OPENING_RE.finditer(text) if m.group(1).lower() in english_words()}
    if openings & set(slots.unknown):
        slots.unknown = [word for word in slots.unknown if word not in openings]
    off = ANYTHING_OFF_RE.search(text)
    if off and slots.mentions:
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", off.group())}
        slots.guesses = {word: names for word, names in slots.guesses.items() if word.lower() not in words}
        slots.unknown = [word for word in slots.unknown if word.lower() not in words]
    stated = [mention for mention in find_money(text) if mention.amount is not None]
    if not stated or slots.op is not None or slots.count or slots.metrics or not is_claim(text):
        return
    if slots.asset_deal or len({mention.name for mention in slots.mentions}) == 2:
        slots.overview = True  # "Roche's payment to MediLink for YL201 was $570m": that deal's terms checked
