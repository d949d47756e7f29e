"""A tracker's figure asked for one kind of drug or one area: the row whose scope names that kind.

Matches "vision lifesciences - china's share of global ADC licensing?" or "what share of ADC
licensing does China hold, per Vision?": Vision Lifesciences reported China's share of global
licensing for Q1 2025 (32%), for 2023-24 (21%) and, separately, of global ADC licensing (about 90%).
The question names ADC, so the ADC row is the figure asked; the others are no answer to it. A period carried
from the turn before ("and for ADCs?" after Q1 2025's share) that the kind's row does not have is dropped: the
row is given with its own period (here "an unstated period"), not refused.

Not matched: a question naming no kind ("China's share of global licensing value, per Vision?"
keeps every row, the ADC one set apart as "also reported"), a kind no row of that metric names
("China's share of bispecific licensing"), a call that already names a subject, and every tool but
``market_stat``.
"""

from __future__ import annotations

import re

from assistant.corpus.tables import MarketStat
from assistant.tools.schema import ToolCall

# Kinds of drug and areas a tracker's scope can narrow to, as a reader and a scope both write them.
_KIND_RES = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\bADCs?\b|\bantibody[- ]drug conjugates?\b",
        r"\bbispecifics?\b|\bbsAbs?\b",
        r"\bGLP-?1\b",
        r"\bobesity\b",
        r"\boncology\b|\bcancer\b",
        r"\bcell therap(?:y|ies)\b",
        r"\bsiRNA\b|\bRNAi\b",
        r"\bT[- ]cell engagers?\b|\bTCEs?\b",
    )
]


def _kinds(text: str) -> set[int]:
    return {n for n, pattern in enumerate(_KIND_RES) if pattern.search(text)}


def scoped_stat(calls: list[ToolCall], question: str, stats: list[MarketStat]) -> list[ToolCall]:
    """A ``market_stat`` call narrowed (by its ``subject``, which a row's scope matches) to the rows whose
    scope names the kind of drug the question names, when some rows of its metric do and others do not."""
    asked = _kinds(question)
    if not asked or len(calls) != 1 or calls[0].tool != "market_stat" or calls[0].args.get("subject"):
        return calls
    args = calls[0].args
    reporter = str(args.get("reporter") or "").lower()
    rows = [
        stat
        for stat in stats
        if stat.metric == args.get("metric") and all(part in stat.reporter.lower() for part in reporter.split("/"))
    ]
    scoped = [stat for stat in rows if asked & _kinds(stat.scope)]
    if not scoped or len(scoped) == len(rows) or len({stat.scope for stat in scoped}) != 1:
        return calls
    # a row's scope contains its subject; the scope's own words say the kind as the tracker wrote it
    word = next(m.group(0) for p in _KIND_RES if (m := p.search(scoped[0].scope)) and asked & _kinds(m.group(0)))
    narrowed = {**args, "subject": word}
    if args.get("period") and all(stat.period != args["period"] for stat in scoped) and not args.get("derive"):
        # "and for ADCs?" after Q1 2025's share: the kind's row has a period of its own (or none), said with it
        narrowed["period"] = None
    return [ToolCall(tool="market_stat", args=narrowed)]
