"""Payments made after signing, and how a sum is paid out: article facts beside a deal's row (text15b).

``analyst_wording.PAYMENT_MADE_RE`` and ``deal_events.PAID_SINCE_RE`` read "has BMS paid SystImmune anything
since the 2023 deal?"; these wordings slipped past them and were answered with the row's ceiling ("eligible for
up to $7.6 billion in milestone payments"), never the article's sentence about the payment made:

- ``PAID_AFTER_RE``, a payment made after signing:
  "Since SystImmune's 2023 licence of BL-B01D1 to BMS, has any milestone actually been paid?" (a passive after
  "since"); "did Bristol Myers pay SystImmune any milestone after their 2023 deal?" ("after" and a deal noun);
  "Has AbbVie paid Simcere anything since the SIM0500 option deal was signed?" (a drug's name and a kind before
  the deal noun); "has BMS paid anything beyond the upfront?" (money besides the upfront).
- ``PAID_HOW_RE``, how a sum is paid out: "Was the $38M Dianthus agreed to pay Leads Biolabs all due at signing?",
  "Is DoveTree's $100M upfront to XtalPi payable in one go?", "in how many instalments was the $35m paid?": the
  article's sentence splitting the sum ("$30 million paid upfront and $8 million that falls due when ..."),
  which the row's one figure cannot say.

"How much has Merck paid in upfronts since 2024?" (a year, no deal noun after "since") stays a sum of the table.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.analyst_wording import PAYMENT_MADE_RE

_I = re.IGNORECASE
_DEAL_NOUN = r"(?:deal|agreement|licen[cs]e|licensing|signing|pact|tie-?up|transaction|collaboration|partnership)"
_MOVED = r"\b(?:paid|pay|received?|got|transferred|sent|wired|handed over|triggered)\b"
PAID_AFTER_RE = re.compile(
    # "did BMS pay SystImmune any milestone after their 2023 deal?", "... since the SIM0500 option deal was signed?"
    rf"\b(?:has|have|did)\b[^?]{{0,60}}?{_MOVED}[^?]{{0,60}}?\b(?:since|after)\s+(?:the|its|their|that|signing)\b"
    rf"[^?]{{0,40}}?\b{_DEAL_NOUN}\b|"
    # "since the 2023 licence, has any milestone actually been paid?", "has any milestone been paid since then?"
    r"\bsince\b[^?]{0,100}\b(?:has|have)\b[^?]{0,40}\bbeen (?:paid|received|triggered|made)\b|"
    r"\b(?:has|have)\b[^?]{0,40}\bbeen (?:paid|received|triggered|made)\b[^?]{0,40}\b(?:since|after (?:the|signing))\b|"
    # "has BMS paid SystImmune anything beyond the $800m upfront?", "received anything besides the upfront?"
    # ("what else did Pfizer pay 3SBio besides the upfront?" asks the deal's other terms: the table's)
    rf"(?<!else )\b(?:has|have|did)\b[^?]{{0,60}}?{_MOVED}[^?]{{0,40}}?\b(?:beyond|besides|other than|apart from|on top of)\s+"
    r"(?:the|its|their)\b[^?]{0,20}?\bup-?front\b",
    _I,
)
PAID_HOW_RE = re.compile(
    r"\b(?:in one go|all at once|at once|in (?:a )?(?:single|one) (?:payment|tranche|instal?ment|lump)|lump[- ]sum|"
    r"all (?:due|paid|payable) (?:at|on|upon) (?:signing|closing)|payable (?:all )?(?:at|on|upon) signing|"
    r"in (?:how many )?(?:instal?ments|tranches|parts)|how many (?:instal?ments|tranches)|"
    # "is it all at signing", "Is all of that paid at signing?", "how is the upfront paid (out)?" (outsider100/102)
    r"\ball\b(?:\s+of\s+(?:it|that|this|the\s+\w+))?\s+(?:\w+\s+){0,2}?(?:at|on|upon)\s+(?:signing|closing)\b|"
    r"\bhow\s+(?:is|was|will|would)\s+(?:the|its|their|that|this|it)\b[^?]{0,50}?\b(?:paid|payable)(?:\s+out)?\s*(?:\?|$))",
    _I,
)


_LUMP_RE = re.compile(r"\blump[- ]sum\b", _I)
# not a payment made but a size compared ("Has Merck paid a larger upfront since the Curon deal?") or a sum over
# deals ("lump sum of all upfronts in 2025"): the table answers those
_COMPARED_OR_SUMMED_RE = re.compile(
    r"\b(?:larger|bigger|higher|greater|smaller|lower|more|less|biggest|largest|highest)\s+(?:\w+\s+)?"
    r"(?:up-?fronts?|milestones?|payments?|sums?|amounts?|deals?|cheques?|checks?)\b|"
    r"\b(?:all|every|each)\s+(?:the\s+|of\s+the\s+)?(?:\d{4}\s+)?(?:up-?fronts?|deals?|payments?)\b",
    _I,
)


def paid_after(slots: Any, text: str) -> bool:
    """``text`` asks of a payment made after signing, or how a sum was paid out (see the module's examples);
    a "lump sum" is how it is paid, no sum over deals asked (``slots.op``, ``intents.Slots``, is cleared). A size
    compared or a sum over deals ("paid a larger upfront since the Curon deal?", "lump sum of all upfronts") is
    no such ask."""
    if not (PAID_AFTER_RE.search(text) or PAID_HOW_RE.search(text)) or _COMPARED_OR_SUMMED_RE.search(text):
        return False
    if slots.op == "sum" and _LUMP_RE.search(text):
        slots.op = None
    return True


# the router's reading of a payment made ("has BMS paid any milestones yet?") and these wordings: the composer's
# "payment" kind, which only a sentence saying a payment was made or received answers
PAYMENT_ASKED_RE = re.compile(rf"(?:{PAYMENT_MADE_RE.pattern})|(?:{PAID_AFTER_RE.pattern})", _I)
# how a sum is paid out: the sentence splitting it ("comes in 2 parts", "$8 million that falls due when ...")
PAID_HOW_TYPES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "paid_how",
        PAID_HOW_RE,
        re.compile(
            r"\bcomes in\b|\bin \d+ (?:parts|instal\w*|tranches)\b|\binstal\w*|\btranches?\b|\bfalls? due\b|"
            r"\bpayable within\b|\bplus another\b|\bmade up of\b|\bsettled in\b",
            _I,
        ),
    )
]
PAID_HOW_SEARCH_WORDS = {"paid_how": "upfront comes in parts instalments payable due made up of"}
