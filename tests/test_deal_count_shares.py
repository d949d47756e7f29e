"""A share of the deals ("what share of 2025 deals were ADCs", "what percentage of 2025 deals were
oncology") is a share of our rows counted: no tracker counts deals by modality or area, and a share of
the deals is not a share of their money. A share of the value stays a sum; "China's" deals stay the
market's (no rows of ours answer it)."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("what share of 2025 deals were ADCs", ("modality", "ADC")),
        ("what percentage of 2025 deals were oncology", ("therapeutic_area", "Oncology")),
        ("what share of 2025 deals in your table were ADCs", ("modality", "ADC")),
        ("share of 2025's deal count that was oncology?", ("therapeutic_area", "Oncology")),
        ("what share of the number of 2025 deals were ADCs", ("modality", "ADC")),
    ],
)
def test_a_share_of_the_deals_counts_them(router: Router, question: str, part: tuple[str, str]) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare" and call.args["metric"] == "count"
    assert call.args["left"].get(part[0]) == part[1] and part[0] not in call.args["right"]
    assert call.args["right"].get("year") == 2025


def test_a_share_of_the_value_sums_it(router: Router) -> None:
    call = one_call(route(router, "what % of the 2025 deal value was obesity"))
    assert call.tool == "compare" and call.args["metric"] == "total"


def test_the_count_share_is_stated(assistant: Assistant) -> None:
    answer = assistant.ask("what share of 2025 deals were ADCs")
    year = [d for d in load_tables(DOCUMENTS).deals if d.year == 2025 and d.scope != "borderline"]
    adcs = [d for d in year if "adc" in d.modality.lower()]
    assert f"{len(adcs)} of the {len(year)}" in answer.answer
    assert f"{100 * len(adcs) / len(year):.1f}%" in answer.answer
