"""An answer's text as the evaluator reads it: sentences, [n] markers, numbers and values.

Kept apart from the composer's own sentence splitter on purpose, so the evaluator does
not share the composer's blind spots.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel

from assistant.answer import Answer, AnswerFigure
from assistant.money import Qualifier, _qualifier_before, find_money, find_numbers

MARKER_RE = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ISO_DATE_RE = re.compile(r"\b((?:19|20)\d{2})-\d{2}-\d{2}\b")
_MONTH_DAY_YEAR_RE = re.compile(r"\b" + _MONTH + r"\s+\d{1,2},?\s+((?:19|20)\d{2})\b")
_DAY_MONTH_YEAR_RE = re.compile(r"\b\d{1,2}\s+" + _MONTH + r"\s+((?:19|20)\d{2})\b")
# Drug codes and names with digits ("HRS-1893", "PD-1", "3SBio", "1st") are names, not figures.
_CODE_RE = re.compile(r"\b[A-Za-z]+-\d[\w-]*")
_GLUED_RE = re.compile(r"(?<![\w$.,])\d+(?!(?:bn|b|mn|mln|m|k|tn|x)\b)[A-Za-z][\w-]*")
# List numbers ("1. Merck & Co.: ...", also inline after a colon or a full stop) are not figures.
_ENUMERATOR_RE = re.compile(r"(?m)(?:^\s*|(?<=[:.;]\s))\d{1,2}[.)]\s+(?=[A-Z(\"“])")
_LONE_ENUMERATOR_RE = re.compile(r"^\d{1,2}[.)]$")
_TRAILING_ENUMERATOR_RE = re.compile(r"(?<=[:;]\s)\d{1,2}\.$")
_YEAR_RE = re.compile(r"\b(199\d|20[0-2]\d|203[0-5])\b")
_PERCENT_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)")
_PLAIN_RE = re.compile(r"(?<![\w.$])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\.?\d|,\d|\s?%|\s?percent)")
_NEAR_TERM_RE = re.compile(r"^[^.;]{0,40}near[-\s]term", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")
# "incl. Hong Kong" and "Merck & Co. Inc" do not end a sentence.
_ABBREVIATION_RE = re.compile(r"\b(?:incl|e\.g|i\.e|vs|approx|Inc|Co|Corp|Ltd|No|U\.S|Dr|Mr|Ms|St|Jr)\.$")


class Found(BaseModel):
    """A value read from an answer, from a figure or from its text."""

    value: Decimal
    unit: str
    qualifier: Qualifier
    source: Literal["figure", "text"]

    def render(self) -> str:
        return f"{self.value} {self.unit} ({self.qualifier}, {self.source})"


def claim_text(text: str) -> str:
    """Text with markers, drug codes, list enumerators removed and dates reduced to their year."""
    text = MARKER_RE.sub(" ", text)
    text = _ISO_DATE_RE.sub(r"\1", text)
    text = _MONTH_DAY_YEAR_RE.sub(r"\1", text)
    text = _DAY_MONTH_YEAR_RE.sub(r"\1", text)
    text = _CODE_RE.sub(" ", text)
    text = _GLUED_RE.sub(" ", text)
    return _ENUMERATOR_RE.sub(" ", text)


def numbers_in(text: str) -> list[Decimal]:
    """Numbers of ``text`` in base units ("$1.25 billion" == "1,250 million" == 1250000000)."""
    return find_numbers(claim_text(text))


def sentences(text: str) -> list[str]:
    """Sentences of an answer; a period after a common abbreviation or a list number does not split."""
    pieces: list[str] = []
    carry = ""
    for raw in _SENTENCE_END_RE.split(text.strip()):
        piece = f"{carry}{raw.strip()}"
        carry = ""
        trailing = _TRAILING_ENUMERATOR_RE.search(piece)
        if trailing:  # "... in our table: 1." -- the "1." starts the next sentence
            carry, piece = trailing.group(0) + " ", piece[: trailing.start()].rstrip()
        if pieces and (_ABBREVIATION_RE.search(pieces[-1]) or _LONE_ENUMERATOR_RE.match(pieces[-1])):
            pieces[-1] = f"{pieces[-1]} {piece}"
        elif piece:
            pieces.append(piece)
    if carry.strip():
        pieces.append(carry.strip())
    return pieces


def year_of(published: str) -> set[Decimal]:
    match = _YEAR_RE.match(published)
    return {Decimal(match.group(1))} if match else set()


def markers_in(text: str) -> list[int]:
    return [int(n) for group in MARKER_RE.findall(text) for n in group.split(",")]


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
            if qualifier == "exact" and _NEAR_TERM_RE.search(text[mention.end :]):
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
    qualifier = _qualifier_before(text, match.start()) or "exact"
    return Found(value=value, unit=unit, qualifier=qualifier, source="text")
