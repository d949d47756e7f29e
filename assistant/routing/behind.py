"""The places behind a named company: "after AZ, who are the next busiest licensees", "behind Pfizer,
which licensee paid the most upfront in 2025", "which licensors trail Hengrui by number of deals".

Read word by word, the company named is a filter, and the ranking holds that company alone (or
becomes a count of its deals). The company is the place to rank from: the ranking drops it as a
filter and runs from the leader down to the place after it (``RankArgs.after``).
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# "behind Pfizer", "after AZ", "trail Hengrui", "second only to Merck", "next after AstraZeneca", "runner-up to",
# "just below Merck"; never "after the GSK deal", "after 2024", "after excluding Merck"
BEHIND_RE = re.compile(
    r"\b(?:behind|after|trail(?:s|ed|ing)?|(?:just\s+|right\s+)?below|(?:second|next)\s+(?:only\s+)?to|"
    r"runner[\s-]?up\s+to|following|comes?\s+(?:next\s+)?after|next\s+(?:after|behind))\s+"
    r"(?!(?:the|a|an|that|this|it|its|their|them|those|these|which|what|excluding|removing|dropping|taking|"
    r"stripping|leaving|adjusting|accounting|signing|closing|(?:19|20)\d\d|q[1-4]|h[12]|fy)\b)(?=[A-Za-z])",
    _I,
)
# the question ranks companies: "who", "which licensee", "most", "busiest", "next"
_RANKS_RE = re.compile(
    r"\b(?:most|biggest|largest|highest|greatest|top|busiest|richest|next|trail(?:s|ed|ing)?|second|runner[\s-]?up|"
    r"rank(?:s|ed|ing)?|places?|led|leads?)\b",
    _I,
)
_SIDES = ("licensor", "licensee")
_PLURAL_RE = re.compile(
    # the companies asked for, not the ones ranked among: "the runner-up among licensees" asks for one
    r"\bwho (?:are|were)\b|(?<!among )(?<!of )(?<!between )(?<!all )"
    r"\b(?:licensors|licensees|buyers|sellers|payers|spenders|companies|pharmas|biotechs|"
    r"drugmakers|partners|firms)\b",
    _I,
)
_DEAL_ASKED_RE = re.compile(r"\b(?:which|what)\s+(?:single\s+|one\s+)?(?:deals?|transactions?|agreements?)\b", _I)


def _named_side(call: ToolCall) -> str | None:
    """The one side of the filter that names a company, when no other company is named."""
    where = call.args.get("filter") or {}
    named = [side for side in _SIDES if where.get(side)]
    if len(named) != 1 or where.get("company") or where.get("deal_ids") or where.get("exclude_companies"):
        return None
    return named[0]


def behind_named(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A ranking (or a count of one company's deals) asked behind a named company, re-aimed at every company
    of that side with ``after`` set; else ``calls``."""
    if len(calls) != 1 or not BEHIND_RE.search(question) or not _RANKS_RE.search(question):
        return calls
    call = calls[0]
    side = _named_side(call)
    if side is None:
        return calls
    args = call.args
    # a ranking of deals or a count is re-aimed only when the question asks for companies ("who", "which licensor")
    companies = bool(_COMPANIES_RE.search(question)) and not _DEAL_ASKED_RE.search(question)
    dimension = args.get("dimension", "deal")
    if call.tool == "rank" and (dimension == side or (dimension == "deal" and companies)):
        metric = args.get("metric", "total")
    elif call.tool == "aggregate" and companies and not args.get("group_by") and not args.get("distinct"):
        if args.get("operation") not in ("count", "sum"):
            return calls
        metric = "count" if args.get("operation") == "count" else args.get("metric", "total")
    else:
        return calls
    if metric not in ("count", "upfront", "milestones", "total", "equity"):
        return calls
    where = dict(args.get("filter") or {})
    named = where.pop(side)
    n = 3 if _PLURAL_RE.search(question) else 2  # "who are the next busiest licensees": two or more after it
    rank = {"dimension": side, "metric": metric, "filter": where, "n": n, "after": named}
    return [ToolCall(tool="rank", args=rank)]


# "..., and how many deals does each have?", "and with how many?", "and how many deals each": a company ranking
# states every company's deal count, so the clause is no second question (split off, it was a tracker's count)
_EACH_COUNT_RE = re.compile(
    r"(?:,\s*|\s+)(?:and|&)\s+(?:with\s+how\s+many(?:\s+deals)?|how\s+many(?:\s+deals)?\s+"
    r"(?:(?:does|do|did)\s+(?:each|they|each\s+one|each\s+of\s+them)(?:\s+\w+)?|each|apiece)"
    r"(?:\s+(?:have|has|had|do|did|sign|signed|make|made))?)\s*[?.!]*\s*$",
    _I,
)
_COMPANIES_RE = re.compile(
    r"\b(?:who|licensors?|licensees?|buyers?|sellers?|partners?|compan(?:y|ies)|pharmas?|biotechs?|drugmakers?)\b", _I
)


def without_each_count(question: str) -> str:
    """A company ranking's trailing "and how many deals does each have?" dropped: the ranking says it."""
    clause = _EACH_COUNT_RE.search(question)
    if clause is None:
        return question
    head = question[: clause.start()]
    if not (_RANKS_RE.search(head) and _COMPANIES_RE.search(head)):
        return question
    return head.rstrip(" ,;") + "?"
