"""A follow-up asking the places one party of the deal before kept, naming only that party: "which markets did
MediLink keep?" after "what was Roche's upfront for YL201?".

MediLink has four deals in our table; the question alone was read as MediLink's and quoted its BioNTech deals'
territories. Asked after a question about one deal, it is asked of that deal: the counterpart of the question
before (named there, or a party of the deal its asset names) that has a deal with the company named here is added,
"which markets did MediLink keep in the Roche deal?". Asset codes of the question before come along ("YL201"), so
the deal is the one asked. No such counterpart, or more than one, leaves the question as it was. Examples are the
tests in ``tests/test_textfu13b.py``.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.territory_asks import asks_territory
from assistant.routing.them_named import counterpart_before

_CODE_RE = re.compile(r"\b[A-Z]{1,5}-?\d{2,5}[A-Za-z]?\b")


def territory_of_the_deal_before(
    question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str
) -> str:
    """``question`` with the deal of the question before named, when it asks one party's territory or kept places."""
    if not earlier or not asks_territory(question):
        return question
    found = counterpart_before(question, earlier, entities, corpus_end)
    if found is None:
        return question
    codes = [code for code in _CODE_RE.findall(earlier[-1]) if code not in question]
    deal = " ".join([found, *codes[:1]])
    return f"{question.rstrip().rstrip('?').rstrip()} in the {deal} deal?"
