"""One tracker's figures over two periods, or a figure derived from its own numbers (second wave, session 11).

Read after the first reading (``read_tracker_periods`` from ``table_asks.read_table_asks``; ``multiple_read``
from ``buckets.reshaped``), only when a tracker is named:

* **A percent asked of a change.** "yoy growth in china out-licensing $ value 2025 vs 2024, pharmcube numbers,
  as a %", "cphiic jan-aug 2025 already beat their whole 2024 — by how much in %?": the "%" had made a share
  with nothing to take it of, and the articles answered. A "%" asked (not one given: "+66%"), two periods and
  no share word ("share", "% of") ask the growth from the earlier period to the later one.
* **How much higher, in money.** "IQVIA: H1 2025 partnership $ vs its full-yr 2024 number - how much higher?":
  the gap itself ($3.7 billion), not the growth rate; a "%" asked keeps the rate.
* **A level implied by the tracker's own numbers.** "globaldata says 41.5bn in 2024, +66% — so what was 2023 on
  their numbers?", "backing out from its +76%, what 2025 average does that imply?": the earlier period's
  figure alone, which the tool derives from the later level and the change the tracker reported beside it
  (``tools.tracker_implied``), said as our arithmetic (``implied_read`` from ``buckets.reshaped`` keeps that
  one call when the years were read one by one).
* **Milestones as a multiple of upfront.** "Sino Drug Watch: how many times larger were potential milestones
  than upfront payments?": one period's two figures of one tracker, milestones over upfront (11.92x), not a
  change between two periods (``derive="milestones_multiple"``).

* **The change asked in a part of its own.** "what's pharmcube's ytd 2026 average deal size and how much bigger
  vs 2025 avg": split in two, the second part named no tracker and compared our own deals' averages; a part
  that only asks how much a figure is above another period ("how much bigger vs 2025 avg"), after a part naming
  a tracker, is joined back to it (``change_joined`` from ``decompose.split_parts``): one tracker's change,
  with the change it reported itself (76%).

Not taken: a company named (its share of a tracker's total), a share word, "percentage points", a question
with no tracker (our deal table answers it).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.tracker_gaps import named_trackers
from assistant.routing.wording import RATIO_RE, SHARE_WORD_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# a "%" asked, not given: "as a %", "in %", "by what %", "how many percent" (not "66%", "+76 percent")
_ASKED_PERCENT_RE = re.compile(r"(?:^|[^\d.\s])\s*(?:%|\bpercent(?:age)?\b)(?!\s*(?:of|points?|pts?)\b)", _I)
# "% of the total", "percentage points": a share, or a gap between two percentages
_SHARE_OF_RE = re.compile(r"(?:%|\bpercent(?:age)?)\s*(?:of|points?|pts?)\b", _I)
# a given percentage: "+66%", "76% higher"
_GIVEN_PERCENT_RE = re.compile(r"\d\s*(?:%|percent\b)", _I)
# the gap in money: "how much higher / more / greater", "in dollar terms", "in $"
_HOW_MUCH_HIGHER_RE = re.compile(
    r"\bhow much (?:higher|more|greater|above|up)\b|\bin (?:absolute|dollar|usd) terms\b|\bin (?:us )?dollars\b|\bin \$",
    _I,
)
# the earlier level asked from the later one and its change: "implies", "backing out", "on their numbers"
_IMPLIED_RE = re.compile(
    r"\bimpl(?:y|ies|ied)\b|\bback(?:ing|ed)?\s+(?:it\s+)?out\b|\bwork(?:ing)? back\b|"
    r"\bon (?:their|its|the tracker'?s?) (?:own )?(?:numbers|figures|data|maths?)\b",
    _I,
)
_CHANGE_GIVEN_RE = re.compile(r"\bgrowth rate\b|\bits (?:growth|change|increase|rise)\b|\byoy\b", _I)
_ABOVE_RE = re.compile(r"\bhow much (?:above|higher|more|greater|up)\b", _I)
_AVERAGE_RE = re.compile(r"\baverage|\bavg\b|\bmean\b|\bper deal\b", _I)
_HOW_MANY_PERCENT_RE = re.compile(r"\bhow\s+many\s+(?:%|percent)", _I)
_MILESTONE_RE = re.compile(r"\bmilestones?\b|\bbiobucks\b", _I)
_UPFRONT_RE = re.compile(r"\bup-?fronts?\b", _I)
_MULTIPLE_RE = re.compile(r"\bmultiples?\b|\bx\s*(?:the|as)\b", _I)


def read_tracker_periods(slots: Any, text: str) -> None:
    """Correct ``slots`` of a question naming a tracker for the first three classes above."""
    if not slots.reporter or getattr(slots, "companies", None) or SHARE_WORD_RE.search(text):
        return
    periods = sorted({p.market_period: p for p in slots.periods}.values(), key=lambda p: p.date_from)
    if _IMPLIED_RE.search(text) and (_GIVEN_PERCENT_RE.search(text) or _CHANGE_GIVEN_RE.search(text)) and periods:
        # "+66% in 2024, so 2023 on their numbers?": the earlier period's figure, implied by the tool
        slots.op, slots.derive, slots.periods = None, None, periods[:1]
        if slots.per_deal == "average" or _AVERAGE_RE.search(text):
            slots.market_metric = "average_deal_value"
        return
    if len(periods) < 2 or slots.market_metric:
        return
    if slots.op in (None, "average", "sum") and _ABOVE_RE.search(text):
        # "2026 ytd avg per pharmcube, and how much above 2025 avg": the two periods compared, each an average
        slots.op = "compare"
        slots.per_deal = "average" if _AVERAGE_RE.search(text) else slots.per_deal
    asked_percent = _ASKED_PERCENT_RE.search(text) and not _SHARE_OF_RE.search(text)
    if asked_percent and slots.op in ("share", "compare", "growth", None):
        slots.op, slots.derive = "growth", None  # "2025 vs 2024, as a %": the growth rate
        if _HOW_MANY_PERCENT_RE.search(text):
            slots.count = False  # "how many % higher" counts no deals
    elif (
        not asked_percent
        and slots.op in ("compare", "growth")
        and not slots.derive
        and _HOW_MUCH_HIGHER_RE.search(text)
    ):
        slots.derive = "difference"  # "H1 2025 vs full-yr 2024 - how much higher?": the gap in money


def implied_read(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A tracker's plain figures for two years asked for the level its numbers imply, as the earlier year's alone
    ("41.5bn in 2024, +66% — so 2023 on their numbers?", which the year-by-year reading split in two); else
    ``calls``."""
    implied = _IMPLIED_RE.search(question) and (_GIVEN_PERCENT_RE.search(question) or _CHANGE_GIVEN_RE.search(question))
    plain = all(c.tool == "market_stat" and c.args.get("reporter") and not c.args.get("derive") for c in calls)
    if implied and plain and len(calls) == 2 and len({c.args.get("metric") for c in calls}) == 1:
        return [min(calls, key=lambda c: str(c.args.get("period")))]
    return calls


def _said_period(question: str, candidates: list[str]) -> str:
    """Of a call's periods, the first whose year the question says ("2025", "Aug-25"); else the first."""
    for period in candidates:
        year = period[:4]
        if re.search(rf"(?<!\d){year}(?!\d)|[-'’]{year[2:]}\b", question):
            return period
    return candidates[0]


def multiple_read(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A tracker's call asking how many times its milestones were its upfront, as that multiple for the period
    said; a tracker's plain figures for two years asked for the level its numbers imply, as the earlier year's
    alone ("41.5bn in 2024, +66% — so 2023 on their numbers?", which the year-by-year reading split in two);
    else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat" or not calls[0].args.get("reporter"):
        return calls
    args = calls[0].args
    if args.get("subject") or args.get("compare_reporter") or args.get("derive") not in (None, "ratio", "growth"):
        return calls
    if not (_MILESTONE_RE.search(question) and _UPFRONT_RE.search(question)):
        return calls
    if not (RATIO_RE.search(question) or _MULTIPLE_RE.search(question)):
        return calls
    candidates = [p for p in (args.get("period"), args.get("compare_period")) if p]
    kept = {key: args[key] for key in ("reporter",) if key in args}
    if candidates:
        kept["period"] = _said_period(question, candidates)
    return [ToolCall(tool="market_stat", args={**kept, "metric": "milestones_total", "derive": "milestones_multiple"})]


# a part that only asks how far above another period the figure before it is: "how much bigger vs 2025 avg",
# "how much above 2025's", "and how much higher than last year"
_BARE_CHANGE_RE = re.compile(
    r"^\W*(?:and\s+)?(?:by\s+)?how much (?P<word>bigger|larger|higher|above|more|greater|up)\b"
    r"(?:\s+(?:is|was)\s+(?:it|that))?\s*(?:vs\.?|versus|than|on|over|compared (?:to|with)|from)?\s*"
    r"(?:(?:the|its|their)\s+)?(?P<rest>(?:(?:19|20)\d\d|last year|the year before).*)",
    _I,
)

# a part that only asks how the figure before it compares with another period: "and how does it compare with
# 2025's average?", "how does that stack up against last year", "how it compares with 2025"
_BARE_COMPARE_RE = re.compile(
    r"^\W*(?:and\s+)?how (?:(?:does|did|do|would) )?(?:it|that|this|they) (?:compares?|stacks? up|measures? up)\s*"
    r"(?:with|to|against|versus|vs\.?)\s+(?:(?:the|its|their)\s+)?(?P<rest>(?:(?:19|20)\d\d|last year|the year before).*)",
    _I,
)


# the tracker's own other period, named with it: "CPHIIC's full-year 2024 figure", "its whole-year 2024 number"
_OWN_PERIOD_RE = re.compile(
    r"(?:\b[\w.]+['’]s\s+(?:(?:full|whole|entire)[- ]?year\s+)?|(?:(?:full|whole|entire)[- ]?year|all of)\s+)"
    r"(?=(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _said_as_comparison(before: str, change: re.Match[str]) -> str:
    """ "how much above 2025 avg" after ``before``, said as a comparison the reading knows: "…, how much higher than
    2025 avg" ("bigger" and "larger" kept: a multiple)."""
    word = change.group("word").lower()
    word = word if word in ("bigger", "larger", "higher", "greater") else "higher"
    return f"{before.rstrip(' ?,;+')}, how much {word} than {change.group('rest')}"


# "so far in 2026", "year to date": a period only the trackers report a figure of (their year-to-date counts, values
# and average deal), unless a deal's own measure (upfront, milestones) is asked, which our rows hold
_SO_FAR_RE = re.compile(r"\b(?:so far|year[- ]to[- ]date|ytd)\b", _I)
_DEAL_MEASURE_RE = re.compile(r"\b(?:up[\s-]?fronts?|milestones?|equity|royalt\w*|bio[\s-]?bucks)\b", _I)


def _tracker_period(before: str) -> bool:
    """``before`` asks a figure "so far" in a year and names no measure of a deal's own: "avg deal size so far in
    2026" (PharmCube's year-to-date average), not "average upfront so far in 2026" (our deals')."""
    return bool(_SO_FAR_RE.search(before)) and not _DEAL_MEASURE_RE.search(before)


def change_joined(parts: list[str]) -> list[str]:
    """``parts`` with a bare change part ("how much bigger vs 2025 avg", "how does it compare with 2025's average")
    joined to the tracker's part before it (the classes above), or to a part asking a year-to-date figure with no
    tracker named ("avg deal size so far in 2026 and how it compares with 2025?": PharmCube's 2026 average and its
    76% change, not the 2025 average alone); one naming the same tracker's other period ("how
    does it stack up against CPHIIC's full-year 2024 figure?" after CPHIIC's Jan-Aug 2025 figure, which had been
    CPHIIC's growth from 2023 to 2024, not held) too."""
    for at in range(1, len(parts)):
        before, part = parts[at - 1], parts[at]
        if named_trackers(part) and named_trackers(part) == named_trackers(before):
            part = _OWN_PERIOD_RE.sub("", part)  # "…against CPHIIC's full-year 2024 figure": its own 2024
        change = _BARE_CHANGE_RE.search(part)
        compared = _BARE_COMPARE_RE.search(part)
        if named_trackers(part) or not (named_trackers(before) or _tracker_period(before)) or not (change or compared):
            continue
        average = re.compile(r"\b(?:average|avg|mean)\b", re.IGNORECASE)
        if compared and average.search(compared.group("rest")) and not average.search(before):
            continue  # "2026 year-to-date deal value? And how does it compare with 2025's average?": two asks
        if compared:  # "…, compared with 2025's average": the tracker's change against that period
            return [
                *parts[: at - 1],
                f"{before.rstrip(' ?,;+')}, compared with {compared.group('rest')}",
                *parts[at + 1 :],
            ]
        if change:
            return [*parts[: at - 1], _said_as_comparison(before, change), *parts[at + 1 :]]
    return parts


# "…so far in 2026 and how it compares with 2025?": the two halves of a year-to-date figure set against a year
_SO_FAR_THEN_COMPARE_RE = re.compile(
    r"^(?P<before>.+?)(?:\s*[,;-]\s*|\s+)(?P<part>(?:and\s+)?how (?:(?:does|did|do|would) )?(?:it|that|this|they) "
    r"(?:compares?|stacks? up|measures? up)\b.*)$",
    _I,
)


def so_far_compared(question: str) -> str | None:
    """One question for a year-to-date figure named with no tracker and "how it compares with" a year: "avg deal
    size so far in 2026 and how it compares with 2025?" is asked "Avg deal size so far in 2026, compared with 2025?"
    (PharmCube's 2026 average and its change on 2025); whole, the router had read it as the 2025 average alone. Only
    an average: "total deal value so far in 2026 and how it compares with 2025?" sets two months against a year,
    and is left to the other readers (both figures, no made-up change)."""
    found = _SO_FAR_THEN_COMPARE_RE.match(question.strip().rstrip("?？. "))
    if not found or named_trackers(question) or not _tracker_period(found.group("before")):
        return None
    if not _AVERAGE_RE.search(found.group("before")):
        return None  # a part-year total against a full year is no change: only the average has a reported one
    joined = change_joined([found.group("before"), found.group("part")])
    return f"{joined[0][:1].upper()}{joined[0][1:]}?" if len(joined) == 1 else None
