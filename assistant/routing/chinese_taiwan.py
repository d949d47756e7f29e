"""Taiwan's words for deal terms, read as the mainland words ``chinese_phrases`` knows (after the characters).

A Taipei analyst writes 頭期款 / 簽約金 / 前金 / 授權金 for the upfront, 里程碑金 for the milestones, 權利金 for
royalties, 總價 for the total, 年增率 / 成長率 for growth, 市佔 for a share, 藥廠 for a drugmaker, 案子 for a
deal, 揭露 for disclosed, 陸廠 for a Chinese company (outsider112). Read as typed, none of these was a word of
the simplified reader: "三生製藥…簽約金是多少" went to the articles, "頭期款前五大" ranked total values. Each
rule below is a Taiwan word (in simplified characters: ``chinese_traditional`` converts the characters
first), what it becomes, and the neighbours it must not take ("目前金額" holds 前金; "授權金額" is a deal's
value, not its upfront; "里程碑金額" is the milestones' amount). The examples are the tests
(``tests/test_traditional_taiwan.py``).
"""

from __future__ import annotations

import re
from typing import NamedTuple


class TaiwanWord(NamedTuple):
    """One Taiwan word: the pattern it is typed as and the mainland word it is read as."""

    name: str
    pattern: str
    mainland: str


# In order; each rule reads the text the rules before it left.
TAIWAN_WORDS: tuple[TaiwanWord, ...] = (
    # the upfront: 頭期款, 簽約金, 前金, 授權金 (never 授權金額, a deal's value; never 目前金額)
    TaiwanWord("upfront", r"头期(?:款|歀|金)|签约金(?!额)|(?<![目之以提事从眼当])前金(?!额)|授权金(?!额)", "首付款"),
    # the milestones: 里程碑金 (里程碑金額 stays the milestones' amount); 里成碑, 程 typed as its homophone 成
    TaiwanWord("milestones", r"里[程成]碑(?:金|款)(?!额)|里成碑|里程金(?!额)", "里程碑"),
    # royalties: 權利金, 銷售權利金, 分潤
    TaiwanWord("royalties", r"(?:销售)?权利金(?!额)|分润", "特许权使用费"),
    # the total: 總價, 合約總值 / 合約總額 / 合約價值, 交易總價
    TaiwanWord("total", r"(?:交易|合约)?总价(?!值)|合约(?:总值|总额|价值)", "总额"),
    # a count of deals: 交易筆數, 件數
    TaiwanWord("count", r"交易笔数|交易件数|案件数", "交易数量"),
    TaiwanWord("deals counted", r"(?<=[几多少])件|(?<=\d)\s*件(?=交易|授权|案)", "笔"),  # "幾件對外授權", "3件交易"
    TaiwanWord("number of deals", r"件数", "笔数"),
    # growth: 年增率, 年成長率, 成長率, 成長, 年增幅, 衰退
    TaiwanWord("growth rate", r"年增率|年成长率|成长率|年增长率", "增长率"),
    TaiwanWord("growth", r"成长(?!率)", "增长"),
    TaiwanWord("grew", r"年增(?![长加资])", "增长"),  # "交易總值年增多少" (never 2025年增長, 年增加)
    TaiwanWord("growth size", r"年增幅", "增幅"),
    TaiwanWord("decline", r"衰退", "下降"),
    # a share: 市佔率, 市佔, 比重
    TaiwanWord("share", r"市占率|市占|比重", "占比"),
    # a drugmaker: 藥廠 (跨國藥廠, 國際大廠 multinational; 陸廠 / 陸企 / 中國藥廠 Chinese)
    TaiwanWord("multinational", r"跨国(?:大)?药厂|国际(?:大)?药厂|国际大厂|外商药厂|外资药厂", "跨国药企"),
    TaiwanWord("chinese drugmaker", r"陆(?:系)?(?:药)?厂|陆企|陆资药厂|中国(?:大陆)?药厂|大陆药厂", "中国药企"),
    TaiwanWord("drugmaker", r"(?:大)?药厂", "药企"),
    TaiwanWord("biotech", r"生技(?:公司|业者|厂)?", "药企"),
    # a deal: 案子, 授權案, 那案, 這案, 該案, 此案, 交易案, 合作案
    TaiwanWord("this deal", r"(?:这个|这)(?:案子|案)", "这笔"),
    TaiwanWord("that deal", r"(?:那个|那)(?:案子|案)", "那笔"),
    TaiwanWord("the deal", r"(?:该|此)案(?:子)?", "这笔"),
    TaiwanWord("licensing deal", r"授权案(?:子)?|交易案(?:子)?|合作案(?:子)?|案子", "交易"),
    # disclosed, data, option, booked
    TaiwanWord("disclosed", r"揭露", "披露"),
    TaiwanWord("data", r"资料库", "数据库"),
    TaiwanWord("data", r"资料", "数据"),
    TaiwanWord("booked", r"认列", "计提"),
    TaiwanWord("profit", r"获利", "利润"),
    # mainland China: 中國大陸, 大陸地區, 大陸 (the table's China)
    TaiwanWord("mainland", r"(?:中国)?大陆(?:地区)?", "中国"),
    # more, paid, partners, still active: "誰簽的比較多", "付出的頭期款", "授權對象", "還有效嗎"
    TaiwanWord("more", r"比较(?=[多少高低大小])", "更"),
    TaiwanWord("paid", r"付出(?:的)?", "支付的"),
    TaiwanWord("partners", r"授权对象", "合作对象"),
    TaiwanWord("please", r"请问", ""),
    TaiwanWord("china option", r"中国区(?:域)?(?=选择权|期权)", "中国"),  # "中國區選擇權": the China option
    # question words: 甚麼 what, 哪一家 / 哪一筆 / 哪一個 which
    TaiwanWord("what", r"甚么", "什么"),
    TaiwanWord("which company", r"哪一家", "哪家"),
    TaiwanWord("which deal", r"哪一笔", "哪笔"),
    # "已經終止的" (the ones already ended): the status alone ("already" had stayed untranslated between "excluding"
    # and "terminated", and the terminated deal was the one kept)
    TaiwanWord("already ended", r"已经?(?=终止|中止|取消|解约)", ""),
    # a thing left out said after it: "雙抗ADC先不算", "已經終止的不要算" (the thing, then "does not count")
    TaiwanWord(
        "left out",
        r"(?:(?<=[(（,，、:：;；?？])|^)\s*(?P<thing>[^,，、?？()（）:：;；算]+?)的?(?:先不算|不要算|不算|不计入|不列入)",
        r"不含\g<thing>",
    ),
    # our table: 表裡面, 表內, 用你們的交易表算
    TaiwanWord("our table", r"用?你们(?:的)?交易表(?:来)?(?:算|加总)?|表里面|表内(?!容)", "你们表里"),
    # a percentage: 幾% (百分之幾), of the milestones ("頭期款只有里程碑的幾%")
    TaiwanWord("of the milestones", r"(?:只有|只占|仅占|占|是)?里程碑(?:金额)?的(?:几|多少)\s*%", "占里程碑的百分比"),
    TaiwanWord("what percent", r"几\s*%", "百分之几"),
    # worked out per deal: "換算平均一筆多少"
    TaiwanWord("worked out", r"换算(?:成|下来|一下)?", ""),
    TaiwanWord("per deal", r"平均一笔", "平均每笔"),
    # reports: "有新聞寫…", "有的新聞說…", "跟 5.88 億差在哪" (why the figures differ)
    TaiwanWord("reports say", r"有的?新闻(?:写|说|报导|报道)|新闻(?:写|说)|有报导(?:说|称)?", "有报道说"),
    TaiwanWord("why they differ", r"差在哪(?:里|边)?", "为什么不同"),
    # a payment after signing: "後來有再付款嗎"
    TaiwanWord("paid after", r"(?:后来|之后|后续)?有(?:没有)?再(?:付款|付钱|付)", "后续有新的付款"),
    # a charge booked: "說要認列多少費用" (認列 read above as 计提)
    TaiwanWord("charge booked", r"计提(?:了)?多少(?:的)?(?:税前)?费用", "计提多少费用"),
    # a number of deals after a ranking word: "最低的三筆" the lowest 3 deals (a digit, as "3筆" is read)
    *(
        TaiwanWord(f"{digit} deals", rf"(?<=的){numeral}笔", f"{digit}笔")
        for numeral, digit in (("两", 2), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("十", 10))
    ),
    # "up to" said with 最高 before a figure ("里程碑最高17.7億美元"): no ranking (最高可達 is read as it is)
    TaiwanWord("up to", r"最高(?=\s*\d)", "最多可达"),
)
# mainland words the simplified reader lacked, read by ``chinese_wording`` with its other phrases
TAIWAN_PHRASES: dict[str, str] = {
    "选择权": " option ",
    "中国选择权": " China option payments ",
    "中国期权": " China option payments ",
    "还有效": " still active ",
    "潜在里程碑": " potential milestones ",  # Taiwan's word for an option (期权 is read as before)
    "占里程碑的百分比": " as a percentage of milestones ",
    "首付款总额": " combined upfront ",  # "total upfront" is taken for the headline total too
    "首付总额": " combined upfront ",
    **{
        f"首付款占{total}{of}{share}": " upfront as a share of total value "
        for total in ("总额", "总金额", "交易总额", "总价值")
        for of in ("的", "")
        for share in ("比例", "比重", "占比", "")
    },
    "有报道说": " some reports say ",
    "为什么不同": " why does that differ ",
    "计提多少费用": " how much of a charge did it book ",
}
_RULES = tuple((re.compile(word.pattern), word.mainland) for word in TAIWAN_WORDS)


def mainland_words(text: str) -> str:
    """``text`` (simplified characters) with Taiwan's deal words as the mainland ones (module docstring)."""
    for pattern, mainland in _RULES:
        text = pattern.sub(mainland, text)
    return text
