"""Two figures of two deals asked in one clause, with no wh-word before the second (issue 11, class 1).

- **A list of two deals' figures.** "Need two numbers: 3SBio-Pfizer upfront, and RemeGen-AbbVie total value": the
  second ask opens with the other deal's names, not "the <measure>", so ``shared_scope.noun_asks`` kept it whole and
  only the first deal was answered.
- **One company's two deals.** "What was the upfront in Harbour BioMed's Otsuka deal and the milestones in its BMS
  deal?": no comma before "and the milestones", and "its" is the first part's company. The later part is asked with
  the first part's opening ("What was") and that company's name in place of "its".

A sum, a comparison or a gap of the two ("the combined upfront of X and Y", "compare ...") is one question and is
never split. ``two_asks`` runs in ``decompose.split_parts`` after ``noun_asks``; the examples are the tests
(``tests/test_two_part_asks.py``).
"""

from __future__ import annotations

import re

from assistant.routing.shared_scope import Spans
from assistant.routing.wording import REPORTER_RE, TABLE_RE

_I = re.IGNORECASE
_MEASURE = (
    r"(?:up[\s-]?fronts?|milestones?(?:\s+payments?)?|total(?:\s+(?:deal\s+)?value)?|headline(?:\s+value)?|"
    r"deal\s+value|biobucks|equity(?:\s+stake)?)"
)
_MEASURE_RE = re.compile(rf"\b{_MEASURE}\b", _I)
# ", and <names>" (the second deal named first) or " and the <measure> ... its|<names>" (no comma)
_COMMA_AND_RE = re.compile(r",\s*and\s+(?:also\s+)?(?:the\s+)?(?!what\b|how\b|which\b|who\b)", _I)
_AND_THE_MEASURE_RE = re.compile(rf"\s+and\s+(?=the\s+{_MEASURE}\s+(?:in|of|from|for|on)\s)", _I)
# the two figures taken together are one question: a sum, a comparison, a gap, a ratio
_ONE_FIGURE_RE = re.compile(
    r"\b(?:sum|add(?:ed)?|combined|together|total of|altogether|compare\w*|versus|vs\.?|differ\w*|gap|ratio|"
    r"more than|less than|bigger|larger|smaller|higher|lower|between|both)\b",
    _I,
)
_OPENING_RE = re.compile(r"^\s*((?:what|how much)\s+(?:was|were|is|are|'s)|what's)\s+", _I)
_ITS_RE = re.compile(r"\bits\b", _I)
# "..., and how many in 2025?": the counted thing left out, a period named instead
_BARE_COUNT_RE = re.compile(r"^\s*(how many)\s+(?=(?:in|for|from|during|over|since)\b)", _I)


def table_count_kept(parts: list[str]) -> list[str]:
    """A later bare count ("how many in 2025?") after a first part counting our rows ("how many deals in your
    table were announced in 2024") counts our rows too, not a tracker's deals."""
    if len(parts) < 2 or not TABLE_RE.search(parts[0]) or REPORTER_RE.search(parts[0]):
        return parts
    kept = parts[:1]
    for part in parts[1:]:
        bare = _BARE_COUNT_RE.match(part)
        if bare and not (TABLE_RE.search(part) or REPORTER_RE.search(part)):
            part = f"{bare.group(1)} deals in our table {part[bare.end() :]}"
            part = part[:1].upper() + part[1:]
        kept.append(part)
    return kept


def two_asks(parts: list[str], spans: Spans | None) -> list[str]:
    """Each part that asks two deals' figures in one clause, split into one question a deal."""
    if spans is None:
        return parts
    return [piece for part in parts for piece in _split(part, spans)]


def _split(part: str, spans: Spans) -> list[str]:
    if _ONE_FIGURE_RE.search(part):
        return [part]
    for join in (*_COMMA_AND_RE.finditer(part), *_AND_THE_MEASURE_RE.finditer(part)):
        before, after = part[: join.start()], part[join.end() :]
        if not (_MEASURE_RE.search(before) and _MEASURE_RE.search(after) and spans(before)):
            continue
        named_after = spans(after)
        if join.re is _COMMA_AND_RE and not (named_after and named_after[0][0] == 0):
            continue  # ", and (the) <names> <measure>": the second ask opens with its deal's names
        if join.re is _AND_THE_MEASURE_RE and not (named_after or _ITS_RE.search(after)):
            continue
        if _same_names(before, after, spans):
            continue  # one deal's two figures: one question answers both
        return [before.strip(), _asked_alone(after, before, spans)]
    return [part]


def _asked_alone(after: str, before: str, spans: Spans) -> str:
    """The later ask as a question of its own: the first part's opening before it, "its" the first company."""
    first = spans(before)[0]
    owner = before[first[0] : first[1]]
    after = _ITS_RE.sub(f"{owner}'s", after.strip(), count=1)
    opening = _OPENING_RE.match(before)
    if opening:
        return f"{opening.group(1)} {after}"
    return after[:1].upper() + after[1:]


def _same_names(before: str, after: str, spans: Spans) -> bool:
    first = {before[start:end].lower() for start, end in spans(before)}
    return bool(first) and all(after[start:end].lower() in first for start, end in spans(after))
