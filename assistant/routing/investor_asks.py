"""An investor's asks the rest of the reading does not take (outsider9's classes).

- **Beyond the corpus.** A company's market value or where its stock trades now, a drug's peak-sales
  consensus, an analyst's price target, or a call on which deal comes next: no table column and no
  article holds one, and a deal's terms would answer a different question. Each is named as an
  unheld measure (``Slots.unheld_measure``), so the rule "unheld company fact" sends the question
  to the articles and the abstention check there requires a passage that states it.
- **A change as a multiple.** "greater china 2021 vs 2025 value - multiple?" asks how many times
  the earlier figure the later one is (``derive="ratio"``), not a percentage rise.
- **A count of what is not a deal.** "number of patients enrolled", "# of further programs" in one
  named deal counts something its article states, not our rows: the article answers it.

``read_investor_asks`` runs last in ``intents.read_slots``; its examples are the tests
(``tests/test_outsider9b_classes.py``).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.kind_lists import read_kind_lists
from assistant.routing.rank_asks import read_rank_asks
from assistant.routing.scope_asks import read_scope_asks

_I = re.IGNORECASE
# "who's next", "the next deal", "will sign", "upcoming": what is to come, which a take may guess at
_TO_COME = r"\b(?:next|will|won't|going to|gonna|upcoming|future|likely|coming|20(?:2[7-9]|[3-9]\d))\b"

# Measures no source in the corpus states, each with the words that ask for it. A later entry
# does not override an earlier one, nor a company fact the question also names ("market cap ... and
# where's the stock now" is refused for its market value); each overrides the general "sales" and
# "share price" readings.
BEYOND_CORPUS_RES: list[tuple[str, re.Pattern[str]]] = [
    (
        # "consensus peak sales for SSGJ-707?", "street peak sales estimate", "the sales forecast at peak"
        "peak sales",
        re.compile(
            r"\bpeak(?:[- ]year)? sales\b|\bsales (?:consensus|forecasts?|estimates?|projections?|guidance)\b|"
            r"\bconsensus\b[^?]{0,30}\bsales\b|\bsales\b[^?]{0,30}\b(?:at peak|consensus)\b",
            _I,
        ),
    ),
    (
        # "GSK 12m price target", "give me a price target for Hengrui", "Akeso PT?"
        "price target",
        re.compile(r"\bprice targets?\b|\b\d+\s?-?m(?:onth|o)?\s+(?:pt|target)\b|(?<![\w-])PT(?![\w-])"),
    ),
    (
        # "where's the stock now?", "where is Innovent stock trading", "3SBio shares today", "a Hengrui share worth"
        "stock quote",
        re.compile(
            r"\bwhere(?:'s|’s| is| are| does| do)\b[^?]{0,30}\b(?:stock|shares?)\b|"
            r"\b(?:stock|share price|stock price)\b[^?]{0,25}\b(?:now|today|currently|right now|these days)\b|"
            r"\b(?:stock|shares?) (?:is |are )?trad(?:e|es|ing)\b|"
            # "how much is a Hengrui share worth right now", "what does one Akeso share cost"
            r"\b(?:a|one|each|per|an?)\s+(?:\S+\s+){0,3}?shares?\s+(?:worth|cost|costs|go(?:es|ing)? for|sell(?:s|ing)? for)\b",
            _I,
        ),
    ),
    (
        # "which CN biotech lands the next $10bn+ deal, ur call", "your pick", "predict the biggest deal of H2"
        "prediction",
        re.compile(
            r"\b(?:your|my) (?:call|pick|guess|bet|prediction|predictions|forecast)\b|\bpredict\w*|"
            # "your take" asks an opinion, a prediction only beside a word of what is to come
            rf"\b(?:your|my) take\b(?=[^?]{{0,60}}{_TO_COME})|{_TO_COME}[^?]{{0,60}}\b(?:your|my) take\b|"
            r"\b(?:lands?|signs?|strikes?|inks?|does|do|will)\b[^?]{0,30}\bthe next\b|"
            r"\bthe next\b[^?]{0,30}\bto (?:sign|land|strike|do|ink|license|licence)\b|"
            r"\b(?:license|licence|sign|buy|partner)s? (?:with )?next\b",
            _I,
        ),
    ),
]
# Readings a narrower measure above replaces: "peak sales" is more than "sales"
_GENERAL = ("sales", "share price")
# "- multiple?", "what multiple", "as a multiple": times the earlier figure, not a percentage
MULTIPLE_RE = re.compile(
    r"\b(?:what(?:'s| is)?|the|a|as a|which)\s+multiple\b(?!\s+(?:deals|companies|licensors|licensees|assets|"
    r"programs|programmes|partners|sources|trackers|reports|times))|\bmultiple\s*[?.!]*\s*$",
    _I,
)
# "number of patients enrolled", "# of further programs", "in how many instalments": items an article counts
_NOT_DEALS_RE = re.compile(
    r"\b(?:how many|number of)\s+(?:\w+\s+){0,2}?(?:patients|subjects|participants|programs|programmes|"
    r"instalments|installments|tranches|backers|investors)\b",
    _I,
)


def read_investor_asks(slots: Any, text: str) -> None:
    """Mark ``slots`` (``intents.Slots``, read from ``text`` with company names blanked)."""
    beyond = next((name for name, pattern in BEYOND_CORPUS_RES if pattern.search(text)), None)
    if beyond and slots.unheld_measure in (None, *_GENERAL):
        slots.unheld_measure = beyond
    two_sides = len(slots.periods) >= 2 or bool(slots.sides)
    if MULTIPLE_RE.search(text) and two_sides and not beyond:
        slots.derive = "ratio"
        slots.op = slots.op if slots.op in ("growth", "compare") else "compare"
    named = bool(slots.mentions or slots.asset)
    if named and _NOT_DEALS_RE.search(text):
        # "how many US patients enrolled before termination": the article's count, not a list of terminated deals
        slots.count, slots.deal_content = False, True
        slots.op = None if slots.op == "find" else slots.op
    read_scope_asks(slots, text)
    read_rank_asks(slots, text)
    read_kind_lists(slots, text)  # "siRNA deals in the data?": those deals, listed
