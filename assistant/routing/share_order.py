"""One measure of a deal as a share of another, the whole said first: the part is the compare's left side.

``part_first`` matches a ``compare`` of one deal against itself with two measures (``right_metric``) when the
question names the whole after "% of", "share of", "percent of": "what percent of headline was upfront for
Hansoh-Regeneron?" and "what share of the headline value was upfront in the 3SBio-Pfizer deal?" name the
headline first, so the measures came out total against upfront ("up to 2,412.5% more"); the upfront is the part
and the headline the whole, so upfront goes left ("the upfront payment is about 4.0% of the total deal value").
"""

from __future__ import annotations

import re

from assistant.routing.deal_part_share import deal_is_whole
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# the measure words a whole is named by, after "% of (the)": "headline", "total deal value", "up-front", "milestones"
_WHOLES = (
    ("total", r"headline|total|deal\s+value|potential|biobucks|overall\s+value"),
    ("upfront", r"up[\s-]?fronts?"),
    ("milestones", r"milestones?"),
    ("equity", r"equity"),
)
_OF_RE = re.compile(
    r"(?:%|\b(?:percent(?:age)?|share|fraction|proportion|portion))\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?!(?:is|was|are|were|that|this|it)\b)[\w'’–—/-]+\s+){0,2}?(?:"
    + "|".join(rf"(?P<{measure}>\b(?:{words})\b)" for measure, words in _WHOLES)
    + ")",
    _I,
)


_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
_MARKET_AFTER_RE = re.compile(r"\s+(?:totals?|market|sums?|pool)\b", _I)


def _whole_named(question: str) -> str | None:
    """The measure ``question`` names as the whole of a share ("% of (the Hengrui–GSK) headline"), or ``None``."""
    match = _OF_RE.search(question)
    if match and (_YEAR_RE.search(match.group()) or _MARKET_AFTER_RE.match(question, match.end())):
        return None  # "% of the 2025 upfront total": a market's total, not this deal's own measure
    return next((measure for measure, _ in _WHOLES if match and match.group(measure)), None)


def part_first(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """``calls`` with a one-deal share of two measures set part first, when the question names the whole."""
    whole = _whole_named(question) or ("total" if deal_is_whole(question) else None)  # "share of the X deal"
    out = []
    for call in calls:
        args = call.args
        swap = (
            call.tool == "compare"
            and whole is not None
            and args.get("right_metric")
            and args.get("left") == args.get("right")
            and args.get("metric") == whole
            and args.get("right_metric") != whole
        )
        if swap:
            call = call.model_copy(update={"args": {**args, "metric": args["right_metric"], "right_metric": whole}})
        one_deal = call.tool == "compare" and args.get("right_metric") and args.get("left") == args.get("right")
        if one_deal and whole is not None and call.args.get("right_metric") == whole:
            call = call.model_copy(update={"args": {**call.args, "share_first": True}})  # the share asked, said first
        out.append(call)
    return out
