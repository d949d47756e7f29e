"""One company named once, then a list of figures over its deals: "hengrui in the table: # of deals, biggest by tcv,
avg uf" (outsider100).

Read whole, the first ask's company was kept and the others ran over every deal (the largest deals of any company,
the average upfront of every deal), or the list became one ranking. Each ask is a figure over the company's deals (a
count, a ranking's top, an average, a median, a sum), so each is asked with the subject: "hengrui in the table # of
deals", "hengrui in the table biggest by tcv", "hengrui in the table avg uf". Only a subject before a colon or a
spaced dash that names one company, and two to five asks that each open with such a word; a deal's own terms ("X: uf,
ms, territory") are ``deal_asks``'s.
"""

from __future__ import annotations

import re

from assistant.routing.distribute import Spans

_SUBJECT_RE = re.compile(r"^(?P<subject>[^:;?,]{3,80}?)\s*(?::|\s[-–—]\s)\s*(?P<asks>\S.*)$")
_SPLIT_RE = re.compile(
    r"\s*[,;]\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?(?:#|number|count|biggest|largest|avg|average))", re.I
)
# a figure over several deals: "# of deals", "number of deals", "biggest by tcv", "avg uf", "median upfront", "total ms"
_PERIOD_RE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:since|ytd|h[12]|q[1-4]|last|this|in)\s+(?:year|20|'\d|\d)", re.I)
_OVER_DEALS_RE = re.compile(
    r"^(?:the\s+)?(?:#|no\.|(?:number|count|how\s+many|deal\s+count|biggest|largest|smallest|top|avg|average|mean|"
    r"median|total|sum|combined|cumulative)\b)",
    re.IGNORECASE,
)


def company_asks(question: str, spans: Spans | None) -> list[str] | None:
    """The parts of a question naming one company and then figures over its deals (see the module), or None."""
    found = _SUBJECT_RE.match(question.strip().rstrip("?."))
    if spans is None or not found:
        return None
    subject = found.group("subject").strip()
    asks = [ask.strip() for ask in _SPLIT_RE.split(found.group("asks")) if ask.strip()]
    if len(spans(subject)) != 1 or not 2 <= len(asks) <= 5 or not all(_OVER_DEALS_RE.match(ask) for ask in asks):
        return None
    if any(_PERIOD_RE.search(ask) for ask in asks):
        return None  # "Merck: how many China deals since 2024, and total upfront?": the period is every ask's
    return [f"{subject} {ask}?" for ask in asks]
