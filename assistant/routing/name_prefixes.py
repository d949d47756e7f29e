"""A company called by the start of its name: "regen" for Regeneron, "astel" for Astellas (outsider34).

Read as a misspelling, "regen" was closest to RemeGen (a letter-by-letter likeness) and the question was
answered for a deal that does not exist. A word that is how exactly one company's name begins, and at
least half of it, is that company: a nickname is cut from the front of the name, a misspelling is not.
A start shared by two companies' names ("inno": Innovent, InnoCare) names neither, and the likeness
reading decides as before. Many such starts are words too ("future", "immune", "helix"), so a start is
read as a company only beside a company named in full with which it made a deal of our table.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

MIN_LETTERS = 5


def unique_prefix(word: str, vocabulary: list[str]) -> str | None:
    """The one word of the sorted ``vocabulary`` that ``word`` begins (and is at least half of), or None."""
    if len(word) < MIN_LETTERS or not word.isalpha():
        return None
    start = bisect.bisect_left(vocabulary, word)
    found: list[str] = []
    for candidate in vocabulary[start:]:
        if not candidate.startswith(word):
            break
        found.append(candidate)
    if len(found) != 1 or found[0] == word or 2 * len(word) < len(found[0]):
        return None
    return found[0]


@dataclass
class Finding:
    """The companies found word by word, as ``entities.EntityIndex.find_companies`` holds them."""

    mentions: list[Any]  # entities.Mention: name, start, end, fuzzy
    unknown: list[str]
    guesses: dict[str, list[str]]


def nicknamed(
    question: str,
    spans: list[tuple[int, int, str]],
    found: Finding,
    vocabulary: dict[str, set[str]],
    deal_parties: Iterable[list[str]],
    make_mention: Callable[[str, int, int], Any],
) -> None:
    """Each word of ``spans`` (start, end, normalised word) that begins exactly one company's name, read as that
    company when it makes a deal of our table with a company named in full beside it ("regen hansoh": Regeneron
    and Hansoh signed one; RemeGen and Hansoh did not). ``found`` is changed in place."""
    named = {mention.name for mention in found.mentions if not mention.fuzzy}
    if not named:
        return
    words = sorted(vocabulary)
    parties = [set(names) for names in deal_parties]
    for start, end, word in spans:
        if any(m.start <= start < m.end and not m.fuzzy for m in found.mentions):
            continue  # a name matched as written
        prefixed = unique_prefix(word, words)
        if prefixed is None or len(vocabulary[prefixed]) != 1:
            continue
        name = next(iter(vocabulary[prefixed]))
        if name in named or not any(name in deal and deal & (named - {name}) for deal in parties):
            continue
        raw = question[start:end]
        found.mentions[:] = [m for m in found.mentions if not (m.fuzzy and m.start == start)]
        found.mentions.append(make_mention(name, start, end))
        found.unknown[:] = [word for word in found.unknown if word != raw]
        found.guesses.pop(raw, None)
