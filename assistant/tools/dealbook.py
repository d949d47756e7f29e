"""The deal table with every figure's provenance resolved once, and the wording the tools share.

Every figure stays ``Decimal`` from the CSV to the sentence; every line the tools
write carries the passages (doc id, paragraph, quote) of the figures behind it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from assistant.corpus.provenance import Provenance, ProvenanceResolver
from assistant.corpus.tables import Deal, Tables
from assistant.dates import month_words
from assistant.errors import AssistantError
from assistant.money import Money, Qualifier, combine_qualifiers, find_numbers, render_money
from assistant.text import split_sentences
from assistant.tools.dealfilter import canonical, date_span, describe, matches
from assistant.tools.market import MarketStats
from assistant.tools.quantities import derived_qualifier, rounded
from assistant.tools.schema import DealFilter, FigureOut, Metric, ToolResult

METRICS: tuple[Metric, ...] = ("upfront", "milestones", "total", "equity")
PLURAL = {
    "upfront": "upfront payments",
    "milestones": "milestone payments",
    "total": "total deal values",
    "equity": "equity investments",
}
SINGULAR = {
    "upfront": "upfront payment",
    "milestones": "milestone package",
    "total": "total deal value",
    "equity": "equity investment",
}
# an asset said by one name, a code ("RC148", "HRS-9821", "LBL-047 / DNTH212") or a drug's name ("Ivonescimab"), not
# a description ("GLP-1 portfolio", "two cardiovascular RNAi"): said beside its deal in a list (a code opening on a
# digit, "9MW3811", is left out: its digits would read as a number the answer states)
_NAME = r"(?:[A-Za-z][\w-]*\d[\w-]*|[A-Z][a-z]+(?:mab|mig|tide|cept|tinib|stat)|[a-z]+-[a-z]+)"
_CODE_RE = re.compile(rf"{_NAME}(?:\s*/\s*{_NAME}){{0,2}}")
TABLE_CAVEAT = "These figures are computed over the deals in our table, not a reported market total."
UNSTATED = "(not stated)"
NAMED_LIMIT = 12  # a count or a sum over at most this many deals names each deal
_STATUS_WORDS = {
    "terminated": ["terminat", "revert"],
    "closed": ["closed", "completed"],
    "active": ["expan", "additional", "option"],
}
_TERRITORY_WORDS = ["territor", "worldwide", "outside", "global", "rights", "excluding", "ex-"]


def names(items: Iterable[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    listed = list(items)
    return listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]


def count_deals(count: int) -> str:
    return f"{count} deal" if count == 1 else f"{count} deals"


def condition(wanted: DealFilter) -> str:
    """A filter as a formula: "licensee=Merck & Co. and year=2024"."""
    parts = [f"{key}={value}" for key, value in wanted.model_dump(mode="json", exclude_defaults=True).items()]
    return " and ".join(parts) or "any deal"


def count_figure(label: str, count: int, expression: str, provenance: list[Provenance] | None = None) -> FigureOut:
    """A count a line states ("3 deals", "2 had the figure undisclosed") as an exact figure."""
    return FigureOut(
        label=label, value=Decimal(count), unit="count", expression=expression, provenance=provenance or []
    )


def percent_figure(label: str, part: FigureOut, whole: FigureOut, provenance: list[Provenance]) -> FigureOut:
    """``part`` as a percent of ``whole`` (to 0.1), qualified by both: a share of our rows or of deal counts."""
    assert part.value is not None and whole.value
    qualifier = derived_qualifier(part.qualifier, [whole.qualifier])
    share, share_q = rounded(part.value / whole.value * 100, Decimal("0.1"), qualifier)
    return FigureOut(
        label=label,
        value=share,
        unit="percent",
        qualifier=share_q,
        expression=f"({part.expression}) / ({whole.expression}) × 100",
        provenance=provenance,
    )


def undisclosed_words(count: int) -> str:
    return "none had the figure undisclosed" if count == 0 else f"{count} had the figure undisclosed"


def coverage(
    wanted: DealFilter, where: str, deals: list[Deal], missing: list[Deal], metric: str
) -> tuple[str, list[FigureOut]]:
    """ "over 3 deals; none had the figure undisclosed", with both counts as figures."""
    cond = condition(wanted)
    figures = [count_figure(f"deals matched: {where}", len(deals), f"count(deals where {cond})")]
    if missing:
        figures.append(
            count_figure(
                f"deals with the {metric} undisclosed: {where}",
                len(missing),
                f"count(deals where {cond} and {metric} undisclosed)",
            )
        )
    return f"over {count_deals(len(deals))}; {undisclosed_words(len(missing))}", figures


def money(amount: Decimal | None, qualifier: Qualifier) -> str:
    return render_money(Money(amount=amount, qualifier=qualifier))


def amount_of(deal: Deal, metric: Metric) -> Decimal:
    amount = deal.figure(metric).amount
    if amount is None:
        raise AssistantError("undisclosed", f"{deal.deal_id}.{metric} is undisclosed")
    return amount


def split_disclosed(deals: list[Deal], metric: Metric) -> tuple[list[Deal], list[Deal]]:
    """The deals with the figure disclosed, and those without it."""
    used = [deal for deal in deals if deal.figure(metric).amount is not None]
    return used, [deal for deal in deals if deal.figure(metric).amount is None]


def sum_of(deals: list[Deal], metric: Metric) -> tuple[Decimal, Qualifier]:
    """The sum of disclosed figures; "up to" parts make an "up to" sum, and so on."""
    total = sum((amount_of(deal, metric) for deal in deals), Decimal(0))
    return total, combine_qualifiers(deal.figure(metric).qualifier for deal in deals)


def median_picks(used: list[Deal], metric: Metric) -> list[Deal]:
    """The middle deal of the disclosed deals ordered by the amount; with an even number, the middle two."""
    ordered = sorted(used, key=lambda deal: amount_of(deal, metric))
    middle = len(ordered) // 2
    return ordered[middle - 1 : middle + 1] if len(ordered) % 2 == 0 else [ordered[middle]]


def median_of(used: list[Deal], metric: Metric) -> tuple[Decimal, Qualifier]:
    """The middle amount of the disclosed deals; with an even number, the mean of the middle two."""
    picks = median_picks(used, metric)
    value, qualifier = sum_of(picks, metric)
    return value / len(picks), qualifier


def ids(deals: Iterable[Deal]) -> str:
    return ", ".join(deal.deal_id for deal in deals)


def newest_first(deals: Iterable[Deal]) -> list[Deal]:
    return sorted(deals, key=lambda deal: deal.announced, reverse=True)


def short_asset(deal: Deal) -> str:
    """The asset's name without its description: "CN201 (CD3xCD19 T-cell engager)" -> "CN201"."""
    return deal.asset.split(" (")[0].split(";")[0].split(": ")[0].strip() or deal.asset


def counterparty(deal: Deal, wanted: DealFilter, aliases: Mapping[str, str]) -> str:
    """The side of ``deal`` the filter does not fix: licensors for a licensee filter, and so on; a group of
    companies ("AstraZeneca|GSK") fixes neither side, so both are named."""
    if wanted.licensee and not wanted.licensor and "|" not in wanted.licensee:
        return names(deal.licensors)
    if wanted.licensor and not wanted.licensee and "|" not in wanted.licensor:
        return names(deal.licensees)
    if wanted.company and not (wanted.licensor or wanted.licensee):
        fixed = canonical(wanted.company, aliases).lower()
        if any(party.lower() == fixed for party in deal.licensors):
            return names(deal.licensees)
        if any(party.lower() == fixed for party in deal.licensees):
            return names(deal.licensors)
    return f"{' & '.join(deal.licensors)}–{' & '.join(deal.licensees)}"


def stating_sentence(paragraphs: list[str], numbers: set[Decimal]) -> tuple[int, str] | None:
    """The first sentence (paragraph number from 1, sentence) holding every one of ``numbers``."""
    for number, paragraph in enumerate(paragraphs, start=1):
        for sentence in split_sentences(paragraph):
            if numbers <= set(find_numbers(sentence)):
                return number, sentence.strip()
    return None


def group_keys(deal: Deal, dimension: str) -> list[str]:
    """The groups a deal belongs to: a deal with two licensors belongs to both."""
    if dimension == "licensor":
        return deal.licensors
    if dimension == "licensee":
        return deal.licensees
    if dimension == "year":
        return [str(deal.year)]
    if dimension in ("quarter", "month"):  # "2025-Q1", "2025-03"; a deal dated only to its year has neither
        if len(deal.announced) < 7:
            return [UNSTATED]
        month = int(deal.announced[5:7])
        return [f"{deal.year}-Q{(month - 1) // 3 + 1}" if dimension == "quarter" else deal.announced[:7]]
    return [getattr(deal, dimension) or UNSTATED]


class DealBook:
    """Tables plus provenance: each cited article is read once, when the book is built."""

    def __init__(self, tables: Tables, sources: Path | ProvenanceResolver, max_bytes: int = 5_000_000) -> None:
        resolver = sources if isinstance(sources, ProvenanceResolver) else ProvenanceResolver(sources, max_bytes)
        self.tables = tables
        self.aliases = {
            alias.lower(): company.name for company in tables.companies for alias in (company.name, *company.aliases)
        }
        self.countries = {company.name: company.country for company in tables.companies}
        self._figure_prov: dict[tuple[str, str], Provenance] = {}
        self._note_prov: dict[tuple[str, str], Provenance] = {}
        self._headline_prov: dict[str, Provenance] = {}
        for deal in tables.deals:
            for name in METRICS:
                if found := resolver.quote(deal.doc_id, deal.figure(name).quote):
                    self._figure_prov[(deal.deal_id, name)] = found
            topics = {
                "royalties": ["royalt"],
                "territory": _TERRITORY_WORDS,
                # the paragraph stating the status date the line repeats outweighs one with a status word
                "status": [*_STATUS_WORDS.get(deal.status, []), *([deal.status_date] * 3 if deal.status_date else [])],
            }
            for topic, words in topics.items():
                if found := resolver.topic(deal.doc_id, words):
                    self._note_prov[(deal.deal_id, topic)] = found
            if deal.equity_note:
                self._cite_note(resolver, deal)
            self._cite_status(resolver, deal)
            # The deal's article: the paragraph of its headline figure, else its first paragraph.
            for name in ("total", "upfront"):
                if deal.figure(name).amount is not None and (deal.deal_id, name) in self._figure_prov:
                    self._headline_prov[deal.deal_id] = self._figure_prov[(deal.deal_id, name)]
                    break
            else:
                if found := resolver.topic(deal.doc_id, []):
                    self._headline_prov[deal.deal_id] = found
        stat_prov = {
            stat.stat_id: found for stat in tables.market_stats if (found := resolver.quote(stat.doc_id, stat.quote))
        }
        self.market = MarketStats(tables.market_stats, stat_prov, self.aliases)

    def _cite_note(self, resolver: ProvenanceResolver, deal: Deal) -> None:
        """The article sentence stating the numbers of the deal's equity note that its equity quote lacks."""
        needed = set(find_numbers(deal.equity_note)) - set(find_numbers(deal.equity.quote))
        if not needed:
            self._note_prov[(deal.deal_id, "equity_note")] = Provenance(doc_id=deal.doc_id, paragraph=0, quote="")
            return
        article = resolver.article(deal.doc_id)
        found = stating_sentence(article.paragraphs, needed) if article else None
        if found:
            paragraph, sentence = found
            self._note_prov[(deal.deal_id, "equity_note")] = Provenance(
                doc_id=deal.doc_id, paragraph=paragraph, quote=sentence
            )

    def _cite_status(self, resolver: ProvenanceResolver, deal: Deal) -> None:
        """The status line repeats its note ("active — $250 million milestone paid by BMS in 2025"): when the
        paragraph found by status words lacks the note's numbers, the paragraph stating them all is cited."""
        needed = set(find_numbers(deal.status_note)) - set(find_numbers(deal.status_date))
        found = self._note_prov.get((deal.deal_id, "status"))
        if not needed or (found and needed <= set(find_numbers(found.quote))):
            return
        article = resolver.article(deal.doc_id)
        stated = stating_sentence(article.paragraphs, needed) if article else None
        if stated:
            paragraph = stated[0]
            self._note_prov[(deal.deal_id, "status")] = Provenance(
                doc_id=deal.doc_id, paragraph=paragraph, quote=article.paragraphs[paragraph - 1] if article else ""
            )

    def equity_note(self, deal: Deal) -> tuple[str, list[Provenance]]:
        """The deal's equity note and the sentence stating its numbers; no note when no sentence does."""
        found = self._note_prov.get((deal.deal_id, "equity_note"))
        if not deal.equity_note or found is None:
            return "", []
        return deal.equity_note, [found] if found.quote else []

    def prov(self, deals: Iterable[Deal], metric: str) -> list[Provenance]:
        """The passages stating ``metric`` for each of ``deals``."""
        return [found for deal in deals if (found := self._figure_prov.get((deal.deal_id, metric)))]

    def cite(self, deals: Iterable[Deal]) -> list[Provenance]:
        """Each deal's article: the paragraph with its headline figure, or its first paragraph."""
        return [found for deal in deals if (found := self._headline_prov.get(deal.deal_id))]

    def named(self, deals: list[Deal], wanted: DealFilter, metric: Metric | None = None) -> str:
        """The deals by counterparty, e.g. "LaNova Medicines $588 million and Curon ... $700 million";
        with no metric, each with its date: "Jacobio Pharmaceuticals (2025-12-21)"."""
        parts = []
        parties = [counterparty(deal, wanted, self.aliases) for deal in deals]
        for deal, party in zip(deals, parties, strict=True):
            asset = short_asset(deal)
            if parties.count(party) > 1 or _CODE_RE.fullmatch(asset):
                # two deals of one pair: each by its asset ("for HS-20089"); a drug code or name always ("for RC148")
                party = f"{party} for {asset}"
            if metric is None:
                parts.append(f"{party} ({month_words(deal.announced)})")
            else:
                stated = deal.figure(metric)
                parts.append(f"{party} {money(stated.amount, stated.qualifier)}")
        return names(parts) if parts else ""

    def note(self, deal: Deal, topic: str) -> list[Provenance]:
        """The deal article's paragraph about royalties, territory or status."""
        found = self._note_prov.get((deal.deal_id, topic))
        return [found] if found else []

    def figure(self, deal: Deal, metric: Metric) -> FigureOut:
        stated = deal.figure(metric)
        return FigureOut(
            label=f"{metric}, {deal.label}",
            value=stated.amount,
            qualifier=stated.qualifier,
            expression=f"deals[{deal.deal_id}].{metric}",
            provenance=self.prov([deal], metric),
        )

    def select(self, wanted: DealFilter) -> list[Deal]:
        return [deal for deal in self.tables.deals if matches(deal, wanted, self.aliases, self.countries)]

    def where(self, wanted: DealFilter) -> str:
        return describe(wanted, self.aliases) + self._month_dated(wanted)

    def borderline_also(self, wanted: DealFilter) -> list[Deal]:
        """The borderline rows (licensor arguably not Chinese) that would meet a filter on the default sections, which
        leaves them out: a list says how many ("which deals have no disclosed upfront?": one, WuXi Biologics–Candid)."""
        if set(wanted.scopes) != {"main", "context"} or wanted.deal_ids:
            return []
        return self.select(wanted.model_copy(update={"scopes": ["borderline"]}))

    def _month_dated(self, wanted: DealFilter) -> str:
        """A window of days ("from December 5 to December 31, 2025") keeps only the rows dated inside it: a row dated
        only to a month that reaches into the window is said as not counted (how many, which month), never dropped
        silently; no company is named, as the answer cites only the rows counted."""
        first, last = wanted.date_from or "", wanted.date_to or ""
        if len(first) != 10 or len(last) != 10:
            return ""
        loose = wanted.model_copy(update={"date_from": None, "date_to": None})
        left = [
            deal
            for deal in self.select(loose)
            if len(deal.announced) == 7
            and date_span(deal.announced)[0] <= last
            and date_span(deal.announced)[1] >= first
            and not (first <= date_span(deal.announced)[0] and date_span(deal.announced)[1] <= last)
        ]
        if not left:
            return ""
        months = names(sorted({month_words(deal.announced) for deal in left}))
        many = ("one deal", "two deals", "three deals", "four deals")[len(left) - 1] if len(left) <= 4 else "some deals"
        return f" (not counted: {many} dated only to {months}, whose day is not known, may fall inside the window)"

    @staticmethod
    def result(tool: str, args: BaseModel, **fields: Any) -> ToolResult:
        return ToolResult(tool=tool, args=args.model_dump(mode="json", exclude_none=True), **fields)
