"""``documents/extracted_deals.csv``: deal rows the extractor proposed, their review, and the merged table.

Rows are in the deals.csv schema plus ``review_status`` (extracted, approved, rejected), the
extractor's version and any curated row they collide with. An extracted row never overrides
a curated one (same parties, and the same announcement month or asset code): it is listed as
a conflict and left out of the answers. Every row's figures are checked again when the table
is merged, so a hand edit of the file cannot slip an unverified number in.
"""

from __future__ import annotations

import csv
import logging
import os
import re
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from assistant.corpus.datacheck import quote_states_money
from assistant.corpus.documents import SkippedFile, load_article, scan_documents
from assistant.corpus.extraction import Dropped, ProposedDeal, extract_article
from assistant.corpus.extraction_rules import GENERIC_NAME_WORDS
from assistant.corpus.provenance import ProvenanceResolver, paragraph_of
from assistant.corpus.tables import (
    DEAL_COLUMNS,
    MONEY_FIELDS,
    Company,
    Deal,
    Tables,
    deal_from_row,
    load_companies,
    load_deals,
    load_market_stats,
    read_rows,
)
from assistant.errors import AssistantError
from assistant.money import Money, render_money
from assistant.settings import Settings

log = logging.getLogger(__name__)
EXTRACTED_FILE = "extracted_deals.csv"
EXTRACTED_COLUMNS = [*DEAL_COLUMNS, "review_status", "extractor_version", "conflict"]
ReviewStatus = Literal["extracted", "approved", "rejected"]
REVIEW_STATUSES: tuple[ReviewStatus, ...] = ("extracted", "approved", "rejected")
EDITABLE = [c for c in DEAL_COLUMNS if not c.endswith("_quote") and c not in ("deal_id", "doc_id")]
UNREVIEWED_NOTE = "from an automatically extracted, unreviewed row"


class IndexChanges(Protocol):
    """What an index run changed (``IndexSummary`` has these)."""

    added: list[str]
    changed: list[str]
    removed: list[str]


class RefreshReport(BaseModel):
    extracted: dict[str, int] = Field(default_factory=dict)  # doc id -> rows proposed
    retired: dict[str, int] = Field(default_factory=dict)  # doc id -> rows removed
    skipped: dict[str, str] = Field(default_factory=dict)  # doc id -> why it was not read
    dropped: list[Dropped] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list)

    def summary(self) -> str:
        rows = sum(self.extracted.values())
        text = f"{rows} deal row(s) proposed from {len(self.extracted)} article(s)"
        if self.retired:
            text += f", {sum(self.retired.values())} retired"
        if self.dropped:
            text += f", {len(self.dropped)} figure(s) dropped by verification"
        if self.conflicts:
            text += f", {len(self.conflicts)} conflict(s) with curated rows: {', '.join(self.conflicts)}"
        return text + "; review with `assistant deals review`"


def extracted_path(documents_dir: Path) -> Path:
    return documents_dir / EXTRACTED_FILE


def load_rows(documents_dir: Path) -> list[dict[str, str]]:
    """The extracted rows as written (an absent file is an empty table)."""
    path = extracted_path(documents_dir)
    if not path.is_file():
        return []
    rows = [row for _, row in read_rows(path, EXTRACTED_COLUMNS)]
    for row in rows:
        if row["review_status"] not in REVIEW_STATUSES:
            raise AssistantError("table_value", f"review_status {row['review_status']!r} unknown", str(path))
    return rows


def save_rows(documents_dir: Path, rows: Sequence[dict[str, str]]) -> None:
    """Write the table whole through a temporary file, so a reader never sees half of it."""
    path = extracted_path(documents_dir)
    handle, temporary = tempfile.mkstemp(dir=documents_dir, prefix=".extracted-", suffix=".csv")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=EXTRACTED_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    os.replace(temporary, path)


def _slug(name: str) -> str:
    """The name's first distinctive word ("Shenzhen Zhiyao Medicines" -> "zhiyao")."""
    words = [w for w in name.split() if w.lower() not in GENERIC_NAME_WORDS] or name.split()
    return re.sub(r"[^a-z0-9]+", "-", words[0].lower()).strip("-") or "x"


def row_for(deal: ProposedDeal, taken: set[str]) -> dict[str, str]:
    """A proposed deal as a table row with a fresh deal id."""
    base = f"{_slug(deal.licensors[0])}-{_slug(deal.licensees[0])}-{deal.announced[:4]}"
    deal_id, number = base, 2
    while deal_id in taken:
        deal_id, number = f"{base}-{number}", number + 1
    taken.add(deal_id)
    row = {column: "" for column in EXTRACTED_COLUMNS}
    row.update(
        deal_id=deal_id,
        announced=deal.announced,
        licensor=";".join(deal.licensors),
        licensee=";".join(deal.licensees),
        asset=deal.asset,
        modality=deal.modality,
        therapeutic_area=deal.therapeutic_area,
        territory=deal.territory,
        status="announced",
        scope="main" if deal.announced[:4] >= "2024" else "context",
        doc_id=deal.doc_id,
        notes=deal.notes,
        review_status="extracted",
        extractor_version=deal.proposed_by,
        total_basis="none",
    )
    for name in MONEY_FIELDS:
        figure = deal.figures.get(name)
        row[f"{name}_usd"] = str(figure.amount) if figure else ""
        row[f"{name}_qualifier"] = figure.qualifier if figure else "undisclosed"
        row[f"{name}_quote"] = figure.quote if figure else ""
        if name == "total" and figure:
            row["total_basis"] = figure.basis
    return row


def _codes(asset: str) -> set[str]:
    return {code.lower().replace("-", "") for code in re.findall(r"[A-Za-z]+-?\d{2,}", asset)}


def curated_match(row: dict[str, str], curated: Sequence[Deal]) -> str:
    """The id of the curated deal ``row`` reports, if any: same parties, and same month or a shared asset code."""
    licensors, licensees = set(row["licensor"].split(";")), set(row["licensee"].split(";"))
    for deal in curated:
        if set(deal.licensors) != licensors or set(deal.licensees) != licensees:
            continue
        if deal.announced[:7] == row["announced"][:7] or _codes(deal.asset) & _codes(row["asset"]):
            return deal.deal_id
    return ""


def _verified(deal: Deal, resolver: ProvenanceResolver) -> bool:
    article = resolver.article(deal.doc_id)
    if article is None:
        return False
    for name in MONEY_FIELDS:
        figure = deal.figure(name)  # type: ignore[arg-type]
        if figure.amount is None:
            continue
        if paragraph_of(article, figure.quote) is None:
            return False
        if not quote_states_money(figure.quote, figure.amount, figure.qualifier):
            return False
    return True


def row_figure(row: dict[str, str], name: str) -> str:
    """One money field of an extracted row in words ("up to $1.5 billion", "not disclosed")."""
    amount = row[f"{name}_usd"]
    qualifier = row[f"{name}_qualifier"]
    return render_money(Money(amount=Decimal(amount) if amount else None, qualifier=qualifier))  # type: ignore[arg-type]


def with_extracted(tables: Tables, documents_dir: Path, include_unreviewed: bool, max_bytes: int = 5_000_000) -> Tables:
    """The curated tables plus approved extracted rows (and unreviewed ones, marked, when asked).

    A row that matches a curated deal, whose article is gone, or whose figures no longer check
    is left out. Companies named only by served extracted rows join the company table, so the router
    learns their names (an unreviewed row's answers say it is unreviewed).
    """
    rows = load_rows(documents_dir)
    if not rows:
        return tables
    path = extracted_path(documents_dir)
    resolver = ProvenanceResolver(documents_dir, max_bytes)
    known = {c.name for c in tables.companies} | {a for c in tables.companies for a in c.aliases}
    deals = list(tables.deals)
    companies = list(tables.companies)
    ids = {d.deal_id for d in deals}
    for line, row in enumerate(rows, start=2):
        status = row["review_status"]
        if status == "rejected" or (status == "extracted" and not include_unreviewed):
            continue
        if curated_match(row, tables.deals) or row["deal_id"] in ids:
            continue
        deal = deal_from_row(path, line, row).model_copy(update={"review": status})
        if not _verified(deal, resolver):
            log.warning("extracted row %s left out: its figures no longer check against %s", deal.deal_id, deal.doc_id)
            continue
        deals.append(deal)
        ids.add(deal.deal_id)
        # A served row's parties must be nameable, or a question naming them could only get "which deal?";
        # an unreviewed row's answer carries its qualifier all the same.
        if status in ("approved", "extracted"):
            for side, names in (("licensor", deal.licensors), ("licensee", deal.licensees)):
                for name in names:
                    if name not in known:
                        aliases = [w for w in name.split() if len(w) >= 4 and w.lower() not in GENERIC_NAME_WORDS]
                        aliases = [a for a in aliases[:1] if a not in known]
                        companies.append(Company(name=name, aliases=aliases, role=side))  # type: ignore[arg-type]
                        known.update([name, *aliases])
    return Tables(deals=deals, market_stats=tables.market_stats, companies=companies)


def _curated_doc_ids(documents_dir: Path) -> set[str]:
    """Articles the curated tables already cite: their deals are in deals.csv, so nothing is extracted."""
    doc_ids = {d.doc_id for d in load_deals(documents_dir / "deals.csv")}
    return doc_ids | {s.doc_id for s in load_market_stats(documents_dir / "market_stats.csv")}


def _same_figures(old: dict[str, str], new: dict[str, str]) -> bool:
    keys = ["licensor", "licensee", *(f"{n}_{part}" for n in MONEY_FIELDS for part in ("usd", "qualifier"))]
    return all(old[key] == new[key] for key in keys)


def refresh_extracted(settings: Settings, changes: IndexChanges) -> RefreshReport:
    """After an index run: read each new or changed article, retire the rows of deleted ones.

    A re-read article keeps the review of a row whose parties and figures did not change.
    Articles the curated tables cite are not read (their deals are curated already).
    """
    documents_dir = settings.documents_dir
    report = RefreshReport()
    rows = load_rows(documents_dir)
    touched = [*changes.added, *changes.changed]
    if not touched and not any(row["doc_id"] in changes.removed for row in rows):
        return report
    if not (documents_dir / "deals.csv").is_file() or not (documents_dir / "companies.csv").is_file():
        # A folder of articles without the deal tables is indexed for text; there is no table to grow.
        report.skipped.update({doc_id: "no deals.csv and companies.csv beside the articles" for doc_id in touched})
        return report
    curated_docs = _curated_doc_ids(documents_dir)
    curated = load_deals(documents_dir / "deals.csv")
    companies = load_companies(documents_dir / "companies.csv")
    paths = scan_documents(documents_dir)
    kept = []
    for row in rows:
        if row["doc_id"] in changes.removed or row["doc_id"] not in paths:
            report.retired[row["doc_id"]] = report.retired.get(row["doc_id"], 0) + 1
        elif row["doc_id"] not in touched:
            kept.append(row)
    taken = {d.deal_id for d in curated} | {row["deal_id"] for row in kept}
    for doc_id in touched:
        if doc_id in curated_docs or doc_id not in paths:
            report.skipped[doc_id] = "cited by the curated tables" if doc_id in curated_docs else "not found"
            continue
        try:
            article = load_article(paths[doc_id], settings.max_file_bytes)
        except SkippedFile as skipped:
            report.skipped[doc_id] = skipped.reason
            continue
        extraction = extract_article(article, companies)
        report.dropped += extraction.dropped
        earlier = [row for row in rows if row["doc_id"] == doc_id]
        for deal in extraction.deals:
            row = row_for(deal, taken)
            same = next((old for old in earlier if _same_figures(old, row)), None)
            if same is not None:
                taken.discard(row["deal_id"])
                row.update(deal_id=same["deal_id"], review_status=same["review_status"])
            row["conflict"] = curated_match(row, curated)
            if row["conflict"]:
                report.conflicts.append(f"{row['deal_id']} = {row['conflict']}")
            kept.append(row)
            report.extracted[doc_id] = report.extracted.get(doc_id, 0) + 1
    if rows or kept:
        save_rows(documents_dir, kept)
    log.info("extraction: %s", report.summary())
    return report


def review(documents_dir: Path, deal_id: str, status: ReviewStatus) -> dict[str, str]:
    """Approve or reject (or reopen) one extracted row; returns it."""
    rows = load_rows(documents_dir)
    row = _find(rows, deal_id)
    if status == "approved" and row["conflict"]:
        raise AssistantError(
            "review_conflict", f"{deal_id} reports curated deal {row['conflict']}; the curated row stands", deal_id
        )
    row["review_status"] = status
    save_rows(documents_dir, rows)
    return row


def edit(documents_dir: Path, deal_id: str, field: str, value: str, max_bytes: int = 5_000_000) -> dict[str, str]:
    """Change one field of an extracted row; a money figure must still be stated by its quote."""
    if field not in EDITABLE:
        raise AssistantError("review_field", f"{field!r} cannot be edited; fields: {', '.join(EDITABLE)}", deal_id)
    rows = load_rows(documents_dir)
    row = _find(rows, deal_id)
    row[field] = value.strip()
    if field.endswith("_usd") and row[field] == "":
        row[field.replace("_usd", "_qualifier")] = "undisclosed"
    path = extracted_path(documents_dir)
    deal = deal_from_row(path, rows.index(row) + 2, row)  # validates every value
    if not _verified(deal, ProvenanceResolver(documents_dir, max_bytes)):
        raise AssistantError(
            "review_unverified", f"{deal_id}: a figure is no longer stated by its quote; nothing was changed", field
        )
    save_rows(documents_dir, rows)
    return row


def _find(rows: list[dict[str, str]], deal_id: str) -> dict[str, str]:
    for row in rows:
        if row["deal_id"] == deal_id:
            return row
    raise AssistantError("unknown_deal", f"no extracted row with id {deal_id!r}", deal_id)
