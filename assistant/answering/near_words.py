"""Words the refusal checks in ``abstention`` took for unknown names, though they are not (outsider27).

- "How does HRS-1893 work, mechanistically?", "the downsides of the boom": an adverb or a compound
  of words the articles or the tokenizer know ("mechanistic" + "-ally", "down" + "sides") is English,
  not a company the corpus never mentions;
- "Astellas' ADC from Evopiont": a misspelt name within a slip of exactly one company's name or alias
  (rapidfuzz ratio >= 85) is that company; near two companies, or near none, it stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from assistant.routing.entities import EntityIndex

_SUFFIX_RE = re.compile(r"(?:istically|ically|ally|ly|ness|es|s|ed|ing)$")
_PART = 4  # each half of a compound at least this long: "down|sides", never "bio|gen" or "sea|gen"
NEAR_RATIO = 85


def english_form(word: str, known: Iterable[frozenset[str] | set[str]]) -> bool:
    """``word`` is a suffixed form ("mechanistically") or a two-part compound ("downsides") of known words."""
    sets = list(known)

    def has(form: str) -> bool:
        return any(form in words for words in sets)

    stem = _SUFFIX_RE.sub("", word)
    if stem != word and len(stem) >= _PART and any(has(stem + end) for end in ("", "ic", "istic", "ism", "e", "al")):
        return True
    for cut in range(_PART, len(word) - _PART + 1):
        head, tail = word[:cut], word[cut:]
        if has(head) and len(tail) >= _PART and (has(tail) or has(_SUFFIX_RE.sub("", tail))):
            return True
    return False


def near_one_company(companies: EntityIndex, name: str) -> bool:
    """``name`` is within a slip of one company's name or alias, and of no other company's."""
    lowered = name.lower()
    near = {
        company.name
        for company in companies.companies.values()
        for alias in [company.name, *company.aliases]
        if len(alias) >= 5 and fuzz.ratio(lowered, alias.lower()) >= NEAR_RATIO
    }
    return len(near) == 1
