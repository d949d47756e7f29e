"""A question naming one party of the deal the question before named by its two parties: asked of that deal.

"On Harbour BioMed / AstraZeneca: biobucks, and how big was AZ's equity cheque?" is asked in two parts; the
second, "How big was AZ's equity cheque?", named AstraZeneca alone and had words enough not to read as a bare
follow-up, so every AstraZeneca deal was offered ("which one?"). When a question names exactly one company,
no asset and no period, asks one deal's term (upfront, milestones, total, equity, royalties) and no count,
ranking or list, and the question before named that company and one other with whom it has a deal in our
table, the question is asked with the other named in front: "Harbour BioMed: How big was AZ's equity cheque?"
(and the year the question before pinned, when the pair has more than one deal).
Not taken: "how many deals has AZ done?" (a count), "AZ's biggest upfront?" (a ranking), "AZ's other deals"
(a list), a deal of the company's own or its deals in general ("AZ's upfront in its obesity deal?", "for the
pan-KRAS inhibitor?", "How much does AZ typically pay upfront?", "Harbour's most recent upfront?"), a question
before naming one company or three.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots

_DEAL_TERMS = frozenset({"upfront", "milestones", "total", "equity", "royalties"})
# words that reach past the one deal: "all", "other", "ever", "each", "deals"
_WIDER_RE = re.compile(
    r"\b(?:all|other|others|another|else|ever|each|every|deals|transactions|across|overall|in total|combined)\b|"
    r"所有|其他|全部",
    re.IGNORECASE,
)


# words that point at a deal of the company's own, or at its deals in general: "AZ's upfront in its obesity deal?",
# "for the pan-KRAS inhibitor?", "How much does AZ typically pay upfront?", "Harbour's most recent upfront?"
_OWN_DEAL_RE = re.compile(
    r"\b(?:deal|agreement|pact|licen[cs]e|(?:for|in|on)\s+(?:the|its|their|his|her)|typical\w*|usual\w*|"
    r"average|mean|median|recent|latest|last|first|newest|oldest|earliest|biggest|largest|smallest|highest|lowest)\b",
    re.IGNORECASE,
)


def party_of_pair_before(question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str) -> str:
    """``question`` led by the other party of the pair the question before named, else ``question``:
    "How big was AZ's equity cheque?" after "Harbour BioMed / AstraZeneca: biobucks?"."""
    if not earlier or _WIDER_RE.search(question) or _OWN_DEAL_RE.search(question):
        return question
    own = read_slots(question, entities, corpus_end)
    named = own.companies
    if len(named) != 1 or own.asset or own.periods or own.count or own.op or own.plural:
        return question
    if not own.metrics or not set(own.metrics) <= _DEAL_TERMS:
        return question
    before = read_slots(earlier[-1], entities, corpus_end)
    pair = list(dict.fromkeys(before.companies))
    if len(pair) != 2 or named[0] not in pair:
        return question
    deals = sum(set(pair) <= set(parties) for parties in entities.deal_parties.values())
    if not deals:
        return question
    other = next(name for name in pair if name != named[0])
    # the year that picked one of the pair's deals before ("CSPC AstraZeneca 2025 upfront?") still picks it; a
    # pair with one deal needs none (a claimed year, "Pfizer paid 3SBio ... in late 2024", may be wrong)
    one_year = deals > 1 and len(before.periods) == 1 and not before.periods[0].bound
    year = f" {before.periods[0].year}" if one_year else ""
    return f"{other}{year}: {question}"
