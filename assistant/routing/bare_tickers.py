"""An exchange ticker typed without its suffix, written as ``companies.csv`` holds it (outsider84, a Hong Kong
buy-side analyst typing terminal shorthand).

A terminal user names a Hong Kong or mainland listing by its number alone: "1801 LLY feb-26 deal" is
Innovent (1801.HK) and Eli Lilly, "6990 MRK uf" Kelun-Biotech and Merck. ``bare_tickers`` writes a number of 4 to 6
digits that is exactly one company's listed code ("1801" of "1801.HK", "600276" of "600276.SH") as that alias.
A number that is a year of the trade (1990-2035), an amount ("$1801", "1801m", "2,269", "1801 million") or part
of a code ("HRS-1893", "IBI3009") is left as typed, and so is a number two companies list.
"""

from __future__ import annotations

import re
from typing import Any

# a number standing alone: no "$", digit, decimal point, hyphen or letter before it; no unit, decimal or
# thousands separator after it
_BARE_RE = re.compile(
    r"(?<![\w$.,/-])(?P<digits>\d{4,6})(?![\w.,/%-]|\s*(?:m|mn|mm|bn|b|k|million|billion|thousand|deals?|usd|dollars)\b)",
    re.IGNORECASE,
)
_LISTED_RE = re.compile(r"^(?P<digits>\d{4,6})\.(?:HK|SH|SZ)$", re.IGNORECASE)
_YEARS = range(1990, 2036)


def listed_codes(entities: Any) -> dict[str, str]:
    """Listed number -> the alias that holds it ("1801" -> "1801.HK"), numbers held by one company only."""
    codes = getattr(entities, "_bare_tickers", None)
    if codes is None:
        owners: dict[str, set[str]] = {}
        alias_of: dict[str, str] = {}
        for company in entities.companies.values():
            for alias in company.aliases:
                match = _LISTED_RE.match(alias.strip())
                if match:
                    owners.setdefault(match.group("digits"), set()).add(company.name)
                    alias_of[match.group("digits")] = alias.strip()
        codes = {digits: alias_of[digits] for digits, names in owners.items() if len(names) == 1}
        entities._bare_tickers = codes
    return dict(codes)


def bare_tickers(text: str, entities: Any) -> str:
    """``text`` with each listed number typed bare written as its company's ticker alias."""
    codes = listed_codes(entities)
    if not codes:
        return text

    def _alias(match: re.Match[str]) -> str:
        digits = match.group("digits")
        if int(digits) in _YEARS or digits not in codes:
            return match.group()
        return codes[digits]

    return _BARE_RE.sub(_alias, text)
