"""The top deals' share of a total: "top 3 2025 deals = what % of 2025 total value (ur table)?", "what
percent of 2024's total value came from the top deal?".

Two readings lose this question: a share of our rows by modality or area (no modality is named),
and the articles (a tracker's "top ten licensors took 60%"). It ranks the deals, as "the three
largest 2025 deals" does, and adds their sum as a share of every matching deal's
(``RankArgs.share_of_total``). Companies ranked ("the top 3 licensors' share") are a tracker's
figure or a ranking of companies, not this.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.wording import NUMBER_WORDS
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_N = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_N_RE = re.compile(r"(?<![\w$.,])" + _N + r"\b", re.IGNORECASE)
# "top 3 deals", "the three largest deals", "5 biggest transactions", "largest three deals"
_TOP_DEALS = (
    rf"(?:\btop[\s-]+{_N}|\b{_N}\s+(?:largest|biggest|richest|highest)|\b(?:largest|biggest|richest)\s+{_N})"
    r"(?:\s+[\w$'-]+){0,3}?\s+(?:deals?|transactions?|agreements?|licen[cs]es?|up[\s-]?fronts?|cheques?|checks?)\b"
)
# "the top deal", "the single largest deal": one deal, the top 1
_TOP_ONE = r"\bthe\s+(?:single\s+)?(?:top|largest|biggest|richest)\s+(?:single\s+)?(?:deal|transaction|agreement|licen[cs]e)\b(?!s)"
_TOP = rf"(?:{_TOP_DEALS}|{_TOP_ONE})"
# "... share", "what %", "percent of", "what slice", "account for", "how concentrated", "how much of"
_SHARE = (
    r"\b(?:share|proportion|percent(?:age)?|fraction|slice|portion|chunk|account(?:ed|s)?\s+for|concentrat\w*|"
    r"how\s+much\s+of)\b|%"
)
TOP_SHARE_RE = re.compile(rf"{_TOP}[^?]{{0,90}}(?:{_SHARE})|(?:{_SHARE})[^?]{{0,90}}{_TOP}", _I)


# the top deals said right after "comes from", "contributed by": "came from the top five deals", not "of the top 5
# deals' value came from upfronts" (a part of the top deals)
_TOP_SAID = rf"(?:top\b|(?:single\s+)?(?:largest|biggest|richest)\b|{_N}\s+(?:largest|biggest|richest)\b)"
# the top deals take a part of a whole: "did the top 3 take", "as a % of all", "of 2025's total", "of the combined
# value of your 2025 deals comes from the three largest"; without
# one, "what share of the top 5 deals were ADCs" asks a part of the top deals, which this is not
_OF_A_WHOLE_RE = re.compile(
    r"\b(?:take|took|taken|takes|account(?:ed|s)?\s+for|captur\w*|represent\w*|make\s+up|made\s+up|comprise\w*|"
    r"grab\w*|claim\w*|hold|held|eat|ate|absorb\w*)\b|\bas\s+an?\s+(?:%|percent\w*|share|proportion|fraction)\s+of\b|"
    r"\bof\s+(?:the\s+|your\s+|our\s+|ur\s+)?(?:year'?s?|(?:19|20)\d{2}'?s?|all|the\s+total|total|every|combined|"
    r"aggregate|overall)\b|\bconcentrat\w*|"
    rf"\b(?:(?:comes?|came|coming)\s+from|contribut\w*(?:\s+by)?|driven\s+by|(?:went|go|goes|going|flowed)\s+to)\s+"
    rf"(?:the\s+|just\s+|only\s+)*{_TOP_SAID}",
    _I,
)


# "what did the top 5 deals of 2025 add up to?", "combined value of the three largest deals": their sum, which the
# share line states ("together the 5 deals above come to ...")
_SUMMED_RE = re.compile(
    rf"{_TOP}[^?]{{0,60}}\b(?:add(?:ed)?\s+up|sum(?:med)?|combined|together|in total|altogether|collectively)\b|"
    rf"\b(?:sum|total|combined (?:value|total)|aggregate)\s+of\s+(?:the\s+)?{_TOP}",
    _I,
)


def asks_top_share(question: str) -> int | None:
    """How many top deals the question asks the share of, or None."""
    match = TOP_SHARE_RE.search(question)
    if match is None or not _OF_A_WHOLE_RE.search(question):
        return None
    said = _N_RE.search(re.sub(_SHARE, " ", match.group(), flags=_I))
    if said is None:
        return 1 if re.search(_TOP_ONE, match.group(), _I) else None
    return int(said.group()) if said.group().isdigit() else NUMBER_WORDS[said.group().lower()]


def read_top_share(slots: Any, question: str) -> None:
    """Mark ``slots`` (``intents.Slots``) as a ranking of deals when the question asks the top deals' share."""
    n = asks_top_share(question)
    if n is None or slots.mentions or slots.reporter:
        return
    slots.op, slots.dimension, slots.n, slots.singular, slots.in_table = "rank", "deal", n, False, True


def with_share(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A ranking of deals asked for its share of the total says the share too."""
    if len(calls) != 1 or calls[0].tool != "rank" or calls[0].args.get("dimension", "deal") != "deal":
        return calls
    if asks_top_share(question) is None and not _SUMMED_RE.search(question):
        return calls
    return [ToolCall(tool="rank", args={**calls[0].args, "share_of_total": True})]
