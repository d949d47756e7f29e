"""A follow-up made of a period and nothing else of its own asks the question before for that period.

"Q4?" after "Q3'24 upfronts, total?" (a quarter or half alone, after a question naming one) is that question
of the new quarter, in the same year; after a question of a whole year ("how many deals in 2025?"), of that
year's quarter.

"vs 2025?" after "Merck buy how many asset from china company in 2024", "same tracker, year before?" after
PharmCube's 2025 count, "only the 2025 one, how many" after "how many siRNA deals are in your table",
"比2024年增长了百分之多少？" after PharmCube's 2025 value: alone, each names a year and no subject, and was read
as a question of its own (the articles, a tracker's count of every deal). After a question it is that
question again: "vs Y" sets Y beside the year asked ("… in 2024 versus 2025"), a growth asked "on Y" or
"比Y" is the same figure's change from Y, and anything else ("only the Y ones", "same tracker, year before")
asks the same question of Y instead of its year. The follow-up is rewritten into that whole question,
which the router plans as if it had been asked whole; a follow-up with a word of its own (a company, a
measure, any word not in ``_FILLER``) is left alone for the other readings.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_YEAR_RE = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
# "the year before", "prior year", "a year earlier", "上一年", "前一年"; "the year after", "following year"
_BEFORE_RE = re.compile(
    r"\b(?:(?:the\s+)?year\s+(?:before|earlier|prior)|(?:prior|previous|preceding)\s+year)\b|上一年|前一年", _I
)
_AFTER_RE = re.compile(r"\b(?:(?:the\s+)?year\s+after|(?:following|next)\s+year)\b|下一年|后一年", _I)
_VERSUS_RE = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:with|to)|against|relative\s+to)(?=\s|$)|对比|相比", _I)
# a change asked in percent: "up how much % on 2024", "growth vs 2024 in %", "比2024年增长了百分之多少"
_GROWTH_RE = re.compile(
    r"\b(?:growth|grew|grow(?:n|th)?|up|increase[ds]?|rise|rose|change[ds]?)\b|增长|增加|上涨|涨了", _I
)
# a question that is itself a follow-up ("And the milestones?", "what about Merck"): no whole question to ask again
_FOLLOW_UP_RE = re.compile(r"^\W*(?:and|what about|how about|so|then|same|also)\b", _I)
_PERCENT_RE = re.compile(r"%|\bper\s?cent\b|\bpct\b|百分", _I)
# The words such a follow-up holds beside its period: joiners, pointers back and the asking words.
_FILLER = frozenset(
    [
        "and",
        "or",
        "so",
        "ok",
        "okay",
        "then",
        "now",
        "also",
        "but",
        "what",
        "about",
        "how",
        "many",
        "much",
        "is",
        "was",
        "were",
        "did",
        "for",
        "in",
        "on",
        "of",
        "from",
        "to",
        "the",
        "a",
        "one",
        "ones",
        "only",
        "just",
        "same",
        "tracker",
        "source",
        "series",
        "database",
        "figure",
        "number",
        "count",
        "deals",
        "deal",
        "vs",
        "versus",
        "compared",
        "with",
        "against",
        "relative",
        "year",
        "before",
        "earlier",
        "prior",
        "previous",
        "preceding",
        "after",
        "following",
        "next",
        "please",
        "that",
        "this",
        "those",
        "growth",
        "grew",
        "grow",
        "grown",
        "up",
        "increase",
        "increased",
        "rise",
        "rose",
        "change",
        "changed",
        "percent",
        "per",
        "cent",
        "pct",
        "by",
    ]
)
# "Q4?", "and H2?", "what about q1": a quarter or half and nothing else; the earlier question named one of its kind.
_PART_ONLY_RE = re.compile(
    r"^\W*(?:(?:and|so|then|now|what about|how about)\s+)?(?:(?:in|for)\s+)?(?:the\s+)?([qh])([1-4])\W*$", _I
)
_PART_SAID_RE = re.compile(r"\b([qh])([1-4])(?![0-9a-z])", _I)
_CJK_FILLER_RE = re.compile(r"[比年的呢那了多少百分之增长增加上涨是同一个口径来源]")
_WORD_RE = re.compile(r"[a-z]+", _I)


def asked_again(question: str, earlier: tuple[str, ...]) -> str:
    """``question`` as the whole question it asks after ``earlier``; unchanged when it is no period-only follow-up."""
    if not earlier:
        return question
    before = earlier[-1].strip().rstrip("?？.!。 ")
    if part := _other_part(question, before):
        return part
    said = _YEAR_RE.findall(before)
    if len(set(said)) > 1:
        return question  # a question over two years already: which one would the new year replace?
    year = _year_asked(question, int(said[0]) if said else None)
    if year is None or (said and year == int(said[0])) or not _only_filler(question):
        return question
    if _GROWTH_RE.search(question) and said:  # "growth on 2024?", "change from 2024?": the change, not 2024's figure
        return f"{before}, growth versus {year}{' in percent' if _PERCENT_RE.search(question) else ''}?"
    if _VERSUS_RE.search(question) and said:
        return f"{before} versus {year}?"
    if said:
        return f"{_YEAR_RE.sub(str(year), before, count=1)}?"
    if _FOLLOW_UP_RE.match(before):
        return question  # "And the milestones?" then "And in 2023?": the turns before decide what is asked again
    return f"{before} in {year}?"


def _other_part(question: str, before: str) -> str | None:
    """ "Q4?" after "Q3'24 upfronts, total?": the question before, asked of Q4 of the same year."""
    asked = _PART_ONLY_RE.match(question)
    if asked is None or (asked.group(1).lower() == "h" and asked.group(2) not in "12"):
        return None
    part = f"{asked.group(1).upper()}{asked.group(2)}"
    said = [m for m in _PART_SAID_RE.finditer(before) if m.group(1).lower() == asked.group(1).lower()]
    years = set(_YEAR_RE.findall(before))
    if not said and len(years) == 1:  # "Q4?" after "how many deals in 2025?": that year's Q4
        return f"{_YEAR_RE.sub(f'{part} {years.pop()}', before, count=1)}?"
    if len(said) != 1:
        return None
    start, end = said[0].span()
    return f"{before[:start]}{part}{before[end:]}?"


def _year_asked(question: str, before: int | None) -> int | None:
    years = _YEAR_RE.findall(question)
    if len(years) == 1:
        return int(years[0])
    if years or before is None:
        return None
    if _BEFORE_RE.search(question):
        return before - 1
    if _AFTER_RE.search(question):
        return before + 1
    return None


def _only_filler(question: str) -> bool:
    rest = _CJK_FILLER_RE.sub("", _YEAR_RE.sub(" ", question))
    if re.search(r"[\u4e00-\u9fff]", rest):
        return False  # a Chinese word of its own: a measure, a company
    words = [w.lower() for w in _WORD_RE.findall(rest)]
    return bool(words or question.strip()) and all(w in _FILLER or w in ("s", "re", "ll") for w in words)
