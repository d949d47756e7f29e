"""The place of a deal in a pair's tally, stated by a quoted sentence, as the answer's count figure.

"So is the Feb 2026 Innovent/Lilly agreement their sixth partnership?" was answered with the right sentence ("The
February 2026 agreement is the seventh collaboration between Innovent Biologics and Eli Lilly") but no figure,
so the only number a reader's tool found in the answer was another sentence's "phase 2". When the question asks
a deal's place in the pair's tally (``answer_types`` kind "tally") and a quoted sentence states it as an ordinal
("seventh collaboration", "third licensing deal"), the answer carries that place as a count, cited to that
sentence. A question for the earlier deals ("how many previous deals") gets none: the place is one more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from assistant.answer import AnswerFigure, Citation
from assistant.answering.answer_types import wanted_type

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# "the seventh collaboration between", "the third licensing deal between", "their 4th tie-up"
_PLACE_RE = re.compile(
    r"\b(?P<word>" + "|".join(_ORDINALS) + r"|(?P<digits>\d{1,2})(?:st|nd|rd|th))\s+(?:[a-z-]+\s+)?"
    r"(?:collaboration|deal|partnership|agreement|licen[cs]e|licensing deal|tie-up|pact)\b",
    re.IGNORECASE,
)
_EARLIER_RE = re.compile(r"\bhow many (?:previous|prior|earlier|other)\b|\bbefore (?:this|that|it)\b", re.IGNORECASE)
# "X is how many times Y?", "how many times larger": a ratio, not a tally ("how many times have they partnered")
_RATIO_RE = re.compile(
    r"\btimes\s+(?:more|larger|bigger|higher|greater|smaller|the size|as)\b|\bhow many times\b(?!\s+(?:have|has|had|did|do|does)\b)|"
    r"\bmultiple\b|\bratio\b",
    re.IGNORECASE,
)


def place_stated(sentence: str) -> int | None:
    """The tally place a sentence states ("the seventh collaboration": 7), or None."""
    match = _PLACE_RE.search(sentence)
    if match is None:
        return None
    if match.group("digits"):
        return int(match.group("digits"))
    return _ORDINALS.index(match.group("word").lower()) + 1


def tally_figures(query: str, citations: Sequence[Citation]) -> list[AnswerFigure]:
    """The count figure for a question asking a deal's place in its pair's tally: the first quoted sentence
    stating one, cited to it; none for other questions."""
    if wanted_type(query) != "tally" or _EARLIER_RE.search(query) or _RATIO_RE.search(query):
        return []
    for citation in citations:
        place = place_stated(citation.quote)
        if place is not None:
            return [
                AnswerFigure(
                    label="the deal's place among the pair's deals, as the article states it",
                    value=Decimal(place),
                    currency=None,
                    unit="count",
                    qualifier="exact",
                    expression=f"{_ORDINALS[place - 1] if place <= len(_ORDINALS) else place} deal of the pair",
                    citations=[citation.n],
                )
            ]
    return []
