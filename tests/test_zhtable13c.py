"""Thirteenth-session Chinese table asks (outsider61's classes, probed with our own wordings): 繁體 and Cantonese
questions read as 简体 (``chinese_traditional``), "A比B多签了几笔" answered with the difference, "X签过哪些中国合作方"
listing X's partners, and a count with its sum ("一共签了几笔交易?加起来总额多少?", ``chinese_count_sum``).
Expected deals, counts and sums come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from assistant.routing.chinese_count_sum import chinese_count_and_sum
from assistant.routing.chinese_traditional import simplified
from tests.conftest import DOCUMENTS

_DEALS = load_tables(DOCUMENTS).deals


def _of(licensor: str) -> list[str]:
    return [d.deal_id for d in _DEALS if licensor in d.licensors]


def test_traditional_and_cantonese_read_as_simplified() -> None:
    assert simplified("多肽類嘅授權交易有邊幾單?") == "多肽类的授权交易有哪几单?"
    assert simplified("信达生物而家有幾多員工?") == "信达生物现在有多少员工?"
    assert simplified("恒瑞医药签了几笔交易?") == "恒瑞医药签了几笔交易?"  # 简体 unchanged


@pytest.mark.parametrize(
    ("question", "modality"), [("siRNA類嘅授權交易有邊幾單?", "siRNA"), ("多肽類嘅交易有邊幾單?", "Peptide")]
)
def test_a_cantonese_list_of_a_modality_lists_its_rows(assistant: Assistant, question: str, modality: str) -> None:
    expected = [d for d in _DEALS if d.modality == modality]
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["find_deals"], answer.tool_calls
    assert f"Our table holds {len(expected)} deals" in answer.answer, answer.answer
    for deal in expected:
        assert deal.licensees[0].split()[0] in answer.answer, (deal.deal_id, answer.answer)


def test_a_traditional_count_counts_the_rows(assistant: Assistant) -> None:
    answer = assistant.ask("恆瑞醫藥而家有幾多單對外授權交易?")
    assert f"{len(_of('Jiangsu Hengrui Pharmaceuticals'))} deals" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["信达生物而家有幾多員工?", "翰森製藥有幾多員工?"])
def test_a_cantonese_headcount_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, answer.answer
    assert not answer.tool_calls


def test_a_cantonese_when_after_a_deal_gives_its_date(assistant: Assistant) -> None:
    history = [Turn(question="Who licensed YL201 to Roche?", answer=assistant.ask("Who licensed YL201 to Roche?"))]
    answer = assistant.ask("幾時宣布嘅?", history)
    assert "January 2026" in answer.answer or "2026-01-08" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "more", "fewer"),
    [
        ("恒瑞医药比翰森制药多签了几笔对外授权?", "Jiangsu Hengrui Pharmaceuticals", "Hansoh Pharmaceutical Group"),
        ("翰森制药比石药集团多签了几笔交易?", "Hansoh Pharmaceutical Group", "CSPC Pharmaceutical Group"),
    ],
)
def test_how_many_more_deals_gives_the_difference(assistant: Assistant, question: str, more: str, fewer: str) -> None:
    gap = len(_of(more)) - len(_of(fewer))
    answer = assistant.ask(question)
    assert f"{len(_of(more))} deals with licensor {more} and {len(_of(fewer))} deals" in answer.answer, answer.answer
    assert f"{gap} more on the first side" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "licensee"),
    [("诺华签过哪些中国合作方?", "Novartis"), ("阿斯利康签过哪些中国合作伙伴?", "AstraZeneca")],
)
def test_which_chinese_partners_lists_the_licensors(assistant: Assistant, question: str, licensee: str) -> None:
    partners = sorted({d.licensors[0] for d in _DEALS if licensee in d.licensees})
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["find_deals"], answer.tool_calls
    assert f"{len(partners)} different licensors" in answer.answer, answer.answer
    for partner in partners:
        assert partner in answer.answer, (partner, answer.answer)


def test_a_chinese_count_and_sum_splits_on_the_same_subject() -> None:
    assert chinese_count_and_sum("阿斯利康和石药集团一共签了几笔交易?加起来总额多少?") == [
        "阿斯利康和石药集团一共签了几笔交易",
        "阿斯利康和石药集团的交易加起来总额多少",
    ]
    assert chinese_count_and_sum("恒瑞签了几笔交易?哪笔最大?") is None


@pytest.mark.parametrize(
    ("question", "licensor", "licensee", "measure"),
    [
        ("阿斯利康和石药集团一共签了几笔交易?加起来总额多少?", "CSPC Pharmaceutical Group", "AstraZeneca", "total"),
        ("恒瑞医药一共签了多少笔交易?首付款加起来是多少?", "Jiangsu Hengrui Pharmaceuticals", "", "upfront"),
        ("翰森制药签了几笔授权交易,总额加起来多少?", "Hansoh Pharmaceutical Group", "", "total"),
    ],
)
def test_a_chinese_count_and_its_sum_are_both_answered(
    assistant: Assistant, question: str, licensor: str, licensee: str, measure: str
) -> None:
    expected = [d for d in _DEALS if licensor in d.licensors and (not licensee or licensee in d.licensees)]
    total = sum(a for d in expected if (a := d.figure(measure).amount) is not None)  # type: ignore[arg-type]
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["aggregate", "aggregate"], answer.tool_calls
    assert f"{len(expected)} deals" in answer.answer, answer.answer
    assert render_amount(Decimal(total)) in answer.answer, (render_amount(Decimal(total)), answer.answer)


@pytest.mark.parametrize(
    ("question", "left", "right", "measure"),
    [
        (
            "恒瑞和GSK那单,跟石药集团和阿斯利康2026年那单比,总额差多少?",
            "hengrui-gsk-2025",
            "cspc-astrazeneca-2026",
            "total",
        ),
        (
            "翰森和再生元那单,跟恒瑞和默沙东那单比,首付款差多少?",
            "hansoh-regeneron-2025",
            "hengrui-merck-2025",
            "upfront",
        ),
    ],
)
def test_one_deal_against_another_keeps_each_deals_own_year(
    assistant: Assistant, question: str, left: str, right: str, measure: str
) -> None:
    """ "A和B那单,跟C和D2026年那单比": the year is the second deal's; it had gone onto both sides (both A–B, refused)."""
    deals = {d.deal_id: d for d in _DEALS}
    one, other = deals[left].figure(measure).amount, deals[right].figure(measure).amount  # type: ignore[arg-type]
    assert one is not None and other is not None
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["compare"], answer.tool_calls
    assert not answer.abstained, answer.answer
    assert render_amount(abs(other - one)) in answer.answer, (render_amount(abs(other - one)), answer.answer)
