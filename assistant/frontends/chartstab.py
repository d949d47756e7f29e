"""The Charts tab: reported market totals and our table's deals, each chart with its scope in its title."""

from __future__ import annotations

import gradio as gr

from assistant.corpus.tables import Tables
from assistant.frontends.charts import VALUE_AXIS, axis_top, market_frame, modality_frame, top_licensors_frame


def build_charts(tables: Tables) -> None:
    gr.Markdown(
        "Reported totals are figures as PharmCube NextPharma reported them (via Caixin), not sums of our table. "
        "The other charts count the deals in our table (main section: Chinese licensors, 2024 on)."
    )
    market = market_frame(tables)
    with gr.Row(equal_height=True):
        gr.BarPlot(
            market,
            x="Year",
            y=VALUE_AXIS,
            title="Reported value of Chinese out-licensing deals, 2024 and 2025 (PharmCube)",
            y_title="Deal value, $ billion",
            y_lim=[0, axis_top(market, VALUE_AXIS)],
            height=300,
            min_width=300,
            elem_classes=["chart"],
        )
        gr.BarPlot(
            market,
            x="Year",
            y="Deals",
            title="Reported number of deals, 2024 and 2025 (PharmCube)",
            y_title="Deals",
            y_lim=[0, axis_top(market, "Deals")],
            height=300,
            min_width=300,
            elem_classes=["chart"],
        )
    top = top_licensors_frame(tables)
    gr.BarPlot(
        top,
        x="Licensor",
        y=VALUE_AXIS,
        title="Top licensors by headline value, 2025, deals in our table",
        y_title="Headline value, $ billion",
        y_lim=[0, axis_top(top, VALUE_AXIS)],
        sort="-y",
        x_label_angle=-35,
        height=360,
        elem_classes=["chart"],
    )
    modality = modality_frame(tables)
    stacked = modality.groupby("Modality")["Deals"].sum().to_frame() if not modality.empty else modality
    gr.BarPlot(
        modality,
        x="Modality",
        y="Deals",
        color="Year",
        title="Deals by modality and year, 2024 on, deals in our table",
        y_title="Deals",
        y_lim=[0, axis_top(stacked, "Deals")],
        x_label_angle=-35,
        height=360,
        elem_classes=["chart"],
    )
