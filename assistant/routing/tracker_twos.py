"""Tracker figures asked two at a time, or one derived from two of a tracker's figures (session 13, wave 2).

* **The trackers named after the ask.** "how many billion-dollar-plus deals were there in H1 2025? vision
  lifesciences vs freshfromchina": split at the "?", the trackers were a part of their own, read as a text
  question, and the count was asked of no tracker. A later part that only names trackers ("vision lifesciences vs
  freshfromchina", "per PharmCube?") is joined to the ask before it (``trackers_part_joined`` from
  ``decompose.split_parts``).
* **Counts compared as counts.** "$1bn+ deals in H1 2025: Vision Lifesciences vs freshfromchina -- how far apart
  are the counts?" had been read as the value of those deals and refused (no tracker reports both). A tracker's
  billion-dollar-deal figure asked with a count word ("counts", "tally", "difference in number") and no value word
  is their number (``counts_kept``).
* **An average asked beside or through the count.** "Average deal size in 2025 per PharmCube NextPharma -- total
  divided by deal count?" had given the count alone, and "2026 ytd how many deals logged + avg size" the count
  without the average. A tracker's deal count whose question also asks an average deal size ("avg size", "mean
  deal value", "per deal", "the total divided by the number of deals") is asked as the average (its total over its
  count, or the tracker's own reported average), with the count kept when it is asked for itself ("how many …",
  "number of deals &") and not only named as the divisor (``average_with_count``).

Not taken: a count or average of our table's rows (no tracker asked), a change of the average (the tracker's own
reported change), a company's figure, two trackers' averages (``compare_reporter``).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.tracker_gaps import named_trackers
from assistant.routing.wording import REPORTER_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# what may stand beside the tracker names in a part that only names them: "vs", "and", "per", "according to"
_TRACKERS_ONLY_RE = re.compile(
    r"^(?:[\s\W]|\b(?:vs|versus|v|and|or|against|per|by|from|according to|compared (?:to|with)|the|trackers?|"
    r"tracker['’]s|s|numbers?|figures?|data)\b)*$",
    _I,
)


# a tracker said as the owner of a figure of its own ("And PharmCube's?"), not as the source of the ask before it
_OWN_SUBJECT_RE = re.compile(r"^\W*(?:and|what about|how about)\b[^?]*['’]s?\W*$", _I)
_TABLE_RE = re.compile(r"\b(?:your|our|the)\s+(?:deal\s+)?(?:table|data|database)\b|\bur\s+table\b", _I)


def trackers_part_joined(parts: list[str], spans: Any = None) -> list[str]:
    """``parts`` with a later part naming only trackers joined to the tracker-less ask before it: "how many
    billion-dollar-plus deals were there in H1 2025? vision lifesciences vs freshfromchina" is one ask of both
    trackers; not when the ask before names a company or our table ("What was Hengrui's total in 2025? And
    PharmCube's?" is ours, then the tracker's)."""
    for at in range(1, len(parts)):
        before, part = parts[at - 1], parts[at]
        if not named_trackers(part) or named_trackers(before) or _OWN_SUBJECT_RE.search(part):
            continue  # "What was Hengrui's total in 2025? And PharmCube's?": two asks, ours then the tracker's
        if _TABLE_RE.search(before) or (spans is not None and spans(before)):
            continue
        if not _TRACKERS_ONLY_RE.match(REPORTER_RE.sub(" ", part)):
            continue
        joined = f"{before.rstrip(' ?,;:-')} - {part.strip(' ?')}"
        return [*parts[: at - 1], joined, *parts[at + 1 :]]
    return parts


# a count said: "counts", "tally", "how many", "number of", "difference in number"
_COUNT_WORD_RE = re.compile(r"\b(?:counts?|counted|tall(?:y|ied|ies)|how many|number)\b", _I)
# ("billion-dollar-plus deals" names the bound, not a value asked)
_VALUE_WORD_RE = re.compile(
    r"\b(?:worth|combined|add(?:ed)? up|sum|value|(?<!billion-)dollars?|billions|total(?:led|ed)?)\b"
    r"|\bhow many (?:billion|million)\b",
    _I,
)


def counts_kept(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """Each market call for the value of deals over $1 billion re-asked as their count when ``question`` asks a
    count and no value ("how far apart are the counts?"); else ``calls``."""
    if not _COUNT_WORD_RE.search(question) or _VALUE_WORD_RE.search(question):
        return calls
    return [
        ToolCall(tool="market_stat", args={**call.args, "metric": "deals_over_1b_count"})
        if call.tool == "market_stat" and call.args.get("metric") == "deals_over_1b_value"
        else call
        for call in calls
    ]


# an average deal size asked: "avg size", "average deal value", "mean deal size", "per deal", "total divided by the
# number of deals", "total / count"
_AVERAGE_RE = re.compile(
    r"\b(?:average|avg|mean)\b(?:\s+[\w-]+){0,3}?\s+(?:size|value|deal|amount)s?\b|\b(?:average|avg|mean)\s+size\b"
    r"|\bper\s+deal\b|\bdivided\s+by\b|\bdivide\b[^?]*\bby\b|\btotal\s*/\s*(?:deal\s+)?(?:count|number)\b",
    _I,
)
# the count asked for itself: "how many", "number of deals", "deal count plus/and/&", "count + avg"
_COUNT_ASKED_RE = re.compile(
    r"\bhow many\b|\bnumber of deals\b(?!\s*\?*$)|\b(?:deal\s+)?count\s*(?:\+|&|plus|and)|\bnumber of deals\s*(?:\+|&|plus|and)",
    _I,
)
# another measure averaged: "average upfront", "milestones per deal"
_OTHER_MEASURE_RE = re.compile(r"\b(?:up-?fronts?|milestones?|equity|royalt(?:y|ies))\b", _I)
# the count named only as the divisor: "divided by the deal count", "divide the total by the number of deals"
_DIVISOR_RE = re.compile(r"\bdivided\s+by\b|\bdivide\b[^?]*\bby\b|\btotal\s*/", _I)


def average_with_count(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A tracker's deal count whose question asks an average deal size, as that average (and the count when asked
    for itself); else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat":
        return calls
    args = calls[0].args
    if args.get("metric") != "deal_count" or args.get("derive") or args.get("subject"):
        return calls
    if args.get("compare_reporter") or args.get("compare_period") or not _AVERAGE_RE.search(question):
        return calls
    if _OTHER_MEASURE_RE.search(question):
        return calls  # "how many deals, and the average upfront per deal?": not the average deal size
    average = ToolCall(tool="market_stat", args={**args, "metric": "total_value", "derive": "average_deal_size"})
    if _COUNT_ASKED_RE.search(question) and not _DIVISOR_RE.search(question):
        return [calls[0], average]
    return [average]


def two_figures(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """``calls`` after ``counts_kept``, ``average_with_count`` and ``small_dealmakers``."""
    return small_dealmakers(average_with_count(counts_kept(calls, question), question), question)


# a last part asking what a figure means: "what does that mean for the companies?", "and why?", "why does that
# matter?" ("is that good or bad?" is left whole: asked alone it reads as a claim on the figure)
_MEANING_PART_RE = re.compile(
    r"\?\s+(?P<meaning>(?:and\s+|so\s+)?(?:what\s+does\s+(?:that|this|it)\s+(?:mean|imply|say|tell)|why\b|how come\b"
    r")[^?]*\??)\s*$",
    _I,
)


def meaning_split(question: str) -> list[str]:
    """A tracker ratio read whole (``tracker_derived.upfront_ratio_asked``), its last part asking what the figure
    means split off as an ask of the articles: "sino drug watch up to august 2025 - how many times bigger were the
    milestones than the upfronts? what does that mean for the companies?" had been read whole as a text question and
    the 11.9 times never computed. The ratio part is asked as the tool's; the meaning part is asked of the
    tracker's small upfronts against its milestones, words that go to the articles and find the tracker's."""
    match = _MEANING_PART_RE.search(question)
    if not match:
        return [question.strip()]
    ratio = question[: match.start()].strip() + "?"
    meaning = re.sub(r"^(?:and|so)\s+", "", match.group("meaning").strip().rstrip("?"), flags=_I)
    trackers = named_trackers(ratio)
    if not trackers:
        return [question.strip()]
    return [ratio, f"{meaning}, with {trackers[0]} counting upfronts so small against potential milestones?"]


# the whole said as a bare value: "% of value", "percent of the headline", "% of their deal value", "what share of
# their value" (a share said in words is the same percent)
_OF_VALUE_RE = re.compile(
    r"(?:%|\bper\s?cent(?:age)?|\bpct|\bshare|\bproportion|\bfraction|\bportion)\s+of\s+(?:the\s+|their\s+|its\s+)?(?:headline\s+|deal\s+|overall\s+)?"
    r"(?:value|worth|headline)\b",
    _I,
)

_HOW_MANY_PERCENT_RE = re.compile(r"\bhow\s+many\s*(?:%|per\s?cent|pct)", _I)


def read_value_whole(slots: Any, text: str) -> None:
    """A tracker's upfront asked as a percent of a bare "value" reads that value as its total: "Informa 2024
    billion-dollar partnerships: upfront is how many % of value?" had named only the upfront ("share, nothing to
    take it of") and gone to the articles; now it is the upfront over the tracker's total for the same deals. Its
    "how many %" asks a percent, not a count (read as a count, it had crashed the market arguments)."""
    if slots.op != "share" or not slots.reporter or slots.companies:
        return
    if _HOW_MANY_PERCENT_RE.search(text):
        slots.count = False
    match = _OF_VALUE_RE.search(text)
    if match and slots.measures == ["upfront"]:
        slots.metrics.append("total")
        slots.metric_spans.append((match.start(), match.end()))


# companies whose deals were each under $1 billion: "only did deals under $1bn each", "sub-$1bn deals only",
# "none of their deals over $1 billion"
_UNDER_BILLION_RE = re.compile(
    r"\b(?:under|below|less than|smaller than|short of)\s+(?:\$\s?1|one)\s*(?:billion|bn|b)\b"
    r"|\bsub[- ]?\$?\s?1\s*(?:billion|bn|b)\b|\b(?:never|none of (?:their|its) deals?|no deals?)\b[^?]{0,30}"
    r"\b(?:over|above|reach(?:ing|ed)?|top(?:ping|ped)?)\s+(?:\$\s?1|one)\s*(?:billion|bn|b)\b",
    _I,
)
_TWO_COUNTS_RE = re.compile(r"\bhow many\b[^?]*\b(?:how many|what number|and of (?:them|those))\b", _I)


def small_dealmakers(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A tracker's count of licensors asked for those whose deals were each under $1 billion, as that count
    (``small_dealmaker_count``), after the whole count when both are asked: "How many Chinese drugmakers were behind
    the 2025 out-licensing total, and how many of them only did deals under $1bn each?" had given the 54 licensors
    alone; "how many companies did only sub-$1bn deals?" had given the 54 as the answer. Else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat" or calls[0].args.get("metric") != "licensor_count":
        return calls
    if calls[0].args.get("derive") or calls[0].args.get("compare_period") or not _UNDER_BILLION_RE.search(question):
        return calls
    small = ToolCall(tool="market_stat", args={**calls[0].args, "metric": "small_dealmaker_count"})
    return [calls[0], small] if _TWO_COUNTS_RE.search(question) else [small]
