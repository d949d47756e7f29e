"""A deal named by its two parties and its year, where the pair never dealt but one of them did one deal that year.

"SciNeuro's 2026 brain-shuttle antibody deal with Roche - upfront?" (SciNeuro's one 2026 deal is with Novartis),
"Lilly's big Feb 2026 platform deal with 恒瑞 — headline value?" (Lilly's one 2026 deal is with Innovent): the
partner is a false premise. ``get_deal`` had answered "No deal in our table matches those terms"; now the partner
is corrected from the table (cited to the deal's article) and that deal's terms follow. Only when the pair has no
deal in any year, exactly one of the two named companies has deals in the year asked (on the side it was named
on) and that is one deal. When each of the two did deals that year ("SciNeuro's 2026 deal with Roche": Roche
licensed from MediLink in 2026 too), which one is meant is asked, each with its partner (``which_partner``);
a pair named without a year stays unanswered.
"""

from __future__ import annotations

from assistant.corpus.tables import Deal
from assistant.tools.dealbook import DealBook, names
from assistant.tools.dealfilter import party_matches
from assistant.tools.schema import GetDealArgs, ResultLine
from assistant.tools.term_sentences import asset_said


def _of_the_year(book: DealBook, args: GetDealArgs) -> tuple[list[Deal], list[Deal]] | None:
    """The deals of the year asked that the named licensor did and that the named licensee did, when the pair
    itself never dealt; ``None`` when the question names no pair and year, or the pair did deal."""
    if not (args.licensor and args.licensee and args.year) or args.deal_id or args.asset:
        return None
    deals = book.tables.deals
    sellers = [deal for deal in deals if party_matches(args.licensor, deal.licensors, book.aliases)]
    buyers = [deal for deal in deals if party_matches(args.licensee, deal.licensees, book.aliases)]
    if {deal.deal_id for deal in sellers} & {deal.deal_id for deal in buyers}:
        return None  # the pair did deal, in another year: ``year_premise``'s case
    return [d for d in sellers if d.year == args.year], [d for d in buyers if d.year == args.year]


def partner_mixed_up(book: DealBook, args: GetDealArgs) -> Deal | None:
    """The one deal of the year asked that one of the two named parties did, when the pair itself never dealt."""
    sides = _of_the_year(book, args)
    held = [side for side in sides or () if side]
    if len(held) != 1 or len(held[0]) != 1:
        return None
    return held[0][0]


def asset_partner(book: DealBook, args: GetDealArgs) -> str | None:
    """The premise corrected, when the drug asked was licensed by one of the two named parties to someone else:
    "What upfront did Pfizer pay Akeso for ivonescimab?" - "Our table has no deal between Akeso and Pfizer for
    Ivonescimab: Akeso licensed it to Summit Therapeutics." No figure (nor date, which nothing here cites) follows (the deal asked does not
    exist); a pair named the other way round ("from BMS to SystImmune") is no wrong partner."""
    if not (args.asset and args.licensor and args.licensee) or args.deal_id:
        return None
    asked = args.asset.strip().lower()
    deals = [deal for deal in book.tables.deals if asked in deal.asset.lower()]
    named = [args.licensor, args.licensee]
    mixed = [
        deal
        for deal in deals
        if sum(party_matches(name, [*deal.licensors, *deal.licensees], book.aliases) for name in named) == 1
    ]
    if len(mixed) != 1 or len(deals) != 1:
        return None
    deal = mixed[0]
    return (
        f"Our table has no deal between {args.licensor} and {args.licensee} for {asset_said(deal)}: "
        f"{names(deal.licensors)} licensed it to {names(deal.licensees)}."
    ).replace("to The ", "to the ")


def which_partner(book: DealBook, args: GetDealArgs) -> tuple[str, list[Deal]] | None:
    """The question back, and the deals it lists, when the pair never dealt and each named party did deals in the
    year asked: "Our table has no deal between SciNeuro Pharmaceuticals and Roche; their deals of 2026 are
    SciNeuro Pharmaceuticals–Novartis (2026-01-12), MediLink Therapeutics–Roche (2026-01-08) — which one do you
    mean?" (one sentence, each listed deal cited); ``None`` unless each named party did deals that year."""
    sides = _of_the_year(book, args)
    if not sides or not all(sides):
        return None  # "Sanofi's 2024 deal with Hengrui": Sanofi did none that year, so no partner to offer
    of_year = [deal for side in sides for deal in side]
    if len(of_year) > 4:
        return None
    listed = ", ".join(f"{names(d.licensors)}–{names(d.licensees)} ({d.announced})" for d in of_year)
    message = (
        f"Our table has no deal between {args.licensor} and {args.licensee}; their deals of {args.year} "
        f"are {listed} — which one do you mean?"
    )
    return message, of_year


def partner_line(book: DealBook, args: GetDealArgs, deal: Deal) -> ResultLine:
    """E.g. "The partner is wrong: the deal of 2026 is Innovent Biologics–Eli Lilly, announced on 2026-02-08." (the
    asker's partner is not repeated: no quote of this deal names it, so nothing could cite it)."""
    text = (
        f"The partner is wrong: the deal of {deal.year} is "
        f"{names(deal.licensors)}–{names(deal.licensees)}, announced on {deal.announced}."
    ).replace("is The ", "is the ")  # "The United Laboratories"
    return ResultLine(text=text, provenance=book.cite([deal]))
