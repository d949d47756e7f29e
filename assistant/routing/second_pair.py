"""A second deal pair tacked on after "and", the measure left unsaid: each pair is its own ask.

``second_pair`` matches a part naming four companies, two pairs, where the second pair follows the first ask
after "and" with nothing else: "headline value of the Hengrui-GSK deal and of Innovent-Takeda?" is asked as
"headline value of the Hengrui-GSK deal" and "headline value of the Innovent-Takeda deal"; "how much Novartis
pay Argo upfront in 2024, and Madrigal to Ribo?" as "how much Novartis pay Argo upfront in 2024" and "how much
Madrigal pay Ribo upfront" (a year said after the first pair is that pair's; the second pair's deal may be of
another year). "upfront of kelun crescent deal and of harbour biomed with BMS, both" as "upfront of kelun crescent
deal" and "upfront of harbour biomed with BMS deal" (two names said side by side are a pair; a closing "both" or
"each" asks each pair). Read whole, only the first pair was answered. A comparison or a sum over both stays whole.
``decompose.split_parts`` calls it on each part after ``same_side.each_pair``.
"""

from __future__ import annotations

import re

from assistant.routing.same_side import Spans
from assistant.routing.tickers import swapped_tickers

_I = re.IGNORECASE
# what joins the two companies of one pair: "Hengrui-GSK", "Novartis pay Argo", "Madrigal to Ribo"
_LINK_RE = re.compile(
    r"^\s+$|^\s*(?:-|–|—|/|→|->|x|to|with|from|pays?|paid|gave|give|licensed\s+to|and)\s*$|^\s*(?:-|–|—|/)\s*$", _I
)
# what follows the first pair: the rest of the first ask, then "and (of|for) (the)" before the second pair
_MIDDLE_RE = re.compile(
    r"^(?P<rest>[^,;?]*?)\s*,?\s*(?:and|&)\s+(?:also\s+)?(?:(?:of|for|with|from|in|on|between)\s+)?(?:the\s+)?$", _I
)
_TAIL_RE = re.compile(
    r"^\s*(?:(?:deal|agreement|transaction|pact)s?)?\s*,?\s*(?:respectively|both|each|for\s+(?:both|each))?\W*$", _I
)
_WHOLE_RE = re.compile(
    r"\b(?:vs\.?|versus|compar\w*|more|less|bigger|larger|smaller|than|combined|together|total of both|gap|"
    r"differ\w*|ratio|sum)\b",
    _I,
)
_YEAR_RE = re.compile(r"\s*\b(?:(?:in|during|from|of)\s+)?(?:19|20)\d{2}\b", _I)
_WH_RE = re.compile(r"\b(?:what|how|who|which|when|where|why|and)\b", _I)


def second_pair(part: str, spans: Spans | None) -> list[str]:
    """``part`` asked once for each of the two pairs it names, the second after "and"; else ``[part]``."""
    entities = getattr(getattr(spans, "__self__", None), "entities", None)
    if entities is None or _WHOLE_RE.search(part):
        return [part]
    mentions = swapped_tickers(part, entities.find_companies(part), entities).mentions  # "kelun crescent"
    if len(mentions) != 4:
        return [part]
    a, b, c, d = mentions
    middle = _MIDDLE_RE.match(part[b.end : c.start])
    link, tail = part[a.end : b.start], part[d.end :]
    if not (middle and _LINK_RE.match(link) and _LINK_RE.match(part[c.end : d.start]) and _TAIL_RE.match(tail)):
        return [part]
    rest = middle.group("rest")
    if _WH_RE.search(rest):
        return [part]  # "A-B, and what about C-D": a second question the joins already split
    first, second = part[c.start : c.end], part[d.start : d.end]
    if entities.role(c.name) == entities.role(b.name) != entities.role(a.name):
        first, second = second, first  # "what did Novartis pay Argo, and Ribo from Madrigal": said the other way
    return [
        part[: b.end] + rest,
        f"{part[: a.start]}{first}{link}{second}{_YEAR_RE.sub('', rest)}",
    ]
