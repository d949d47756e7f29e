"""A kind of deal glossed in brackets: "what metabolic disease (obesity/diabetes type) deals happened in 2025?".

A bracket right after a therapeutic area or modality word that only says that same kind again, in other
words ("obesity/diabetes type" of "metabolic", "autoimmune" of "immunology", "ADC-type" of "antibody-drug
conjugate"), adds no filter; left in, it splits "what metabolic ... deals" and the listing is not read (the
question went to the articles). Such a bracket is blanked (same length, so later spans still point into
the question). The kinds are the table's own labels (``AREAS``, ``MODALITIES``). Not blanked: a bracket
naming another kind ("oncology (and immunology) deals"), an amount, a year or a company ("(ex-China)" too
when it names no kind and says no "type"/"kind"/"e.g.").
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.wording import AREAS, MODALITIES

_KINDS = [*AREAS, *MODALITIES]
_BRACKET_RE = re.compile(r"\(([^()]{1,60})\)")
_GLOSS_WORD_RE = re.compile(r"\b(?:type|types|kind|kinds|sort|like|e\.g\.?|i\.e\.?|eg|ie|such as)\b", re.IGNORECASE)
_MAX_WORDS = 6


def _kinds(text: str) -> set[str]:
    return {name for name, pattern in _KINDS if pattern.search(text)}


def without_kind_gloss(question: str, entities: EntityIndex) -> str:
    """``question`` with each bracket that only glosses the kind said right before it blanked."""
    for match in reversed(list(_BRACKET_RE.finditer(question))):
        inside = match.group(1)
        before = _kinds(" ".join(question[: match.start()].split()[-3:]))
        if not before or re.search(r"\d|\$", inside) or len(inside.split()) > _MAX_WORDS:
            continue
        if re.search(r"\b(?:exclud\w*|except|not|non|other than|without|ex|plain|pure|conventional)\b", inside, re.I):
            continue  # "immunology (excluding autoimmune) deals", "ADC deals (plain ADCs)": a bound, not a gloss
        if entities.find_companies(inside).mentions:
            continue
        said = _kinds(inside)
        if (said and said <= before) or (not said and _GLOSS_WORD_RE.search(inside)):
            question = question[: match.start()] + " " * len(match.group()) + question[match.end() :]
    return question
