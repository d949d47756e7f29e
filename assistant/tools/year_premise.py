"""A deal named by its two parties with a year it does not have: the year is a false premise, not a filter.

"Given the ImmuneOnco–Axion deal closed in 2025, what upfront did Axion pay?", "now that the
Innovent–Takeda licence was signed in 2023, how much did Takeda pay upfront?": the pair has one deal in our table, of another year (2024,
2025). ``get_deal`` had answered "No deal in our table matches those terms"; now the year is corrected from
the table's announcement date (cited to the deal's article) and the deal's terms follow, a terminated
deal's status with them. A pair with several deals, none of that year, is not guessed at: their years are
said and the user is asked which one.

A deal the router already named by its id (its headline figure or its kind said beside the pair:
"AstraZeneca's $18.5bn weight-loss deal with CSPC in 2025", "BioNTech and 映恩生物's 2024 ADC deal") with a year
it does not have is that deal, its year corrected the same way, whether or not the year was said of an event.
"""

from __future__ import annotations

from assistant.corpus.tables import Deal
from assistant.tools.dealbook import DealBook, names
from assistant.tools.dealfilter import canonical, party_matches
from assistant.tools.schema import GetDealArgs, ResultLine


def deals_of_other_years(book: DealBook, args: GetDealArgs) -> list[Deal]:
    """The deals between the two parties named in ``args``, none of the year asked; none unless both parties and a
    year are given and the year was said of an event of the deal (``routing.event_years``): "in their 2023 deal"
    names a deal the table may not hold, which another year's deal does not answer."""
    if args.deal_id and args.year:  # the deal named by its id: its year is a premise
        named = [deal for deal in book.tables.deals if deal.deal_id == args.deal_id.strip().lower()]
        return [
            deal
            for deal in named
            if deal.year != args.year
            and party_matches(args.licensor, deal.licensors, book.aliases)
            and party_matches(args.licensee, deal.licensees, book.aliases)
        ]
    if not (args.year_premise and args.licensor and args.licensee and args.year) or args.deal_id or args.asset:
        return []
    candidates = book.tables.deals_with(canonical(args.licensor, book.aliases))
    return [
        deal
        for deal in candidates
        if party_matches(args.licensor, deal.licensors, book.aliases)
        and party_matches(args.licensee, deal.licensees, book.aliases)
        and deal.year != args.year
    ]


def premise_line(book: DealBook, args: GetDealArgs, deal: Deal) -> ResultLine:
    """E.g. "The year asked is not the deal's: the ImmuneOnco Biopharmaceuticals–Axion Bio deal was announced on
    2024-08-01." (the question's year corrected; the wrong year is not repeated, as no quote holds it)."""
    pair = f"{names(deal.licensors)}–{names(deal.licensees)}".removeprefix("The ")
    if deal.status_date and deal.status_date[:4] == str(args.year):
        # "the ImmuneOnco–Axion deal was terminated in 2026": the year is its status's, which the status line states
        return ResultLine(text=f"The {pair} deal was announced on {deal.announced}.", provenance=book.cite([deal]))
    text = f"The year asked is not the deal's: the {pair} deal was announced on {deal.announced}."
    return ResultLine(text=text, provenance=book.cite([deal]))


def years_message(args: GetDealArgs, found: list[Deal]) -> str:
    """The question back when the pair has several deals, none of the year asked."""
    ordered = sorted(found, key=lambda deal: deal.announced)
    pair = f"{names(ordered[0].licensors)}–{names(ordered[0].licensees)}"
    dates = ", ".join(deal.announced for deal in ordered)
    return f"Our table has no {pair} deal of {args.year}; their deals were announced on {dates}. Which one do you mean?"
