"""Two quoted figures of one period told apart: "why do I see 157 deals in one place and 186 in another for 2025?
which is right", "为啥有的报道说2025年是186笔、1377亿美元，有的说157笔、1357亿？哪个对".

The "why" sent both to the articles, which quoted the two series' paragraphs but never set them side by side: no
gap, and the Chinese one never gave the $137.7 billion. The quoted figures are tracker figures (market_stats.csv), so
the plan finds the rows that hold them: when they are one measure of one period in two series (PharmCube's mainland
and Greater China series, or two trackers), it asks both series side by side with their gap (``compare_reporter``),
which the tool says with each figure cited, its scope, and that they count different universes (neither is a
correction of the other). Money quoted is the total value (each series' total said with its own count); counts
alone are the deal counts.

* ``told_apart_read`` (a slot reader): the why of such a question no longer sends it to the articles alone.
* ``told_apart_joined`` (``decompose.split_parts``): "…for 2025? which is right" is one ask, not a second part
  the articles cannot answer.
* ``series_told_apart`` (``buckets.reshaped``): the rows behind the quoted figures, set side by side.

Not taken: a figure no row holds, figures of two periods or two measures, a company's figure, a question quoting one
figure ("where does the 186 come from": ``source_asks``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from assistant.corpus.tables import MarketStat
from assistant.money import find_money
from assistant.routing.figure_source import holds
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# two sources set against each other and which to believe asked: "which is right", "in one place ... in another",
# "有的说 … 有的说", "哪个对"
_WHICH_RIGHT_RE = re.compile(
    r"\bwhich(?:\s+one)?(?:'s|\s+is|\s+was)\s+(?:the\s+)?(?:right|correct|accurate|true)(?:\s+one)?\b|"
    r"\bwhich(?:\s+one)?\s+(?:should\s+I|to|do\s+I)\s+(?:use|trust|believe|quote)\b|"
    r"\bin one place\b.*\bin another\b|\bsome (?:say|reports?)\b.*\bothers?\b|有的.*有的|哪个对|哪个准|哪个是对|哪个正确|"
    # "…？哪个对" read in English: a bare "which" asked after the figures' question
    r"[?？]\s*which\s*[?？]?\s*$",
    _I | re.DOTALL,
)
_YEAR_RE = re.compile(r"(?<![\w.-])(?:19|20)\d\d(?![\w.-])")
# a count quoted: "157 deals", "186" beside it; never a year, a share or a money figure's digits
_NUMBER_RE = re.compile(r"(?<![\w.$,])(\d{2,4})(?![\w.%]|\s*(?:%|percent|bn|billion|million|m\b|亿|万))", _I)


def _money(text: str) -> list[Decimal]:
    return [mention.amount for mention in find_money(text) if mention.amount is not None]


def _counts(text: str) -> list[int]:
    spans = [(m.start, m.end) for m in find_money(text)]
    return [
        int(match.group(1))
        for match in _NUMBER_RE.finditer(text)
        if not _YEAR_RE.fullmatch(match.group(1)) and not any(s <= match.start() < e for s, e in spans)
    ]


def asks_which_right(text: str) -> bool:
    """Two figures quoted (counts or amounts) with which of them is right asked."""
    return bool(_WHICH_RIGHT_RE.search(text)) and (len(set(_counts(text))) >= 2 or len(set(_money(text))) >= 2)


def told_apart_read(slots: Any, text: str) -> None:
    """Such a question is the trackers' measure of that year, its why the tool's to answer (both series and their
    scopes), not the articles' alone nor a list of our rows."""
    if slots.companies or not asks_which_right(text) or len(set(_YEAR_RE.findall(text))) != 1:
        return
    # a tracker measure, read as the market's whatever else the words say ("deals" had listed our 2025 rows)
    slots.strong_text, slots.op = False, None
    slots.market_metric = "total_value" if len(set(_money(text))) >= 2 else "deal_count"


def told_apart_joined(question: str) -> str | None:
    """The question whole when it quotes two figures and asks which is right; else None."""
    return question.strip() if asks_which_right(question) and len(set(_YEAR_RE.findall(question))) == 1 else None


def _series(stat: MarketStat) -> tuple[str, str]:
    return stat.reporter, stat.scope


def _first(rows: list[MarketStat], metric: str, holding: Any) -> MarketStat | None:
    return next((stat for stat in rows if stat.metric == metric and holding(stat)), None)


def series_told_apart(calls: list[ToolCall], question: str, stats: list[MarketStat]) -> list[ToolCall]:
    """The quoted figures' two series side by side with their gap (module docstring); else ``calls``."""
    if not calls or any(call.tool != "market_stat" for call in calls) or not asks_which_right(question):
        return calls
    if any(call.args.get("subject") or call.args.get("compare_reporter") for call in calls):
        return calls
    years = set(_YEAR_RE.findall(question))
    if len(years) != 1:
        return calls
    (year,) = years
    rows = [stat for stat in stats if stat.period == year and not stat.subject]
    # each quoted figure's first row (a second outlet repeating a series' figure is no series of its own)
    by_value = [_first(rows, "total_value", lambda s, a=amount: holds(s, a)) for amount in set(_money(question))]
    by_count = [_first(rows, "deal_count", lambda s, c=count: s.value == c) for count in set(_counts(question))]
    pair = [s for s in by_value if s] if len([s for s in by_value if s]) == 2 else [s for s in by_count if s]
    if len(pair) != 2 or _series(pair[0]) == _series(pair[1]):
        return calls
    first, second = pair
    reporter, other = first.reporter, second.reporter
    if reporter.split()[0] == other.split()[0]:  # one tracker's two series ("PharmCube" twice): told apart by scope
        reporter = other = reporter.split()[0]
    args = {"metric": first.metric, "period": year, "reporter": reporter, "compare_reporter": other}
    return [ToolCall(tool="market_stat", args=args)]
