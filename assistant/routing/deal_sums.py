"""One deal's upfront and its equity investment added: "pfe's upfront plus its equity check in 3SBio,
combined?", "AZ's total commitment to Harbour at signing including the share purchase", "what did Pfizer
hand 3SBio on day one, including the stock purchase".

Read word by word these were a sum of upfronts (the equity dropped), the deal's equity alone, or all of
its terms with no sum. The plan becomes the deal's upfront with its equity added (``GetDealArgs.plus``):
both parts stated and cited, then the sum, or why there is none.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_EQUITY_RE = re.compile(
    r"\b(?:equity|shares?|stock|stake|warrants?)\b(?!\s+(?:price|prices|moves?|moved|jump\w*|r[oi]se|fell|fall\w*))",
    _I,
)
# the money paid at signing: "upfront", "at signing", "on day one", "at the outset", "total commitment"
_SIGNING_RE = re.compile(
    r"\bup[\s-]?fronts?\b|\bup front\b|\bat (?:signing|the outset|closing)\b|\bday[\s-]one\b|\bcommit(?:ted|ment)?\b",
    _I,
)
# the two are to be added: "plus", "combined", "added together", "including", "counting both", "all in"
_ADDED_RE = re.compile(
    r"\bplus\b|\bcombined\b|\b(?:al)?together\b|\badded\b|\bsumm?(?:ed)?\b|\bincl(?:ud(?:ing|es?|ed)\b|\.|\b)|\bcounting\b|"
    r"\ball[\s-]in\b|\bin total\b|\btotal commitment\b|\+",
    _I,
)
# "excluding the share purchase", "stripped of the equity", "did the upfront include equity?": no sum
_NOT_ADDED_RE = re.compile(
    r"\b(?:excluding|without|strip\w*|less|minus|net of|not counting|leaving out|apart from|besides|other than)\b|"
    r"^\s*(?:does|did|do|is|was|were)\b",
    _I,
)


# "in all" and "all-in" say the sum, not several deals
_PLURAL_RE = re.compile(
    r"\b(?:deals|agreements|licen[cs]es|pacts|both|each|(?<!\bin\s)all(?![\s-]in\b))\b", re.IGNORECASE
)


def asks_equity_added(question: str) -> bool:
    """The question adds one deal's equity investment to the money paid at signing."""
    return bool(
        _EQUITY_RE.search(question)
        and _SIGNING_RE.search(question)
        and _ADDED_RE.search(question)
        and not _NOT_ADDED_RE.search(question)
    )


def with_equity_added(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One deal's terms or a sum over one pair's deals, asked as upfront plus equity, as that sum; else ``calls``."""
    if len(calls) != 1 or not asks_equity_added(question):
        return calls
    call = calls[0]
    if call.tool == "get_deal":
        args = {key: value for key, value in call.args.items() if key not in ("metric", "plus")}
        return [ToolCall(tool="get_deal", args={**args, "metric": "upfront", "plus": "equity"})]
    where = call.args.get("filter") or {}
    if call.tool != "aggregate" or call.args.get("operation", "sum") != "sum" or call.args.get("group_by"):
        return calls
    if not (where.get("licensor") and where.get("licensee")) or _PLURAL_RE.search(question):
        return calls  # one company's upfronts, or "the Merck Kelun deals": no single deal to add to
    args = {"licensor": where["licensor"], "licensee": where["licensee"], "metric": "upfront", "plus": "equity"}
    if where.get("year"):
        args["year"] = where["year"]
    return [ToolCall(tool="get_deal", args=args)]
