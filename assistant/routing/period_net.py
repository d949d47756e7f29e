"""A safety net for periods: a question that names a period gets no figure from a plan that reads none.

"恒瑞去年首付款合计多少?" names a year ("去年", last year); a plan that sums Hengrui's upfronts over
every year answers a different question, with a citation. After planning, when the question names
a period (a year, a quarter, "last year", "YTD", "去年", "2025年以来") and none of the plan's tool
calls carries one (a year, quarter, month, half, date range or a tracker's period), the plan becomes
a clarifying reply that names the words it could not apply (a tracker's figure is left alone: it
is given with the period it covers). A year that only names deals to add
("including the two 2023 GSK deals") is no period of the question.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.claim_corrections import dates_the_signing, is_claim
from assistant.routing.period_scope import added_rows
from assistant.routing.plan import Plan

PERIOD_RE = re.compile(
    r"(?:上上|大前|前|去|今|明|本|上|下|后)半?年|[一二三四1-4]季度|季度|\d{4}\s*年|以来|至今|迄今|截至|上个?月|本月|"
    r"\b(?:last|past|previous|this|current|prior)\s+(?:calendar\s+|fiscal\s+)?"
    r"(?:year|quarter|month|twelve months|12 months|\d+\s+(?:years|months|quarters))\b|"
    r"\bytd\b|\byear[- ]to[- ]date\b|\b(?:19|20)\d{2}\b(?!\.(?:hk|sh|sz)\b)|(?<![\w-])(?:h[12]|q[1-4])(?![\w-])|\b[1-4][hq]\s?\d{2}\b|\bfy\s?\d{2,4}\b",
    re.IGNORECASE,
)
# "including the two 2023 GSK deals", "plus its 2024 deal": deals added by name, not a period
_DEALS_NAMED_RE = re.compile(
    r"\b(?:includ\w*|incl\.?|plus|along with|as well as|even|counting)\s+(?:[\w&'-]+\s+){0,3}(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
# a year or half that names a payment's timing or a goal, not the deals asked about: "a 2030 milestone", "an H2 readout"
_TIMING_OF_RE = re.compile(
    r"\b(?:(?:19|20)\d{2}|h[12]|q[1-4])\s+(?:milestones?|payments?|targets?|goals?|plans?|launch\w*|approvals?|"
    r"readouts?|deadlines?|guidance|filings?|data|results?|sales|revenue|patents?|expiry)\b",
    re.IGNORECASE,
)
_TIME_KEYS = frozenset(
    ["year", "quarter", "month", "half", "date_from", "date_to", "period", "compare_period", "exclude_years"]
)


def _has_time(value: Any) -> bool:
    if isinstance(value, dict):
        return any((key in _TIME_KEYS and item not in (None, "", [])) or _has_time(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_time(item) for item in value)
    return False


def unread_period(question: str, plan: Plan) -> str | None:
    """The period words of ``question`` a table plan does not apply, or None."""
    if plan.route not in ("table", "table+text") or not plan.tool_calls:
        return None
    if any(_has_time(call.args) for call in plan.tool_calls):
        return None
    if any(call.tool == "market_stat" for call in plan.tool_calls):
        return None  # a tracker's figure without a period is its latest, said with its period
    one_deal = all(call.tool == "get_deal" and call.args.get("deal_id") for call in plan.tool_calls)
    if one_deal and (is_claim(question) or dates_the_signing(question)):
        # "signed in 2023, as my draft says?", "Hansoh's 2024 deal for HS-20089": the year is a premise checked
        # against the one deal's date (``claim_corrections``), which a lookup with the year would have kept
        return None
    for start, end in added_rows(question):  # "whole table incl pre-2024", ", the 2022 Kelun deals too"
        question = question[:start] + " " * (end - start) + question[end:]
    found = PERIOD_RE.search(_TIMING_OF_RE.sub(" ", _DEALS_NAMED_RE.sub(" ", question)))
    return found.group() if found else None


def period_checked(plan: Plan) -> Plan:
    """A table plan that drops the question's period becomes a clarifying reply naming it."""
    said = unread_period(plan.question, plan)
    if said is None:
        return plan
    return plan.model_copy(
        update={
            "route": "none",
            "tool_calls": [],
            "rule": f"a period the plan does not apply: '{said}'",
            "clarification": (
                f"Your question names a period ('{said}') that I could not apply to the deal figures. "
                "Which period do you mean: a year, a half, a quarter or a month?"
            ),
            "interpretation": f"the period '{said}' could not be read; asking which period is meant",
        }
    )
