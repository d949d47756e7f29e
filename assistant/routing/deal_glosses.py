"""A company's deals glossed in brackets: "Madrigal has done two China deals now I think? (CSPC's oral GLP-1 and
then the Ribo siRNA package.) What's the combined headline value across both?" (outsider85, a BD head).

A bracket that names, by their partners, the deals of a company named outside it only says which deals the
speaker has in mind; its drug words ("oral GLP-1", "siRNA package") read as filters would narrow the sum to
nothing, and its companies would become licensors of the sum. The bracket is dropped when its companies are
exactly the partners the table holds for one company named outside it, so leaving it out changes no set of
deals. Kept: a bracket of names only ("(systimmune + harbour)", read as the deals asked by the scene's own reading), a
bracket naming only some of the partners ("Merck's upfronts (just the Hengrui one)" is a
filter), a partner the company never dealt with (a premise to correct), an amount or a year, a bracket
naming no company, and one whose companies the question names again ("(CSPC and Ribo) — how much larger is the
Ribo one": the sides of a comparison).
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.table_asks import without_names

_BRACKET_RE = re.compile(r"\s*\(([^()]{3,200})\)")
_JOINERS = frozenset(
    ["and", "then", "the", "s", "one", "ones", "deal", "deals", "i", "think", "believe", "both", "plus"]
)
_NARROWING_RE = re.compile(r"\b(?:just|only|exclud\w*|except|not|without|ex|other than)\b", re.IGNORECASE)


def _partners(company: str, entities: EntityIndex) -> set[str]:
    return {name for parties in entities.deal_parties.values() if company in parties for name in parties} - {company}


def without_deal_gloss(question: str, entities: EntityIndex) -> str:
    """``question`` with each bracket that names all of one outside company's partners, and nothing else, dropped."""
    for match in reversed(list(_BRACKET_RE.finditer(question))):
        inside = match.group(1)
        if re.search(r"\$|\d{3,}|\bbillion|\bmillion", inside, re.IGNORECASE) or _NARROWING_RE.search(inside):
            continue
        found = entities.find_companies(inside).mentions
        named = {m.name for m in found}
        words = re.findall(r"[a-z][a-z0-9-]*", without_names(inside, [(m.start, m.end) for m in found]).lower())
        if not set(words) - _JOINERS:
            continue  # "(systimmune + harbour)": names only, which the scene's reading keeps as the deals asked
        outside = question[: match.start()] + " " + question[match.end() :]
        around = {m.name for m in entities.find_companies(outside).mentions}
        if named & around:
            continue  # "Madrigal's two deals (CSPC and Ribo): how much larger is the Ribo one": the sides named
        if named and any(_partners(company, entities) == named for company in around):
            question = question[: match.start()] + question[match.end() :]
    return question
