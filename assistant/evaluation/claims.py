"""An answer's values as the evaluator reads them, from its figures or its text.

Sentences, markers and numbers are read with ``assistant.text`` and ``money.numbers_in``, the
same reading the guard and the composer use; the judgement (which value answers) is the
evaluator's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel

from assistant.answer import Answer, AnswerFigure
from assistant.money import Qualifier, find_money, qualifier_before
from assistant.text import claim_text, near_term_after

_YEAR_RE = re.compile(r"\b(199\d|20[0-2]\d|203[0-5])\b")
_PERCENT_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)")
_PLAIN_RE = re.compile(r"(?<![\w.$])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\.?\d|,\d|\s?%|\s?percent)")


class Found(BaseModel):
    """A value read from an answer, from a figure or from its text."""

    value: Decimal
    unit: str
    qualifier: Qualifier
    source: Literal["figure", "text"]

    def render(self) -> str:
        return f"{self.value} {self.unit} ({self.qualifier}, {self.source})"


def year_of(published: str) -> set[Decimal]:
    match = _YEAR_RE.match(published)
    return {Decimal(match.group(1))} if match else set()


def figure_numbers(figures: Iterable[AnswerFigure]) -> set[Decimal]:
    """Figure values (a share also x100 and /100) and the years their labels name."""
    values: set[Decimal] = set()
    for figure in figures:
        values |= {Decimal(year) for year in _YEAR_RE.findall(figure.label)}
        if figure.value is None:
            continue
        values.add(figure.value)
        if figure.unit in ("percent", "ratio"):
            # A share may be stored as 0.52 and written as 52%, or the other way round.
            values |= {figure.value * 100, figure.value / 100}
    return values


def extract_values(answer: Answer, unit: str) -> list[Found]:
    """Values of ``unit`` the answer states: its figures when it has any of that unit, else its text."""
    figures = [
        Found(value=f.value, unit=f.unit, qualifier=f.qualifier, source="figure")
        for f in answer.figures
        if f.value is not None and f.unit == unit and (unit != "USD" or f.currency in (None, "USD"))
    ]
    if figures:
        return figures
    text = claim_text(answer.answer)
    found: list[Found] = []
    if unit == "USD":
        for mention in find_money(text):
            if mention.amount is None or mention.currency != "USD":
                continue
            qualifier = mention.qualifier
            if qualifier == "exact" and near_term_after(text[mention.end :]):
                qualifier = "incl_near_term"
            found.append(Found(value=mention.amount, unit="USD", qualifier=qualifier, source="text"))
        return found
    if unit == "percent":
        for match in _PERCENT_RE.finditer(text):
            found.append(_text_found(text, match, "percent"))
        return found
    money_spans = [(m.start, m.end) for m in find_money(text)]
    for match in _PLAIN_RE.finditer(text):
        if any(start <= match.start() < end for start, end in money_spans):
            continue
        digits = match.group(1)
        if unit == "count" and ("." in digits or _YEAR_RE.fullmatch(digits)):
            continue
        found.append(_text_found(text, match, unit))
    return found


def _text_found(text: str, match: re.Match[str], unit: str) -> Found:
    value = Decimal(match.group(1).replace(",", ""))
    qualifier = qualifier_before(text, match.start()) or "exact"
    return Found(value=value, unit=unit, qualifier=qualifier, source="text")
