"""A list asked, then a part that only says what its rows should show or which rows it holds.

- "Since 2024, which Chinese companies have licensed assets to Merck, and what were the assets?": the
  list's rows name each deal's asset, so the second part is the same list, not a question for the articles.
- "Which deals has Harbour BioMed done as licensor? include co-licensed ones", "Every GSK deal? the
  2023 ones too": a part that only widens the list is part of the one question.
- "which buyers did more than one china deal since 2024? list w counts": a part that only asks the list
  to be shown (with its counts) is the same list.
- "any deals where the buyer also took an equity stake? list them", "罗氏 licensed which Chinese assets? all
  deals pls", "恒瑞医药 - who have they out-licensed to? list the deals", "… show me the list": a closing part
  that only asks for the deals listed makes the first part a list, whatever its own wording (split, "list
  them" had listed every deal in the table and the first part had gone to a tracker total or the articles).
- "Which agreements include a disclosed equity investment, and in what amounts?", "..., and how much was
  each?": the rows listed show each one's figure.

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
    r"(?:deals|transactions|agreements|compan(?:y|ies)|licensors|licensees|partners|biotechs|drugmakers|buyers|pharmas)\b|"
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


# "list w counts", "name them with their counts", "show them": the list asked again, shown with its counts
LIST_SHAPE_RE = re.compile(
    r"^\W*(?:(?:pls|please|and)\s+)?(?:list|name|show|give)(?:\s+(?:them|those|all|it|me))?"
    r"(?:\s+(?:w/?|with)\s+(?:the\s+|their\s+)?(?:counts?|numbers?|deal counts?|tallies|names?))?\W*(?:pls|please)?\W*$",
    _I,
)


# "and in what amounts?", "and how much was each?", "for how much?": each listed row's figure, which its row shows
# ("Which agreements include a disclosed equity investment, and in what amounts?" had listed every deal as a
# second question)
AMOUNT_EACH_RE = re.compile(
    r"^\W*(?:and\s+)?(?:(?:in|for|of|at)\s+what\s+(?:amounts?|sums?|sizes?|values?|figures?)|for how much|"
    r"(?:how much|how big|what size)(?:\s+(?:was|were|is|are|did))?(?:\s+(?:each|it|they|those|these|that))?"
    r"(?:\s+(?:one|of them|deal|get|come to))?)(?:\s+(?:each|apiece|respectively))?\W*$",
    _I,
)


# "list them", "list the deals", "show me the list", "all deals pls", "table them", "show them all": only a list asked
LIST_TAIL_RE = re.compile(
    r"^\W*(?:(?:pls|please|and|so|now)\s+)?(?:(?:can|could) you\s+)?"
    r"(?:(?:list|name|show|give|table|enumerate)(?:\s+(?:me|us))?(?:\s+(?:them|those|these|it|all|the list|"
    r"the deals|the transactions|each one|each|every one)){0,2}|(?:all|every)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:deals?|ones|of them|transactions))(?:\s+(?:pls|please|too|as well|all))?\W*$",
    _I,
)
# the first part is about deals: "any deals where …", "who have they out-licensed to", "licensed which assets"
_ABOUT_DEALS_RE = re.compile(r"\b(?:deals?|transactions?|agreements?|(?:out-?|in-?)?licen[cs]\w*|assets?)\b", _I)


def list_kept(parts: list[str], question: str) -> list[str]:
    """``[question]`` when the first part asks for a list and every later part only shapes its rows."""
    if len(parts) >= 2 and _ABOUT_DEALS_RE.search(parts[0]) and all(LIST_TAIL_RE.match(p) for p in parts[1:]):
        # "any deals where the buyer took equity? list them": one list; the tail in lower case, as
        # "Name them." would read as a company's name
        return [" ".join([parts[0].rstrip("?？. ") + "?", *(part.lower() for part in parts[1:])])]
    if len(parts) < 2 or not LIST_ASK_RE.search(parts[0]):
        return parts
    shaping = (ROW_FIELD_ASK_RE, WIDENING_RE, LIST_SHAPE_RE, AMOUNT_EACH_RE)
    if all(any(pattern.match(part) for pattern in shaping) for part in parts[1:]):
        return [question.strip()]
    return parts
