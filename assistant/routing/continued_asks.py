"""A second question said as a noun phrase after "and also" / "and then" (outsider79, dictated by voice).

"what were the total milestones in the curon merck deal and also the lanova merck milestones" asks two
questions, the second without its question words; "what was the biggest upfront in 2024 and then the biggest in
2025" asks the first again for another year. ``continued`` writes the question words into the second part, so
the splitter asks each ("... deal and what were the lanova merck milestones"); when the second part only names
another year for words the first already says, the first is asked again for that year ("... in 2024 and what
was the biggest upfront in 2025"). Both parts must name their own company or year: "what was the upfront and
also the total on the Hengrui GSK deal" asks two figures of one deal and comes back unchanged.
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
    first_years, second_years = _YEAR_RE.findall(first), _YEAR_RE.findall(second)
    said = _YEAR_RE.sub(" ", re.sub(r"\b(?:\w+[\s-]?wise|which\s+(?:deals?|ones?))\b", " ", second, flags=_I))
    rest = set(said.lower().split()) - {"the", "one", "ones", "deal", "deals"}  # "deal wise which deals": asked
    if len(first_years) == 1 and len(second_years) == 1 and rest <= set(first.lower().split()):
        second = _YEAR_RE.sub(second_years[0], first)  # "and then the biggest in 2025": the first, for 2025
    return f"{match.group('pre') or ''}{lead} {first} and {lead} {second}?"
