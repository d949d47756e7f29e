"""A claim or question that one company out-did every other: "Hengrui signed more deals than any other
licensor in 2025. True?", "did Merck pay more upfront than any other buyer in 2024?".

Read word by word it was the named company's own count or sum, which cannot say whether anyone did
more. The question is a ranking of that company's side (licensors or licensees) over the same deals
without the company, by the same measure, top 3: the answer names the leader and any tie. A single deal's
figure ("a bigger single upfront than any other buyer") ranks deals instead.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_LICENSOR = r"licensors?|sellers?|chinese (?:companies|company|biotechs?|firms?|drugmakers?)|biotechs?"
_LICENSEE = r"licensees?|buyers?|acquirers?|pharmas?|multinationals?|mncs?|big pharmas?"
THAN_ANY_RE = re.compile(
    rf"\b(?:more|bigger|larger|higher|most)\b[^?]{{0,40}}?\bthan (?:any|every|all(?: the)?) (?:other |single )?"
    rf"(?:(?P<licensor>{_LICENSOR})|(?P<licensee>{_LICENSEE})|(?P<any>compan(?:y|ies)|firms?|one|rivals?|peers?))\b",
    _I,
)


# One deal's figure against every other deal's, not a company's sum: "a bigger single upfront", "in one deal"
_ONE_DEAL_RE = re.compile(r"\b(?:single|individual)\b|\b(?:in|with|from) (?:a|one) (?:single )?deal\b|\bone deal\b", _I)


def against_every_other(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One company's count or sum, asked as more than any other's, as the ranking of its side; else ``calls``."""
    said = THAN_ANY_RE.search(question)
    if not said or len(calls) != 1 or calls[0].tool not in ("aggregate", "get_deal"):
        return calls
    args = calls[0].args
    if calls[0].tool == "get_deal":  # "did Merck pay more upfront than any other buyer in 2024?": no one deal
        if args.get("deal_id") or args.get("asset"):
            return calls
        where = {key: args[key] for key in ("licensor", "licensee", "year") if args.get(key)}
        args = {"operation": "sum", "metric": args.get("metric") or "total", "filter": where}
    where = dict(args.get("filter") or {})
    side = "licensor" if said.group("licensor") else "licensee" if said.group("licensee") else None
    named = [key for key in ("licensor", "licensee") if where.get(key)]
    if len(named) != 1 or (side and side != named[0]) or args.get("group_by"):
        return calls
    side = named[0]
    del where[side]
    operation = args.get("operation", "sum")
    if operation not in ("count", "sum"):
        return calls
    metric = "count" if operation == "count" else args.get("metric", "total")
    if metric != "count" and _ONE_DEAL_RE.search(question):  # "a bigger single upfront than any other licensee"
        return [ToolCall(tool="rank", args={"dimension": "deal", "metric": metric, "filter": where, "n": 3})]
    return [ToolCall(tool="rank", args={"dimension": side, "metric": metric, "filter": where, "n": 3})]
