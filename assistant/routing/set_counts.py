"""A count with a bound after a sum over a set: "how many had a bigger upfront than 500m" after "sum of all
upfronts on 2024 deals in your table?"; "how many exceeded 400m" after "mean upfront for 2025 deals?".

"How many had/were/got ..." with a money bound and no subject of its own (no company, asset or period)
counts the deals of the sum, average or count before it that pass the bound: it is asked as "how many
of them had ...", which the follow-up readers narrow the earlier set with. A bound said with no measure
("how many were larger than 300m" after a sum of upfronts) is on the measure summed before.

Not taken: after a question about one deal ("how many had an upfront above $1bn?" after the 3SBio-Pfizer
upfront counts every deal), a question that names its own subject, or one with no bound.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots

# "how many had", "and how many deals were", "so how many carried": no subject said before the verb
_HOW_MANY_RE = re.compile(
    r"^\s*(?:(?:and|so|ok(?:ay)?)[,\s]+)?how many\s+(?:deals\s+|ones\s+)?(had|were|got|carried)\b", re.I
)
_MEASURE_WORDS = {"upfront": "an upfront", "milestones": "milestones"}
# "how many exceeded 400m", "how many topped $1bn": a verb that is itself the bound's "above", read as "were above"
_ABOVE_VERB_RE = re.compile(
    r"^(\s*(?:(?:and|so|ok(?:ay)?)[,\s]+)?how many\s+(?:deals\s+|ones\s+)?)"
    r"(?:exceeded|topped|surpassed|passed|cleared|crossed|beat|went\s+(?:over|above)|came\s+in\s+(?:over|above))\s+",
    re.I,
)


def counted_among_those(question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str) -> str:
    """``question`` as a count among the earlier set's deals; itself when it is no such follow-up.
    "how many were larger than 300m" after "sum of Merck's 2024 upfronts" -> "how many of them had an
    upfront larger than 300m"."""
    if earlier:
        question = _ABOVE_VERB_RE.sub(r"\1were above ", question, count=1)
    said = _HOW_MANY_RE.match(question)
    if not earlier or said is None:
        return question
    own = read_slots(question, entities, corpus_end)
    if own.mentions or own.asset or own.periods or not own.has_filters:
        return question
    before = read_slots(earlier[-1], entities, corpus_end)
    if not (before.op in ("sum", "average", "median") or before.count) or before.single_deal:
        return question
    rest = question[said.end(1) :]
    bare = not own.bounds and not own.metrics and (own.min_total or own.max_total)
    if bare and before.metric in _MEASURE_WORDS and said.group(1).lower() == "were":
        return f"{question[: said.start(1)]}of them had {_MEASURE_WORDS[before.metric]}{rest}"
    return f"{question[: said.start(1)]}of them {question[said.start(1) :]}"
