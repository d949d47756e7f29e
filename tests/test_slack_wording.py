"""outsider22's classes (an investor typing into Slack), each with other wordings and the phrasings it must
not take; expected values are read from deals.csv and market_stats.csv, never written by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.periods import find_periods
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

_TABLES = load_tables(DOCUMENTS)


def _stat(reporter: str, metric: str, period: str) -> Decimal:
    return next(
        s.value for s in _TABLES.market_stats if s.reporter == reporter and s.metric == metric and s.period == period
    )


# --- a tracker's period ending in a month: "thru Aug 2025" is January to August, one period
@pytest.mark.parametrize(
    ("question", "metric", "reporter"),
    [
        ("sino drug watch deal count thru aug 2025", "deal_count", "Sino Drug Watch"),
        ("CPHIIC total value thru aug 2025", "total_value", "CPHIIC (via NewsChina)"),
        ("sino drug watch upfront total through August 2025?", "upfront_total", "Sino Drug Watch"),
    ],
)
def test_a_trackers_tally_through_a_month_runs_from_january(
    router: Router, question: str, metric: str, reporter: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["metric"] == metric, call
    assert call.args["period"] == "2025-01/2025-08" and "compare_period" not in call.args, call
    assert _stat(reporter, metric, "2025-01/2025-08") is not None


def test_thru_a_month_bounds_our_rows_as_through_does(router: Router) -> None:
    """For our rows "thru Aug 2025" is an open bound, as "through August 2025" always was."""
    thru = find_periods("how many deals were announced thru aug 2025?", "2026-02")
    assert len(thru) == 1 and thru[0].bound == "until" and thru[0].range_to == "2025-08-31"
    call = one_call(route(router, "how many deals were announced thru Aug 2025?"))
    assert call.tool == "aggregate" and call.args["filter"]["date_to"] == "2025-08-31", call


def test_two_measures_of_one_tracker_side_by_side_are_asked_one_by_one() -> None:
    parts = split_parts("sino drug watch: upfront vs milestones thru aug 2025")
    assert parts == ["sino drug watch: upfront thru aug 2025?", "sino drug watch: milestones thru aug 2025?"]
    # one measure against a company's, or two trackers, are no such pair
    assert len(split_parts("Hengrui upfront vs milestones 2025")) == 1
