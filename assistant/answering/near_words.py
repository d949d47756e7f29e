"""Words the refusal checks in ``abstention`` took for unknown names, though they are not (outsider27).

- "How does HRS-1893 work, mechanistically?", "the downsides of the boom": an adverb or a compound
  of words the articles or the tokenizer know ("mechanistic" + "-ally", "down" + "sides") is English,
  not a company the corpus never mentions; one half may be three letters ("pit" + "falls", "hot" +
  "spots") when the other is four or more, no company name in ``companies.csv`` starts or ends with
  those three letters and neither half is a word of one: "medpace" or "biohaven" ("med", "bio" as in
  MediLink, BioNTech) and "sunpharma" or "rocheapp" stay names;
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
_SHORT_PART, _LONG_PART = 3, 4  # "pit|fall": a three-letter half beside one of four letters or more
NEAR_RATIO = 85


def name_parts(companies: EntityIndex) -> frozenset[str]:
    """Each word of a company's name or alias ("pharma", "roche"), and the three letters it starts or ends
    with ("med", "bio", "gen")."""
    words = [
        word
        for company in companies.companies.values()
        for alias in [company.name, *company.aliases]
        for word in re.findall(r"[a-z]{4,}", alias.lower())
    ]
    return frozenset(part for word in words for part in (word, word[:_SHORT_PART], word[-_SHORT_PART:]))


def english_form(
    word: str, known: Iterable[frozenset[str] | set[str]], name_parts: frozenset[str] | None = None
) -> bool:
    """``word`` is a suffixed form ("mechanistically") or a two-part compound ("downsides") of known words;
    with ``name_parts``, a half of three letters none of them is may stand beside a long one ("pitfalls")."""
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
    if name_parts is None or len(word) < _SHORT_PART + _LONG_PART:
        return False
    for head, tail in ((word[:_SHORT_PART], word[_SHORT_PART:]), (word[:-_SHORT_PART], word[-_SHORT_PART:])):
        if {head, tail, _SUFFIX_RE.sub("", tail)} & name_parts or not (
            has(head) and (has(tail) or has(_SUFFIX_RE.sub("", tail)))
        ):
            continue
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
