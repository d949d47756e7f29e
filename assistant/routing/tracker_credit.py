"""A tracker's figure for a named company (``company_total_value`` in ``market_stats.csv``), asked in words the
other rules read as sums over our table.

Three readings, each only when the tracker reports a figure for every company asked, for that year:

- two companies compared on a tracker's numbers ("On Caixin / PharmCube numbers, who was bigger in 2025, 恒瑞 or
  信达?"): had summed our rows for each; now each company's reported figure, side by side. A question naming our
  table ("in your table") keeps our sums.
- our sum for one company checked against the tracker's figure for it ("Do Innovent's 2025 deals in your table add
  up to Caixin's figure of at least $10bn?"): had read "at least $10bn" as a filter on the deals (one deal, $11.4bn);
  now the tracker's figure, our sum over all the company's deals of the year, and the gap (``table_against``). A
  size filter is dropped only when its amount is the tracker's own figure for the company.
- the tracker's figure alone ("and what did the tracker credit innovent with for 2025?" after our sum): had repeated
  our sum; now the tracker's figure.

``credit_joined`` keeps "What was their combined headline value, and how does that compare with the figure Caixin
attributed to the company?" one ask, so the second part is not read as the tracker's market-wide growth.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from assistant.corpus.tables import Deal, MarketStat
from assistant.routing.plan import Plan
from assistant.routing.wording import REPORTER_RE, TABLE_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
METRIC = "company_total_value"
# a tracker said without its name: "the tracker", "the trackers'"
_TRACKER_RE = re.compile(r"\btrackers?'?s?\b", _I)
# the tracker's figure credited to the company: "credit(ed) X with", "attributed to", "gave X", "put X at"
_CREDIT_RE = re.compile(r"\b(?:credit\w*|attribut\w*|gave|give[sn]?|put|puts|assign\w*|figure|number)\b", _I)
# "how much was 恒瑞 credited with for 2025 out-licensing in total?" (outsider154): a tracker's attribution, though
# no tracker is named (our table credits no company with a figure)
_CREDITED_RE = re.compile(r"\bcredit(?:ed|s)?\s+(?:[\w'’]+\s+){0,3}?with\b", _I)
# a check of our sum against the tracker's: "add up to", "match", "vs", "compare", "in line with"
_CHECK_RE = re.compile(
    r"\b(?:add(?:s|ed)? up|tally|tie[sd]? (?:out|to)|reconcile\w*|match\w*|agree\w*|in line|compar\w*|versus|vs\.?|"
    r"against|square\w*)\b",
    _I,
)
# our sum asked in the first part: "combined headline value", "add up to", "sum of", "in total"
_SUM_RE = re.compile(r"\b(?:combined|add(?:s|ed)? up|sum\w*|altogether|in total|total(?:led)?)\b", _I)
# a question about the tracker's own ranking or list is read by other rules
_RANKED_RE = re.compile(r"\b(?:top|rank\w*|leading|league|list)\b", _I)
# a first part asking which company or deal (a ranking), not a sum of the set before
# (an asking "which"/"who" opens the part; "… of the deals which they signed" is a relative pronoun)
_WHICH_RE = re.compile(
    r"^\W*(?:which|who)\b|\bwhat (?:company|licensor|licensee|deal)\b|\b(?:highest|largest|biggest|most)\b", _I
)


# a name of its own in the later part (a capitalised word past its first, or Chinese characters)
_OWN_NAME_RE = re.compile(r"\b[A-Z][A-Za-z]+|[\u4e00-\u9fff]")


def _named(text: str) -> bool:
    return bool(REPORTER_RE.search(text) or _TRACKER_RE.search(text))


def credit_joined(parts: list[str]) -> list[str]:
    """``parts`` as one ask when the first asks a combined value and names no tracker, and the second sets a
    tracker's figure for the company against it: ["What was their combined headline value", "How does that compare
    with the figure Caixin attributed to the company"] → one ask; else ``parts``."""
    if len(parts) != 2 or _named(parts[0]) or not _SUM_RE.search(parts[0]) or _WHICH_RE.search(parts[0]):
        return parts  # "Which licensor had the highest total …, and how does your figure square with Caixin's?"
    later = parts[1].strip(" ?,;")
    if not _named(later) or not _CHECK_RE.search(later) or _RANKED_RE.search(later) or TABLE_RE.search(later):
        return parts
    if _OWN_NAME_RE.search(REPORTER_RE.sub("", later[1:])):
        return parts  # "... with Caixin's $10bn for Innovent": a part naming its company stands as asked
    return [parts[0].rstrip(" ?,;") + "; " + later.lower().removeprefix("and ") + "?"]


def _reported(stats: Sequence[MarketStat], company: object, year: object) -> list[MarketStat]:
    return [s for s in stats if s.metric == METRIC and s.subject == company and s.period == str(year)]


def _market(plan: Plan, calls: list[ToolCall], said: str) -> Plan:
    update = {"tool_calls": calls, "rule": said, "interpretation": said, "clarification": None}
    return plan.model_copy(update=update)


def _compared(plan: Plan, stats: Sequence[MarketStat]) -> Plan:
    """Two companies' sums compared, asked on a tracker's numbers: each company's reported figure."""
    call = plan.tool_calls[0]
    left, right = call.args.get("left") or {}, call.args.get("right") or {}
    if call.args.get("metric") != "total" or call.args.get("operation") not in (None, "sum"):
        return plan
    sides = [(side.get("licensor"), side.get("year")) for side in (left, right)]
    if any(not company or not year for company, year in sides) or sides[0][1] != sides[1][1]:
        return plan
    if set(left) - {"licensor", "year", "exclusive"} or set(right) - {"licensor", "year", "exclusive"}:
        return plan  # a side cut further (an area, a licensee) is no company figure
    if not all(_reported(stats, company, year) for company, year in sides):
        return plan
    calls = [
        ToolCall(tool="market_stat", args={"metric": METRIC, "subject": company, "period": str(year)})
        for company, year in sides
    ]
    names = " and ".join(str(company) for company, _ in sides)
    return _market(plan, calls, f"the tracker's reported deal value for {names} in {sides[0][1]}, side by side")


def _by_ids(ids: Sequence[object], deals: Sequence[Deal]) -> dict[str, object]:
    """The licensor and year of ``ids`` when they are all of one licensor's main deals of one year, else {}: a
    follow-up's "their combined headline value" sums the deals listed before, by id."""
    rows = [deal for deal in deals if deal.deal_id in set(map(str, ids))]
    pairs = {(deal.licensors[0], deal.year) for deal in rows if len(deal.licensors) == 1}
    if len(rows) != len(ids) or len(pairs) != 1:
        return {}
    (company, year), chosen = next(iter(pairs)), {deal.deal_id for deal in rows}
    every = {d.deal_id for d in deals if d.scope == "main" and d.licensors == [company] and d.year == year}
    return {"licensor": company, "year": year} if chosen == every else {}


def _summed(plan: Plan, stats: Sequence[MarketStat], deals: Sequence[Deal]) -> Plan:
    """One company's sum checked against the tracker's figure, or the tracker's figure alone."""
    calls = plan.tool_calls
    if all(call.tool == "get_deal" and call.args.get("metric") == "total" for call in calls) and len(calls) > 1:
        found = _by_ids([call.args.get("deal_id") for call in calls], deals)  # each of the company's deals
    elif len(calls) == 1 and calls[0].tool == "aggregate" and calls[0].args.get("operation") == "sum":
        if calls[0].args.get("metric") != "total":
            return plan
        found = dict(calls[0].args.get("filter") or {})
        ids = found.pop("deal_ids", None)
        found = {**found, **_by_ids(list(ids), deals)} if isinstance(ids, list) and ids else found
    else:
        return plan
    company, year = found.pop("licensor", None), found.pop("year", None)
    reported = _reported(stats, company, year) if company and year else []
    if not reported:
        return plan
    floor = found.pop("min_total_usd", None)  # "Caixin's figure of at least $10bn": the figure, no filter
    if floor is not None and all(Decimal(str(floor)) != stat.value for stat in reported):
        return plan
    if set(found) - {"exclusive"}:
        return plan
    question = plan.question
    ours = bool(TABLE_RE.search(question) or _SUM_RE.search(question))
    if ours and _CHECK_RE.search(question):
        args = {"metric": METRIC, "subject": company, "period": str(year), "derive": "table_against"}
        said = f"the tracker's reported deal value for {company} in {year} set against our sum of its deals"
        return _market(plan, [ToolCall(tool="market_stat", args=args)], said)
    if (not ours and _CREDIT_RE.search(question)) or (_CREDITED_RE.search(question) and not TABLE_RE.search(question)):
        args = {"metric": METRIC, "subject": company, "period": str(year)}
        said = f"the tracker's reported deal value for {company} in {year}"
        return _market(plan, [ToolCall(tool="market_stat", args=args)], said)
    return plan


def company_credit(plan: Plan, stats: Sequence[MarketStat], deals: Sequence[Deal]) -> Plan:
    """``plan`` read as a tracker's company figures when the question names a tracker (by name or as "the
    tracker") and the plan sums or compares companies' deal values of one year; else ``plan``."""
    named = _named(plan.question) or _CREDITED_RE.search(plan.question)
    if plan.route != "table" or not plan.tool_calls or not named or _RANKED_RE.search(plan.question):
        return plan
    call = plan.tool_calls[0]
    if call.tool == "compare" and len(plan.tool_calls) == 1 and not TABLE_RE.search(plan.question):
        return _compared(plan, stats)
    return _summed(plan, stats, deals)
