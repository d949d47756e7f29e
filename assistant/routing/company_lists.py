"""A company's deals asked for by who took part, by "what are all of them" or by the status the table records.

- "恒瑞医药 2025 licensing deals: who were the buyers?", "Hansoh licensing deals since 2024: who were the
  licensees?": one company's deals, asked by their other side, are that company's deals listed (each row
  names its partner); it had gone to the articles, which quoted a tracker's total.
- "翰森制药 licensing deals — what are all of them, incl. the older GSK ones?", "Argo's out-licensing deals -
  what are all of them?": all of one company's deals, listed.
- "Roche licensed which Chinese assets?", "诺华 took which Chinese assets?": a buyer's assets from China are
  its deals, listed (``article_asks.DEALS_ASSETS_RE`` keeps them from being read as one deal's contents).
- "every deal AbbVie has signed - can you table licensor, asset and announcement date?": the columns a list
  shows (``our_rows`` no longer reads "announcement date" there as one deal's dates, for the article).
- "Which deals were structured as outright asset acquisitions rather than licences?", "which China deals were
  straight asset purchases": the deals whose territory column records "asset acquisition", listed (counted
  when asked how many); it had answered a tracker's figure. ``territory_read`` puts it on the call.
- "which transactions are recorded as closed already", "which agreements are recorded as terminated?",
  "what transactions does your table mark as closed": the status column, listed (the bare "closed" after
  "recorded as" had gone to the articles, which refused).

Two companies named ("who were Hengrui's partners on the Merck deal?") or a count or figure asked are left
as read. Examples are the tests in ``tests/test_lists12.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE

# "who were the buyers", "who are its licensees", "which were the partners"
_SIDE = r"(?:buyers?|licensees?|licensors?|partners?|counterpart(?:y|ies)|sellers?|acquirers?|pharmas?|biotechs?)"
WHO_TOOK_PART_RE = re.compile(rf"\b(?:who|which)\s+(?:were|was|are|is)\s+(?:the\s+|their\s+|its\s+)?{_SIDE}\b", _I)
# "what are all of them", "what were they all", "what are all the deals"
ALL_OF_THEM_RE = re.compile(
    r"\bwhat\s+(?:are|were)\s+(?:all\s+(?:of\s+)?(?:them|those|these|the\s+deals)|they\s+all|all\s+its\s+deals)\b", _I
)
# "Roche licensed which Chinese assets?", "Novartis took which assets from China"
TOOK_WHICH_RE = re.compile(
    r"\b(?:licensed|in-?licensed|took|bought|acquired|picked up)\s+(?:which|what)\s+(?:\w+\s+){0,2}?"
    r"(?:assets|drugs|molecules|programs|programmes|candidates)\b",
    _I,
)
# "licensing deals", "out-licensing deals", "deals": the company's deals are what is asked about
_DEALS_RE = re.compile(r"\b(?:deals|transactions|agreements)\b", _I)
# "incl. the older GSK ones", "including the 2023 ones": a widening, not a second company asked about
_INCLUDING_ONES_RE = re.compile(r"\bincl(?:\.|uding|ude)?\s+(?:the\s+)?(?:[\w&.-]+\s+){0,3}?ones\b", _I)
# "recorded as closed", "marked as terminated", "listed as closed", "your table marks as closed",
# "recorded as having actually closed", "marked as having been terminated"
STATUS_RECORDED_RE = re.compile(
    r"\b(?:recorded|marked|listed|flagged|logged|shown|noted|mark|marks|record|records)\s+(?:as\s+)?"
    r"(?:having\s+)?(?:actually\s+|already\s+)?(?:being\s+|been\s+)?(?:actually\s+|already\s+)?"
    r"(closed|terminated|completed|announced)\b",
    _I,
)


# "outright asset acquisitions", "an asset purchase", "bought the asset outright": deals.csv's territory
# column says "asset acquisition" of such a deal
ASSET_ACQUISITION_RE = re.compile(
    r"\basset[- ](?:acquisitions?|purchases?|buys?|sales?)\b|\b(?:bought|acquired|purchased)\s+(?:the\s+)?"
    r"(?:assets?|drugs?|molecules?|programs?)?\s*outright\b|\boutright\s+(?:acquisitions?|purchases?|buys?)\b",
    _I,
)
ASSET_ACQUISITION = "asset acquisition"  # the territory column's wording


def territory_read(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A deal-list or count call asked of asset acquisitions is narrowed to them."""
    if not ASSET_ACQUISITION_RE.search(question):
        return calls
    for call in calls:
        if call.tool in ("find_deals", "aggregate") and isinstance(call.args.get("filter"), dict):
            call.args["filter"]["territory"] = ASSET_ACQUISITION
    return calls


def asked_companies(slots: Any, text: str) -> set[str]:
    """The companies named, less those only named in an "incl. the older GSK ones" widening."""
    widening = [(m.start(), m.end()) for m in _INCLUDING_ONES_RE.finditer(text)]
    return {m.name for m in slots.mentions if not any(start <= m.start < end for start, end in widening)}


def read_company_lists(slots: Any, text: str) -> None:
    """Set ``slots.op`` to "find" (and the status) for the wordings above."""
    status = STATUS_RECORDED_RE.search(text)
    if status and slots.status is None and not slots.mentions:
        word = status.group(1).lower()
        slots.status, slots.in_table = "closed" if word == "completed" else word, True
        if slots.op is None and not slots.count:
            slots.op = "find"
    if ASSET_ACQUISITION_RE.search(text) and not (slots.metrics or slots.mentions):
        slots.in_table, slots.market_metric = True, None  # "which deals were outright asset acquisitions?"
        if slots.op is None and not slots.count:
            slots.op = "find"
    if slots.count or slots.op is not None or slots.metrics or slots.deal_content:
        return
    if len(asked_companies(slots, text)) != 1:
        return
    who = WHO_TOOK_PART_RE.search(text) and _DEALS_RE.search(text)
    if who or ALL_OF_THEM_RE.search(text) or TOOK_WHICH_RE.search(text):
        slots.op = "find"
