"""What became of a deal after its signing, asked as a follow-up in words no money term answers (issue 11, session 9).

After a turn about one deal's terms, "and what became of LaNova afterwards", "anything happen since?", "any update
after signing?", "is this their first deal together?", "when's it expected to close", "what's that one built on"
ask for an event or a fact its article states (a takeover, an expansion, a payment received later, the earlier
deals of the pair, the expected closing, the platform); "when will the FDA approve it", "what did the phase 3
show for it" ask for a regulatory or trial event no article reports. Each was answered with the deal's terms
again. ``read_deal_events`` marks such a question so that the articles answer it, or refuse it:

- with a company or a drug named, as the deal's own story (``Slots.deal_content``);
- with nothing named, as a text question pointing back at the deal before (``Slots.text_kind``,
  ``Slots.pronoun``: the router's follow-up carries that deal's companies);
- an approval or a trial readout is named as the unheld measure only a sentence stating it answers.

Examples in ``tests/test_text9.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.paid_after import paid_after
from assistant.routing.wording import PRONOUN_RE, THE_DRUG_RE

_I = re.IGNORECASE
_SINCE = r"(?:since|after(?:wards)?|later(?: on)?|subsequently|then|next|post[- ]signing|following)"
# a later event of the deal or its licensor: "what became of LaNova", "anything happen since?", "any update?",
# "what happened to that deal later on", "has anything changed since it was signed", "did X get bought by anyone"
LATER_EVENT_RE = re.compile(
    r"\bwhat (?:has |had )?(?:became|become|happened|come) (?:of|to)\b|"
    rf"\b(?:any(?:thing)?|something|much)\s+(?:\w+\s+)?(?:happen(?:ed|s)?|new|change[ds]?|go(?:ne)? on)\b[^?]{{0,30}}?\b{_SINCE}\b|"
    rf"\bhas (?:anything|something|much) (?:happened|changed)\b|\bwhat(?:'s| has) (?:happened|changed)\b[^?]{{0,30}}?\b{_SINCE}\b|"
    r"\bany (?:news|updates?|developments?|progress|follow-?ups?|changes?|amendments?)\b|"
    r"\b(?:latest|recent) (?:news|updates?|developments?)\b|\bwhere (?:does|do|did) (?:it|that|things) stand\b|"
    r"\b(?:get|got|was|been|being) (?:bought|acquired|taken over|purchased)\b[^?]{0,20}?\b(?:by (?:anyone|anybody|someone|whom)|later|after)\b",
    _I,
)
# the pair's earlier deals: "is this their first deal together?", "was that the first time those two worked together",
# "had they partnered before?", "when did they first team up?", "was that their first collaboration?"
_TOGETHER = r"(?:work(?:ed|ing)?|team(?:ed)? up|partner(?:ed)?|collaborat\w*|done (?:a )?deals?|did (?:a )?deals?|sign(?:ed)?|tie[d-]? ?up)"
# "signed before 2024", "done before Q3": a period of the table's rows, not the pair's earlier deals
_A_DATE = r"\s+(?:(?:the\s+)?(?:end|start|middle)\s+of\s+)?(?:(?:19|20)\d{2}|q[1-4]\b|h[12]\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
FIRST_TOGETHER_RE = re.compile(
    r"\bfirst (?:deal|time|collaboration|collab|tie-?up|partnership|agreement|pact|licen[cs]e)s?\b[^?]{0,40}?\b(?:together|between|with each other)\b|"
    rf"\bfirst time\b[^?]{{0,30}}?\b{_TOGETHER}\b|\b{_TOGETHER}\b[^?]{{0,20}}?\b(?:together )?before\b(?!{_A_DATE})|"
    rf"\bwhen did (?:they|the two|those two|both) first\b|"
    # "was that their first collaboration?": a pairing noun after "their first" (not "their first deal": the earliest)
    r"\b(?:their|the two'?s|the pair'?s) first (?:collaboration|collab|tie-?up|partnership|alliance|pact)s?\b(?!\s+(?:of|in|since)\s)|"
    r"\b(?:earlier|previous|prior) (?:deals?|collaborations?|tie-?ups?|pacts?) (?:together|between them)\b",
    _I,
)
# the closing: "when's it expected to close", "expected closing date?", "when did it close"
CLOSING_RE = re.compile(
    r"\b(?:expected|due|supposed|set|slated|scheduled|likely|meant) to (?:close|complete)\b|"
    r"\b(?:expected |anticipated |planned )?clos(?:ing|e) (?:date|timing|timeline)\b|"
    r"\bwhen (?:will|would|did|does|is|was|'s) (?:it|that|this|the deal|the transaction|the licen[cs]e)(?: \w+)? (?:close|closing|complete)\b|"
    r"\bwhen(?:'s| is) (?:it|that|the deal) closing\b",
    _I,
)
# what the deal or its drug is built on: "what's that one built on", "what's the drug based on"
BUILT_ON_RE = re.compile(
    r"\bwhat(?:'s| is| was| are| were)? (?:it|that|this|that one|this one|the drug|the deal|the asset|the molecule|they)\s+"
    r"(?:\w+\s+)?(?:built|based|derived) on\b|\bunderlying (?:tech(?:nology)?|platform)\b|\bwhich platform\b|\bwhat platform\b",
    _I,
)
# what the deal talked about holds: "what drugs were in it", "which assets did that one include"
IN_IT_RE = re.compile(
    r"\b(?:what|which) (?:drugs?|assets?|molecules?|programs?|programmes?|compounds?|candidates?)\b[^?]{0,20}?"
    r"\b(?:in|covered by|included in|part of|cover|include|involve)\b\s+(?:it|that(?: one)?|this(?: one)?|the deal|them|the \w+ one)\b|"
    r"\b(?:what|which) (?:drugs?|assets?|molecules?|programs?|programmes?|compounds?|candidates?) (?:did|does|do) "
    r"(?:it|that(?: one)?|this(?: one)?|the deal|the \w+ one) (?:include|cover|contain|involve|hold)\b",
    _I,
)
# when the deal talked about was announced: "when was the third one announced", "when was it signed" (its article
# dates it; the row's terms do not say it)
WHEN_ANNOUNCED_RE = re.compile(
    r"\bwhen (?:was|were|did) (?:it|that(?: one)?|this(?: one)?|they|the \w+ one|the deal)\s+(?:first\s+)?"
    r"(?:announced|announce|signed|sign|unveiled|struck|inked|agreed|disclosed|made public)\b",
    _I,
)
# how the deal was put together: "how was the deal structured?", "what was the structure of it", "deal structure?"
STRUCTURE_RE = re.compile(
    r"\bhow (?:was|is|were|are) (?:it|that(?: one)?|this(?: one)?|they|the (?:\w+\s+){0,3}?(?:deal|transaction|agreement|licen[cs]e))"
    r"\s+(?:\w+\s+)?(?:structured|set up|put together|organi[sz]ed)\b|\b(?:deal|transaction) structure\b|"
    r"\bthe structure of (?:it|that(?: one)?|this(?: one)?|the (?:\w+\s+){0,3}?(?:deal|transaction|agreement|licen[cs]e))\b",
    _I,
)
# a stake held in a company after the deal: "What percentage of Belenos does Keymed end up holding?" (the article says
# it; no market share, no share of our rows); "what % stake did that buy?" is the equity's, read with the row
STAKE_HELD_RE = re.compile(
    r"\b(?:percent(?:age)?|%|share|stake|portion|fraction)\s+(?:stake\s+)?(?:of|in)\b[^?]{0,50}?\b(?:does|did|will|would|do)\s+"
    r"(?:[\w-]+\s+){1,3}?(?:end\s+up\s+)?(?:hold(?:ing)?|own(?:ing)?|keep(?:ing)?)\b",
    _I,
)
# an approval or a readout no deal table holds, said in words ``wording.UNHELD_MEASURE_RES`` does not read
APPROVAL_RE = re.compile(
    r"\b(?:fda|nmpa|ema|regulators?)\b[^?]{0,20}?\b(?:approv\w*|clear\w*|green-?light\w*|sign\w* off)\b|"
    r"\b(?:get|gets|be|been|is|was) (?:approved|cleared|authori[sz]ed)\b|\bapproval (?:date|timing|timeline)\b|"
    r"\bwhen\b[^?]{0,30}?\bapprov\w*\b",
    _I,
)
READOUT_RE = re.compile(
    r"\b(?:phase\s*(?:[1-3]|i{1,3})\w*|trials?|studies|study|readouts?)\b[^?]{0,30}?"
    r"\b(?:show(?:ed|n|s)?|find|found|go|went|result\w*|read ?out|data|look like|turn out|achiev\w*|hit|miss\w*)\b|"
    r"\bhow did (?:the )?(?:phase\s*\w+ )?(?:readout|trial|study)\b",
    _I,
)
# a payment made after signing, the deal named by its year: "has BMS paid SystImmune any milestone since the 2023
# iza-bren licence?", "has AbbVie paid Simcere anything more since the 2025 licence?" (``analyst_wording.PAYMENT_MADE_RE``
# reads "since the deal"; a year and a drug's name between "the" and the deal are what it misses)
_DEAL_NOUN = r"(?:deal|agreement|licen[cs]e|licensing|signing|pact|tie-?up|transaction|collaboration|partnership)"
PAID_SINCE_RE = re.compile(
    r"\b(?:has|have|did)\b[^?]{0,60}?\b(?:paid|pay|received?|got|transferred|sent|wired)\b[^?]{0,60}?\bsince\s+"
    rf"(?:(?:the|its|their|that)\s+)?(?:(?:[a-z]{{3,9}}\.?\s+)?(?:19|20)\d{{2}}\b(?:\s+[\w-]+){{0,2}}?\s+{_DEAL_NOUN}\b|[\w-]+\s+{_DEAL_NOUN}\b)",
    _I,
)
# "did regulators clear the Hengrui GSK deal?": an antitrust clearance of the deal, which its article reports
_DEAL_CLEARED_RE = re.compile(
    r"\b(?:deal|licen[cs]e|transaction|agreement|pact|merger|acquisition|antitrust|hsr)\b", _I
)
_THIS_THAT_RE = re.compile(r"\b(?:this|that)\b", _I)  # "when will the FDA approve that?" (beside wording's pointers)
_MONEY_RE = re.compile(r"\$|\bup-?front|\bmilestones?\b|\broyalt|\bequity\b|\bhow much\b|\bpaid\b|\bpay\b", _I)


def read_deal_events(slots: Any, text: str) -> None:
    """Mark ``slots`` (``intents.Slots``, read from ``text`` with company names blanked) when the question asks
    what became of a deal, its closing, its platform or the pair's earlier deals; an approval or a trial
    readout becomes the unheld measure."""
    later = LATER_EVENT_RE.search(text) and not (slots.metrics or len(slots.periods) >= 2)
    if (PAID_SINCE_RE.search(text) or paid_after(slots, text)) and not slots.count:  # ``paid_after``'s wordings
        slots.payment_made = True  # the rule "a payment already made": only an article reports one
        slots.periods = []  # the year names the deal, no period of the figures
        return
    if STAKE_HELD_RE.search(text) and not slots.count:  # "what % of Belenos does Keymed end up holding?": the article's
        slots.op, slots.metrics, slots.metric_spans, slots.figure_cue = None, [], [], False
        slots.text_kind = True  # the sentence stating the stake, not the deal's opening
        return
    if slots.count or (slots.op not in (None, "find") and not later):  # "has anything changed": no growth asked
        return
    if slots.unheld_measure is None and not _MONEY_RE.search(text):
        if APPROVAL_RE.search(text) and not _DEAL_CLEARED_RE.search(text):
            slots.unheld_measure = "regulatory approval"
        elif READOUT_RE.search(text):
            slots.unheld_measure = "trial results"
    if slots.unheld_measure:
        # "when will the FDA approve it": the deal before's drug; a drug named in words the table lacks is no pointer
        pointing = bool(PRONOUN_RE.search(text) or THE_DRUG_RE.search(text) or _THIS_THAT_RE.search(text))
        slots.pronoun = slots.pronoun or (pointing and not (slots.mentions or slots.asset))
        return
    story = LATER_EVENT_RE.search(text) or FIRST_TOGETHER_RE.search(text) or CLOSING_RE.search(text)
    story = story or BUILT_ON_RE.search(text) or IN_IT_RE.search(text) or WHEN_ANNOUNCED_RE.search(text)
    story = story or STRUCTURE_RE.search(text)
    if not story or (_MONEY_RE.search(text) and not later):
        return
    # "has anything changed" read no growth and "signed" no terms: no figure is asked
    slots.op, slots.metrics, slots.metric_spans, slots.figure_cue = None, [], [], False
    if slots.mentions or slots.asset:
        slots.deal_content = True  # the rule "an article's account of one deal"
    slots.text_kind = True  # after a figure, the articles answer it
    slots.pronoun = slots.pronoun or not (slots.mentions or slots.asset)  # nothing named: the deal before
