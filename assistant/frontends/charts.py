"""Deal rows, CSV and chart data for the UI, as pandas frames.

Figures stay Decimal in the deal table and in the CSV (whole US dollars, so a spreadsheet
can sum and sort them, with the qualifier in its own column); chart values are converted
to float only here, for plotting, and are never read back as figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

import pandas as pd

from assistant.corpus.tables import Deal, Tables

PHARMCUBE = "PharmCube NextPharma"
BILLION = Decimal(10) ** 9
MONEY_FIELDS = (("upfront", "Upfront"), ("milestones", "Milestones"), ("total", "Total"), ("equity", "Equity"))
SCOPES = {
    "main": "Main (Chinese licensor, 2024 on)",
    "context": "Context (earlier deals)",
    "borderline": "Borderline (licensor arguably not Chinese)",
}
QUALIFIER_CSV = {
    "exact": "exact",
    "up_to": "up to",
    "approx": "about",
    "at_least": "at least",
    "incl_near_term": "including near-term",
    "undisclosed": "not disclosed",
}
VALUE_AXIS = "$ billion"


def select_deals(
    tables: Tables,
    company: str = "",
    year: str = "",
    modality: str = "",
    area: str = "",
    scopes: Sequence[str] = ("main", "context"),
) -> list[Deal]:
    """The deals matching the Deals tab's filters, newest first; an empty filter matches all."""
    found = []
    for deal in tables.deals:
        if company and company not in (*deal.licensors, *deal.licensees):
            continue
        if year and not deal.announced.startswith(year):
            continue
        if (modality and deal.modality != modality) or (area and deal.therapeutic_area != area):
            continue
        if deal.scope in scopes:
            found.append(deal)
    return sorted(found, key=lambda d: d.announced, reverse=True)


def deals_csv_frame(deals: Sequence[Deal]) -> pd.DataFrame:
    """One row per deal; money as whole US dollars (blank when undisclosed) beside its qualifier."""
    rows = []
    for deal in deals:
        row: dict[str, object] = {
            "Announced": deal.announced,
            "Licensor": " & ".join(deal.licensors),
            "Licensee": " & ".join(deal.licensees),
            "Asset": deal.asset,
            "Modality": deal.modality,
            "Therapeutic area": deal.therapeutic_area,
            "Territory": deal.territory,
        }
        for field, title in MONEY_FIELDS:
            figure = deal.figure(field)  # type: ignore[arg-type]
            shown = figure.amount is not None and figure.qualifier != "undisclosed"
            row[f"{title} (USD)"] = int(figure.amount) if shown and figure.amount is not None else None
            row[f"{title} stated as"] = QUALIFIER_CSV.get(figure.qualifier, figure.qualifier)
        row |= {"Status": deal.status, "Scope": deal.scope, "Source article": deal.doc_id}
        rows.append(row)
    frame = pd.DataFrame(rows)
    for _, title in MONEY_FIELDS:
        if f"{title} (USD)" in frame:
            frame[f"{title} (USD)"] = frame[f"{title} (USD)"].astype("Int64")  # whole dollars, blanks stay blank
    return frame


def market_frame(tables: Tables) -> pd.DataFrame:
    """Reported total value and deal count per year, PharmCube NextPharma series only."""
    by_year: dict[str, dict[str, object]] = {}
    for stat in tables.market_stats:
        if PHARMCUBE not in stat.reporter or stat.subject or stat.period not in ("2024", "2025"):
            continue
        row = by_year.setdefault(stat.period, {"Year": stat.period})
        if stat.metric == "total_value" and VALUE_AXIS not in row:
            row[VALUE_AXIS] = float(stat.value / BILLION)
        if stat.metric == "deal_count" and "Deals" not in row:
            row["Deals"] = int(stat.value)
    return pd.DataFrame(sorted(by_year.values(), key=lambda r: str(r["Year"])))


def top_licensors_frame(tables: Tables, year: str = "2025", n: int = 10) -> pd.DataFrame:
    """Licensors ranked by the sum of disclosed headline totals of their deals in our table."""
    sums: dict[str, Decimal] = {}
    for deal in tables.deals:
        if deal.announced.startswith(year) and deal.scope == "main" and deal.total.amount is not None:
            for licensor in deal.licensors:
                sums[licensor] = sums.get(licensor, Decimal(0)) + deal.total.amount
    top = sorted(sums.items(), key=lambda item: item[1], reverse=True)[:n]
    return pd.DataFrame([{"Licensor": name, VALUE_AXIS: float(value / BILLION)} for name, value in top])


def modality_frame(tables: Tables) -> pd.DataFrame:
    """Number of deals per modality and year, main table (2024 on)."""
    counts = Counter(
        (deal.modality or "not stated", deal.announced[:4]) for deal in tables.deals if deal.scope == "main"
    )
    return pd.DataFrame([{"Modality": m, "Year": y, "Deals": c} for (m, y), c in sorted(counts.items())])


def axis_top(frame: pd.DataFrame, column: str) -> float:
    """A y-axis limit a little above the tallest bar, so bars start at zero with room for labels."""
    if frame.empty or column not in frame:
        return 1.0
    return float(frame[column].max()) * 1.1 or 1.0
