"""Our table's sum for one company set against a tracker's figure for it, which the question names.

"Hengrui FY25 deal value summed off your table - does it tie to Caixin's $16.7bn?", "does the sum of Hengrui's 2025
deal values in your table reconcile with Caixin's $16.7bn?", "... and how's that vs Caixin's $16.7bn?": the plan sums
the total values of one licensor's deals of one year, and the question names a tracker and asks whether that sum
agrees with it. The answer gave our sum alone and left the check undone. When ``market_stats.csv`` holds that
tracker's figure for the company and year (``company_total_value``), it is asked as a second call, so both figures
stand side by side, each with its own citation, and the reader sees whether they agree. The tracker is named in the
question; a figure the question only quotes ("$16.7bn") is never taken as the tracker's without its row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.corpus.tables import MarketStat
from assistant.routing.plan import Plan
from assistant.routing.wording import REPORTER_RE
from assistant.tools.schema import ToolCall

# "tie (out) to", "reconcile with", "match", "square with", "agree with", "in line with", "vs", "against", "compare"
CHECK_RE = re.compile(
    r"\b(?:ties?(?: out)?|tally|reconciles?|match(?:es)?|squares?|agrees?|in line|lines? up|consistent|"
    r"compares?|versus|vs\.?|against)\b",
    re.IGNORECASE,
)
COMPANY_METRIC = "company_total_value"


def with_tracker_figure(plan: Plan, stats: Sequence[MarketStat]) -> Plan:
    """``plan`` with the named tracker's figure for the summed company and year beside our sum, when one is reported.

    The check may stand alone (one call: our sum) or as the second part of a split question ("... - and how's that
    vs Caixin's $16.7bn?"), which had been read as the tracker's market-wide growth; that call is replaced."""
    if plan.route != "table" or not 1 <= len(plan.tool_calls) <= 2:
        return plan
    call, *rest = plan.tool_calls
    if call.tool != "aggregate" or call.args.get("operation") != "sum" or call.args.get("metric") != "total":
        return plan
    if rest and (rest[0].tool != "market_stat" or rest[0].args.get("subject")):
        return plan  # a second part of another kind, or already the company's own figure
    found = call.args.get("filter") or {}
    company, year = found.get("licensor"), found.get("year")
    question = plan.question
    if not company or not year or not REPORTER_RE.search(question) or not CHECK_RE.search(question):
        return plan
    if not any(s.metric == COMPANY_METRIC and s.subject == company and s.period == str(year) for s in stats):
        return plan
    reported = ToolCall(tool="market_stat", args={"metric": COMPANY_METRIC, "subject": company, "period": str(year)})
    said = f"our sum set beside the named tracker's reported deal value for {company} in {year}"
    return plan.model_copy(update={"tool_calls": [call, reported], "interpretation": f"{plan.interpretation}; {said}"})
