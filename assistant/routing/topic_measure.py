"""A measure said only in a headline before the question that asks which of two companies got more of it.

"2025 upfronts: did 恒瑞医药 or 信达生物 bring in more, and what's the gap?" (outsider76) read "Hengrui or
Innovent" as one deal between them and found none; the same question with the measure after "more" ("did
Hengrui or Innovent bring in more 2025 upfronts, ...") compares the two companies' 2025 upfront sums. A
headline of a measure and at most a period ("2025 upfronts", "Milestones in 2024", "H1 2025 headline value"),
before a colon or dash, is moved after the first "more"/"less" of a question naming two companies (or a
Chinese name pair) and no measure of its own:

    "2024 milestones: did Hansoh or Hengrui get more?" -> "did Hansoh or Hengrui get more 2024 milestones?"

Not moved: a headline naming a company ("Merck 2024: ..."), a question with its own measure ("2025
upfronts: who got more deals, A or B?" keeps the count), or one without two companies.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots

# "2025 upfronts: ...", "Milestones in 2024 — ...": a short headline, then the question
_HEADLINE_RE = re.compile(r"^\s*([^:?—–]{3,40}?)\s*(?::|\s[—–-]\s)\s*(?=\S)")
_MORE_RE = re.compile(r"\b(?:more|less|fewer)\b", re.IGNORECASE)
_TWO_SIDES_RE = re.compile(r"\b(?:or|vs\.?|versus)\b", re.IGNORECASE)


def measure_after_more(question: str, entities: EntityIndex, corpus_end: str) -> str:
    """``question`` with a measure headline moved after "more" when the question asks which of two companies
    got more of it; ``question`` otherwise."""
    head = _HEADLINE_RE.match(question)
    if head is None:
        return question
    body = question[head.end() :]
    more = _MORE_RE.search(body)
    if more is None or not _TWO_SIDES_RE.search(body[: more.start()] + body[more.end() :]):
        return question
    said = read_slots(head.group(1), entities, corpus_end)
    if not said.metrics or said.mentions or said.assets:
        return question
    words = re.sub(r"\b20[12]\d\b|\b(?:in|of|for|the)\b", " ", head.group(1).lower())
    measure_span = " ".join(words.split())
    if len(measure_span.split()) > 3:
        return question  # more than a measure and a period: a scene, read whole
    asked = read_slots(body, entities, corpus_end)
    if asked.metrics or asked.count or len({m.name for m in asked.mentions}) != 2:
        return question
    return f"{body[: more.end()]} {head.group(1).strip()}{body[more.end() :]}"
