"""Figures from extracted rows nobody has reviewed yet say so, in the answer and in the figures table.

The tools treat an unreviewed row like any other (it counts in sums, rankings and
comparisons) and this marks every result that uses one: each figure computed from it gets
the note in its label, and the result gets a line naming the rows, cited to their articles.
"""

from __future__ import annotations

import re

from assistant.tools.dealbook import DealBook, names
from assistant.tools.schema import ResultLine, ToolResult

UNREVIEWED = "from an automatically extracted, unreviewed row"
_DEALS_RE = re.compile(r"deals\[([^\]]*)\]")


def _deal_ids(expression: str) -> list[str]:
    return [deal_id.strip() for group in _DEALS_RE.findall(expression) for deal_id in group.split(",")]


def mark_unreviewed(book: DealBook, result: ToolResult) -> ToolResult:
    """``result`` with each figure that uses an unreviewed row labelled, and a line naming those rows."""
    unreviewed = book.tables.unreviewed()
    if not unreviewed:
        return result
    used: dict[str, None] = {}
    for figure in result.figures:
        ids = [deal_id for deal_id in _deal_ids(figure.expression) if deal_id in unreviewed]
        if not ids:
            continue
        used.update(dict.fromkeys(ids))
        if len(_deal_ids(figure.expression)) == 1:
            figure.label += f" ({UNREVIEWED})"
        else:
            rows = "row" if len(ids) == 1 else "rows"
            figure.label += f" (includes {len(ids)} {rows} automatically extracted and unreviewed: {', '.join(ids)})"
    if not used and result.lines:
        # A listing without figures (find_deals) still names its unreviewed rows.
        used = dict.fromkeys(
            deal_id
            for deal_id in result.deal_ids
            if deal_id in unreviewed and _in_text(result, unreviewed[deal_id].licensors)
        )
    if not used:
        return result
    deals = [unreviewed[deal_id] for deal_id in used]
    if len(deals) == 1:
        text = f"Figures for {deals[0].label} come {UNREVIEWED}."
    else:
        text = f"Figures for {names(d.label for d in deals)} each come {UNREVIEWED}."
    result.lines.append(ResultLine(text=text, provenance=book.cite(deals)))
    return result


def _in_text(result: ToolResult, parties: list[str]) -> bool:
    text = " ".join(line.text for line in result.lines)
    return any(party in text for party in parties)
