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


def partner_mixed_up(book: DealBook, args: GetDealArgs) -> Deal | None:
    """The one deal of the year asked that one of the two named parties did, when the pair itself never dealt."""
    if not (args.licensor and args.licensee and args.year) or args.deal_id or args.asset:
        return None
    deals = book.tables.deals
    sellers = [deal for deal in deals if party_matches(args.licensor, deal.licensors, book.aliases)]
    buyers = [deal for deal in deals if party_matches(args.licensee, deal.licensees, book.aliases)]
    if {deal.deal_id for deal in sellers} & {deal.deal_id for deal in buyers}:
        return None  # the pair did deal, in another year: ``year_premise``'s case
    of_year = [[deal for deal in side if deal.year == args.year] for side in (sellers, buyers)]
    held = [side for side in of_year if side]
    if len(held) != 1 or len(held[0]) != 1:
        return None
    return held[0][0]


def which_partner(book: DealBook, args: GetDealArgs) -> str | None:
    """The question back when the pair never dealt and each named party did deals in the year asked: "Our table
    has no deal between SciNeuro Pharmaceuticals and Roche; its 2026 deals are SciNeuro Pharmaceuticals–Novartis
    (2026-01-12) and MediLink Therapeutics–Roche (2026-...). Which one do you mean?"."""
    if not (args.licensor and args.licensee and args.year) or args.deal_id or args.asset:
        return None
    deals = book.tables.deals
    sellers = [deal for deal in deals if party_matches(args.licensor, deal.licensors, book.aliases)]
    buyers = [deal for deal in deals if party_matches(args.licensee, deal.licensees, book.aliases)]
    if {deal.deal_id for deal in sellers} & {deal.deal_id for deal in buyers}:
        return None
    of_year = [deal for deal in sellers + buyers if deal.year == args.year]
    if not of_year or len(of_year) > 4:
        return None
    listed = ", ".join(f"{names(d.licensors)}–{names(d.licensees)} ({d.announced})" for d in of_year)
    return (
        f"Our table has no deal between {args.licensor} and {args.licensee}; their deals of {args.year} "
        f"are {listed}. Which one do you mean?"
    )


def partner_line(book: DealBook, args: GetDealArgs, deal: Deal) -> ResultLine:
    """E.g. "The partner is wrong: the deal of 2026 is Innovent Biologics–Eli Lilly, announced on 2026-02-08." (the
    asker's partner is not repeated: no quote of this deal names it, so nothing could cite it)."""
    text = (
        f"The partner is wrong: the deal of {deal.year} is "
        f"{names(deal.licensors)}–{names(deal.licensees)}, announced on {deal.announced}."
    ).replace("is The ", "is the ")  # "The United Laboratories"
    return ResultLine(text=text, provenance=book.cite([deal]))
