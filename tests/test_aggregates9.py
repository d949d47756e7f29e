"""Issue 11 (outsider36, a policy researcher): aggregates of a year, shares of it and trackers' derived figures.

Each class is tested with wordings other than the outsider's: a modality's share of a year's value when a narrower
modality is said to be counted in it, ...
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = [deal for deal in load_tables(DOCUMENTS).deals if deal.scope in ("main", "context")]


# --- a modality's share of a year: "if bispecific ADCs are counted as ADCs" widens the part to every ADC
@pytest.mark.parametrize(
    "question",
    [
        "What fraction of the 2025 upfront money in your table went to ADCs, if bispecific ADCs are treated as ADCs?",
        "Share of your 2025 deal value from ADCs, with bispecific ADCs counted as ADCs?",
        "What % of 2025 total value in your table was ADCs, treating bispecific ADCs as ADCs?",
    ],
)
def test_a_modality_counted_in_a_wider_one_widens_the_part(router: Router, tools: DealTools, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare", call
    assert call.args["left"]["modality"] == "ADC", call.args
    assert "modality" not in call.args["right"], call.args
    measure = call.args["metric"]
    year = [d for d in _DEALS if d.year == 2025 and getattr(d, measure).amount is not None]
    part = sum(getattr(d, measure).amount for d in year if "ADC" in d.modality)
    whole = sum(getattr(d, measure).amount for d in year)
    shares = [f.value for f in tools.run(call).figures if f.unit == "percent" and "as a percent of" in f.label]
    assert shares == [round(Decimal(100) * part / whole, 1)], shares
