"""A short follow-up that carries the previous sum to a new company: "vs AZ?" after "msd 2024 upfronts, total",
"how much of that was hansoh" after "gsk total UF to china, all yrs".

Alone, "vs AZ?" names one company and no measure, and was read as "AstraZeneca's deal: which one?";
"how much of that was hansoh" as one Hansoh deal's upfront. After a question that sums one measure for one
company, the follow-up is that sum asked again: "vs X" sets X's sum beside it (same measure, same period,
X in the same place of the question), and "how much of that was X" keeps only the deals with X. The
follow-up is rewritten into that question, which the router plans as if it had been asked whole (and the
standalone question shows it).
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex

_I = re.IGNORECASE
_LEAD = r"^\s*(?:(?:and|so|ok(?:ay)?|then|now|also)\b[,\s]*)*"
_NAME = "\x00"  # where the one company named stood
_END = r"(?:'s|’s)?\s*[?？.!]*\s*$"
# "vs AZ?", "versus novartis?", "and compared with gsk?", "against roche?"
_VERSUS_RE = re.compile(
    rf"{_LEAD}(?:vs\.?|versus|(?:how\s+about\s+)?compared\s+(?:with|to)|against|relative\s+to)\s+{_NAME}{_END}", _I
)
# "how much of that was hansoh", "how much of that went to argo?", "and how much of it came from medilink?"
_PART_OF_IT_RE = re.compile(
    rf"{_LEAD}how\s+much\s+of\s+(?:that|it|this|those|the\s+total|that\s+total|the\s+sum)\s+"
    rf"(?:(?:was|is|were|went|came|come|comes|is\s+from|was\s+from)\s+)?(?:(?:to|from|for|with|paid\s+to)\s+)?{_NAME}{_END}",
    _I,
)
# The question before sums one money measure: "msd 2024 upfronts, total", "roche upfronts in 2024, summed".
_SUM_RE = re.compile(r"\b(?:total|sum(?:med)?|combined|in\s+all|altogether|aggregate|cumulative)\b", _I)
_MEASURE_RE = re.compile(
    r"\b(?:up[\s-]?fronts?|ufs?|milestones?|ms|bio[\s-]?bucks|equity|deal\s+values?|values?|headline)\b", _I
)
_COUNT_RE = re.compile(r"\bhow\s+many\b|#|\bnumber\s+of\b|\bcount\b|\bwhich\b|\brank", _I)


def carried(question: str, earlier: tuple[str, ...], entities: EntityIndex) -> str:
    """``question`` as the whole question it asks after the earlier questions; unchanged when it is no such
    follow-up."""
    if not earlier:
        return question
    named = entities.find_companies(question).mentions
    if len(named) != 1:
        return question
    mention = named[0]
    blanked = question[: mention.start] + _NAME + question[mention.end :]
    versus, part = _VERSUS_RE.match(blanked), _PART_OF_IT_RE.match(blanked)
    if not (versus or part):
        return question
    before = earlier[-1].strip().rstrip("?？.! ")
    said = entities.find_companies(before).mentions
    companies = {m.name for m in said}
    if len(companies) != 1 or mention.name in companies or not _sums_one_measure(before):
        return question
    written = question[mention.start : mention.end]
    if versus:  # the same sum said again of the new company: "A's 2025 upfronts versus GSK's 2025 upfronts"
        first = said[0]
        return f"{before} versus {before[: first.start]}{written}{before[first.end :]}?"
    return f"{before}, only the deals with {written}?"


def _sums_one_measure(text: str) -> bool:
    """A sum of one money measure, not a count, a ranking or a list."""
    return bool(_SUM_RE.search(text) and _MEASURE_RE.search(text) and not _COUNT_RE.search(text))
