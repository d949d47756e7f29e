"""The ``aggregate`` and ``rank`` tools: arithmetic over the deals in our table.

A sum over our rows is a sum over the deals in our table, never a market total,
and every line says how many deals it covers and how many had the figure undisclosed.
Undisclosed figures are left out of sums (they are not zero).
"""

from __future__ import annotations

from decimal import Decimal

from assistant.corpus.tables import Deal
from assistant.dates import month_words
from assistant.money import Qualifier
from assistant.tools.after_place import place_of_deal, shown_through_deal, shown_through_next
from assistant.tools.company_counts import companies_above, count_companies
from assistant.tools.deal_ratios import rank_by_ratio
from assistant.tools.dealbook import (
    NAMED_LIMIT,
    PLURAL,
    SINGULAR,
    TABLE_CAVEAT,
    UNSTATED,
    DealBook,
    amount_of,
    condition,
    count_deals,
    count_figure,
    coverage,
    ids,
    median_of,
    median_picks,
    money,
    names,
    newest_first,
    short_asset,
    split_disclosed,
    sum_of,
)
from assistant.tools.dealdates import rank_by_date
from assistant.tools.groups import DIMENSIONS, groups_of, key_words, shared_note
from assistant.tools.pair_sum_premise import pair_sum_premise
from assistant.tools.partners import rank_by_partners
from assistant.tools.places import place_word, places_at, tied_ordinal, with_ties
from assistant.tools.quantities import round_significant, rounded
from assistant.tools.rank_gap import place_gap
from assistant.tools.schema import AggregateArgs, DealFilter, FigureOut, Metric, RankArgs, ResultLine, ToolResult
from assistant.tools.topshare import top_share
from assistant.tools.zero_counts import zero_count


def aggregate(book: DealBook, args: AggregateArgs) -> ToolResult:
    deals = book.select(args.filter)
    if not deals and (moved := pair_sum_premise(book, args)):
        return moved  # "Summit's 2024 ivonescimab deal with Akeso, what was it worth in total?": it was 2022
    if not deals:  # "how many of AZ's 2025 deals were ADCs?": 0, with the deals of the set that holds them
        zero = zero_count(book, args)
        return zero or book.result("aggregate", args, message=f"Our table holds no deal {book.where(args.filter)}.")
    if args.group_by:
        groups = list(groups_of(book, args.filter, deals, args.group_by).values())
    else:
        groups = [(book.where(args.filter), args.filter, deals)]
    lines: list[ResultLine] = []
    figures: list[FigureOut] = []
    for where, narrowed, members in groups:
        group_args = args.model_copy(update={"filter": narrowed})
        group_figures, group_lines = _aggregate_group(book, group_args, members, where, breakdown=not args.group_by)
        figures += group_figures
        lines += group_lines
    lines += shared_note(deals, args.group_by or "")
    lines.append(ResultLine(text=TABLE_CAVEAT))
    return book.result("aggregate", args, lines=lines, figures=figures, deal_ids=[d.deal_id for d in deals])


def _aggregate_group(
    book: DealBook, args: AggregateArgs, deals: list[Deal], where: str, breakdown: bool
) -> tuple[list[FigureOut], list[ResultLine]]:
    metric, operation = args.metric, args.operation
    if operation == "count" and args.distinct:
        if args.more_than:  # "how many licensors did more deals than Hengrui?"
            return companies_above(book, args, deals, where, args.distinct, args.more_than)
        return count_companies(book, deals, where, args.distinct, args.min_deals or 1)
    if operation == "count":
        return _count(book, args.filter, deals, where, metric)
    used, missing = split_disclosed(deals, metric)
    label = f"{operation} of {metric}, {where}"
    if not used:
        text = f"None of the {count_deals(len(deals))} in our table {where} disclosed the {SINGULAR[metric]}."
        expression = f"{operation}(deals[{ids(deals)}].{metric})"
        matched = count_figure(f"deals matched: {where}", len(deals), f"count(deals where {condition(args.filter)})")
        return [FigureOut(label=label, value=None, qualifier="undisclosed", expression=expression), matched], [
            ResultLine(text=text)
        ]
    provenance = book.prov(used, metric)
    expression = f"{operation}(deals[{ids(used)}].{metric})"
    if operation in ("sum", "average"):
        value, qualifier = sum_of(used, metric)
        phrase = f"the {PLURAL[metric]} sum to {money(value, qualifier)}"
        if operation == "average":
            summed = qualifier
            value, qualifier = round_significant(value / len(used), 3, qualifier)
            phrase = f"the average {SINGULAR[metric]} is {money(value, qualifier)}"
            if summed == "incl_near_term":
                # the mean of figures that count near-term payments counts them too: said beside the rounding, and
                # kept on the figure (the sum says it; the average had dropped it, outsider96)
                about, qualifier = ("about " if qualifier == "approx" else ""), summed
                phrase = f"the average {SINGULAR[metric]} is {about}{money(value, summed)}"
    elif operation == "median":
        value, qualifier = median_of(used, metric)
        phrase = f"the median {SINGULAR[metric]} is {money(value, qualifier)}"
    else:
        pick = (max if operation == "max" else min)(used, key=lambda deal: amount_of(deal, metric))
        value, qualifier = amount_of(pick, metric), pick.figure(metric).qualifier
        # Every deal with that amount is named: a tie is part of the answer.
        picks = newest_first([deal for deal in used if amount_of(deal, metric) == amount_of(pick, metric)])[::-1]
        provenance, expression = book.prov(picks, metric), f"deals[{ids(picks)}].{metric}"
        size = "largest" if operation == "max" else "smallest"
        phrase = f"the {size} {SINGULAR[metric]} is {money(value, qualifier)}, in {pick.label}"
        if len(picks) > 1:
            phrase = (
                f"the {size} {SINGULAR[metric]} is {money(value, qualifier)}, a tie between "
                f"{names([deal.label for deal in picks])}"
            )
    covered, counts = coverage(args.filter, where, deals, missing, metric)
    if operation == "median" and len(used) > NAMED_LIMIT:  # the deals not listed: the middle one (or two) named
        said = [
            f"{deal.label}, {money(deal.figure(metric).amount, deal.figure(metric).qualifier)}"
            for deal in median_picks(used, metric)
        ]
        covered += "; the middle deal: " + said[0] if len(said) == 1 else "; midway between " + " and ".join(said)
    text = f"Across the {count_deals(len(deals))} in our table {where}, {phrase} ({covered})"
    if operation in ("sum", "average", "median") and len(used) <= NAMED_LIMIT:
        text += ": " + book.named(newest_first(used), args.filter, metric)
    lines = [ResultLine(text=text + ".", provenance=provenance)]
    if breakdown and missing and len(missing) <= NAMED_LIMIT:
        undisclosed = book.named(newest_first(missing), args.filter)
        text = f"The {SINGULAR[metric]} was not disclosed for {undisclosed}."
        lines.append(ResultLine(text=text, provenance=book.cite(newest_first(missing))))
        counts += [book.figure(deal, metric) for deal in newest_first(missing)]
    return [
        FigureOut(label=label, value=value, qualifier=qualifier, expression=expression, provenance=provenance),
        *counts,
    ], lines


def _count(
    book: DealBook, wanted: DealFilter, deals: list[Deal], where: str, metric: Metric
) -> tuple[list[FigureOut], list[ResultLine]]:
    """The number of deals, each named (counterparty and date) when there are few enough.

    A count asked with a metric other than the default total also says how many of
    the deals disclosed that figure ("5 disclosed the equity investment: ...").
    """
    text = f"Our table holds {count_deals(len(deals))} {where}"
    provenance = []
    if len(deals) <= NAMED_LIMIT:
        text += ": " + book.named(newest_first(deals), wanted)
        provenance = book.cite(newest_first(deals))
    text += "; that counts the deals in our table, not a tracker's market count."
    figure = FigureOut(
        label=f"count of deals, {where}",
        value=Decimal(len(deals)),
        unit="count",
        expression=f"count(deals[{ids(deals)}])",
        provenance=provenance,
    )
    lines = [ResultLine(text=text, provenance=provenance)]
    figures = [figure]
    if metric != "total":
        used, _ = split_disclosed(deals, metric)
        shown = newest_first(used)
        # "what share of AZ's deals came with equity": the share of the deals counted said beside the count
        share, share_qualifier = rounded(Decimal(100) * len(used) / max(len(deals), 1), Decimal("0.1"), "exact")
        some = 0 < len(used) < len(deals)  # "1 (20.0%)"; all of them or none needs no share
        text = f"Of these, {len(used)}{f' ({share}%)' if some else ''} disclosed the {SINGULAR[metric]}"
        if used and len(used) <= NAMED_LIMIT:
            text += ": " + book.named(shown, wanted, metric)
        disclosed = FigureOut(
            label=f"count of deals with the {metric} disclosed, {where}",
            value=Decimal(len(used)),
            unit="count",
            expression=f"count(deals[{ids(used)}])",
            provenance=book.prov(shown, metric),
        )
        lines.append(ResultLine(text=text + ".", provenance=disclosed.provenance))
        share_figure = disclosed.model_copy(
            update={
                "label": f"share of deals with the {metric} disclosed, {where}",
                "value": share,
                "qualifier": share_qualifier,
                "unit": "percent",
                "expression": f"count(deals[{ids(used)}]) / count(deals[{ids(deals)}]) × 100",
            }
        )
        figures += [disclosed, share_figure] if some else [disclosed]
    # "ADC" also matches "Bispecific ADC": say how many of each, so neither reading is hidden.
    for field in ("modality", "therapeutic_area"):
        asked = getattr(wanted, field)
        kinds: dict[str, list[Deal]] = {}
        for deal in deals:
            kinds.setdefault(getattr(deal, field), []).append(deal)
        if not asked or len(kinds) < 2:
            continue
        parts = [f"{count_deals(len(group))} recorded as {kind}" for kind, group in kinds.items()]
        lines.append(ResultLine(text=f"Of these, {names(parts)}."))
        for kind, group in kinds.items():
            lines_where = book.where(wanted.model_copy(update={field: kind}))
            exact = [deal for deal in group if getattr(deal, field).lower() == kind.lower()]
            figure_kind = FigureOut(
                label=f"count of deals, {lines_where} (recorded exactly as {kind})",
                value=Decimal(len(exact)),
                unit="count",
                expression=f"count(deals[{ids(exact)}])",
                provenance=book.cite(exact),
            )
            lines[-1].provenance += figure_kind.provenance
            figures.append(figure_kind)
    return figures, lines


def _with_whom(members: list[Deal], dimension: str) -> str:
    """A company's sum over one deal names the other party: "AstraZeneca: $105 million across 1 deal
    (with Harbour BioMed)" says which deal put it there."""
    if len(members) != 1 or dimension not in ("licensor", "licensee"):
        return ""
    other = members[0].licensees if dimension == "licensor" else members[0].licensors
    return f" (with {names(list(other))})"


def rank(book: DealBook, args: RankArgs) -> ToolResult:
    deals = book.select(args.filter)
    where = book.where(args.filter)
    if not deals:
        return book.result("rank", args, message=f"Our table holds no deal {where}.")
    if args.metric == "announced":
        return rank_by_date(book, args, deals, where)
    if args.metric == "partners":
        return rank_by_partners(book, args, deals, where)
    # a ratio of each deal's own figures: milestones ÷ upfront, upfront ÷ total, total ÷ upfront
    if args.metric == "milestone_multiple" or args.metric == "upfront_share" or args.metric == "total_multiple":
        return rank_by_ratio(book, args, deals, where)
    if args.dimension == "deal":
        if args.metric == "count":
            return book.result(
                "rank", args, message="Ranking single deals needs a money metric: upfront, milestones, total or equity."
            )
        return _rank_deals(book, args, args.metric, deals, where)
    entries: list[tuple[str, DealFilter, Decimal, Qualifier, list[Deal], list[Deal]]] = []
    for key, (_, narrowed, members) in groups_of(book, args.filter, deals, args.dimension).items():
        if key == UNSTATED and args.dimension in ("quarter", "month"):
            continue  # a deal dated only to its year is in no quarter: said under the ranking
        key = key_words(key)
        if args.metric == "count":
            entries.append((key, narrowed, Decimal(len(members)), "exact", members, []))
            continue
        used, missing = split_disclosed(members, args.metric)
        if args.min_deals and len(members) < args.min_deals:
            continue  # "among buyers with 3+ deals": a company with fewer deals (disclosed or not) is not ranked
        if used:
            total, qualifier = sum_of(used, args.metric)
            if args.average:  # "the highest average upfront per deal": each company's mean deal
                total, qualifier = round_significant(total / len(used), 3, qualifier)
            entries.append((key, narrowed, total, qualifier, used, missing))
    entries.sort(key=lambda entry: (entry[2] if args.ascending else -entry[2], entry[0]))
    measure = "number of deals" if args.metric == "count" else f"sum of {PLURAL[args.metric]}"
    if args.average and args.metric != "count":
        measure = f"average {SINGULAR[args.metric]} per deal"
    least = f" with at least {count_deals(args.min_deals)} each" if args.min_deals else ""
    header = f"{'Bottom' if args.ascending else 'Top'} {DIMENSIONS[args.dimension]}{least} by {measure}, across the {count_deals(len(deals))} in our table {where}"
    lines = [ResultLine(text=f"{header}, in order:")]
    figures = [count_figure(f"deals matched: {where}", len(deals), f"count(deals where {condition(args.filter)})")]
    values = [entry[2] for entry in entries]
    shown = with_ties(values, args.n)
    if args.after:  # "behind Pfizer, which licensee paid the most": down to the place after it
        shown, said = shown_through_next([entry[0] for entry in entries], values, args.after, args.n)
        lines = [ResultLine(text=f"{said} {header[0].lower()}{header[1:]}, in order:")]
    places = places_at(values[:shown], args.position)
    if places is None:
        return book.result(
            "rank", args, message=f"Our table ranks only {len(values)} {DIMENSIONS[args.dimension]} {where}."
        )
    if args.position:
        lines = [ResultLine(text=f"{header}, place {place_word(args.position)}:")]
    # Many rows tied at the cut ("1 deal" each) are named in one line, not one line each.
    compact = args.metric == "count" and shown > args.n + 3 and not args.position
    listed = values.index(values[shown - 1]) if compact else shown
    for index, (key, narrowed, value, qualifier, members, missing) in enumerate(entries[:listed]):
        if index not in places:
            continue
        cond = condition(narrowed)
        place = tied_ordinal(values[:shown], index)
        if args.metric == "count":
            lines.append(ResultLine(text=f"{place}, {key}: {count_deals(len(members))}."))
            figures.append(count_figure(f"deals matched: {key}, {where}", len(members), f"count(deals where {cond})"))
            continue
        provenance = book.prov(members, args.metric)
        extra = ""
        if missing:
            extra = f"; {len(missing)} more with the figure undisclosed"
            figures.append(
                count_figure(
                    f"deals with the {args.metric} undisclosed: {key}, {where}",
                    len(missing),
                    f"count(deals where {cond} and {args.metric} undisclosed)",
                )
            )
        mean = " on average" if args.average else ""
        text = f"{place}, {key}: {money(value, qualifier)}{mean} across {count_deals(len(members))}{_with_whom(members, args.dimension)}{extra}."
        lines.append(ResultLine(text=text, provenance=provenance))
        figures += [
            FigureOut(
                label=f"{'average' if args.average else 'sum'} of {args.metric}, {key}, {where}",
                value=value,
                qualifier=qualifier,
                expression=f"{'average' if args.average else 'sum'}(deals[{ids(members)}].{args.metric})",
                provenance=provenance,
            ),
            count_figure(
                f"deals with the {args.metric} disclosed: {key}, {where}",
                len(members),
                f"count(deals where {cond} and {args.metric} disclosed)",
                provenance,
            ),
        ]
    if listed < shown:
        tied, each = [entry[0] for entry in entries[listed:shown]], int(values[listed])
        place = tied_ordinal(values[:shown], listed)
        lines.append(ResultLine(text=f"{place}, with {count_deals(each)} each: {names(tied)}."))
        figures.append(count_figure(f"deals matched by each of {len(tied)} tied, {where}", each, "count per tied row"))
    lines += shared_note(deals, args.dimension)
    undated = [deal for deal in deals if args.dimension in ("quarter", "month") and len(deal.announced) < 7]
    if undated:
        text = f"Not placed in any {args.dimension}, dated only to its year: {names([d.label for d in undated])}."
        lines.append(ResultLine(text=text, provenance=book.cite(undated)))
    lines.append(ResultLine(text=TABLE_CAVEAT))
    rows = [entry[0] for index, entry in enumerate(entries[:shown]) if index in places]
    return book.result("rank", args, lines=lines, figures=figures, deal_ids=[d.deal_id for d in deals], rows=rows)


def _rank_deals(book: DealBook, args: RankArgs, metric: Metric, deals: list[Deal], where: str) -> ToolResult:
    used, missing = split_disclosed(deals, metric)
    sign = 1 if args.ascending else -1  # "from the smallest upfront to the largest"
    ranked = sorted(used, key=lambda deal: (sign * amount_of(deal, metric), deal.announced))
    values = [amount_of(deal, metric) for deal in ranked]
    shown = with_ties(values, args.n)
    placed: tuple[Deal, int] | None = None
    if args.through is not None:  # "where does X's deal rank": down to its place, the place said first
        wanted = {deal.deal_id for deal in book.select(args.through)}
        shown = shown_through_deal([deal.deal_id for deal in ranked], values, wanted, shown)
        place = place_of_deal([deal.deal_id for deal in ranked], values, wanted)
        placed = (next(deal for deal in ranked if deal.deal_id in wanted), place) if place else None
    ranked, values = ranked[:shown], values[:shown]
    covered, counts = coverage(args.filter, where, deals, missing, metric)
    end = "smallest" if args.ascending else "largest"
    header = f"The {end} {PLURAL[metric]} in our table {where}, in order ({covered}{'; those are not ranked' if missing else ''}):"
    places = places_at(values, args.position)
    if places is None:
        return book.result("rank", args, message=f"Our table ranks only {count_deals(len(values))} {where}.")
    if args.position:
        unranked = "; those are not ranked" if missing else ""
        header = f"The {place_word(args.position)}-{end} {SINGULAR[metric]} in our table {where} ({covered}{unranked}):"
    lines = [ResultLine(text=header)]
    figures = []
    if placed is not None:
        deal, place = placed
        said = f"{names(deal.licensors)}–{names(deal.licensees)} ranks {place_word(place)} of the {count_deals(len(used))} ranked."
        lines.insert(0, ResultLine(text=said, provenance=book.prov([deal], metric)))
        figures.append(
            count_figure(f"place of {deal.label} by {metric}, {where}", place, f"rank(deals[{deal.deal_id}])")
        )
        figures.append(count_figure(f"deals ranked by {metric}, {where}", len(used), f"count(deals[{ids(used)}])"))
    for index, deal in enumerate(ranked):
        if index not in places:
            continue
        stated = deal.figure(metric)
        text = (
            f"{tied_ordinal(values, index)}, {names(deal.licensors)} licensed {short_asset(deal)} to {names(deal.licensees)} "
            f"({month_words(deal.announced)}): {SINGULAR[metric]} of {money(stated.amount, stated.qualifier)}."
        )
        lines.append(ResultLine(text=text, provenance=book.prov([deal], metric)))
    figures += [book.figure(deal, metric) for index, deal in enumerate(ranked) if index in places] + counts
    if args.gap and len(ranked) >= 2 and not args.position:  # "how far behind #1 was the second-largest deal"
        line, gap_figures = place_gap(book, metric, ranked[0], ranked[1])
        lines.append(line)
        figures += gap_figures
    if args.share_of_total and not args.position:
        line, share_figures = top_share(book, metric, ranked, used, where)
        lines.append(line)
        figures += share_figures
    lines.append(ResultLine(text=TABLE_CAVEAT))
    rows = [d.deal_id for index, d in enumerate(ranked) if index in places]
    return book.result("rank", args, lines=lines, figures=figures, deal_ids=rows, rows=rows)
