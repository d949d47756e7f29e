"""A Chinese question of two asks, each ended by a full-width question mark ("默沙东2024年从中国引进了几个项目？
首付款合计多少？"), is two questions like its English form: the count, then the sum over the same deals (the
sum had been dropped). A second ask with no figure ("是哪笔交易？") stays with the first."""

from __future__ import annotations

from assistant.answering.assistant import Assistant
from assistant.routing.decompose import split_parts


def test_two_chinese_asks_are_two_parts() -> None:
    assert split_parts("默沙东2024年从中国引进了几个项目？首付款合计多少？") == [
        "默沙东2024年从中国引进了几个项目?",
        "首付款合计多少?",
    ]
    assert len(split_parts("2025年哪家中国药企对外授权总金额最高？是哪笔交易？")) == 1
    assert len(split_parts("恒瑞医药2025年对外授权首付款合计多少？")) == 1


def test_the_sum_covers_the_counted_deals(assistant: Assistant) -> None:
    answer = assistant.ask("默沙东2024年从中国引进了几个项目？首付款合计多少？")
    assert [call.args.get("operation") for call in answer.tool_calls] == ["count", "sum"]
    assert all(call.args["filter"]["licensee"] == "Merck & Co." for call in answer.tool_calls)
    assert all(call.args["filter"]["year"] == 2024 for call in answer.tool_calls)
