"""A follow-up that names one company and calls its counterpart "them": "what did AbbVie pay them upfront in the
jan 2026 deal?" after "who licensed telitacicept to Vor Bio" (RemeGen did).

The "them" had been dropped, so the answer summed every AbbVie deal of January 2026 (RemeGen's and Zelgen's,
$750 million) instead of AbbVie's to RemeGen ($650 million). "Them" after a verb of paying or dealing ("pay them",
"gave them", "with them", "from them", "to them") is read as the one company of the question before (named there,
or a party of the deal its asset names) that has a deal in our table with the company this question names; the
question is asked with that name in its place. No such company, or more than one, leaves the question as it was.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots

_THEM_RE = re.compile(r"\b(?:pa(?:y|id|ys|ying)|g[ai]ve|giv(?:es|ing)|owe[sd]?|with|from|to)\s+(them)\b", re.IGNORECASE)


def counterpart_before(question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str) -> str | None:
    """The one company of the turn before that has a deal with the one company ``question`` names, else None:
    "what did AbbVie pay them?" after a question on RemeGen's telitacicept is RemeGen."""
    if not earlier:
        return None
    named = read_slots(question, entities, corpus_end).companies
    if len(named) != 1:
        return None
    before = read_slots(earlier[-1], entities, corpus_end)
    candidates = [*before.companies, *entities.deal_parties.get(before.asset_deal or "", [])]
    dealt_with = {name for parties in entities.deal_parties.values() if named[0] in parties for name in parties}
    found = list(dict.fromkeys(name for name in candidates if name in dealt_with and name != named[0]))
    return found[0] if len(found) == 1 else None


def them_named(question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str) -> str:
    """``question`` with "them" replaced by the counterpart it points back to, else ``question``."""
    them = _THEM_RE.search(question)
    if them is None:
        return question
    found = counterpart_before(question, earlier, entities, corpus_end)
    if found is None:
        return question
    return question[: them.start(1)] + found + question[them.end(1) :]
