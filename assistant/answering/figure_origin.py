"""A figure the reader brings about one deal, asked where it comes from: the deal's article explains it.

"evopoint astellas headline - is 1.34bn the total or on top of UF" was ranked as the pair's upfronts, and "hm wait,
i swear i read it was 50M somewhere?" after ImmuneOnco's $10 million upfront repeated the $10 million: both readers
ask what a figure they saw means, and the deal's own article says (FiercePharma's $1.34 billion is the total,
Pharmaphorum's is on top of the upfront, about $1.47 billion; 2024 press spoke of up to $50 million upfront and
near-term, the SEC filing of $10 million). ``figure_origin`` re-plans a table question about one deal for that
article when the question

- states an amount ("1.34bn", "50M", "$888 million") that a sentence of the deal's article states, and
- asks about the figure rather than with it: "is X the total or on top of the upfront", "I read it was X",
  "X somewhere", "where does X come from", "does X include ...".

"What did Pfizer pay 3SBio upfront, $1.25 billion?" (no such question about the figure), a claim put to be checked
("I read Merck paid LaNova $888 million upfront, is that right?": the table's figure, then ``claimed_values``), "deals with an upfront
over $50M" (a bound: no one deal) and an amount no sentence of the article states keep their plan.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from assistant.answering.article_claims import article_on_figure, bare_amounts, states_figure
from assistant.corpus.provenance import Provenance
from assistant.money import find_money, render_amount
from assistant.routing.claim_corrections import is_claim
from assistant.routing.plan import Plan
from assistant.text import split_sentences

if TYPE_CHECKING:
    from assistant.answering.snapshot import Snapshot

RULE = "a figure the reader saw, explained by its deal's article"
_MOST_SENTENCES = 4
_I = re.IGNORECASE
_AMOUNT = r"\$?\d[\d.,]*\s?(?:bn|b|m|mn|mm|million|billion)?"
# the reader asks about the figure, not for one: what it covers, where it was read
FIGURE_ASKED_RE = re.compile(
    rf"\bis (?:the |that |it )?{_AMOUNT}\s+(?:the |a |just the |only the )?(?:total|upfront|headline|milestones?|"
    rf"whole|full)\b|\bon top of\b|\b(?:i|we)\s+(?:\w+\s+){{0,2}}(?:read|heard|saw|seen)\b|\bsomewhere\b|"
    rf"\bwhere (?:does|did|do) (?:the |that |this )?{_AMOUNT}\s*(?:figure |number )?come from\b|"
    rf"\bwhere(?:'s| is| was) (?:the |that |this )?{_AMOUNT}\s*(?:figure |number )?from\b|"
    rf"\b(?:does|did|do) (?:the |that |this )?{_AMOUNT}\s+(?:figure |number )?includ\w*\b",
    _I,
)


def _stated(question: str) -> list[Decimal]:
    said = [m.amount for m in find_money(question) if m.amount is not None]
    return said + [value for value in bare_amounts(question) if value not in said]


def figure_origin(snap: Snapshot, plan: Plan, question: str) -> Plan:
    """``plan`` re-planned for the deal's article when ``question`` asks what a figure it states is."""
    if plan.route != "table" or not FIGURE_ASKED_RE.search(question) or is_claim(question):
        return plan  # a claim checked ("I read X paid Y $888 million upfront, is that right?"): ``claimed_values``
    deals = snap.pair_deals(plan.companies) if len(plan.companies) == 2 else []
    if len(deals) != 1:
        return plan
    deal = deals[0]
    stated = [value for value in _stated(question) if article_on_figure(snap, deal, value)]
    if not stated:
        return plan
    companies = list(dict.fromkeys([*deal.licensors, *deal.licensees]))
    spelt = " ".join(render_amount(value) for value in stated)  # "1.34bn" as the article writes it
    return plan.model_copy(
        update={
            "route": "text",
            "tool_calls": [],
            "text_query": f"{question} {spelt}",
            "passage_filter": {"companies": companies},
            "companies": companies,
            "rule": RULE,
            "interpretation": f"the articles on the {' & '.join(deal.licensors)}–{' & '.join(deal.licensees)} "
            f"deal ({deal.announced[:7]}): what the {spelt} figure is",
        }
    )


def origin_lead(snap: Snapshot, plan: Plan, question: str) -> list[Provenance]:
    """For a plan of ``figure_origin``: every sentence of the deal's article stating the figure, each with the
    sentence after it when that one states an amount too (the explanation goes on there: "Pharmaphorum instead
    treats the same figure as payments on top of the upfront, ... roughly $1.47 billion"); [] for other plans."""
    deals = snap.pair_deals(plan.companies) if plan.rule == RULE else []
    article = snap.resolver.article(deals[0].doc_id) if len(deals) == 1 else None
    if article is None:
        return []
    stated = _stated(question)
    lead: list[Provenance] = []
    for number, paragraph in enumerate(article.paragraphs, start=1):
        sentences = split_sentences(paragraph)
        for position, sentence in enumerate(sentences):
            if not any(states_figure(sentence, value) for value in stated):
                continue
            following = sentences[position + 1 : position + 2]
            for said in [sentence, *[s for s in following if find_money(s)]]:
                if all(p.quote != said for p in lead):
                    lead.append(Provenance(doc_id=deals[0].doc_id, paragraph=number, quote=said))
    return lead[:_MOST_SENTENCES]
