"""The main table asked by name: "in the core table", "main table only", "(table, main only)".

deals.csv holds the 2024-2026 deals (scope ``main``) and, as context, earlier ones a few articles recall
(``context``); a question with no period counts both. outsider102 asked "which multinational shows up most often as
licensee in the core table?" and got Merck's six deals, two of them 2022 context rows, where the main table gives
AstraZeneca's five. A question naming the main (core, primary) table, or the main rows only, keeps each deal filter
of its plan to the ``main`` scope; "the main deals of 2025" (the biggest ones) is no such name.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

MAIN_TABLE_RE = re.compile(
    r"\b(?:core|main|primary)[\s-]+(?:deal\s+)?(?:table|data\s*set|rows)\b|\bmain[\s,-]+(?:scope\s+|rows\s+)?only\b"
    r"|\b(?:excluding|without|ex|no)[\s-]+(?:the\s+)?(?:pre-2024\s+)?context(?:\s+(?:deals|rows))?\b"
    # a quant's screen (outsider130): "median headline of oncology deals, main scope", "main deals with milestones
    # >= $5bn", "top 3 (main)"; "the main deals of 2025" (the biggest) and "their main deal" stay no name of the table.
    # It keeps the rows; it does not make a question ours rather than a tracker's (read so, three blind answers went
    # wrong: measured by toggling, not read)
    r"|(?<!\bthe\s)\bmain[\s-]+(?:scope|deals|rows)\b(?!\s+of\b)|\(main(?:\s+(?:scope|only|rows|deals))?\)",
    re.IGNORECASE,
)
_FILTER_KEYS = ("filter", "left", "right")


def main_only(calls: list[ToolCall], question: str, before: str = "") -> list[ToolCall]:
    """``calls`` with every deal filter kept to the main table's rows when ``question``, or the part before it
    (``before``: "…in the core table? Count of deals, please."), names that table."""
    if not MAIN_TABLE_RE.search(question) and not MAIN_TABLE_RE.search(before):
        return calls
    out = []
    for call in calls:
        args = dict(call.args)
        for key in _FILTER_KEYS:
            deal_filter = args.get(key)
            if isinstance(deal_filter, dict) and not deal_filter.get("deal_ids"):
                args[key] = {**deal_filter, "scopes": ["main"]}
        out.append(ToolCall(tool=call.tool, args=args))
    return out


# "main scope only" said alone after a list or a sum (outsider130): the turn before again, on the main rows
_MAIN_ONLY_ALONE_RE = re.compile(
    r"^\W*(?:and\s+|ok\s+|now\s+)?(?:the\s+)?main\s+(?:scope|deals|rows|table)\s+only\W*$", re.I
)


def main_only_again(question: str, earlier: tuple[str, ...]) -> str:
    """A bare "main scope only" after an earlier turn, asked as "and for the main scope only?" (read with the turn
    before, as any elliptical follow-up); else ``question``."""
    return "and for the main scope only?" if earlier and _MAIN_ONLY_ALONE_RE.match(question) else question
