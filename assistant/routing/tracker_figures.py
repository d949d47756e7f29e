"""Two figures of one tracker's report asked together, each asked of that tracker.

"informa: how many chinese cos signed $1bn+ partnerships in 2024 & combined value?", "globaldata 2024: china's
share of large-pharma innovator licensing deals, and the $ value", "Informa Connect on 2024: how many Chinese
biopharmas signed $1B+ partnerships, and what were the total upfronts on those?". Split, the later part named no
tracker, so it went to the articles or to our table (and "those" made the count our table's: 10 of our deals, not
Informa's 17 companies); unsplit, a trailing "& combined value" was lost. When the question names one tracker
(outlets that carried it aside) and not our table, a trailing measure ("& combined value", ", and the $ value") is
its own part ("What combined value did informa report for 2024"), every later part is asked with the tracker and the period the question names ("GlobalData 2024:
the $ value"), and no part is turned to our table. "cos" beside such a question is companies.

Our table's figure, then "how does that compare w pharmcube's count for 2024?" (or "what count did PharmCube give
for that year?"): the later part had been read as PharmCube's growth from 2023, or lost its year. It asks the
tracker's figure itself ("What is pharmcube's count for 2024"), "that year" the year of the part before, so our 13
deals and PharmCube's 94 stand side by side (``tracker_compared``).

Not taken: two trackers (``tracker_both``, ``tracker_gaps``), a question about our table, a part that names a
tracker or a year of its own ("CPHIIC jan-aug 2025 figure, and what did it have for all of 2024?" keeps its parts).
"""

from __future__ import annotations

import re

from assistant.routing.tracker_gaps import own_trackers
from assistant.routing.wording import REPORTER_RE, TABLE_RE

_I = re.IGNORECASE
# a measure of the figures the question already asked: "combined value", "the $ value", "dollar totals"
_MEASURE = r"(?:(?:combined|total|aggregate|overall|\$|dollar|deal)\s*)?(?:values?|worth|upfronts?)|(?:\$|dollar|deal)\s*totals?"
# a later ask of that measure pointing back at them: "what were those deals worth", "how much were they worth",
# "the total value for each", "their total upfront"
_BACK_ASK = (
    r"(?:(?:what|how much)\s+(?:was|were|is|are)\s+)?(?:(?:the|their|its|those|these|they)\s+)?(?:deals?\s+)?"
    rf"(?P<tail>{_MEASURE})(?:\s+(?:of|for|on)\s+(?:those|these|them|each|both|the\s+deals?)(?:\s+(?:deals|ones|series|two))?)?"
)
_BACK_ASK_RE = re.compile(rf"^(?:(?:and|plus|also|oh)\s+)*{_BACK_ASK}$", _I)
# "... & combined value", "..., and the $ value", "..., plus what were those deals worth?": a second measure said last
_TAIL_RE = re.compile(
    rf"^(?P<head>.+?\S)\s*(?:,\s*(?:and|&|plus)?|&|\band\b|\bplus\b)\s+(?:also\s+)?{_BACK_ASK}\s*\??$", _I
)
_EACH_RE = re.compile(r"\b(?:each|both|respectively)\b", _I)  # every series of the tracker, not the outlet named first
_COS_RE = re.compile(r"\bcos\b(?!')", _I)  # "chinese cos signed ...": companies
_LEAD_RE = re.compile(r"^(?P<lead>[^:?]{2,60}?)\s*:\s+")
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
_IN_OUR_TABLE = " (in our table)"
_COMPARE_RE = re.compile(
    r"^how (?:does|do|would|did) (?:that|this|it|those|these|the (?:number|count|figure)) (?:compare|stack up|square)"
    r"\s+(?:w/?|with|to|against|vs\.?)\s+(?P<rest>.+)$",
    _I,
)
_THAT_YEAR_RE = re.compile(
    r"\b(?:that|the same|this) year\b", _I
)  # what decompose adds to a count beside "those" deals


_AGAINST_RE = re.compile(r"\bthan\b|\bvs\.?(?!\w)|\bversus\b", re.IGNORECASE)


def tracker_parts(parts: list[str], question: str) -> list[str]:
    """``parts`` with each asked of the one tracker ``question`` names; ``parts`` when it names none or two."""
    trackers = {name.lower() for name in own_trackers(question)}
    if len(trackers) != 1 or TABLE_RE.search(question.replace(_IN_OUR_TABLE, "")):
        return parts
    parts = [_COS_RE.sub("companies", part.replace(_IN_OUR_TABLE, "")) for part in parts]
    if len(parts) == 1:
        tail = _TAIL_RE.match(parts[0])
        year = _YEAR_RE.search(tail.group("head")) if tail else None
        if not tail or not year:
            return parts
        return [tail.group("head").rstrip(" -–—,;"), _measure_asked(tail, question, year.group(0))]
    lead = _LEAD_RE.match(parts[0])
    if lead and REPORTER_RE.search(lead.group("lead")):
        said = lead.group("lead")
    else:
        said = REPORTER_RE.search(question).group(1)  # type: ignore[union-attr]
    years = _YEAR_RE.findall(question)
    if years and not _YEAR_RE.search(said):
        said = f"{said} {years[0]}"
    # a part that names its own year or sets against another ("how much higher than 25?") keeps its own periods
    return [parts[0].rstrip(" -–—,;")] + [
        part
        if REPORTER_RE.search(part) or _YEAR_RE.search(part) or _AGAINST_RE.search(part)
        else _measure_asked(back, question, years[0])
        if years and (back := _BACK_ASK_RE.match(part))
        else f"{said}: {part[:1].lower()}{part[1:]}"
        for part in parts[1:]
    ]


def _measure_asked(back: re.Match[str], question: str, year: str) -> str:
    """A measure asked back of the figures before ("plus what were those deals worth?") as the tracker's own
    figure: "What total value did GlobalData report for 2024"; "for each" after two series of one tracker
    (PharmCube via Reuters and via Caixin) asks every series of it ("What total value did PharmCube report")."""
    said = back.group("tail").lower()
    measure = said if "upfront" in said or (said.endswith("value") and "$" not in said) else "total value"
    tracker = REPORTER_RE.search(question).group(1)  # type: ignore[union-attr]
    if _EACH_RE.search(back.group(0)):
        tracker = own_trackers(question)[0]
    return f"What {measure} did {tracker} report for {year}"


def tracker_compared(parts: list[str]) -> list[str]:
    """``parts`` with a later part setting our table's figure against a tracker's asked as the tracker's figure."""
    year = _YEAR_RE.search(parts[0]) if len(parts) > 1 and TABLE_RE.search(parts[0]) else None
    if year is None:
        return parts
    asked = parts[:1]
    for part in parts[1:]:
        compare = _COMPARE_RE.match(part)
        if compare and REPORTER_RE.search(compare.group("rest")):
            part = f"What is {compare.group('rest')}"
        if REPORTER_RE.search(part):
            part = _THAT_YEAR_RE.sub(year.group(0), part)
        asked.append(part)
    return asked
