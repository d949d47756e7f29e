"""Deals in groups: by company, company country, modality, area, year, quarter or month, each group with its filter.

``aggregate`` sums or counts per group ("per licensee"); ``rank`` orders the groups ("the busiest
quarter of 2025"). A deal with two licensors is in both groups; a deal dated only to its year is
in no quarter and no month. A country group ("which buyer country spent the most") holds the deals of
the licensees from that country (companies.csv); a company with no country is "not stated".
"""

from __future__ import annotations

from assistant.corpus.tables import Deal
from assistant.dates import month_words
from assistant.tools.dealbook import UNSTATED, DealBook, group_keys
from assistant.tools.schema import DealFilter, ResultLine

DIMENSIONS = {
    "licensor": "licensors",
    "licensee": "licensees",
    "licensee_country": "licensee countries",
    "modality": "modalities",
    "therapeutic_area": "therapeutic areas",
    "year": "years",
    "quarter": "quarters",
    "month": "months",
}


def groups_of(
    book: DealBook, wanted: DealFilter, deals: list[Deal], dimension: str
) -> dict[str, tuple[str, DealFilter, list[Deal]]]:
    """Deals by group key, each with the group described in the filter's words."""
    members: dict[str, list[Deal]] = {}
    for deal in deals:
        for key in _keys(book, deal, dimension):
            members.setdefault(key, []).append(deal)
    described: dict[str, tuple[str, DealFilter, list[Deal]]] = {}
    for key, group in sorted(members.items()):
        if key == UNSTATED:
            where, narrowed = f"{book.where(wanted)}, {dimension.replace('_', ' ')} not stated", wanted
        else:
            narrowed = wanted.model_copy(update=_narrowing(dimension, key))
            where = book.where(narrowed)
        described[key] = (where, narrowed, group)
    return described


def _keys(book: DealBook, deal: Deal, dimension: str) -> list[str]:
    """A deal's groups; by licensee country, one per country of its licensees."""
    if dimension == "licensee_country":
        return sorted({book.countries.get(name) or UNSTATED for name in deal.licensees})
    return group_keys(deal, dimension)


def _narrowing(dimension: str, key: str) -> dict[str, object]:
    """The filter fields a group's key sets: "2025-Q1" is year 2025 and quarter 1."""
    if dimension == "licensee_country":
        return {"licensee_countries": [key]}
    if dimension == "year":
        return {"year": int(key)}
    if dimension == "quarter":
        return {"year": int(key[:4]), "quarter": int(key[-1])}
    if dimension == "month":
        return {"year": int(key[:4]), "month": int(key[5:7])}
    return {dimension: key}


def key_words(key: str) -> str:
    """A period's key as words ("2025-Q1" -> "Q1 2025", "2025-03" -> "March 2025"); other keys as they are."""
    if len(key) == 7 and key[4:6] == "-Q":
        return f"{key[5:]} {key[:4]}"
    return month_words(key)


def shared_note(deals: list[Deal], dimension: str) -> list[ResultLine]:
    if dimension == "licensee_country":
        if any(len(d.licensees) > 1 for d in deals):
            return [ResultLine(text="A deal with licensees from two countries counts in full for each.")]
        return []
    if dimension in ("licensor", "licensee") and any(len(group_keys(d, dimension)) > 1 for d in deals):
        return [ResultLine(text=f"A deal with two {DIMENSIONS[dimension]} counts in full for each.")]
    return []
