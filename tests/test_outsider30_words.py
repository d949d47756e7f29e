"""The classes of outsider30.jsonl (a Beijing analyst writing Chinese, mixed and Chinese-order English), each
read in other wordings on the real tables: Chinese area and modality words are the table's areas and
modalities; 被许可方 / 许可方, 列一下, 哪些中国公司, 前N个月, "X统计" and 入股 are read; "total cash at signing"
and "这几笔的…合计" are sums; a company named before "rank by" scopes the ranking; "more china deal" and
"deal 数量" are counts. The examples are not the outsider's words; figures come from deals.csv."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.chinese_vocabulary import AREA_WORDS, MODALITY_WORDS
from assistant.routing.chinese_wording import in_english
from assistant.routing.router import Router
from assistant.routing.wording import AREAS, MODALITIES
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, one_call, route

TABLES = load_tables(DOCUMENTS)
DEALS = [deal for deal in TABLES.deals if deal.scope in ("main", "context")]


def _render(router: Router, question: str) -> str:
    return in_english(question, router.entities.cjk, router.corpus_end)


def _figures(tools: DealTools, router: Router, question: str, unit: str = "USD") -> list[Decimal]:
    result = tools.run(one_call(route(router, question)))
    return [f.value for f in result.figures if f.unit == unit and f.value is not None]


def _year(deal_announced: str) -> int:
    return int(deal_announced[:4])


# -- class 1: Chinese area and modality words are the table's own areas and modalities ----------------
def test_every_chinese_area_and_modality_word_names_a_value_of_the_table() -> None:
    areas = {deal.therapeutic_area for deal in TABLES.deals}
    modalities = {deal.modality for deal in TABLES.deals}
    for english in AREA_WORDS.values():
        read = [name for name, pattern in AREAS if pattern.search(english)]
        assert read and read[0] in areas, english
    for english in MODALITY_WORDS.values():
        read = [name for name, pattern in MODALITIES if pattern.search(english)]
        assert read and read[0] in modalities, english


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("2024年肿瘤领域的交易一共有几笔？", "therapeutic_area", "Oncology"),
        ("你们表里心血管方向有几笔交易？", "therapeutic_area", "Cardiovascular"),
        ("2025年小分子药物交易有几笔？", "modality", "Small molecule"),
        ("多肽类的授权交易有几笔？", "modality", "Peptide"),
    ],
)
def test_an_area_or_modality_word_filters_the_count(router: Router, question: str, field: str, value: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["operation"]) == ("aggregate", "count")
    assert call.args["filter"][field] == value


def test_an_area_sum_in_chinese_adds_that_areas_upfronts(router: Router, tools: DealTools) -> None:
    expected = sum(
        (d.figure("upfront").amount or Decimal(0) for d in DEALS if d.therapeutic_area == "Cardiovascular"), Decimal(0)
    )
    assert _figures(tools, router, "你们表里心血管领域交易的首付款加起来是多少？")[0] == expected


def test_a_drug_name_ending_in_a_modality_word_stays_a_name(router: Router) -> None:
    assert "monoclonal" not in _render(router, "依沃西单抗的临床数据怎么样？")
    assert "monoclonal antibody" in _render(router, "单抗类药物的交易有几笔？")


# -- class 2: other Chinese words -------------------------------------------------------------------------
def test_licensee_and_licensor_words_rank_that_side(router: Router) -> None:
    buyer = one_call(route(router, "2024年交易数量最多的被许可方是哪家？"))
    assert (buyer.tool, buyer.args["dimension"], buyer.args["metric"]) == ("rank", "licensee", "count")
    seller = one_call(route(router, "2025年首付款合计最高的许可方是谁？"))
    assert (seller.tool, seller.args["dimension"], seller.args["metric"]) == ("rank", "licensor", "upfront")


@pytest.mark.parametrize(
    ("question", "side", "name"),
    [
        ("列一下 Hansoh 2025 年所有的授权交易", "licensor", "Hansoh Pharmaceutical Group"),
        ("阿斯利康和哪些中国公司做过授权交易？", "licensee", "AstraZeneca"),
        ("默沙东从哪些中国公司引进过药物？", "licensee", "Merck & Co."),
    ],
)
def test_list_words_list_the_companys_deals(router: Router, question: str, side: str, name: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals" and call.args["filter"][side] == name


def test_the_first_months_of_a_year_are_a_month_range_not_a_top_n(router: Router) -> None:
    assert "January-June 2024" in _render(router, "2024年前六个月有几笔交易？")
    call = one_call(route(router, "你们表里2024年前六个月有几笔交易？"))
    assert (call.args["filter"]["date_from"], call.args["filter"]["date_to"]) == ("2024-01-01", "2024-06-30")
    assert "top 3" in _render(router, "2025年首付款前三的交易")  # 前三 without 个月 stays a top 3


def test_a_tracker_named_before_its_count_word_is_that_tracker(router: Router) -> None:
    call = one_call(route(router, "IQVIA统计的2024年和中国公司合作的投资金额是多少？"))
    assert (call.tool, call.args["reporter"], call.args["period"]) == ("market_stat", "IQVIA", "2024")
    calls = route(router, "2024年和2025年PharmCube统计的对外授权交易金额分别是多少？").tool_calls
    assert [(c.tool, c.args["period"]) for c in calls] == [("market_stat", "2024"), ("market_stat", "2025")]


# -- class 3: sums, not lists -----------------------------------------------------------------------------
def test_total_before_a_renamed_measure_sums_it(router: Router, tools: DealTools) -> None:
    call = one_call(route(router, "total cash at signing AbbVie pay to chinese biotech, all year in your table"))
    assert (call.tool, call.args["metric"], call.args["operation"]) == ("aggregate", "upfront", "sum")
    expected = sum((d.figure("upfront").amount or Decimal(0) for d in DEALS if "AbbVie" in d.licensees), Decimal(0))
    assert tools.run(call).figures[0].value == expected
    pair = one_call(route(router, "total cash at signing Pfizer paid 3SBio"))
    assert pair.tool == "get_deal"  # one deal's figure


def test_total_after_a_measure_is_no_sum_of_it(replaying: Router) -> None:
    plan = route(replaying, "same thing but milestones total", ["2025 vs 2024 number of deals"])
    assert all(call.tool != "market_stat" for call in plan.tool_calls)  # our rows' milestones, not a tracker's


def test_these_deals_summed_after_a_count(replaying: Router, tools: DealTools) -> None:
    assert "how many" not in _render(replaying, "这几笔的首付款合计呢")
    plan = route(replaying, "这几笔的首付款合计呢", ["Roche 2025年签了几笔中国 deal?"])
    call = one_call(plan)
    assert (call.tool, call.args["operation"], call.args["metric"]) == ("aggregate", "sum", "upfront")
    roche = [d for d in DEALS if "Roche" in d.licensees and _year(d.announced) == 2025]
    expected = sum((d.figure("upfront").amount or Decimal(0) for d in roche), Decimal(0))
    assert tools.run(call).figures[0].value == expected


# -- class 4: a company before "rank by" scopes the ranking -------------------------------------------
@pytest.mark.parametrize(
    ("question", "side", "name"),
    [
        ("AbbVie china deals rank by upfront, which is top", "licensee", "AbbVie"),
        ("Hengrui out-licensing deals rank by upfront, which is top", "licensor", "Jiangsu Hengrui Pharmaceuticals"),
        ("GSK deals with chinese biotech ranked by total value, which one biggest", "licensee", "GSK"),
    ],
)
def test_a_companys_deals_ranked(router: Router, question: str, side: str, name: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["dimension"], call.args["filter"][side]) == ("rank", "deal", name)


def test_a_claim_that_a_company_led_still_ranks_its_side(router: Router) -> None:
    call = one_call(route(router, "Hengrui led 2025 by total deal value, right?"))
    assert (call.tool, call.args["dimension"]) == ("rank", "licensor")
    assert "licensor" not in call.args["filter"]


# -- class 5 and 6: "most deals", "more china deal", "deal 数量" are counts ------------------------------
def test_most_deals_in_chinese_order_ranks_by_count(router: Router) -> None:
    call = one_call(route(router, "2024年哪家 big pharma 从中国 license-in 的 deal 最多？"))
    assert (call.tool, call.args["dimension"], call.args["metric"]) == ("rank", "licensee", "count")
    counts = Counter(name for d in DEALS if _year(d.announced) == 2024 for name in d.licensees)
    top = max(counts.values())
    assert [name for name, n in counts.items() if n == top] == ["Merck & Co."]


@pytest.mark.parametrize(
    "question",
    ["Roche vs Novartis, who did more china deal in 2025", "MSD or GSK, who sign more licensing deals in 2024?"],
)
def test_who_did_more_deals_counts(router: Router, question: str) -> None:
    calls = route(router, question).tool_calls
    # each side's count, and (``who_more``) the two counts compared: never a money measure
    assert calls and all(c.args.get("operation") == "count" or c.args.get("metric") == "count" for c in calls)
    assert [c.tool for c in calls if c.tool == "aggregate"] == ["aggregate", "aggregate"]


def test_more_deal_value_is_still_money(router: Router) -> None:
    calls = route(router, "AZ vs MSD, who did more deal value in 2025").tool_calls
    assert all(c.args.get("operation") != "count" for c in calls)


def test_deal_count_growth_in_mixed_words_is_the_trackers_count(router: Router) -> None:
    call = one_call(route(router, "按 biotochina, 2024 比 2023 deal 数量 growth 多少?"))
    assert (call.tool, call.args["metric"]) == ("market_stat", "deal_count")
    assert call.args["derive"] in ("growth", "change")  # "growth 多少" with no unit: the rise in deals and in percent


# -- class 11: an equity stake asked in Chinese is the deal's equity field --------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "恒瑞和葛兰素史克2025年那笔交易里，GSK有没有入股恒瑞？金额多少？",
        "诺华2024年和舶望那笔交易，诺华有没有入股舶望？",
    ],
)
def test_an_equity_stake_asked_in_chinese_is_looked_up(router: Router, tools: DealTools, question: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"]) == ("get_deal", "equity")
    deal = next(
        d
        for d in DEALS
        if call.args["licensor"] in d.licensors
        and call.args["licensee"] in d.licensees
        and _year(d.announced) == call.args["year"]
    )
    assert deal.figure("equity").amount is None
    figures = tools.run(call).figures
    assert figures and all(f.value is None for f in figures)  # not disclosed: said so, never a figure
