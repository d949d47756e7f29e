"""Superlatives misspelt by one letter, spelt right before anything reads the question.

"bigest single upfront cheque in the whole table" had no ranking word, so it abstained; "largst total
deal value in the table" summed every deal's total instead of naming the largest. A word one edit away
(a letter dropped, added, changed or two swapped, the first three letters kept) from a superlative the
rankings read ("biggest", "highest", "largest", "lowest", "smallest", ...) is that superlative. The
vocabulary is the rankings' own (``wording.RANK_RE`` and ``wording.MIN_RE``), so a new superlative there
is spelt here too; a real word ("latest", "oldest", "fastest": not "fattest") is never one edit from
any of them with the same start. ``trade_shorthand.expand_shorthand`` calls ``spelt_superlatives``;
the examples are in ``tests/test_scope10.py``.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.routing.wording import MIN_RE, RANK_RE

_WORD_RE = re.compile(r"\b[A-Za-z]{5,}\b")


@cache
def _superlatives() -> frozenset[str]:
    return frozenset(re.findall(r"\\b([a-z]{3,}est)\\b", RANK_RE.pattern + "|" + MIN_RE.pattern))


def one_edit(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with one letter dropped, added, changed, or two neighbours swapped."""
    if abs(len(word) - len(target)) > 1 or word == target:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == target[diff[1]]
        return len(diff) == 1 or (swapped and word[diff[1]] == target[diff[0]])
    short, long = sorted((word, target), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def spelt_superlatives(question: str) -> str:
    """``question`` with "bigest", "higest", "largst", "smalest" spelt as the superlatives they miss."""

    def spelt(match: re.Match[str]) -> str:
        word = match.group().lower()
        if word in _superlatives() or not word.endswith(("st", "et", "ts")):
            return match.group()
        near = (target for target in sorted(_superlatives()) if target[:3] == word[:3] and one_edit(word, target))
        return next(near, match.group())

    return _WORD_RE.sub(spelt, question)
