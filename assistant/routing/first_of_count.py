""" "The first one" after a count of deals: the earliest deal of the set counted, not the set summed.

"How many licensing deals has CSPC signed with AstraZeneca?" then "what did AZ pay upfront in the first one?"
(outsider76) listed every AstraZeneca deal and asked which one, and "upfront of the most recent one?" summed
all three CSPC–AstraZeneca upfronts: a confident answer to another question. After a question that counts
deals of named companies, a follow-up pointing at "the first/earliest/oldest one" or "the latest/most
recent/newest/last one" names that deal of the set counted, by date:

    "what did AZ pay upfront in the first one?" -> "what did AZ pay upfront in the earliest CSPC Pharmaceutical
    Group–AstraZeneca deal?" (the 2024 deal, $100 million)

Only a pair's set is read: after "How many deals did Hansoh sign in 2025?", "the earliest Hansoh 2025 deal"
is still summed over the set in a follow-up, so a set of one company is left as it was. After a ranking or a list the rows' own order is meant ("the second one"), which ``ordinals`` reads: only a
count before is read here.

Not taken (review2): a follow-up that names a company or a period of its own ("and the latest one with Merck"
after a Hansoh–GSK count is the Hansoh–Merck deal, not a Hansoh–GSK one), that widens the set ("the latest deal
Hengrui signed overall") or that asks more than the one deal ("the first of them, and the total upfront of all
of them?"): the older path reads those whole.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots

_POINTER_RE = re.compile(
    r"\bthe\s+(?P<which>first|earliest|oldest|latest|most\s+recent|newest|last)\s+"
    r"(?:one|deal|agreement|licen[cs]e|of\s+(?:them|those|these))\b",
    re.IGNORECASE,
)
_EARLY = ("first", "earliest", "oldest")
# more than the one deal pointed at: "overall", "of all of them", "the total", "both", "each"
_WIDER_RE = re.compile(
    r"\b(?:overall|ever|at\s+all|in\s+all|all\s+(?:of\s+)?(?:them|those|these|their|its|the)|each|every|both|"
    r"total|sum|combined|together|altogether|any\s+(?:of|other)|others?|rest)\b",
    re.IGNORECASE,
)


def first_of_count(question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str) -> str:
    """``question`` with "the first one" spelt as the earliest (or latest) deal of the companies the question
    before counted; ``question`` otherwise."""
    pointer = _POINTER_RE.search(question)
    if pointer is None or not earlier:
        return question
    before = read_slots(earlier[-1], entities, corpus_end)
    if not before.count or before.metrics:
        return question  # only after a count of deals ("how many deals has CSPC signed with AZ?")
    names = list(dict.fromkeys(mention.name for mention in before.mentions))
    if len(names) != 2:
        return question  # a licensor and a licensee: "the earliest" of their deals is one deal the router finds
    if _WIDER_RE.search(question):
        return question  # "the first of them, and the total upfront of all of them?": more than the one deal
    own = read_slots(question, entities, corpus_end)
    if own.periods or any(mention.name not in names for mention in own.mentions):
        return question  # "and the latest one with Merck": a company (or period) of its own, not the pair's deal
    periods = " ".join(period.label for period in before.periods)
    which = "earliest" if pointer.group("which").lower() in _EARLY else "most recent"
    deal = " ".join(part for part in (f"the {which}", "–".join(names), periods, "deal") if part)
    spelt = question[: pointer.start()] + deal + question[pointer.end() :]
    # "and the oldest one's upfront?": the deal is named in full now, so the "and" no longer leans on the count
    # before (read as a follow-up, the pair's upfronts were summed)
    return re.sub(r"^\s*(?:and|so|ok|okay|then)\s+(?=the\b)", "", spelt, flags=re.IGNORECASE)
