"""Read one article and propose deal rows: parties from verb patterns, figures with their sentences.

Rule-based (``extraction_rules.py``). A proposer (an LLM, say) may add rows; every row,
however proposed, goes through ``verify_deal``, the check ``assistant data check`` makes:
the quote stands verbatim in one paragraph and parses back to the value and qualifier, a
total we summed equals its parts. A figure that fails is dropped with its reason, never kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from pydantic import BaseModel, Field

from assistant.corpus import extraction_rules as rules
from assistant.corpus.datacheck import quote_states_money
from assistant.corpus.documents import Article
from assistant.corpus.extraction_text import NameBook, article_date, date_in, describe, new_names
from assistant.corpus.provenance import paragraph_of
from assistant.corpus.tables import MONEY_FIELDS, Company
from assistant.money import MoneyMention, Qualifier, find_money
from assistant.text import mentions_near_term, split_sentences

EXTRACTOR_VERSION = "rules-1"


class FoundFigure(BaseModel):
    amount: Decimal
    qualifier: Qualifier
    quote: str
    rule: str
    basis: str = "reported"  # totals: "reported" or "calc" (our sum of the stated parts)


class ProposedDeal(BaseModel):
    """A deal row as the extractor proposes it; figures not found are undisclosed."""

    doc_id: str
    licensors: list[str]
    licensees: list[str]
    announced: str
    asset: str = ""
    modality: str = ""
    therapeutic_area: str = ""
    territory: str = ""
    figures: dict[str, FoundFigure] = Field(default_factory=dict)
    notes: str = ""
    proposed_by: str = EXTRACTOR_VERSION


class Dropped(BaseModel):
    """A figure or row the verification refused, and why."""

    doc_id: str
    field: str
    amount: Decimal | None = None
    quote: str = ""
    reason: str


class Extraction(BaseModel):
    doc_id: str
    deals: list[ProposedDeal] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list)


Proposer = Callable[[Article, list[Company]], list[ProposedDeal]]


class _Draft:
    def __init__(self, licensors: list[str], licensees: list[str], paragraph: int) -> None:
        self.licensors = list(licensors)
        self.licensees = list(licensees)
        self.paragraph = paragraph
        self.figures: dict[str, FoundFigure] = {}
        self.figure_paragraph: int | None = None
        self.notes: list[str] = []

    def parties(self) -> set[str]:
        return {*self.licensors, *self.licensees}


def _before(mentions: list[tuple[str, int, int]], position: int, text: str) -> list[str]:
    """The names right before ``position`` ("Kelun-Biotech and Harbour BioMed licensed ..."): a chain joined by 'and'."""
    chain: list[str] = []
    cursor = position
    for name, start, end in reversed([m for m in mentions if m[2] <= position]):
        gap = text[end:cursor]
        if chain and not re.fullmatch(r"\s*(?:,|and|, and)\s*", gap):
            break
        if not chain and re.search(r"[;:]", gap):
            break
        chain.insert(0, name)
        cursor = start
    return list(dict.fromkeys(chain))


def _after(mentions: list[tuple[str, int, int]], position: int, text: str, within: int = 3) -> list[str]:
    """The names right after ``position`` (a chain joined by 'and' or 'and to')."""
    chain: list[str] = []
    cursor = position
    for name, start, end in [m for m in mentions if m[1] >= position]:
        gap = text[cursor:start]
        limit = r"\s*(?:,|and|and to|, and|, and to)\s*" if chain else rf"\s*(?:\S+\s*){{0,{within}}}"
        if not re.fullmatch(limit, gap):
            break
        chain.append(name)
        cursor = end
    return list(dict.fromkeys(chain))


def _roles(sentence: str, mentions: list[tuple[str, int, int]], last: list[str]) -> list[tuple[list[str], list[str]]]:
    """(licensors, licensees) each verb pattern of the sentence states; a side may be empty."""
    found: list[tuple[list[str], list[str]]] = []
    for match in rules.LICENSE_OUT_RE.finditer(sentence):
        subject = _before(mentions, match.start(), sentence)
        if not subject and re.search(r"\b(?:it|they)\s+(?:\w+\s+)?$", sentence[: match.start()]):
            subject = last
        if rules.GRANT_RE.match(match.group()):
            objects = _after(mentions, match.end(), sentence, within=0)
        else:
            to = re.search(r"\bto\s+(?=\S)", sentence[match.end() :])
            objects = _after(mentions, match.end() + to.end(), sentence, within=0) if to else []
        found.append((subject, objects))
    for match in rules.LICENSE_IN_RE.finditer(sentence):
        source = re.search(r"\bfrom\s+", sentence[match.end() :])
        licensor = _after(mentions, match.end() + source.end(), sentence, within=0) if source else []
        found.append((licensor, _before(mentions, match.start(), sentence)))
    for match in rules.POSSESSIVE_PAY_RE.finditer(sentence):
        found.append((_after(mentions, match.end(), sentence, within=0), _before(mentions, match.start(), sentence)))
    for match in rules.PAY_RE.finditer(sentence):
        payer = _before(mentions, match.start(), sentence)
        payee = _after(mentions, match.end(), sentence)
        if not payee:
            for to in re.finditer(r"\bto\s+", sentence[match.end() : match.end() + 80]):
                payee = _after(mentions, match.end() + to.end(), sentence, within=0)
                if payee:
                    break
        found.append(([p for p in payee if p not in payer], payer))
    for match in rules.RECEIVE_RE.finditer(sentence):
        source = re.search(r"\bfrom\s+", sentence[match.end() :])
        payer = _after(mentions, match.end() + source.end(), sentence, within=0) if source else []
        found.append((_before(mentions, match.start(), sentence), payer))
    return [(a, b) for a, b in found if a or b]


def _tokenized(sentence: str) -> tuple[str, list[MoneyMention]]:
    """The sentence with US-dollar amounts as ``§`` and other currencies as ``¤`` (same length kept out)."""
    usd: list[MoneyMention] = []
    parts: list[str] = []
    cursor = 0
    for mention in find_money(sentence):
        parts.append(sentence[cursor : mention.start])
        if mention.currency == "USD":
            usd.append(mention)
            parts.append(rules.MONEY_TOKEN)
        else:
            parts.append(rules.OTHER_MONEY_TOKEN)
        cursor = mention.end
    parts.append(sentence[cursor:])
    return "".join(parts), usd


def read_figures(sentence: str) -> list[tuple[str, FoundFigure]]:
    """(field, figure) for each amount a figure rule takes; one figure per field per sentence."""
    tokens, usd = _tokenized(sentence)
    taken: dict[str, FoundFigure] = {}
    used: set[int] = set()
    summing = bool(rules.CALC_RE.search(sentence) and rules.SUM_SENTENCE_RE.search(sentence))
    for rule in rules.FIGURE_RULES:
        if rule.field in taken or (summing and rule.field != "total"):
            continue
        for match in rule.pattern.finditer(tokens):
            index = tokens[: match.start("m")].count(rules.MONEY_TOKEN)
            if index in used:
                continue
            mention = usd[index]
            if mention.amount is None:
                continue
            qualifier: Qualifier = mention.qualifier
            if rule.field == "upfront" and "near-term" in rule.name:
                qualifier = "incl_near_term"
            basis = "calc" if rule.field == "total" and rules.CALC_RE.search(sentence) else "reported"
            taken[rule.field] = FoundFigure(
                amount=mention.amount, qualifier=qualifier, quote=sentence, rule=rule.name, basis=basis
            )
            used.add(index)
            break
    return list(taken.items())


def _other_currency_notes(sentence: str) -> list[tuple[str, str]]:
    """(field, note) for figures a rule would take were they in US dollars: kept as a note, never converted."""
    mentions = [m for m in find_money(sentence) if m.currency != "USD"]
    if not mentions:
        return []
    swapped = sentence
    for mention in reversed(mentions):
        swapped = swapped[: mention.start] + "$1 million" + swapped[mention.end :]
    fields = {field for field, _ in read_figures(swapped)} - {field for field, _ in read_figures(sentence)}
    stated = ", ".join(m.text for m in mentions)
    return [(field, f"{field} stated only as {stated} (not converted)") for field in sorted(fields)]


def _pick(drafts: list[_Draft], named: set[str], current: _Draft | None) -> _Draft | None:
    """The draft whose parties the sentence names most; ties go to the draft in use."""
    if not drafts:
        return None
    best = max(len(named & d.parties()) for d in drafts)
    if best == 0:
        return current or drafts[-1]
    tied = [d for d in drafts if len(named & d.parties()) == best]
    if current in tied:
        return current
    return tied[-1]


def _draft_for(drafts: list[_Draft], licensors: list[str], licensees: list[str], paragraph: int) -> _Draft:
    for draft in reversed(drafts):
        if set(licensors) <= set(draft.licensors) and set(licensees) <= set(draft.licensees):
            return draft
        if licensors and licensees and not (draft.licensors and draft.licensees):
            fits = set(draft.licensors) <= set(licensors) and set(draft.licensees) <= set(licensees)
            if fits:
                draft.licensors = draft.licensors or licensors
                draft.licensees = draft.licensees or licensees
                return draft
    draft = _Draft(licensors, licensees, paragraph)
    drafts.append(draft)
    return draft


def extract_article(article: Article, companies: list[Company], proposer: Proposer | None = None) -> Extraction:
    """The deals ``article`` reports, each figure verified; what failed is in ``dropped``."""
    book = NameBook(companies, new_names(article))
    drafts: list[_Draft] = []
    current: _Draft | None = None
    votes: dict[str, int] = {}
    partners: list[list[str]] = []  # names joined by "a partnership with"
    dropped: list[Dropped] = []
    for number, paragraph in enumerate(article.paragraphs, start=1):
        for sentence in split_sentences(paragraph):
            if rules.INSTRUCTION_RE.search(sentence):
                if find_money(sentence):
                    dropped.append(
                        Dropped(
                            doc_id=article.doc_id,
                            field="sentence",
                            quote=sentence,
                            reason="addressed to a reader or a model, not reported news",
                        )
                    )
                continue
            if rules.HEDGE_RE.search(sentence):
                continue
            mentions = book.mentions(sentence)
            last = current.licensors if current else []
            for match in rules.COUNTERPARTY_RE.finditer(sentence):
                partners += [_before(mentions, match.start(), sentence), _after(mentions, match.end(), sentence, 0)]
            roles = _roles(sentence, mentions, last)
            for licensors, licensees in roles:
                for name in licensors:
                    votes[name] = votes.get(name, 0) + 1
                for name in licensees:
                    votes[name] = votes.get(name, 0) - 1
                if licensors and licensees and not (set(licensors) & set(licensees)):
                    current = _draft_for(drafts, licensors, licensees, number)
            figures = read_figures(sentence) if sentence.rstrip().endswith((".", "!", "?")) else []
            notes = _other_currency_notes(sentence)
            if not figures and not notes:
                continue
            target = _pick(drafts, {m[0] for m in mentions}, current)
            if target is None:
                target = _Draft([], [], number)
                drafts.append(target)
            for licensors, licensees in roles:  # a figure sentence may name the side still open
                if not target.licensors and licensors and not set(licensors) & set(target.licensees):
                    target.licensors = licensors
                if not target.licensees and licensees and not set(licensees) & set(target.licensors):
                    target.licensees = licensees
            for field, figure in figures:
                if field in target.figures:
                    if not (rules.NEW_TERMS_RE.search(sentence) and number != target.figure_paragraph):
                        continue
                    target = _Draft(target.licensors, target.licensees, number)
                    drafts.append(target)
                target.figures[field] = figure
                if target.figure_paragraph is None:
                    target.figure_paragraph = number
            target.notes += [note for field, note in notes if field not in target.figures]
            current = target
    extraction = Extraction(doc_id=article.doc_id)
    described = describe(article)
    for draft in drafts:
        if not draft.figures:
            continue
        _fill_parties(draft, drafts, votes, {n for group in partners for n in group})
        date = article_date(article)
        if draft is not drafts[0] and draft.figure_paragraph is not None:
            found = date_in(article.paragraphs[draft.figure_paragraph - 1])
            if found and rules.ANNOUNCED_BEFORE_RE.search(article.paragraphs[draft.figure_paragraph - 1][: found[1]]):
                date = found[0]
        elif draft.figure_paragraph is not None and draft.figure_paragraph > 1:
            paragraph = article.paragraphs[draft.figure_paragraph - 1]
            found = date_in(paragraph)
            if found and rules.ANNOUNCED_BEFORE_RE.search(paragraph[: found[1]]):
                date = found[0]
        proposed = ProposedDeal(
            doc_id=article.doc_id,
            licensors=draft.licensors,
            licensees=draft.licensees,
            announced=date,
            figures=draft.figures,
            notes="; ".join(dict.fromkeys(draft.notes)),
            **described,
        )
        extraction.deals.append(proposed)
    if proposer is not None:
        extraction.deals += [deal for deal in proposer(article, companies) if _is_new(deal, extraction.deals)]
    kept: list[ProposedDeal] = []
    for deal in extraction.deals:
        problems = verify_deal(deal, article, book.country)
        dropped += problems
        if deal.licensors and deal.licensees and any(p.field == "row" for p in problems) is False:
            if deal.figures:
                kept.append(deal)
        elif not any(p.field == "row" for p in problems):
            dropped.append(Dropped(doc_id=article.doc_id, field="row", reason="licensor or licensee not found"))
    extraction.deals, extraction.dropped = kept, dropped
    return extraction


def _fill_parties(draft: _Draft, drafts: list[_Draft], votes: dict[str, int], partners: set[str]) -> None:
    """A side the figure sentences left open: from a draft sharing the other side, else from the role
    votes, else the one company named as the partner ("a partnership with AbbVie")."""
    for other in drafts:
        if other is draft or not (other.licensors and other.licensees):
            continue
        if not draft.licensors and set(draft.licensees) & set(other.licensees):
            draft.licensors = other.licensors
        if not draft.licensees and set(draft.licensors) & set(other.licensors):
            draft.licensees = other.licensees
    if not draft.licensors and votes and max(votes.values()) > 0:
        draft.licensors = [max(votes, key=lambda name: votes[name])]
    if not draft.licensees and votes and min(votes.values()) < 0:
        draft.licensees = [min(votes, key=lambda name: votes[name])]
    others = sorted(partners - draft.parties())
    if len(others) == 1 and bool(draft.licensors) != bool(draft.licensees):
        (draft.licensees if draft.licensors else draft.licensors).append(others[0])


def _is_new(deal: ProposedDeal, deals: list[ProposedDeal]) -> bool:
    return not any(set(deal.licensors) == set(d.licensors) and set(deal.licensees) == set(d.licensees) for d in deals)


def verify_deal(deal: ProposedDeal, article: Article, country: dict[str, str]) -> list[Dropped]:
    """Remove from ``deal`` every figure that fails the data check's test; return what was removed and why."""
    problems: list[Dropped] = []

    def drop(field: str, figure: FoundFigure | None, reason: str) -> None:
        problems.append(
            Dropped(
                doc_id=deal.doc_id,
                field=field,
                amount=figure.amount if figure else None,
                quote=figure.quote if figure else "",
                reason=reason,
            )
        )
        deal.figures.pop(field, None)

    if any(country.get(n) == "China" for n in deal.licensees) and any(
        country.get(n) not in ("", None, "China") for n in deal.licensors
    ):
        drop("row", None, "a Chinese company licensing in, not out")
        deal.figures.clear()
        return problems
    for field in list(deal.figures):
        figure = deal.figures[field]
        if field not in MONEY_FIELDS:
            drop(field, figure, "not a money field of the deal table")
        elif figure.amount > rules.MAX_PLAUSIBLE_USD:
            drop(field, figure, f"implausible for one licensing deal: {figure.amount}")
        elif paragraph_of(article, figure.quote) is None:
            drop(field, figure, "quote not found verbatim in one paragraph")
        elif not quote_states_money(figure.quote, figure.amount, figure.qualifier):
            drop(field, figure, f"quote does not state {figure.amount} ({figure.qualifier})")
        elif figure.qualifier == "incl_near_term" and not mentions_near_term(figure.quote):
            drop(field, figure, "near-term qualifier without near-term wording")
    total = deal.figures.get("total")
    if total is not None and total.basis == "calc":
        parts = [deal.figures.get(name) for name in ("upfront", "milestones")]
        if any(part is None for part in parts):
            drop("total", total, "our sum needs the upfront and the milestones it adds")
        else:
            summed = sum((part.amount for part in parts if part is not None), Decimal(0))
            if not (total.amount == summed or (total.amount > summed and mentions_near_term(total.quote))):
                drop("total", total, f"our sum {total.amount} is not upfront + milestones = {summed}")
    return problems
