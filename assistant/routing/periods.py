"""Periods in a question: years, quarters, halves, months, month ranges, relative years.

Relative periods ("last year", "so far this year") count from the corpus end date,
not from today, so an answer does not change with the calendar.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from assistant.dates import MONTH_NAMES, MONTHS, last_day
from assistant.routing.period_kinds import DAY_RANGE_RES, dated_period
from assistant.routing.period_scope import added_rows, inside

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:fy\s?)?(20[12]\d)"
# A year after a quarter or half in shorthand: "2025", "FY2025", glued or marked two digits ("25", "'25"),
# or "FY25"; a bare spaced two-digit number ("Q1 25 deals") is no year.
_MARKED_SHORT_YEAR = r"(?:\s*['’/-]\s*([12]\d)|\s*fy\s?([12]\d))"
_SHORT_YEAR = rf"(?:\s*(?:fy\s?)?(20[12]\d)|['’]?([12]\d)|{_MARKED_SHORT_YEAR})"
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_COUNT_WORDS |= {"ten": 10, "eleven": 11}
_COUNT_ALT = "|".join(_COUNT_WORDS)
_PAIR_WORD = r"(?:vs\.?|versus|and|or|against|compared (?:to|with)|&|/)"
_PERIOD_RES: list[tuple[str, re.Pattern[str]]] = [
    *DAY_RANGE_RES,
    ("first_months", re.compile(rf"\b(?:the\s+)?first\s+({_COUNT_ALT}|\d{{1,2}})\s+months\s+(?:of\s+)?{_YEAR}\b")),
    (
        "month_range",
        re.compile(
            rf"\b(?:from\s+)?({_MONTH_ALT})\.?(?:\s+(?:to|through|until)\s+|\s*[-–—]\s*)({_MONTH_ALT})\.?,?\s+(?:of\s+)?{_YEAR}\b"
        ),
    ),
    ("quarter", re.compile(rf"\bq([1-4])(?:\s+of|\s*[-/']?\s*)\s*{_YEAR}\b")),
    ("quarter_rev", re.compile(rf"\b{_YEAR}\s*[-/ ]?\s*q([1-4])\b")),
    (
        "quarter_words",
        re.compile(rf"\b(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+quarter\s+(?:of\s+)?{_YEAR}\b"),
    ),
    # "Q4 vs Q3 2025", "H1 and H2 2024", "Jan vs Feb 2026": the first of two periods takes the second's year
    ("shared_quarter", re.compile(rf"\bq([1-4])\s*{_PAIR_WORD}\s*(?=q[1-4](?:\s+of|\s*[-/']?\s*)\s*{_YEAR}\b)")),
    ("shared_half", re.compile(rf"\bh([12])\s*{_PAIR_WORD}\s*(?=h[12](?:\s+of|\s*[-/']?\s*)\s*{_YEAR}\b)")),
    (
        "shared_month",
        re.compile(rf"\b({_MONTH_ALT})\.?\s*{_PAIR_WORD}\s*(?=(?:{_MONTH_ALT})\.?,?\s+(?:of\s+)?{_YEAR}\b)"),
    ),
    ("half", re.compile(rf"\b(?:h([12])|([12])h)(?:\s+of|\s*[-/']?\s*)\s*{_YEAR}\b")),
    ("half_rev", re.compile(rf"\b{_YEAR}\s*[-/ ]?\s*h([12])\b")),
    # analysts' shorthand: "1Q25", "Q1'25", "Q3 FY25", "1H25", "2H 2024", "H1'25"
    ("quarter_short", re.compile(rf"\b([1-4])q{_SHORT_YEAR}\b")),
    ("quarter_short_rev", re.compile(rf"\bq([1-4]){_MARKED_SHORT_YEAR}\b")),
    ("half_short", re.compile(rf"\b([12])h{_SHORT_YEAR}\b")),
    ("half_short_rev", re.compile(rf"\bh([12]){_MARKED_SHORT_YEAR}\b")),
    ("half_words", re.compile(rf"\b(first|second|1st|2nd)[\s-]+half(?:[\s-]year)?\s+(?:of\s+)?{_YEAR}\b")),
    # "trailing twelve months to end-Feb 2026", "the 12 months through June 2025": the twelve months ending then
    (
        "trailing",
        re.compile(
            rf"\b(?:(?:trailing|last|past|rolling|prior)[\s-]+)?(?:twelve|12)[\s-]+months?\s+(?:to|through|thru|ending|ended|"
            rf"until|till|up to)\s+(?:the\s+)?(?:(?:end|close)[\s-]*(?:of\s+)?)?({_MONTH_ALT})\.?,?\s+(?:of\s+)?{_YEAR}\b"
        ),
    ),
    # one day: "Oct 16 2025", "12 January 2026", "December 21st, 2025", "2025-10-16"
    ("day", re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b")),
    ("day_first", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\.?,?\s+{_YEAR}\b")),
    ("day_iso", re.compile(r"\b(20[12]\d)-(\d\d)-(\d\d)\b")),
    # "by mid-February 2026", "as of end-January 2026", "through end-Aug 2025": the year up to that month (a
    # tracker's year-to-date); "through August 2025" without "end" stays an open bound for deal filters
    (
        "to_month",
        re.compile(
            rf"\b(?:(?:by|as of|as at)\s+(?:the\s+)?(?:(?:mid|early|late|end)[\s-]*(?:of\s+)?)?|"
            rf"(?:through|thru|to|until|till|up to)\s+(?:the\s+)?end[\s-]*(?:of\s+)?)({_MONTH_ALT})\.?,?\s+(?:of\s+)?{_YEAR}\b"
        ),
    ),
    # "ytd aug 25", "year-to-date through Aug '25": a tracker's year up to that month, the year in two digits too
    (
        "to_month",
        re.compile(
            rf"\b(?:ytd|year[- ]to[- ]date)\s+(?:(?:to|through|thru|until|till)\s+)?(?:(?:mid|early|late|end)[\s-]*(?:of\s+)?)?"
            rf"({_MONTH_ALT})\.?(?:\s*['’‘]\s*|-|,?\s+)(?:20)?([12]\d)\b"
        ),
    ),
    # "this January", "January of this year": the month in the year the corpus ends in, or the year
    # before when that month has not yet come (outsider14)
    ("this_month", re.compile(rf"\b(?:this|current)\s+({_MONTH_ALT})\b|\b({_MONTH_ALT})\.?\s+(?:of\s+)?this year\b")),
    ("month", re.compile(rf"\b({_MONTH_ALT})\.?,?\s+(?:of\s+)?{_YEAR}\b")),
    # "since jan24", "sep-24", "jan '25": a month with the year's last two digits joined to it
    ("month_short", re.compile(rf"\b({_MONTH_ALT})\.?(?:\s*['’‘]|-)?([12]\d)\b")),
    # "since mid-2024", "before the middle of 2025": the range opens or closes at July 1
    ("mid_year", re.compile(rf"\b(?:mid[\s-]*|the middle of\s+)(?:year\s+)?{_YEAR}\b")),
    # "early 2026" of the year the corpus ends in is that year so far (a tracker's year-to-date); "2025
    # year-to-date", "ytd 2025" name that year's own running figures (a full year once the corpus is past it)
    (
        "ytd",
        re.compile(
            rf"\b(?:{_YEAR}(?:'s)?\s+(?:year[- ]to[- ]date|ytd)\b|(?:year[- ]to[- ]date|ytd)\s+{_YEAR}\b|so far (?:this year|in {_YEAR})|year[- ]to[- ]date|{_YEAR} (?:so far|to date)|this year so far|ytd|{_YEAR}(?:'s)?\s+(?:[a-z-]+\s+){{1,2}}?(?:so far|to date)|"
            rf"this year'?s\b[^?]{{0,30}}?\bso far|so far\s*\(\s*{_YEAR}\s*\)|early[\s-]+{_YEAR})"
        ),
    ),
    ("last_year", re.compile(r"\b(?:last|previous|prior|past) year\b")),
    ("this_year", re.compile(r"\b(?:this|current) year\b")),
    ("year", re.compile(rf"(?<![0-9a-z]){_YEAR}(?![0-9a-z])")),
]
# "since 2024", "after Q1 2025", "before 2025", "2024 onwards": open-ended periods for deal filters.
_BOUND_BEFORE_RE = re.compile(
    r"(?:\b((?:since|from) (?:the )?(?:start|beginning|turn) of|since early|"
    r"since|after|before|prior to|until|till|through|thru|up to|up until|starting(?: in| from)?|beginning(?: in)?)"
    r"|\b(pre|post)-)\s*(?:the\s+)?$"
)
# "2024 onwards", "2024-onward deals" (outsider41: the hyphen joins the bound to its year), "from 2024 until now",
# "2024 till today", "2024 up to the present": from that year on
_BOUND_AFTER_RE = re.compile(
    r"^(?:\s*|-)(?:onwards?\b|and (?:later|after|beyond)\b|or later\b|on\s*(?=[?.,!;]|$)|"
    r"(?:until|till|to|through|up (?:to|until)|-)\s*(?:now|today|date|the present|present)\b)"
)
# "from 2024 through 2026", "from Q3 2024 until early 2026": a span's start said before its "through" end (the end
# had been read "until 2026", an open range from the first deal, and the start dropped: six Merck deals, not four)
_SPAN_START_RE = re.compile(
    r"\bfrom\s+(?:(?:early|late|mid|end|start)[\s-]+|q[1-4]\s+|h[12]\s+|[a-z]{3,9}\.?\s+)?20\d\d\s*$"
)
_BOUND_WORDS = {"prior to": "before", "pre": "before", "post": "after", "till": "until", "through": "until"}
_BOUND_WORDS["thru"] = "until"
_BOUND_WORDS |= {"up to": "until", "up until": "until"}


class Period(BaseModel):
    """A period in the question: a year, or a quarter, half, month or month range of it."""

    year: int
    quarter: int | None = None
    half: int | None = None
    month: int | None = None
    month_to: int | None = None
    bound: str | None = None  # since | after | before | until: the period opens a range
    running: bool = False  # "so far in 2026": the year the corpus ends in, up to its last month
    day: int | None = None  # "Oct 16 2025": that one day
    day_to: int | None = None  # "between October 1 and December 15, 2025": the window's last day
    year_from: int | None = None  # "trailing twelve months to end-Feb 2026": the range starts in this year
    start: int = -1
    end: int = -1

    @property
    def first_month(self) -> int:
        if self.quarter:
            return 3 * self.quarter - 2
        if self.half:
            return 6 * self.half - 5
        return self.month or 1

    @property
    def last_month(self) -> int:
        if self.quarter:
            return 3 * self.quarter
        if self.half:
            return 6 * self.half
        if self.month_to:
            return self.month_to
        return self.month or 12

    @property
    def date_from(self) -> str:
        if self.day:
            return f"{self.year_from or self.year}-{self.first_month:02d}-{self.day:02d}"
        return f"{self.year_from or self.year}-{self.first_month:02d}-01"

    @property
    def date_to(self) -> str:
        last = self.last_month
        day = self.day_to or (None if self.month_to else self.day)
        return f"{self.year}-{last:02d}-{day or last_day(self.year, last):02d}"

    @property
    def whole_year(self) -> bool:
        return not (self.quarter or self.half or self.month or self.month_to or self.bound)

    @property
    def range_from(self) -> str | None:
        """The first day an open-ended period covers (None when it has no lower bound)."""
        if self.bound == "since":
            return self.date_from
        if self.bound == "after":
            last = self.last_month
            return f"{self.year + 1}-01-01" if last == 12 else f"{self.year}-{last + 1:02d}-01"
        return None if self.bound else self.date_from

    @property
    def range_to(self) -> str | None:
        """The last day an open-ended period covers (None when it has no upper bound)."""
        if self.bound == "until":
            return self.date_to
        if self.bound == "before":
            first = self.first_month
            before = self.model_copy(update={"year": self.year - 1 if first == 1 else self.year, "bound": None})
            before.quarter = before.half = None
            before.month, before.month_to = (12 if first == 1 else first - 1), None
            return before.date_to
        return None if self.bound else self.date_to

    @property
    def label(self) -> str:
        if self.bound:
            return f"{self.bound} {self.model_copy(update={'bound': None}).label}"
        if self.quarter:
            return f"Q{self.quarter} {self.year}"
        if self.half:
            return f"H{self.half} {self.year}"
        if self.day_to:
            return f"{self.date_from} to {self.date_to}"
        if self.year_from and self.month_to:
            return f"{MONTH_NAMES[self.month or 1]} {self.year_from}–{MONTH_NAMES[self.month_to]} {self.year}"
        if self.month_to:
            return f"{MONTH_NAMES[self.month or 1]}–{MONTH_NAMES[self.month_to]} {self.year}"
        if self.day and self.month:
            return f"{MONTH_NAMES[self.month]} {self.day}, {self.year}"
        if self.month:
            return f"{MONTH_NAMES[self.month]} {self.year}"
        return str(self.year)

    @property
    def market_period(self) -> str:
        """The period as market_stats.csv writes it: '2025', '2025-H1', '2025-Q1', '2025-01/2025-08'."""
        if self.quarter:
            return f"{self.year}-Q{self.quarter}"
        if self.half:
            return f"{self.year}-H{self.half}"
        if self.bound == "until" and self.month:
            # "thru Aug 2025": a tracker's tally runs from January to that month, never the one month alone
            return f"{self.year}-01/{self.year}-{self.last_month:02d}" if self.last_month > 1 else f"{self.year}-01"
        if self.day_to:  # a window of days: months a tracker counts only when it covers them whole
            whole = self.day == 1 and self.day_to == last_day(self.year, self.last_month)
            return f"{self.date_from[:7]}/{self.date_to[:7]}" if whole else f"{self.date_from}/{self.date_to}"
        if self.month_to:
            return f"{self.year_from or self.year}-{self.month or 1:02d}/{self.year}-{self.month_to:02d}"
        if self.month:
            return f"{self.year}-{self.month:02d}"
        return str(self.year)

    def filter_fields(self) -> dict[str, object]:
        """DealFilter fields for this period."""
        if self.bound:
            return {k: v for k, v in (("date_from", self.range_from), ("date_to", self.range_to)) if v}
        if self.month_to or self.day:
            return {"date_from": self.date_from, "date_to": self.date_to}
        fields: dict[str, object] = {"year": self.year}
        for name in ("quarter", "half", "month"):
            if getattr(self, name):
                fields[name] = getattr(self, name)
        return fields


def find_periods(question: str, corpus_end: str) -> list[Period]:
    """Periods in mention order; relative ones ('last year') count from ``corpus_end``."""
    text = question.lower()
    end_year, end_month = int(corpus_end[:4]), int(corpus_end[5:7] or 12) if len(corpus_end) >= 7 else 12
    taken: list[tuple[int, int]] = []
    periods: list[Period] = []
    for kind, pattern in _PERIOD_RES:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            period = _period_from(kind, match, end_year, end_month)
            if period is None:
                continue
            period.start, period.end = match.start(), match.end()
            read_bound(text, period)
            if kind == "mid_year" and not _mid_year_bound(period):
                continue
            taken.append((match.start(), match.end()))
            periods.append(period)
    # "this year's deals so far (2026)": the year said again beside its running part is that part
    running = {p.year for p in periods if p.running}
    periods = [p for p in periods if p.running or not (p.whole_year and p.year in running)]
    added = added_rows(text)  # "all years include 2023", "incl pre-2024": rows brought in, no period
    periods = [p for p in periods if not inside(added, p.start)]
    return sorted(periods, key=lambda p: p.start)


def read_bound(text: str, period: Period) -> None:
    """'since 2024' / '2024 onwards' / 'before 2025' make the period one end of a range."""
    window = max(0, period.start - 30)
    before = _BOUND_BEFORE_RE.search(text[window : period.start])
    if before:
        word = before.group(1) or before.group(2)
        word = "since" if word.startswith(("starting", "beginning", "since ", "from ")) else word
        period.bound = _BOUND_WORDS.get(word, word)
        if period.bound == "until" and _SPAN_START_RE.search(text[: window + before.start()]):
            period.bound = None  # "from 2024 through early 2026": the end of one span, read as "from 2024 to …"
        return
    if _BOUND_AFTER_RE.match(text[period.end :]):
        period.bound = "since"


def _mid_year_bound(period: Period) -> bool:
    """'since/after mid-2024' starts July 1, 'until/before mid-2024' ends June 30; a bare
    'mid-2024' names no range, so the year is read as before."""
    if period.bound in ("since", "after"):
        period.bound = "since"
    elif period.bound in ("until", "before"):
        period.bound = "before"
    return period.bound is not None


def _period_from(kind: str, match: re.Match[str], end_year: int, end_month: int) -> Period | None:
    groups = match.groups()
    if kind == "first_months":
        count = _COUNT_WORDS.get(groups[0]) or int(groups[0])
        return Period(year=int(groups[1]), month=1, month_to=count) if 1 <= count <= 12 else None
    if kind == "month_range":
        return Period(year=int(groups[2]), month=MONTHS[groups[0]], month_to=MONTHS[groups[1]])
    if kind in ("quarter", "shared_quarter"):
        return Period(year=int(groups[1]), quarter=int(groups[0]))
    if kind == "shared_half":
        return Period(year=int(groups[1]), half=int(groups[0]))
    if kind in ("shared_month", "day", "day_first", "day_iso", "trailing", "day_range", "day_range_first"):
        fields = dated_period(kind, groups)
        return Period.model_validate(fields) if fields else None
    if kind == "quarter_rev":
        return Period(year=int(groups[0]), quarter=int(groups[1]))
    if kind in ("quarter_short", "quarter_short_rev", "half_short", "half_short_rev"):
        digits = next(g for g in groups[1:] if g)
        year = int(digits) if len(digits) == 4 else 2000 + int(digits)
        half = kind.startswith("half")
        return Period(year=year, quarter=None if half else int(groups[0]), half=int(groups[0]) if half else None)
    if kind == "quarter_words":
        return Period(year=int(groups[1]), quarter=_ORDINALS[groups[0]])
    if kind == "half":
        return Period(year=int(groups[2]), half=int(groups[0] or groups[1]))
    if kind == "half_rev":
        return Period(year=int(groups[0]), half=int(groups[1]))
    if kind == "half_words":
        return Period(year=int(groups[1]), half=_ORDINALS[groups[0]])
    if kind == "month":
        return Period(year=int(groups[1]), month=MONTHS[groups[0]])
    if kind == "month_short":
        return Period(year=2000 + int(groups[1]), month=MONTHS[groups[0]])
    if kind == "mid_year":
        return Period(year=int(groups[0]), month=7)
    if kind == "to_month":
        year, month = int(groups[1]), MONTHS[groups[0]]
        year += 2000 if year < 100 else 0  # "ytd aug 25"
        return Period(
            year=year, month=1, month_to=month if month > 1 else None, running=(year, month) == (end_year, end_month)
        )
    if kind == "ytd":
        year = int(next((g for g in groups if g), end_year))
        return Period(year=year, month=1, month_to=end_month, running=True) if year == end_year else Period(year=year)
    if kind == "this_month":
        month = MONTHS[next(g for g in groups if g)]
        return Period(year=end_year if month <= end_month else end_year - 1, month=month)
    if kind == "last_year":
        return Period(year=end_year - 1)
    if kind == "this_year":
        return Period(year=end_year)
    return Period(year=int(groups[0]))


def year_before(period: Period) -> Period:
    return period.model_copy(update={"year": period.year - 1, "start": -1, "end": -1})


def compared_periods(periods: list[Period]) -> list[Period]:
    """The periods a compare of our rows sets side by side: those said, a period said again counted once ("Table
    upfronts: 2024 deals vs 2023 deals — how much more cash at signing in 2024?" is 2024 against 2023, not 2024
    against itself), or the one period said and the year before it."""
    seen: dict[str, Period] = {}
    for period in periods:
        seen.setdefault(repr(period.filter_fields()), period)
    said = list(seen.values())
    return said if len(said) >= 2 else [*(year_before(p) for p in said), *said]


def runs_on(periods: list[Period], words: list[str]) -> bool:
    """Whether a range runs on from a year ("how many deals since 2024", "before 2025"): no tracker reported a figure
    for it, so it is our deals' ("who is #2 … since 2025" is a ranking, left to its readers)."""
    ranged = any(p.bound in ("since", "after", "before") for p in periods)
    return ranged and not {"who", "which", "whose"} & set(words)
