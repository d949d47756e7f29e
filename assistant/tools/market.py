"""The ``market_stat`` tool: reported market statistics, and figures derived from them.

A tracker's figure is quoted as that tracker reported it, naming the tracker and
its scope; it is never the sum of our deal rows. A derived figure (growth, average
deal size, a share) uses inputs from one reporter only: trackers define the market
differently, so mixing them would produce a number nobody reported a basis for.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from assistant.corpus.provenance import Provenance
from assistant.corpus.tables import MarketStat
from assistant.tools.period_spans import months, unlike_spans
from assistant.tools.quantities import (
    derived_qualifier,
    is_year,
    period_start,
    period_words,
    render_quantity,
    round_significant,
    rounded,
    within_year,
)
from assistant.tools.schema import FigureOut, MarketStatArgs, ResultLine, ToolResult
from assistant.tools.tracker_change import change_figures
from assistant.tools.tracker_gap import tracker_gap
from assistant.tools.tracker_order import counted_sentence, order_lines
from assistant.tools.tracker_order import possessive as _possessive

# The China total that Caixin, SCMP and others repeat; other trackers count differently.
PREFERRED_REPORTER = "PharmCube NextPharma (via Caixin)"
HUNDRED = Decimal(100)
PERCENT_QUANTUM = Decimal("0.1")
RATIO_QUANTUM = Decimal("0.01")
_METRIC_WORDS = {
    "total_value": "total deal value",
    "deal_count": "deal count",
    "top10_share": "share of deal value held by the ten biggest licensors",
    "company_total_value": "cross-border out-licensing deal value",
    "licensor_count": "number of licensors",
    "average_deal_value": "average deal value",
    "upfront_total": "total upfront payments",
    "milestones_total": "total potential milestone payments",
    "deals_over_1b_count": "number of deals worth a billion dollars or more",
    "deals_over_1b_value": "value of deals worth a billion dollars or more",
    "share_of_global_value": "share of global licensing deal value",
    "share_of_global_deal_volume": "share of global licensing deal count",
}
_REPORTED_CAVEAT = "These are figures as the named trackers reported them, not sums over the deals in our table."


def metric_words(metric: str) -> str:
    """A metric in the words a reader uses: a field name such as ``upfront_total`` is never shown."""
    return _METRIC_WORDS.get(metric, metric.replace("_", " "))


def _previous_year(period: str) -> str | None:
    return str(int(period) - 1) if period.isdigit() and len(period) == 4 else None


class MarketStats:
    """The ``market_stat`` tool over the reported statistics, with each row's provenance."""

    def __init__(
        self, stats: list[MarketStat], provenance: Mapping[str, Provenance], aliases: Mapping[str, str]
    ) -> None:
        self.stats = stats
        self._provenance = provenance
        self._aliases = aliases

    # -- selection ----------------------------------------------------------------------
    def rows(self, metric: str, args: MarketStatArgs, period: str | None = None) -> list[MarketStat]:
        """The reported rows of ``metric`` for the subject, reporter and period asked."""
        return self._rows(metric, args, period)

    def _rows(self, metric: str, args: MarketStatArgs, period: str | None = None) -> list[MarketStat]:
        subject = self._aliases.get(args.subject.lower(), args.subject) if args.subject else None
        rows = []
        for stat in self.stats:
            if stat.metric.lower() != metric.lower():
                continue
            if period is not None and stat.period != period:
                continue
            if subject and stat.subject.lower() != subject.lower() and subject.lower() not in stat.scope.lower():
                continue
            if args.reporter and not all(part.lower() in stat.reporter.lower() for part in args.reporter.split("/")):
                continue
            rows.append(stat)
        return rows

    @staticmethod
    def _groups(rows: list[MarketStat]) -> list[list[MarketStat]]:
        """Rows by (reporter, scope), the preferred reporter first, then file order."""
        groups: dict[tuple[str, str], list[MarketStat]] = {}
        for row in rows:
            groups.setdefault((row.reporter, row.scope), []).append(row)
        return sorted(groups.values(), key=lambda group: group[0].reporter != PREFERRED_REPORTER)

    def provenance(self, *stats: MarketStat) -> list[Provenance]:
        return [self._provenance[stat.stat_id] for stat in stats if stat.stat_id in self._provenance]

    def figure(self, stat: MarketStat) -> FigureOut:
        return FigureOut(
            label=f"{stat.metric}{', ' + stat.subject if stat.subject else ''}, {stat.period}, {stat.reporter}",
            value=stat.value,
            unit=stat.unit,
            qualifier=stat.qualifier,
            expression=f"market_stats[{stat.stat_id}]",
            provenance=self.provenance(stat),
        )

    @staticmethod
    def _value(stat: MarketStat) -> str:
        return render_quantity(stat.value, stat.unit, stat.qualifier)

    def _sentence(self, stat: MarketStat) -> str:
        counted = counted_sentence(stat)  # "PharmCube … counted 157 deals in 2025": the count said with its noun
        if counted:
            return counted
        words = metric_words(stat.metric)
        whose = (
            f"{_possessive(stat.subject)} "
            if stat.subject
            else ""
            if words.endswith("payments")  # "reported total upfront payments of $2.6 billion"
            else "an "
            if words[:1] in ("a", "e", "i", "o", "u")
            else "a "
        )
        return f"{stat.reporter} reported {whose}{words} of {self._value(stat)} for {period_words(stat.period)} (scope: {stat.scope})."

    def _no_match(self, args: MarketStatArgs, metric: str, what: str) -> ToolResult:
        rows = self._rows(metric, args.model_copy(update={"reporter": None, "subject": None}))
        if rows:
            # The periods are not listed: an uncited year in an abstention reads as a claim.
            hint = f" Trackers report the {metric_words(metric)} for other periods; ask for one of those."
        else:
            known = sorted({metric_words(stat.metric) for stat in self.stats if stat.metric in _METRIC_WORDS})
            hint = " The reported figures are: " + ", ".join(known) + "."
        return self._result(args, message=f"No reported market statistic gives {what}.{hint}")

    @staticmethod
    def _result(args: MarketStatArgs, **fields: object) -> ToolResult:
        return ToolResult(tool="market_stat", args=args.model_dump(mode="json", exclude_none=True), **fields)  # type: ignore[arg-type]

    # -- the tool -----------------------------------------------------------------------
    def answer(self, args: MarketStatArgs) -> ToolResult:
        if args.compare_reporter and args.reporter:  # the gap between two trackers' figures
            return self._result(args, **tracker_gap(self, args, metric_words(args.metric)))
        if args.derive in ("growth", "difference", "ratio", "change", "bigger", "cagr"):
            return self._change(args)
        if args.derive == "average_deal_size":
            return self._average(args)
        if args.derive == "share":
            return self._share(args)
        if args.derive == "top10_amount":
            return self._top10(args)
        rows = self._rows(args.metric, args, args.period)
        partial = not rows and bool(args.reporter) and args.period is not None and is_year(args.period)
        if partial:
            # A named tracker with no full-year row: its part of that year; else missing (the year may not be over).
            rows = [row for row in self._rows(args.metric, args) if within_year(row.period, args.period or "")]
        if not rows:
            return self._no_match(
                args,
                args.metric,
                f"the {metric_words(args.metric)} for {'the period asked' if args.period else 'any period'}",
            )
        groups = self._groups(rows)
        primary = sorted(groups[0], key=lambda stat: stat.period, reverse=True)
        lines = order_lines(rows, args.order, self.provenance)  # "which tracker reported the largest ..."
        lines += [ResultLine(text=self._sentence(stat), provenance=self.provenance(stat)) for stat in primary]
        for group in groups[1:]:
            for stat in group:
                lines.append(
                    ResultLine(
                        text=f"Also reported, and not merged with the figure above: {self._sentence(stat)}",
                        provenance=self.provenance(stat),
                    )
                )
        if partial:
            covered = "; ".join(sorted({period_words(row.period) for row in rows}))
            lines.append(ResultLine(text=f"No full-year {args.period} figure is reported; these cover {covered} only."))
        lines.append(ResultLine(text=_REPORTED_CAVEAT))
        return self._result(args, lines=lines, figures=[self.figure(stat) for stat in primary])

    def _pair(self, first: list[MarketStat], second: list[MarketStat]) -> tuple[MarketStat, MarketStat] | None:
        """The first (row, row) of one reporter and scope, the preferred reporter first."""
        for group in self._groups(first):
            for other in second:
                if (other.reporter, other.scope) == (group[0].reporter, group[0].scope):
                    return group[0], other
        return None

    def _change(self, args: MarketStatArgs) -> ToolResult:
        """Growth (percent), difference (absolute), ratio ("how many times") or both growth and difference (change)
        between two periods.

        ``period`` is the later period; sides given the other way round are swapped, so
        a change always runs from the earlier period to the later one.
        """
        kind = args.derive or "growth"
        if not args.period:
            return self._result(args, message=f"A {kind} needs a period (and the earlier period to compare with).")
        later_period, earlier_period = args.period, args.compare_period or _previous_year(args.period)
        if not earlier_period:
            return self._result(args, message=f"A {kind} needs compare_period: the period before {args.period}.")
        if period_start(earlier_period) > period_start(later_period):
            later_period, earlier_period = earlier_period, later_period
        pair = self._pair(self._rows(args.metric, args, later_period), self._rows(args.metric, args, earlier_period))
        reported = None if pair else self._reported_change(args, later_period, earlier_period)
        if pair is None and reported is None and kind == "growth" and args.reporter and args.compare_period:
            # set against a period named, a tracker's only part of that year (half of it or more), said as such:
            # CPHIIC's "2025" against 2024 is its Jan-Aug 2025; PharmCube's Jan-Feb 2026 is no "2026" growth
            parts = [row for row in self._rows(args.metric, args) if within_year(row.period, later_period)]
            parts = [row for row in parts if (months(row.period) or 0) >= 6 and is_year(later_period)]
            if len(parts) == 1:
                later_period = parts[0].period
                pair = self._pair(parts, self._rows(args.metric, args, earlier_period))
        if pair is None:
            return reported or self._no_match(
                args,
                args.metric,
                f"the {metric_words(args.metric)} for both {earlier_period} and {later_period} from one tracker",
            )
        later, earlier = pair
        if earlier.value == 0 and kind != "difference":
            return self._result(args, message=f"{earlier.reporter} reported zero for {earlier_period}: no {kind}.")
        outcome, changes = change_figures(kind, later, earlier, args.metric, earlier_period)
        text = (
            f"Per {later.reporter} (scope: {later.scope}), the {metric_words(args.metric)} went from {self._value(earlier)} in "
            f"{period_words(earlier_period)} to {self._value(later)} in {period_words(later_period)}: {outcome}."
        )
        derived = [
            FigureOut(
                label=f"{change.kind} in {args.metric}, {earlier_period} to {later_period}, {later.reporter}",
                value=change.value,
                unit=change.unit,
                qualifier=change.qualifier,
                expression=change.expression,
                provenance=self.provenance(later, earlier),
            )
            for change in changes
        ]
        return self._result(
            args,
            lines=[
                ResultLine(text=text, provenance=self.provenance(later, earlier)),
                *unlike_spans(earlier, later, self.provenance(later, earlier)),  # "H1 2025 vs all of 2024"
                ResultLine(text=_REPORTED_CAVEAT),
            ],
            figures=[self.figure(later), self.figure(earlier), *derived],
        )

    def _reported_change(self, args: MarketStatArgs, later: str, earlier: str) -> ToolResult | None:
        """A change a tracker reported against the year before ("76% higher than the average deal in
        2025"), quoted with its level, when that tracker gave no figure for the earlier period to compute
        one from: the tracker's own number, never one recomputed from another tracker's."""
        # "2026 ytd ... chg vs 25" read as the same months of 2025: the tracker's change is against the
        # whole year before, and the answer names that base, never the months asked
        base = str(int(later[:4]) - 1)
        if earlier != base and not within_year(earlier, base):
            return None
        # "in 2026" while only January–February is reported: the tracker's part of that year, said as such
        levels = [r for r in self._rows(args.metric, args) if r.period == later or within_year(r.period, later)]
        for level in levels:
            change = next(
                (
                    row
                    for row in self._rows(f"{args.metric}_change", args, level.period)
                    if (row.reporter, row.scope) == (level.reporter, level.scope)
                ),
                None,
            )
            if change is None:
                continue
            words = metric_words(args.metric)
            text = f"{change.reporter} put the change in {words} against {period_words(base)} at {self._value(change)}."
            lines = [
                ResultLine(text=self._sentence(level), provenance=self.provenance(level)),
                ResultLine(text=text, provenance=self.provenance(change)),
                ResultLine(text=_REPORTED_CAVEAT),
            ]
            return self._result(args, lines=lines, figures=[self.figure(level), self.figure(change)])
        return None

    def _average(self, args: MarketStatArgs) -> ToolResult:
        """Its total value (or, asked of "the average upfront per deal", its upfront total) over its deal count."""
        measure = args.metric if args.metric in ("upfront_total", "milestones_total") else "total_value"
        if measure == "total_value" and self._rows("average_deal_value", args, args.period):
            # the tracker's own average ("about $1.3 billion") before our division of its total by its count
            return self.answer(args.model_copy(update={"metric": "average_deal_value", "derive": None}))
        totals = self._rows(measure, args, args.period)
        counts = self._rows("deal_count", args, args.period)
        pairs = [
            (total, count)
            for total in totals
            for count in counts
            if (total.reporter, total.scope, total.period) == (count.reporter, count.scope, count.period)
            and count.value > 0
        ]
        if not pairs:
            return self._no_match(
                args, "deal_count", f"both a total deal value and a deal count for {args.period or 'a period'}"
            )
        # The latest period first, then the preferred reporter (both sorts are stable).
        pairs.sort(key=lambda pair: pair[0].period, reverse=True)
        pairs.sort(key=lambda pair: pair[0].reporter != PREFERRED_REPORTER)
        total, count = pairs[0]
        what = {"upfront_total": "an average upfront per deal", "milestones_total": "average milestones per deal"}.get(
            measure, "an average deal size"
        )
        value, qualifier = round_significant(
            total.value / count.value, 3, derived_qualifier(total.qualifier, [count.qualifier])
        )
        text = (
            f"Per {total.reporter} (scope: {total.scope}), {self._value(total)} across {self._value(count)} deals "
            f"in {period_words(total.period)} gives {what} of {render_quantity(value, 'USD', qualifier)}."
        )
        derived = FigureOut(
            label=f"{what.removeprefix('an ')}, {total.period}, {total.reporter}",
            value=value,
            qualifier=qualifier,
            expression=f"market_stats[{total.stat_id}] / market_stats[{count.stat_id}]",
            provenance=self.provenance(total, count),
        )
        return self._result(
            args,
            lines=[ResultLine(text=text, provenance=self.provenance(total, count)), ResultLine(text=_REPORTED_CAVEAT)],
            figures=[self.figure(total), self.figure(count), derived],
        )

    def _share(self, args: MarketStatArgs) -> ToolResult:
        metric = args.metric if args.metric != "total_value" else "company_total_value"
        parts = self._rows(metric, args, args.period)
        lines: list[ResultLine] = []
        figures: list[FigureOut] = []
        for part in parts:
            totals = [
                row
                for row in self._rows("total_value", args.model_copy(update={"subject": None}), part.period)
                if row.reporter == part.reporter and not row.subject
            ]
            if not totals or totals[0].value == 0:
                continue
            total = totals[0]
            value, qualifier = rounded(
                part.value / total.value * HUNDRED,
                PERCENT_QUANTUM,
                derived_qualifier(part.qualifier, [total.qualifier]),
            )
            lines.append(
                ResultLine(
                    text=(
                        f"Per {part.reporter}, {_possessive(part.subject or 'the subject')} {self._value(part)} was "
                        f"{render_quantity(value, 'percent', qualifier)} of the {self._value(total)} total for "
                        f"{period_words(part.period)} (scope: {total.scope})."
                    ),
                    provenance=self.provenance(part, total),
                )
            )
            figures += [
                self.figure(part),
                self.figure(total),
                FigureOut(
                    label=f"share of total_value, {part.subject}, {part.period}, {part.reporter}",
                    value=value,
                    unit="percent",
                    qualifier=qualifier,
                    expression=f"market_stats[{part.stat_id}] / market_stats[{total.stat_id}] × 100",
                    provenance=self.provenance(part, total),
                ),
            ]
        if not lines:
            return self._no_match(
                args, metric, f"a {metric_words(metric)} with a total deal value from the same tracker"
            )
        lines.append(ResultLine(text=_REPORTED_CAVEAT))
        return self._result(args, lines=lines, figures=figures)

    def _top10(self, args: MarketStatArgs) -> ToolResult:
        shares = self._rows("top10_share", args, args.period)
        totals = self._rows("total_value", args.model_copy(update={"subject": None}), args.period)
        pairs = [
            (share, total)
            for share in shares
            for total in totals
            if (share.reporter, share.scope, share.period) == (total.reporter, total.scope, total.period)
        ]
        if not pairs:
            return self._no_match(
                args, "top10_share", f"a top-ten share with a same-tracker total for {args.period or 'a period'}"
            )
        pairs.sort(key=lambda pair: pair[0].reporter != PREFERRED_REPORTER)
        share, total = pairs[0]
        value = share.value * total.value / HUNDRED
        # Reported percentages are rounded ("60%"), so the product is approximate at best.
        qualifier = derived_qualifier(total.qualifier, [share.qualifier])
        qualifier = "approx" if qualifier == "exact" else qualifier
        text = (
            f"Per {share.reporter} (scope: {share.scope}), the ten Chinese licensors with the highest deal value "
            f"held {self._value(share)} of the {self._value(total)} for {period_words(share.period)}: "
            f"{render_quantity(value, 'USD', qualifier)} (our arithmetic: the share times the total)."
        )
        derived = FigureOut(
            label=f"deal value of the top ten licensors, {share.period}, {share.reporter}",
            value=value,
            qualifier=qualifier,
            expression=f"market_stats[{share.stat_id}] / 100 × market_stats[{total.stat_id}]",
            provenance=self.provenance(share, total),
        )
        return self._result(
            args,
            lines=[ResultLine(text=text, provenance=self.provenance(share, total)), ResultLine(text=_REPORTED_CAVEAT)],
            figures=[self.figure(share), self.figure(total), derived],
        )
