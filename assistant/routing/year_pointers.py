"""Years pointed at instead of named, in a question that names them: "Hengrui upfronts, 2024 against 2025, how
much more did they bring in the second year" and "how many fewer deals did Merck do in 2025 than the year before"
(outsider83, a journalist dictating).

"The second year" after two years is the later one named, "the first year" the earlier; "than the year before"
(the previous year, the prior year, a year earlier) after one year is the year before it. Left in, "second" was
read as a place no column holds and the question went to the articles, and "the year before" was no period, so
the count covered 2025 alone. Written as the year they point at: "... bring in 2025", "... than in 2024". Not
read: a question naming no year or other numbers of years ("the second year" after three years), "the year
before" with no comparison before it ("deals signed the year before the merger"), and a follow-up's "year
before?" with no year of its own (``period_turns`` reads it against the turn before). A growth "since 2021" is
one from 2021 to the last whole year of the corpus ("from 2021 to 2025"): read as a bound, it was compared with
2020, a year no tracker reported, and went to the articles ("the most times since 2024" asks no growth: as asked).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_YEAR_RE = re.compile(r"(?<![\d.$])(?:19|20)\d\d(?![\d%])")
# "the second year", "the latter year", "the later one of the two years": one of the two years said before
_ORDINAL_RE = re.compile(
    r"\b(?:in\s+|for\s+|during\s+)?the\s+(?P<which>first|former|earlier|second|latter|later)\s+(?:year|one)\b", _I
)
_LATER = frozenset(["second", "latter", "later"])
# "than the year before", "vs the previous year", "compared with a year earlier"
_BEFORE_RE = re.compile(
    r"\b(?P<cmp>than|vs\.?|versus|against|compared\s+(?:with|to))\s+(?:in\s+)?(?:the\s+|a\s+)?"
    r"(?:year\s+before|previous\s+year|prior\s+year|preceding\s+year|year\s+earlier)\b",
    _I,
)


# "what's the growth since 2021", "how much has it grown since 2021": a change from that year, to no year said
_GROWTH_SINCE_RE = re.compile(
    r"\b(?:growth|grow(?:n|s)?|grew|increase[sd]?|change[sd]?|risen|rose)\b[^?.;]*?\b(?P<since>since)\s+"
    r"(?P<year>(?:19|20)\d\d)\b",
    _I,
)


def years_pointed(question: str, corpus_end: str = "") -> str:
    """``question`` with "the second year" / "than the year before" written as the years they point at, and a
    growth "since 2021" as one from 2021 to the last whole year before ``corpus_end`` (an ISO date)."""
    since = _GROWTH_SINCE_RE.search(question)
    last_whole = int(corpus_end[:4]) - (0 if corpus_end[5:7] == "12" else 1) if corpus_end[:4].isdigit() else 0
    if since and len(set(_YEAR_RE.findall(question))) == 1 and int(since.group("year")) < last_whole:
        span = f"from {since.group('year')} to {last_whole}"
        question = question[: since.start("since")] + span + question[since.end("year") :]
    ordinal = _ORDINAL_RE.search(question)
    if ordinal:
        years = list(dict.fromkeys(y.group() for y in _YEAR_RE.finditer(question[: ordinal.start()])))
        if len(years) == 2 and not _YEAR_RE.search(question[ordinal.end() :]):
            first, second = sorted(years)
            year = second if ordinal.group("which").lower() in _LATER else first
            question = f"{question[: ordinal.start()]}in {year}{question[ordinal.end() :]}"
    before = _BEFORE_RE.search(question)
    if before:
        years = list(dict.fromkeys(y.group() for y in _YEAR_RE.finditer(question[: before.start()])))
        if len(years) == 1 and not _YEAR_RE.search(question[before.end() :]):
            question = (
                f"{question[: before.start()]}{before.group('cmp')} in {int(years[0]) - 1}{question[before.end() :]}"
            )
    return question
