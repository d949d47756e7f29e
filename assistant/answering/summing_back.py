"""A quoted sentence that carries on from, or sums up, the sentences before it comes with them.

"Why do the trackers' totals disagree?" chose "And some report total potential deal value while others focus on
upfront payments. Because of these choices, their series are not interchangeable": the last of three reasons and
the conclusion drawn from them, without the first two ("Some count only licensors based in mainland China while
others cover Greater China", "Some count only straightforward licensing deals ..."). A sentence that opens by
carrying on ("And some ...", "Also ...") or by pointing back at what its paragraph said ("Because of these
choices", "For these reasons", "As a result", "These differences ...") is read with the sentences before it in its
paragraph, up to ``_BACK`` of them, in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

# "And some ...", "Because of these choices, ...", "For these reasons", "As a result", "These differences mean"
SUMS_BACK_RE = re.compile(
    r"^\s*(?:and|also|nor)\s+(?:some|others?|many|a few|several|the rest)\b|"
    r"^\s*(?:because of|given|owing to|due to|for|with|despite)\s+(?:these|those|such|all (?:these|this)|this|that)\s+"
    r"(?:\w+\s+)?(?:choices|differences|reasons|factors|rules|definitions|gaps|points|issues|changes|conventions)\b|"
    r"^\s*(?:as a result|for these reasons|for this reason|taken together|in short|in sum)\b",
    re.IGNORECASE,
)
_BACK = 3

Item = TypeVar("Item", bound=tuple[int, int, str, object])


def sums_back(sentence: str) -> bool:
    """The sentence carries on from, or draws a conclusion from, the sentences before it."""
    return bool(SUMS_BACK_RE.search(sentence))


def with_what_it_sums(chosen: Sequence[Item], sentences: dict[tuple[int, int], Item]) -> list[Item]:
    """Each chosen sentence that sums back, preceded by the up to ``_BACK`` sentences before it in its passage
    that are not chosen already (the nearest first chosen stops the walk: what comes before it is its own)."""
    have = {(item[0], item[1]) for item in chosen}
    kept: list[Item] = []
    for item in chosen:
        if sums_back(item[2]):
            before: list[Item] = []
            for back in range(1, _BACK + 1):
                place = (item[0], item[1] - back)
                if place in have or place not in sentences:
                    break
                before.insert(0, sentences[place])
                have.add(place)
            kept.extend(before)
        kept.append(item)
    return kept


def run_start(rank: int, position: int, chosen: Sequence[Item], sentences: dict[tuple[int, int], Item]) -> int:
    """Where the leading sentence's run starts: when it sums back, the first of the chosen sentences just
    before it in its passage, so that what it carries on from is read first."""
    if (rank, position) not in sentences or not sums_back(sentences[(rank, position)][2]):
        return position
    have = {(item[0], item[1]) for item in chosen}
    while (rank, position - 1) in have:
        position -= 1
    return position
