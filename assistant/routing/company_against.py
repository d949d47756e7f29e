"""A tracker's figure for one company set against that company's deals in our table, for one year.

"恒瑞医药 2025 cross-border deal value per PharmCube vs the sum of its 2025 deal totals in your table?", "Hengrui
FY2025: PharmCube's company total vs the sum of headline totals of its 2025 deals in your deal table", "Hengrui's 2025
deal value per caixin/pharmcube; does the table add up same?". Read as a compare of one company (a lookup of its deal
with no year, so "a period I could not apply") or as the tracker's figure alone, the table's side was dropped. A
plan for a question naming one tracker, our table, one year, one company and no measure but the value (no upfront,
no count) becomes the tracker's ``company_total_value`` for the company with ``derive="table_against"``: both
figures, labelled, the gap and the percent. Run on the plan before ``period_checked`` in ``Router.route``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.backstop import CATCH_ALL
from assistant.routing.group_sides import grouped
from assistant.routing.live_deals import live_only
from assistant.routing.plan import Plan
from assistant.routing.ranking_candidates import candidates_ranked
from assistant.routing.table_vs_tracker import table_said, table_then_tracker_joined
from assistant.routing.tracker_credit import credit_joined
from assistant.routing.tracker_gaps import OWN_ASK_RE, named_trackers, own_trackers
from assistant.routing.wording import TABLE_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")

# a measure other than the deal value: the tracker's company figure is a value only
_OTHER_MEASURE_RE = re.compile(
    r"\bup-?fronts?\b|首付|\bmilestones?\b|里程碑|\bhow many\b|\bcounts?\b|\bnumber of\b", _I
)
# a share: "Hengrui's 2025 deals in our table sum to what share of PharmCube's 2025 total?" is our sum over the
# tracker's market total (``derive="deal_share"``), not the tracker's company figure against our sum
_SHARE_RE = re.compile(r"\bshares?\b|%|\bper\s?cent(?:age)?\b|\bproportion\b|占比|比例|份额", _I)
# "does the table add up the same?", "does your table agree", "match": a check of the figure against our rows
_CHECKED_RE = re.compile(
    r"\b(?:add(?:s)? up|adds? to|sum|summ?ed|match\w*|agree\w*|tally|tallies|vs\.?|versus|ties?|tied|tie\s+out|reconcile\w*|"
    r"against|compare\w*|both)\b|加总|加起来|合计|对得上|得上",
    _I,
)
_COMPANY_KEYS = ("subject", "licensor", "company")
_OUR_SUM_RE = re.compile(
    r"\bsum\s+of\s+(?:the\s+|its\s+|their\s+)?(?:headline|deal\s+value|total\s+value)|"
    # "what do Hengrui's 2025 deals add up to", "those deals ... in total how much" (恒瑞2025年那几笔…加起来多少)
    r"\bdeals\b[^?]{0,40}?\b(?:add(?:s|ed)?\s+up|summed|sum\s+to|in\s+total)\b",
    _I,
)


def _companies(calls: list[ToolCall]) -> set[str]:
    """The companies the plan's calls name (a subject, a licensor, a company; in a filter or a compare side)."""
    found: set[str] = set()
    for call in calls:
        for args in (
            call.args,
            call.args.get("filter") or {},
            call.args.get("left") or {},
            call.args.get("right") or {},
        ):
            found |= {str(args[key]) for key in _COMPANY_KEYS if isinstance(args, dict) and args.get(key)}
            licensee = args.get("licensee") if isinstance(args, dict) else None
            if licensee:
                found.add("licensee:" + str(licensee))
    return found


def company_against_table(plan: Plan) -> Plan:
    """``plan`` as the tracker's company figure against the company's deals in our table, when the question asks
    that, or as the sum of the company's deals in our table as a share of the tracker's total when a share is asked
    ("Hengrui's 2025 deals in our table sum to what share of PharmCube's 2025 total?": $16.669bn of $135.7bn, about
    12.3%); else ``plan``."""
    question = plan.question
    fallen = (
        plan.route == "text" and plan.rule == CATCH_ALL
    )  # no rule read it: "PharmCube's 2025 figure for Hengrui against …"
    # "sum of headline, and does it tie to Caixin's $16.7bn?": a sum of the company's deals said beside the tracker's
    # figure is our table's, the table named in an earlier part (outsider96)
    ours = TABLE_RE.search(question) or _OUR_SUM_RE.search(question)
    if (plan.route not in ("table", "table+text", "none") and not fallen) or not ours:
        return plan
    years, trackers = set(_YEAR_RE.findall(question)), own_trackers(question)
    if len(years) != 1 or len(trackers) != 1 or _OTHER_MEASURE_RE.search(question) or OWN_ASK_RE.search(question):
        return plan
    share = bool(_SHARE_RE.search(question))
    if not _CHECKED_RE.search(question) and not share:
        return plan
    companies = _companies(plan.tool_calls) | set(plan.companies or [])
    if len(companies) != 1 or any(name.startswith("licensee:") for name in companies):
        return plan
    args = {
        "metric": "total_value" if share else "company_total_value",
        "period": next(iter(years)),
        "subject": next(iter(companies)),
        "reporter": trackers[0],
        "derive": "deal_share" if share else "table_against",
    }
    return _market_plan(plan, args, "a tracker's company figure against the company's deals in our table")


# a later part asking only whether our table agrees: "does the table add up the same?", "does your table match?"
_TABLE_CHECK_RE = re.compile(
    r"^(?:and\s+)?(?:does|do|did|would|will)\s+(?:the|our|your|ur)\s+(?:deal\s+)?(?:table|data(?:set)?|rows)\s+"
    r"(?:add\w*\s+up|sum\s+up|agree|match|tally|come\s+to|give)\b[^?]{0,30}$",
    _I,
)


_BACK_RE = re.compile(r"\b(?:that|this|it|the same)\b", _I)


def table_check_joined(parts: list[str]) -> list[str]:
    """``parts`` as one ask when a later part only asks whether our table agrees with the tracker's figure asked
    before it: ["恒瑞医药 2025 crossborder deal value per caixin/pharmcube", "And does the table add up same"] →
    "恒瑞医药 2025 crossborder deal value per caixin/pharmcube; does the table add up same?"; else ``parts``."""
    if len(parts) != 2 or len(own_trackers(parts[0])) != 1 or TABLE_RE.search(parts[0]):
        return parts
    later = parts[1].strip(" ?,;")
    # "and how does that compare with adding up Innovent's 2025 deals in our table": the figure before, checked
    pointed = TABLE_RE.search(later) and _BACK_RE.search(later) and _CHECKED_RE.search(later)
    if not (_TABLE_CHECK_RE.match(later) or pointed) or named_trackers(later) or OWN_ASK_RE.search(later):
        return parts
    return [parts[0].rstrip(" ?,;") + "; " + parts[1].strip(" ?,;").lower().removeprefix("and ") + "?"]


# a ranking of companies: "came out on top", "who were #2 and #3", "league table", "the leading licensor"
_RANKED_RE = re.compile(
    r"\b(?:(?:came|come|was|were)\s+out\s+on\s+top|on top|top\s+(?:licensors?|compan(?:y|ies)|three|3|five|5)|"
    r"leaders?|led|leading|league\s+table|ranked|ranking|runners?-?up)\b|#\s?[1-5]\b|排名|第一|前三|"
    # "which Chinese company had the highest out-licensing value", "哪家中国药企对外授权金额最高"
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?(?:compan(?:y|ies)|licensors?|drugmakers?|firms?|biotechs?)\b[^?]{0,60}?"
    r"\b(?:highest|largest|biggest)\b|哪家[^?？]{0,30}最高",
    _I,
)
_WHO_RE = re.compile(r"\b(?:licensors?|compan(?:y|ies)|who|which|than)\b|哪家|公司", _I)
# a ranking of single deals, or of the tracker's market shares, is no company ranking
_DEALS_RANKED_RE = re.compile(
    r"\b(?:deals?|transactions?)\s+(?:by|ranked)\b|\btop\s*-?\s*10\b|\bshare\b|"
    r"\b(?:highest|largest|biggest)\s+(?:[\w-]+\s+)?(?:deals?|transactions?|agreements?|up-?fronts?)\b",  # one deal's
    _I,
)
_NEXT_PLACES_RE = re.compile(
    r"^(?:and\s+)?(?:who|which)\s+(?:\w+\s+){0,2}(?:were|was|came|are|is)\s+(?:the\s+)?(?:#\s?[2-5]|second|third|"
    r"next|runners?-?up|number\s+(?:two|three))\b[^?]{0,30}$",
    _I,
)


def _period(plan: Plan) -> str | None:
    """The one year the question or the plan's calls name ("FY25" is read into the calls as 2025)."""
    years = set(_YEAR_RE.findall(plan.question))
    for call in plan.tool_calls:
        for args in (call.args, call.args.get("filter") or {}):
            said = args.get("year") or args.get("period")
            if said and str(said)[:4].isdigit():
                years.add(str(said)[:4])
    return next(iter(years)) if len(years) == 1 else None


def tracker_ranking(plan: Plan) -> Plan:
    """``plan`` as one tracker's companies ranked by their reported deal value for the year, when the question asks
    a company ranking of that tracker and not of our table ("Which Chinese licensor came out on top in FY25 by deal
    value per PharmCube/Caixin; who were #2 and #3?"); else ``plan``."""
    question = plan.question
    if plan.route not in ("table", "table+text", "none") or TABLE_RE.search(question):
        return plan
    # an outlet named alone stands for the tracker it carried: "caixin's top 3 licensors" ranks PharmCube's figures
    # ("PharmCube NextPharma (via Caixin)" in the reporter column)
    trackers = own_trackers(question) or named_trackers(question)
    if len(trackers) != 1 or not _RANKED_RE.search(question) or not _WHO_RE.search(question):
        return plan
    if _OTHER_MEASURE_RE.search(question) or _DEALS_RANKED_RE.search(question):
        return plan
    period = _period(plan)
    if period is None:
        return plan
    args = {"metric": "company_total_value", "period": period, "reporter": trackers[0], "derive": "company_ranking"}
    return _market_plan(plan, args, "a tracker's companies ranked by their reported deal value")


def next_places_joined(parts: list[str]) -> list[str]:
    """``parts`` as one ask when a tracker's leader is asked and a later part asks the next places: ["Which licensor
    came out on top in FY25 per PharmCube", "And who were #2 and #3"] → one ranking; else ``parts``."""
    if len(parts) != 2 or len(own_trackers(parts[0])) != 1 or not _RANKED_RE.search(parts[0]):
        return parts
    if not _NEXT_PLACES_RE.match(parts[1].strip(" ?,;")):
        return parts
    return [parts[0].rstrip(" ?,;") + "; " + parts[1].strip(" ?,;") + "?"]


def company_read(plan: Plan, router: Any = None) -> Plan:
    """A tracker's company figures, read before ``period_checked`` in ``Router.route``: one company's against our
    table (``company_against_table``), or the tracker's companies ranked (``tracker_ranking``); with the router,
    groups of named companies first (``group_sides``: "did AstraZeneca and GSK together pay more than ...")."""
    if router is not None:
        plan = grouped(plan, plan.question, router.entities, router.corpus_end, router.args.deals)
        plan = candidates_ranked(plan, router.ranked_rows)  # "who paid the most since '24 - AZ or MSD or someone else?"
        plan = live_only(plan, plan.question)  # "live deals only (ex terminated)"
    return table_said(tracker_ranking(company_against_table(plan)))  # "表里 …加起来多少? 跟 biotochina …比差多少?"


def tracker_checks_joined(parts: list[str]) -> list[str]:
    """``parts`` with a later part that only checks a tracker's figure against our table, or asks the tracker's next
    places, or sets a tracker's figure against our table's sum asked before, joined to the part before it."""
    return credit_joined(table_then_tracker_joined(next_places_joined(table_check_joined(parts))))


def _market_plan(plan: Plan, args: dict[str, Any], rule: str) -> Plan:
    """``plan`` as the one market call ``args``, under ``rule``."""
    update = {"route": "table", "tool_calls": [ToolCall(tool="market_stat", args=args)], "rule": rule}
    return plan.model_copy(update={**update, "clarification": None})
