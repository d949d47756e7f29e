"""Two companies on the same side of the table asked one figure: "how much did Hengrui and Hansoh license out?",
"what did Hengrui and Hansoh get upfront in 2025?". Both are licensors and no deal joins them, so the question is
not about a deal between them (it had been read as a Hengrui → Hansoh deal and refused as "no deal matches"); it
asks the figure of each. The question is asked once for each company, the rest of the wording repeated.

Only two names joined by "and", "&" or "/" with nothing between them split, and only when both companies have one
role (both licensors or both licensees) and no deal in the table has both. A comparison ("vs", "more than",
"compare"), a sum over both ("combined", "together") or a deal between them ("the deal between A and B") stays whole; so does a sum said as
"add up", "total up", "in total" or "one figure" (``group_sides`` sums the group), and so do two companies left out
together ("median upfront 2025 excluding Merck and Pfizer").

Two pairs said side by side ("the upfronts in the Hengrui-GSK and Hansoh-GSK deals") are asked once each too: the
second pair had been dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Spans = Callable[[str], list[tuple[int, int]]]

_JOIN_RE = re.compile(r"^\s*(?:'s)?\s*(?:,?\s*and|&|/|和|与)\s*$", re.IGNORECASE)
_WHOLE_RE = re.compile(
    r"\b(?:vs\.?|versus|compared?|comparison|more|less|fewer|bigger|larger|smaller|than|between|combined|together|"
    r"jointly|both|joint|co-?licens\w*|with each other|each other|differ\w*|gap|ratio|respectively|each|which|who|"
    r"whose|most|least|top|summ?(?:ed)?|add(?:ed)? up|totall?(?:ed)? up|in total|altogether|all told|one figure)\b|分别|更|比|谁|哪|相比|对比|合计|一共|总共|共计|两家",
    re.IGNORECASE,
)

# the two names are left out together ("excluding Merck and Pfizer"): one exclusion of both, not a figure of each
_LEFT_OUT_RE = re.compile(
    r"\b(?:excluding|without|except(?:\s+for)?|minus|leaving\s+out)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def router_index(spans: Spans | None) -> tuple[Any, list[set[str]]] | None:
    """The entity index and each deal's parties of the router whose ``company_spans`` is ``spans``, if it is one."""
    router = getattr(spans, "__self__", None)
    entities, parties = getattr(router, "entities", None), getattr(router, "deal_parties", None)
    return None if entities is None or parties is None else (entities, parties)


def each_company(part: str, spans: Spans | None) -> list[str]:
    """``part`` asked once for each of two same-side companies it names side by side; else ``[part]``."""
    index = router_index(spans)
    if index is None or _WHOLE_RE.search(part):
        return [part]
    entities, parties = index
    mentions = entities.find_companies(part).mentions
    if len(mentions) != 2 or not _JOIN_RE.match(part[mentions[0].end : mentions[1].start]):
        return [part]
    first, second = mentions
    if _LEFT_OUT_RE.search(
        part[: first.start]
    ):  # "median upfront 2025 excluding Merck and Pfizer": one set without both
        return [f"{part[: first.end]} and excluding {part[second.start :]}"]
    if first.name == second.name or entities.role(first.name) != entities.role(second.name):
        return [part]
    if any({first.name, second.name} <= deal for deal in parties):
        return [part]  # a deal has both: "what did Kelun and Harbour get from Windward?" is that deal
    head, tail = part[: first.start], part[second.end :]
    return [f"{head}{part[first.start : first.end]}{tail}", f"{head}{part[second.start : second.end]}{tail}"]


# the two pairs compared or added ("vs", "bigger than", "combined"): one question, the router's
_PAIRS_SET_AGAINST_RE = re.compile(
    r"\b(?:vs\.?|versus|compar\w*|more|less|bigger|larger|smaller|than|combined|together|gap|differ\w*|ratio)\b",
    re.IGNORECASE,
)
_PAIR_SIGN_RE = re.compile(r"^\s*(?:-|–|—|/|\s+x\s+|\s+to\s+)\s*$", re.IGNORECASE)
_PAIRS_JOIN_RE = re.compile(r"^\s*(?:deals?\s+)?(?:,?\s*and|&|,|vs\.?|versus)\s+(?:the\s+)?$", re.IGNORECASE)
_PLURAL_DEALS_RE = re.compile(r"\b(deal|agreement|transaction|pact)s\b", re.IGNORECASE)


def each_pair(part: str, spans: Spans | None) -> list[str]:
    """``part`` asked once for each of two company pairs it names side by side ("A-B and C-D"); else ``[part]``."""
    entities = getattr(getattr(spans, "__self__", None), "entities", None)
    if entities is None or _PAIRS_SET_AGAINST_RE.search(part):
        return [part]
    mentions = entities.find_companies(part).mentions
    if len(mentions) != 4:
        return [part]
    a, b, c, d = mentions
    joins = (part[a.end : b.start], part[b.end : c.start], part[c.end : d.start])
    if not (_PAIR_SIGN_RE.match(joins[0]) and _PAIRS_JOIN_RE.match(joins[1]) and _PAIR_SIGN_RE.match(joins[2])):
        return [part]
    head, tail = part[: a.start], _PLURAL_DEALS_RE.sub(r"\1", part[d.end :])
    return [f"{head}{part[a.start : b.end]}{tail}", f"{head}{part[c.start : d.end]}{tail}"]
