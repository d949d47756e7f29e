"""Several figures of one tracker's report asked together, a change it stored, and its top-ten share in dollars.

* **Several figures of one report** (``more_figures``): "GlobalData's FY2024 figure … — value, share of large-pharma
  deals, and YoY change?", "Sino Drug Watch 到 2025年8月底统计的 upfront 总额和潜在里程碑各多少?", "2026年截至二月中
  PharmCube 记了多少笔交易, 金额多少?" had been read as one figure (the share alone, the upfront alone and refused
  for "2025-08", the count alone). When the plan asks one tracker's figure for a period, every other measure that
  tracker reported for that period (its rows in market_stats.csv, read by the words of their metric names:
  ``upfront_total`` by "upfront"/"首付", ``milestones_total`` by "milestones"/"里程碑", ``deal_count`` by "how
  many"/"多少笔", ``total_value_change`` by "YoY change"/"同比") and the question names is asked too, each as the
  tracker reported it. A period the tracker reports only as a span ending there ("to end-August 2025": its
  "2025-01/2025-08") is that span.
* **A change the tracker stored** (same rule): "By how much (%) is the average Greater China deal YTD 2026 above
  the FY2025 average according to PharmCube?" had been PharmCube's total value growth (-64.4%), "比 2025 年平均高多少?"
  our table's averages. A tracker's stored change of the measure asked (``average_deal_value_change``: +76%) is
  given with that measure, and our table's own comparison of averages beside it is dropped: the question asked the
  tracker's average.
* **A top-ten share in dollars** (``share_in_dollars``): "the top ten had 60% of 2025 value — in dollars?", "what
  does that imply in bn?" had given the 60% alone; it is the share times the same tracker's total
  (``derive="top10_amount"``: 60% of $135.7 billion, about $81.4 billion, our arithmetic on its two figures).

Not taken: two trackers named (``tracker_both``, ``tracker_gaps``), a ratio or share the plan derives
("upfront as % of milestones"), a plan with no tracker figure, a measure the tracker did not report for the period.
"""

from __future__ import annotations

import re

from assistant.corpus.tables import MarketStat
from assistant.routing.tracker_gaps import named_trackers
from assistant.routing.wording import TABLE_RE
from assistant.tools.quantities import within_year
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# the words that name a part of a metric's name (market_stats.csv "metric"): a metric is asked when each is named
_CONCEPT_RES = {
    "upfront": re.compile(r"\bup-?fronts?\b|首付|预付", _I),
    "milestones": re.compile(r"\bmilestones?\b|\bbiobucks\b|里程碑", _I),
    "count": re.compile(r"\bhow many\b|\bcount(?:ed|s)?\b|\bnumber of deals\b|多少笔|几笔|笔数|多少个交易|多少项", _I),
    "share": re.compile(r"\bshare\b|占比|份额", _I),
    "average": re.compile(r"\baverage\b|\bavg\b|\bmean\b|\btypical\b|\bper deal\b|平均|每笔", _I),
    "change": re.compile(
        r"\bchange\b|\byoy\b|\by/y\b|\byear[- ]on[- ]year\b|\bgrowth\b|\bincrease\b|\bhigher\b|\babove\b|"
        r"\bcompare[sd]?\b|\bstack up\b|\bup on\b|同比|增长|增幅|变化|比\s*\d{4}|"
        r"\b(?:vs\.?|versus|against)\s+(?:the\s+)?(?:fy\s*)?'?(?:20)?\d\d\b",  # "avg deal + vs 2025 avg"
        _I,
    ),
    "licensor": re.compile(r"\blicensors?\b|\bdrugmakers?\b|\bcompanies\b|\bfirms\b|药企|公司|企业", _I),
    # "$bn" is written "valuebn" by the shorthand reader ("# deals, $bn")
    "value": re.compile(r"\bvalues?(?:bn|b|mn|m)?\b|\bworth\b|\$|\bdollars?\b|\busd\b|\bamount\b|金额|总额|多少钱", _I),
}
_FILLER = {"total", "deal", "deals", "of", "count"}
_CHANGE_DERIVES = (None, "growth", "difference", "change", "bigger", "average_deal_size")
# a share asked in money: "in dollars", "in bn", "how many billion dollars", "in USD", "美元"
IN_DOLLARS_RE = re.compile(
    r"\bin\s+(?:\$|usd|us\s*dollars?|dollars?|bn|billions?)\b|\bin\s+\$|\bhow many (?:billion )?dollars\b|"
    r"\bhow many billions?\b|\bin dollar terms\b|\bhow much money\b|\bdollar amount\b|美元|多少钱|金额|"
    # "and implied $?", "implied amount", "what $ does that imply": the share said as money
    r"\bimplied\s+(?:\$|usd|dollars?|amount|value|sum|bn|billions?)|\bimpl(?:y|ies)\s+(?:in\s+)?(?:\$|usd|dollars?)|"
    r"(?:\$|\bwhat\s+(?:value|amount|dollar\s+figure))\s*(?:does|would)\s+(?:that|this|it)\s+imply",
    _I,
)


def _concepts(metric: str) -> set[str]:
    """The concepts a metric's name says: ``average_deal_value_change`` → average, change (value only when alone)."""
    tokens = set(metric.lower().split("_"))
    said = {concept for concept in _CONCEPT_RES if concept in tokens or f"{concept}s" in tokens}
    return said - {"value"} if said - {"value"} else said


_YEAR_RE = re.compile(r"(?<!\d)20\d\d(?!\d)")


def _groups(question: str, stats: list[MarketStat]) -> list[list[MarketStat]]:
    """The reports (one reporter, scope and period, no company) of a tracker the question names, of a year it names."""
    names = [name.lower() for name in named_trackers(question)]
    years = set(_YEAR_RE.findall(question))
    groups: dict[tuple[str, str, str], list[MarketStat]] = {}
    for stat in stats:
        if stat.subject or stat.period[:4] not in years:
            continue
        if names and not any(name in stat.reporter.lower() for name in names):
            continue
        groups.setdefault((stat.reporter, stat.scope, stat.period), []).append(stat)
    return list(groups.values())


def _asked(rows: list[MarketStat], question: str) -> list[MarketStat]:
    """The rows whose metric's every concept the question names, in the order the question names them."""
    at = {concept: m.start() for concept, pattern in _CONCEPT_RES.items() if (m := pattern.search(question))}
    spelt = re.sub(r"[^a-z0-9]", "", question.lower())  # "large-pharma" → largepharma, "$1bn+" → 1bn
    asked = [
        s
        for s in rows
        if _concepts(s.metric)
        and _concepts(s.metric) <= set(at)
        and all(token in spelt for token in set(s.metric.split("_")) - _FILLER - set(_CONCEPT_RES) - {"milestone"})
    ]  # a word of its name no concept reads must be said: "small_dealmaker_count" asks for "small"
    # "how many drugmakers": the licensor count, not also the deal count its words contain
    asked = [s for s in asked if not any(_concepts(s.metric) < _concepts(other.metric) for other in asked)]
    return sorted(asked, key=lambda s: (min(at[c] for c in _concepts(s.metric)), s.metric.endswith("_change")))


# a tracker's partial period said without naming it: "the 2026 average so far", "YTD 2026", "early 2026", "截至二月"
_PARTIAL_RE = re.compile(
    r"\bso far\b|\bytd\b|\byear[- ]to[- ]date\b|\bto date\b|\bearly 20\d\d\b|\bfirst (?:two|2) months\b|"
    r"\bjan(?:uary)?\s*(?:-|–|to|and)\s*feb(?:ruary)?\b|截至|截止|迄今|至今|目前为止|年初|以来",
    _I,
)
# measures a metric's name must hold when the question names them: "the average upfront" is not the average deal value
_MEASURES = ("upfront", "milestones")


def report_asked(question: str, stats: list[MarketStat]) -> list[MarketStat]:
    """The figures of one tracker's report (``stats``: market_stats.csv's rows) ``question`` asks, when it asks
    several of them or a change the tracker stored; else []. With no tracker named only a stored change counts, and
    only when the tracker's partial period is marked ("the 2026 average so far, 比 2025 年平均高多少?"): "how many
    2026 deals and their value?" and "is the average deal in 2026 higher than in 2025?" are our table's. A measure
    the question names and the metric lacks ("the average upfront of 2026 deals") is not that metric."""
    if len(named_trackers(question)) > 1 or TABLE_RE.search(question):
        return []
    if not named_trackers(question) and not _PARTIAL_RE.search(question):
        return []
    named = [m for m in _MEASURES if _CONCEPT_RES[m].search(question)]
    found, groups = [], _groups(question, stats)
    for rows in groups:
        asked = _asked(rows, question)
        changed = [s.metric.removesuffix("_change") for s in asked if s.metric.endswith("_change")]
        if any(m not in _concepts(base) for base in changed for m in named):
            continue  # "the average upfront … compared with 2025": not the tracker's average deal value
        # no tracker named: its stored change only when no other tracker reports that measure for the years asked
        alone = all(sum(s.metric == base for group in groups for s in group) == 1 for base in changed)
        if (changed and (alone or named_trackers(question))) or (len(asked) >= 2 and named_trackers(question)):
            found.append(asked)
    # "2026 ytd … avg deal + vs 2025 avg": the year a stored change is set against names no report of its own
    stored = [asked for asked in found if any(s.metric.endswith("_change") for s in asked)]
    found = stored if len(stored) == 1 else found
    return found[0] if len(found) == 1 else []


def more_figures(calls: list[ToolCall], question: str, reports: list[MarketStat]) -> list[ToolCall]:
    """One tracker's figure for a period with every other figure of its report the question names (and a change it
    stored for the measure asked) asked beside it; ``calls`` when there is none. "GlobalData FY2024 — value, share of
    large-pharma deals, and YoY change?" → its total value, its share and its change, each as reported."""
    stats = [call for call in calls if call.tool == "market_stat"]
    averages = [c for c in calls if c.tool == "compare" and c.args.get("operation") == "average"]
    if len(stats) > 1 or (not stats and not averages) or len(stats) + len(averages) < len(calls):
        return calls
    if stats and (stats[0].args.get("derive") not in _CHANGE_DERIVES or stats[0].args.get("compare_reporter")):
        return calls
    asked = report_asked(question, reports)
    changed = [s.metric.removesuffix("_change") for s in asked if s.metric.endswith("_change")]
    if not asked or (not stats and not changed):
        return calls
    if stats and stats[0].args.get("derive") and not changed and not _pace_listed(asked):
        return calls  # "the total divided by the number of deals": the plan's average, not its two inputs
    plan_period = str(stats[0].args.get("period") or "") if stats else ""
    if (
        plan_period
        and asked[0].period != plan_period
        and not (within_year(asked[0].period, plan_period) or asked[0].period.endswith(f"/{plan_period}"))
    ):
        return calls  # "GlobalData's 2024 value and growth imply what 2023 value?": another period's figure
    if stats and stats[0].args.get("compare_period") and not changed:
        return calls  # one measure in two periods: the plan's change ("how many more deals in 2025 than 2024")
    if any(s.metric == "top10_share" for s in asked) and IN_DOLLARS_RE.search(question):
        return calls  # the share in dollars: ``share_in_dollars``
    reporter, period = asked[0].reporter, asked[0].period
    said = stats[0].args.get("reporter") if stats else None
    if said and not all(part.lower() in reporter.lower() for part in str(said).split("/")):
        return calls  # the plan asks another tracker's figure
    base_year = str(int(period[:4]) - 1)  # a stored change is against the year before ("76% higher than 2025")
    asks: list[dict[str, str]] = []
    for metric in [s.metric for s in asked if s.metric not in changed]:  # a level given with its change
        base = metric.removesuffix("_change")
        ask = {"metric": base, "period": period, "reporter": reporter}
        # the level with the change it stored: "about $1.3 billion … put the change against 2025 at 76%"
        asks.append({**ask, "derive": "growth", "compare_period": base_year} if base != metric else ask)
    if {"metric": "total_value", "period": period, "reporter": reporter} in asks:
        # the total is said with its series' count ("The same series counted 38 deals"): not twice
        asks = [ask for ask in asks if ask != {"metric": "deal_count", "period": period, "reporter": reporter}]
    # our table's averages set against each other are dropped: the question asked the tracker's
    return [ToolCall(tool="market_stat", args=dict(ask)) for ask in asks]


# "the companies behind the 2025 out-licensing total": the market total's licensors, not our table's
_BEHIND_TOTAL_RE = re.compile(r"\bbehind\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?total\b", _I)


def licensors_behind_total(calls: list[ToolCall], question: str, stats: list[MarketStat]) -> list[ToolCall]:
    """Companies counted "behind the 2025 out-licensing total" as the one tracker that counted them
    (``licensor_count``: PharmCube NextPharma's 54); "how many different chinese drugmakers were behind the 2025
    out-licensing total" had counted the licensors of our table's 2025 deals (22). ``calls`` otherwise."""
    if len(calls) != 1 or calls[0].tool != "aggregate" or calls[0].args.get("distinct") != "licensor":
        return calls
    if not _BEHIND_TOTAL_RE.search(question) or TABLE_RE.search(question):
        return calls
    rows = [s for group in _groups(question, stats) for s in group if s.metric == "licensor_count"]
    if len(rows) != 1:
        return calls
    return [
        ToolCall(
            tool="market_stat",
            args={"metric": "licensor_count", "period": rows[0].period, "reporter": rows[0].reporter},
        )
    ]


def stats_of(spans: object) -> list[MarketStat]:
    """market_stats.csv's rows of the router whose ``company_spans`` ``decompose.split_parts`` was given (its
    ``__self__``, as ``deal_pairs.each_named_deal`` reads ``router.coverage``); [] without a router."""
    tables = getattr(getattr(getattr(spans, "__self__", None), "args", None), "tables", None)
    return list(getattr(tables, "market_stats", None) or [])


_TOP_TEN_RE = re.compile(r"\btop[- ]?(?:10|ten)\b|\bten (?:largest|biggest)\b|前十|前10", _I)


def read_whole(question: str, stats: list[MarketStat]) -> bool:
    """Whether ``question`` is one ask of one tracker's report, not split into parts (``decompose.split_parts``):
    several of its figures ("PharmCube 2026 年记了多少笔交易, 金额多少?"), a change it stored ("the 2026 average so
    far, and how does it compare with 2025?"), or its top-ten share with what that is in dollars ("the top-10 took
    what share of FY25 value, and what does that imply in bn?"): split, the later part lost the tracker."""
    top_ten = _TOP_TEN_RE.search(question) and IN_DOLLARS_RE.search(question) and _CONCEPT_RES["share"].search(question)
    # several figures without a change are split and each asked of the tracker (``tracker_figures.tracker_parts``)
    asked = report_asked(question, stats)
    return bool(top_ten) or any(s.metric.endswith("_change") for s in asked) or _pace_listed(asked)


def _pace_listed(asked: list[MarketStat]) -> bool:
    """ "Early 2026 pace per PharmCube: deal count, value YTD and average deal size?": the report's count, value and
    average each named, asked whole and each answered (split, each part had given the average alone)."""
    return {"deal_count", "total_value"} <= {s.metric for s in asked} and len(asked) >= 3


def share_in_dollars(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A top-ten share asked in money as the share times its tracker's total (``derive="top10_amount"``): "top ten
    had 60 percent of 2025 value – in dollar that is how much?" had given the 60% alone."""
    if not IN_DOLLARS_RE.search(question):
        return calls
    return [
        ToolCall(tool=c.tool, args={**c.args, "derive": "top10_amount"})
        if c.tool == "market_stat" and c.args.get("metric") == "top10_share" and not c.args.get("derive")
        else c
        for c in calls
    ]
