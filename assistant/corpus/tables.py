"""The three tables in ``documents/``: deals, reported market statistics, companies.

Rows are validated as they load; a bad row raises ``AssistantError`` naming the
file, the line and the field.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr, ValidationError

from assistant.errors import AssistantError
from assistant.money import QUALIFIERS, Qualifier

MONEY_FIELDS = ("upfront", "milestones", "total", "equity")
MoneyField = Literal["upfront", "milestones", "total", "equity"]
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")

DEAL_COLUMNS = [
    "deal_id",
    "announced",
    "licensor",
    "licensee",
    "asset",
    "modality",
    "therapeutic_area",
    "territory",
    "upfront_usd",
    "upfront_qualifier",
    "upfront_quote",
    "milestones_usd",
    "milestones_qualifier",
    "milestones_quote",
    "total_usd",
    "total_qualifier",
    "total_basis",
    "total_quote",
    "equity_usd",
    "equity_qualifier",
    "equity_quote",
    "equity_note",
    "royalties",
    "status",
    "status_date",
    "status_note",
    "scope",
    "doc_id",
    "notes",
]
STAT_COLUMNS = [
    "stat_id",
    "metric",
    "subject",
    "scope",
    "period",
    "value",
    "unit",
    "qualifier",
    "reporter",
    "doc_id",
    "quote",
    "note",
]
COMPANY_COLUMNS = ["name", "aliases", "role", "country"]


class Figure(BaseModel):
    """One money figure of a deal with the sentence that states it."""

    amount: Decimal | None
    qualifier: Qualifier
    quote: str = ""


class Deal(BaseModel):
    """One licensing deal; parties are lists because some deals have two."""

    deal_id: str
    announced: str
    licensors: list[str]
    licensees: list[str]
    asset: str
    modality: str
    therapeutic_area: str
    territory: str = ""
    upfront: Figure
    milestones: Figure
    total: Figure
    total_basis: Literal["reported", "calc", "none"]
    equity: Figure
    equity_note: str = ""
    royalties: str = ""
    status: Literal["announced", "closed", "terminated", "active"]
    status_date: str = ""
    status_note: str = ""
    scope: Literal["main", "context", "borderline"]
    doc_id: str
    notes: str = ""
    line: int = 0
    # Where the row comes from: the curated table, or the extractor (approved by a reviewer, or not yet).
    review: Literal["curated", "approved", "extracted"] = "curated"

    @property
    def year(self) -> int:
        return int(self.announced[:4])

    def figure(self, name: MoneyField) -> Figure:
        return getattr(self, name)  # type: ignore[no-any-return]

    @property
    def label(self) -> str:
        return f"{' & '.join(self.licensors)} → {' & '.join(self.licensees)}, {self.announced}"


class MarketStat(BaseModel):
    """A figure as a tracker reported it: never the sum of our deal rows."""

    stat_id: str
    metric: str
    subject: str = ""
    scope: str
    period: str
    value: Decimal
    unit: Literal["USD", "count", "percent"]
    qualifier: Qualifier
    reporter: str
    doc_id: str
    quote: str
    note: str = ""
    line: int = 0


class Company(BaseModel):
    name: str
    aliases: list[str] = Field(default_factory=list)
    role: Literal["licensor", "licensee", "both"]
    country: str = ""
    line: int = 0


class Tables(BaseModel):
    deals: list[Deal]
    market_stats: list[MarketStat]
    companies: list[Company]
    # Deals by id and by party (lower case), built on first use: a question names one or two
    # companies, and scanning 10,000 rows for them on every question cost ~80 ms.
    _index: tuple[int, int, dict[str, Deal], dict[str, list[Deal]], dict[str, Deal]] | None = PrivateAttr(default=None)

    def _indexes(self) -> tuple[dict[str, Deal], dict[str, list[Deal]], dict[str, Deal]]:
        index = self._index
        if index is None or index[0] != id(self.deals) or index[1] != len(self.deals):
            by_party: dict[str, list[Deal]] = {}
            for deal in self.deals:
                for party in dict.fromkeys(name.lower() for name in (*deal.licensors, *deal.licensees)):
                    by_party.setdefault(party, []).append(deal)
            by_id = {d.deal_id: d for d in reversed(self.deals)}
            unreviewed = {d.deal_id: d for d in self.deals if d.review == "extracted"}
            index = (id(self.deals), len(self.deals), by_id, by_party, unreviewed)
            self._index = index
        return index[2], index[3], index[4]

    def unreviewed(self) -> dict[str, Deal]:
        """The automatically extracted rows nobody has reviewed yet, by id."""
        return self._indexes()[2]

    def deal(self, deal_id: str) -> Deal:
        found = self._indexes()[0].get(deal_id)
        if found is None:
            raise AssistantError("unknown_deal", f"no deal with id {deal_id!r}")
        return found

    def deals_with(self, party: str) -> list[Deal]:
        """The deals naming ``party`` (a canonical name, any case) as licensor or licensee, in table order."""
        return self._indexes()[1].get(party.strip().lower(), [])


def _read_rows(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    if not path.is_file():
        raise AssistantError("table_missing", "table file not found", str(path))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")  # a byte order mark (Excel's "CSV UTF-8") is not part of the header
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise AssistantError(
            "table_encoding", f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8", f"{path}:{line}"
        ) from exc
    # strict: a quote left open is an error where its record starts, not a wrong value further on
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise AssistantError("table_row", f"malformed CSV header: {exc}", f"{path}:1") from exc
    missing = [column for column in columns if column not in header]
    if missing:
        raise AssistantError("table_header", f"missing column(s): {', '.join(missing)}", f"{path}:1")
    rows: list[tuple[int, dict[str, str]]] = []
    while True:
        starts = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return rows
        except csv.Error as exc:
            raise AssistantError(
                "table_row", f"malformed CSV ({exc}): is a quote opened on this line left unclosed?", f"{path}:{starts}"
            ) from exc
        if None in row:
            raise AssistantError("table_row", "more values than columns", f"{path}:{starts}")
        rows.append((starts, {key: (value or "").strip() for key, value in row.items()}))


def _fail(path: Path, line: int, field: str, message: str) -> AssistantError:
    return AssistantError("table_value", f"{field}: {message}", f"{path}:{line}")


def _decimal(path: Path, line: int, field: str, raw: str) -> Decimal | None:
    if raw == "":
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise _fail(path, line, field, f"not a number: {raw!r}") from exc
    if not value.is_finite() or value < 0:
        raise _fail(path, line, field, f"not a non-negative number: {raw!r}")
    return value


def _qualifier(path: Path, line: int, field: str, raw: str) -> Qualifier:
    if raw not in QUALIFIERS:
        raise _fail(path, line, field, f"{raw!r} is not one of {', '.join(QUALIFIERS)}")
    return raw  # type: ignore[return-value]


def _figure(path: Path, line: int, row: dict[str, str], name: str) -> Figure:
    amount = _decimal(path, line, f"{name}_usd", row[f"{name}_usd"])
    qualifier = _qualifier(path, line, f"{name}_qualifier", row[f"{name}_qualifier"])
    if (amount is None) != (qualifier == "undisclosed"):
        raise _fail(path, line, f"{name}_qualifier", "an empty amount goes with 'undisclosed', and only then")
    return Figure(amount=amount, qualifier=qualifier, quote=row[f"{name}_quote"])


def _split_names(raw: str) -> list[str]:
    return [name.strip() for name in raw.split(";") if name.strip()]


def deal_from_row(path: Path, line: int, row: dict[str, str]) -> Deal:
    """One validated ``Deal`` from a CSV row in the deals.csv schema; a bad value names file, line and field."""
    if not _ID_RE.match(row["deal_id"]):
        raise _fail(path, line, "deal_id", f"not a slug: {row['deal_id']!r}")
    if not row["announced"]:
        raise _fail(path, line, "announced", "empty: every deal needs the date it was announced")
    for field in ("announced", "status_date"):
        if row[field] and not _DATE_RE.match(row[field]):
            raise _fail(path, line, field, f"not an ISO date: {row[field]!r}")
    try:
        return Deal(
            deal_id=row["deal_id"],
            announced=row["announced"],
            licensors=_split_names(row["licensor"]),
            licensees=_split_names(row["licensee"]),
            asset=row["asset"],
            modality=row["modality"],
            therapeutic_area=row["therapeutic_area"],
            territory=row["territory"],
            upfront=_figure(path, line, row, "upfront"),
            milestones=_figure(path, line, row, "milestones"),
            total=_figure(path, line, row, "total"),
            total_basis=row["total_basis"],  # type: ignore[arg-type]
            equity=_figure(path, line, row, "equity"),
            equity_note=row["equity_note"],
            royalties=row["royalties"],
            status=row["status"],  # type: ignore[arg-type]
            status_date=row["status_date"],
            status_note=row["status_note"],
            scope=row["scope"],  # type: ignore[arg-type]
            doc_id=row["doc_id"],
            notes=row["notes"],
            line=line,
        )
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error["loc"])
        raise _fail(path, line, field, error["msg"]) from exc


def load_deals(path: Path) -> list[Deal]:
    deals: list[Deal] = []
    seen: set[str] = set()
    for line, row in _read_rows(path, DEAL_COLUMNS):
        deal = deal_from_row(path, line, row)
        if deal.deal_id in seen:
            raise _fail(path, line, "deal_id", f"duplicate id {deal.deal_id!r}")
        seen.add(deal.deal_id)
        deals.append(deal)
    return deals


def read_rows(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    """(line, row) of a CSV table whose header holds ``columns``; values stripped."""
    return _read_rows(path, columns)


def load_market_stats(path: Path) -> list[MarketStat]:
    stats: list[MarketStat] = []
    seen: set[str] = set()
    for line, row in _read_rows(path, STAT_COLUMNS):
        if row["stat_id"] in seen:
            raise _fail(path, line, "stat_id", f"duplicate id {row['stat_id']!r}")
        seen.add(row["stat_id"])
        value = _decimal(path, line, "value", row["value"])
        if value is None:
            raise _fail(path, line, "value", "empty")
        try:
            stats.append(MarketStat.model_validate({**row, "value": value, "line": line}))
        except ValidationError as exc:
            error = exc.errors()[0]
            raise _fail(path, line, ".".join(str(p) for p in error["loc"]), error["msg"]) from exc
    return stats


def load_companies(path: Path) -> list[Company]:
    companies: list[Company] = []
    for line, row in _read_rows(path, COMPANY_COLUMNS):
        try:
            companies.append(
                Company(
                    name=row["name"],
                    aliases=_split_names(row["aliases"]),
                    role=row["role"],  # type: ignore[arg-type]
                    country=row["country"],
                    line=line,
                )
            )
        except ValidationError as exc:
            error = exc.errors()[0]
            raise _fail(path, line, ".".join(str(p) for p in error["loc"]), error["msg"]) from exc
    return companies


def load_tables(documents_dir: Path) -> Tables:
    """All three tables, validated; fails on the first bad row."""
    return Tables(
        deals=load_deals(documents_dir / "deals.csv"),
        market_stats=load_market_stats(documents_dir / "market_stats.csv"),
        companies=load_companies(documents_dir / "companies.csv"),
    )
