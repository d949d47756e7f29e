"""What happened to one named deal, asked in words no money term answers (issue 11, round 22b).

"How big a charge did Merck expect to book on the Curon transaction?", "did Merck flag any P&L hit from the
Curon transaction?", "who ended up acquiring LaNova after
the Merck deal?", "what changed in the Harbour / AstraZeneca tie-up in November 2025?", "how far along was
YL201?", "what happened after Kelun's first MSD licence?", "what exactly did AZ get from CSPC in Jan 2026 -
what drugs", "how many collabs does that make between them": each was answered with the deal's terms (or a
count of our rows) when only the deal's article says it. ``story_asked`` tells ``article_asks`` so.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.company_bought import company_bought

_I = re.IGNORECASE
# a charge the buyer books: an accounting figure an article reports, never the deal's value
CHARGE_RE = re.compile(
    r"\b(?:charge|write-?(?:off|down)|impairment|accounting (?:hit|charge|impact)|(?:one-off|pre-tax|one-time) hit|"
    r"hit to (?:earnings|profits?|the p&l|the profit and loss)|"
    r"(?:p&l|p/l|pnl|profit and loss|earnings|profits?|income statement)\s+(?:hit|impact|charge|hits))\b",
    _I,
)
# who bought the licensor later: an acquirer, not the licensee ("who bought the Hansoh ADCs" and "who acquired
# the rights" name the licensee), so only with a word of later ("ended up", "later") or of a takeover
ACQUIRER_RE = re.compile(
    r"(?:\bwho\b[^?]{0,20}?\b(?:ended up|later|eventually|ultimately|went on to|then)\s+"
    r"(?:acquir(?:e|ed|ing)|bought|buy(?:ing)?|purchas(?:e|ed|ing))|\bwho took over|\btaken over by)\b"
    r"(?!\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:rights?|licen[cs]es?|assets?|drugs?|option)\b)|"
    r"\b(?:acquired|bought|purchased) by whom\b",
    _I,
)
# a change to the deal since signing
CHANGED_RE = re.compile(
    r"\bwhat (?:changed|has changed|was changed|changes were made|was amended|was new)\b|\bhow (?:did|has) [^?]{0,40}?change\b",
    _I,
)
# how far along the drug was: a stage an article names
STAGE_RE = re.compile(
    r"\bhow far along\b|\bhow advanced\b|\bat what (?:development )?(?:stage|phase)\b|"
    r"\bwhat (?:development )?(?:stage|phase) (?:was|is|were|did)\b",
    _I,
)
# what followed the deal
AFTER_RE = re.compile(
    r"\bwhat (?:happened|came|followed) (?:after|next|later|since|then)\b|\bwhat happened next\b|\bwhat followed\b", _I
)
# "what drugs", "what assets r in it": the deal's contents, a period naming which of the pair's deals
CONTENTS_RE = re.compile(
    r"\bwhat (?:exactly )?(?:drugs?|assets?|molecules?|programs?|programmes?|compounds?)\b(?!\s+(?:did|has|have|does)\b)",
    _I,
)
# "how many collabs does that make between them": the running tally an article states ("the seventh")
TALLY_RE = re.compile(
    r"\bhow many\b[^?]{0,40}?\b(?:does|did|would) (?:that|this|it) make\b|\bwhich (?:number|no\.?) (?:deal|collab\w*)\b|"
    # "how many deals did Merck and Kelun sign between them" is a count of our rows, not an article's tally
    r"\bhow many (?:collabs|collaborations|partnerships|tie-?ups)\b[^?]{0,30}?\bbetween (?:them|the two)\b|"
    # "how many collabs w lilly is this now", "how many deals with Kelun is that for Merck": the place of the deal
    # named in the pair's tally ("how many deals is that?" after a list counts the list)
    r"\bhow many (?:collabs|collaborations|partnerships|tie-?ups|alliances|pacts|(?:deals|licen[cs]es) w(?:ith|/)?\s)"
    r"[^?]{0,30}?\b(?:is|was) (?:this|that|it)(?: one)?(?: now| then| for (?:them|\w+))?\s*(?:[?.!]|$)",
    _I,
)


def story_asked(slots: Any, text: str) -> bool:
    """Whether ``text`` (the question, company names blanked) asks of a named deal something only its
    article reports. ``slots`` are ``intents.Slots``; a later acquirer ("who ended up acquiring LaNova") is
    marked as an acquisition, which its own rule sends to the articles with the price asked beside it."""
    if ACQUIRER_RE.search(text) or company_bought(text):  # "didn't LaNova itself get bought?"
        slots.acquisition = True  # the rule "a company changing hands" answers it from the articles
    if CHARGE_RE.search(text) and slots.unheld_measure in ("profit", "revenue"):
        # "did Merck flag any P&L hit from the Curon transaction?": the charge its article reports, which names
        # no profit ("P&L", "earnings" say where the charge lands)
        slots.unheld_measure = None
    if CHARGE_RE.search(text) or STAGE_RE.search(text) or AFTER_RE.search(text):
        return True
    # "how did Hengrui's total upfront change from 2024 to 2025": a measure over two periods, a comparison
    if CHANGED_RE.search(text) and not slots.count and not slots.metrics and len(slots.periods) < 2:
        return True
    two = len({m.name for m in slots.mentions}) >= 2
    if TALLY_RE.search(text) and two:
        return True
    return bool(CONTENTS_RE.search(text) and two and not slots.count and slots.op in (None, "find"))
