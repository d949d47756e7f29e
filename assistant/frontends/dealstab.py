"""The Deals tab: the deal table filtered, readable on a screen, downloadable as numbers."""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.corpus.tables import Deal, Tables
from assistant.dates import human_date
from assistant.frontends.charts import SCOPES, deals_csv_frame, select_deals
from assistant.money import Money, render_money

ASSET_SHOWN = 48  # characters; the whole name is on hover


def _money(deal: Deal, field: str) -> str:
    figure = deal.figure(field)  # type: ignore[arg-type]
    return render_money(Money(amount=figure.amount, qualifier=figure.qualifier))


def _cell(text: str, css: str = "", full: str = "") -> str:
    title = f' title="{html.escape(full, quote=True)}"' if full else ""
    return f'<td class="{css}"{title}>{html.escape(text)}</td>'


def deals_html(deals: list[Deal]) -> str:
    """The rows as an HTML table: money right-aligned, long asset names cut with the full name on hover."""
    count = f"{len(deals)} deal{'s' if len(deals) != 1 else ''}"
    if not deals:
        return '<p class="deals-count">No deal in our table matches these filters.</p>'
    head = "".join(
        f"<th{' class=num' if name in ('Upfront', 'Milestones', 'Total') else ''}>{name}</th>"
        for name in ("Announced", "Licensor", "Licensee", "Asset", "Modality", "Area", "Upfront", "Milestones", "Total")
    )
    head += "<th>Status</th><th>Scope</th>"
    rows = []
    for deal in deals:
        asset = deal.asset if len(deal.asset) <= ASSET_SHOWN else deal.asset[: ASSET_SHOWN - 1] + "…"
        rows.append(
            "<tr>"
            + _cell(human_date(deal.announced), "date")
            + _cell(" & ".join(deal.licensors))
            + _cell(" & ".join(deal.licensees))
            + _cell(asset, "asset", deal.asset)
            + _cell(deal.modality)
            + _cell(deal.therapeutic_area)
            + "".join(_cell(_money(deal, field), "num") for field in ("upfront", "milestones", "total"))
            + _cell(deal.status.capitalize() + (" (extracted, unreviewed)" if deal.review == "extracted" else ""))
            + _cell(deal.scope.capitalize(), "", SCOPES[deal.scope])
            + "</tr>"
        )
    return (
        f'<p class="deals-count">{count}</p><div class="deals-wrap"><table class="deals">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


class DealsTab:
    """Filters, the table and the CSV of what is shown."""

    def __init__(self, tables: Callable[[], Tables]) -> None:
        self.tables = tables
        self.exports = Path(tempfile.mkdtemp(prefix="deal-exports-"))

    def view(self, company: str, year: str, modality: str, area: str, scopes: list[str]) -> tuple[str, str]:
        deals = select_deals(self.tables(), company or "", year or "", modality or "", area or "", scopes or [])
        chosen = "-".join(
            "".join(ch if ch.isalnum() else "-" for ch in value.lower()).strip("-")
            for value in (company, year, modality, area)
            if value
        )
        path = self.exports / f"deals{'-' + chosen if chosen else ''}.csv"
        deals_csv_frame(deals).to_csv(path, index=False)
        return deals_html(deals), str(path)

    def build(self) -> None:
        tables = self.tables()
        companies = sorted({name for deal in tables.deals for name in [*deal.licensors, *deal.licensees]})
        years = sorted({deal.announced[:4] for deal in tables.deals}, reverse=True)
        modalities = sorted({deal.modality for deal in tables.deals if deal.modality})
        areas = sorted({deal.therapeutic_area for deal in tables.deals if deal.therapeutic_area})

        def choices(values: list[str]) -> list[tuple[str, str]]:
            return [("All", ""), *((value, value) for value in values)]

        with gr.Row():
            company = gr.Dropdown(choices(companies), value="", label="Company", elem_id="deals-company")
            year = gr.Dropdown(choices(years), value="", label="Year", elem_id="deals-year")
            modality = gr.Dropdown(choices(modalities), value="", label="Modality")
            area = gr.Dropdown(choices(areas), value="", label="Therapeutic area")
        scopes = gr.CheckboxGroup(
            [(label, key) for key, label in SCOPES.items()],
            value=["main", "context"],
            label="Table sections",
            elem_id="deals-scope",
        )
        initial, initial_csv = self.view("", "", "", "", ["main", "context"])
        table = gr.HTML(initial, elem_id="deals-table")
        download = gr.DownloadButton(
            "Download CSV (amounts in US dollars)", value=initial_csv, elem_id="deals-csv", size="sm"
        )
        controls: list[Any] = [company, year, modality, area, scopes]
        for control in controls:
            control.change(self.view, controls, [table, download], api_visibility="private")
