"""A total and a count quoted together that belong to two different series: "PharmCube 2025年是186笔、1357亿美元，
那平均每笔多少?" pairs the Greater China count (186) with the mainland total ($135.7 billion).

The answer already gives each series' own total with its own count ($135.7 billion over 157 deals; $137.7 billion
over 186) and the average of one of them, so the mixed pair is never divided; but it never said that the two
figures the question put together come from different series, and a reader could take the average for an answer
to the premise. When a quoted money figure and a quoted count stand side by side in the question ("186 deals and
$135.7 billion", "$137.7bn over 157 deals") and the answer's own tracker figures show the total belongs to one
series and the count to another (same period), one sentence says so, citing the four figures the answer already
cites. Counts and totals quoted of one series ("186笔、1377亿美元") and questions quoting no pair are left alone.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from assistant.answer import Answer
from assistant.corpus.tables import MarketStat
from assistant.money import Money, find_money, render_money
from assistant.routing.figure_source import holds

# a count said beside its noun: "186 deals", "157 transactions" (the Chinese "186笔" is read "186 deals")
_COUNT_RE = re.compile(r"(?<![\w.$,])(\d{2,4})\s*(?:deals?|transactions?|agreements?)\b", re.IGNORECASE)
_NEAR = 30  # characters between a count and the total quoted with it: "186 deals and $135.7 billion"


def quoted_pairs(text: str) -> list[tuple[Decimal, int]]:
    """(amount, count) quoted side by side ("186 deals and $135.7 billion", "$137.7bn over 157 deals"): a few words
    between them and no comma or other figure ("$137.7 billion, another says 157 deals" pairs nothing)."""
    marks = [(m.start, m.end, "money", m.amount) for m in find_money(text) if m.amount is not None]
    marks += [(m.start(), m.end(), "count", Decimal(m.group(1))) for m in _COUNT_RE.finditer(text)]
    marks.sort(key=lambda mark: mark[0])
    pairs = []
    for left, right in itertools.pairwise(marks):
        between = text[left[1] : right[0]]
        joined = (
            len(between) <= _NEAR and not re.search(r"[,;:?!.，；：？！。、]", between) and len(between.split()) <= 3
        )
        if {left[2], right[2]} == {"money", "count"} and joined:
            money, count = (left, right) if left[2] == "money" else (right, left)
            pairs.append((money[3], int(count[3])))
    return pairs


def _said(stat: MarketStat) -> str:
    return render_money(Money(amount=stat.value, qualifier=stat.qualifier)) if stat.unit == "USD" else f"{stat.value}"


def _cited(answer: Answer, stat: MarketStat) -> list[int]:
    """The answer's citations whose quote states the row's figure (its own words: "$135.7 billion", "186")."""
    said = _said(stat).removeprefix("$").split()[0]
    return [
        c.n
        for c in answer.citations
        if c.doc_id == stat.doc_id and re.search(rf"(?<![\d.]){re.escape(said)}(?![\d])", c.quote)
    ]


def with_series_told(answer: Answer, stats: list[MarketStat]) -> Answer:
    """``answer`` with a sentence saying a quoted total and count belong to different series (module docstring)."""
    rows = [stat for stat in stats if not stat.subject and stat.metric in ("total_value", "deal_count")]

    def of(stat: MarketStat, metric: str) -> MarketStat | None:
        return next(
            (
                r
                for r in rows
                if r.metric == metric and (r.reporter, r.scope, r.period) == (stat.reporter, stat.scope, stat.period)
            ),
            None,
        )

    sentences = []
    for amount, count in quoted_pairs(f"{answer.question} {answer.standalone_question}"):
        totals = [r for r in rows if r.metric == "total_value" and holds(r, amount) and _cited(answer, r)]
        counts = [r for r in rows if r.metric == "deal_count" and r.value == count and _cited(answer, r)]
        for total in totals:
            own_count = of(total, "deal_count")
            counted = next(
                (r for r in counts if r.period == total.period and own_count and r.value != own_count.value), None
            )
            other_total = of(counted, "total_value") if counted else None
            if own_count is None or counted is None or other_total is None:
                continue
            cited = [_cited(answer, row) for row in (total, own_count, counted, other_total)]
            if not all(cited):
                continue
            markers = "".join(f"[{n}]" for n in sorted({n for ns in cited for n in ns}))
            sentences.append(
                f"The {_said(total)} and the {count} deals put together in the question belong to different series: "
                f"{_said(total)} goes with {_said(own_count)} deals ({total.reporter}), and {count} deals with "
                f"{_said(other_total)} ({counted.reporter}); an average over the mixed pair would set one series' "
                f"total over the other's count {markers}."
            )
            break
    if not sentences:
        return answer
    text = " ".join(dict.fromkeys(sentences))
    return answer.model_copy(update={"answer": f"{answer.answer.rstrip()} {text}"})
