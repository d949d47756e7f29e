"""The ``compare`` tool: two sets of deals in our table, each summed over one money metric.

A side is a filter: one deal, or a company's deals in a year, and so on. When each
side is one deal the answer names both deals ("Merck paid Curon $700 million upfront
for CN201 versus $588 million to LaNova for LM-299"); a side that sums several deals
names the deals it sums. The gap is the larger side minus the smaller, and the ratio
is the larger over the smaller ("12 times"), so neither depends on the order the
sides were given in.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.corpus.provenance import Provenance
from assistant.corpus.tables import Deal
from assistant.dates import month_words
from assistant.money import Qualifier
from assistant.tools.dealbook import (
    NAMED_LIMIT,
    PLURAL,
    SINGULAR,
    TABLE_CAVEAT,
    DealBook,
    condition,
    count_deals,
    count_figure,
    coverage,
    ids,
    median_of,
    money,
    names,
    newest_first,
    percent_figure,
    short_asset,
    split_disclosed,
    sum_of,
)
from assistant.tools.quantities import (
    derived_qualifier,
    difference_qualifier,
    render_quantity,
    round_significant,
    rounded,
)
from assistant.tools.schema import CompareArgs, DealFilter, FigureOut, Metric, ResultLine, ToolResult

RATIO_QUANTUM = Decimal("0.01")
PERCENT_QUANTUM = Decimal("0.1")
FRACTION_QUANTUM = Decimal("0.0001")


class _Side:
    """One side of a comparison: its deals, the disclosed ones, and their sum (or average, or median) as a figure."""

    def __init__(self, book: DealBook, metric: Metric, wanted: DealFilter, operation: str = "sum") -> None:
        self.metric = metric
        self.operation = operation
        self.wanted = wanted
        self.where = book.where(wanted)
        self.deals = book.select(wanted)
        self.used, self.missing = split_disclosed(self.deals, metric)
        self.figure: FigureOut | None = None
        self.exact = Decimal(0)
        if self.used:
            value, qualifier = sum_of(self.used, metric)
            if operation == "average":
                value = value / len(self.used)
            elif operation == "median":
                value, qualifier = median_of(self.used, metric)
            # an average is said to three figures, as ``aggregate`` says it ("about $184 million"); the change is worked from the exact one
            self.exact = value
            if operation == "average":
                value, qualifier = round_significant(value, 3, qualifier)
            self.figure = FigureOut(
                label=f"{operation} of {metric}, {self.where}",
                value=value,
                qualifier=qualifier,
                expression=f"{operation}(deals[{ids(self.used)}].{metric})",
                provenance=book.prov(self.used, metric),
            )

    @property
    def value(self) -> Decimal:
        assert self.figure is not None and self.figure.value is not None
        return self.figure.value

    @property
    def single(self) -> Deal | None:
        return self.deals[0] if len(self.deals) == 1 and self.used else None


def compare(book: DealBook, args: CompareArgs) -> ToolResult:
    if args.metric == "count":
        return _compare_counts(book, args)
    right_metric = args.right_metric or args.metric
    # One deal's two measures ("upfront vs milestones") are named as both: "upfront and milestones".
    metric: str = args.metric if right_metric == args.metric else f"{args.metric} and {right_metric}"
    left = _Side(book, args.metric, args.left, args.operation)
    right = _Side(book, right_metric, args.right, args.operation)
    for side in (left, right):
        if not side.deals:
            return book.result("compare", args, message=f"Our table holds no deal {side.where}.")
    hidden = [side for side in (left, right) if side.figure is None and len(side.deals) == 1]
    if hidden:
        # "Sciwind–Verdiva: upfront vs milestones?": one deal kept a figure private; say so, citing it
        lines = [_undisclosed_line(book, side) for side in dict.fromkeys(hidden)]
        figures = [book.figure(side.deals[0], side.metric) for side in dict.fromkeys(hidden)]
        deal_ids = list(dict.fromkeys(d.deal_id for side in hidden for d in side.deals))
        return book.result("compare", args, lines=lines, figures=figures, deal_ids=deal_ids)
    for side in (left, right):
        if side.figure is None:
            message = (
                f"None of the {count_deals(len(side.deals))} in our table {side.where} "
                f"disclosed the {SINGULAR[side.metric]}."
            )
            return book.result("compare", args, message=message)
    assert left.figure is not None and right.figure is not None
    both = left.figure.provenance + right.figure.provenance
    difference = left.value - right.value
    larger, smaller = (left, right) if difference >= 0 else (right, left)
    assert larger.figure is not None and smaller.figure is not None
    gap_q = difference_qualifier(left.figure.qualifier, right.figure.qualifier)
    gap = abs(difference)
    figures = [
        left.figure,
        right.figure,
        FigureOut(
            label=f"difference in {metric}, larger side minus smaller side",
            value=gap,
            qualifier=gap_q,
            expression=f"{larger.figure.expression} - {smaller.figure.expression}",
            provenance=both,
        ),
    ]
    ratio_words = ""
    change_words = ""
    inverse_figure: tuple[FigureOut, ...] = ()  # said after the larger-to-smaller ratio, which comes first
    inverse_words = ""  # "ratio vs 3sbio pfe upfront?" after RemeGen's: the first over the second, when it is smaller
    if smaller.value != 0 and difference < 0 and left.single and right.single and right_metric == args.metric:
        inverse_q = derived_qualifier(left.figure.qualifier, [right.figure.qualifier])
        inverse, inverse_q = rounded(left.exact / right.exact, RATIO_QUANTUM, inverse_q)
        if inverse:  # "$5m vs $1.25bn" would read "0.00 times": not said
            inverse_figure = (
                FigureOut(
                    label=f"first side over second, {metric}",
                    value=inverse,
                    unit="ratio",
                    qualifier=inverse_q,
                    expression=f"({left.figure.expression}) / ({right.figure.expression})",
                    provenance=both,
                ),
            )
            inverse_words = render_quantity(inverse, "ratio", inverse_q)
    if smaller.value != 0:
        qualifier = derived_qualifier(larger.figure.qualifier, [smaller.figure.qualifier])
        ratio, ratio_q = rounded(larger.exact / smaller.exact, RATIO_QUANTUM, qualifier)
        change, change_q = rounded((left.exact - right.exact) / right.exact * 100, PERCENT_QUANTUM, qualifier)
        figures += [
            FigureOut(
                label=f"ratio of {metric}, larger side to smaller side",
                value=ratio,
                unit="ratio",
                qualifier=ratio_q,
                expression=f"({larger.figure.expression}) / ({smaller.figure.expression})",
                provenance=both,
            ),
            FigureOut(
                label=f"percent difference in {metric}, first side against second",
                value=change,
                unit="percent",
                qualifier=change_q,
                expression=f"(({left.figure.expression}) - ({right.figure.expression})) / ({right.figure.expression}) × 100",
                provenance=both,
            ),
            *inverse_figure,
        ]
        ratio_words = render_quantity(ratio, "ratio", ratio_q)
        change_words = render_quantity(abs(change), "percent", change_q)
        if change < 0:  # the text states the size of the fall: carry that number too
            figures.append(
                FigureOut(
                    label=f"percent by which the first side's {metric} is below the second's",
                    value=abs(change),
                    unit="percent",
                    qualifier=change_q,
                    expression=f"(({right.figure.expression}) - ({left.figure.expression})) / ({right.figure.expression}) × 100",
                    provenance=both,
                )
            )
    # The figure keeps "incl_near_term"; the sentence says it once at the end, not inside "$x more".
    near_term = "; the gap counts near-term payments" if gap_q == "incl_near_term" else ""
    if gap_q == "incl_near_term":
        gap_q = "exact"
    if left.single and right.single and right_metric != args.metric:
        text = _measures_sentence(left.single, args.metric, right.single, right_metric)
        gap_said = _gap_words(gap, gap_q, difference, ratio_words, change_words, single=True)
        text += "" if args.share_first and larger.value else ": " + gap_said
        if larger.value:  # "what % of the headline value is paid up front": the smaller as a share of the larger
            share_q = derived_qualifier(smaller.figure.qualifier, [larger.figure.qualifier])
            share, share_q = rounded(smaller.value / larger.value * 100, PERCENT_QUANTUM, share_q)
            part, whole = SINGULAR[smaller.metric], SINGULAR[larger.metric]
            figures.append(
                FigureOut(
                    label=f"{part} as a percent of {whole}",
                    value=share,
                    unit="percent",
                    qualifier=share_q,
                    expression=f"({smaller.figure.expression}) / ({larger.figure.expression}) × 100",
                    provenance=both,
                )
            )
            share_said = f"the {part} is {render_quantity(share, 'percent', share_q)} of the {whole}"
            text += f": {share_said}; {gap_said}" if args.share_first else f"; {share_said}"
            # "upfront divided by total": the same part of the whole as a plain ratio (0.105, not 10.5%)
            fraction, fraction_q = rounded(smaller.value / larger.value, FRACTION_QUANTUM, share_q)
            figures.append(
                FigureOut(
                    label=f"{part} divided by {whole}",
                    value=fraction,
                    unit="ratio",
                    qualifier=fraction_q,
                    expression=f"({smaller.figure.expression}) / ({larger.figure.expression})",
                    provenance=both,
                )
            )
        lines = [ResultLine(text=text + near_term + ".", provenance=both)]
    elif left.single and right.single:
        text = _pair_sentence(left.single, right.single, args.metric)
        text += ": " + _gap_words(gap, gap_q, difference, ratio_words, change_words, single=True)
        text = text[:-1] + f", the first {inverse_words} the second)" if inverse_words and text.endswith(")") else text
        lines = [ResultLine(text=text + near_term + ".", provenance=both)]
    else:
        lines = []
        for side in (left, right):
            line, counts = _side_line(book, side, side.metric)
            lines.append(line)
            figures += counts
        text = "The first side" if args.operation == "sum" else f"The first side's {args.operation} {SINGULAR[metric]}"
        text += f" ({left.where}) is "
        if difference == 0:
            text += f"equal to the second ({right.where})"
        else:
            text += f"{money(gap, gap_q)} {'above' if difference > 0 else 'below'} the second ({right.where})"
            text += ": " + _gap_words(gap, gap_q, difference, ratio_words, change_words, single=False)
        part_of = _part_of_whole(left, right, metric, both)
        if part_of is not None:
            figures.append(part_of)
            text += f"; the first side is {render_quantity(part_of.value, 'percent', part_of.qualifier)} of the second"
        lines.append(ResultLine(text=text + near_term + ".", provenance=both))
    lines.append(ResultLine(text=TABLE_CAVEAT))
    deal_ids = list(dict.fromkeys(deal.deal_id for side in (left, right) for deal in side.deals))
    return book.result("compare", args, lines=lines, figures=figures, deal_ids=deal_ids)


def _part_of_whole(left: _Side, right: _Side, metric: str, both: list[Provenance]) -> FigureOut | None:
    """ "Share of 2025 value that went to oncology": when every deal of the first side is one of the
    second's (a part of the period's deals, or the same deals under another measure), the first side
    as a percent of the second is a share of our rows."""
    assert left.figure is not None and right.figure is not None
    subset = {d.deal_id for d in left.deals} <= {d.deal_id for d in right.deals}
    if not right.value or not subset or left.operation != "sum":  # an average is no part of another
        return None
    return percent_figure(f"first side as a percent of the second, {metric}", left.figure, right.figure, both)


def _compare_counts(book: DealBook, args: CompareArgs) -> ToolResult:
    """ "How many more deals does the table have for 2025 than for 2024?": both counts and the gap."""
    sides = [(book.select(wanted), book.where(wanted), wanted) for wanted in (args.left, args.right)]
    (left, left_where, _), (right, right_where, _) = sides
    figures = [
        count_figure(f"deals matched: {where}", len(deals), f"count(deals where {condition(wanted)})")
        for deals, where, wanted in sides
    ]
    gap = len(left) - len(right)
    expression = f"{figures[0].expression} - {figures[1].expression}"
    figures.append(count_figure("difference in number of deals, first side minus second", abs(gap), expression))
    text = f"Our table holds {count_deals(len(left))} {left_where} and {count_deals(len(right))} {right_where}: "
    text += "the same number" if gap == 0 else f"{abs(gap)} {'more' if gap > 0 else 'fewer'} on the first side"
    part_of = bool(right) and {d.deal_id for d in left} <= {d.deal_id for d in right}
    if right and gap and not part_of:  # a part of the other side is a share of it, no change from it
        ratio, ratio_q = rounded(Decimal(len(left)) / Decimal(len(right)), RATIO_QUANTUM, "exact")
        figures.append(
            FigureOut(
                label="ratio of the numbers of deals, first side to second",
                value=ratio,
                unit="ratio",
                qualifier=ratio_q,
                expression=f"({figures[0].expression}) / ({figures[1].expression})",
            )
        )
        # "yoy growth in # deals": the change in percent, said the way the money comparison says it
        change, change_q = rounded(Decimal(gap) / Decimal(len(right)) * 100, PERCENT_QUANTUM, "exact")
        figures.append(
            FigureOut(
                label="percent change in the number of deals, first side against second",
                value=change,
                unit="percent",
                qualifier=change_q,
                expression=f"(({figures[0].expression}) - ({figures[1].expression})) / ({figures[1].expression}) × 100",
            )
        )
        if change < 0:  # "25.0% fewer": the text states the size of the fall, as the money comparison carries it
            figures.append(
                figures[-1].model_copy(
                    update={"label": "percent by which the first side has fewer deals", "value": abs(change)}
                )
            )
        more = f"{render_quantity(abs(change), 'percent', change_q)} {'more' if gap > 0 else 'fewer'}"
        text += f" ({render_quantity(ratio, 'ratio', ratio_q)} as many, {more})"
    if part_of:
        # "what % of GSK's deals were with Hansoh": the first side is a part of the second, so its share
        part = percent_figure("first side's deals as a percent of the second side's", figures[0], figures[1], [])
        figures.append(part)
        text += f"; the first side is {len(left)} of the {len(right)}, {render_quantity(part.value, 'percent', part.qualifier)}"
    # Each side's few deals are named and cited ("merck # of china deals 2024 vs 2025?": Curon, LaNova, Hansoh against
    # Hengrui); the gap is arithmetic on them and cites them too.
    named = [
        ResultLine(
            text=f"The {count_deals(len(deals))} {where}: {book.named(newest_first(deals), wanted)}.",
            provenance=book.cite(newest_first(deals)),
        )
        for deals, where, wanted in sides
        if 0 < len(deals) <= NAMED_LIMIT
    ]
    cited = [source for line in named for source in line.provenance]
    lines = [*named, ResultLine(text=text + ".", provenance=cited), ResultLine(text=TABLE_CAVEAT)]
    deal_ids = list(dict.fromkeys(deal.deal_id for deal in [*left, *right]))
    return book.result("compare", args, lines=lines, figures=figures, deal_ids=deal_ids)


def _gap_words(gap: Decimal, gap_q: Qualifier, difference: Decimal, ratio: str, change: str, single: bool) -> str:
    """ "$112 million more (about 1.19 times as much, about 19% more)"; the same for two equal sides."""
    if difference == 0:
        return "the same amount"
    more = "more" if difference > 0 else "less"
    lead = f"{money(gap, gap_q)} {more}" if single else ""
    if not ratio:
        return lead or f"{money(gap, gap_q)} {more}"
    detail = f"{ratio} as much, {change} more" if difference > 0 else f"{change} less; the second is {ratio} the first"
    return f"{lead} ({detail})" if lead else detail


def _measures_sentence(first: Deal, first_metric: Metric, second: Deal, second_metric: Metric) -> str:
    """One deal's two measures in the question's order: "The 3SBio–Pfizer deal for SSGJ-707 has
    milestones of up to $4.8 billion versus an upfront payment of $1.25 billion"."""
    a, b = first.figure(first_metric), second.figure(second_metric)
    deal = f"The {names(first.licensors)}–{names(first.licensees)} deal for {short_asset(first)}"
    text = f"{deal} has {_a(SINGULAR[first_metric])} of {money(a.amount, a.qualifier)}"
    if first.deal_id != second.deal_id:
        other = f"the {names(second.licensors)}–{names(second.licensees)} deal for {short_asset(second)}"
        return f"{text}, versus {_a(SINGULAR[second_metric])} of {money(b.amount, b.qualifier)} for {other}"
    return f"{text} versus {_a(SINGULAR[second_metric])} of {money(b.amount, b.qualifier)}"


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _pair_sentence(first: Deal, second: Deal, metric: Metric) -> str:
    """Two single deals named in one sentence, in the question's order."""
    a = first.figure(metric)
    b = second.figure(metric)
    first_value, second_value = money(a.amount, a.qualifier), money(b.amount, b.qualifier)
    first_asset, second_asset = short_asset(first), short_asset(second)
    if first_asset == second_asset or (first.licensors, first.licensees) == (second.licensors, second.licensees):
        first_asset += f" ({month_words(first.announced)})"
        second_asset += f" ({month_words(second.announced)})"
    p, q = names(first.licensees), names(second.licensees)
    x, y = names(first.licensors), names(second.licensors)
    if metric != "upfront":
        return (
            f"The {x}–{p} deal for {first_asset} has a {SINGULAR[metric]} of {first_value}, "
            f"versus {second_value} for the {y}–{q} deal for {second_asset}"
        )
    if first.licensees == second.licensees and first.licensors == second.licensors:
        return f"{p} paid {x} {first_value} upfront for {first_asset} versus {second_value} for {second_asset}"
    if first.licensees == second.licensees:
        return f"{p} paid {x} {first_value} upfront for {first_asset} versus {second_value} to {y} for {second_asset}"
    if first.licensors == second.licensors:
        return (
            f"{x} got {first_value} upfront from {p} for {first_asset} "
            f"versus {second_value} from {q} for {second_asset}"
        )
    return f"{p} paid {x} {first_value} upfront for {first_asset} versus {q}'s {second_value} to {y} for {second_asset}"


def _undisclosed_line(book: DealBook, side: _Side) -> ResultLine:
    deal = side.deals[0]
    text = (
        f"The {SINGULAR[side.metric]} of the {names(deal.licensors)}–{names(deal.licensees)} deal for "
        f"{short_asset(deal)} was not disclosed, so it cannot be compared."
    )
    return ResultLine(text=text, provenance=book.prov([deal], side.metric))


def _side_line(book: DealBook, side: _Side, metric: Metric) -> tuple[ResultLine, list[FigureOut]]:
    assert side.figure is not None
    covered, counts = coverage(side.wanted, side.where, side.deals, side.missing, metric)
    amount = money(side.figure.value, side.figure.qualifier)
    told = f"the {PLURAL[metric]} sum to {amount}"
    if side.operation != "sum":  # "the average upfront payment is about $184 million"
        told = f"the {side.operation} {SINGULAR[metric]} is {amount}"
    text = f"Across the {count_deals(len(side.deals))} in our table {side.where}, {told} ({covered})"
    if len(side.used) <= NAMED_LIMIT:
        text += ": " + book.named(newest_first(side.used), side.wanted, metric)
    return ResultLine(text=text + ".", provenance=side.figure.provenance), counts
