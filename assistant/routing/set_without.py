"""The set before without one company's deals, asked with a new statistic: "ex-Curon, mean?" after "median upfront
FY24?" is the mean upfront of the 2024 deals other than Curon's.

* "ex-<company>" (the desk's "ex-Curon", "ex Merck") is read as "excluding <company>"; only when a company of the
  table follows it, so "ex-US" or "ex-factory" stay as they are.
* After a sum, average, median, count or list over a set, a short follow-up that only leaves a company out and names
  a statistic ("excluding Curon, mean?", "mean, ex-Curon?", "sum without Pfizer?") is asked as that statistic "of
  those excluding <company>", which the follow-up readers take over the set before, its measure kept. Alone it had
  gone to Curon's articles, or averaged every deal's total value.

Two companies left out together ("excluding Merck and Pfizer, median?") are one exclusion of both: the follow-up is
asked "excluding Merck and excluding Pfizer", not split into a median without each.

Not taken: a follow-up naming its own period or another company ("mean of Merck's 2025 deals excluding Curon"),
or one after a single deal's figure.
"""

from __future__ import annotations

import itertools
import re

from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots

_EX_RE = re.compile(r"\bex[-\s]+$", re.I)
# "excluding Curon, mean?", "mean, excluding Curon?", "and the median without Pfizer?"
_STAT = r"(?P<stat>mean|average|avg|median|sum|summed|added\s+up)"
_LEFT = r"(?P<left>(?:excluding|without|leaving\s+out|except(?:\s+for)?|minus)\s+(?:the\s+)?[^,?]+?(?:\s+deals?)?)"
_LEAD = r"^\W*(?:and\s+|so\s+|ok\s+)?(?:the\s+|what(?:'s|\s+is)\s+the\s+)?"
_ASK_RES = (
    re.compile(rf"{_LEAD}{_LEFT}[,\s]+(?:the\s+)?{_STAT}\W*$", re.I),
    re.compile(rf"{_LEAD}{_STAT}[,\s]+{_LEFT}\W*$", re.I),
)
_OPS = {"avg": "average", "summed": "sum", "added up": "sum"}


def ex_spelt(question: str, entities: EntityIndex) -> str:
    """ "ex-Curon, mean?" -> "excluding Curon, mean?": "ex-" before a company of the table."""
    for mention in reversed(entities.find_companies(question).mentions):
        ex = _EX_RE.search(question[: mention.start])
        if ex is not None:
            question = f"{question[: ex.start()]}excluding {question[mention.start :]}"
    return question


def without_one(question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str) -> str:
    """``question`` asked over the set before with a company left out; itself when it is no such follow-up."""
    question = both_left_spelt(ex_spelt(question, entities), entities)
    said = next((found for pattern in _ASK_RES if (found := pattern.match(question))), None)
    if not earlier or said is None:
        return question
    own = read_slots(question, entities, corpus_end)
    if not own.excluded or own.mentions or own.periods or own.asset:
        return question
    before = read_slots(earlier[-1], entities, corpus_end)
    if not (before.op in ("sum", "average", "median", "find") or before.count) or before.single_deal:
        return question
    stat = re.sub(r"\s+", " ", said.group("stat").lower())
    return f"and the {_OPS.get(stat, stat)} of those {said.group('left').strip()}?"


_LEFT_OUT_RE = re.compile(r"\b(?:excluding|without|except(?:\s+for)?|minus|leaving\s+out)\s+(?:the\s+)?$", re.I)


def both_left_spelt(question: str, entities: EntityIndex) -> str:
    """ "excluding Merck and Pfizer" -> "excluding Merck and excluding Pfizer": one exclusion of the companies named
    side by side after it, which had read the second as a filter ("licensee Pfizer") or split into one ask each."""
    mentions = entities.find_companies(question).mentions
    for one, two in reversed(list(itertools.pairwise(mentions))):
        joined = re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", question[one.end : two.start], re.I)
        lead = mentions[: mentions.index(one) + 1]
        first = next((m for m in reversed(lead) if _LEFT_OUT_RE.search(question[: m.start])), None)
        chained = first is not None and all(
            re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", question[a.end : b.start], re.I)
            for a, b in itertools.pairwise(lead[lead.index(first) :])
        )
        if joined and chained:
            question = f"{question[: one.end]} and excluding {question[two.start :]}"
    return question
