"""How one tracker's figure moved between two periods: in its own unit, in percent, as a multiple, or both.

``change_figures`` gives the outcome said after "went from $51.9 billion in 2024 to $135.7 billion in 2025:" and
the derived figures behind it. ``change`` (asked as "By how much did PharmCube NextPharma's deal value grow in
2025 vs 2024?") is the rise in money and in percent together: "a rise of $83.8 billion, or about 161.5%";
``bigger`` ("how much bigger?") adds the multiple: "a rise of $3.7 billion, or about 8.3% (about 1.08 times the
2024 level)". ``cagr`` ("CAGR 2021-25", 年复合增长率) is the compound annual growth rate between two whole years,
(later / earlier) ^ (1 / years) - 1, said beside the growth over the whole span and as our arithmetic.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from assistant.answer import Unit
from assistant.corpus.tables import MarketStat
from assistant.money import Qualifier
from assistant.tools.period_spans import months
from assistant.tools.quantities import (
    derived_qualifier,
    difference_qualifier,
    is_year,
    period_words,
    render_quantity,
    rounded,
)

HUNDRED = Decimal(100)
PERCENT_QUANTUM = Decimal("0.1")
RATIO_QUANTUM = Decimal("0.01")
_YEARS = dict(enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")))


class Change(NamedTuple):
    kind: str  # difference, growth, ratio or compound annual growth
    value: Decimal
    unit: Unit
    qualifier: Qualifier
    expression: str


def _difference(later: MarketStat, earlier: MarketStat, metric: str, ids: tuple[str, str]) -> tuple[Change, str]:
    value = later.value - earlier.value
    qualifier = difference_qualifier(later.qualifier, earlier.qualifier)
    said = render_quantity(abs(value), later.unit, qualifier)
    said += " deals" if metric == "deal_count" else ""
    said = said.replace("%", " percentage points") if later.unit == "percent" else said  # 32% - 21%
    return Change("difference", value, later.unit, qualifier, f"{ids[0]} - {ids[1]}"), said


def _growth(later: MarketStat, earlier: MarketStat, ids: tuple[str, str]) -> tuple[Change, str]:
    inputs = derived_qualifier(later.qualifier, [earlier.qualifier])
    value, qualifier = rounded((later.value - earlier.value) / earlier.value * HUNDRED, PERCENT_QUANTUM, inputs)
    expression = f"({ids[0]} - {ids[1]}) / {ids[1]} × 100"
    return Change("growth", value, "percent", qualifier, expression), render_quantity(abs(value), "percent", qualifier)


def _compound(later: MarketStat, earlier: MarketStat, ids: tuple[str, str]) -> tuple[str, list[Change]]:
    """The growth over the whole span and the compound annual rate; between two whole years only (a part-year
    has no whole number of years to compound over), else the growth alone, saying why."""
    growth, percent = _growth(later, earlier, ids)
    direction = "a rise" if later.value >= earlier.value else "a fall"
    years = int(later.period[:4]) - int(earlier.period[:4])
    if not (is_year(later.period) and is_year(earlier.period)) or years < 1 or later.value <= 0 or earlier.value <= 0:
        return f"{direction} of {percent} (no compound annual rate: it needs two whole years)", [growth]
    inputs = derived_qualifier(later.qualifier, [earlier.qualifier])
    rate = ((later.value / earlier.value) ** (Decimal(1) / Decimal(years)) - 1) * HUNDRED
    value, qualifier = rounded(rate, PERCENT_QUANTUM, inputs)
    expression = f"(({ids[0]} / {ids[1]}) ^ (1 / {years}) - 1) × 100"
    said = render_quantity(value, "percent", qualifier)
    span = f"{_YEARS.get(years, str(years))} year{'s' if years > 1 else ''}"  # a digit here would be no figure's
    ratio = (
        f"{render_quantity(later.value, later.unit, 'exact')} / {render_quantity(earlier.value, earlier.unit, 'exact')}"
    )
    outcome = (
        f"{direction} of {percent} over {span}, a compound annual growth rate of {said} a year (our arithmetic on the "
        f"two reported figures: the ratio {ratio}, compounded over {span})"
    )
    return outcome, [growth, Change("cagr", value, "percent", qualifier, expression)]


def change_figures(
    kind: str, later: MarketStat, earlier: MarketStat, metric: str, earlier_period: str
) -> tuple[str, list[Change]]:
    """The outcome said of a move from ``earlier`` to ``later`` and the figures derived for it."""
    ids = f"market_stats[{later.stat_id}]", f"market_stats[{earlier.stat_id}]"
    if kind == "cagr":
        return _compound(later, earlier, ids)
    if kind == "ratio":
        inputs = derived_qualifier(later.qualifier, [earlier.qualifier])
        value, qualifier = rounded(later.value / earlier.value, RATIO_QUANTUM, inputs)
        outcome = f"{render_quantity(value, 'ratio', qualifier)} the {period_words(earlier_period)} level"
        return outcome, [Change("ratio", value, "ratio", qualifier, f"{ids[0]} / {ids[1]}")]
    direction = "a rise" if later.value >= earlier.value else "a fall"
    if (later.unit == "percent" and kind in ("difference", "change")) or earlier.value == 0:
        # a share moves in points only; from zero there is no rate
        difference, said = _difference(later, earlier, metric, ids)
        return f"{direction} of {said}", [difference]
    growth, percent = _growth(later, earlier, ids)
    difference, said = _difference(later, earlier, metric, ids)
    # the reading asked leads and the other follows: "how many more deals, and the yoy %?" is asked in one breath
    if kind == "difference":
        # a rate between spans of unlike length (H1 2025 against all of 2024) reads as growth that is not: the gap alone
        like = months(later.period) is not None and months(later.period) == months(earlier.period)
        return (
            (f"{direction} of {said} ({percent})", [growth, difference])
            if like
            else (f"{direction} of {said}", [difference])
        )
    if kind == "growth" and later.unit != "percent":
        return f"{direction} of {percent} ({said})", [difference, growth]  # the reading asked is the last figure
    if kind == "growth":
        return f"{direction} of {percent}", [growth]
    if kind == "bigger":  # "how much bigger?": the gap, the rate and the multiple, each a reading of it
        multiple, [ratio] = change_figures("ratio", later, earlier, metric, earlier_period)
        return f"{direction} of {said}, or {percent} ({multiple})", [difference, growth, ratio]
    return f"{direction} of {said}, or {percent}", [difference, growth]
