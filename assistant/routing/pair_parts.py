"""A later part that names one side of the first part's pair: "Hansoh and GSK - how many deals between them,
and what did GSK pay upfront across them?".

Each part is planned on its own, with the earlier parts as history, and a part naming a company of its own
is asked of that company: the second part summed every GSK deal. When the first part names two companies,
a later part names only one of them and points back at the first part's deals ("across them", "over those
deals"), it is asked of the pair's deals, in total, as one question would be; one naming both again and
summing ("in all", "combined") is asked their total.

A first part about the pair's one deal ("和铂医药 AZ deal: upfront, and what stake did AZ take for how much?"; a pair
that signed one deal in the table, "kelun/crescent - upfront to kelun & what's kelun paying the other way")
keeps that deal for a later part naming only one side with no year or reach of its own: the stake is the
Harbour BioMed–AstraZeneca deal's, not a question about every AstraZeneca deal.
"""

from __future__ import annotations

import re

from assistant.routing.distribute import Spans

# Pointing back at the deals the first part counted, summed: "across them", "over those deals", "in all".
_BACK_TO_THE_DEALS_RE = re.compile(
    r"\s*,?\s*\b(?:(?:across|over|for|between|among|on)\s+(?:them|those|these|the\s+same)(?:\s+(?:deals|ones|two|three))?"
    r"|in\s+all|altogether|all\s+told|combined)\b",
    re.IGNORECASE,
)
# Only a pointer names the first part's deals; "in all", "combined" only sum ("what did Merck pay upfront in all in
# 2024?" after "what did Merck pay Hansoh" is Merck's year, not the pair's one deal)
_POINTER_RE = re.compile(r"\b(?:across|over|for|between|among|on)\s+(?:them|those|these|the\s+same)\b", re.IGNORECASE)
# ... unless the first part counted the pair's deals ("A and B: how many deals, and what did B pay in all?") and
# the later part names no year of its own
_COUNTED_RE = re.compile(r"\b(?:how many|number of|count)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# The first part names the pair's one deal: "X Y deal", "X-Y pact", "the X/Y agreement"
_ONE_DEAL_RE = re.compile(r"\b(?:deal|pact|agreement|licen[cs]e|tie-up|transaction)\b(?!s)", re.IGNORECASE)
# A reach of its own: "overall", "in total", "ever", "all its deals", "other", "since"
_OWN_REACH_RE = re.compile(
    r"\b(?:overall|in total|ever|all|every|other(?!\s+(?:way|direction|side)\b)|others|since|so far|to date|altogether|deals|compan(?:y|ies)|biotechs?)\b",
    re.IGNORECASE,
)


def pair_kept(parts: list[str], spans: Spans | None) -> list[str]:
    """``parts`` with a later part that names one side of the first part's pair asked of the pair's deals."""
    if spans is None or len(parts) < 2:
        return parts
    pair = _names(parts[0], spans)
    router = getattr(spans, "__self__", None)
    if len(pair) == 1 and hasattr(router, "route"):  # "kelun/crescent": a name in lower case the plan reads beside
        pair = list(dict.fromkeys([*pair, *router.route(parts[0]).companies]))  # type: ignore[union-attr]
    if len(pair) != 2:
        return parts
    # "how many deals did Pfizer and Takeda sign with Chinese biotechs": each one's deals with others, no pair
    counted = bool(_COUNTED_RE.search(parts[0])) and not re.search(r"\bwith\b", parts[0], re.IGNORECASE)
    # "kelun/crescent - upfront to kelun & what's kelun paying the other way": a pair that signed one deal names it
    one_deal = (bool(_ONE_DEAL_RE.search(parts[0])) or _signed_one(pair, spans)) and not counted
    return parts[:1] + [_of_the_pair(part, pair, spans, counted, one_deal) for part in parts[1:]]


def _of_the_pair(part: str, pair: list[str], spans: Spans, counted: bool, one_deal: bool) -> str:
    named = {name.casefold() for name in _names(part, spans)}
    if not named or not named <= {name.casefold() for name in pair}:
        return part
    if len(named) == 1 and one_deal and not (_YEAR_RE.search(part) or _OWN_REACH_RE.search(part)):
        return f"{part.rstrip(' ?？.')} in the {pair[0]} {pair[1]} deal"
    back = _BACK_TO_THE_DEALS_RE.search(part)
    summed_of_count = counted and not _YEAR_RE.search(part)
    if back is None or (len(named) == 1 and not _POINTER_RE.search(part) and not summed_of_count):
        return part  # "..., and what did Merck pay upfront in 2024?": Merck's own question
    rest = (part[: back.start()] + part[back.end() :]).rstrip(" ?？.")
    if len(named) == 2:
        return f"{rest} in total"  # both named again: the pointer only asks for the sum
    return f"{rest} in total across the deals between {pair[0]} and {pair[1]}"


def _names(text: str, spans: Spans) -> list[str]:
    """The different company names in ``text``, in order: canonical ("AZ" and "astrazeneca" are one) when
    ``spans`` is the router's ``company_spans``, else as written."""
    finder = getattr(getattr(spans, "__self__", None), "entities", None)
    if finder is not None:
        return list(dict.fromkeys(mention.name for mention in finder.find_companies(text).mentions))
    return list(dict.fromkeys(text[start:end] for start, end in spans(text)))


def _signed_one(pair: list[str], spans: Spans) -> bool:
    """Whether the two companies signed one deal in the table (``spans`` being the router's ``company_spans``)."""
    deals = getattr(getattr(getattr(spans, "__self__", None), "coverage", None), "deals", None) or []
    return sum(1 for deal in deals if set(pair) <= {*deal.licensors, *deal.licensees}) == 1
