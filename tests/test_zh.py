"""outsider88 (a Beijing journalist mixing Chinese and English): a drug code's digits are no year, 包括 is an
aside, 谁高 compares, a tracker's 口径 is that tracker, "总额多少，几笔" asks both, 几笔 before a summed measure is
the deals, "哪家中国药企 … 加起来最高" ranks companies, "谁付的首付款更多" compares two buyers' sums, a buyer that
bought the most assets is counted, "这6笔" points back, "跟第一次比呢？2024年那个" compares with that deal, a bare
year's deals counted or summed gets the trackers' figure and our table's, and payments since signing, sales
milestones and what else besides cash come from the articles. Each class has one phrasing not in the eval file.
Real assistant, real tables; the figures come from deals.csv and market_stats.csv."""

from __future__ import annotations

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.answering.cjk_names import unknown_cjk_name
from assistant.routing.asset_counts import assets_counted
from assistant.routing.chinese_newsroom import newsroom_read
from assistant.routing.chinese_value_count import value_then_count
from assistant.routing.company_sums import company_summed
from assistant.routing.decompose import split_parts
from assistant.routing.unnamed_universe import table_beside
from assistant.tools.schema import ToolCall


def _turns(assistant: Assistant, *questions: str) -> list[Turn]:
    history: list[Turn] = []
    for question in questions:
        history.append(Turn(question=question, answer=assistant.ask(question, list(history))))
    return history


def test_a_drug_codes_digits_are_no_year(assistant: Assistant) -> None:
    answer = assistant.ask("翰森 HS-20110 (CDH17 ADC) licensed to Roche — 总额 is how much?")
    assert "$1.53 billion" in answer.answer and not answer.abstained
    answer = assistant.ask("恒瑞 HRS-20250 这个代码存在吗, 总额多少?")  # no such code: never "a deal of 2025"
    assert all(call.args.get("year") != 2025 for call in answer.tool_calls)


def test_including_is_an_aside_not_a_filter(assistant: Assistant) -> None:
    answer = assistant.ask("翰森制药 一共几笔 out-licensing？包括2023年GSK那两笔")
    assert "5 deals" in answer.answer
    answer = assistant.ask("默沙东一共买了几笔？包括2022年科伦那两笔")
    assert "6 deals" in answer.answer


def test_which_is_higher_compares_two_deals(assistant: Assistant) -> None:
    answer = assistant.ask("2024年 Merck 买的 Curon CN201 和 LaNova LM-299，upfront 谁高")
    assert answer.tool_calls[0].tool == "compare"
    assert "$700 million" in answer.answer and "$588 million" in answer.answer
    answer = assistant.ask("Pfizer 的 SSGJ-707 和 AbbVie 的 RC148，首付款谁更高？")
    assert "$1.25 billion" in answer.answer and "$650 million" in answer.answer


def test_who_paid_more_compares_two_buyers_sums(assistant: Assistant) -> None:
    answer = assistant.ask("默沙东和阿斯利康，谁付给中国biotech的首付款更多？")
    assert answer.tool_calls[0].tool == "compare" and not answer.abstained
    assert "$1.822 billion" in answer.answer and "$1.685 billion" in answer.answer
    answer = assistant.ask("Merck & Co. and AstraZeneca, who paid more upfront?")  # the name's full stop
    assert answer.tool_calls[0].tool == "compare"


def test_which_drugmaker_in_total_ranks_companies(assistant: Assistant) -> None:
    answer = assistant.ask("按总额排，哪家中国药企 deal value 加起来最高？前三")
    assert answer.tool_calls[0].args["dimension"] == "licensor"
    for name in ("CSPC", "Hengrui", "Innovent"):
        assert name in answer.answer
    rank = ToolCall(tool="rank", args={"dimension": "deal", "metric": "upfront", "n": 1})
    assert company_summed([rank], "which buyer paid the most upfront combined?")[0].args["dimension"] == "licensee"
    assert company_summed([rank], "which Chinese company signed the single biggest deal?") == [rank]


def test_bought_the_most_assets_is_a_count_and_these_n_deals_point_back(assistant: Assistant) -> None:
    rank = ToolCall(tool="rank", args={"dimension": "licensee", "metric": "total", "n": 5})
    assert assets_counted([rank], "which pharma in-licensed the most Chinese molecules?")[0].args == {
        "dimension": "licensee",
        "metric": "count",
        "n": 1,
    }
    assert assets_counted([rank], "which buyer paid the most money?") == [rank]
    history = _turns(assistant, "哪家外国药企买中国资产最多")
    assert "Merck & Co.: 6 deals" in history[0].answer.answer  # type: ignore[union-attr]
    answer = assistant.ask("这6笔的首付加起来多少？", history)
    assert "$1.822 billion" in answer.answer
    answer = assistant.ask("这六笔交易总额合计多少?", history)
    assert answer.tool_calls[0].args["filter"]["licensee"] == "Merck & Co."


def test_several_deals_summed_is_a_sum(assistant: Assistant) -> None:
    assert "deals" in newsroom_read("几笔授权总额合计多少") and "how many" not in newsroom_read("几笔授权总额合计多少")
    answer = assistant.ask("石药集团几笔授权总额合计多少亿美元?")
    assert "$27.895 billion" in answer.answer
    answer = assistant.ask("恒瑞几笔交易的首付款加起来多少?")
    assert "$968 million" in answer.answer


def test_value_then_count_and_a_trackers_basis(assistant: Assistant) -> None:
    assert value_then_count("2025年中国 out-licensing 全年总额多少，几笔？PharmCube 口径") == [
        "2025年中国 out-licensing 全年总额多少？PharmCube 口径",
        "2025年中国 out-licensing 全年几笔？PharmCube 口径",
    ]
    assert value_then_count("恒瑞2025年一共几笔？总额多少？") is None  # the count first: chinese_count_sum
    answer = assistant.ask("2025年中国 out-licensing 全年总额多少，几笔？PharmCube 口径")
    assert "$135.7 billion" in answer.answer and "157" in answer.answer
    answer = assistant.ask("按医药魔方口径，2024年对外授权首付款多少、多少笔？")
    assert all(
        str(call.args.get("reporter")).startswith("PharmCube") for call in answer.tool_calls
    )  # session 23: or its mainland series
    assert newsroom_read("Greater China 口径") == "Greater China 口径"  # a series, not a tracker


def test_bare_year_deals_get_both_universes(assistant: Assistant) -> None:
    answer = assistant.ask("2024 年的 BD 交易，总额 (headline value) sum 是多少 billion？")
    assert "$25.66 billion" in answer.answer and "$51.9 billion" in answer.answer
    answer = assistant.ask("2024 年几笔交易，首付款总共多少?")
    assert "13 deals" in answer.answer and "94 deals" in answer.answer and "$2.42 billion" in answer.answer
    assert answer.tool_calls[0].args.get("derive") == "table_against"  # the count gives both too (session 28)
    answer = assistant.ask("2025 deals: total upfront sum?")  # another phrasing: both
    assert answer.tool_calls[0].args.get("derive") == "table_against"
    summed = ToolCall(tool="market_stat", args={"metric": "total_value", "period": "2025"})
    assert table_beside([summed], "2025 China out-licensing deals: value in total?") == [summed]  # the market's
    assert table_beside([summed], "2025 deals summed per PharmCube?") == [summed]
    count = ToolCall(tool="market_stat", args={"metric": "deal_count", "period": "2024"})
    assert table_beside([count], "# deals 2024?")[0].args["derive"] == "table_against"  # PharmCube's 94, our 13
    assert table_beside([count], "# China out-licensing deals 2024?") == [count]  # the market named: its figure


def test_compared_with_the_first_one(assistant: Assistant) -> None:
    history = _turns(assistant, "舶望和诺华 2025年9月那笔多少钱")
    answer = assistant.ask("跟第一次比呢？2024年那个", history)
    assert answer.tool_calls[0].tool == "compare" and "$4.165 billion" in answer.answer
    answer = assistant.ask("和2024年那笔比呢？", history)
    assert "$4.165 billion" in answer.answer


def test_payments_since_signing_sales_milestones_and_besides_cash(assistant: Assistant) -> None:
    answer = assistant.ask("百利天恒 BMS 那个 iza-bren 之后有没有拿到里程碑?")
    assert "$250 million" in answer.answer
    answer = assistant.ask("先声 SIM0500 AbbVie 期权交易，后续有新的付款吗")
    assert "$40 million" in answer.answer
    history = _turns(assistant, "石药和阿斯利康 2026 年那笔减重的总额多少")
    answer = assistant.ask("里面销售里程碑占多少？", history)
    assert "$13.8 billion" in answer.answer
    history = _turns(assistant, "恒瑞 GLP-1 卖给 Kailera 首付多少")
    answer = assistant.ask("除了现金恒瑞还拿到什么", history)
    assert "19.9%" in answer.answer


def test_split_keeps_the_count_and_sum_of_a_bare_year() -> None:
    assert split_parts("2024 年几笔交易，首付款总共多少?") == ["2024 年几笔交易", "2024 年的交易加起来首付款多少"]


def test_a_chinese_name_no_source_holds_is_refused(assistant: Assistant) -> None:
    assert unknown_cjk_name("百济神州 2025 out-license to foreign companies?", ["恒瑞医药"]) == "百济神州"
    assert unknown_cjk_name("恒瑞医药 2025 deal count", ["恒瑞医药"]) is None  # a known name left in Chinese
    assert unknown_cjk_name("Jiangsu Hengrui Pharmaceuticals in total how many deals?", []) is None
    answer = assistant.ask("百济神州 2025 年有 out-license 给外国公司吗？首付多少")
    assert answer.abstained
    answer = assistant.ask("百济神州跟诺华的交易首付多少？")  # beside a known company: no Novartis sum instead
    assert answer.abstained and "百济神州" in answer.answer
