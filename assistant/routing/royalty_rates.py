"""A royalty rate, tier or percentage asked of one deal whose row states no band.

deals.csv keeps the royalties as stated: a band ("tiered double-digit", "mid-single-digit to low
double-digit", "up to high teens") or only that there are some ("tiered", "royalties (rate not
disclosed)", "on net sales", or nothing). A rate asked of a deal whose row states a band is the row's
(``held_fields``); of a deal whose row states none, it is a figure neither the table nor, unless a
passage states one, the articles hold. Such a question was answered with something else:
"top royalty tier on CR-003 (Kelun/Crescent)?" ranked the deal by its total value, and "What exact
royalty percentages will Roche pay Hansoh on sales of HS-20110?" quoted "tiered royalties". Now
both are the articles', and a passage must state a royalty rate to answer (else a refusal).

Not: "royalty terms", "what royalties does Hansoh get" (the row's words answer), a rate asked of a
deal whose row gives a band ("royalty tiers Leads gets from Dianthus": mid-single-digit to low
double-digit).
"""

from __future__ import annotations

import re

from assistant.corpus.tables import Deal
from assistant.routing.held_fields import no_band, the_deal
from assistant.routing.plan import Plan

_RATE = r"(?:\b(?:rates?|tiers?|percent(?:ages?)?|bands?|levels?|brackets?)\b|%)"
_TOP = r"(?:top|highest|maximum|max|peak|ceiling|upper|lowest|bottom|exact|precise|starting)"
ROYALTY_RATE_RE = re.compile(
    rf"\broyalt(?:y|ies)\b[^?.]{{0,25}}{_RATE}|{_RATE}[^?.]{{0,25}}\broyalt(?:y|ies)\b|"
    rf"\b{_TOP}\s+royalt(?:y|ies)\b",
    re.IGNORECASE,
)


def unstated_royalty_rate(plan: Plan, deals: list[Deal]) -> Plan:
    """A plan asking a royalty rate of one deal whose row states no band goes to the articles, which must
    state a royalty rate to answer it; any other plan is returned as it is."""
    if plan.clarification or plan.route not in ("table", "table+text", "text"):
        return plan
    if not ROYALTY_RATE_RE.search(plan.question):
        return plan
    deal = the_deal(f"{plan.question} {plan.standalone_question}", plan.companies, deals)
    if deal is None or not no_band(deal):
        return plan
    return plan.model_copy(
        update={
            "route": "text",
            "tool_calls": [],
            "text_query": plan.text_query or plan.standalone_question,
            "unheld_measure": "royalty rate",
            "passage_filter": plan.passage_filter or {"companies": plan.companies},
            "rule": "a royalty rate the deal's row does not state",
            "interpretation": f"the royalty rate of one deal ({deal.label}), which our deal table does not state "
            f"(royalties: {deal.royalties or 'not given'}); answered from the articles",
        }
    )
