"""A question built on a termination our records do not hold (outsider9's false premises).

"why did pfe walk away from 3sbio deal last yr?", "when did BMS terminate the SystImmune deal?":
the question takes for granted that a deal ended. When none of the named companies' deals is
terminated in the deal table, the articles hold no reason or date for it, and their sentences
about the deal's terms would answer a different question; the answer declines and says what the
records show instead (each deal's status, cited to the article sentence that states it). A deal
that was terminated (ImmuneOnco–Axion) is answered as before.
"""

from __future__ import annotations

import re

from assistant.answer import Citation
from assistant.answering.composer import CitationBook
from assistant.answering.snapshot import Snapshot
from assistant.corpus.provenance import Provenance
from assistant.corpus.tables import Deal
from assistant.text import split_sentences

_ENDED = (
    r"(?:walk(?:ed|s)? away|pull(?:ed|s)? out|back(?:ed|s)? out|terminat\w*|scrap\w*|cancel\w*|kill(?:ed|s)?|"
    r"drop(?:ped|s)?|abandon\w*|exit(?:ed|s)?|end(?:ed|s)? (?:the|its|their)|give up on|gave up on|hand(?:ed)? back)"
)
# "why did ... walk away", "when did ... terminate", "reason X scrapped ...", "how come ... pulled out"
TERMINATION_PREMISE_RE = re.compile(
    rf"\b(?:why|when|how come|reasons?|what made)\b[^?]{{0,80}}\b{_ENDED}\b",
    re.IGNORECASE,
)
# The article sentence that states a deal's standing: closed, active, announced with no termination seen
_STANDING_RE = re.compile(
    r"\bclosed\b|\bremains? active\b|\bis active\b|\bno termination\b|\brecorded as\b|\bshowed no termination\b",
    re.IGNORECASE,
)
_STATUS_WORDS = {
    "closed": "closed",
    "active": "active",
    "announced": "announced, with no termination reported",
}


def unfounded_termination(snap: Snapshot, question: str, companies: list[str]) -> tuple[str, list[Citation]] | None:
    """A reply when ``question`` presumes a termination none of the named companies' deals had."""
    if not companies or not TERMINATION_PREMISE_RE.search(question):
        return None
    deals = snap.pair_deals(companies) if len(companies) >= 2 else snap.company_deals(companies[0])
    if not deals or any(deal.status == "terminated" for deal in deals):
        return None
    book = CitationBook(snap.docs)
    parts = []
    for deal in deals[:3]:
        marker = book.cite(_standing(snap, deal))
        name = f"{' & '.join(deal.licensors)}–{' & '.join(deal.licensees)}"
        parts.append(f"the {name} deal is recorded as {_STATUS_WORDS.get(deal.status, deal.status)} [{marker}]")
    text = (
        "Our records show no termination, so there is no reason or date to give: "
        + "; ".join(parts)
        + ". The question's premise does not match the sources."
    )
    return text, book.citations


def _standing(snap: Snapshot, deal: Deal) -> Provenance:
    """The article sentence stating the deal's status, else the article's opening."""
    article = snap.resolver.article(deal.doc_id)
    for number, paragraph in enumerate(article.paragraphs if article else [], 1):
        for sentence in split_sentences(paragraph):
            if _STANDING_RE.search(sentence):
                return Provenance(doc_id=deal.doc_id, paragraph=number, quote=sentence)
    return snap.deal_opening(deal.deal_id)
