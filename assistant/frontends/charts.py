"""Tables and chart data for the UI, as pandas frames.

Figures stay Decimal in the deal table; chart values are converted to float only
here, for plotting, and are never read back as figures.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pandas as pd

from assistant.corpus.tables import Figure, Tables
from assistant.money import Money, render_money

PHARMCUBE = "PharmCube NextPharma"
BILLION = Decimal(10) ** 9


def _shown(figure: Figure) -> str:
    return render_money(Money(amount=figure.amount, qualifier=figure.qualifier))


def deal_frame(tables: Tables) -> pd.DataFrame:
    """The deal table as people read it: figures rendered with their qualifiers."""
    rows = [
        {
            "announced": deal.announced,
            "licensor": " & ".join(deal.licensors),
            "licensee": " & ".join(deal.licensees),
            "asset": deal.asset,
            "modality": deal.modality,
            "therapeutic_area": deal.therapeutic_area,
            "upfront": _shown(deal.upfront),
            "milestones": _shown(deal.milestones),
            "total": _shown(deal.total),
            "status": deal.status,
            "source": deal.doc_id,
        }
        for deal in sorted(tables.deals, key=lambda d: d.announced, reverse=True)
    ]
    return pd.DataFrame(rows)


def market_frame(tables: Tables) -> pd.DataFrame:
    """Reported total value and deal count per year, PharmCube NextPharma series only."""
    by_year: dict[str, dict[str, object]] = {}
    for stat in tables.market_stats:
        if PHARMCUBE not in stat.reporter or stat.subject or stat.period not in ("2024", "2025"):
            continue
        row = by_year.setdefault(stat.period, {"year": stat.period})
        if stat.metric == "total_value" and "value_usd_billion" not in row:
            row["value_usd_billion"] = float(stat.value / BILLION)
        if stat.metric == "deal_count" and "deal_count" not in row:
            row["deal_count"] = int(stat.value)
    return pd.DataFrame(sorted(by_year.values(), key=lambda r: str(r["year"])))


def top_licensors_frame(tables: Tables, year: str = "2025", n: int = 10) -> pd.DataFrame:
    """Licensors ranked by the sum of disclosed headline totals of their deals in our table."""
    sums: dict[str, Decimal] = {}
    for deal in tables.deals:
        if deal.announced.startswith(year) and deal.scope == "main" and deal.total.amount is not None:
            for licensor in deal.licensors:
                sums[licensor] = sums.get(licensor, Decimal(0)) + deal.total.amount
    top = sorted(sums.items(), key=lambda item: item[1], reverse=True)[:n]
    return pd.DataFrame([{"licensor": name, "total_usd_billion": float(value / BILLION)} for name, value in top])


def modality_frame(tables: Tables) -> pd.DataFrame:
    """Number of deals per modality and year (2024 on)."""
    counts = Counter(
        (deal.modality or "not stated", deal.announced[:4]) for deal in tables.deals if deal.scope == "main"
    )
    return pd.DataFrame([{"modality": m, "year": y, "deals": c} for (m, y), c in sorted(counts.items())])
