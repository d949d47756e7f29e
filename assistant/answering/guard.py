"""The number guard: LLM prose may only state figures found in its evidence.

Every number in a sentence must equal a tool figure or a number in a passage the
sentence cites ("$1.25 billion" and "1,250 million" are the same number). Every
``[n]`` must point to a real citation. A sentence that fails is dropped; if nothing
survives, the extractive answer stands.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field

from assistant.answer import AnswerFigure, Citation
from assistant.money import numbers_in
from assistant.text import CLOSING_MARKERS_RE, markers_in, split_sentences


class GuardReport(BaseModel):
    text: str
    kept: int = 0
    dropped: list[dict[str, str]] = Field(default_factory=list)
    fallback: bool = False


def _numbers(text: str) -> set[Decimal]:
    return set(numbers_in(text))


def guard_prose(prose: str, citations: list[Citation], figures: list[AnswerFigure]) -> GuardReport:
    """Keep the sentences of ``prose`` whose numbers and markers the evidence supports."""
    by_n = {c.n: c for c in citations}
    figure_values = {f.value for f in figures if f.value is not None}
    kept: list[str] = []
    report = GuardReport(text="")
    lines = [line.strip() for line in prose.strip().splitlines() if line.strip()]
    for sentence in (s for line in lines for s in split_sentences(line)):
        cited = markers_in(sentence)
        if not cited:
            report.dropped.append({"sentence": sentence, "reason": "no citation marker"})
            continue
        if not CLOSING_MARKERS_RE.search(sentence):
            # "[1] Pfizer paid..." is an echo of the evidence list, not a cited sentence.
            report.dropped.append({"sentence": sentence, "reason": "markers do not close the sentence"})
            continue
        missing = [n for n in cited if n not in by_n]
        if missing:
            report.dropped.append({"sentence": sentence, "reason": f"cites [{missing[0]}], which does not exist"})
            continue
        allowed = set(figure_values)
        for n in cited:
            allowed |= _numbers(by_n[n].quote)
        unsupported = sorted(_numbers(sentence) - allowed)
        if unsupported:
            report.dropped.append({"sentence": sentence, "reason": f"number {unsupported[0]} is not in the evidence"})
            continue
        kept.append(sentence)
    report.kept = len(kept)
    report.text = " ".join(kept)
    report.fallback = not kept
    return report
