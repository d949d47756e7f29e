"""A change asked as a multiple: "Did Chinese out-licensing more than double in 2025?", "did the value of China's
out-licensing deals triple in 2025?", "by what multiple did it grow?". The yes/no form went to the articles (which
quote both years' totals but not their ratio) or to one year's total; "by what multiple" was answered as a percent.
Each is asked as "how many times the <year before> level was ... in <year>?", which the router answers with the
tracker's ratio (2.61 times for PharmCube's 2025 against 2024), from which the yes or no follows.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_YES_NO_RE = re.compile(
    r"^\s*(?:did|has|have|had|was|were|is)\s+(?P<what>[^?]{3,80}?)\s+(?:(?:more than|over|nearly|almost|roughly|"
    r"about|at least)\s+)?(?:doubled?|tripled?|triple|quadrupled?|quadruple)\s+(?P<in>in\s+)?(?P<year>(?:19|20)\d{2})\s*\??\s*$",
    _I,
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
_BY_WHAT_MULTIPLE_RE = re.compile(r"\bby what (?:multiple|factor)\b|\bhow many[\s-]?fold\b", _I)


def multiple_asked(question: str) -> str:
    """``question`` as a "how many times" ask; any other question unchanged."""
    found = _YES_NO_RE.match(question)
    if found and found.group("in"):  # "double in 2025": 2025 against the year before
        year = int(found.group("year"))
        return f"How many times the {year - 1} level was {found.group('what')} in {year}?"
    if found and _YEAR_RE.search(found.group("what")):  # "2025 … more than double 2024": 2024 is the base
        return f"How many times the {found.group('year')} level was {found.group('what')}?"
    if found:
        return question  # "did it double 2024?": which year rose is not said
    return _BY_WHAT_MULTIPLE_RE.sub("how many times", question)
