"""Traditional Chinese with Taiwan's words read as simplified Chinese (outsider112, a Taipei brokerage analyst).

The classes, each with wordings of our own: every traditional character of a question becomes its simplified
form (``traditional_characters``); Taiwan's deal words become the mainland ones (``chinese_taiwan``: 頭期款 / 簽約金
/ 前金 / 授權金 the upfront, 里程碑金 the milestones, 權利金 royalties, 總價 the total, 年增率 / 成長 growth, 藥廠 a
drugmaker, 案子 a deal, 揭露 disclosed); Taiwan's names of the buyers (阿斯特捷利康, 必治妥施貴寶, 默克, 大塚) are
companies.csv aliases, found in either script at the place they are written."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.chinese_taiwan import TAIWAN_WORDS, mainland_words
from assistant.routing.chinese_traditional import simplified
from assistant.routing.chinese_wording import _ALL_PHRASES, in_english
from assistant.routing.router import Router
from assistant.routing.traditional_characters import alias_places, simplified_characters
from tests.conftest import DOCUMENTS, bundled_entities, one_call, route


# -- the characters ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("traditional", "simplified_text"),
    [
        ("頭期款給多少", "头期款给多少"),
        ("表內沒揭露的有幾筆", "表内没揭露的有几笔"),
        ("終止了嗎", "终止了吗"),
        ("發佈的數據裡面", "发布的数据里面"),
        ("科倫博泰與輝瑞", "科伦博泰与辉瑞"),
        ("爲什麼説這個綫", "为什么说这个线"),
        ("妳們的資料庫", "你们的资料库"),
    ],
)
def test_each_traditional_character_is_its_simplified_one(traditional: str, simplified_text: str) -> None:
    assert simplified_characters(traditional) == simplified_text


def test_simplified_words_and_names_are_left_as_they_are() -> None:
    """No character of a simplified phrase or name the reader knows is taken for a traditional one (a phrase
    written in GB2312, the simplified character set; a few phrases are written in traditional characters)."""
    entities = bundled_entities()
    for word in [*_ALL_PHRASES, *(alias for alias, _ in entities.cjk)]:
        if _simplified_set(word):
            assert simplified_characters(word) == word, word


def _simplified_set(word: str) -> bool:
    try:
        word.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def test_a_name_is_found_at_the_place_it_is_written() -> None:
    question = "請問輝瑞跟三生製藥那筆"
    assert alias_places(question, "辉瑞") == [2]
    names = {m.name for m in bundled_entities().find_companies(question).mentions}
    assert names == {"Pfizer", "3SBio"}


# -- Taiwan's words ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("taiwan", "mainland"),
    [
        ("头期款多少", "首付款多少"),
        ("签约金是多少", "首付款是多少"),
        ("前金拿了多少", "首付款拿了多少"),
        ("授权金多少", "首付款多少"),
        ("里程碑金上限", "里程碑上限"),
        ("权利金怎么算", "特许权使用费怎么算"),
        ("总价多少", "总额多少"),
        ("交易笔数", "交易数量"),
        ("年增率多少", "增长率多少"),
        ("年成长率", "增长率"),
        ("成长了几倍", "增长了几倍"),
        ("市占多少", "占比多少"),
        ("跨国药厂", "跨国药企"),
        ("陆厂", "中国药企"),
        ("药厂", "药企"),
        ("授权案有几笔", "交易有几笔"),
        ("那案后来", "那笔后来"),
        ("没揭露", "没披露"),
        ("里程碑最高17.7亿美元", "里程碑最多可达17.7亿美元"),
        # session 24, the second pass over outsider112's classes
        ("(双抗ADC先不算)", "(不含双抗ADC)"),
        ("终止的不要算", "不含终止"),
        ("用你们的交易表算:", "你们表里:"),
        ("表里面2025年", "你们表里2025年"),
        ("年增率几%", "增长率百分之几"),
        ("首付款只有里程碑的几%", "首付款占里程碑的百分比"),
        ("换算平均一笔多少", "平均每笔多少"),
        ("有新闻写首付款8.88亿", "有报道说首付款8.88亿"),
        ("跟5.88亿差在哪", "跟5.88亿为什么不同"),
        ("后来有再付款吗", "后续有新的付款吗"),
        ("比例最低的三笔", "比例最低的3笔"),
        ("总共签了几件对外授权", "总共签了几笔对外授权"),
        ("交易件数", "交易数量"),
        ("交易总值年增多少", "交易总值增长多少"),
        ("谁签的比较多", "谁签的更多"),
        ("付出的首付款", "支付的首付款"),
        ("授权对象有哪些", "合作对象有哪些"),
        ("中国区选择权最多", "中国选择权最多"),
    ],
)
def test_taiwan_words_read_as_the_mainland_ones(taiwan: str, mainland: str) -> None:
    assert mainland_words(taiwan) == mainland


@pytest.mark.parametrize(
    "kept",
    [
        "目前金额多少",  # 目前 + 金额, no 前金
        "授权金额成长",  # a deal's value, not its upfront (成长 still growth)
        "里程碑金额",  # the milestones' amount
        "总价值",  # the total value, as it is
        "哪笔首付款最高",  # a ranking: 最高 beside no figure
        "方案",  # 案 of another word
        "这笔算不算2024年的",  # whether it counts: no thing left out
        "2025年增长了多少",  # the year's 年 before 增长: no 年增
        "比较一下",  # compare, with no 多 / 少 after it
    ],
)
def test_taiwan_words_leave_their_neighbours(kept: str) -> None:
    assert "首付款" not in mainland_words(kept) or "首付款" in kept
    assert "最多可达" not in mainland_words(kept)
    assert "不含" not in mainland_words(kept)
    if kept in ("目前金额多少", "里程碑金额", "总价值", "方案", "这笔算不算2024年的", "2025年增长了多少", "比较一下"):
        assert mainland_words(kept) == kept


def test_every_rule_is_named_and_reads_a_mainland_word() -> None:
    assert len({word.name for word in TAIWAN_WORDS}) >= 20
    for word in TAIWAN_WORDS:
        assert simplified_characters(word.mainland) == word.mainland, word


# -- the whole reading ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_tables(DOCUMENTS))


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("阿斯特捷利康", "AstraZeneca"),
        ("必治妥施貴寶", "Bristol Myers Squibb"),
        ("默克", "Merck & Co."),
        ("大塚製藥", "Otsuka"),
        ("葛蘭素史克", "GSK"),
        ("諾和諾德", "Novo Nordisk"),
        ("百利天恆", "SystImmune"),
        ("三生製藥", "3SBio"),
        ("科倫博泰", "Kelun-Biotech"),
        ("維立志博", "Leads Biolabs"),
    ],
)
def test_taiwan_names_of_companies(router: Router, question: str, english: str) -> None:
    assert english in in_english(f"{question}的頭期款多少?", router.entities.cjk, router.corpus_end)


def test_simplified_reads_characters_then_words() -> None:
    assert simplified("三生製藥的簽約金是多少?") == "三生制药的首付款是多少?"
    assert simplified("恒瑞医药签了几笔交易?") == "恒瑞医药签了几笔交易?"  # 简体 unchanged


@pytest.mark.parametrize(
    ("question", "tool", "metric"),
    [
        ("輝瑞付給三生製藥的簽約金是多少?", "get_deal", "upfront"),
        ("默克買 Curon 的 CN201,頭期款多少?", "get_deal", "upfront"),
        ("百利天恆授權必治妥施貴寶那案,前金多少?", "get_deal", "upfront"),
        ("翰森給再生元那筆,里程碑金最高可以拿多少?", "get_deal", "milestones"),
        ("科倫博泰授權 Crescent 的總價是多少?", "get_deal", "total"),
    ],
)
def test_a_deal_asked_in_taiwan_words(router: Router, question: str, tool: str, metric: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == tool
    assert call.args.get("metric") == metric, call.args


def test_a_second_ask_after_a_question_mark_is_its_own(router: Router) -> None:
    """ "總金額多少、幾筆?換算平均一筆多少錢?": the "?" before a Chinese word is followed by a space, so the second
    ask is split off as the English one is ("how many deals? average per deal how much?")."""
    english = in_english("PharmCube 2025 總金額多少、幾筆?換算平均一筆多少錢?", router.entities.cjk, router.corpus_end)
    assert "deals? average per deal" in english


@pytest.mark.parametrize(
    ("question", "tool", "expected"),
    [
        ("2025年 ADC 的授權案共幾筆?(雙抗ADC先不算)", "aggregate", {"exclude_modalities": ["Bispecific ADC"]}),
        ("頭期款佔總金額比例最低的三筆?", "rank", {"metric": "upfront_share", "ascending": True}),
        ("Sino Drug Watch 的頭期款只有里程碑的幾%?", "market_stat", {"derive": "upfront_to_milestones"}),
        ("你們表內頭期款總額 2024→2025 成長多少%?", "compare", {"metric": "upfront"}),
    ],
)
def test_table_asks_in_taiwan_words(router: Router, question: str, tool: str, expected: dict[str, object]) -> None:
    call = route(router, question).tool_calls[0]
    assert call.tool == tool
    said = {**call.args, **call.args.get("filter", {})}
    for key, value in expected.items():
        assert said.get(key) == value, (key, call.args)


@pytest.mark.parametrize(
    "question",
    [
        "你們表內頭期款總額 2024 到 2025 的年增率是多少?",  # 頭期款總額: the upfronts summed, no headline total asked
        "2025年哪幾家陸廠授權總金額最高?前三名,用你們的交易表加總",  # 交易表: our table, no deals ranked
    ],
)
def test_the_plan_audit_reads_traditional_as_simplified(assistant: Assistant, question: str) -> None:
    """The audit's Chinese words are simplified (首付款…总额, 交易): a Traditional question is read through
    ``chinese_traditional.simplified`` before it, as the router reads it, and is not asked back."""
    answer = assistant.ask(question)
    assert answer.route == "table", answer.interpretation
    assert answer.figures


def test_the_china_option_is_answered_from_the_article(assistant: Assistant) -> None:
    """ "中國區選擇權最多可以拿多少": the China option payments, a term no column holds, from the deal's article."""
    answer = assistant.ask("三生跟輝瑞那筆,中國區選擇權最多可以拿多少?")
    assert "150 million" in answer.answer, answer.answer
