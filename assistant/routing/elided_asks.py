"""Two deals of one company in one ask, the second ask leaving out words the first said.

"Hansoh: upfront from Regeneron and upfront from Roche?" repeats its measure before a second company: read whole,
only the first company was asked; it is two asks, "Hansoh: upfront from Regeneron" and "Hansoh: upfront from Roche".
"BMS paid how much upfront to SystImmune and how much to Harbour BioMed?" leaves the payer and the measure out of
its second ask: alone, "how much to Harbour BioMed" named only Harbour BioMed (which has several deals, so it was
asked back); it is asked as "BMS paid how much upfront to Harbour BioMed". Likewise "What did AstraZeneca pay Harbour
BioMed upfront, and how much to CSPC?" asks "What did AstraZeneca pay CSPC upfront". ``elided_asks`` runs inside
``decompose.split_parts`` on the parts split at their joins.

"信达生物: biobucks in the Takeda deal, and upfront in the Roche DLL3 ADC deal?" asks a different measure of each of
two deals, each said after its measure ("<measure> in the <A> deal, and <measure> in the <B> deal"): read whole,
only the Takeda deal was answered; it is "信达生物: biobucks in the Takeda deal" and "信达生物: upfront in the Roche
DLL3 ADC deal", the lead before the colon said again.
"""

from __future__ import annotations

import re

from assistant.corpus.tables import MONEY_FIELDS

_I = re.IGNORECASE
# the deal table's money fields ("upfront", "milestones", "total", "equity"), as an ask names them
_FIELD = "|".join(field.rstrip("s") for field in MONEY_FIELDS)
_MEASURE = (
    rf"(?:(?:{_FIELD})[\s-]?(?:s|payments?|investments?|values?)?|up[\s-]front|(?:headline|deal)\s+values?|"
    r"首付款?|里程碑)"
)
_PREP = r"(?:from|to|by|paid\s+(?:by|to)|with)"
# "<lead><measure> from A and <measure> from B": the same measure said again before the second company
_REPEATED_RE = re.compile(
    rf"^(?P<lead>.*?)(?P<first>(?P<measure>{_MEASURE})\s+{_PREP}\s+.+?)\s*,?\s+and\s+(?:the\s+)?"
    rf"(?P<second>(?P=measure)\s+{_PREP}\s+.+)$",
    _I,
)
# "<payer> paid how much upfront to A": the lead a later bare "how much to B" leaves out
_HOW_MUCH_RE = re.compile(rf"^.*?\bhow\s+much(?:\s+{_MEASURE})?(?=\s+{_PREP}\s)", _I)
# "What did AstraZeneca pay Harbour BioMed upfront": the payer's verb, the payee, the measure
_PAID_RE = re.compile(rf"^(?P<lead>.*?\b(?:pay|paid)\s+)(?P<payee>.+?)(?P<measure>\s+{_MEASURE})\s*$", _I)
_BARE_RE = re.compile(
    rf"^(?:and\s+)?how\s+much\s+(?:(?:did|was)\s+(?:it|they)\s+pay\s+)?(?P<prep>{_PREP})\s+(?P<rest>.+)$", _I
)


_NOT_A_PAYEE_RE = re.compile(
    rf"^(?:the\s+)?(?:{_MEASURE}|date|now|today|this\s+point|so\s+far|them|it|each|both|all)\b", _I
)


_ANY_MEASURE = rf"(?:{_MEASURE}|bio[\s-]?bucks|potential\s+(?:value|payments?))"
# "<lead:> <measure> in the A deal, and <measure> in the B deal": each deal after its own measure
_EACH_MEASURE_RE = re.compile(
    rf"^(?P<lead>[^:：]*[:：]\s*)?(?P<first>(?:the\s+)?{_ANY_MEASURE}\s+(?:in|of|for|on|from)\s+(?:the\s+)?.+?"
    rf"\b(?:deal|agreement|licen[cs]e|pact))\s*,?\s+and\s+(?:the\s+)?"
    rf"(?P<second>{_ANY_MEASURE}\s+(?:in|of|for|on|from)\s+(?:the\s+)?.+?\b(?:deal|agreement|licen[cs]e|pact))\W*$",
    _I,
)


# the two deals set against each other or added: one question, left whole
_SET_AGAINST_RE = re.compile(
    r"\b(?:which|whose|bigger|larger|smaller|higher|lower|greater|more|less|than|vs\.?|versus|compar\w*|differ\w*|"
    r"gap|ratio|times|combined|together|sum|total\s+of\s+both)\b|更|比|哪",
    _I,
)


def _repeated(part: str) -> list[str]:
    """``part`` as one ask per company when it says its measure again before the second."""
    found = _REPEATED_RE.match(part)
    each = _EACH_MEASURE_RE.match(part)
    if each and not found and not _SET_AGAINST_RE.search(part):  # "Which is bigger: upfront in A, and … in B?"
        lead = each["lead"] or ""
        return [lead + each["first"], lead + each["second"]]
    if not found:
        return [part]
    return [found["lead"] + found["first"], found["lead"] + found["second"]]


def _filled(part: str, first: str) -> str:
    """A bare "how much to B" asked with the first part's payer and measure."""
    bare = _BARE_RE.match(part)
    if not bare or _NOT_A_PAYEE_RE.match(bare["rest"]):
        return part  # "and how much from milestones?", "how much to date?": a measure or a time, no other company
    how_much = _HOW_MUCH_RE.match(first)
    if how_much:
        return f"{how_much.group()} {bare['prep']} {bare['rest']}"
    paid = _PAID_RE.match(first)
    if paid and bare["prep"].lower() == "to":
        return f"{paid['lead']}{bare['rest']}{paid['measure']}"
    return part


def elided_asks(parts: list[str]) -> list[str]:
    """The parts with a repeated measure split ("upfront from A and upfront from B") and a later bare "how much
    to B" given the first part's payer and measure."""
    split = [one for part in parts for one in _repeated(part)]
    return split[:1] + [_filled(part, split[0]) for part in split[1:]]
