"""How often, not how much: "the most frequent buyer", "who bought most often", "which licensor had the
fewest deals" rank companies by their number of deals.

Read word by word, "most frequent buyer" ranked buyers by money (no measure was named, so the default),
and "the fewest deals" was a list of deals or no table question at all. Both are rewritten in the
words the ranking rules read: "..., by number of deals" and "the most deals ..., bottom 1" (a bottom
ranking names every company tied at the lowest count in one line).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_COMPANIES_RE = re.compile(
    r"\b(?:who|whom|licensors?|licensees?|buyers?|sellers?|partners?|compan(?:y|ies)|pharmas?|biotechs?|"
    r"drugmakers?|acquirers?|dealmakers?|counterpart(?:y|ies)|firms?)\b",
    _I,
)
# a measure of money named: "the most frequent buyer by upfront" ranks money after all
_MONEY_RE = re.compile(
    r"\b(?:up[\s-]?fronts?|milestones?|values?|worth|paid|pays?|spent|spend|money|cash|dollars?|billion|million|"
    r"bio[\s-]?bucks|equity|headline|biggest|largest)\b|\$",
    _I,
)
# something other than companies ranked: "which year had the fewest deals", "which modality"
_OTHER_KIND_RE = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:years?|quarters?|months?|modalit(?:y|ies)|areas?|targets?|drugs?|assets?)\b|"
    r"\b(?:years?|quarters?|months?)\s+(?:with|had|saw)\b",
    _I,
)
# "which licensee frequently partners with ..." (no "most") ranks nothing: it is left to the other rules
_FREQUENT_RE = re.compile(
    r"\bmost (?:frequent|regular|active|prolific|often|frequently|regularly|times)\b|\bmost deals\b", _I
)
# "the greatest number of times / deals" is "the most times / deals": read word by word, "largest" is money and
# "number of" a tracker's deal count
_TIMES_RE = re.compile(
    r"\b(?:greatest|largest|highest|biggest)\s+number\s+of\s+(times|deals|transactions|agreements|licen[cs]es)\b", _I
)
_IN_HOW_MANY_RE = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:in\s+)?how many(?:\s+(?:of them|of those|deals|times|agreements))?\s*[?.!]*\s*$", _I
)
_COUNTED_RE = re.compile(r"\b(?:number of deals|deal count|how many|count)\b", _I)
_FEWEST_RE = re.compile(
    r"\b(?:the\s+)?(?:fewest|(?<!\bat\s)least(?:\s+number\s+of)?)\s+"  # "at least three deals" is a bound
    r"((?!(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)(?:[\w-]+\s+)?"
    r"(?:deals|transactions|agreements|partnerships))\b",
    _I,
)
# "bottom 3" already said; "and who came second?" asks a place of the ranking, left to ``runner_up``
_BOTTOM_RE = re.compile(r"\bbottom\s+\d+\b|\b(?:second|2nd|third|3rd|runner[\s-]?up|next)\b", _I)


def _asks_companies(question: str) -> bool:
    return bool(_COMPANIES_RE.search(question)) and not _OTHER_KIND_RE.search(question)


def counted(question: str) -> str:
    """A "most frequent" or "fewest deals" company question in the words of a ranking by number of deals; a
    "fewest deals" question about years, quarters, modalities or areas ("which year had the fewest deals") too."""
    kinds = not _asks_companies(question) and bool(_OTHER_KIND_RE.search(question))
    if not _asks_companies(question) and not kinds:
        return question
    question = _TIMES_RE.sub(lambda match: f"most {match.group(1)}", question)
    if _MONEY_RE.search(question):
        return question
    fewest = _FEWEST_RE.search(question)
    if kinds and not fewest:
        return question
    if fewest and not _BOTTOM_RE.search(question):
        head = question[: fewest.start()] + f"the most {fewest.group(1)}" + question[fewest.end() :]
        return head.rstrip(" ?.!") + ", bottom 1?"
    # "..., and in how many of them?": the leader's count asked with it, the ranking still by number of deals
    asked = _IN_HOW_MANY_RE.sub("", question) if _FREQUENT_RE.search(question) else question
    if _FREQUENT_RE.search(asked) and not _COUNTED_RE.search(asked) and "most deals" not in asked.lower():
        return asked.rstrip(" ?.!,") + ", by number of deals?"
    return question
