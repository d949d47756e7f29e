"""A measure of each deal and another measure combined, asked of one set of deals: two questions.

"Madrigal's two China deals — upfront on each and combined headline value?" was read as one sum of the
upfronts ($180 million, which nobody asked for) and the combined headline value was dropped. Split, the
first part lists the deals with their figures ("list them with the upfront on each") and the second sums
the other measure over the same deals ("combined headline value"), each under the question's own scope.

"The two Hansoh–GSK ADC deals in 2023: each upfront, and the combined headline value?" says "each" first.

Only when the two measures differ: "argo x novartis: upfront on each deal & combined" asks one measure
per deal and summed, which the sum (naming each deal's figure) already answers.
"""

from __future__ import annotations

import re

_MEASURE = (
    r"up[\s-]?fronts?(?:\s+payments?)?|headline(?:\s+value)?|total(?:\s+(?:deal\s+)?value)?|deal\s+value|value|"
    r"milestones?(?:\s+payments?)?|equity(?:\s+investments?)?|bio[\s-]?bucks"
)
_EACH_AND_COMBINED_RE = re.compile(
    rf"^(?P<scope>.+?)\s*(?:[—–:,]|\s-)\s*(?:(?:the\s+)?(?P<each>{_MEASURE})\s+(?:on|for|of|in)\s+each"
    # "each upfront, and the combined headline value": "each" said before the measure
    rf"(?:\s+(?:deal|one|of them|agreement))?|each(?:\s+(?:deal|one)'?s)?\s+(?P<each2>{_MEASURE}))"
    r"\s*,?\s*(?:and|&|\+|plus)\s+(?:the\s+|their\s+)?"
    rf"(?:(?P<how>combined|total|overall|summed|aggregate|joint)\s+(?P<other>{_MEASURE})|"
    # "each deal's upfront and the total value combined": the sum word said after the measure
    rf"(?P<other2>{_MEASURE})\s+(?P<how2>combined|together|in\s+total|summed))\s*[?.]?$",
    re.IGNORECASE,
)
_KIND = (("up", "upfront"), ("mile", "milestones"), ("equity", "equity"), ("bio", "milestones"))


def _kind(measure: str) -> str:
    """The column a measure word names: "headline value", "total", "value" are all the deal's total."""
    lowered = measure.lower()
    return next((kind for start, kind in _KIND if lowered.startswith(start)), "total")


def each_and_combined(part: str) -> list[str]:
    """``part`` as a listing of its deals with one measure and a sum of another measure, when it asks both;
    else ``[part]``."""
    found = _EACH_AND_COMBINED_RE.match(part.strip())
    each = found and (found.group("each") or found.group("each2"))
    other, how = (
        (found.group("other") or found.group("other2"), found.group("how") or "combined") if found else ("", "")
    )
    if not found or not each or _kind(each) == _kind(other):
        return [part]
    scope = found.group("scope").strip()
    return [
        f"{scope}: list them with the {each} on each",
        f"{scope}: {how} {other}",
    ]
