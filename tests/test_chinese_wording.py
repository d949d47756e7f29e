"""The classes of outsider16.jsonl (a Shanghai analyst writing half in Chinese), each read in other
wordings on the real tables: Chinese periods (去年, 今年, 前年, 2024年以来, 上半年, 第四季度) are
periods in every kind of question; 你们表里 / 表中 + 几笔 counts our rows, not a tracker's; 前三,
最多, 最低, 所有…加起来, 平均, 增长了多少 rank, sum, average and grow; a company named in Chinese is
searched for by its English name; "which chinese co", "M/S", "how many x" are company, milestones
and a multiple; 股价 and 预计全年 are refused. The examples are not the outsider's words."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from assistant.answering.answer_types import wanted_type
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.chinese_wording import in_english
from assistant.routing.router import Router
from assistant.routing.trade_shorthand import expand_shorthand
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, bundled_entities, one_call, route

TABLES = load_tables(DOCUMENTS)
DEALS = [deal for deal in TABLES.deals if deal.scope in ("main", "context")]
CORPUS_YEAR = int(max(deal.announced for deal in TABLES.deals)[:4])


def _upfront(deal: Deal) -> Decimal | None:
    return deal.figure("upfront").amount


def _figures(tools: DealTools, router: Router, question: str, unit: str = "USD") -> list[Decimal]:
    result = tools.run(one_call(route(router, question)))
    return [f.value for f in result.figures if f.unit == unit and f.value is not None]


def _render(router: Router, question: str) -> str:
    return in_english(question, router.entities.cjk, router.corpus_end)


# -- the rendering itself ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("信达去年首付款", f"Innovent Biologics {CORPUS_YEAR - 1} upfront"),
        ("今年的交易", f"{CORPUS_YEAR} deals"),
        ("前年的交易", f"{CORPUS_YEAR - 2} deals"),
        ("自2025年以来", "since 2025"),
        ("2024年起", "since 2024"),
        ("2025年上半年", "H1 2025"),
        ("去年第四季度", f"Q4 {CORPUS_YEAR - 1}"),
        ("2025年一季度", "Q1 2025"),
        ("2025年3月", "March 2025"),
        ("首付款超过1亿美元", "upfront over $100 million"),
        ("低于5000万美元", "under $50 million"),
        ("10亿美元以上", "$1 billion or more"),
        ("首付款前五", "upfront top 5"),
        # session 24: a year counted to a month is that span, a number of 笔 / 单 that many deals
        ("2026年开年到2月中旬", "January-February 2026"),
        ("2025年截至8月底", "January-August 2025"),
        ("2025年是157笔", "2025 157 deals"),
        ("签了3单", "3 deals"),
    ],
)
def test_chinese_words_read_in_english(router: Router, question: str, written: str) -> None:
    assert written in _render(router, question)


@pytest.mark.parametrize(
    "question",
    ["How much did Pfizer pay 3SBio upfront?", "top 3 deals of 2025", "deals since 2024 with upfront over $1bn"],
)
def test_an_english_question_comes_back_as_it_was(router: Router, question: str) -> None:
    assert _render(router, question) == question


def test_a_chinese_name_no_table_holds_stays_whole(router: Router) -> None:
    # 百济神州 (BeiGene) has no deal in the table: it must stay an unknown name, not dissolve into words
    assert "百济神州" in _render(router, "百济神州2025年首付款合计多少?")


# -- class 1: periods in every kind of question ----------------------------------------------------
def test_last_year_is_a_period_of_a_company_sum(router: Router, tools: DealTools) -> None:
    year = CORPUS_YEAR - 1
    rows = [d for d in DEALS if "Hansoh Pharmaceutical Group" in d.licensors and d.year == year]
    expected = sum(d.figure("milestones").amount or 0 for d in rows)
    assert expected in _figures(tools, router, "翰森去年的里程碑加起来一共多少?")


def test_the_year_before_last_counts_a_buyers_deals(router: Router, tools: DealTools) -> None:
    rows = [d for d in DEALS if "Merck & Co." in d.licensees and d.year == CORPUS_YEAR - 2]
    assert Decimal(len(rows)) in _figures(tools, router, "前年默沙东签了几笔中国授权交易?", "count")


def test_since_a_year_opens_the_range(router: Router, tools: DealTools) -> None:
    rows = [d for d in DEALS if "AbbVie" in d.licensees and d.announced >= "2025"]
    expected = sum(_upfront(d) or 0 for d in rows)
    call = one_call(route(router, "自2025年以来艾伯维付了多少首付款?"))
    assert call.args["filter"]["date_from"] == "2025-01-01"
    assert expected in _figures(tools, router, "自2025年以来艾伯维付了多少首付款?")


def test_a_half_and_a_quarter_join_their_year(router: Router) -> None:
    half = one_call(route(router, "阿斯利康2025年上半年签了几笔?")).args["filter"]
    assert (half["year"], half["half"]) == (2025, 1)
    quarter = one_call(route(router, "去年第四季度你们表里有几笔交易?")).args["filter"]
    assert (quarter["year"], quarter["quarter"]) == (CORPUS_YEAR - 1, 4)


def test_this_year_and_last_year_pick_one_pairs_two_deals(router: Router) -> None:
    call = one_call(route(router, "石药和阿斯利康今年那笔和去年那笔比,首付款差了多少?"))
    assert call.tool == "compare"
    assert {call.args["left"]["year"], call.args["right"]["year"]} == {CORPUS_YEAR, CORPUS_YEAR - 1}


# -- class 2: our rows counted -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "picks"),
    [
        ("你们的数据里2024年有多少笔ADC交易?", lambda d: d.year == 2024 and d.modality == "ADC"),
        ("表中今年有多少个交易?", lambda d: d.year == CORPUS_YEAR),
        (
            "你们表里去年首付款超过1亿美元的有几笔?",
            lambda d: d.year == CORPUS_YEAR - 1 and (_upfront(d) or 0) > 100_000_000,
        ),
    ],
)
def test_how_many_in_your_table_counts_our_rows(router: Router, tools: DealTools, question: str, picks) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate", call
    assert Decimal(sum(1 for d in DEALS if picks(d))) in _figures(tools, router, question, "count")


# -- class 3: ranking and operation words ------------------------------------------------------------
def test_top_three_ranks_three(router: Router) -> None:
    call = one_call(route(router, "去年首付款前三的交易"))
    assert (call.tool, call.args["n"], call.args["metric"]) == ("rank", 3, "upfront")


def test_the_most_deals_ranks_buyers_by_count(router: Router) -> None:
    call = one_call(route(router, "哪家跨国药企从中国引进的交易次数最多?"))
    assert (call.tool, call.args["dimension"], call.args["metric"]) == ("rank", "licensee", "count")
    counts = Counter(name for d in DEALS for name in d.licensees)
    assert counts.most_common(1)[0][0] == "Merck & Co."


def test_all_deals_added_up_is_a_company_sum(router: Router, tools: DealTools) -> None:
    rows = [d for d in DEALS if "Innovent Biologics" in d.licensors]
    assert sum(_upfront(d) or 0 for d in rows) in _figures(tools, router, "信达生物所有交易的首付款总共是多少")


def test_average_and_lowest(router: Router) -> None:
    assert one_call(route(router, "去年你们表里平均每笔首付款多少?")).args["operation"] == "average"
    lowest = one_call(route(router, "前年首付款最低的交易是哪笔?"))
    assert lowest.args.get("operation") == "min" or lowest.args.get("ascending")


def test_growth_of_a_count_is_a_trackers(router: Router) -> None:
    call = one_call(route(router, "2025年中国对外授权交易数量比2024年增长了多少?"))
    assert (call.tool, call.args["metric"], call.args["derive"]) == ("market_stat", "deal_count", "growth")


# -- class 4: shorthand in English -----------------------------------------------------------------------
def test_which_chinese_co_ranks_companies(router: Router) -> None:
    call = one_call(route(router, "which chinese co had the biggest total deal value in 2024"))
    assert (call.tool, call.args["dimension"]) == ("rank", "licensor")
    assert "Merck & Co." in expand_shorthand(
        "deals of Merck & Co. in 2024", bundled_entities()
    )  # no "company" inside a name


def test_m_s_is_milestones_and_how_many_x_a_multiple(router: Router) -> None:
    assert "milestones" in one_call(route(router, "cspc az 2026 M/S?")).args.get("metric", "")
    call = one_call(route(router, "pharmcube china out-licensing value 2025 vs 2024, how many x?"))
    assert (call.args["metric"], call.args["derive"]) == ("total_value", "ratio")


# -- class 5: refusals ---------------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["恒瑞医药现在的股价是多少?", "石药目前股价多少钱"])
def test_a_share_price_now_is_no_deal_term(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls
    assert wanted_type(plan.text_query) == "share_quote"


def test_a_full_year_forecast_is_no_sum_of_our_rows(router: Router) -> None:
    plan = route(router, "今年全年授权总额预测是多少?")
    assert not any(call.tool == "aggregate" for call in plan.tool_calls)


# -- class 6: text questions with a Chinese name -----------------------------------------------------------
def test_a_chinese_name_is_searched_in_english(router: Router) -> None:
    plan = route(router, "荣昌生物授权给Vor Bio的是什么药?")
    assert plan.route == "text" and "RemeGen" in plan.text_query


def test_which_companies_licensed_a_kind_of_drug_lists_those_deals(router: Router) -> None:
    call = one_call(route(router, "哪些中国公司把ADC授权给了罗氏?"))
    assert call.tool == "find_deals"


def test_signed_when_asks_the_article_and_price_per_share_a_quote(router: Router) -> None:
    assert route(router, "kelun crescent: signed when vs announced when?").route == "text"
    assert wanted_type("what price did takeda pay per innovent share") == "share_quote"


@pytest.mark.parametrize(
    ("question", "written"),
    [("第2笔交易的首付是多少", "第2笔"), ("前3笔交易", "top 3 deals"), ("这6笔的首付合计", "these deals")],
)
def test_a_place_a_top_or_a_pointer_is_no_count_of_deals(router: Router, question: str, written: str) -> None:
    """Session 24: "第2笔" is the second deal, "前3笔" the top three, "这6笔" these deals; never "N deals" alone."""
    assert written in _render(router, question), _render(router, question)
