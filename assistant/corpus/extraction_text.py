"""What an article says besides its figures: company names, the announcement date, the asset.

The deal extractor reads names through ``NameBook`` (companies.csv aliases plus the names an
article introduces), dates through ``article_date`` and the asset's description through
``describe``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.corpus import extraction_rules as rules
from assistant.corpus.documents import Article
from assistant.corpus.tables import Company
from assistant.dates import MONTHS


class NameBook:
    """Company names as an article writes them, resolved to one canonical name each."""

    def __init__(self, companies: Iterable[Company], extra_names: Iterable[str] = ()) -> None:
        self.country: dict[str, str] = {}
        aliases: dict[str, str] = {}
        for company in companies:
            self.country[company.name] = company.country
            for alias in (company.name, *company.aliases):
                if len(alias) >= 3 and not re.search(r"[\u3400-\u9fff]", alias):
                    aliases.setdefault(alias, company.name)
        known = {alias.lower() for alias in aliases}
        words: dict[str, set[str]] = {}
        for name in extra_names:
            if name.lower() in known or name in aliases.values():
                continue
            aliases.setdefault(name, name)
            for word in name.split():
                if len(word) >= 4 and word.lower() not in rules.GENERIC_NAME_WORDS and word.lower() not in known:
                    words.setdefault(word, set()).add(name)
        for word, owners in words.items():
            if len(owners) == 1:  # a word two new names share names neither
                aliases.setdefault(word, next(iter(owners)))
        self.aliases = aliases
        ordered = sorted(aliases, key=len, reverse=True)
        self._re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w-]*\w)")

    def mentions(self, text: str) -> list[tuple[str, int, int]]:
        """(canonical name, start, end) of each company named in ``text``, in order."""
        return [(self.aliases[m.group()], m.start(), m.end()) for m in self._re.finditer(text)]


def new_names(article: Article) -> list[str]:
    """Names the article introduces: its front matter's companies, else capitalised names with a company suffix."""
    if article.companies:
        return list(article.companies)
    text = " ".join(article.paragraphs)
    return list(dict.fromkeys(m.group().strip() for m in rules.NEW_NAME_RE.finditer(text)))


def date_in(text: str) -> tuple[str, int] | None:
    """The first date in ``text`` as ISO (YYYY-MM-DD, YYYY-MM) and where it stands; one after
    'announced' or 'disclosed' comes first."""
    found: list[tuple[int, int, str]] = []
    spans: list[tuple[int, int]] = []
    for pattern in rules.DATE_RES:  # fullest forms first: "20 May 2025" is not also "May 2025"
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in spans):
                continue
            spans.append(match.span())
            parts = match.groupdict()
            month = parts.get("mm") or f"{MONTHS[parts['month'].lower()]:02d}"
            day = parts.get("dd") or (f"{int(parts['day']):02d}" if parts.get("day") else "")
            preferred = 0 if rules.ANNOUNCED_BEFORE_RE.search(text[: match.start()]) else 1
            found.append((preferred, match.start(), f"{parts['year']}-{month}" + (f"-{day}" if day else "")))
    if not found:
        return None
    preferred, position, iso = min(found)
    return iso, position


def article_date(article: Article) -> str:
    """When the deal was announced: the opening paragraph's date, else any date, else the publication date."""
    paragraphs = article.paragraphs
    if paragraphs and (found := date_in(paragraphs[0])):
        return found[0]
    if paragraphs and (year := rules.YEAR_ONLY_RE.search(paragraphs[0])):
        return year.group("year")
    for paragraph in paragraphs[1:]:
        if found := date_in(paragraph):
            return found[0]
    return article.published


def describe(article: Article) -> dict[str, str]:
    opening = " ".join([article.title, *article.paragraphs[:2]])
    code = rules.ASSET_CODE_RE.search(" ".join(article.paragraphs[:2]))
    modality = next((name for name, pattern in rules.MODALITY_WORDS if re.search(pattern, opening)), "")
    area = next((name for name, pattern in rules.AREA_WORDS if re.search(pattern, opening, re.IGNORECASE)), "")
    territory = next((m.group() for p in article.paragraphs if (m := rules.TERRITORY_RE.search(p))), "")
    return {
        "asset": code.group() if code else "",
        "modality": modality,
        "therapeutic_area": area,
        "territory": territory.strip(),
    }
