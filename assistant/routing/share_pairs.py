"""A deal's (or a company's deals') share of a tracker's total, asked of a named pair or in "how much of" words.

- "what % of 2025 total value came from GSK's deal with Hengrui?", "what share of 2025 deal value did the
  Pfizer-3SBio deal represent?": the share was taken of one company (GSK's or Pfizer's reported company figure,
  which no tracker gives), and refused. With a licensor and a licensee named, the share is of their deals in our
  table (``MarketStatArgs.licensee``), set against the tracker's total.
- "How much of the 2025 total did the Pfizer-3SBio deal account for?": "how much of the … total … account for"
  asks a share, not the deal's value; it is said as "what share of the … total …".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.corpus.tables import MarketStat
from assistant.routing.interpretation import interpret
from assistant.routing.plan import Plan

_HOW_MUCH_OF_RE = re.compile(
    r"\bhow much of (?=(?:the |china's |chinese )?(?:(?:19|20)\d{2}(?:'s)? )?(?:total|market|deal value|value|"
    r"out-?licensing (?:total|value))\b[^?]*\b(?:account(?:ed|s)? for|represent\w*|make up|made up|come from|came from)\b)",
    re.IGNORECASE,
)


# a share of the number of deals: "share of 2025 deals", "of the deal count", "of the number of deals"
_COUNT_SHARE_RE = re.compile(
    r"\b(?:share|percent(?:age)?|%|fraction|proportion|portion)\s+of\s+(?:the\s+|all\s+)?(?:(?:19|20)\d{2}(?:'s)?\s+)?"
    r"(?:deals\b(?!\s+value)|deal\s+count|number\s+of\s+deals|transactions\b|agreements\b)",
    re.IGNORECASE,
)


def share_spelt(question: str) -> str:
    """ "how much of the 2025 total did X account for" as "what share of the 2025 total ..."; else unchanged."""
    return _HOW_MUCH_OF_RE.sub("what share of ", question)


def paired_share(plan: Plan, role: Callable[[str], str], stats: Sequence[MarketStat]) -> Plan:
    """A share of the market asked of a licensor and a licensee named together (the pair's deals), or of a company
    no tracker reports a figure for (its deals in our table), set against the tracker's total."""
    calls = plan.tool_calls
    if len(calls) != 1 or calls[0].tool != "market_stat" or calls[0].args.get("derive") != "share":
        return plan
    if _COUNT_SHARE_RE.search(plan.question):  # "what share of 2025 deals …": of the count, which no value answers
        counted = [calls[0].model_copy(update={"args": {**calls[0].args, "metric": "deal_count"}})]
        return plan.model_copy(update={"tool_calls": counted})
    roles = {name: role(name) for name in plan.companies}
    licensors = [name for name, kind in roles.items() if kind == "licensor"]
    licensees = [name for name, kind in roles.items() if kind == "licensee"]
    subject, period = calls[0].args.get("subject"), calls[0].args.get("period")
    reported = any(s.metric == "company_total_value" and s.subject == subject and s.period == period for s in stats)
    if len(plan.companies) == 2 and len(licensors) == 1 and len(licensees) == 1:
        args = {**calls[0].args, "subject": licensors[0], "licensee": licensees[0]}  # the pair's deals
    elif subject and not reported and calls[0].args.get("metric") in ("company_total_value", "total_value"):
        args = dict(calls[0].args)  # "What share of the 2024 market did Merck's deals represent?": no tracker figure
    else:
        return plan
    args |= {"metric": "total_value", "derive": "deal_share"}  # our rows against the tracker's total
    shared = [calls[0].model_copy(update={"args": args})]
    said = interpret(plan.route, shared, plan.text_query, plan.companies, plan.clarification)
    return plan.model_copy(update={"tool_calls": shared, "interpretation": said})
