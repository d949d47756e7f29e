"""A question that asks which company is answered with a company, never with a market total.

"Which Chinese company was number one by deal value in 2025?", "which firm finished first by deal value",
"which buyer came out ahead on upfronts in 2024": trackers report a market's totals, not who made them up,
so a plan that hands such a question a tracker's total (for the year) answers a different question with a
citation. It becomes the ranking of that kind of company by the measure, top 1, over our rows: licensors
for a Chinese company, a licensor, a biotech or a seller; licensees for a buyer, a licensee, a pharma or a
Western / multinational company; a count ranks by deals. The examples are the tests
(``tests/test_which_company.py``).
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_KINDS = (
    r"compan(?:y|ies)|licensors?|licensees?|firms?|biotechs?|pharmas?|drugmakers?|buyers?|sellers?|"
    r"partners?|groups?|players?|developers?|acquirers?"
)
WHICH_COMPANY_RE = re.compile(
    rf"^\W*(?:so\s+|and\s+|ok\s+)?(?:which|what)\s+(?P<where>(?:[\w-]+\s+){{0,2}}?)(?P<kind>{_KINDS})\b",
    re.IGNORECASE,
)
_BUYER_KINDS = ("licensee", "buyer", "pharma", "drugmaker", "partner", "acquirer")
_BUYER_WHERE_RE = re.compile(
    r"\b(?:western|us|u\.s\.|american|european|japanese|foreign|multinational|global|big)\b", re.I
)
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
    if found is None or len(calls) != 1 or calls[0].tool != "market_stat":
        return calls
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
