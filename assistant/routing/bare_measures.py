"""A question that is nothing but two or more deal terms: one part for each term.

"里程碑 and 总额?" and "milestones and total?" after "荣昌 AbbVie deal 首付款?" named no company and were one
question, so the follow-up carried the deal and its first measure only: the milestones came back without the
total. A question made of deal terms (upfront, milestones, total or deal value, equity, royalties, biobucks, in
English or Chinese) joined by "and", "&", ",", "和", "及", "以及" or "跟", with at most "what about", "and",
"also", "the" around them, is asked as one part a term ("里程碑?", "总额?"), each a follow-up of the turn before.
Not taken: "upfront plus milestones?" or "upfront + milestones" (a sum), "upfront/total?" (a ratio), "Merck's upfront and milestones" (named),
"upfront and milestones combined" (a sum), one term alone.
"""

from __future__ import annotations

import re

_TERM = (
    r"(?:up[\s-]?fronts?(?:\s+payments?)?|milestones?(?:\s+payments?)?|bio[\s-]?bucks|royalt(?:y|ies)(?:\s+rates?)?|"
    r"equity(?:\s+investment)?|(?:total|headline|deal)(?:\s+(?:deal\s+)?value)?|"
    r"首付款?|预付款?|里程碑(?:付款)?|总额|总金额|总价值|总交易额|股权(?:投资)?|特许权使用费|销售分成)"
)
_JOIN = r"(?:\s*(?:,|&|和|及|以及|跟|与)\s*|\s+and\s+|,\s*and\s+)"  # "upfront/total" is a ratio, not two asks
_LEAD = r"(?:(?:and|also|so|ok(?:ay)?|what|how)\s+)?(?:about\s+)?(?:the\s+|its\s+)?"
_BARE_RE = re.compile(
    rf"^\s*{_LEAD}(?P<terms>{_TERM}(?:{_JOIN}(?:the\s+)?{_TERM})+)\s*(?:呢|分别是多少|各多少|respectively)?\s*[?？.]?\s*$",
    re.IGNORECASE,
)
_TERM_RE = re.compile(_TERM, re.IGNORECASE)
_ONE_TERM_RE = re.compile(rf"^\s*{_LEAD}{_TERM}\s*(?:呢)?\s*[?？.]?\s*$", re.IGNORECASE)


def is_bare_term(piece: str) -> bool:
    """A piece that is one deal term and nothing else ("总额?", "total?"): after other asks of a deal it is an ask
    of its own ("首付怎么构成？拿了多少股？总额?" had lost its total, too short a piece to be kept)."""
    return bool(_ONE_TERM_RE.match(piece))


def bare_measure_parts(question: str) -> list[str] | None:
    """One question a term when ``question`` is only deal terms joined, else None:
    "里程碑 and 总额?" is ["里程碑?", "总额?"]."""
    found = _BARE_RE.match(question)
    if found is None:
        return None
    terms = [term.group() for term in _TERM_RE.finditer(found.group("terms"))]
    if len(terms) < 2:
        return None
    return [term[:1].upper() + term[1:] + "?" for term in terms]
