"""A question that asks which company is answered with a company, never with a market total.

"Which Chinese company was number one by deal value in 2025?", "which firm finished first by deal value",
"which buyer came out ahead on upfronts in 2024": trackers report a market's totals, not who made them up,
so a plan that hands such a question a tracker's total (for the year) answers a different question with a
citation. It becomes the ranking of that kind of company by the measure, top 1, over our rows: licensors
for a Chinese company, a licensor, a biotech or a seller; licensees for a buyer, a licensee, a pharma or a
Western / multinational company; a count ranks by deals.

A claim that a company led ("Hengrui led 2025 by total deal value, right?", "did Hengrui lead 2025 by deal
value?") is checked the same way: its side ranked over the period, the company's own filter dropped, so the
answer shows who led (read as that company's own deals ranked, or summed, it confirmed nothing). And a question
that asks which tracker ("which tracker counted 157 deals in 2025?") gets the trackers' figures, each with its
reporter, not a list of our rows. The examples are the tests (``tests/test_which_company.py``).
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_KINDS = (
    r"compan(?:y|ies)|licensors?|licensees?|firms?|biotechs?|pharmas?|drugmakers?|buyers?|sellers?|"
    r"partners?|players?|developers?|acquirers?"
)
WHICH_COMPANY_RE = re.compile(
    rf"^\W*(?:so\s+|and\s+|ok\s+)?(?:which|what)\s+"
    rf"(?P<where>(?:(?!(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could)\b)[\w-]+\s+){{0,2}}?)"
    rf"(?P<kind>{_KINDS})\b",
    re.IGNORECASE,
)
_BUYER_KINDS = ("licensee", "buyer", "pharma", "drugmaker", "partner", "acquirer")
_BUYER_WHERE_RE = re.compile(
    r"\b(?:western|us|u\.s\.|american|european|japanese|foreign|multinational|global|big)\b", re.I
)
# "which firm reported / tallied / counted ...": a tracker asked for, whose figure the market plan gives
_REPORTED_RE = re.compile(r"\b(?:report\w*|track\w*|tall(?:y|ied)|count(?:ed|s)|according|publish\w*|sources?)\b", re.I)
_MEASURES = {
    "total_value": "total",
    "upfront_total": "upfront",
    "milestones_total": "milestones",
    "deal_count": "count",
}
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def company_asked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A tracker's total for a year, handed to a "which company" question, as that kind of company ranked by
    the measure (top 1); otherwise ``calls`` unchanged."""
    found = WHICH_COMPANY_RE.search(question)
    if found is None or len(calls) != 1 or calls[0].tool != "market_stat" or _REPORTED_RE.search(question):
        return calls  # "which firm reported the 2025 total?" asks for a tracker
    args = calls[0].args
    metric = _MEASURES.get(str(args.get("metric")))
    period = str(args.get("period") or "")
    if metric is None or not _YEAR_RE.fullmatch(period):
        return calls
    if any(args.get(key) for key in ("subject", "derive", "reporter", "compare_reporter", "compare_period")):
        return calls  # a named company's share, a growth, a tracker named: a figure is asked
    kind = found.group("kind").lower()
    buyer = kind.startswith(_BUYER_KINDS) or bool(_BUYER_WHERE_RE.search(found.group("where")))
    rank = {"dimension": "licensee" if buyer else "licensor", "metric": metric, "filter": {"year": int(period)}, "n": 1}
    return [ToolCall(tool="rank", args=rank)]


# "X led 2025", "did X lead", "X topped 2025", "X came out on top", "X was number one": a claim of first place
_LED_RE = re.compile(
    r"\b(?:led|lead|leads|topped)\b(?!\s+(?:to|by)\b)|\btops?\b(?!\s+(?:\d|three|five|ten)\b)|"
    r"\bcame (?:out )?(?:on )?top\b|\bwas (?:the )?(?:number one|no\.? ?1|#1|first)\b",
    re.IGNORECASE,
)
_WH_RE = re.compile(r"^\W*(?:which|who|what|whose|how)\b", re.IGNORECASE)
# "Roche deals rank by total value, which is top": the top of the ranking asked for, no claim that Roche led
_TOP_ASKED_RE = re.compile(
    r"\b(?:which|who|what)(?:\s+one)?\s+(?:is|was|'s|comes?|came)\s+(?:on\s+)?(?:the\s+)?top\b", re.I
)


def led_claimed(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One company's deals ranked or summed, for a claim that it led a period, as its side ranked over that period
    (top 5); otherwise ``calls`` unchanged."""
    if len(calls) != 1 or _WH_RE.search(question) or not _LED_RE.search(question) or _TOP_ASKED_RE.search(question):
        return calls
    call = calls[0]
    args = call.args
    looked_up = call.tool == "get_deal" and bool(args.get("year")) and not (args.get("asset") or args.get("deal_id"))
    deal_filter = {"year": args["year"]} if looked_up else dict(args.get("filter") or {})
    named = args if looked_up else deal_filter
    sides = [side for side in ("licensor", "licensee") if named.get(side)]
    ranked = call.tool == "rank" and args.get("dimension", "deal") in ("deal", *sides)
    summed = call.tool == "aggregate" and args.get("operation", "sum") == "sum" and not args.get("group_by")
    if len(sides) != 1 or not (ranked or summed or looked_up) or deal_filter.get("company"):
        return calls
    side = sides[0]
    deal_filter.pop(side, None)
    rank = {"dimension": side, "metric": args.get("metric", "total"), "filter": deal_filter, "n": 5}
    return [ToolCall(tool="rank", args=rank)]


# "which tracker counted 157 deals in 2025?", "what source put 2025 at $135.7 billion?": a tracker asked for
_WHICH_TRACKER_RE = re.compile(
    r"^\W*(?:which|what)\s+(?:trackers?|sources?|databases?|outlets?|reports?|data providers?|research firms?)\b", re.I
)
_DEALS_SAID_RE = re.compile(r"\b\d+\s+deals\b|\bdeals?\b[^?]{0,20}\bcount", re.I)


def tracker_asked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """Our rows of one year, planned for "which tracker counted …" (a tracker asked for), as the trackers'
    figures for that year, each with its reporter; otherwise ``calls`` unchanged."""
    if len(calls) != 1 or calls[0].tool not in ("find_deals", "aggregate") or not _WHICH_TRACKER_RE.search(question):
        return calls
    deal_filter = {k: v for k, v in (calls[0].args.get("filter") or {}).items() if v not in (None, [], "")}
    if set(deal_filter) != {"year"}:
        return calls
    metric = "deal_count" if _DEALS_SAID_RE.search(question) else "total_value"
    return [ToolCall(tool="market_stat", args={"metric": metric, "period": str(deal_filter["year"])})]
