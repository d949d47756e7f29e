"""Which unheld measure a question names when it asks more than one.

The rules name the first measure in ``UNHELD_MEASURE_RES`` that the question's words match. "Sales" comes
early, and beside deal words ("royalties on sales") a passage merely saying "sales" is taken to answer it
(``abstention.unsupported``). A question that also asks a stricter fact is about that fact too:
"Give me Summit's ivonescimab sales last year and the royalties Akeso received on them" asks product sales
and royalty receipts; the Akeso–Summit royalty band ("low double-digit royalties on sales") had been quoted
as its answer. The stricter measure is named, so only a passage stating receipts answers.
"""

from __future__ import annotations

from assistant.routing.market_facts import MARKET_FACTS
from assistant.routing.wording import DEAL_TERMS_RE, UNHELD_MEASURE_RES

# Measures whose word a deal's terms also use ("royalties on net sales", "licensing revenue")
_LOOSE = ("sales", "revenue", "profit")
# Facts no source holds, named however the question words them: "dilute GSK's earnings per share" asks EPS,
# not the profit a charge sentence answers
_NEVER_HELD = frozenset(name for name, _, _ in MARKET_FACTS)


def stricter_measure(text: str, measure: str | None) -> str | None:
    """``measure``, or a later unheld measure the question also asks when ``measure`` is one whose word
    deal terms use and deal words are present ("sales ... and the royalties Akeso received" → "royalty
    receipts"), or a fact never held that refines it ("earnings per share" for "profit")."""
    if measure not in _LOOSE:
        return measure
    deal_words = bool(DEAL_TERMS_RE.search(text))
    later = (
        name
        for name, pattern in UNHELD_MEASURE_RES
        if name not in _LOOSE and (deal_words or name in _NEVER_HELD) and pattern.search(text)
    )
    return next(later, measure)
