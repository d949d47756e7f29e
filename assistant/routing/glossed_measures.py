"""One measure named twice, jargon glossed by its plain name: "second-largest 2024 deal by biobucks / total value?"

"biobucks" is desk jargon that means the milestones to some and the whole headline value to others; read word by
word it was the milestones, so the deals were ranked by milestone package (LaNova's $2.7 billion) though the user
wrote "total value" beside it. When "biobucks" is glossed by another measure joined by "/", a bracket, "i.e.",
"aka", "or", "meaning" or "that is" ("biobucks (total value)", "total value / biobucks"), or set beside it after a
comma ("the total potential value, the biobucks"), or said again after a dash or colon ("biobucks from China
deals - sum of total deal values"), the plain measure is the one asked. Not taken: two measures asked together ("biobucks and upfront"), which stay two.
"""

from __future__ import annotations

import re
from typing import Any

_BIOBUCKS_RE = re.compile(r"^bio[\s-]?bucks$", re.IGNORECASE)
_GLOSS_RE = re.compile(
    r"^\s*(?:(?:total|potential|headline|deal)\s+)?(?:value\s*)?"  # "the total potential value, the biobucks"
    r"(?:/|\(|\)|,)?\s*(?:(?:i\.?e\.?|aka|a\.k\.a\.|or|meaning|that is)(?!\w))?\s*[,(]?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# "AZ cumulative biobucks from China deals - sum of total deal values?": the ask said again after a spaced dash or
# a colon, in the plain measure (the words between name no second ask: no "and", "plus", "vs")
_RESTATED_RE = re.compile(
    r"^(?![^?]*\b(?:and|plus|vs\.?|versus|&)\b)[^;?]{0,60}?(?:\s*:|\s[-–—])\s*(?:(?:i\.?e\.?|that is|meaning|so)\s*,?\s*)?"
    r"(?:the\s+)?(?:(?:sum|total|aggregate|tally)\s+of\s+(?:the\s+|all\s+)?|in\s+)?$",
    re.IGNORECASE,
)


def gloss_read(slots: Any, text: str) -> None:
    """``slots`` asking the plain measure when "biobucks" is glossed by it."""
    spans = dict(zip(slots.metrics, slots.metric_spans, strict=False))
    if "milestones" not in spans or len(spans) != 2:
        return
    start, end = spans["milestones"]
    if not _BIOBUCKS_RE.match(text[start:end].strip()):
        return
    plain = next(metric for metric in spans if metric != "milestones")
    other_start, other_end = spans[plain]
    between = text[end:other_start] if other_start >= end else text[other_end:start]
    restated = other_start >= end and _RESTATED_RE.match(between)
    if between.strip() and (_GLOSS_RE.match(between) or restated):
        slots.metrics, slots.metric_spans = [plain], [spans[plain]]
