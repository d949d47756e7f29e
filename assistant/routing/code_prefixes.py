"""A licensor's drug-code prefix read as that licensor: "HRS GSK upf / tot", "SSGJ upf + eq?" (outsider70).

A desk writes Hengrui as "HRS" and 3SBio as "SSGJ", the letters of their drug codes (HRS-9531, SSGJ-707). These
are not company names, so companies.csv does not hold them (as aliases they matched "48 hrs" and made the citation
check read "SSGJ-708" as a company). The prefixes come from the deal table's asset column: the letters of the first code of each asset cell, the
licensor's own ("HRS-9531", "SSGJ-707"; not "AVZO-1418" after "DB-1418 /" nor "SMT112" in brackets, the licensee's),
kept when every such code belongs to one licensor and they are no company's alias already. They are read only in
capitals, never before "-digits" ("HRS-9821" is the asset, which the asset reader takes), and only where the desk
writes them as a company: followed by a company, a year, a measure or nothing ("HRS GSK upf", "SSGJ upf + eq?", "HRS
2025 tot"), so "CBP inhibitor deals" is a target and "SIM card" a card; "hrs" is hours. Tickers that are aliases
but not name words of a Chinese licensor ("IVT" for Innovent, "HBM", "TUL") are read only in capitals too, and not
before a mixed-case term ("IVT mRNA" is in-vitro-transcribed): the name reader's capital rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.corpus.tables import Company, Deal

_CODE_RE = re.compile(r"(?<![\w-])([A-Z]{2,6})-?\d{3,}")
_BRACKETED_RE = re.compile(r"\([^)]*\)")
# what may follow a prefix said as a company (after the shorthand is spelt: "upf" is "upfront"), besides a company
_AFTER_PREFIX = frozenset(
    [
        "upfront",
        "upfronts",
        "total",
        "tot",
        "value",
        "equity",
        "eq",
        "biobucks",
        "milestones",
        "ms",
        "revenue",
        "sum",
        "deal",
        "deals",
        "vs",
        "versus",
        "and",
        "or",
        "s",
    ]
)


def licensor_code_prefixes(deals: Iterable[Deal], companies: Iterable[Company]) -> dict[str, str]:
    """ "HRS" -> "Jiangsu Hengrui Pharmaceuticals", "SSGJ" -> "3SBio": code letters each held by one licensor."""
    owners: dict[str, set[str]] = {}
    for deal in deals:
        first = _CODE_RE.search(_BRACKETED_RE.sub(" ", deal.asset))  # the licensor's own code, said first
        if first and len(first.group(1)) >= 3:  # "DB-1418 / AVZO-1418": DB is Duality's, AVZO its licensee's
            owners.setdefault(first.group(1), set()).update(deal.licensors)
    taken = {alias.lower() for company in companies for alias in [company.name, *company.aliases]}
    return {
        prefix: next(iter(names))
        for prefix, names in sorted(owners.items())
        if len(names) == 1 and prefix.lower() not in taken
    }


def capitals_only_tickers(companies: Iterable[Company]) -> set[str]:
    """ "ivt", "hbm", "tul": a Chinese licensor's all-capitals alias that is no word of its name ("CSPC" is)."""
    found: set[str] = set()
    for company in companies:
        if company.role != "licensor" or company.country != "China":
            continue
        name_words = {word.lower() for word in re.findall(r"[A-Za-z0-9]+", company.name)}
        found |= {a.lower() for a in company.aliases if re.fullmatch(r"[A-Z]{2,5}", a) and a.lower() not in name_words}
    return found


def said_as_company(following: str | None, is_company: bool) -> bool:
    """ "HRS GSK", "SSGJ upfront", "HRS 2025", "SSGJ?": a code prefix followed by a company, a year, a measure or
    nothing is the licensor; "CBP inhibitor", "SIM card" are a target and a card."""
    return following is None or is_company or following.isdigit() or following in _AFTER_PREFIX
