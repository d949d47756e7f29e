"""Two asks in one sentence that share its opening scope, or that are two noun phrases (outsider26's class 1).

- **A scope said once, before both asks.** "For 2025 in your table: what was the biggest deal, and which licensor
  piled up the most value?", "In 2024, what was the largest deal, and which licensee spent the most upfront?",
  "Hengrui vs Hansoh since 2024: who signed more deals, and whose upfronts add up to more?". Split at the second
  ask, the later part lost the opening's period and companies and ranked every year, or was a tracker's figure.
  The opening (a period, or a colon-ended head naming a period) is said again before each later part that does
  not point back at the first ("..., and how does PharmCube's figure differ?" is a follow-up already).
- **Two figures as noun phrases.** "3SBio's upfront from PFE, and the headline value of Innovent's Takeda pact":
  no wh-word opens the second ask, so it was never split and only the first deal was answered. A later ", and the
  <measure> ..." naming a company of its own is a second question.

``shared_scope`` and ``noun_asks`` run in ``decompose.split_parts``; the examples are the tests
(``tests/test_outsider26_classes.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Spans = Callable[[str], list[tuple[int, int]]]

_I = re.IGNORECASE
_YEAR = (
    r"(?:(?:q[1-4]|h[12]|(?:the\s+)?(?:first|second)\s+half\s+of|full[- ]year|early|late|mid)[\s-]+)?(?:19|20)\d{2}\b"
)
# "In 2024, ...", "For 2025 in your table: ...", "Since 2024, ...", "Across your 2026 deals, ..."
_PERIOD_OPENING_RE = re.compile(
    rf"^\s*(?:in|for|during|since|over|across|through)\s+(?:the\s+(?:year\s+)?|(?:your|our|all(?:\s+the)?)\s+)?{_YEAR}[^,:?]{{0,30}}?\s*[,:]\s*",
    _I,
)
# "in 2024 who was the busiest buyer ... and which ...": a period opening straight onto a wh-word, unpunctuated
_PERIOD_BEFORE_WH_RE = re.compile(
    rf"^\s*(?:in|for|during|since|over|across)\s+(?:the\s+(?:year\s+)?)?{_YEAR}(?=\s+(?:who|whose|what|which|how)\b)",
    _I,
)
# "Hengrui vs Hansoh since 2024: ...": a short head before a colon
_COLON_HEAD_RE = re.compile(r"^\s*([^:?]{3,80}?)\s*:\s*(?=\S)")
_PERIOD_RE = re.compile(_YEAR, _I)
# a later part with a reach of its own keeps it: "..., and the biggest deal ever?"
_OWN_REACH_RE = re.compile(
    r"\b(?:in total|overall|ever|all[\s-]time|to date|so far|since|every year|each year|whole table|all years)\b", _I
)
# a later part that points back ("how does PharmCube's figure differ?", "which drugs were they?") is a follow-up
# of the first part, which keeps its scope already
_POINTS_BACK_RE = re.compile(
    r"\b(?:they|them|those|these|that|this|both|each|differ\w*|compare\w*|gap|versus|vs)\b", _I
)
_MEASURE = r"(?:up[\s-]?fronts?|milestones?|totals?|total value|headline(?: value| number| figure)?|deal value|values?|biobucks|worth|equity)"
_NOUN_ASK_RE = re.compile(rf",\s*and\s+(?=the\s+(?:[\w-]+\s+){{0,2}}?{_MEASURE}\b)", _I)


def shared_scope(parts: list[str], spans: Spans | None) -> list[str]:
    """Later parts with the first part's opening scope said before them; ``parts`` when it has none."""
    if len(parts) < 2:
        return parts
    opening = _PERIOD_OPENING_RE.match(parts[0]) or _PERIOD_BEFORE_WH_RE.match(parts[0])
    head = opening.group().strip().rstrip(",:").strip() if opening else None
    if head is None:
        colon = _COLON_HEAD_RE.match(parts[0])
        said = colon.group(1) if colon else ""
        if colon and len(said.split()) <= 8 and _PERIOD_RE.search(said):
            head = said.strip()
    if not head:
        return parts
    if spans and spans(parts[0][parts[0].find(head) + len(head) :]):
        # "In 2024, how many deals did Merck sign and what was the total upfront?": the later part is a follow-up
        # of the company the first names (its period carried with it), not the opening's whole market
        return parts
    out = parts[:1]
    for part in parts[1:]:
        if (
            _PERIOD_RE.search(part)
            or _OWN_REACH_RE.search(part)
            or _POINTS_BACK_RE.search(part)
            or (spans and spans(part))
        ):
            out.append(part)
        else:
            out.append(f"{head}: {part[:1].lower()}{part[1:]}")
    return out


def noun_asks(parts: list[str], spans: Spans | None) -> list[str]:
    """Each part with a later ", and the <measure> of <another company's deal>" split off as its own question."""
    if spans is None:
        return parts
    out: list[str] = []
    for part in parts:
        join = _NOUN_ASK_RE.search(part)
        before, after = (part[: join.start()], part[join.end() :]) if join else ("", "")
        if join and spans(before) and spans(after) and not _shares_names(before, after, spans):
            out += [before.strip(), after[:1].upper() + after[1:]]
        else:
            out.append(part)
    return out


def _shares_names(before: str, after: str, spans: Spans) -> bool:
    """Both pieces name the same company: one deal's two figures, which one question answers."""
    first = {before[start:end].lower() for start, end in spans(before)}
    return any(after[start:end].lower() in first for start, end in spans(after))
