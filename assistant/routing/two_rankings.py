"""Two rankings of the same deals by two measures in one breath: "biggest 2024 deal by headline value, and
biggest by upfront?", "2024 biggest deal by upfront, and biggest by total value?", "top 2025 deal by total value
and the top one by upfront", "2024 biggest deal by upfront 和 biggest by total 分别是哪单?" (the Chinese close dropped).

Read whole, the router ranks by one measure and the other ranking is dropped. ``two_rankings`` splits the part
at the join into two rankings, the second borrowing the first's subject ("2024 deal"), so each is planned alone
over the same deals: "biggest 2024 deal by headline value" and "biggest 2024 deal by upfront". It runs inside
``decompose.split_parts`` on each part; the examples are the tests (``tests/test_countsum13.py``).
"""

from __future__ import annotations

import re

_SUPERLATIVE = r"(?:biggest|largest|top|highest|richest|priciest|smallest|lowest|cheapest)"
_MEASURE = (
    r"(?:up[\s-]?fronts?(?:\s+payments?)?|ufs?|(?:headline|total|deal|potential|overall)(?:\s+deal)?\s+values?|"
    r"total|headline|value|milestones?|equity|biobucks)"
)
_JOIN = r"\s*(?:,\s*(?:and|&|\+|plus)?|&|\+|\band\b|\bplus\b|和|与|及|以及)\s*"
# "…分别是哪单?", "…各是什么?": a Chinese close asking which deal each is, dropped from the two rankings
_ZH_TAIL = r"\s*(?:分别|各自|各)?\s*(?:是)?\s*(?:哪|什么|谁)[\u4e00-\u9fff]{0,3}"
# "biggest 2024 deal by headline value, and biggest by upfront": the second ranking says only its measure
_TWO_RE = re.compile(
    rf"^(?P<head>.*?)(?P<sup1>{_SUPERLATIVE})\b(?P<subject>[^,&+]*?)\s+by\s+(?P<m1>{_MEASURE})\b"
    rf"{_JOIN}(?:(?:the|and)\s+)?(?P<sup2>{_SUPERLATIVE})(?:\s+(?:one|deal))?\s+by\s+(?P<m2>{_MEASURE})\b"
    rf"(?P<zh>{_ZH_TAIL})?(?P<tail>[^\w]*)$",
    re.IGNORECASE,
)


def two_rankings(part: str) -> list[str]:
    """``part`` as its two rankings, in the order asked; ``[part]`` when it asks no such pair."""
    two = _TWO_RE.match(part.strip())
    if not two or two.group("m1").lower() == two.group("m2").lower():
        return [part]
    head, subject, tail = two.group("head"), two.group("subject"), two.group("tail")
    return [
        f"{head}{two.group('sup1')}{subject} by {two.group('m1')}{tail}".strip(),
        f"{head}{two.group('sup2')}{subject} by {two.group('m2')}{tail}".strip(),
    ]
