"""A question that takes for granted an ending the sources do not report (outsider11).

"Why did Pfizer terminate the 3SBio licence?", "so why did GSK walk away from it?": the question
assumes the deal ended. When every deal of the companies asked about is recorded as not
terminated, and no passage found says otherwise, the premise is corrected from the table's
status (cited to the deal article's status paragraph) and nothing is explained: a sentence about
another deal's ending, or about this deal's terms, would answer a question nobody should ask.
"""

from __future__ import annotations

import re

from langchain_core.documents import Document

from assistant.answer import Citation
from assistant.answering.composer import CitationBook, with_markers
from assistant.answering.ending_terms import HYPOTHETICAL_RE
from assistant.answering.snapshot import Snapshot
from assistant.corpus.tables import Deal
from assistant.dates import human_date
from assistant.text import split_sentences

# The deal words an ending verb may take as its object ("drop the licence"); a bare "drop" or
# "end" is too often about shares or a period ("why did shares drop?", "when did 2025 end?").
_DEAL_OBJECT = (
    r"(?:the|its|their|this|that|his|her) (?:[\w-]+ ){0,3}?(?:deal|licen[cs]e|agreement|pact|collaboration|"
    r"partnership|tie-up|option|rights|programme|program|asset|drug|alliance)s?\b|it\b|them\b"
)
# An ending asked about as a fact: "why did X terminate", "when did X walk away", "how come X pulled out",
# "after X scrapped it", "why'd X pull out", "reason X scrapped the licence". A yes/no question ("Was it terminated?", "Has GSK walked away?") assumes nothing.
_BASE = (
    r"(?:terminate|walk away|pull out|back out|scrap|cancel|call off|(?:give|hand) (?:(?:the|its|their) )?(?:rights |it |them )?back|abandon|kill|"
    rf"exit|unwind|(?:drop|end|quit|return) (?:{_DEAL_OBJECT}))"
)
_PAST = (
    r"(?:terminated|walked away|pulled out|backed out|scrapped|cancell?ed|called off|(?:gave|handed) (?:(?:the|its|their) )?(?:rights |it |them )?back|"
    rf"abandoned|killed|exited|unwound|fell apart|fell through|collapsed|(?:dropped|ended|quit|returned) (?:{_DEAL_OBJECT}))"
)
PRESUMED_ENDING_RE = re.compile(
    rf"\b(?:why|when|how come|how|what|who|after)\b[^?]{{0,60}}\b(?:did|do|does|would)\b[^?]{{0,60}}\b{_BASE}|"
    rf"\b(?:why|when|how)['’]d\b[^?]{{0,60}}\b{_BASE}|^\s*(?:the |and |so )?reasons?\b[^?]{{0,80}}\b{_PAST}|"
    rf"^\s*(?:and |so |but )?(?:why|when|how come|after|since|what happened after|given(?: that)?|now that|considering)\b"
    rf"[^?]{{0,80}}\b{_PAST}|"
    r"\b(?:after|since|behind|reasons? for|why) (?:the|its|their) (?:termination|cancell?ation|collapse|exit)\b",
    re.IGNORECASE,
)
# A passage that reports an ending: the table may lag an article added since.
_ENDING_STATED_RE = re.compile(
    r"\bterminat\w*|\bwalked away\b|\bpulled out\b|\brights (?:were )?(?:returned|reverted)\b|\bcancell?ed\b|"
    r"\bscrapped\b|\bhanded back\b|\bgave back\b",
    re.IGNORECASE,
)
# "No termination of the Chimagen–GSK deal was found", "has not been terminated": no ending stated.
_NO_ENDING_RE = re.compile(
    r"\bno (?:[\w-]+ ){0,3}?terminat|\bnot (?:been )?terminated\b|\bwithout (?:a )?terminat", re.I
)
# "walk away from it", "that deal", "the licence": the question points back at the deal talked about.
_POINTER_RE = re.compile(
    r"\b(?:it|them|that|this|the (?:deal|licen[cs]e|agreement|pact|collaboration|partnership|rights|asset|drug))\b",
    re.I,
)


def presumes_ending(question: str) -> bool:
    """The question asks why, when or after a deal ended, as if it had; a hypothetical ending
    ("what would happen if Pfizer terminated it?") assumes nothing."""
    ending = PRESUMED_ENDING_RE.search(question)
    return ending is not None and not HYPOTHETICAL_RE.search(question[: ending.end()])


def the_deals(snap: Snapshot, companies: list[str]) -> list[Deal]:
    """The deals a question names: the pair's, or one company's when it names one."""
    if len(companies) >= 2:
        return snap.pair_deals(companies)
    return snap.company_deals(companies[0]) if len(companies) == 1 else []


def unfounded_ending(
    snap: Snapshot, question: str, companies: list[str], passages: list[Document], earlier: list[str] | None = None
) -> tuple[str, list[Citation]] | None:
    """The correction of a question that assumes an ending no source reports, or ``None``.

    ``earlier`` are the companies of the turn before: "so why did GSK walk away from it?" after the
    Hengrui–GSK terms is about that deal, not about every GSK deal."""
    if not presumes_ending(question):
        return None
    if earlier and set(companies) <= set(earlier) and _POINTER_RE.search(question):
        companies = list(earlier)
    deals = the_deals(snap, companies)
    if not deals or any(deal.status == "terminated" for deal in deals):
        return None
    named = set(companies)
    for passage in passages:
        for sentence in split_sentences(passage.page_content):
            found = {m.name for m in snap.router.entities.find_companies(sentence).mentions if not m.fuzzy}
            if named <= found and _ENDING_STATED_RE.search(sentence) and not _NO_ENDING_RE.search(sentence):
                return None  # an article says it ended: the normal answer quotes it
    book = CitationBook(snap.docs)
    parts = []
    for deal in deals[:3]:
        status = deal.status + (f" on {human_date(deal.status_date)}" if deal.status_date else "")
        provenance = snap.tools.book.note(deal, "status") or [snap.deal_opening(deal.deal_id)]
        parts.append(
            with_markers(
                f"The deal table records the {_pair(deal)} deal ({deal.announced[:4]}) as {status}, not terminated.",
                [book.cite(p) for p in provenance],
            )
        )
    text = (
        "The question assumes the deal ended, but no source we hold reports a termination or a partner "
        "walking away. " + " ".join(parts)
    )
    return text, book.citations


def _pair(deal: Deal) -> str:
    return f"{' & '.join(deal.licensors)}–{' & '.join(deal.licensees)}"
