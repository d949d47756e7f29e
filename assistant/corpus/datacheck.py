"""``assistant data check``: every figure in the tables is stated, with its value, in its source.

For each figure the quote must stand verbatim inside one paragraph of the cited
document, and parsing the quote back must give the table's value and qualifier.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel

from assistant.corpus.documents import Article
from assistant.corpus.provenance import ProvenanceResolver, paragraph_of
from assistant.corpus.tables import MONEY_FIELDS, Deal, Figure, MarketStat, Tables, load_tables
from assistant.errors import AssistantError
from assistant.money import UNDISCLOSED_RE, find_money, find_numbers
from assistant.text import mentions_near_term

log = logging.getLogger(__name__)


class Problem(BaseModel):
    location: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.location} {self.field}: {self.message}"


class CheckReport(BaseModel):
    deals: int = 0
    market_stats: int = 0
    companies: int = 0
    figures_checked: int = 0
    problems: list[Problem] = []

    @property
    def ok(self) -> bool:
        return not self.problems


def quote_states_money(quote: str, amount: Decimal, qualifier: str) -> bool:
    """True when ``quote`` holds ``amount`` (US dollars) worded with ``qualifier``."""
    for mention in find_money(quote):
        if mention.amount != amount or mention.currency != "USD":
            continue
        if qualifier == "incl_near_term":
            if mentions_near_term(quote):
                return True
        elif mention.qualifier == qualifier:
            return True
    return False


def _check_figure(report: CheckReport, where: str, name: str, figure: Figure, article: Article | str) -> None:
    if figure.amount is None:
        if figure.quote and not UNDISCLOSED_RE.search(figure.quote):
            report.problems.append(
                Problem(
                    location=where,
                    field=f"{name}_quote",
                    message="an undisclosed figure's quote must say it was not disclosed",
                )
            )
        if figure.quote and isinstance(article, Article) and paragraph_of(article, figure.quote) is None:
            report.problems.append(
                Problem(location=where, field=f"{name}_quote", message=f"quote not found in document: {figure.quote!r}")
            )
        return
    report.figures_checked += 1
    if not figure.quote:
        report.problems.append(
            Problem(location=where, field=f"{name}_quote", message="a disclosed figure needs a quote")
        )
        return
    if isinstance(article, str):
        report.problems.append(Problem(location=where, field="doc_id", message=article))
        return
    if paragraph_of(article, figure.quote) is None:
        report.problems.append(
            Problem(
                location=where, field=f"{name}_quote", message=f"quote not found in {article.doc_id}: {figure.quote!r}"
            )
        )
    elif not quote_states_money(figure.quote, figure.amount, figure.qualifier):
        report.problems.append(
            Problem(
                location=where,
                field=f"{name}_usd",
                message=f"quote does not state {figure.amount} ({figure.qualifier}): {figure.quote!r}",
            )
        )


def _check_calc_total(report: CheckReport, where: str, deal: Deal) -> None:
    """A total we computed must be the sum of the stated parts."""
    upfront, milestones, total = deal.upfront.amount, deal.milestones.amount, deal.total.amount
    if upfront is None or milestones is None or total is None:
        report.problems.append(
            Problem(location=where, field="total_basis", message="'calc' needs upfront, milestones and total")
        )
        return
    parts = upfront + milestones
    # A sum may also add near-term payments the article states apart from the upfront.
    if total == parts or (total > parts and mentions_near_term(deal.total.quote)):
        return
    report.problems.append(
        Problem(
            location=where, field="total_usd", message=f"'calc' total {total} is not upfront + milestones = {parts}"
        )
    )


def check_tables(
    tables: Tables, documents_dir: Path, max_bytes: int = 5_000_000, resolver: ProvenanceResolver | None = None
) -> CheckReport:
    """Provenance and consistency checks over already-validated tables."""
    report = CheckReport(
        deals=len(tables.deals), market_stats=len(tables.market_stats), companies=len(tables.companies)
    )
    resolver = resolver or ProvenanceResolver(documents_dir, max_bytes)

    def article_or_reason(doc_id: str) -> Article | str:
        return resolver.article(doc_id) or resolver.unreadable[doc_id]

    deals_csv = documents_dir / "deals.csv"

    owners: dict[str, str] = {}
    for company in tables.companies:
        for alias in [company.name, *company.aliases]:
            key = alias.lower()
            if key in owners and owners[key] != company.name:
                report.problems.append(
                    Problem(
                        location=f"{documents_dir / 'companies.csv'}:{company.line}",
                        field="aliases",
                        message=f"{alias!r} also names {owners[key]!r}",
                    )
                )
            owners[key] = company.name
    names = {company.name for company in tables.companies}

    for deal in tables.deals:
        where = f"{deals_csv}:{deal.line}"
        for party in [*deal.licensors, *deal.licensees]:
            if party not in names:
                report.problems.append(
                    Problem(location=where, field="licensor/licensee", message=f"{party!r} is not in companies.csv")
                )
        article = article_or_reason(deal.doc_id)
        if isinstance(article, str):
            report.problems.append(Problem(location=where, field="doc_id", message=article))
        for name in MONEY_FIELDS:
            _check_figure(report, where, name, deal.figure(name), article)  # type: ignore[arg-type]
        if deal.total_basis == "calc":
            _check_calc_total(report, where, deal)
        if deal.total_basis == "none" and deal.total.amount is not None:
            report.problems.append(Problem(location=where, field="total_basis", message="'none' but a total is given"))

    stats_csv = documents_dir / "market_stats.csv"
    for stat in tables.market_stats:
        where = f"{stats_csv}:{stat.line}"
        report.figures_checked += 1
        article = article_or_reason(stat.doc_id)
        if isinstance(article, str):
            report.problems.append(Problem(location=where, field="doc_id", message=article))
            continue
        if paragraph_of(article, stat.quote) is None:
            report.problems.append(
                Problem(location=where, field="quote", message=f"quote not found in {stat.doc_id}: {stat.quote!r}")
            )
            continue
        if stat.unit == "USD":
            stated = quote_states_money(stat.quote, stat.value, stat.qualifier)
        else:
            stated = stat.value in find_numbers(stat.quote)
        if not stated:
            report.problems.append(
                Problem(
                    location=where,
                    field="value",
                    message=f"quote does not state {stat.value} {stat.unit} ({stat.qualifier}): {stat.quote!r}",
                )
            )
        if stat.subject and stat.subject not in names:
            report.problems.append(
                Problem(location=where, field="subject", message=f"{stat.subject!r} is not in companies.csv")
            )
    return report


def run_data_check(documents_dir: Path, max_bytes: int = 5_000_000) -> CheckReport:
    """Load and validate the tables, then prove every figure's provenance."""
    try:
        tables = load_tables(documents_dir)
    except AssistantError as error:
        return CheckReport(
            problems=[Problem(location=error.location or str(documents_dir), field="schema", message=error.message)]
        )
    return check_tables(tables, documents_dir, max_bytes)


class Withheld(BaseModel):
    """A table row that failed its check at load and is not served."""

    label: str
    parties: list[str]
    reason: str


def verified_tables(
    tables: Tables, documents_dir: Path, resolver: ProvenanceResolver, last_good: Tables | None = None
) -> tuple[Tables, dict[str, Withheld]]:
    """The rows that pass ``check_tables``; a failing row is left out and listed with its reason.

    With ``last_good`` (a running server reloading), a failing row is replaced by the version
    of it that was served before, when there was one, so an edit that breaks a row does not
    take a good figure away.
    """
    report = check_tables(tables, documents_dir, resolver=resolver)
    failed: dict[str, list[str]] = {}
    for problem in report.problems:
        reasons = failed.setdefault(problem.location, [])
        if f"{problem.field}: {problem.message}" not in reasons:
            reasons.append(f"{problem.field}: {problem.message}")
    deals_csv, stats_csv = documents_dir / "deals.csv", documents_dir / "market_stats.csv"
    previous_deals = {deal.deal_id: deal for deal in (last_good.deals if last_good else [])}
    previous_stats = {stat.stat_id: stat for stat in (last_good.market_stats if last_good else [])}
    withheld: dict[str, Withheld] = {}

    def still_good(old: Deal | MarketStat) -> bool:  # its source may have changed or gone since
        alone = Tables(
            deals=[old] if isinstance(old, Deal) else [],
            market_stats=[old] if isinstance(old, MarketStat) else [],
            companies=tables.companies,
        )
        problems = check_tables(alone, documents_dir, resolver=resolver).problems
        return not any(problem.location.startswith((str(deals_csv), str(stats_csv))) for problem in problems)

    deals = []
    for deal in tables.deals:
        problems = failed.get(f"{deals_csv}:{deal.line}")
        if not problems:
            deals.append(deal)
        elif deal.deal_id in previous_deals and still_good(previous_deals[deal.deal_id]):
            log.warning("deal %s failed its check (%s); still serving the last good row", deal.deal_id, problems[0])
            deals.append(previous_deals[deal.deal_id])
        else:
            log.warning("deal %s failed its check and is not served: %s", deal.deal_id, "; ".join(problems))
            withheld[deal.deal_id] = Withheld(
                label=deal.label, parties=[*deal.licensors, *deal.licensees], reason=problems[0][:300]
            )
    stats = []
    for stat in tables.market_stats:
        problems = failed.get(f"{stats_csv}:{stat.line}")
        if not problems:
            stats.append(stat)
        elif stat.stat_id in previous_stats and still_good(previous_stats[stat.stat_id]):
            stats.append(previous_stats[stat.stat_id])
        else:
            log.warning("market stat %s failed its check and is not served: %s", stat.stat_id, "; ".join(problems))
            withheld[stat.stat_id] = Withheld(
                label=f"{stat.metric}, {stat.scope}, {stat.period} ({stat.reporter})",
                parties=[stat.subject] if stat.subject else [],
                reason=problems[0][:300],
            )
    return Tables(deals=deals, market_stats=stats, companies=tables.companies), withheld
