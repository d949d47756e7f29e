"""Years said only to bring deals in, never to filter them (the scope class of outsider39-43).

- **Rows included**: "all years include 2023", "whole table incl pre-2024", "including the two 2023 GSK
  ones", "all years incl the 2022-23 context deals": the year after an including word adds rows, so the
  question asks about every year (the pre-2024 context rows among them) and no period filters the deals.
  It had answered for 2023 alone, or for the deals before 2024.
- **Rows added after a comma**: "add up everything Merck paid upfront, the 2022 Kelun deals too",
  "..., the 2023 ones included": a clause naming deals that ends in "too", "as well", "also" or
  "included" adds them in the same way.
- **Names in those clauses**: "Merck ..., the 2022 Kelun deals too", "all Hansoh upfronts, including the
  two 2023 GSK deals": a company inside the clause only says which rows must be in when another company
  stands outside it (it had summed the Kelun–Merck deals alone).

A clause that names a measure ("deals including equity in 2024", "including milestones paid in 2025")
keeps its year: there the year is when, not which rows; a clause with no year and no deals ("and what did
that include?") adds none; "counting" adds rows only when a year names them ("counting the 2022 Merck
ones", not "counting deals in 2024"). ``periods.find_periods`` leaves these years
out; ``our_rows.read_our_rows`` calls ``including_is_no_filter`` for the names; ``period_net``'s safety
net takes them as no period of the question. The examples are in ``tests/test_scope10.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.wording import MARKET_METRIC_RES, MODALITIES, STRONG_TEXT_RE

_I = re.IGNORECASE
_INCLUDING_RE = re.compile(r"\b(?:includ(?:e|es|ed|ing)|incl\b\.?|inclusive of|counting)\s*", _I)
# what an including clause adds: a year ("include 2023", "incl pre-2024") or rows ("the two GSK ADC deals")
_ROWS_RE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:deals?|ones|rows|transactions|agreements|licen[cs]es)\b", _I)
# "counting" adds rows only when a year names them ("counting the 2022 Merck ones"); "counting deals in 2024"
# counts that year's deals
_THE_YEARS_RE = re.compile(
    r"\b(?:the|its|their|those|these|both|all|two|three|four|five)\s+(?:[\w&-]+\s+)?(?:pre-|post-)?(?:19|20)\d\d\b", _I
)
# the clause after a comma: "the 2022 kelun deals too", "its two 2023 ones as well", "2023 included"
_ADDED_AFTER_RE = re.compile(
    r"(?<=[,;(])\s*([^,;()?!]*?(?:\b(?:deals?|ones|rows|transactions|agreements|licen[cs]es)\s+"
    r"(?:too|as well|also)\b|\bincluded\b))",
    _I,
)
# the main clause resumed with the year of the deals asked: "deals including options were signed in 2024"; "the
# deals from 2023", "those signed in 2023" still add rows
_SIGNED_IN_RE = re.compile(r"\b(?:were|was|are|is)\s+(?:\w+\s+)?(?:in|during|since|from|for)\s+(?:19|20)\d\d\b", _I)
# where an including clause ends: a comma, a bracket, a question mark, a spaced or long dash, a full stop
_BOUNDARY_RE = re.compile(r"[,;()?!]|\s[-–—]\s|[—–]|\.(?:\s|$)")
# a measure inside the clause makes its year the time of a payment, not rows added
_MEASURE_RE = re.compile(
    r"\b(?:upfronts?|milestones?|royalt\w*|equity|payments?|paid|value|worth|headline|sales|revenues?)\b", _I
)


def added_rows(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that only add rows: "incl pre-2024", ", the 2022 kelun deals too"."""
    spans = []
    for including in _INCLUDING_RE.finditer(text):
        stop = _BOUNDARY_RE.search(text, including.end())
        end = stop.start() if stop else len(text)
        clause = text[including.end() : end]
        counting = including.group().lower().startswith("counting")
        if _MEASURE_RE.search(clause) or not (_THE_YEARS_RE if counting else _ROWS_RE).search(clause):
            continue  # "what did that include?", "counting deals in 2024": no rows added
        if _SIGNED_IN_RE.search(clause):
            continue  # "deals including options were signed in 2024": the year is when, not rows added
        spans.append((including.start(), end))
    spans.extend(added.span(1) for added in _ADDED_AFTER_RE.finditer(text))
    return spans


def inside(spans: list[tuple[int, int]], start: int) -> bool:
    return any(begin <= start < end for begin, end in spans)


def including_is_no_filter(slots: Any, text: str) -> None:
    """ "all Hansoh upfronts, including the two 2023 GSK deals": the companies (and years) inside a
    clause of rows added are no filter, when a company outside it is asked about; nor are its other
    words ("including the two GSK ADC deals ... kept as background": no ADC filter, no article asked
    for background, no money kept after a termination)."""
    spans = added_rows(text)
    if not spans:
        return
    rest = text
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    if slots.modality:
        slots.modality = next((name for name, pattern in MODALITIES if pattern.search(rest)), None)
    if slots.market_metric:
        slots.market_metric = next((name for name, pattern in MARKET_METRIC_RES if pattern.search(rest)), None)
    slots.strong_text = slots.strong_text and bool(STRONG_TEXT_RE.search(rest))
    inner = [m for m in slots.mentions if inside(spans, m.start)]
    outer = [m for m in slots.mentions if not inside(spans, m.start)]
    if not inner or not outer:
        return
    slots.mentions = outer
    slots.periods = [p for p in slots.periods if not inside(spans, p.start)]
    clause_words = " ".join(text[start:end] for start, end in spans)
    slots.single_deal = slots.single_deal and not re.search(r"\bdeal\b", clause_words, _I)
    if slots.op is None and slots.metrics and not slots.count:
        slots.op = "sum"  # "all Hengrui upfronts, including ...": a set of deals, so their sum
