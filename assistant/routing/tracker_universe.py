"""Our table's deals against the trackers' universe, and one tracker's figure against the other trackers'.

* **A bare count of the deals "there are"** (``table_counted``, run in ``buckets.reshaped`` before
  ``tracker_table.table_against_tracker``). "how many deals are there from 2024 in total" names no tracker, yet was
  read as the trackers' market count alone (PharmCube's 94), a different universe from the 13 deals our table holds.
  A one-year market deal count with no tracker, no market word ("market", "industry", "out-licensing", "Chinese
  drugmakers") and an existential ask ("are there", "there are", "in total", "in all", "altogether") is asked as the
  trackers' count set against our table's (``derive="table_against"``): both figures, each labelled, and the gap.
* **Our count asked against a tracker's, with a gap** (``year_before_dropped``). "PharmCube counted 94 China
  out-licensing deals in 2024. How many 2024 deals are in your table, and what is the gap between the two counts?"
  had read "the gap" as 2024 against 2023 in our table (5 and 13 deals, "8 fewer"), a year nobody asked. When the
  question names one year and one tracker, our counts of that year and the year before and their comparison are our
  count of the year alone, which ``table_against_tracker`` then sets against the tracker's.
* **One tracker's upfront and milestones added** (``both_added``). "sino drug watch until august 2025: upfront plus
  the potential milestones together is how much?" gave the two figures, never their $33.6 billion sum. Asked with
  a word of adding ("plus", "together", "combined", "adding"), they are the tracker's upfront share of the two
  (``derive="upfront_share"``), whose answer states the sum and each part. "upf tot and ms tot?" asks each.
* **Which figure a tracker gave, asked after a claim** (``figure_asker_joined``). "Is it true that deals in early
  2026 were larger on average than in 2025? What figure did PharmCube give?" had set our table's averages against
  each other ($6.71 billion against $3.16 billion) and sent the second part to the articles. The second part only
  names whose figure the first asks, so the first is asked "per PharmCube": its $1.3 billion and its 76%.
* **A tracker's figure checked against the others** (``others_asked``). "How many Chinese out-licensing deals did
  Goodwin count for 2023, and does that match other trackers?" gave Goodwin's 70 and its value, never the
  biotochina.org tracker's 66 for the same year. A named tracker's figure with "other trackers", "do the others
  agree", "in line with", "match", "consistent" asks the same measure and period of every tracker
  (the reporter dropped): the tool gives the named one's figure and each other tracker's, "not merged".
"""

from __future__ import annotations

import re

from assistant.corpus.tables import MarketStat
from assistant.routing.distribute import Spans
from assistant.routing.tracker_both import measures_asked
from assistant.routing.tracker_gaps import own_trackers
from assistant.routing.wording import TABLE_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# an ask of how many there are, not of what a market did: "are there", "there are", "in total", "altogether"
_THERE_RE = re.compile(r"\b(?:are|were)\s+there\b|\bthere\s+(?:are|were)\b|\bin\s+(?:total|all)\b|\baltogether\b", _I)
# the market's own universe said: then the trackers' count is the answer asked
_MARKET_RE = re.compile(
    r"\b(?:market|industry|sector|out-?licen[cs]\w*|cross-?border|drugmakers?|biotechs?|pharmas?|companies|firms|"
    r"trackers?|reported|according|per)\b|\b(?:china|chinese)\b",
    _I,
)
# the others asked about: "does that match other trackers", "do the others agree", "in line with other trackers"
_OTHERS_RE = re.compile(
    r"\bother\s+(?:trackers?|sources?|databases?|counts?|figures?|series)\b|\bthe\s+others\b|"
    r"\b(?:match|agree|consistent|in\s+line)\b[^?.]{0,40}\b(?:others?|trackers?|sources?|elsewhere)\b",
    _I,
)
# a part asking only whether the figure before agrees with the others: "and does that match other trackers?"
_OTHERS_PART_RE = re.compile(
    r"^\W*(?:and\s+)?(?:(?:does|do|is|are)\s+(?:that|this|it|they|those|these)(?:\s+figures?|\s+numbers?)?|how\s+does\s+"
    r"(?:that|this|it)|do\s+the\s+others)\b[^?]*$",
    _I,
)
# two figures asked added: "upfront plus the potential milestones together", "adding its upfront to its milestones"
_ADDED_RE = re.compile(r"\b(?:plus|together|combined|add(?:ing|ed)?|summed|sum\s+of|all\s+told)\b|\+", _I)
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
# a count said as a noun: "Goodwin's 2023 count", "the number of deals", "how many"
_COUNT_SAID_RE = re.compile(r"\bcount(?:s|ed)?\b|\bhow many\b|\bnumber of deals\b", _I)


# a part asking only which figure a tracker gave: "What figure did PharmCube give?", "what number does Goodwin report?"
_FIGURE_ASKED_RE = re.compile(
    r"^\W*(?:and\s+)?(?:what|which)\s+(?:figures?|numbers?|data|averages?|stats?)\s+(?:did|does|do)\s+[^?]{2,60}?\s+"
    r"(?:give|report|cite|put|have|show)\b[^?]*\??\s*$",
    _I,
)


def figure_asker_joined(parts: list[str], spans: Spans | None = None) -> list[str]:
    """``parts`` with a part asking only which figure a named tracker gave ("What figure did PharmCube give?") folded
    into the part before it, which names no tracker and not our table, as that tracker's ("Is it true that deals in
    early 2026 were larger on average than in 2025?" had been our table's averages set against each other, and
    PharmCube's own $1.3 billion and 76% never given); run in ``decompose.split_parts``.

    A part before naming a company (``spans``) is not folded: the trackers report a company only its deal value, so
    "How many deals did Hengrui sign in 2025? What number does PharmCube report?" had answered PharmCube's $16.7
    billion Hengrui value alone, for a count, and "How much were Hengrui's 2025 deals worth? What figure did PharmCube
    give?" had dropped our table's $16.669 billion. Our table's answer is kept, and the tracker's part asks its figure
    for that company and year ("... report for Hengrui in 2025?")."""
    for at in range(1, len(parts)):
        before, part = parts[at - 1], parts[at]
        trackers = own_trackers(part)
        if len(trackers) != 1 or not _FIGURE_ASKED_RE.match(part) or own_trackers(before) or TABLE_RE.search(before):
            continue
        named = spans(before) if spans else []
        if named:
            start, end = named[0]
            years = _YEAR_RE.findall(before)
            said = f" for {before[start:end]}" + (f" in {years[0]}" if len(set(years)) == 1 else "")
            return [*parts[:at], f"{part.rstrip(' ?.')}{said}?", *parts[at + 1 :]]
        return [*parts[: at - 1], f"{before.rstrip(' ?.')}, per {trackers[0]}?", *parts[at + 1 :]]
    return parts


def others_part_joined(parts: list[str]) -> list[str]:
    """``parts`` with a later part asking only whether the tracker's figure before it matches the others ("and does
    that match other trackers?") joined to that part (run in ``decompose.split_parts``)."""
    for at in range(1, len(parts)):
        before, part = parts[at - 1], parts[at]
        if not (_OTHERS_PART_RE.match(part) and _OTHERS_RE.search(part)) or own_trackers(part):
            continue
        if len(own_trackers(before)) != 1:
            continue
        return [*parts[: at - 1], f"{before.rstrip(' ?,;')}, and {part.strip().removeprefix('and ')}", *parts[at + 1 :]]
    return parts


def table_counted(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """ "how many deals are there from 2024 in total" (no tracker, no market word): the trackers' count of the year
    set against our table's (``derive="table_against"``); else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat":
        return calls
    args = calls[0].args
    if args.get("metric") != "deal_count" or args.get("reporter") or args.get("derive") or args.get("subject"):
        return calls
    period = str(args.get("period") or "")
    if not re.fullmatch(r"(?:19|20)\d\d", period) or not _THERE_RE.search(question):
        return calls
    if own_trackers(question) or _MARKET_RE.search(question):
        return calls
    if not (re.search(r"\bdeals?\b", question, _I) and _YEAR_RE.search(question)):
        return calls  # "..., and how many were there": a part counting the deals of the part before, not the year's
    return [ToolCall(tool="market_stat", args={**args, "derive": "table_against"})]


def both_added(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """ "sino drug watch until august 2025: upfront plus the potential milestones together is how much?": one
    tracker's upfront and milestone totals of one period asked added, as its upfront share of the two together
    (``derive="upfront_share"``), whose answer gives the sum ($33.6 billion) beside each part; else ``calls``."""
    if len(calls) != 2 or any(c.tool != "market_stat" or c.args.get("derive") for c in calls):
        return calls
    if {c.args.get("metric") for c in calls} != {"upfront_total", "milestones_total"} or not _ADDED_RE.search(question):
        return calls
    reporter, period = calls[0].args.get("reporter"), calls[0].args.get("period")
    if not reporter or any((c.args.get("reporter"), c.args.get("period")) != (reporter, period) for c in calls):
        return calls
    if any(c.args.get("subject") for c in calls):
        return calls
    args = {"metric": "upfront_total", "period": period, "reporter": reporter, "derive": "upfront_share"}
    return [ToolCall(tool="market_stat", args=args)]


def year_before_dropped(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """ "PharmCube counted 94 in 2024. How many 2024 deals in your table, and the gap?": our counts of 2023 and 2024
    and their comparison, with one year and one tracker named, are our 2024 count alone; else ``calls``."""
    years = set(_YEAR_RE.findall(question))
    if len(years) != 1 or len(own_trackers(question)) != 1 or not TABLE_RE.search(question):
        return calls
    year = years.pop()
    counts = [c for c in calls if c.tool == "aggregate" and c.args.get("operation") == "count"]
    compares = [c for c in calls if c.tool == "compare"]
    if len(counts) != 2 or len(compares) != 1 or len(calls) != 3:
        return calls
    asked = [c for c in counts if str((c.args.get("filter") or {}).get("year")) == year]
    before = [c for c in counts if str((c.args.get("filter") or {}).get("year")) == str(int(year) - 1)]
    if len(asked) != 1 or len(before) != 1:
        return calls
    return asked


def others_asked(calls: list[ToolCall], question: str, stats: list[MarketStat]) -> list[ToolCall]:
    """ "Goodwin's 2023 count, and does that match other trackers?": the named tracker's figure, then each other
    tracker's figure for that measure and period (``stats`` are market_stats.csv's rows); a total value the bare
    "does that match" part was read as, and no word of value asked, is dropped; else ``calls``. A count said with
    no value word ("Goodwin's 2023 count, and does that match other trackers?", planned as Goodwin's total value,
    which no other tracker gives for 2023) is checked as the count: Goodwin's 70 against biotochina.org's 66."""
    if not _OTHERS_RE.search(question) or len(own_trackers(question)) != 1:
        return calls
    market = [c for c in calls if c.tool == "market_stat"]
    if not market or any(c.args.get("derive") or c.args.get("compare_reporter") for c in market):
        return calls
    first = market[0]
    counted_only = _COUNT_SAID_RE.search(question) and "value" not in measures_asked(question)
    if first.args.get("metric") == "total_value" and counted_only:  # "Goodwin's 2023 count, and does that match"
        counted = ToolCall(tool="market_stat", args={**first.args, "metric": "deal_count"})
        calls, first = [counted if c is first else c for c in calls], counted
    reporter, metric, period = (first.args.get(key) for key in ("reporter", "metric", "period"))
    if not reporter or not period:
        return calls
    named = [s.reporter for s in stats if s.metric == metric and s.period == period and not s.subject]
    mine = [name for name in named if str(reporter).lower() in name.lower()]
    others = [name for name in dict.fromkeys(named) if name not in mine]
    if not mine or not others:
        return calls
    kept = [
        c
        for c in calls
        if c is first
        or not (
            c.tool == "market_stat"
            and c.args.get("metric") == "total_value" != metric
            and c.args.get("period") == period
            and "value" not in measures_asked(question)
        )
    ]
    widened = [ToolCall(tool="market_stat", args={**first.args, "reporter": name}) for name in others]
    at = kept.index(first) + 1
    return [*kept[:at], *widened, *kept[at:]]
