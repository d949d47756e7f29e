"""A deal asked between a known company and a name no source holds (outsider28): "beigene novartis
tislelizumab uf", "hutchmed takeda fruquintinib upfront".

The router reads the one company it knows and asks the table for that company's deal: the answer was
another deal's terms (the company's only deal) or "which one?" over its deals, when no deal with the
name asked about exists at all. A lower-case word that is neither in the articles, nor an ordinary
word, nor a company's name or a slip of one (``abstention.unknown_lowercase_name``, the test a question
naming no company already passes) is the other party or its drug: the premise is corrected instead,
and the known company's deals are listed, each cited to its article's opening.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from langchain_core.documents import Document

from assistant.answer import Citation
from assistant.answering.abstention import unknown_lowercase_name
from assistant.answering.cjk_names import unknown_cjk_name
from assistant.answering.composer import CitationBook, with_markers
from assistant.answering.premises import the_deals
from assistant.answering.snapshot import Snapshot
from assistant.answering.unpaired import unpaired
from assistant.routing.chinese_wording import in_english
from assistant.routing.trade_shorthand import expand_shorthand
from assistant.tools.schema import ToolCall

_WORD_RE = re.compile(r"(?<![\w-])([A-Za-z]{3,})(?![\w-])")
_LISTED = 4
# Only a space, a hyphen, a slash, an ampersand or "and" between a word and a company named
_BESIDE_RE = re.compile(r"\s*(?:[-/&,]|and|x|vs\.?)?\s*", re.IGNORECASE)
# ... or a party's slot: only deal verbs, prepositions and a name's own words between ("what did beigene get
# from novartis", "how much did hutchmed receive from takeda", "zai lab's deal with pfizer", "did pfizer pay beigene",
# "how much did beigene get up front from its novartis licensing deal")
_SLOT_RE = re.compile(
    r"(?:\W*\b(?:gets?|got|receive[sd]?|earn(?:s|ed)?|from|pa(?:y|ys|id)|to|gives?|gave|licen[cs](?:e[ds]?|ing)|"
    r"sold|sells?|with|deals?|agreements?|signed|signs?|and|its|their|the|lab|labs|bio|pharma|medical|s|"
    r"up|front|upfront)\b){1,6}\W*",
    re.IGNORECASE,
)

# ... or the thing bought, an ordinary word no article holds ("what did LLY pay for verve": Verve Therapeutics)
_BOUGHT_RE = re.compile(r"\b(?:pa(?:y|ys|id)\s+for|buy|bought|acquir(?:e|ed|ing))\s+([A-Za-z]{3,})\b", re.IGNORECASE)


def unknown_words(snap: Snapshot, question: str) -> list[str]:
    """The words of ``question`` that no article, vocabulary, company name (or slip of one) or reading of
    the router holds, when one of them stands right beside a company named ("beigene novartis",
    "hutchmed-takeda"): a party. A word away from every name ("how big a cheque did AZ write") is wording."""
    mentions = snap.router.entities.find_companies(question).mentions
    left = {word.lower() for phrase in snap.router.coverage.leftovers(question) for word in phrase.split()}
    found = [
        match
        for match in _WORD_RE.finditer(question)
        if match.group(1).lower() in left
        and not any(m.start <= match.start() < m.end for m in mentions)
        and unknown_lowercase_name(snap, match.group(1).lower(), False)
    ]
    exact = [m for m in mentions if not m.fuzzy]
    bought = [
        m.group(1)
        for m in _BOUGHT_RE.finditer(question)
        if m.group(1).lower() in left
        and m.group(1).lower() not in snap.vocabulary
        and not snap.router.entities.find_companies(m.group(1)).mentions
    ]
    if bought and exact:
        return bought
    beside = any(
        pattern.fullmatch(
            question[match.end() : m.start] if match.end() <= m.start else question[m.end : match.start()]
        )
        for match in found
        for m in exact
        for pattern in (_BESIDE_RE, _SLOT_RE)
    )
    return list(dict.fromkeys(match.group(1) for match in found)) if beside else []


def unfounded_party(
    snap: Snapshot, question: str, companies: list[str], calls: list[ToolCall], passages: Sequence[Document] = ()
) -> tuple[str, list[Citation]] | None:
    """The correction of a one-deal question naming a party no source holds beside one known company, or of a deal
    asked between two known companies that never dealt (``unpaired``), or ``None``."""
    if len(companies) == 2:  # "when did Hengrui license that drug to Novartis": a pair that never dealt (unpaired)
        aimed = any(call.args.get("deal_id") for call in calls)  # a claim aimed at the drug's own deal: its terms
        return unpaired(snap, question, companies, passages, drug_deal_aimed=aimed)
    read = in_english(question, snap.router.entities.cjk, snap.router.corpus_end)
    cjk = unknown_cjk_name(
        read, [alias for alias, _ in snap.router.entities.cjk]
    )  # "百济神州跟诺华的交易首付多少": a Chinese name no source holds, then Novartis
    asked = ("get_deal", "aggregate") if cjk else ("get_deal",)
    if len(companies) != 1 or not calls or any(call.tool not in asked for call in calls):
        return None
    unknown = [cjk] if cjk else unknown_words(snap, expand_shorthand(question, snap.router.entities))  # "SSGJ upf"
    deals = the_deals(snap, companies)
    if not unknown or not deals:
        return None
    named = " or ".join(repr(word) for word in unknown)
    text = (
        f"Our sources never name {named} and hold no such deal of {' and '.join(companies)}, so no terms can be given."
    )
    book = CitationBook(snap.docs)
    parts = [
        with_markers(
            f"The {' & '.join(deal.licensors)}–{' & '.join(deal.licensees)} deal ({deal.announced[:4]}) "
            f"covers {deal.asset.split(';')[0].split(' (')[0].strip()}.",
            [book.cite(snap.deal_opening(deal.deal_id))],
        )
        for deal in deals[-_LISTED:]
    ]
    lead = f" The deals of {companies[0]} in our table:" if parts else ""
    return f"{text}{lead} {' '.join(parts)}".strip(), book.citations
