"""How much of a deal's upfront was cash: the deal article's own sentence that splits it, beside the table's arithmetic.

After "What did Vor Bio pay 荣昌生物 upfront?", "how much of that was actual cash?" is planned as the deal's upfront,
whose row gives the $125 million and the $80 million equity part ("$45 million without it, our arithmetic") but
not the article's sentence that says what the upfront is made of: "Vor Bio's upfront consideration to RemeGen is
$125 million, made up of $45 million in cash and $80 million in warrants." That sentence is quoted and cited. Only
a question about the cash, share or warrant part of a payment, answered from one deal's row, and only a sentence
of that deal's own article that states its upfront and says "cash".
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.answer import Answer
from assistant.answering.composer import citation_for
from assistant.answering.snapshot import Snapshot
from assistant.corpus.provenance import Provenance
from assistant.money import find_money
from assistant.routing.plan import Plan
from assistant.text import split_sentences

# "how much of that was actual cash?", "was it all cash?", "what part was paid in stock?", "现金多少"
_ASKS_CASH_RE = re.compile(
    r"\b(?:cash|non[\s-]?cash|in\s+(?:shares|stock|warrants?|equity))\b|\bpaid\s+in\s+(?:shares|stock)\b|现金",
    re.IGNORECASE,
)
_CASH_RE = re.compile(r"\bcash\b", re.IGNORECASE)
_ROUNDING = Decimal("0.005")


def _states(sentence: str, value: Decimal) -> bool:
    amounts = [mention.amount for mention in find_money(sentence) if mention.amount is not None]
    return any(abs(value - amount) <= _ROUNDING * abs(amount) for amount in amounts if amount)


def _split_sentence(snap: Snapshot, doc_id: str, upfront: Decimal) -> Provenance | None:
    """The first sentence of the article ``doc_id`` that states ``upfront`` and says what part of it is cash."""
    article = snap.resolver.article(doc_id)
    if article is None:
        return None
    for number, paragraph in enumerate(article.paragraphs, start=1):
        for sentence in split_sentences(paragraph):
            if _CASH_RE.search(sentence) and _states(sentence, upfront) and len(find_money(sentence)) >= 2:
                return Provenance(doc_id=doc_id, paragraph=number, quote=sentence)
    return None


def with_cash_split(snap: Snapshot, question: str, plan: Plan, answer: Answer) -> None:
    """Add to ``answer`` the deal article's sentence splitting its upfront into cash and the rest, when asked."""
    if plan.route != "table" or not _ASKS_CASH_RE.search(question):
        return
    calls = [call for call in plan.tool_calls if call.tool == "get_deal"]
    if len(calls) != 1 or len(plan.tool_calls) != 1:
        return
    deal_ids = snap.tools.run(calls[0]).deal_ids
    if len(deal_ids) != 1:
        return
    deal = snap.tables.deal(deal_ids[0])
    if deal.upfront.amount is None:
        return
    found = _split_sentence(snap, deal.doc_id, deal.upfront.amount)
    if found is None or found.quote in answer.answer:
        return
    same = (found.doc_id, found.paragraph, found.quote)
    n = next((c.n for c in answer.citations if (c.doc_id, c.paragraph, c.quote) == same), 0)
    if not n:
        n = len(answer.citations) + 1
        answer.citations.append(citation_for(found, snap.docs, n))
    answer.answer = f"{answer.answer} In the article's words: {found.quote.rstrip('.')} [{n}]."
