"""Wordings the thirteenth session's first wave must leave to the older rules (found by a review of that wave; the
real assistant over the real tables, figures from the CSVs):

* "… vs 2024? and how many?" is a second ask, not the size of the change (``tracker_derived``);
* a count with bounds ("upfront over 100 million and total value above 1 billion") is one count, not a count and
  a sum (``count_and_sum``);
* "what kind of royalty rate / rights" is not the kind of drug (``deal_facets``);
* "their other deal" after a pair with no other partner is the pair's deal of its other year (``followups``);
* a tracker's value and our table's upfront are two measures, not one set against the other (``tracker_table``);
* and from the second wave: a total for "all Chinese companies" is no list, "excluding the mainland" keeps the
  Greater China series, "And PharmCube's?" after our figure is a second ask, a sum of another year is not the
  listing's, an average upfront is not the average deal size, where partners come from is no territory.
"""

from __future__ import annotations

import csv
from decimal import Decimal

from assistant.answering.assistant import Assistant
from assistant.routing.deal_facets import asked_facets
from assistant.routing.list_sums import sum_after_list
from assistant.routing.territory_asks import asks_territory
from assistant.routing.tracker_twos import trackers_part_joined
from assistant.routing.wording import FIND_RE
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _near, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = list(csv.DictReader(_handle))
with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}


def test_and_how_many_after_a_trackers_change_is_the_count(assistant: Assistant) -> None:
    ratio = _STATS["pharmcube-nextpharma-2025-total-value"] / _STATS["pharmcube-nextpharma-2024-total-value"]
    growth = ((ratio - 1) * 100).quantize(Decimal("0.1"))
    answer = _ask(assistant, "PharmCube total value 2025 vs 2024? and how many?")
    values = _values(answer)
    assert _near(values, growth, Decimal("0.1")), answer.answer
    assert _near(values, _STATS["pharmcube-nextpharma-2025-deal-count"]), answer.answer


def test_a_count_with_two_bounds_stays_one_count(assistant: Assistant) -> None:
    answer = _ask(assistant, "how many 2025 deals had upfront over 100 million and total value above 1 billion?")
    assert len(answer.tool_calls) == 1, answer.tool_calls
    wanted = answer.tool_calls[0].args["filter"]
    assert wanted.get("min_upfront_usd") and wanted.get("min_total_usd"), wanted
    expected = sum(
        1
        for row in _DEALS
        if row["announced"].startswith("2025")
        and row["scope"] in ("main", "context")
        and row["upfront_usd"]
        and Decimal(row["upfront_usd"]) > 100_000_000
        and row["total_usd"]
        and Decimal(row["total_usd"]) > 1_000_000_000
    )
    assert _near(_values(answer), Decimal(expected), Decimal(0)), answer.answer


def test_a_kind_of_royalty_or_rights_is_not_the_kind_of_drug() -> None:
    assert asked_facets("lanova merck upfront and what kind of royalty rate?") == []
    assert "What kind of drug was licensed in that deal?" not in asked_facets(
        "akeso summit upfront and what kind of rights did summit get?"
    )
    assert asked_facets("Hengrui Kailera deal total value, and what kind drug was licensed?") == [
        "What kind of drug was licensed in that deal?"
    ]


def test_their_other_deal_after_a_pair_is_the_pairs_other_year(assistant: Assistant) -> None:
    later = next(
        row for row in _DEALS if row["deal_id"].startswith("argo-novartis") and row["announced"].startswith("2025")
    )
    answer = _ask(assistant, "and the upfront of their other deal?", "Argo Novartis 2024 deal upfront?")
    assert not answer.abstained and _near(_values(answer), Decimal(later["upfront_usd"])), answer.answer


def test_a_trackers_value_and_our_upfront_sum_are_not_set_against_each_other(assistant: Assistant) -> None:
    answer = _ask(assistant, "PharmCube 2024 total value and the sum of upfronts in our table for 2024?")
    assert all(call.args.get("derive") != "table_against" for call in answer.tool_calls), answer.tool_calls
    assert "reported no total upfront" not in answer.answer, answer.answer


# -- the second wave's review ----------------------------------------------------------------------------------
def test_a_total_for_all_chinese_companies_is_no_list() -> None:
    assert not FIND_RE.search("What was the total deal value for all Chinese biotechs in 2025?")
    assert FIND_RE.search("every China biotech AstraZeneca has signed with?")


def test_excluding_the_mainland_keeps_the_greater_china_series(assistant: Assistant) -> None:
    answer = _ask(assistant, "and excluding the mainland?", "greater china out-licensing total for 2025 per PharmCube?")
    greater = _STATS["pharmcube-greater-china-2025-total-value"]
    assert _near(_values(answer), greater), answer.answer
    assert not _near(_values(answer), _STATS["pharmcube-nextpharma-2025-total-value"]), answer.answer


def test_a_trackers_own_figure_after_ours_stays_a_second_ask() -> None:
    parts = ["What was Hengrui's total deal value in 2025", "And PharmCube's"]
    assert trackers_part_joined(parts) == parts


def test_a_sum_of_another_year_is_not_the_listings_sum() -> None:
    parts = ["List Hengrui's 2024 deals", "what did the upfronts add up to in 2025"]
    assert sum_after_list(parts) == parts


def test_an_average_upfront_is_not_the_average_deal_size(assistant: Assistant) -> None:
    answer = _ask(assistant, "PharmCube 2025: how many deals, and the average upfront per deal?")
    assert all(call.args.get("derive") != "average_deal_size" for call in answer.tool_calls), answer.tool_calls


def test_where_partners_come_from_is_no_territory_ask() -> None:
    assert not asks_territory("Which countries do Hengrui's partners come from?")
    assert asks_territory("and which markets did Akeso keep?")


def test_a_chinese_how_many_times_of_two_deals_is_one_comparison(assistant: Assistant) -> None:
    answer = _ask(assistant, "三生制药从辉瑞拿的首付款是礼新医药从默沙东拿的几倍?")
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.tool_calls
    deals = {row["deal_id"]: Decimal(row["upfront_usd"]) for row in _DEALS if row["upfront_usd"]}
    ratio = deals["3sbio-pfizer-2025"] / deals["lanova-merck-2024"]
    assert _near(_values(answer), ratio.quantize(Decimal("0.01"))), answer.answer


# -- the third wave's review -----------------------------------------------------------------------------------
def test_territory_verdicts_read_china_and_its_parts() -> None:
    from assistant.tools.territory_places import place_verdict

    hengrui_gsk = next(row["territory"] for row in _DEALS if row["deal_id"] == "hengrui-gsk-2025")
    assert place_verdict(hengrui_gsk, "China", "GSK").startswith("No")
    assert place_verdict(hengrui_gsk, "Greater China", "GSK").startswith("No")
    assert place_verdict("Ex-China", "mainland China", "X").startswith("No")
    assert place_verdict("US, Canada, Europe, Japan", "the EU", "X").startswith("Yes")
    assert place_verdict("Global (Kelun keeps certain China rights)", "China", "X").startswith("The table does not say")


def test_a_termination_year_that_is_right_is_not_corrected(assistant: Assistant) -> None:
    answer = _ask(assistant, "Given the ImmuneOnco–Axion deal was terminated in 2026, what upfront did Axion pay?")
    assert "not the deal's" not in answer.answer, answer.answer
    upfront = next(Decimal(row["upfront_usd"]) for row in _DEALS if row["deal_id"] == "immuneonco-axion-2024")
    assert _near(_values(answer), upfront), answer.answer


def test_traditional_partner_names_are_read(assistant: Assistant) -> None:
    answer = _ask(assistant, "輝瑞喺中國簽咗幾多單授權交易?")
    assert all(call.tool != "market_stat" for call in answer.tool_calls), answer.tool_calls
    pfizer = sum(1 for row in _DEALS if row["licensee"] == "Pfizer" and row["scope"] in ("main", "context"))
    assert _near(_values(answer), Decimal(pfizer), Decimal(0)), answer.answer


def test_a_first_figure_is_kept_before_a_comparison_with_an_average(assistant: Assistant) -> None:
    answer = _ask(assistant, "PharmCube's 2026 year-to-date deal value? And how does it compare with 2025's average?")
    assert _near(_values(answer), _STATS["pharmcube-greater-china-2026ytd-total-value"]), answer.answer
