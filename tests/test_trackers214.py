"""Tracker readers after review (``routing/tracker_more.py``, ``routing/company_against.py``, ``tools/tracker_table.py``,
``routing/tracker_gaps.py``): our table's averages are not a tracker's, the market stats come from the router that
routes, a company's share of a tracker's total, a gap's qualifier, and one helper for the trackers a text names.
Expected figures come from deals.csv and market_stats.csv; the asks are the real assistant's."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.routing.tracker_gaps import own_trackers
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = [row for row in csv.DictReader(_handle) if row["scope"] == "main"]
with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}


def _of(year: str) -> list[dict[str, str]]:
    return [row for row in _DEALS if row["announced"].startswith(year)]


def _average_upfront(year: str) -> Decimal:
    paid = [Decimal(row["upfront_usd"]) for row in _of(year) if row["upfront_usd"]]
    return sum(paid, Decimal(0)) / len(paid)


def _millions(value: Decimal) -> str:
    return f"${round(value / 1_000_000)} million"


def test_average_upfront_is_our_tables(assistant: Assistant) -> None:
    """(a) "the average upfront of 2026 deals … compared with 2025" is our table's averages (7 deals, about $442
    million), not PharmCube's average deal value ($1.3 billion, +76%): the metric holds no upfront."""
    answer = assistant.ask("What is the average upfront of 2026 deals and how does it compare with 2025?").answer
    assert "PharmCube" not in answer, answer
    assert _millions(_average_upfront("2026")) in answer, answer
    assert f"{len(_of('2026'))} deals" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "Is the average deal in 2026 higher than in 2025?",
        "Are 2026 deals bigger on average than 2025 ones?",
    ],
)
def test_no_tracker_no_partial_period_is_our_table(assistant: Assistant, question: str) -> None:
    """(a) No tracker named and no partial period marked ("so far", "YTD"): our table's 2026 and 2025 averages."""
    answer = assistant.ask(question).answer
    assert "PharmCube" not in answer, answer
    assert f"{len(_of('2026'))} deals" in answer, answer


def test_tracker_change_still_read(assistant: Assistant) -> None:
    """(a) The tracker named, or its partial period marked: its stored change (+76%) is still given."""
    for question in (
        "By how much (%) is the average Greater China deal YTD 2026 above the FY2025 average according to PharmCube?",
        "the average deal so far in 2026 — how much higher than the 2025 average?",
    ):
        answer = assistant.ask(question).answer
        assert "76%" in answer and "PharmCube" in answer, answer


def test_stats_belong_to_their_router() -> None:
    """(b) A second Router over other tables leaves the first one's plans alone; the split reads the stats of the
    router whose spans it was given."""
    tables = load_tables(DOCUMENTS)
    first = Router(tables)
    whole = (
        "By how much (%) is the average Greater China deal YTD 2026 above the FY2025 average according to PharmCube?"
    )

    def metrics(router: Router) -> list[object]:
        return [call.args.get("metric") for call in router.route(whole).tool_calls]

    assert metrics(first) == ["average_deal_value"]  # the stored change of the measure asked
    second = Router(tables.model_copy(update={"market_stats": []}))
    assert metrics(first) == ["average_deal_value"]  # unchanged by the second router
    assert metrics(second) != ["average_deal_value"]  # which has no stats to read
    whole = (
        "By how much (%) is the average Greater China deal YTD 2026 above the FY2025 average according to PharmCube?"
    )
    assert split_parts(whole, first.company_spans) == [whole]


def test_company_share_of_tracker_total(assistant: Assistant) -> None:
    """(c) "Hengrui's 2025 deals in our table sum to what share of PharmCube's 2025 total?": our sum ($16.669
    billion over its four 2025 deals) over PharmCube's $135.7 billion, about 12.3%; it had set PharmCube's Hengrui
    figure against our sum."""
    hengrui = [row for row in _of("2025") if "Hengrui" in row["licensor"]]
    ours = sum((Decimal(row["total_usd"]) for row in hengrui), Decimal(0))
    share = round(ours / _STATS["pharmcube-nextpharma-2025-total-value"] * 100, 1)
    for question in (
        "Hengrui's 2025 deals in our table sum to what share of PharmCube's 2025 total?",
        "What percentage of PharmCube's 2025 total do Hengrui's 2025 deals in our table make up?",
    ):
        answer = assistant.ask(question).answer
        assert f"{share}%" in answer and "$16.669 billion" in answer and "$135.7 billion" in answer, answer


def test_gap_qualifier_is_about(assistant: Assistant) -> None:
    """(d) The gap between a tracker's exact figure and our "up to" sum is "about $31 million", not "up to"."""
    gap = _STATS["hengrui-2025-company-total"] - sum(
        (Decimal(row["total_usd"]) for row in _of("2025") if "Hengrui" in row["licensor"]), Decimal(0)
    )
    for question in (
        "Hengrui 2025 deal value per PharmCube vs the sum of its 2025 deals in our table?",
        # no rule read it (the articles): still the tracker's company figure against our table's sum
        "PharmCube's 2025 figure for Hengrui against what our table sums for Hengrui's 2025 deals — how far apart?",
    ):
        answer = assistant.ask(question).answer
        assert f"difference is about {_millions(gap)}" in answer, answer
        assert "up to $31 million" not in answer and "$16.669 billion" in answer, answer


def test_own_trackers_drops_outlets() -> None:
    """(e) One helper: an outlet that carried a tracker's series is no tracker of its own."""
    assert own_trackers("PharmCube via Caixin 2025 total") == ["PharmCube"]
    assert own_trackers("CPHIIC and PharmCube 2024 gap") == ["CPHIIC", "PharmCube"]
