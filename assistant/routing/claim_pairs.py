"""Two claimed figures in one check: "A release I'm checking says Regeneron paid 翰森制药 $80m upfront and Novo Nordisk
paid 联邦制药 $200m upfront. Are both of those right?" Read whole, the first pair named took the question and only the
Regeneron–Hansoh deal was checked; the Novo Nordisk claim went unanswered. ``claim_pairs`` asks each claim on its
own, after the lead that introduced them ("A release I'm checking says ... Is that right?"), so each claimed figure
is checked against its own deal.

Matches a question that puts claims to us (``claim_corrections.is_claim``) and joins two clauses with "and" (or ";"),
each stating one money figure and naming a company of its own; a clause without a figure or company is left alone
("Regeneron paid Hansoh $80m upfront and $1.93bn in milestones" is one deal's claim, read whole).
"""

from __future__ import annotations

import re

from assistant.money import find_money
from assistant.routing.claim_corrections import is_claim
from assistant.routing.distribute import Spans

_I = re.IGNORECASE
# "<lead says> <claim one> and <claim two>. <check>": the lead ends in a reporting verb, the check is the last sentence
_LEAD_RE = re.compile(
    r"^(?P<lead>.*?\b(?:says?|said|claims?|claimed|reports?|reported|has|had|wrote|writes|states?|stated|reads?|"
    r"that)\s+)",
    _I,
)
_CHECK_RE = re.compile(
    r"(?P<claims>.+?)(?:[.?!]\s*|\s+-+\s+|,\s+)(?P<check>[^.?!]*(?:right|correct|true|accurate|"
    r"check out|hold up|wrong|off)\W*)$",
    _I,
)
_JOIN_RE = re.compile(r"\s*(?:;|,?\s+and\s+(?:that\s+)?|,?\s+while\s+)\s*", _I)
_PAYS_RE = re.compile(r"\b(?:paid|pays|pay|got|gets|received|receives|gave|gives|put|committed|handed)\b", _I)


def _one_claim(clause: str, spans: Spans | None) -> bool:
    """A clause stating one money figure and naming a company: "Novo Nordisk paid 联邦制药 $200m upfront"."""
    figures = [mention for mention in find_money(clause) if mention.amount is not None]
    return len(figures) == 1 and bool(_PAYS_RE.search(clause)) and bool(spans and spans(clause))


def claim_pairs(question: str, spans: Spans | None = None) -> list[str]:
    """Each claim of a two-claim check asked on its own ("... says A paid B $80m upfront. Is that right?"), or
    nothing when ``question`` is not one."""
    if not is_claim(question) or len(find_money(question)) < 2:
        return []
    checked = _CHECK_RE.match(question.strip())
    if not checked:
        return []
    lead = _LEAD_RE.match(checked["claims"])
    head = lead["lead"] if lead else ""
    body = checked["claims"][len(head) :]
    clauses = _JOIN_RE.split(body)
    if len(clauses) != 2 or not all(_one_claim(clause, spans) for clause in clauses):
        return []
    return [f"{head}{clause.strip(' ,.')}. Is that right?" for clause in clauses]
