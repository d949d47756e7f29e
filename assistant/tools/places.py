"""Places in a ranking, in words: "First", "Joint second", "the third-largest"; ties shown together."""

from __future__ import annotations

from decimal import Decimal

_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")


def ordinal(position: int) -> str:
    """A list position in words ("First"), so list numbers are never read as figures."""
    return _ORDINALS[position - 1] if position <= len(_ORDINALS) else "Next"


def with_ties(values: list[Decimal], n: int) -> int:
    """How many of the sorted ``values`` to show for a top ``n``: rows tied with the last shown
    are shown too, so "which company did the most deals" names every company with that many."""
    shown = min(n, len(values))
    while 0 < shown < len(values) and values[shown] == values[shown - 1]:
        shown += 1
    return shown


def place_word(position: int) -> str:
    """ "second", "third" ... or "40th": the place asked for."""
    return ordinal(position).lower() if position <= len(_ORDINALS) else f"{position}th"


def places_at(values: list[Decimal], position: int | None) -> set[int] | None:
    """The rows to show: all of them, or the rows at ``position`` (with its ties); None when there are too few."""
    if position is None:
        return set(range(len(values)))
    if position > len(values):
        return None
    return {index for index, value in enumerate(values) if value == values[position - 1]}


def tied_ordinal(values: list[Decimal], index: int) -> str:
    """ "First", or "Joint first" when another shown row has the same value."""
    position = values.index(values[index]) + 1
    word = ordinal(position)
    return f"Joint {word.lower()}" if values.count(values[index]) > 1 else word
