"""The last check before a figure leaves: the plan it was computed from answers what the question asks.

When a routing rule misreads a wording it has never seen, the answer is a confident, cited figure about
something else ("total ufp AZ has paid" summed total values; "top 5 deals by upfront" ranked licensors).

This check reads the question again, with a small vocabulary of its own that shares nothing with the
router's rules, and compares it with the tool calls the answer was computed from (``Answer.tool_calls``).
Each named check below says what the question asks and what a plan that answers it must hold:

- a measure the question names (upfront, milestones, equity, the headline total) is one no tool call
  computes, or every call only counts deals ("恒瑞几单的首付加起来多少");
- deals are ranked ("top 5 deals by upfront") and the plan ranks companies;
- a year or span is said and no computation is limited to a period, or its period leaves a year said
  out ("那 24 年呢?" answered for 2025), or a span's start is dropped ("from 2024 through early 2026"
  counted from any time);
- "our table" is said and only trackers' figures were given, or a tracker is named and only our table
  was summed;
- a multiple is asked ("how many x", 倍) and every call only counts deals.

A disagreement turns the answer into a clarifying reply: it says what the plan computed and what the
question seems to ask, and gives no figure, so a misreading costs the user one more message instead of
a wrong number. Text answers are left alone (the abstention check and the article's sentences vouch for
them), and an answer with an article part is not checked for measures or years, which that part may
answer ("upfront, and how do the milestones split?"). Measured: README, Plan audit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from assistant.answer import Answer, ToolCallRecord
from assistant.tools.dealfilter import MONEY_BOUND_METRICS as _MEASURES  # the four money columns

_I = re.IGNORECASE

# -- what the question says ------------------------------------------------------------------------
# One measure each; words that could name two (a bare "value", "total", "cash") are left out.
_UPFRONT = re.compile(
    r"\bup[\s-]?fronts?\b|\bufps?\b|\bupfs?\b|\bcash (?:at|on) signing\b|\bsigning (?:cash|payments?|fees?)\b|"
    r"\b(?:cash|money|payments?) (?:on )?day[- ]one\b|\bday[- ]one (?:cash|money|payments?)\b|"
    r"\binitial payments?\b|首付|預付|预付|首期款",
    _I,
)
_MILESTONES = re.compile(r"\bmilestones?\b|\bmsts?\b|\bmlstns?\b|里程碑", _I)
_EQUITY = re.compile(r"\bequity\b|\bstakes?\b|股权|股權|入股|买股|買股", _I)
_HEADLINE = re.compile(
    r"\bheadline\b|\bdeal (?:values?|sizes?)\b|\btotal (?:deal |contract |potential )?values?\b|"
    r"\bpotential (?:values?|consideration)\b|\baggregate (?:deal )?values?\b|总额|總額|总包|總包|总价|總價",
    _I,
)
_RANKED = re.compile(
    r"\btop[\s-]?\d+\b|\btop (?:one|two|three|five|ten)\b|\blargest\b|\bbiggest\b|\bsmallest\b|\bhighest\b|"
    r"\blowest\b|\brank(?:ed|ing|s)?\b|\bleaderboard\b|最大|最高|最小|最低|排名|前[一二三四五六七八九十\d]",
    _I,
)
_DEALS = re.compile(r"\bdeals?\b|\btransactions?\b|\blicen[cs]es?\b|\bagreements?\b|\btie-?ups?\b|交易|几单|幾單", _I)
_COMPANIES = re.compile(
    r"\bwho\b|\bwhose\b|\bwhich (?:(?:chinese|western|big|foreign|u\.?s\.?) )?(?:compan|licensor|licensee|buyer|seller|multinational|"
    r"firm|pharma|partner|biotech|mnc|drugmaker|player|acquir|bidder|sponsor|one|side|cos?\b|group)|"
    r"\b(?:licensors?|licensees?|buyers?|sellers?|companies|company|cos?|pharmas|mncs?|multinationals?|big pharma|drugmakers?|biotechs|firms|"
    r"players|partners|acquirers|bidders|countries|country|modalit\w*|areas?)\b|哪家|哪个公司|哪個公司|谁|誰",
    _I,
)
# A year or a span of years as people write them: 2025, '25, FY25, 24-26, 25年
_YEAR = re.compile(
    r"(?<![\d$.,])(?:20[12]\d)(?![\d%])|['’]2\d\b|\bfy\s?2\d\b|(?<![\d$.,])2\d\s?[-–/]\s?2\d(?![\d%]|[.,]\d)|"
    r"(?<!\d)(?:20)?2\d\s?年",
    _I,
)
_TWO_DIGITS = re.compile(r"(?<!\d)(?:20)?(1\d|2\d)(?!\d)")
# A money amount said in the question bounds the deals ("upfront above $100m"), it does not ask for a sum.
_AMOUNT = re.compile(r"\$|\bus\$|\d\s?(?:m|mm|bn|b|k)\b|\d\s?(?:million|billion)\b|亿|億|万美元", _I)
# A tracker named: its own figures are asked, not a sum over our table.
_TRACKER = re.compile(
    r"\bpharmcube\b|\bcaixin\b|\bsino drug watch\b|\bdealforma\b|\bnextpharma\b|医药魔方|醫藥魔方|财新|財新", _I
)
_OUR_TABLE = re.compile(
    r"\btable\b|\bdata\s?set\b|\b(?:your|ur|our|the) (?:data|db|database|set|sheet|list)\b|\bin the data\b|"
    r"表里|表裡|表中|你们的表|你們的表",
    _I,
)
_MULTIPLE = re.compile(
    r"\bhow many (?:x|times (?:larger|bigger|more|greater|higher|the|as|over|that|what))\b|\b\d+(?:\.\d+)?\s?x\b|"
    r"\b(?:as )?a multiple of\b|\bwhat multiple\b|\bratio\b|\btimes (?:as|bigger|larger|more|greater)\b|倍",
    _I,
)
# Our table said only to set it aside: "the market figure, not your own table"
_NOT_OUR_TABLE = re.compile(r"\bnot (?:in |from )?(?:your|ur|our|the) (?:own )?(?:table|rows|data|deals)\b", _I)

_TABLE_TOOLS = {"aggregate", "rank", "compare", "find_deals", "get_deal"}
_SPAN_KEYS = {"year", "date_from", "date_to", "month", "quarter", "half", "deal_ids", "deal_id", "exclude_years"}
# A year said to bring deals in or set them aside ("incl. the 2023 ones", "without the 2023 deals"),
# with a whole-table plan.
_YEAR_AS_SCOPE = re.compile(
    r"\b(?:incl\w*|counting|count in|besides|as well as|along with|plus|all years|any year|entire|whole|ever|"
    r"all[- ]time|pre-?\s?20\d\d|without|except\w*|excluding|set(?:ting)? aside|leav\w* out|other than|apart from|too|"
    r"also|as well)\b|"
    r"包括|包含|算上|除了|不算",
    _I,
)
# A year corrected away: "2025 not 2024", "2024 rather than 2025"
_NOT_YEAR = re.compile(
    r"\b(?:not|rather than|instead of)\s+(?:in\s+)?((?:20)?\d\d)\b|\b((?:20)?\d\d)\s+(?:is )?wrong\b", _I
)
_MARKET_MEASURED = ("upfront_total", "milestones_total", "deal_count", "total_value")
# Names in the tools' arguments that hold one measure in words of another ("upfront_total" is the
# upfronts' sum, "upfront_share" a share of the total, "milestones_multiple" a multiple of the upfront).
_ARG_NAMES = {
    "upfront_total": "upfront",
    "milestones_total": "milestones",
    "total_value": "total value",
    "upfront_share": "upfront total",
    "_multiple": " upfront",
    "deal_count": "",
}


def _named_in(args: Any) -> set[str]:
    text = json.dumps(args, default=str).lower()
    for name, measures in _ARG_NAMES.items():
        text = text.replace(name, f" {measures} ")
    return {m for m in _MEASURES if m in text}


def _measures(call: ToolCallRecord) -> set[str]:
    """The money measures a call's answer states: those its arguments name (a metric, a bound, a filter)."""
    args = call.args
    if call.tool == "aggregate" and args.get("operation") == "count":
        # the deals counted, each listed with the metric's figure when one is set ("1 disclosed the milestones: up
        # to $1.93 billion"); a default total only says which disclosed it
        shown = {str(args.get("metric"))} - {"total"}
        return _named_in(args.get("filter") or {}) | (shown & set(_MEASURES))
    named = _named_in(args)
    if call.tool == "get_deal" and not args.get("metric"):
        return set(_MEASURES)  # one deal's terms show them all
    if call.tool == "find_deals":
        bounds = _named_in({k: v for f in _filters(call) for k, v in f.items() if k.startswith(("min_", "max_"))})
        return bounds or {"upfront", "total"} | named  # a list shows each deal's upfront and total
    # a tracker's own figure (deals over $1bn, money kept after an ending) is in its words, not ours
    if call.tool == "market_stat" and args.get("metric") not in _MARKET_MEASURED:
        return set(_MEASURES)
    if call.tool == "market_stat" and args.get("derive"):
        named |= {"upfront", "milestones"} if named & {"upfront", "milestones"} else set()  # a ratio of the two
    return named


def _stated(answer: Answer) -> set[str]:
    """Measures the answer states as one deal's figures (the equity part given beside an upfront)."""
    return {m for f in answer.figures for m in re.findall(r"deals\[[^\]]+\]\.(\w+)", f.expression) if m in _MEASURES}


def _filters(call: ToolCallRecord) -> Iterable[dict[str, Any]]:
    for key in ("filter", "left", "right"):
        if isinstance(call.args.get(key), dict):
            yield call.args[key]


def _has_span(call: ToolCallRecord) -> bool:
    if call.tool == "market_stat":
        return bool(call.args.get("period"))
    return any(_SPAN_KEYS & {k for k, v in f.items() if v not in (None, [], "")} for f in _filters(call))


def _years_covered(call: ToolCallRecord) -> tuple[int, int] | None:
    """The first and last year a call's figures are limited to, or None when it has no period."""
    if call.tool == "market_stat":
        said = f"{call.args.get('period') or ''} {call.args.get('compare_period') or ''}"
        years = [int(y) for y in re.findall(r"20\d\d", said)]
        return (min(years), max(years)) if years else None
    spans: list[tuple[int, int]] = []
    for f in _filters(call):
        if f.get("year"):
            spans.append((int(f["year"]), int(f["year"])))
        elif f.get("date_from") or f.get("date_to"):
            first = int(str(f["date_from"])[:4]) if f.get("date_from") else 1900
            last = int(str(f["date_to"])[:4]) if f.get("date_to") else 2100
            spans.append((first, last))
    return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None


def _deal_year(call: ToolCallRecord) -> int | None:
    """The year one deal was picked by ("CSPC's 2026 deal with AZ"): its year argument or its id's year."""
    if call.args.get("year"):
        return int(call.args["year"])
    found = re.search(r"-(20\d\d)(?:-\d\d)?$", str(call.args.get("deal_id") or ""))
    return int(found.group(1)) if found else None


def _years_said(question: str) -> set[int]:
    said = {2000 + int(two) for match in _YEAR.finditer(question) for two in _TWO_DIGITS.findall(match.group(0))}
    return said - {2000 + int(y[-2:]) for m in _NOT_YEAR.finditer(question) for y in m.groups() if y}


def _counts_only(calls: list[ToolCallRecord]) -> bool:
    table = [c for c in calls if c.tool in _TABLE_TOOLS or c.tool == "market_stat"]
    return bool(table) and all(
        (c.tool == "aggregate" and c.args.get("operation") == "count")
        or (c.tool in ("rank", "compare") and c.args.get("metric") == "count")
        or (c.tool == "market_stat" and c.args.get("metric") == "deal_count" and not c.args.get("derive"))
        for c in table
    )


# -- the checks ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Check:
    """One disagreement: ``finds`` returns what the question asks that the plan does not answer, or None."""

    name: str
    example: str
    finds: Callable[[str, Answer], str | None]


# A measure named as a part of another ("headline total incl. sales milestones", "首付总额": the
# upfronts' sum) is not asked for itself.
_MEASURE_WORD = r"(?:up[\s-]?fronts?|ufps?|milestones?|msts?|equity|headline(?: total| value)?|total(?: deal)? value)"
_PART_OF = re.compile(
    # a part of the total: "headline total incl. sales milestones", "worth if every milestone is hit"
    rf"\b(?:incl(?:uding|\.|s)?|inclusive of|plus|counting)\s+(?:the\s+|any\s+|all\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{_MEASURE_WORD}\b|"
    r"\bif (?:every|each|all)(?: of)?(?: the)? milestones?\b|"
    # a gloss in brackets or after "i.e.": "the headline value (upfront plus milestones)"
    r"\([^)]*(?:\+|\bplus\b|\band\b|\bincl\w*)[^)]*\)|\bi\.?e\.?,?\s[^?.;]*|"
    # a measure set aside: "just the milestones, not the headline total", "upfront rather than equity"
    rf"\b(?:not|rather than|instead of|excluding|excl\.?|ex\.?|without|minus|less|leaving out|apart from|other than|"
    rf"stripping out|net of)\s+(?:the\s+|any\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{_MEASURE_WORD}\b|"
    r"(?:首付款?|里程碑|up[\s-]?fronts?|ufps?|milestones?)\s*(?:的)?(?:总额|總額)",
    _I,
)
# The parts summed are the headline: "upfront plus milestones", "milestones (including the upfront payment)"
_SUM_OF_PARTS = re.compile(
    r"(?:up[\s-]?fronts?|ufps?)\s*(?:\+|plus)\s*(?:the\s+|all\s+)?(?:milestones?|msts?)|"
    r"(?:milestones?|msts?)\s*\(?\s*(?:\+|plus|incl\w*\.?)\s*(?:the\s+)?up[\s-]?fronts?(?:\s+payments?)?\s*\)?",
    _I,
)
# A sum asked of a measure ("the upfronts added up", "首付加起来")
_SUM_ASKED = re.compile(
    r"\bsum\w*|\badd\w* (?:\w+ )?up\b|\btotal (?:of )?(?:the |all )?(?:up[\s-]?fronts?|ufps?|milestones?|equity)|"
    r"(?:up[\s-]?fronts?|ufps?|milestones?)\s(?:total|sum)|\bcombined\b|\bin total\b|加起来|加起來|合计|合計|一共|总共|總共",
    _I,
)
# Money asked beside a count ("how many deals and how much", "多少单、多少钱"), no measure named
_MONEY_OF_COUNTED = re.compile(r"\bhow much money\b|多少钱|多少錢|金额|金額|\bworth\b|\bdollar value\b", _I)
_ASKED = (
    ("upfront", "the upfront payment", _UPFRONT),
    ("milestones", "the milestones", _MILESTONES),
    ("equity", "the equity investment", _EQUITY),
    ("total", "the headline (total) value", _HEADLINE),
)


def _measure_not_computed(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    money = [c for c in calls if c.tool in _TABLE_TOOLS or c.tool == "market_stat"]
    if not money:
        return None
    if _counts_only(calls) and (_AMOUNT.search(question) or re.search(r"\bdisclos\w*|披露", question, _I)):
        return None  # "how many deals had an upfront above $100m", "how many disclosed an upfront": counts
    covered = set().union(*(_measures(c) for c in money)) | _stated(answer)
    question = _PART_OF.sub(" ", _SUM_OF_PARTS.sub(" headline value ", question))
    missing = [words for measure, words, pattern in _ASKED if pattern.search(question) and measure not in covered]
    if (
        _counts_only(calls)
        and not missing
        and any(p.search(question) for _, _, p in _ASKED[:3])
        and _SUM_ASKED.search(question)
    ):
        missing = ["their sum"]  # each deal's upfront listed beside the count, the sum asked ("首付加起来一共多少")
    if _counts_only(calls) and not missing and _MONEY_OF_COUNTED.search(question):
        missing = ["their value"]  # "PharmCube 统计了多少单、多少钱": the money beside the count
    if missing and _counts_only(calls):
        return " and ".join(missing) + " (a sum of money), not only a count of deals"
    return " and ".join(missing) if missing else None


def _companies_ranked_for_deals(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    ranks = [c for c in calls if c.tool == "rank"]
    if not ranks or not all(c.args.get("dimension") in ("licensor", "licensee") for c in ranks):
        return None
    if re.search(r"\bre-?rank", question, _I):
        return None  # "exclude the Hengrui deals and re-rank": the earlier ranking's kind, from the history
    if _RANKED.search(question) and _DEALS.search(question) and not _COMPANIES.search(question):
        return "a ranking of deals, not of companies"
    return None


def _period_dropped(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    said = _years_said(question)
    computed = [c for c in calls if c.tool in ("aggregate", "rank", "compare", "find_deals", "market_stat")]
    if not said or not computed or all(c.tool == "market_stat" and c.args.get("derive") for c in computed):
        return None  # a tracker's implied or derived figure has years of its own ("imply what 2023 value?")
    if all(c.tool == "market_stat" for c in computed) and len(said) > 1:
        return None
    if any(f.get("deal_ids") or f.get("deal_id") for c in computed for f in _filters(c)):
        return None  # deals picked one by one ("the 2024 one and the 2026 one"): each its own year
    spans = [span for c in computed if (span := _years_covered(c)) is not None]
    spans += [(year, year) for c in calls if c.tool == "get_deal" and (year := _deal_year(c))]  # the deal's own year
    if not spans:
        if any(_has_span(c) for c in computed) or _YEAR_AS_SCOPE.search(question):
            return None
        return "the period you gave"
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    edges = _edge_years(question)  # "before 2025": to 2024-12-31
    if any(not first - (year in edges) <= year <= last + (year in edges) for year in said):
        return "the period you gave"
    if len(said) > 1 and first == 1900 and min(said) > 2000:
        return "the start of the period you gave"  # "from 2024 through early 2026": any time to 2026
    return None


_EDGE = re.compile(
    r"\b(?:before|prior to|pre|after|post|earlier than|later than|older than|newer than)[\s-]+(?:(?:the\s+)?(?:start|end)\s+of\s+)?"
    r"((?:20)?\d\d)\b|((?:20)?\d\d)\s?年?(?:之前|以前|前|之后|之後|以后|以後)",
    _I,
)


def _edge_years(question: str) -> set[int]:
    """Years said as an edge the period stops short of ("before 2025", "2024年之后")."""
    return {2000 + int(y[-2:]) for m in _EDGE.finditer(question) for y in m.groups() if y}


def _tracker_for_table(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    if not calls or not all(c.tool == "market_stat" for c in calls):
        return None
    if (
        any(c.args.get("derive") == "table_against" for c in calls)
        or _TRACKER.search(question)
        or _NOT_OUR_TABLE.search(question)
    ):
        return None  # the table's own figure set against the tracker's; a tracker named as well
    return "figures from our own deal table, not a tracker's market totals" if _OUR_TABLE.search(question) else None


def _table_for_tracker(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    computed = [c for c in calls if c.tool in ("aggregate", "rank", "compare", "find_deals", "market_stat")]
    if not computed or any(c.tool == "market_stat" for c in computed) or _OUR_TABLE.search(question):
        return None
    tracker = _TRACKER.search(question)
    return f"{tracker.group(0)}'s own figures, not a sum over our deal table" if tracker else None


def _multiple_counted(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    if (
        _MULTIPLE.search(question)
        and _counts_only(calls)
        and not any(c.tool == "compare" for c in calls)  # a comparison of counts gives their multiple
        and not re.search(r"\bhow many deals\b|多少(?:单|單)", question, _I)
    ):
        return "a multiple (how many times one figure is another), not a count of deals"
    return None


CHECKS = (
    Check(
        "a measure the question names is not computed",
        "total ufp AZ has paid across its china deals",
        _measure_not_computed,
    ),
    Check(
        "deals ranked as companies",
        "Top 5 out-licensing deals by upfront, 2024-early 2026",
        _companies_ranked_for_deals,
    ),
    Check("a period said and not applied", "rank pharma buyers by total upfront paid 24-26, top 3", _period_dropped),
    Check(
        "our table asked, trackers answered", "mean headline total for 2025 deals in your table?", _tracker_for_table
    ),
    Check("a tracker asked, our table answered", "caixin's top 3 chinese licensors by 2025 value", _table_for_tracker),
    Check("a multiple asked, deals counted", "curon's upfront is how many x chimagen's?", _multiple_counted),
)


def disagreement(question: str, answer: Answer) -> tuple[str, str] | None:
    """(check name, what the question asks that the plan does not answer), or None when they agree.

    Only answers that state a figure from the tools are checked; one deal's terms (``get_deal``) are
    checked for the measure alone."""
    if answer.abstained or answer.route in ("none", "text") or not answer.tool_calls:
        return None
    for check in CHECKS:
        if check.finds in (_period_dropped, _measure_not_computed) and (
            answer.route == "table+text" or "quoting the articles" in answer.interpretation
        ):
            continue  # an article part may answer that measure or hold that year ("and how the milestones split?")
        if (found := check.finds(question, answer)) is not None:
            return check.name, found
    return None


def audited(question: str, answer: Answer) -> Answer:
    """The answer, or a clarifying reply in its place when its plan does not answer the question."""
    found = disagreement(question, answer)
    if found is None:
        return answer
    name, asked = found
    plan = answer.interpretation or "a different figure"
    # The plan is shown beside the reply (the interpretation), not in it: its dates and counts are no answer.
    reply = (
        "I am not sure I read your question right, so I have not given a figure: the plan I made (shown as the "
        f"interpretation) does not give {asked}. "
        "Could you rephrase it, naming the figure, the deals or companies and the period you mean?"
    )
    return answer.model_copy(
        update={
            "answer": reply,
            "route": "none",
            "figures": [],
            "citations": [],
            "interpretation": f"clarifying ({name}): the plan was {plan}",
        }
    )
