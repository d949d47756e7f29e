"""Cantonese size and scope words read as 简体 (outsider120, a Hong Kong sell-side associate).

"最細" is Cantonese for the smallest (最小; 細 alone is also Mandarin's thin or fine, as in 細節, so only the
superlative is read) and "成個" for the whole (整个). Read as they came, "2025年deal size最細嘅係邊單?" went to
the articles and "成個表…milestones最高嗰單" ranked the total values."""

from __future__ import annotations

import pytest

from assistant.routing.chinese_traditional import simplified
from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("cantonese", "mandarin"),
    [
        ("deal size最細嘅係邊單", "deal size最小的是哪笔"),
        ("成個表", "整个表"),
        ("細節", "细节"),  # 細 outside 最細 keeps its Mandarin reading
    ],
)
def test_cantonese_size_words_read_as_mandarin(cantonese: str, mandarin: str) -> None:
    assert simplified(cantonese) == mandarin


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("2025年deal size最細嘅係邊單？", "total"),
        ("2024年deal size最細嘅係邊單？", "total"),
        ("2026年邊單deal嘅upfront最細？", "upfront"),
        ("2025年milestone最細嗰單係邊單，幾多？", "milestones"),
    ],
)
def test_the_smallest_deal_asked_in_cantonese_is_ranked_from_the_bottom(
    router: Router, question: str, metric: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank"
    assert call.args.get("metric") == metric, call.args
    assert call.args.get("ascending") is True, call.args


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("成個表upfront最細係邊單?", "upfront"),  # 表 typed against "upfront": the measure had been lost
        ("全表upfront最小的是哪笔?", "upfront"),
        ("成個表milestones最細係邊單?", "milestones"),
    ],
)
def test_a_measure_typed_against_a_chinese_character_is_still_read(router: Router, question: str, metric: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args.get("metric"), call.args.get("ascending")) == ("rank", metric, True), call.args


@pytest.mark.parametrize(
    ("question", "year", "bound"),
    [
        ("有幾多單deal嘅upfront係$1bn或以上？", None, "1000000000"),  # 或以上: the bound, not the market's count
        ("2026年公布嘅deals入面，有幾多單upfront超過$500m?", 2026, "500000000"),
        ("2025年upfront超过$200m的交易有几笔", 2025, "200000000"),
    ],
)
def test_a_bound_said_in_chinese_around_a_dollar_amount_filters_the_count(
    router: Router, question: str, year: int | None, bound: str
) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args.get("operation")) == ("aggregate", "count"), call.args
    assert call.args["filter"].get("min_upfront_usd") == bound and call.args["filter"].get("year") == year, call.args


@pytest.mark.parametrize(
    ("question", "tool", "metric"),
    [
        ("宜聯 MediLink 2026年1月同Roche嘅YL201 deal，首期加near-term總共幾多？", "aggregate", "upfront"),  # 首期
        ("翰森2025年Regeneron同Roche兩單，邊單milestone大啲? 大幾多?", "compare", "milestones"),  # 大啲
        ("2024年之後公布嘅deals，邊間MNC做licensee最多單？", "rank", "count"),  # 最多單: counted
        ("恒瑞2025年幾單出海deal嘅首期款加埋係幾多？", "aggregate", "upfront"),  # 加埋係幾多: added up
    ],
)
def test_cantonese_upfront_comparatives_and_most_deals(router: Router, question: str, tool: str, metric: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args.get("metric")) == (tool, metric), call.args
    assert call.args.get("operation") in (None, "sum"), call.args


@pytest.mark.parametrize(
    ("question", "date_from"),
    [
        ("2024年之後公布嘅deals，邊間MNC做licensee最多單？", "2024-01-01"),  # a year: from it on
        ("2024年以后签的交易有几笔", "2024-01-01"),
        ("2025年6月之后的交易有几笔", "2025-07-01"),  # a month: after it
    ],
)
def test_after_a_year_said_in_chinese_counts_from_that_year(router: Router, question: str, date_from: str) -> None:
    call = one_call(route(router, question))
    assert call.args["filter"].get("date_from") == date_from, call.args
