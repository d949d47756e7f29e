"""A list asked, then a part that only says what its rows should show or which rows it holds.

- "Since 2024, which Chinese companies have licensed assets to Merck, and what were the assets?": the
  list's rows name each deal's asset, so the second part is the same list, not a question for the articles.
- "Which deals has Harbour BioMed done as licensor? include co-licensed ones", "Every GSK deal? the
  2023 ones too": a part that only widens the list is part of the one question.

The question is then asked whole (``decompose.split_parts`` keeps it as one part). Examples are the
tests in ``tests/test_lists11.py``.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The first part asks for deals or companies listed: "which deals", "which Chinese companies have
# licensed", "every GSK deal", "list ...", "all the Roche deals".
LIST_ASK_RE = re.compile(
    r"^\W*(?:(?:so|and|ok|okay)\W+)?(?:(?:can|could|would) you\s+)?(?:list|name|show|enumerate|give me)\b|"
    r"\b(?:which|what)\s+(?:(?:other|chinese|china|[\w-]+)\s+){0,2}?"
    r"(?:deals|transactions|agreements|compan(?:y|ies)|licensors|licensees|partners|biotechs|drugmakers|buyers)\b|"
    r"\b(?:every|all(?:\s+(?:of\s+)?(?:the|its|their))?)\s+(?:[\w&.-]+\s+){0,3}?(?:deals?|transactions?|agreements?)\b",
    _I,
)
# a field every listed row shows: parties, asset, date, area, modality, upfront, total
_ROW_FIELD = (
    r"(?:assets?|drugs?|molecules?|candidates?|programs?|programmes?|targets?|partners?|licensees?|licensors?|"
    r"buyers?|counterpart(?:y|ies)|dates?|modalit(?:y|ies)|(?:therapeutic\s+)?areas?|up-?fronts?|totals?|"
    r"(?:total|headline|deal)\s+values?)"
)
ROW_FIELD_ASK_RE = re.compile(
    rf"^\W*(?:and\s+)?(?:what|which)\s+(?:(?:were|was|are|is)\s+)?(?:the\s+|their\s+|its\s+|each\s+)?{_ROW_FIELD}"
    r"(?:\s+(?:involved|in each|for each|licensed|concerned|were they|was it))?\W*$",
    _I,
)
# "include co-licensed ones", "including the 2023 ones", "older ones too", "the 2023 ones as well"
WIDENING_RE = re.compile(
    r"^\W*(?:(?:pls|please|and)\s+)?(?:(?:incl(?:ude|uding)?|plus|also|with)\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?ones?(?:\s+(?:too|as well|also|included))?\W*(?:pls|please)?\W*$",
    _I,
)


def list_kept(parts: list[str], question: str) -> list[str]:
    """``[question]`` when the first part asks for a list and every later part only shapes its rows."""
    if len(parts) < 2 or not LIST_ASK_RE.search(parts[0]):
        return parts
    if all(ROW_FIELD_ASK_RE.match(part) or WIDENING_RE.match(part) for part in parts[1:]):
        return [question.strip()]
    return parts
