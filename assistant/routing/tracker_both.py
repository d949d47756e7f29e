"""Two trackers asked for one figure of one period together: both figures, each cited, and their gap.

* Joined parts (``second_tracker_joined``, run in ``decompose.split_parts``): "What deal count did Goodwin give
  for 2023, and what did biotochina.org count for the same year?", "what did CPHIIC have for full-year 2024 and
  how far is that from pharmcube's 2024 number". Split, the later part named its tracker but not the measure,
  so it was asked for that tracker's total value (biotochina reports none for 2023) and the gap was never said.
  A later part that names another tracker and no measure of its own (or the same one) is joined to the part
  before it; so is a bare "and how many per Vision Lifesciences?" after "How many $1bn+ deals in H1 2025 per
  freshfromchina" (it had been Vision's deal count with no period: "the articles do not answer"). A later part asking a measure of its own ("and PharmCube's deal count?") stays its own question.
* Side by side (``trackers_side_by_side``, run in ``buckets.reshaped``): a market call whose question names a
  second tracker and one period ("H1 2025 $1bn+ deals - what did freshfromchina count vs vision lifesciences?",
  the joined parts above) asks the figure of both (``compare_reporter``), which the tool gives with their gap,
  in percent too when asked ("how much higher, in percent?"), the tracker named first first (also when the call
  named none: "how many $1bn+ deals in H1 2025 - vision and freshfromchina" had led with freshfromchina's 16). An outlet that carried a tracker's figures
  (``tracker_gaps.OUTLETS``: "PharmCube's NextPharma series as reported by Caixin") is no second tracker. A change read from
  "vs" between a period and itself ("CPHIIC 2024 full-year value vs PharmCube's 2024 number?") is this pair too.

Not taken: two years ("CPHIIC 2024 vs PharmCube 2025" is no like-for-like pair), a company's figure, a sum asked
of both ("add them", ``tracker_merges``), or a call that already sets two figures against each other.
"""

from __future__ import annotations

import re

from assistant.routing.tracker_gaps import OUTLETS, PERCENT_RE, named_trackers, own_trackers, trackers_said
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
# the part of a year a question names: "H1", "Q3", "first half", "Jan-Aug", "year to date"
_PART_OF_YEAR_RE = re.compile(
    r"\b(?:h[12]|q[1-4]|first half|second half|ytd|year[- ]to[- ]date|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?=\w*\b)",
    _I,
)
# "for the same year", "the same half": the period of the part before, said again
_SAME_PERIOD_RE = re.compile(r"\bsame (?:year|half|quarter|period|months?|stretch|window)\b", _I)


def same_period(before: str, part: str) -> bool:
    """Whether ``part`` asks for the period ``before`` names: it names no period, says "the same year", or
    names the same years and the same part of them ("IQVIA's H1 2025 …, and PharmCube's 2025?" does not)."""
    years, parts = set(_YEAR_RE.findall(part)), {m.group().lower()[:3] for m in _PART_OF_YEAR_RE.finditer(part)}
    if _SAME_PERIOD_RE.search(part) or not (years or parts):
        return True
    before_years = set(_YEAR_RE.findall(before))
    before_parts = {m.group().lower()[:3] for m in _PART_OF_YEAR_RE.finditer(before)}
    return years <= before_years and parts == before_parts


# The measures a part asks, by kind: a part naming none (or only those of the part before) asks the same measure.
_MEASURES = {
    "count": re.compile(r"\b(?:deal counts?|number of deals|how many|# ?(?:of )?deals)\b", _I),
    "value": re.compile(r"\$(?!\s?\d)|\b(?:values?|worth|dollars?|total value|deal value)\b", _I),
    "share": re.compile(r"%|\b(?:share|percent(?:age)?|proportion)\b", _I),
    "upfront": re.compile(r"\bupfronts?\b", _I),
    "milestones": re.compile(r"\bmilestones?\b", _I),
    "average": re.compile(r"\b(?:average|avg|mean|median|per deal)\b", _I),
}
# a part that names a figure or a gap, not a new measure: "what did X count/report/give", "X's number", "how far",
# "how many per X", "what about X", "how much according to X"
_ASKS_FIGURE_RE = re.compile(
    r"\b(?:what did|what does|what do|how far|how much (?:higher|lower|more|less|bigger|smaller)|and|what about)\b"
    r"|['’]s?\b|^how (?:many|much)\s+(?:per|according to|by|from|at)\b",
    _I,
)
# a count said as a verb beside a bound ("what did freshfromchina count", "how many $1bn+ deals"): the number of
# deals over the bound, not their value; a word of value ("worth", "combined", "add up") keeps the value
_COUNTED_RE = re.compile(r"\b(?:count(?:ed|s)?|tall(?:y|ied|ies)|how many|number)\b", _I)
_VALUE_ASKED_RE = re.compile(r"\b(?:worth|combined|add(?:ed)? up|sum|value|dollars?)\b", _I)


def measures_asked(text: str) -> set[str]:
    return {kind for kind, pattern in _MEASURES.items() if pattern.search(text)}


def second_tracker_joined(parts: list[str]) -> list[str]:
    """``parts`` with a later part that asks another tracker for the measure of the part before joined to it."""
    for at in range(1, len(parts)):
        before, part = parts[at - 1], parts[at]
        first, second = own_trackers(before), own_trackers(part)
        if len(first) != 1 or len(second) != 1 or first == second or named_trackers(part) != second:
            continue
        if not same_period(before, part) or len(set(_YEAR_RE.findall(before))) > 1:
            continue
        if not measures_asked(part) <= measures_asked(before) or not _ASKS_FIGURE_RE.search(part):
            continue
        joined = f"{before.rstrip(' ?,;')}, and {part[:1].lower()}{part[1:]}"
        return [*parts[: at - 1], joined, *parts[at + 1 :]]
    return parts


def trackers_side_by_side(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One market call of a question naming two trackers and one period, as both trackers' figures and their
    gap; else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat":
        return calls
    args = calls[0].args
    # a change read from "vs" with only one period said ("IQVIA's H1 2025 figure vs freshfromchina's") is no change
    # and neither is a change from a period to itself ("CPHIIC 2024 full-year value vs PharmCube's 2024 number"
    # had been CPHIIC's 2024 against its own 2024: "a rise of 0.0%")
    compare_period = str(args.get("compare_period") or "")
    derived = args.get("derive") not in (None, "growth", "difference") or (
        args.get("derive") and compare_period[:4] in question and compare_period != str(args.get("period"))
    )
    if args.get("compare_reporter") or args.get("subject") or derived or not args.get("period"):
        return calls
    said = trackers_said(question)  # "vision vs freshfromchina", "biotochina vs NextPharma"
    trackers = [name for name in said if name not in OUTLETS]
    if len(trackers) != 2 or len(said) != 2 or len(set(_YEAR_RE.findall(question))) > 1:
        return calls
    reporter = str(args.get("reporter") or trackers[0])
    if reporter.lower() not in {name.lower() for name in trackers}:
        return calls
    reporter, other = trackers  # the tracker named first, first: "vision vs freshfromchina" leads with Vision's 24
    metric = args.get("metric", "total_value")
    if metric == "deals_over_1b_value" and _COUNTED_RE.search(question) and not _VALUE_ASKED_RE.search(question):
        metric = "deals_over_1b_count"
    both = {"metric": metric, "period": args["period"], "reporter": reporter, "compare_reporter": other}
    if PERCENT_RE.search(question):
        both["derive"] = "growth"
    return [ToolCall(tool="market_stat", args=both)]
