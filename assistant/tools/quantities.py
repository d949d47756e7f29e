"""Figures as words and rounding that keeps a qualifier's promise: shared by the deal and market tools.

Every value is ``Decimal``; rounding an exact figure makes it "about", and a bound
("more than", "up to") is rounded in the direction that keeps it true.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal

from assistant.dates import month_words
from assistant.money import Money, Qualifier, combine_qualifiers, render_money

_QUALIFIER_WORDS = {"approx": "about ", "at_least": "more than ", "up_to": "up to "}


def render_number(value: Decimal) -> str:
    """Digits as written: thousands separated, no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-')):,}"
    return f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}"


def render_quantity(value: Decimal | None, unit: str, qualifier: Qualifier) -> str:
    """A money, count, percent or ratio figure, worded with its qualifier."""
    if value is None or qualifier == "undisclosed":
        return "not disclosed"
    if unit == "USD":
        return render_money(Money(amount=value, qualifier=qualifier))
    words = _QUALIFIER_WORDS.get(qualifier, "")
    if unit == "percent":
        # A percent we rounded to one decimal keeps it ("67.0%"); a reported "60%" stays as written.
        digits = render_number(value)
        if value.as_tuple().exponent == -1 and "." not in digits:
            digits += ".0"
        return f"{words}{digits}%"
    if unit == "ratio":
        return f"{words}{render_number(value)} times"
    return f"{words}{render_number(value)}"


def derived_qualifier(numerator: Qualifier, others: Iterable[Qualifier]) -> Qualifier:
    """The qualifier of a figure computed from a numerator and other (denominator) inputs.

    A bound on the numerator carries over only when everything else is exact; any
    other mix of bounds and estimates can only be called approximate.
    """
    rest = list(others)
    plain = ("exact", "incl_near_term")
    if numerator in plain and all(q in plain for q in rest):
        return "exact"
    if numerator in ("at_least", "up_to") and all(q in plain for q in rest):
        return numerator
    return "approx"


def difference_qualifier(first: Qualifier, second: Qualifier) -> Qualifier:
    """The qualifier of a gap between two figures, the one rule for every difference.

    A gap between two caps or estimates is not itself a cap: only exact figures give an exact
    gap, and a gap taken from a figure that counted near-term payments says so too.
    """
    sides = {first, second}
    return "approx" if sides - {"exact", "incl_near_term"} else combine_qualifiers(sides)


def rounded(value: Decimal, quantum: Decimal, qualifier: Qualifier) -> tuple[Decimal, Qualifier]:
    """Round for presentation without breaking the qualifier's promise.

    "more than x" rounds down and "up to x" rounds up, so they stay true; an exact
    figure that had to be rounded becomes "about".
    """
    mode = {"at_least": ROUND_FLOOR, "up_to": ROUND_CEILING}.get(qualifier, ROUND_HALF_EVEN)
    result = value.quantize(quantum, rounding=mode)
    if result != value and qualifier in ("exact", "incl_near_term"):
        qualifier = "approx"
    return result, qualifier


def round_significant(value: Decimal, digits: int, qualifier: Qualifier) -> tuple[Decimal, Qualifier]:
    """Round a dollar amount to ``digits`` significant digits (never below whole dollars). An "up to" or "more
    than" amount rounds its own way to stay true; where that moves the last digit off the nearest one ($2.2807B
    "up to" read as $2.29B), one more digit is kept ($2.281B), so the figure still reads as the amount it is."""
    if value == 0:
        return value, qualifier
    exponent = max(value.adjusted() - digits + 1, 0)
    nearest = value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_EVEN)
    result, qualifier = rounded(value, Decimal(1).scaleb(exponent), qualifier)
    if result != nearest and exponent > 0:
        result, qualifier = rounded(value, Decimal(1).scaleb(exponent - 1), qualifier)
    return result.quantize(Decimal(1)), qualifier


def period_words(period: str) -> str:
    """ "2025-H1" -> "the first half of 2025"; "2025-01/2025-08" -> "January to August 2025"."""
    if not period:
        return "an unstated period"
    if period.endswith(("-H1", "-H2")):
        return f"the {'first' if period.endswith('1') else 'second'} half of {period[:4]}"
    if "-Q" in period:
        return f"{period[-2:]} {period[:4]}"
    if "/" in period:
        start, _, end = period.partition("/")
        first, last = month_words(start), month_words(end)
        if start[:4] == end[:4] and first != start and last != end:
            first = first[:-5]
        return f"{first} to {last}"
    return month_words(period)


def period_start(period: str) -> str:
    """A sortable start of a period: "2025-H2" -> "2025-07", "2025-Q2" -> "2025-04"."""
    if period.endswith("-H2"):
        return f"{period[:4]}-07"
    if "-Q" in period and period[-1].isdigit():
        return f"{period[:4]}-{(int(period[-1]) - 1) * 3 + 1:02d}"
    return period.partition("/")[0].replace("-H1", "")


def is_year(period: str) -> bool:
    return len(period) == 4 and period.isdigit()


def within_year(period: str, year: str) -> bool:
    """True for a part of ``year``: "2025-H1", "2025-Q3", "2025-01/2025-08" (not "2024-12/2025-02")."""
    start, _, end = period.partition("/")
    return period != year and start[:4] == year and (not end or end[:4] == year)
