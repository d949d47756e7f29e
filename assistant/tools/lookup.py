"""Looking deals up: get_deal (one deal's terms) and find_deals (the deals a filter selects).

An expected failure (no match, an ambiguous deal) comes back as a ``ToolResult`` with a
``message``; a bug raises.
"""

from __future__ import annotations

import re

from assistant.corpus.provenance import Provenance
from assistant.corpus.tables import Deal, MarketStat
from assistant.dates import human_date, month_words
from assistant.tools.deal_sum import equity_in_upfront, summed
from assistant.tools.dealbook import METRICS, DealBook, count_deals, count_figure, money, names, short_asset
from assistant.tools.dealfilter import canonical, party_matches
from assistant.tools.partner_premise import (
    asset_partner,
    partner_line,
    partner_mixed_up,
    which_partner,
)
from assistant.tools.schema import DealFilter, FigureOut, FindDealsArgs, GetDealArgs, Metric, ResultLine, ToolResult
from assistant.tools.term_sentences import asset_said, licensor_holds_equity, term_sentence, with_asset
from assistant.tools.territory import in_words
from assistant.tools.territory_places import place_verdict
from assistant.tools.year_premise import deals_of_other_years, premise_line, years_message

_PART_WORDS = ("consisting of", "made up of", "option exercise", "within", "split", "partly", " plus ")


def _sentence(text: str) -> str:
    return text if text.rstrip().endswith((".", "!", "?")) else text.rstrip() + "."


def get_deal(book: DealBook, args: GetDealArgs) -> ToolResult:
    if not (args.deal_id or args.licensor or args.licensee or args.asset or args.year):
        return book.result(
            "get_deal", args, message="Name the deal: a deal id, a licensor or licensee, an asset or a year."
        )
    named = args.licensor or args.licensee
    candidates = book.tables.deals_with(canonical(named, book.aliases)) if named else book.tables.deals
    found = [
        deal
        for deal in candidates
        if (not args.deal_id or deal.deal_id == args.deal_id.strip().lower())
        and party_matches(args.licensor, deal.licensors, book.aliases)
        and party_matches(args.licensee, deal.licensees, book.aliases)
        and (not args.asset or args.asset.strip().lower() in deal.asset.lower())
        and (args.year is None or deal.year == args.year)
    ]
    premise = []
    if not found and len(moved := deals_of_other_years(book, args)) > 1:
        return book.result("get_deal", args, message=years_message(args, moved))  # "the 2023 Argo–Novartis deal"
    if not found and moved:
        found, premise = moved, [premise_line(book, args, moved[0])]  # "the ImmuneOnco–Axion deal closed in 2025"
    if not found and (mixed := partner_mixed_up(book, args)):
        found, premise = [mixed], [partner_line(book, args, mixed)]  # "SciNeuro's 2026 deal with Roche"
    if not found and (drug := asset_partner(book, args)):
        return book.result("get_deal", args, message=drug)  # "what did Pfizer pay Akeso for ivonescimab?"
    if not found and (ask := which_partner(book, args)):  # "SciNeuro's 2026 deal with Roche": both dealt in 2026
        return book.result("get_deal", args, message=ask[0], candidates=[deal.deal_id for deal in ask[1]])
    if not found:
        return book.result("get_deal", args, message="No deal in our table matches those terms.")
    pair = bool(args.licensor and args.licensee) and not args.ask_which
    if len(found) > 1 and pair and args.metric in METRICS and len(found) <= _EACH_PAIR:
        return _each_of_the_pair(book, args, found)  # "what did Novartis pay Argo upfront?": both deals' upfronts
    if len(found) > 1:
        return book.result(
            "get_deal", args, message=_which_one(book, args, found), candidates=[d.deal_id for d in found]
        )
    deal = found[0]
    # A question about one figure gets that figure; a terminated deal's status always comes along.
    focus = [args.metric] if args.metric in METRICS else [] if args.metric else list(METRICS)
    if args.plus and args.metric in METRICS and args.plus != args.metric:
        focus.append(args.plus)  # "the upfront plus the equity": each part with its sentence, then the sum
    note, note_prov = book.equity_note(deal)
    lines = premise + [
        ResultLine(
            text=term_sentence(deal, name, note),
            provenance=book.prov([deal], name) + (note_prov if name == "equity" else []),
        )
        for name in focus
    ]
    # the first figure said names what was licensed ("... upfront for SSGJ-707.")
    first = next(
        (at for at, name in enumerate(focus) if name != "equity" and deal.figure(name).amount is not None), None
    )
    if first is not None:
        line = lines[len(premise) + first]
        lines[len(premise) + first] = line.model_copy(update={"text": with_asset(line.text, deal)})
    figures = [book.figure(deal, name) for name in focus]
    if focus == ["milestones"] and deal.milestones.amount is None and deal.total.amount is not None:
        # "biobucks on the Jan 2024 Argo deal?": no milestone figure, but the headline total is known
        said = f"The {names(deal.licensors)}–{names(deal.licensees)} deal of {deal.announced} has a headline total"
        said += f" of {money(deal.total.amount, deal.total.qualifier)}."
        lines.append(ResultLine(text=said, provenance=book.prov([deal], "total")))
        figures.append(book.figure(deal, "total"))
    if focus == ["total"] and deal.total.amount is None:
        # "total value of the YL201 deal?": no headline, but the parts that were disclosed are said, not withheld
        for part in ("upfront", "milestones"):
            if deal.figure(part).amount is not None:
                lines.append(ResultLine(text=term_sentence(deal, part, note), provenance=book.prov([deal], part)))
                figures.append(book.figure(deal, part))
    if args.metric == "upfront" and not args.plus:
        lines += _upfront_parts(book, deal, figures)
    if args.plus and args.metric in METRICS and args.plus != args.metric:
        sum_lines, sum_figures = summed(book, deal, args.metric, args.plus)
        lines, figures = lines + sum_lines, figures + sum_figures
    licensors, licensees = names(deal.licensors), names(deal.licensees)
    # a term asked alone says whose deal it is ("Royalties to Hengrui from Kailera for HRS9531: ...")
    party = f" from {licensees}" if args.metric == "royalties" else f" by {licensors}"
    of_deal = f"{party} for {asset_said(deal)}" if args.metric else ""
    if args.metric in (None, "royalties"):
        royalties = f"Royalties to {licensors}{of_deal}: {deal.royalties}." if deal.royalties else ""
        if args.metric and not royalties:
            royalties = f"Royalty terms for {licensors} were not reported in the sources we hold."
        if royalties:
            lines.append(ResultLine(text=royalties, provenance=book.note(deal, "royalties")))
    if args.metric == "territory" and args.place:  # "does the licence include Taiwan?": yes, no, or not said
        verdict = place_verdict(deal.territory, args.place, licensees)
        lines.insert(len(premise), ResultLine(text=verdict, provenance=book.note(deal, "territory")))
    if args.metric in (None, "territory") and deal.territory:
        said = in_words(deal.territory) if args.metric else deal.territory  # asked alone: "ex-" said as "outside"
        lines.append(
            ResultLine(
                text=f"Territory licensed to {licensees}{of_deal}: {said}.", provenance=book.note(deal, "territory")
            )
        )
    if args.metric == "status":  # "did that deal actually close, and when?": the row's status, its date in words
        lines.append(ResultLine(text=status_sentence(deal), provenance=book.note(deal, "status")))
    elif args.metric is None or deal.status == "terminated":
        status = f"Status: {deal.status}"
        # An event's date is the article's; "active as of <date>" is only when the row was checked.
        if deal.status_date and deal.status in ("terminated", "closed"):
            status += f" on {deal.status_date}"
        status += f" — {deal.status_note}." if deal.status_note else "."
        status_prov = book.note(deal, "status")
        for stat in _retained(book, deal):
            figures.append(book.market.figure(stat))
            status_prov += book.market.provenance(stat)
        lines.append(ResultLine(text=status, provenance=status_prov))
    return book.result("get_deal", args, lines=lines, figures=figures, deal_ids=[deal.deal_id])


def _upfront_parts(book: DealBook, deal: Deal, figures: list[FigureOut]) -> list[ResultLine]:
    """What an upfront includes: an equity purchase, or near-term and other payments.

    Equity counts as part of the upfront when the deal's upfront or equity sentence
    says so (e.g. "a figure that includes an equity purchase", "the share portion of
    the upfront"); equity bought alongside is said to be separate.
    """
    upfront, equity = deal.upfront, deal.equity
    if upfront.amount is None:
        return []
    stated = money(upfront.amount, "exact")
    both = book.prov([deal], "upfront") + book.prov([deal], "equity")
    if equity_in_upfront(deal):
        if equity.amount is not None:
            part = money(equity.amount, equity.qualifier)
            rest = upfront.amount - equity.amount
            # the part stated is a figure too: "how much of that upfront is equity" asks it (outsider98)
            figures.append(
                FigureOut(
                    label=f"equity part of the upfront, {deal.label}",
                    value=equity.amount,
                    qualifier=equity.qualifier,
                    expression=f"deals[{deal.deal_id}].equity",
                    provenance=book.prov([deal], "equity"),
                )
            )
            other = ""
            if equity.qualifier == "exact":
                other = f" ({money(rest, 'exact')} without it, our arithmetic)"
                figures.append(
                    FigureOut(
                        label=f"upfront less equity, {deal.label}",
                        value=rest,
                        qualifier=upfront.qualifier,
                        expression=f"deals[{deal.deal_id}].upfront - deals[{deal.deal_id}].equity",
                        provenance=both,
                    )
                )
            text = f"The {stated} upfront includes {part} paid in equity{other}: {equity.quote}"
        else:
            text = f"Part of the {stated} upfront is paid in equity: {equity.quote}"
        return [ResultLine(text=_sentence(text), provenance=both)]
    lines = []
    if any(word in upfront.quote.lower() for word in _PART_WORDS):
        text = f"What the {stated} covers, in the source's words: {upfront.quote}"
        lines.append(ResultLine(text=_sentence(text), provenance=book.prov([deal], "upfront")))
    if equity.amount is not None:
        text = (
            f"Separately from the upfront, {names(deal.licensees)} made an equity investment of "
            f"{money(equity.amount, equity.qualifier)} in {names(deal.licensors)}."
        )
        if licensor_holds_equity(deal):
            text = (
                f"Separately from the upfront, {names(deal.licensors)} received equity in {names(deal.licensees)} "
                f"worth {money(equity.amount, equity.qualifier)}."
            )
        lines.append(ResultLine(text=text, provenance=book.prov([deal], "equity")))
    return lines


def _retained(book: DealBook, deal: Deal) -> list[MarketStat]:
    """Reported money a licensor kept after a termination (a market_stats row)."""
    if deal.status != "terminated":
        return []
    return [
        stat
        for stat in book.tables.market_stats
        if stat.metric == "retained_after_termination"
        and stat.subject in deal.licensors
        and any(name.split()[0] in stat.scope for name in deal.licensees)
    ]


_EACH_PAIR = 4  # one pair's deals given each, when one measure is asked; a company's many deals are asked about


def _each_of_the_pair(book: DealBook, args: GetDealArgs, found: list[Deal]) -> ToolResult:
    """One measure of each deal between the same two companies ("What did Novartis pay Argo upfront?": the
    January 2024 deal's $185 million and the September 2025 deal's $160 million), oldest first; no one deal is
    picked for the user, and no question back is needed when every deal can be given."""
    ordered = sorted(found, key=lambda deal: deal.announced)
    pair = f"{names(ordered[0].licensors)} and {names(ordered[0].licensees)}"
    cited = book.cite(ordered)
    lines = [
        ResultLine(text=f"Our table holds {count_deals(len(ordered))} between {pair}; each is given.", provenance=cited)
    ]
    figures: list[FigureOut] = [count_figure("deals between the pair", len(ordered), "count(get_deal)", cited)]
    for deal in ordered:
        one = get_deal(book, args.model_copy(update={"deal_id": deal.deal_id}))
        said = list(one.lines)
        if said:  # "January 2024 (two cardiovascular RNAi assets): Novartis agreed to pay ..."
            dated = f"{month_words(deal.announced[:7])} ({short_asset(deal)}): {said[0].text}"
            said[0] = said[0].model_copy(update={"text": dated})
        lines += said
        figures += one.figures
    return book.result(
        "get_deal",
        args,
        lines=lines,
        figures=figures,
        deal_ids=[d.deal_id for d in ordered],
        rows=[d.deal_id for d in ordered],
    )


def _which_one(book: DealBook, args: GetDealArgs, found: list[Deal]) -> str:
    """E.g. "Merck & Co. licensed from Hengrui in 2025; Hansoh, LaNova and Curon in 2024 — which one?".

    Dates and assets are written as the articles write them ("May 2022", "seven
    preclinical ADCs"), so each number in the question back is in a cited opening.
    """
    if args.licensee and not args.licensor:
        lead, verb, other = canonical(args.licensee, book.aliases), "licensed from", "licensors"
    elif args.licensor and not args.licensee:
        lead, verb, other = canonical(args.licensor, book.aliases), "licensed to", "licensees"
    else:
        listed = "; ".join(
            f"{names(deal.licensors)} → {names(deal.licensees)}, {month_words(deal.announced[:7])} "
            f"({short_asset(deal)})"
            for deal in found
        )
        return f"Several deals in our table match: {listed} — which one?"
    parts = []
    for year in sorted({deal.year for deal in found}, reverse=True):
        in_year = sorted((d for d in found if d.year == year), key=lambda d: d.announced)
        by_party: dict[str, list[str]] = {}
        for deal in in_year:
            by_party.setdefault(names(getattr(deal, other)), []).append(short_asset(deal))
        parties = [  # a party with two deals that year is named once, with both assets
            party if len(assets) == 1 else f"{party} for {' and for '.join(assets)}"
            for party, assets in reversed(by_party.items())
        ]
        parts.append(f"{names(parties)} in {year}")
    return f"{lead} {verb} {'; '.join(parts)} — which one?"


def _partners_line(
    deals: list[Deal], args: FindDealsArgs, cited: list[Provenance]
) -> tuple[ResultLine, FigureOut] | None:
    """The different companies of one side of the deals listed, counted and named: asked for ("which companies"),
    or said when a company named on one side dealt more than once with one partner (6 Merck deals, 5 licensors)."""
    side = args.companies or ("licensor" if args.filter.licensee else "licensee" if args.filter.licensor else None)
    if side is None:
        return None
    found = list(
        dict.fromkeys(name for deal in deals for name in (deal.licensors if side == "licensor" else deal.licensees))
    )
    if not args.companies and len(found) >= len(deals):
        return None
    if len(found) == 1:
        text = f"The {side} of {'the deal' if len(deals) == 1 else f'all {len(deals)}'} is {found[0]}."
    else:
        text = f"They are with {len(found)} different {side}s: {names(found)}."
    line = ResultLine(text=text, provenance=cited)
    return line, count_figure(f"different {side}s of the deals listed", len(found), f"count(distinct {side})", cited)


def find_deals(book: DealBook, args: FindDealsArgs) -> ToolResult:
    deals = book.select(args.filter)
    left_out = _left_out(book, args.filter)
    # the companies left out are named beside their own rows' sources, not in the count their rows are not in
    where = book.where(args.filter)
    if left_out:
        where = f"{book.where(args.filter.model_copy(update={'exclude_companies': []}))}, not counting those left out as asked"
    if not deals:
        return book.result("find_deals", args, message=f"Our table holds no deal {where}.")
    shown = deals[: args.limit]
    more = f"; the first {len(shown)} are listed" if len(deals) > len(shown) else ""
    # The count is a figure, cited to each listed deal's article, like every count the tools state.
    counted = book.cite(deals)
    lines = [ResultLine(text=f"Our table holds {count_deals(len(deals))} {where}{more}.", provenance=counted)]
    figures: list[FigureOut] = [count_figure(f"deals {where}", len(deals), "count(find_deals)", counted)]
    partners = _partners_line(deals, args, counted)  # "which Chinese companies did Merck license from?": 5 licensors
    if partners:
        lines.append(partners[0])
        figures.append(partners[1])
    # "deals with a disclosed equity component", "equity of at least $100m": each listed with the figure asked about
    given = set(args.filter.model_dump(exclude_none=True))
    bounded: list[Metric] = [m for m in ("milestones", "equity") if {f"min_{m}_usd", f"max_{m}_usd"} & given]
    measures: list[Metric] = list(
        dict.fromkeys(["upfront", "total", *args.filter.disclosed, *bounded, *(args.measures or [])])
    )
    for deal in shown:
        kind = ", ".join(part for part in (deal.modality, deal.therapeutic_area) if part)
        terms = "; ".join(f"{m} {money(deal.figure(m).amount, deal.figure(m).qualifier)}" for m in measures)
        lines.append(
            ResultLine(
                text=f"{deal.label}: {short_asset(deal)}{f' ({kind})' if kind else ''}; {terms}.",
                provenance=[p for m in measures for p in book.prov([deal], m)],
            )
        )
        figures += [book.figure(deal, m) for m in measures]
    borderline = len(book.borderline_also(args.filter))  # the borderline rows the list leaves out, said, not named
    if borderline:
        many = ("two", "three", "four", "five")[borderline - 2] if borderline <= 5 else "several"  # said in words
        rows, verb, them = (
            ("one borderline row", "matches", "it") if borderline == 1 else (f"{many} borderline rows", "match", "them")
        )
        said = f"Not counted: {rows} (licensor arguably not Chinese) that also {verb}; ask with the borderline deals "
        lines.append(ResultLine(text=said + f"included to see {them}.", provenance=[]))
    if left_out:
        said = "; ".join(f"{deal.label}: {short_asset(deal)}" for deal in left_out)
        lines.append(ResultLine(text=f"Left out as asked: {said}.", provenance=book.cite(left_out)))
    # The bounds asked for ("more than a billion dollars upfront") are stated in the answer as numbers.
    bounds = args.filter.model_dump(include=set(_BOUND_FIELDS), exclude_none=True)
    figures += [
        FigureOut(label=f"bound asked for: {_BOUND_WORDS[field]}", value=value, expression=f"filter.{field}")
        for field, value in bounds.items()
    ]
    listed = [d.deal_id for d in shown]  # "the second one" points at a row of the list as given
    return book.result(
        "find_deals", args, lines=lines, figures=figures, deal_ids=[d.deal_id for d in deals], rows=listed
    )


_BOUND_FIELDS = [
    f"{side}_{metric}_usd" for side in ("min", "max") for metric in ("total", "upfront", "milestones", "equity")
]
# A label is read by people: "an upfront of at least", never the filter's field name.
_BOUND_WORDS = {
    field: f"{field.split('_')[1]} of {'at least' if field.startswith('min') else 'at most'}" for field in _BOUND_FIELDS
}


def _left_out(book: DealBook, wanted: DealFilter) -> list[Deal]:
    """The deals of the companies a list leaves out that would otherwise be in it, from any table section
    ("leave out the borderline WuXi Biologics/Candid one")."""
    if not wanted.exclude_companies:
        return []
    every = wanted.model_copy(update={"exclude_companies": [], "scopes": ["main", "context", "borderline"]})
    kept = {deal.deal_id for deal in book.select(wanted)}
    return [
        deal
        for deal in book.select(every)
        if deal.deal_id not in kept
        and any(party_matches(name, deal.licensors + deal.licensees, book.aliases) for name in wanted.exclude_companies)
    ]


def status_sentence(deal: Deal) -> str:
    """The deal's status as a sentence, a date in words with the table's ISO form kept: "The LaNova
    Medicines–Merck & Co. deal closed on 20 December 2024 (2024-12-20)."; a closing in the status note is said with
    it (Akeso–Summit, active: "transaction closed 2023-01-17"); a deal with no closing recorded says so."""
    pair = f"The {names(deal.licensors)}–{names(deal.licensees)} deal"
    when = f" on {human_date(deal.status_date)} ({deal.status_date})" if deal.status_date else ""
    if deal.status == "closed":
        return f"{pair} closed{when}."
    if deal.status == "terminated":
        return f"{pair} was terminated{when}" + (f" — {deal.status_note}." if deal.status_note else ".")
    as_of = f" as of {human_date(deal.status_date)} ({deal.status_date})" if deal.status_date else ""
    # Akeso-Summit, "active": "transaction closed 2023-01-17; ..."; what the closing waits for: "takes effect upon
    # regulatory approvals" (RemeGen-AbbVie), "subject to HSR clearance" (Hengrui-GSK)
    if re.search(r"clos|effect|approval|clearance|subject to|condition", deal.status_note, re.IGNORECASE):
        return f"{pair} is recorded in our table as {deal.status}{as_of}: {deal.status_note}."
    return f"{pair} is recorded in our table as {deal.status}{as_of}; the table records no closing for it."
