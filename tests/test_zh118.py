"""Session-25 table asks of a Shenzhen CFO writing WeChat Chinese (outsider118's classes, probed with our own
wordings and other deals, ``evals/phrasing_zh25.jsonl``): 加一起 as a sum, 及以上 bounds, a span of years, top N,
"（双抗ADC也算）" widening a filter, 几单的总额 as a sum, rows left out by name in brackets, and one deal
compared with another named by its two parties (``chinese_wechat``). Expected figures come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from assistant.routing.chinese_wechat import left_out_joined, wechat_read
from assistant.routing.chinese_wording import in_english
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS

_DEALS = load_tables(DOCUMENTS).deals


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("首付 5亿美金及以上的大单", "首付 5亿美金以上的大单"),
        ("首付1亿美元或以下", "首付1亿美元以下"),
        ("只算24-26年主表的", "只算 2024-2026 主表的"),
        ("2024到2025年的首付", " 2024-2025 的首付"),
        ("25年按总额 top3 是哪三单", "25年按总额 前3 是哪三单"),
        ("TOP 5 deal", "前5 deal"),
        ("25年ADC出海（双抗ADC也算）首付", "25年ADC出海 (双抗ADC included) 首付"),
        ("恒瑞25年出海几单的总额", "恒瑞25年出海 deals' 总额"),
        ("石药AZ 26年那单跟恒瑞GSK比，总额差多少", "石药AZ 26年那单 vs 恒瑞GSK ，总额差多少"),
        ("borderline 那两个（药明、Earendil）不要算", "不含药明和不含Earendil"),
    ],
)
def test_wechat_shorthand_reads_as_written_words(typed: str, read: str) -> None:
    assert wechat_read(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "5亿美金以上的大单",  # a bound already said as written
        "2-3月的交易",  # months, not a span of years
        "首付几单是ADC",  # a count, no measure of those deals
        "首付占比多少",  # 比 of 占比, no comparison
        "这单跟恒瑞比例多少",  # 比例, no comparison
        "（双抗ADC）首付多少",  # brackets with nothing counted in
        "恒瑞（HRS-1234）首付多少",  # a code in brackets, nothing left out
    ],
)
def test_written_words_are_left_alone(typed: str) -> None:
    assert wechat_read(typed) == typed


def test_rows_left_out_after_the_question_join_it() -> None:
    joined = left_out_joined("主表里25年公布的出海 deal 一共几单？borderline 那两个（药明、Earendil）不要算")
    assert joined == "主表里25年公布的出海 deal 一共几单，borderline 那两个（药明、Earendil）不要算？"
    assert left_out_joined("首付多少？加起来呢") == "首付多少？加起来呢"


@pytest.mark.parametrize(
    ("question", "reads"),
    [
        ("表里它所有 deal 的总额加一起多少？", "in total"),
        ("默沙东所有 deal 的首付加一块是多少", "in total"),
        ("主表里24年的 deal 有几单", "in your main table"),
    ],
)
def test_wechat_phrases_read_in_english(router: Router, question: str, reads: str) -> None:
    english = in_english(question, router.entities.cjk, router.corpus_end)
    assert reads in english, english


def _summed(measure: str, keep: object) -> str:
    deals = [d for d in _DEALS if d.scope in ("main", "context") and keep(d)]  # type: ignore[operator]
    return render_amount(Decimal(sum(a for d in deals if (a := d.figure(measure).amount) is not None)))


@pytest.mark.parametrize(
    ("question", "measure", "keep"),
    [
        ("诺华这几年在中国买的 deal，表里总额加在一起多少？", "total", lambda d: "Novartis" in d.licensees),
        (
            "24年ADC出海（双抗ADC也算进去）首付加起来多少",
            "upfront",
            lambda d: "ADC" in d.modality and d.announced.startswith("2024"),
        ),
        (
            "默沙东24年接的几单的首付，加起来是多少",
            "upfront",
            lambda d: "Merck & Co." in d.licensees and d.announced.startswith("2024"),
        ),
        (
            "恒瑞 2025到2026年的 deal 总额加起来多少",
            "total",
            lambda d: "Jiangsu Hengrui Pharmaceuticals" in d.licensors and d.announced[:4] in ("2025", "2026"),
        ),
    ],
)
def test_wechat_sums_add_the_deals(assistant: Assistant, question: str, measure: str, keep: object) -> None:
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["aggregate"], answer.tool_calls
    assert _summed(measure, keep) in answer.answer, (_summed(measure, keep), answer.answer)


def test_a_bound_with_ji_counts_the_deals_over_it(assistant: Assistant) -> None:
    wanted = [
        d
        for d in _DEALS
        if d.scope != "borderline"
        and d.announced.startswith("2025")
        and d.upfront.amount is not None
        and d.upfront.amount >= 100_000_000
    ]
    answer = assistant.ask("25年首付1亿美金及以上的有几单？")
    assert f"{len(wanted)} deals" in answer.answer, answer.answer


def test_rows_left_out_by_name_are_not_the_subject(assistant: Assistant) -> None:
    answer = assistant.ask("主表里24年的出海 deal 有几单？默沙东那几个（Curon、LaNova）不要算")
    kept = [
        d
        for d in _DEALS
        if d.scope == "main"
        and d.announced.startswith("2024")
        and not {"Curon Biopharmaceutical", "LaNova Medicines"} & set(d.licensors)
    ]
    assert f"{len(kept)} deals" in answer.answer, answer.answer
    assert answer.tool_calls[0].args["filter"]["exclude_companies"], answer.tool_calls


def test_one_deal_against_another_named_by_its_parties(assistant: Assistant) -> None:
    answer = assistant.ask("三生辉瑞那单跟礼新默沙东比，首付差多少")
    assert "662 million" in answer.answer, answer.answer
    right = answer.tool_calls[0].args["right"]
    assert right["licensor"] == "LaNova Medicines", answer.tool_calls


def test_top_n_in_latin_letters_ranks_the_deals(assistant: Assistant) -> None:
    answer = assistant.ask("24年按首付 TOP3 是哪几单")
    assert answer.tool_calls[0].tool == "rank" and answer.tool_calls[0].args["n"] == 3, answer.tool_calls
    assert "Curon" in answer.answer and "Chimagen" in answer.answer, answer.answer
