"""Drug targets and slices of the deals as outsiders write them (outsider24's classes, issue 11).

A target said by its protein name ("Claudin 18.2"), before a hyphenated word ("DLL3-targeting") or
with a bracketed letter ("PD-(L)1 x VEGF") filters the deals whose asset names it; which assets were
licensed "and to whom" lists those deals. Expected deals come from the table, never written by hand.
"""

from __future__ import annotations

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.routing.targets import TargetIndex
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, one_call, route

TABLES = load_tables(DOCUMENTS)
DEFAULT_SCOPES = ("main", "context")


def _naming(*written: str) -> set[str]:
    """The deals (main and context rows) whose asset field names any of ``written``."""
    return {
        d.deal_id
        for d in TABLES.deals
        if d.scope in DEFAULT_SCOPES and any(w.lower() in d.asset.lower() for w in written)
    }


def _listed(tools: DealTools, router: Router, question: str) -> set[str]:
    return set(tools.run(one_call(route(router, question))).deal_ids)


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("how many Claudin18.2 deals are in your table?", "CLDN18.2"),
        ("which companies licensed claudin 18.2 assets?", "CLDN18.2"),
        ("among the DLL3-targeting deals which had the biggest upfront?", "DLL3"),
        ("GLP-1-based drugs licensed in 2025", "GLP-1"),
        ("rank the PD-(L)1 x VEGF bispecific licences by upfront", "PD-1/VEGF|PD-L1xVEGF"),
    ],
)
def test_a_target_is_found_as_the_table_writes_it(question: str, written: str) -> None:
    index = TargetIndex(d.asset for d in TABLES.deals)
    assert index.find(question) == written
    assert all(_naming(part) for part in written.split("|"))  # each is written in some asset


def test_a_word_and_a_number_that_name_no_target_are_no_target() -> None:
    index = TargetIndex(d.asset for d in TABLES.deals)
    assert index.find("which phase 2 programmes were licensed in 2025?") is None
    assert index.name_words("Claudin 18.2 deals") == {"Claudin"}
    assert index.name_words("Quarter 3 deals") == set()


def test_a_protein_name_is_no_unknown_company(router: Router, tools: DealTools) -> None:
    plan = route(router, "which companies licensed Claudin 18.2 assets, per your table?")
    assert plan.route == "table"
    assert _listed(tools, router, "which companies licensed Claudin 18.2 assets, per your table?") == _naming(
        "CLDN18.2"
    )


def test_a_bracketed_letter_reads_both_targets(router: Router, tools: DealTools) -> None:
    call = one_call(route(router, "total upfront across PD-(L)1/VEGF bispecific deals?"))
    result = tools.run(call)
    assert set(result.deal_ids) == _naming("PD-1/VEGF", "PD-L1xVEGF")
    assert len(result.deal_ids) > len(_naming("PD-1/VEGF"))


@pytest.mark.parametrize(
    "question",
    [
        "which B7-H3 assets have been licensed out of China and to whom",
        "who licensed the DLL3-targeted assets in your table?",
    ],
)
def test_which_target_assets_and_to_whom_lists_the_deals(router: Router, tools: DealTools, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals"
    wanted = call.args["filter"]["asset"]
    assert set(tools.run(call).deal_ids) == _naming(wanted)


def _of_kind(words: str, year: int) -> set[str]:
    """The year's main and context deals whose asset or modality says ``words``."""
    return {
        d.deal_id
        for d in TABLES.deals
        if d.scope in DEFAULT_SCOPES and d.year == year and words.lower() in f"{d.asset} {d.modality}".lower()
    }


@pytest.mark.parametrize(
    "question", ["count the T-cell engager licences of {year}", "list the {year} T-cell engager licensing deals"]
)
@pytest.mark.parametrize("year", [2024, 2025])
def test_a_kind_said_more_broadly_than_its_label_reads_the_asset_field(
    router: Router, tools: DealTools, question: str, year: int
) -> None:
    result = tools.run(one_call(route(router, question.format(year=year))))
    labelled = {d.deal_id for d in TABLES.deals if d.modality == "Trispecific T-cell engager" and d.year == year}
    assert set(result.deal_ids) == _of_kind("T-cell engager", year)
    assert set(result.deal_ids) > (labelled & _of_kind("", year))  # bispecific engagers too


@pytest.mark.parametrize(
    ("question", "modality"),
    [
        ("how many trispecific T-cell engager deals in 2025?", "Trispecific T-cell engager"),
        ("how many bispecific deals in 2025?", "Bispecific antibody"),
        ("how many ADC deals in 2025?", "ADC"),
    ],
)
def test_a_whole_label_or_a_bare_adjective_keeps_the_modality(router: Router, question: str, modality: str) -> None:
    wanted = one_call(route(router, question)).args["filter"]
    assert wanted.get("modality") == modality and "asset" not in wanted


@pytest.mark.parametrize(
    ("question", "area", "year"),
    [
        ("immunology deals as a share of {year} deal count in your table?", "Immunology", 2025),
        ("what percentage of {year}'s deals by number were oncology deals in your table?", "Oncology", 2024),
    ],
)
def test_a_share_of_the_deal_count_counts_the_deals(
    router: Router, tools: DealTools, question: str, area: str, year: int
) -> None:
    call = one_call(route(router, question.format(year=year)))
    assert call.tool == "compare" and call.args["metric"] == "count"
    part = sum(1 for d in TABLES.deals if d.scope in DEFAULT_SCOPES and d.year == year and d.therapeutic_area == area)
    whole = sum(1 for d in TABLES.deals if d.scope in DEFAULT_SCOPES and d.year == year)
    share = f"{100 * part / whole:.1f}%"
    assert share in " ".join(line.text for line in tools.run(call).lines)


def test_a_share_of_the_deal_value_stays_money(router: Router) -> None:
    call = one_call(route(router, "what share of 2025 deal value in your table was oncology?"))
    assert call.args["metric"] == "total"


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("has early-2026 metabolic deal value already topped the whole of 2025's?", (2026, 2025)),
        ("did 2025's metabolic deal value top all of 2024's?", (2025, 2024)),
        ("has early-2026 siRNA deal value already beaten the whole of 2025's?", (2026, 2025)),
    ],
)
def test_one_period_overtaking_another_is_a_comparison(router: Router, question: str, years: tuple[int, int]) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare"
    sides = [call.args["left"], call.args["right"]]
    assert [side.get("year") or int(side["date_from"][:4]) for side in sides] == list(years)


def test_a_money_bound_exceeded_is_still_a_filter(router: Router) -> None:
    call = one_call(route(router, "How many deals had an upfront that exceeded 100 million dollars?"))
    assert call.tool == "aggregate" and call.args["filter"]["min_upfront_usd"] == "100000000"
