"""A licensor's drug-code prefix read as that licensor: "HRS GSK upf / tot", "SSGJ upf + eq?" (outsider70).

A desk writes Hengrui as "HRS" and 3SBio as "SSGJ", the letters of their drug codes (HRS-9531, SSGJ-707). These
are not company names, so companies.csv does not hold them (as aliases they matched "48 hrs" and made the citation
check read "SSGJ-708" as a company). The prefixes come from the deal table's asset column: the letters before the
digits of each asset code ("HRS-9531", "SSGJ-707"), kept when every code with them belongs to one licensor and
they are no company's alias already. They are read only in capitals and never before "-digits" ("HRS-9821" is
the asset, which the asset reader takes); "hrs" is hours. Tickers that are aliases but not name words of a
Chinese licensor ("IVT" for Innovent, "HBM", "TUL") are read only in capitals too: "IVT mRNA" is
in-vitro-transcribed, said in capitals by chemists, so those count only when the question is not about mRNA
technology; that nuance is left to the name reader's capital rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.corpus.tables import Company, Deal

_CODE_RE = re.compile(r"(?<![\w-])([A-Z]{3,6})-?\d{3,}")


def licensor_code_prefixes(deals: Iterable[Deal], companies: Iterable[Company]) -> dict[str, str]:
    """ "HRS" -> "Jiangsu Hengrui Pharmaceuticals", "SSGJ" -> "3SBio": code letters each held by one licensor."""
    owners: dict[str, set[str]] = {}
    for deal in deals:
        for prefix in _CODE_RE.findall(deal.asset):
            owners.setdefault(prefix, set()).update(deal.licensors)
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
