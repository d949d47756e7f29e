"""Words that carry no content: an elliptical follow-up ("and 2024?", "what about Takeda?") has few others."""

from __future__ import annotations

import re

_FILLER_TEXT = """and what about how the a an of for in on with same question also or then now ok okay please it its they their
    them this that deal deals one was were is are did does do so too then again instead"""
_FILLER = frozenset(_FILLER_TEXT.split())


def uncovered_words(question: str, covered: list[tuple[int, int]]) -> int:
    """Words outside the covered spans (entities, periods, metrics) and not filler: few make an elliptical follow-up."""
    return sum(
        1
        for match in re.finditer(r"[^\W\d_]+", question)
        if not any(s <= match.start() < e for s, e in covered) and match.group().lower() not in _FILLER
    )
