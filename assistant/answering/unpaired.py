"""A deal asked between two companies the table holds, that never dealt with each other (outsider79): "when did
Hengrui license that drug to Novartis", "what did Novartis pay Hengrui for it".

The articles were searched for both names and a passage about one company's other deal (Hengrui–Glenmark,
SciNeuro–Novartis) was quoted as the answer: a confident answer to a different question. When the question
puts the two in a deal's slots (a licensing verb and "to", "from" or "with" between them, or "X–Y deal") and
no row of the deal table has both as parties, the premise is corrected instead, and each company's deals are
listed, each cited to its article's opening (its latest three, counted as such: "Merck & Co.'s latest three of six
deals are ..."). A year named leaves it to ``tools.partner_premise``, which names
the one deal of that year that was meant. A question naming them apart ("Hengrui's and Novartis's biggest
deals", "Hengrui vs Novartis") is no deal between them and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from langchain_core.documents import Document

from assistant.answer import Citation
from assistant.answering.composer import CitationBook, with_markers
from assistant.answering.premises import the_deals
from assistant.answering.snapshot import Snapshot
from assistant.tools.term_sentences import asset_said

_LISTED = 3
# counts said in words, so that no figure the articles do not hold is written ("the latest three of six deals")
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
# what may stand between the two names of one deal: "license that drug to", "paid", "'s deal with"
_BETWEEN_RE = re.compile(
    r"(?:'s|’s)?\s+(?:\w+\s+){0,3}?(?:licen[cs]e[ds]?|licen[cs]ing|out-licen[cs]ed|sold|sell|partnered|"
    r"pa(?:y|id)|deal|agreement|pact|tie-up)\s+(?:\w+\s+){0,3}?(?:to|from|with)\s+|"
    r"\s+(?:pa(?:y|id|ys|ying)|hand(?:ed|ing)?|g[ai]ve|giving)\s+",  # "Novartis paying Zelgen", "Pfizer hand Akeso"
    re.IGNORECASE,
)
_JOINED_RE = re.compile(r"\s*[-–/]\s*|\s+")  # "the hengrui-novartis deal", "the innovent merck deal"
_DEAL_AFTER_RE = re.compile(r"\W*(?:'s\s+)?(?:\w+\s+){0,2}(?:deal|licen[cs]e|agreement|pact|tie-up)\b", re.IGNORECASE)


def unpaired(
    snap: Snapshot,
    question: str,
    companies: list[str],
    passages: Sequence[Document] = (),
    drug_deal_aimed: bool = False,
) -> tuple[str, list[Citation]] | None:
    """The correction of a deal asked between two companies that never dealt, or ``None``.

    A retrieved passage naming both (an added article about a deal the table lacks) leaves it to the text answer.
    A drug named of one of them and a third company is corrected to that drug's deal (``_drug_elsewhere``), unless
    the router aimed the claim at that deal already (``drug_deal_aimed``: "Roche bought SYH2086 from CSPC - upfront?").
    """
    if re.search(r"\b20\d\d\b", question):  # "SciNeuro's 2026 deal with Roche": ``partner_premise`` corrects it
        return None
    if len(companies) != 2 or any(set(companies) <= {*d.licensors, *d.licensees} for d in snap.tables.deals):
        return None
    entities = snap.router.entities
    roles = {entities.role(name) for name in companies}
    if roles in ({"licensor"}, {"licensee"}):
        return None  # two sellers; "Merck's CN201 deal with GSK's HRS-9821 deal", "how much more did pfe pay than mrk"
    mentions = entities.find_companies(question).mentions
    if len(mentions) != 2 or {m.name for m in mentions} != set(companies):
        return None
    first, second = mentions
    between = question[first.end : second.start]
    joined = _JOINED_RE.fullmatch(between) and _DEAL_AFTER_RE.match(question[second.end :])
    if not (_BETWEEN_RE.fullmatch(between) or joined):
        return None  # the two named apart: "how does Akeso's ivonescimab compare with Merck's Keytruda?"
    if entities.find_assets(question):
        # "What upfront did Pfizer pay Akeso for ivonescimab?": Akeso licensed it to Summit; any other drug named
        # (whose the drug is) is another premise (partner_premise)
        return None if drug_deal_aimed else _drug_elsewhere(snap, question, companies)
    if any(set(companies) <= {m.name for m in entities.find_companies(p.page_content).mentions} for p in passages):
        return None  # an article names the two together: its sentences answer, not the table's absence
    book = CitationBook(snap.docs)
    sides = _sides(snap, book, companies)
    listed = f"; {' and '.join(sides)}" if sides else ""
    return f"Our table has no deal between {companies[0]} and {companies[1]}{listed}.", book.citations


def _sides(snap: Snapshot, book: CitationBook, companies: list[str]) -> list[str]:
    """Each company's deals (its latest three), each cited to its article's opening: one sentence's clauses, so that
    its cited openings hold every name it gives."""
    sides = []
    for company in companies:
        held = the_deals(snap, [company])
        deals = held[-_LISTED:]
        pairs = [
            with_markers(
                f"{' & '.join(d.licensors)}–{' & '.join(d.licensees)} ({d.announced[:4]})",
                [book.cite(snap.deal_opening(d.deal_id))],
            )
            for d in deals
        ]
        if len(held) > len(deals):  # "Merck & Co.'s latest three of six deals": never a part given as the whole
            sides.append(
                f"{_possessive(company)} latest {_said(len(deals))} of {_said(len(held))} deals are {', '.join(pairs)}"
            )
        elif pairs:
            count = "only deal is" if len(pairs) == 1 else f"{_said(len(pairs))} deals are"
            sides.append(f"{_possessive(company)} {count} {', '.join(pairs)}")
    return sides


def _drug_elsewhere(snap: Snapshot, question: str, companies: list[str]) -> tuple[str, list[Citation]] | None:
    """The premise corrected when the drug named went from one of the two companies to a third: "Our table has no deal
    between Pfizer and Akeso for Ivonescimab: Akeso licensed it to Summit Therapeutics [1]." (cited to that deal's
    opening); no figure follows, since the deal asked does not exist."""
    named = {deal_id for _, deal_id, _ in snap.router.entities.find_assets(question)}
    deals = [d for d in snap.tables.deals if d.deal_id in named]
    if len(deals) != 1 or len({*deals[0].licensors, *deals[0].licensees} & set(companies)) != 1:
        return None
    deal, book = deals[0], CitationBook(snap.docs)
    said = with_markers(
        f"{' & '.join(deal.licensors)} licensed it to {' & '.join(deal.licensees)}",
        [book.cite(snap.deal_opening(deal.deal_id))],
    )
    other = [name for name in companies if name not in {*deal.licensors, *deal.licensees}]
    sides = _sides(snap, book, other)  # the company asked wrongly, its own deals: its name is cited too
    text = f"Our table has no deal between {companies[0]} and {companies[1]} for {asset_said(deal)}: {said}"
    return f"{text.rstrip('.')}{'; ' + sides[0] if sides else ''}.", book.citations


def _possessive(name: str) -> str:
    """ "Merck & Co.'s", "Novartis's", but "Innovent Biologics'" (a plural word's, not "Biologics's")."""
    return f"{name}'" if re.search(r"[^ius]s$", name) else f"{name}'s"


def _said(count: int) -> str:
    """A count in words up to twelve ("six"), in digits above."""
    return _WORDS[count] if count < len(_WORDS) else str(count)
