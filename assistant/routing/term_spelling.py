"""The question's own terms misspelt by one edit, spelt right before anything reads the question.

"innocare zenas roylaty rate" abstained (no royalty asked), "hengrui upfront haul 2025 vs 2024 - % chnage?" read
no change, "date curon merck deal annouced?" no announcement (outsider134, a reporter on deadline). A word of five
letters or more that is no English word (the embedding model's tokenizer vocabulary, ``lower_slips.english_words``)
and is one edit (a letter dropped, added or changed, or two neighbours swapped) from exactly one of the terms below
is that term; the first letter must match, and an edit at the last letter is an ending ("licences"), not a slip. Company and drug names are not terms, so a slipped name is left to
``lower_slips``; a word one edit from two terms is left as written. ``trade_shorthand.expand_shorthand`` calls
``spelt_terms``; the examples are in ``tests/test_outsider132_reads.py``.
"""

from __future__ import annotations

import re

from assistant.routing.lower_slips import english_words
from assistant.routing.superlative_spelling import one_edit

_TERMS_TEXT = """
    royalty royalties change growth announced announce average median terminated termination headline milestone
    milestones upfront upfronts licensed license licence licensor licensee licensors licensees licensing equity
    territory percent percentage compare combined closed status value total deals signed biobucks potential increase
    decrease number payment payments disclosed undisclosed transaction transactions agreement
"""
TERMS = frozenset(_TERMS_TEXT.split())
_WORD_RE = re.compile(r"(?<![\w-])([A-Za-z][a-z]{4,})(?![\w-])")


def spelt_terms(question: str) -> str:
    """``question`` with each term misspelt by one edit spelt right ("roylaty" -> "royalty")."""
    english = english_words()

    def spelt(match: re.Match[str]) -> str:
        word = match.group(1)
        lower = word.lower()
        if lower in TERMS or lower in english or not english:
            return word
        near = [term for term in TERMS if term[0] == lower[0] and one_edit(lower, term) and not _ending(lower, term)]
        if len(near) != 1:
            return word
        return near[0].capitalize() if word[0].isupper() else near[0]

    return _WORD_RE.sub(spelt, question)


def _ending(word: str, term: str) -> bool:
    """``word`` differs from ``term`` only at the last letter ("licences", "terminates"): an ending, not a slip."""
    return word[:-1] == term[:-1] or word[:-1] == term or term[:-1] == word
