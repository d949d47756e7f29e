"""Quoted sentences and the figures they speak of: no sentence about a figure the reader cannot see.

"AstraZeneca paid that sum for newly issued Harbour BioMed shares" means nothing without the
sentence before it ("an equity investment of $105 million"); quoted after a sentence about a
$2.5 billion pledge it reads as if AstraZeneca paid $2.5 billion for the shares. A sentence that
points back at a figure comes with the sentence it points at. And a claim put to us ("Did Beijing
firms really do $2.5B of deals with AstraZeneca?") is answered by the sentences about the figure
claimed: once a chosen sentence states that figure, sentences about other figures are padding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TypeVar

from assistant.money import find_money
from assistant.routing.checks import CLAIM_RE

# "that sum", "this amount", "the same figure": a sentence that names its figure only by pointing back
BACK_REFERENCE_RE = re.compile(
    r"\b(?:that|this|the same|the said)\s+(?:sum|amount|figure|payment|price|investment|total)\b|"
    # "recorded as closed on that date": a day named only by pointing back (outsider27)
    r"\b(?:on|as of|from|since|by)\s+(?:that|this|the same)\s+(?:date|day)\b",
    re.IGNORECASE,
)

Item = TypeVar("Item", bound=tuple[int, int, str, object])


def points_back(sentence: str) -> bool:
    """The sentence names a figure only by pointing at an earlier sentence's."""
    return bool(BACK_REFERENCE_RE.search(sentence))


def amounts(text: str) -> set[Decimal]:
    return {mention.amount for mention in find_money(text) if mention.amount is not None}


def with_antecedents(chosen: Sequence[Item], sentences: dict[tuple[int, int], Item]) -> list[Item]:
    """Each chosen sentence that points back at a figure, preceded by the sentence it points at (the
    one before it in its passage) when that one is not chosen already; without one (the first sentence
    of its passage) it is left out."""
    have = {(item[0], item[1]) for item in chosen}
    kept: list[Item] = []
    for item in chosen:
        before = (item[0], item[1] - 1)
        if points_back(item[2]) and before not in have:
            if before not in sentences:
                continue
            have.add(before)
            kept.append(sentences[before])
        kept.append(item)
    return kept


# A span stating a figure the question quotes ("why do some articles say that deal is only 4.7 billion?") is the one
# that explains it: "Some outlets gave a figure of $4.7 billion, which leaves out the sales milestones".
QUOTED_FIGURE_BONUS = 0.5


def quoted_figure_bonus(asked: set[Decimal], text: str) -> float:
    """``QUOTED_FIGURE_BONUS`` when ``text`` states one of the amounts the question quotes (``asked``)."""
    return QUOTED_FIGURE_BONUS if asked and amounts(text) & asked else 0.0


def on_the_claimed_figure(query: str, chosen: Sequence[Item]) -> list[Item]:
    """For a claim stating a figure ("really", "is it true", "someone wrote"): when a chosen sentence
    states that figure, the sentences stating or pointing at another figure are dropped."""
    if not CLAIM_RE.search(query):
        return list(chosen)
    claimed = amounts(query)
    if not claimed or not any(amounts(item[2]) & claimed for item in chosen):
        return list(chosen)
    return [item for item in chosen if amounts(item[2]) & claimed or not (amounts(item[2]) or points_back(item[2]))]
