"""Lists of deals asked with the list word at the end, after a possessive, or with no list word at all.

- "novartis chinese partner deals, which?", "GSK deal with china biotech, every one of them?",
  "Feb 2026 deals — name them": a trailing "which?", "which ones?", "name them", "list them",
  "every one of them", "all of them", "what are they" asks for the deals the question scoped.
- "What are all of AbbVie's deals with Chinese biotechs?": "all (of) X's ... deals", the possessive
  the every-deal reading (``every_deal.EVERY_DEAL_RE``) does not cross.
- "what are all the metabolic (obesity etc) deal signed in 2025?": a bracketed aside between "all the"
  and "deal" is read past (the aside is dropped for this test only, the filters stay as read); so is one
  after "which": "which PD-L1 (or PD-1) x VEGF deals are in the table?".
- "deals announced in october 2025?", "deals signed in january 2026?": the question is only "deals" and
  its scope (a period, a company, a kind), with no asking word; only our rows list them.

Each needs a scope read (a company, a period or a filter), no count, no measure and no operation of its
own: "how many deals in october 2025?" stays a count, "AbbVie deals, total upfront?" a sum. Examples are
the tests in ``tests/test_lists212.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.every_deal import EVERY_DEAL_RE

_I = re.IGNORECASE
_DEAL = r"(?:deals?|transactions?|agreements?|licen[cs]es|licensing deals?|pacts?)"
# "..., which?", "— name them", "every one of them?", "which ones?" closing the question
TAIL_RE = re.compile(
    r"(?:^|[,;:—–-]|\s)\s*(?:which(?:\s+ones?)?|name\s+them(?:\s+all)?|list\s+them(?:\s+all)?|"
    r"(?:every|each)\s+(?:single\s+)?one\s+of\s+them|all\s+of\s+them|what\s+are\s+they|who\s+are\s+they)\W*$",
    _I,
)
# "all of AbbVie's deals", "all Roche's licensing deals" (the company's name is blanked when read: "all of       's")
POSSESSIVE_ALL_RE = re.compile(
    rf"\ball\s+(?:of\s+)?[\w&.-]*\s*['’]s?\s+(?:[\w&.-]+\s+){{0,3}}?{_DEAL}\b",
    _I,
)
ASIDE_RE = re.compile(r"\s+\([^()]*\)")  # an aside set off by a space, not "PD-1(L1)" inside a name
# "which PD-L1 (or PD-1) x VEGF deals are in the table?": "which" and the kind words before the deal word,
# once the bracketed aside that broke the first reading is dropped
WHICH_KIND_RE = re.compile(rf"^\W*(?:so\s+|and\s+)?which\s+(?:[\w&./×-]+\s+){{1,5}}?{_DEAL}\b", _I)
# "deals announced in october 2025?": the deal word opens the question, a scope word follows
BARE_RE = re.compile(
    rf"^\W*(?:the\s+)?(?:licen[cs]ing\s+)?{_DEAL}\s+(?:announced|signed|struck|done|made|inked|agreed|in|from|during|of)\b",
    _I,
)
ASKING_RE = re.compile(
    r"\b(?:how|what|which|who|when|why|where|whose|count|number|many|much|total|sum|average|mean|median|"
    r"biggest|largest|smallest|top|most|least|share|percent|vs|versus|compare)\b",
    _I,
)
DEAL_WORD_RE = re.compile(rf"\b{_DEAL}\b", _I)


def read_list_tails(slots: Any, text: str) -> None:
    """Set ``slots.op`` to "find" for the list wordings above."""
    if slots.op is not None or slots.count or slots.metrics or not DEAL_WORD_RE.search(text):
        return
    if not (slots.mentions or slots.periods or slots.has_filters):
        return
    plain = ASIDE_RE.sub("", text)
    bare = BARE_RE.search(text) and not ASKING_RE.search(text)
    aside = plain != text and WHICH_KIND_RE.search(plain)
    if TAIL_RE.search(text) or POSSESSIVE_ALL_RE.search(plain) or EVERY_DEAL_RE.search(plain) or bare or aside:
        slots.op = "find"
