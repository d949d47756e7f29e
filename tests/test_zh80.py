"""outsider80 (a Shanghai reporter, Chinese and mixed wording): a Chinese lower bound (至少, 不少于, 不低于,
起码), 各 after two years (one ask a year), a bare sum sentence after a per-deal ask (分别…?加起来呢?) and the top
N deals with each buyer (最大的两笔…各自的买方是谁?). Real assistant, real tables; the figures come from deals.csv."""

from __future__ import annotations

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.chinese_sum_tail import sum_tail_joined
from assistant.routing.chinese_top_deals import top_deals_read
from assistant.routing.decompose import split_parts


def test_chinese_lower_bound_filters_at_least(assistant: Assistant) -> None:
    answer = assistant.ask("2025年代谢领域的交易里，首付款至少1亿美元的有哪几笔？")
    assert answer.tool_calls[0].args["filter"]["min_upfront_usd"] == "100000000"
    assert "Novo Nordisk" in answer.answer and "Madrigal" in answer.answer
    assert "Regeneron" not in answer.answer  # Hansoh–Regeneron, $80 million: below
    answer = assistant.ask("2025年肿瘤领域的交易，首付款不少于2亿美元的是哪几笔？")  # 不少于: not "under" (少于)
    assert "Pfizer" in answer.answer and "Takeda" in answer.answer
    assert "2 deals" in answer.answer


def test_each_after_two_chinese_years_asks_each_year(assistant: Assistant) -> None:
    assert split_parts("恒瑞2024年和2025年各签了几笔对外授权？") == [
        "恒瑞2024年签了几笔对外授权?",
        "恒瑞2025年签了几笔对外授权?",
    ]
    assert split_parts("各家2024年和2025年说法不一样?") == ["各家2024年和2025年说法不一样?"]
    answer = assistant.ask("翰森2024年、2025年各有几笔对外授权交易？")
    assert [call.args["filter"]["year"] for call in answer.tool_calls] == [2024, 2025]
    assert "1 deal" in answer.answer and "2 deals" in answer.answer


def test_bare_sum_sentence_after_each_adds_the_sum(assistant: Assistant) -> None:
    assert sum_tail_joined("首付款分别是多少？加起来呢？") == "首付款分别是多少, and combined?"
    assert sum_tail_joined("几笔交易？加起来总额多少？") == "几笔交易？加起来总额多少？"  # no 分别/各: left alone
    answer = assistant.ask("舶望制药跟诺华的两次合作（2024年1月和2025年9月）首付款分别是多少？加起来呢？")
    for figure in ("$185 million", "$160 million", "$345 million"):
        assert figure in answer.answer
    answer = assistant.ask("石药和阿斯利康2024年和2025年两笔交易的首付款分别多少？合计呢？")
    for figure in ("$100 million", "$110 million", "$210 million"):
        assert figure in answer.answer


def test_top_n_deals_with_each_buyer_ranks_deals(assistant: Assistant) -> None:
    assert top_deals_read("2024年哪家买方首付款最多？") == "2024年哪家买方首付款最多？"  # buyers ranked: unchanged
    answer = assistant.ask("2024年按首付款最大的两笔交易是哪两笔？各自的买方是谁？")
    call = answer.tool_calls[0]
    assert (call.tool, call.args["dimension"], call.args["n"]) == ("rank", "deal", 2)
    assert "Curon" in answer.answer and "LaNova" in answer.answer and "$588 million" in answer.answer
    answer = assistant.ask("2025年首付款最高的两笔交易是哪两笔？买方分别是谁？")
    assert "Pfizer" in answer.answer and "Takeda" in answer.answer and "$1.25 billion" in answer.answer


def test_those_deals_after_a_company_ranking_keep_its_counterparty(assistant: Assistant) -> None:
    first = "Which Chinese company has licensed the most deals to AstraZeneca since 2024?"
    history = [Turn(question=first, answer=assistant.ask(first))]
    answer = assistant.ask("这几笔加起来首付款一共多少？", history)
    assert answer.tool_calls[0].args["filter"]["licensee"] == "AstraZeneca"
    assert "$1.41 billion" in answer.answer and "$1.53 billion" not in answer.answer  # not CSPC's Madrigal deal too
