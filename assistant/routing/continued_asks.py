"""A second question said as a noun phrase after "and also" / "and then" (outsider79, dictated by voice).

"what were the total milestones in the curon merck deal and also the lanova merck milestones" asks two
questions, the second without its question words; "what was the biggest upfront in 2024 and then the biggest in
2025" asks the first again for another year. ``continued`` writes the question words into the second part, so
the splitter asks each ("... deal and what were the lanova merck milestones"); when the second part only names
another year for words the first already says, the first is asked again for that year ("... in 2024 and what
was the biggest upfront in 2025"). A second part without a measure of its own keeps the first's measure and
statistic: another company ("the total upfront paid by merck and also the total by roche": Roche's upfronts)
or a statistic of its own ("the average upfront in 2024 and then the median in 2025": the median upfront; "the
second biggest in 2025": ranked by upfront). When the name it replaces is not one ("the upfront in the hengrui
gsk deal and then the merck one": Hengrui's side or GSK's?), the question comes back unchanged. Both parts must
name their own company or year: "what was the upfront and also the total on the Hengrui GSK deal" asks two
figures of one deal and comes back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_I = re.IGNORECASE
_CONTINUED_RE = re.compile(
    r"^(?P<pre>[^?]*?\s)?(?P<lead>(?:what|how\s+much|how\s+many|which|who)(?:\s+(?:was|were|is|are|did|do|does|'s))?)\s+"
    r"(?P<first>.+?)\s*,?\s+and\s+(?:also|then)\s+(?P<second>the\b[^?]+?)\s*\??\s*$",
    _I,
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_ASKING_RE = re.compile(r"\b(?:what|how|which|who|when|where)\b", _I)
# a measure said in the second part: it is asked as said ("and also the lanova merck milestones")
_MEASURE_RE = re.compile(
    r"\b(?:up[\s-]?fronts?|milestones?|royalt(?:y|ies)|(?:deal|total)\s+values?|deal\s+sizes?|terms|near[\s-]term)\b",
    _I,
)
_STATISTIC_WORDS = frozenset(
    [
        "second",
        "third",
        "fourth",
        "fifth",
        "2nd",
        "3rd",
        "4th",
        "5th",
        "biggest",
        "largest",
        "smallest",
        "highest",
        "lowest",
        "average",
        "mean",
        "median",
    ]
)
_STATISTIC_RE = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+)?(?:biggest|largest|smallest|highest|lowest|average|mean|median)\b",
    _I,
)

Spans = Callable[[str], list[tuple[int, int]]]


def _names(text: str, spans: Spans | None) -> bool:
    return bool(_YEAR_RE.search(text) or (spans and spans(text)))


def continued(question: str, spans: Spans | None = None) -> str:
    """``question`` with the second part's question words written in; any other question unchanged."""
    match = _CONTINUED_RE.match(question.strip())
    if match is None:
        return question
    lead, first, second = match.group("lead"), match.group("first"), match.group("second")
    if _ASKING_RE.search(second) and not re.search(r"\bwhich\s+(?:deals?|ones?)\s*$", second, _I):
        return question  # the second part asks for itself
    if not (_names((match.group("pre") or "") + first, spans) and _names(second, spans)):
        return question
    said = re.sub(r"\b(?:\w+[\s-]?wise|which\s+(?:deals?|ones?))\b", " ", second, flags=_I)  # "deal wise": asked
    for start, end in sorted(_spans_of(said, spans), reverse=True):
        said = said[:start] + " " + said[end:]
    rest = set(said.lower().split()) - {"the", "one", "ones", "deal", "deals"}
    new, base = rest - set(first.lower().split()), first
    if _MEASURE_RE.search(second) or "total" in new:  # "and also the lanova merck milestones", "the total in 2026"
        return f"{match.group('pre') or ''}{lead} {first} and {lead} {second}?"  # the second says its own measure
    stat, own = _STATISTIC_RE.search(first), _STATISTIC_RE.search(second)
    if new and not (stat and own and new <= _STATISTIC_WORDS):
        return question
    if stat and own:  # "the median in 2025", "the second biggest in 2025": the first's measure, this statistic
        base = first[: stat.start()] + own.group() + first[stat.end() :]
    second_asked = _swapped(base, second, spans)
    if second_asked is None:
        return question  # which of the first's names the second replaces is not one: the older path answers
    return f"{match.group('pre') or ''}{lead} {first} and {lead} {second_asked}?"


def _spans_of(text: str, spans: Spans | None) -> list[tuple[int, int]]:
    """The years and company names in ``text`` (character spans)."""
    return [m.span() for m in _YEAR_RE.finditer(text)] + (spans(text) if spans else [])


def _swapped(first: str, second: str, spans: Spans | None) -> str | None:
    """``first`` with its one year and its one company replaced by those ``second`` names ("the total upfront paid
    by merck", "the total by roche": "the total upfront paid by roche"); ``None`` when ``second`` names a year or
    a company and ``first`` has not exactly one of that kind to replace."""
    for find in (lambda text: [m.span() for m in _YEAR_RE.finditer(text)], spans or (lambda text: [])):
        said, had = find(second), find(first)
        if not said:
            continue
        if len(said) != 1 or len(had) != 1:
            return None
        (start, end), (new_start, new_end) = had[0], said[0]
        first = first[:start] + second[new_start:new_end] + first[end:]
    return first
