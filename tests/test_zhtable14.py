"""Chinese asks of outsider65 read in English (``chinese_asks``): a deal's closing, the same ranking for a
second year, a second place, who of two signed more deals, the partners a licensee licensed from, and
医药魔方 (PharmCube) against another tracker. Answers from the real tables and articles."""

from __future__ import annotations

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.chinese_asks import asked_in_english, year_again_spelt
from assistant.routing.decompose import split_parts


def test_the_asks_in_english() -> None:
    assert asked_in_english("什么时候交割的?").split() == ["when", "did", "it", "close", "?"]
    assert "when is it expected to close" in asked_in_english("那笔预计什么时候交割?")
    assert "who signed more deals with 中国药企" in asked_in_english("谁跟中国药企签的交易更多?")
    assert "2nd biggest" in asked_in_english("第二名呢?")
    assert "第二名是谁" in asked_in_english("第二名是谁?")  # a phrase of its own, kept
    assert "did license" in asked_in_english("从哪些中国公司 license 过?")
    assert "过去" in asked_in_english("deal 过去一年")  # 过去 (past) is no perfect
    assert year_again_spelt("哪笔最大? 2025年呢?") == "哪笔最大? and 2025年呢?"
    assert len(split_parts("2024年总额最大的是哪笔? 2025年呢?")) == 2


def test_when_it_closed_is_asked_too(assistant: Assistant) -> None:
    answer = assistant.ask("礼新和默沙东那笔 upfront 多少? 什么时候交割的?")
    assert "588" in answer.answer and "2024-12-20" in answer.answer
    earlier = [Turn(question="3SBio Pfizer deal upfront?")]
    assert "July 2025" in assistant.ask("什么时候 closed 的?", earlier).answer


def test_the_expected_closing_is_the_articles(assistant: Assistant) -> None:
    answer = assistant.ask("石药跟阿斯利康2026年那笔减重交易预计什么时候完成交割?")
    assert not answer.abstained and "second quarter of 2026" in answer.answer


def test_a_second_year_is_its_own_ranking(assistant: Assistant) -> None:
    answer = assistant.ask("2024年总额最大的是哪笔? 2025年呢?")
    assert [call.args["filter"].get("year") for call in answer.tool_calls] == [2024, 2025]
    assert "Kailera" in answer.answer and "6.035" in answer.answer and "Biohaven" in answer.answer


def test_the_second_place_of_the_ranking_before(assistant: Assistant) -> None:
    answer = assistant.ask("第二名呢?", [Turn(question="2024年首付最高的是哪笔交易?")])
    assert answer.tool_calls[0].args.get("position") == 2
    assert "LaNova" in answer.answer and "588" in answer.answer and "Curon" not in answer.answer


def test_who_signed_more_counts_both(assistant: Assistant) -> None:
    answer = assistant.ask("2024年以来罗氏和诺华, 谁跟中国公司签的交易更多?")
    assert [call.args["filter"]["licensee"] for call in answer.tool_calls] == ["Roche", "Novartis"]
    assert "4 deals" in answer.answer and "3 deals" in answer.answer


def test_the_partners_a_licensee_licensed_from(assistant: Assistant) -> None:
    answer = assistant.ask("诺华都跟哪些中国公司 license 过?")
    assert answer.tool_calls[0].tool == "find_deals"
    assert "Argo" in answer.answer and "SciNeuro" in answer.answer


def test_pharmcube_in_chinese_against_cphiic(assistant: Assistant) -> None:
    answer = assistant.ask("医药魔方和CPHIIC, 2024年全年 license-out 总额的数字差多少?")
    assert "55.4" in answer.answer and "51.9" in answer.answer and "$3.5 billion" in answer.answer
