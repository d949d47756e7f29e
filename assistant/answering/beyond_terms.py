"""A question about one named deal that asks a fact its table row does not hold, read in its article.

"What kind of drug did Novartis get from SciNeuro?", "Kite, the one that licensed Pregene's CAR-T tech: which
bigger company does Kite belong to?", "How does the option structure in the Hengrui-GSK agreement work?", "AZ
beijing spend announced w/ the harbour deal" name one deal and so were planned as that deal's terms
(``get_deal``): the answer listed the upfront, milestones, total, equity, royalties, territory and status, and
the asked fact (an anti-amyloid antibody, Gilead, options to the end of Phase 1, $2.5 billion in Beijing) was not
among them. ``beyond_terms`` re-plans such a question for the articles when it names no term of the table
("upfront", "total value", "royalties": ``_TERM_NAMES``, the deals.csv columns), quotes no amount and asks none
("how much"), and either asks a kind of fact a deal's opening answers (the kind of drug, its purpose, who a
party is) or asks with a word, besides the deal's names and dates, that the table's terms never use and the
deal's own article does ("belong" no; "company", "structure", "Beijing" yes).

The table's term words are read from deals.csv itself: the stems its figure quotes, equity notes, royalty,
status and territory cells share across at least ``_TERM_ROWS`` deals ("eligible", "agreed", "payment",
"near-term"...), with the column names; the words of the deal's own cells the terms answer shows (its
territory, equity note, status note) are the table's too ("Is Japan covered?": the territory says so).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from assistant.answering.answer_types import OPENING_KINDS, asks_amount, wanted_type
from assistant.answering.composer import word_stems as _stems
from assistant.answering.figure_talk import amounts
from assistant.corpus.tables import Deal, Tables
from assistant.routing.plan import Plan
from assistant.text import split_sentences

if TYPE_CHECKING:
    from assistant.answering.snapshot import Snapshot

RULE = "a fact of one deal its terms do not hold"
_TERM_ROWS = 3
_COLUMNS = "deal announced licensor licensee asset modality therapeutic area territory upfront milestones total"
_COLUMNS += " equity royalties status scope notes terms term details detail deal agreement pact licence license"
# "September 2025", "Jan '24", "2026", "$100M": a date or a figure names the deal or its term, not a fact asked
# the deals.csv columns a question names a term by ("upfront", "milestones", "royalties"...), and their everyday
# names: the total's ("what is it worth", "headline value"), the equity's ("what stake"), the territory's ("is
# Japan covered", "which countries", "markets"), the upfront's ("the cash at signing")
_TERM_NAMES = _stems("upfront milestones total equity royalties territory status value worth headline biobucks terms")
_TERM_NAMES |= _stems("stake shares countries markets regions covered cash territories milestone royalty")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_MONTHS = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
_MONTHS += r"|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12]"
_DATED_RE = re.compile(rf"\b(?:{_MONTHS})\b|\$?\b\d[\d.,]*\w*|'\d\d\b", re.IGNORECASE)


_CACHE: dict[tuple[int, int], frozenset[str]] = {}


def _term_words(deals: list[Deal]) -> frozenset[str]:
    counts: Counter[str] = Counter()
    for deal in deals:
        cells = [deal.upfront.quote, deal.milestones.quote, deal.total.quote, deal.equity.quote, deal.equity_note]
        cells += [deal.royalties, deal.status, deal.status_note, deal.territory]
        counts.update(_stems(" ".join(cells)))
    return frozenset(word for word, n in counts.items() if n >= _TERM_ROWS) | _stems(_COLUMNS)


def term_words(tables: Tables) -> frozenset[str]:
    """The stems the table's terms are said in (shared by at least ``_TERM_ROWS`` deals), and its column names."""
    key = (id(tables.deals), len(tables.deals))
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = _term_words(tables.deals)
    return _CACHE[key]


def _unnamed(snap: Snapshot, question: str) -> str:
    """The question without its company names (any alias: "MSD", "BMS", "石药集团"), dates and numbers."""
    for start, end in sorted(snap.router.company_spans(question), reverse=True):
        question = question[:start] + " " + question[end:]
    return _DATED_RE.sub(" ", question)


def names_a_term(question: str) -> bool:
    """The question names one of the table's terms ("upfront", "total value", "royalties"), or is not in English
    (its terms are read by the router's Chinese reader): the table answers that term."""
    return bool(_stems(question) & _TERM_NAMES) or bool(_CJK_RE.search(question))


def the_deal(snap: Snapshot, plan: Plan) -> Deal | None:
    """The one deal a ``get_deal`` plan asks about, or None."""
    if plan.route != "table" or len(plan.tool_calls) != 1 or plan.tool_calls[0].tool != "get_deal":
        return None
    args = plan.tool_calls[0].args
    if args.get("deal_id"):
        return next((d for d in snap.tables.deals if d.deal_id == args["deal_id"]), None)
    deals = snap.pair_deals(plan.companies)
    if args.get("year"):
        deals = [d for d in deals if d.year == int(args["year"])]
    return deals[0] if len(deals) == 1 else None


def asked_beyond(snap: Snapshot, question: str, deal: Deal) -> set[str]:
    """The question's words, besides the deal's names, dates, the words of the row's cells the terms answer shows
    and the table's term words, that the deal's article says outside the row's own quotes (empty: the terms
    answer it)."""
    names = _stems(" ".join([*deal.licensors, *deal.licensees, deal.asset, deal.modality, deal.therapeutic_area]))
    shown = [deal.territory, deal.equity_note, deal.status_note, deal.royalties, deal.equity.quote]
    names |= _stems(" ".join(shown))  # "Is Japan covered?", "paid partly in warrants?": the row's cells say it
    asked = _stems(_unnamed(snap, question)) - names - term_words(snap.tables)
    article = snap.resolver.article(deal.doc_id)
    if not asked or article is None or not article.paragraphs:
        return set()
    quotes = {" ".join(q.split()) for q in (deal.upfront.quote, deal.milestones.quote, deal.total.quote)}
    said: set[str] = set()
    for paragraph in article.paragraphs:
        for sentence in split_sentences(paragraph):
            if " ".join(sentence.split()) not in quotes:
                said |= _stems(sentence)
    return asked & said


def beyond_terms(snap: Snapshot, plan: Plan) -> Plan:
    """``plan`` re-planned for the articles when it asks one deal's terms but its words ask a fact they do not
    hold ("what kind of drug did Novartis get from SciNeuro"); otherwise ``plan`` as it was."""
    deal = the_deal(snap, plan)
    question = plan.standalone_question or plan.question
    if deal is None or plan.tool_calls[0].args.get("metric") or names_a_term(question):
        return plan  # the router read a term asked ("is Japan covered": the territory), or one is named
    if asks_amount(question) or amounts(question):
        return plan  # "Is the $100M upfront payable in one go?", "only got $10 million?": that term, the table's
    if not (wanted_type(question) in OPENING_KINDS or asked_beyond(snap, question, deal)):
        return plan
    companies = list(dict.fromkeys([*deal.licensors, *deal.licensees]))
    return plan.model_copy(
        update={
            "route": "text",
            "tool_calls": [],
            "text_query": question,
            "passage_filter": {"companies": companies},
            "companies": companies,
            "rule": RULE,
            "interpretation": f"the articles on the {' & '.join(deal.licensors)}–{' & '.join(deal.licensees)} "
            f"deal ({deal.announced[:7]}): a fact its terms do not hold",
        }
    )
