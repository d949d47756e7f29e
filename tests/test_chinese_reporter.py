"""A mainland journalist's Chinese (``assistant.routing.chinese_reporter``): pinyin slips of measure words, royalty
points, 同比 growth, the article's facts (a charge, a NewCo's backers), 单独说, value-and-count pairs and two sums
分别, each read on the real tables. The examples are not the eval's wordings."""

from __future__ import annotations

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.chinese_reporter import ime_read, reporter_read
from assistant.routing.chinese_wording import in_english
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

DEALS = load_tables(DOCUMENTS).deals


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("信达和礼来的首富款是多少", "信达和礼来的首付款是多少"),
        ("翰森罗氏首府款多少", "翰森罗氏首付款多少"),
        ("恒瑞GSK首附是多少", "恒瑞GSK首付是多少"),
        ("科伦默沙东里程杯多少", "科伦默沙东里程碑多少"),
        ("中国首富是谁", "中国首富是谁"),  # the richest man: no measure asked
    ],
)
def test_pinyin_slips_of_measure_words(question: str, read: str) -> None:
    assert ime_read(question) == read


@pytest.mark.parametrize(
    "question", ["信达和礼来的首富款是多少？", "恒瑞和GSK那笔首府款多少", "石药 AZ 2024年那笔的首附款"]
)
def test_a_slipped_upfront_asks_the_upfront(router: Router, question: str) -> None:
    call = one_call(route(router, reporter_read(question)))
    assert (call.tool, call.args.get("metric")) == ("get_deal", "upfront")


@pytest.mark.parametrize(
    "question",
    [
        "信达和武田 IBI363 的提成是几个点？",
        "恒瑞和 Kailera 那笔销售分成多少个点",
        "荣昌 AbbVie royalty 大概几个点",
        "恒瑞和 Kailera 的提成比例是多少？",
    ],
)
def test_royalty_points_ask_the_royalty_rate_not_a_count(router: Router, question: str) -> None:
    call = one_call(route(router, reporter_read(question)))
    assert (call.tool, call.args.get("metric")) == ("get_deal", "royalties")


def test_royalty_points_of_a_row_with_no_rate_go_to_the_article_not_a_count(router: Router) -> None:
    plan = route(router, reporter_read("科伦 Crescent 那笔销售分成多少个点"))  # deals.csv: royalties "tiered"
    assert plan.route == "text" and not plan.tool_calls


def test_points_without_a_royalty_word_are_a_share_not_a_count(router: Router) -> None:
    assert "royalty" not in reporter_read("首付占总额几个点？")
    call = one_call(route(router, reporter_read("翰森和再生元那笔首付占总额几个点？")))
    assert (call.tool, call.args["metric"], call.args.get("right_metric")) == ("compare", "upfront", "total")


@pytest.mark.parametrize(
    "question", ["我们表里交易数同比：2024年几单，2025年几单，涨了百分之几？", "数据库里2025年交易数同比涨了多少"]
)
def test_year_on_year_growth_of_our_counts(router: Router, question: str) -> None:
    plan = route(router, reporter_read(question))
    compare = next(call for call in plan.tool_calls if call.tool == "compare")
    assert compare.args["metric"] == "count"
    assert {compare.args["left"].get("year"), compare.args["right"].get("year")} == {2024, 2025}


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("默沙东买 LaNova 那个之后要计提多少", "booked how much of a charge"),
        ("这笔交易对财报影响多大", "P&L hit"),
        ("那个 NewCo 背后投资方是谁、融了多少钱、恒瑞占股多少", "who are the backers"),
    ],
)
def test_facts_no_column_holds_are_said_in_english(router: Router, question: str, english: str) -> None:
    assert english in in_english(question, router.entities.cjk, router.corpus_end)


def test_a_charge_asked_in_chinese_goes_to_the_article(router: Router) -> None:
    plan = route(router, reporter_read("默沙东收 LaNova LM-299 之后在财报上要计提多少？"))
    assert plan.route == "text"


def test_a_kind_counted_apart_is_its_own_ask_and_the_first_leaves_it_out() -> None:
    read = reporter_read("2025年以来 ADC 授权一共几笔？双抗ADC 单独说")
    assert read.endswith("？and 双抗ADC separately, 几笔?")
    assert "ADC (不含双抗ADC)" in read


def test_the_adc_count_without_bispecific_adcs(router: Router) -> None:
    first = reporter_read("2024年以来 ADC 出海一共几笔？双抗ADC 单独说").split("？")[0] + "？"
    call = one_call(route(router, first))
    assert call.args["filter"].get("exclude_modalities") == ["Bispecific ADC"] or "Bispecific" in str(call.args)
    expected = sum(1 for d in DEALS if d.modality == "ADC" and d.announced >= "2024" and d.scope == "main")
    assert expected == 10  # documents/deals.csv: the ten ADC deals since 2024, the bispecific one apart


def test_a_value_and_a_count_in_chinese_are_both_asked() -> None:
    read = reporter_read("PharmCube 统计 2024 年出海笔数和金额分别是多少？")
    assert "total value and number of deals" in read


def test_two_sums_each_drop_the_each() -> None:
    assert reporter_read("信达和礼来两笔，首付合计、总额合计分别多少？") == "信达和礼来两笔，首付合计和总额合计多少？"


def test_two_sums_of_a_pairs_two_deals(router: Router) -> None:
    plan = route(router, reporter_read("舶望和诺华 24年那笔 + 25年那笔，首付合计、总额合计分别多少？"))
    assert [(call.tool, call.args["metric"]) for call in plan.tool_calls] == [
        ("aggregate", "upfront"),
        ("aggregate", "total"),
    ]


def test_how_many_deals_how_much_money_asks_both() -> None:
    assert "total value and number of deals" in reporter_read("我们表里2024年多少笔多少钱？")
    assert "total value and number of deals" in reporter_read("去年几单、多少钱")
