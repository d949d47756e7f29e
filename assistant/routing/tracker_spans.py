"""A tracker's figure for a two-year span, and its change against another period: "China's share of global
out-licensing value in Q1 2025 vs 2023-24", "by how many percentage points did the share rise from 2023–2024 to
Q1 2025?", "and what share did the same tracker give for 2023–2024?".

The period reader takes "2023-24" as 2023 (and "2023–2024" as two years), so a tracker's figure reported for the
span (``2023-01/2024-12``) was never found and the answer refused. A span said with a dash or slash, its second
year the next one, is read as that one period. With another period asked against it and a word of change
("vs", "rise", "exceed", "percentage points"), the two are one ``difference`` (the tool says a gap between two
percentages in points); else the span's figure alone.

Not taken: "2023 and 2024" (two years, each asked), "2023-2025" (a wider span no tracker reports), a deal call, a
change the first reading already took between the span's two years, a figure other than a share (only shares are
reported over a two-year span: "PharmCube's 2024-25 total" keeps its two years).
"""

from __future__ import annotations

import re

from assistant.routing.periods import find_periods
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# "2023-24", "2023–2024", "2023/24", "FY2023-24": a first year, a dash or slash, the next year in two or four digits
_SPAN_RE = re.compile(r"(?<![\w-])((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)(?![\w-])")
# a change between the span and another period: "vs", "rise", "exceed", "from ... to", "percentage points", "shift"
_CHANGE_RE = re.compile(
    r"\b(?:vs\.?|versus|compared|against|rise|rose|risen|grow|grew|exceed\w*|jump\w*|climb\w*|fell|fall|drop\w*|"
    r"shift\w*|change\w*|points?|pp|difference|gap|higher|lower|up|down)\b",
    _I,
)


def _span(question: str) -> tuple[str, str] | None:
    """The two-year span said ("2023", "2024"), or None."""
    match = _SPAN_RE.search(question)
    if not match:
        return None
    first, second = match.group(1), match.group(2)
    second = second if len(second) == 4 else first[:2] + second
    return (first, second) if int(second) == int(first) + 1 else None


def span_read(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """Market calls of a question naming a two-year span, as the span's figure, or its change against the other
    period asked; else ``calls``."""
    span = _span(question)
    if not span or not calls or any(call.tool != "market_stat" for call in calls):
        return calls
    args = calls[0].args
    # a change already read ("PharmCube 2024-25 growth": from 2024 to 2025) stays; only shares are reported for
    # a two-year span, so a total or a count over "2024-25" keeps its two years
    if any(call.args.get("derive") or "share" not in str(call.args.get("metric", "")) for call in calls):
        return calls
    if args.get("compare_reporter") or args.get("subject"):
        return calls
    whole = f"{span[0]}-01/{span[1]}-12"
    said = _SPAN_RE.sub(" ", question, count=1)  # the question without its span: the other period asked, if any
    # no relative period ("last year") is read here: the latest year said stands in for the corpus end
    latest = max(re.findall(r"(?:19|20)\d\d", question))
    others = [period.market_period for period in find_periods(said, f"{latest}-12")]
    base = {key: value for key, value in args.items() if key not in ("period", "compare_period", "derive")}
    if len(set(others)) == 1 and _CHANGE_RE.search(said):
        change = {**base, "period": others[0], "compare_period": whole, "derive": "difference"}
        return [ToolCall(tool="market_stat", args=change)]
    if others:
        return calls
    return [ToolCall(tool="market_stat", args={**base, "period": whole})]
