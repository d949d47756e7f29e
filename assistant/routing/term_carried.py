"""A payment term no column holds, asked after a turn that named its deal: the question is asked of that deal.

"3SBio–Pfizer upfront, and how much is on offer under the China option?" is split into two asks; the second, "How
much is on offer under the China option?", named no company, so the articles were searched for any option and
answered with other deals' passages. When a follow-up names no company but asks about a payment term the rows'
notes name (``payment_terms.PaymentTerms``: "China option payments", "near-term payments"), and the question
before named the parties (or the asset) of exactly one deal whose notes name that term, the follow-up is asked
with that deal's parties in front: "3SBio and Pfizer: How much is on offer under the China option?". Two such
deals, or none, leave the question as it was.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots


def term_of_deal_before(question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str) -> str:
    """``question`` led by the one deal of the turn before whose notes name the payment term it asks; else
    ``question``: "How much could come from the China option?" after "Pfizer-3SBio upfront?"."""
    if not earlier or entities.find_companies(question).mentions:
        return question
    terms = entities.payment_terms
    term = terms.named(question, [])
    if term is None:
        return question
    before = read_slots(earlier[-1], entities, corpus_end)
    named = set(before.companies)
    said = re.compile(r"\b" + r"[\s/-]*".join(map(re.escape, term.split())) + r"\b", re.IGNORECASE)
    found = [
        deal
        for deal in terms.deals
        if ((named and named <= {*deal.licensors, *deal.licensees}) or deal.deal_id == before.asset_deal)
        and said.search(deal.notes)
    ]
    if len(found) != 1:
        return question
    return f"{' and '.join([*found[0].licensors, *found[0].licensees])}: {question}"
