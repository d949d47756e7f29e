"""A money bound the question sets that no tool call applies (a plan-audit check).

"How many deals had an upfront of USD 500 Mio. or more?", "首付 5亿美金及以上的大单有几单？", "2025 deals
above $1bn, summed": the count, sum, list or ranking is of the deals past the bound. A plan that read no
bound counts every deal, a confident figure about other deals than the ones asked. This reader is the
audit's own, looser than routing's (``routing.amounts``): a bound word beside an amount, in English or
Chinese. Only plans over sets of deals are checked (counts, sums, lists, rankings, comparisons of
those); one deal's terms ("was the upfront over $500m?") and a tracker's figures are not, since there
the amount is a claim or the tracker's own category.
"""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.answering.audit_calls import filters

_AMOUNT = (
    r"(?:us\s?\$|usd|\$|€|eur)?\s?\d+(?:[.,]\d+)?\s?"
    r"(?:billion|bn|b|million|mio\.?|mln|mn|mm|m|mrd\.?|milliarden?|millionen)(?![a-z])"
)
_BEFORE = (
    r"(?:over|above|exceeding|in excess of|north of|upwards of|(?:more|greater|larger|bigger|higher|"
    r"less|smaller|lower|fewer) than|at least|at most|no (?:less|more) than|not (?:less|more) than|under|"
    r"below|beneath|south of|ueber|über|unter|mindestens|>=?|<=?|≥|≤)"
)
_AFTER = r"(?:\+|or (?:more|above|higher|greater|over|less|below|lower|under)|and (?:above|up|over|higher|below|under))"
_ZH_AMOUNT = r"\d+(?:\.\d+)?\s*(?:亿|万|千万|百万)\s*(?:美元|美金|刀|usd)?"
_BOUND_RE = re.compile(
    rf"(?<![a-z]){_BEFORE}\s*{_AMOUNT}|{_AMOUNT}\s*{_AFTER}"
    rf"|(?:超过|超|低于|不到|不足|大于|小于|高于|多于|少于|至少|起码|≥|≤){_ZH_AMOUNT}"
    rf"|{_ZH_AMOUNT}\s*(?:及)?(?:以上|以下|以内|起|\+)",
    re.IGNORECASE,
)
_SET_TOOLS = {"aggregate", "rank", "find_deals", "compare"}
# A bound inside a claim the question checks ("a newsletter says Hengrui's deals were worth more than $20bn",
# "we want to say 'over $40 billion'"): the figure claimed of a sum, not a filter on the deals.
_CLAIMED_RE = re.compile(
    r"\b(?:says?|said|claims?|claimed|draft|reports?|reported|writes|wrote|committed|(?:were|was|is|are) worth|"
    r"want to say)\b[^.?!;。？！]*$|(?:据说|号称|听说|报道|宣称)[^。？！；]*$",
    re.IGNORECASE,
)
_OPEN_QUOTE_RE = re.compile(r"[\"“「]|(?<![\w])'")
_CLOSE_QUOTE_RE = re.compile(r"[\"”」]|'(?![\w])")


def _claimed(before: str) -> bool:
    """The text before a bound leaves it inside a quotation or a claim checked."""
    opened = [m.end() for m in _OPEN_QUOTE_RE.finditer(before)]
    quoted = bool(opened) and not _CLOSE_QUOTE_RE.search(before, opened[-1])
    return quoted or _CLAIMED_RE.search(before) is not None


def bound_said(question: str) -> str | None:
    """The bound a question states ("USD 500 Mio. or more") as a filter on the deals, or None."""
    for found in _BOUND_RE.finditer(question):
        if not _claimed(question[: found.start()]):
            return found.group().strip()
    return None


def bound_not_applied(question: str, answer: Answer) -> str | None:
    """What a plan over a set of deals leaves out when the question bounds the deals by money and no call
    filters on a money column."""
    said = bound_said(question)
    calls = answer.tool_calls
    if said is None or not calls or any(call.tool not in _SET_TOOLS for call in calls):
        return None
    for call in calls:
        for where in (call.args, *filters(call)):
            if any(key.startswith(("min_", "max_")) and value is not None for key, value in where.items()):
                return None
    return f"only the deals past the bound said ({said})"
