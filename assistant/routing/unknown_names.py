"""Company names the plan read as nothing: "J&J's china licensing deals - UF?", "amgen's deals in 2025 -
total upfront?".

The entity index takes a capitalised word it cannot match for a company the table does not know;
"J&J" (three one-letter tokens) and a lower-case "amgen's" pass it by, and the question was answered
with a sum over every deal, a different question. Two shapes name a company whatever the case: a
word the coverage check left over, in the possessive ("amgen's", "gilead's"), and capitals joined
by an ampersand ("J&J", "P&G") other than the business abbreviations ("M&A", "R&D"). A third: a word the
coverage check left over as the one who pays or licenses ("how much did amgen pay upfront for its chinese
GLP-1 licence?", "what upfront did vertex hand over", "milestones biogen agreed to"): the subject of a dealing
verb, right after its auxiliary or right before the verb in the past tense.
"""

from __future__ import annotations

import re

# Capitals joined by "&" that name no company: mergers, research, accounts, questions, an index.
_ABBREVIATIONS = frozenset({"M&A", "R&D", "P&L", "Q&A", "S&P", "B&B", "D&A", "G&A", "SG&A", "A&R", "T&C", "T&CS"})
_AMPERSAND_RE = re.compile(r"(?<![\w&])([A-Z]{1,4}&[A-Z]{1,4})(?![\w&])")
_POSSESSIVE_RE = re.compile(r"\b([A-Za-z]{3,})['’]s\b")
_DEALING = r"(?:pay|paid|hand(?:ed)?|spen[dt]|licen[cs]ed?|in-?licen[cs]ed?|buy|bought|sign(?:ed)?|agree[d]?|commit(?:ted)?|offer(?:ed)?)"
_SUBJECT_RE = re.compile(
    rf"\b(?:did|does|do|has|have|had|will|would)\s+([A-Za-z][\w-]{{2,}})\s+{_DEALING}\b|"
    r"\b([A-Za-z][\w-]{2,})\s+(?:paid|handed|spent|licen[cs]ed|in-?licen[cs]ed|bought|signed|agreed|committed|offered)\b",
    re.IGNORECASE,
)
# Possessives of words that are no company, if the coverage check did not know them already, and
# the indefinite subjects of a payment ("simcere/abbvie - anything paid since signing?")
_COMMON_TEXT = """
industry sector market markets world country nation region field space everyone anyone people investor
investors analyst analysts agency government regulator state week month day quarter decade
anything something nothing everything money cash amount more much
"""
_COMMON = frozenset(_COMMON_TEXT.split())


def unknown_names(question: str, leftovers: list[str]) -> list[str]:
    """The company-shaped words of ``question`` that no reading accounts for, in order."""
    left = {word.lower() for phrase in leftovers for word in phrase.split()}
    found = [m.group(1) for m in _AMPERSAND_RE.finditer(question) if m.group(1).upper() not in _ABBREVIATIONS]
    found += [m.group(1) for m in _POSSESSIVE_RE.finditer(question) if m.group(1).lower() in left - _COMMON]
    subjects = [m.group(1) or m.group(2) for m in _SUBJECT_RE.finditer(question)]
    found += [word for word in subjects if word.lower() in left - _COMMON]
    return list(dict.fromkeys(found))
