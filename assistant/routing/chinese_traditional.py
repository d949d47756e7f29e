"""繁體 and Cantonese questions read as 简体, before ``chinese_wording`` puts them in English.

Cantonese words first ("邊幾單" which deals, "幾多" how many, "而家" now, "幾時" when, "嘅" 's; the
sentence particles "㗎", "呀", "喎" … dropped), then each traditional character as its simplified
form: "多肽類嘅授權交易有邊幾單?" reads "多肽类的授权交易有哪几单?", "信达生物而家有幾多員工?"
reads "信达生物现在有多少员工?". Before, the traditional characters were left as unknown words and
the question went to the articles ("which peptide deals" quoted CSPC's portfolio; the staff number
was answered with Innovent's Takeda terms).

``TABLE_PHRASES`` are 简体 table words ``chinese_phrases`` lacked: "多签了几笔" (how many more deals:
"恒瑞医药比翰森制药多签了几笔对外授权?" gave both counts, not the difference), "合作方" (partners:
"诺华签过哪些中国合作方?" went to the articles), "哪几单" (which deals), "总额多少" (the total
value, summed: "加起来总额多少" after a count, see ``chinese_count_sum``).
"""

from __future__ import annotations

import re

from assistant.routing.chinese_taiwan import mainland_words
from assistant.routing.traditional_characters import simplified_characters

# Cantonese word → Mandarin word, read before the characters (longest first)
_CANTONESE: dict[str, str] = {
    # Mandarin words in 繁體 holding a character the Cantonese words below reuse: read as they are
    "關係": "关系",
    "聯繫": "联系",
    "仲裁": "仲裁",
    "喺": "在",
    "邊幾單": "哪几单",
    "邊幾個": "哪几个",
    "邊幾間": "哪几家",
    "邊幾": "哪几",
    "邊間": "哪家",
    "邊個": "哪个",
    "邊度": "哪里",
    "邊單": "哪笔",
    "幾多": "多少",
    # Cantonese sums, sizes and places: "加埋所有deal" (all deals added up), "deal size最細" (smallest),
    # "成個表入面" (in the whole table), "俾咗" (paid to); read as they were, each went to the articles
    # or to one deal at a time ("Roche … 俾咗幾多upfront (加埋所有deal)" listed four upfronts, no sum)
    "最細": "最小",
    # "唔計bispecific ADC" (not counting), "俾total唔係淨milestone" (the total, not just the milestones)
    "唔計": "不计",
    # comparatives said with 啲 ("邊單milestone大啲?": which is bigger) and 首期, Hong Kong's word for the upfront
    "大啲": "更大",
    "高啲": "更高",
    "多啲": "更多",
    "首期": "首付",
    # "首期款加埋係幾多" (added up, how much): a sum asked; 加埋 alone stays as typed ("加埋所有deal" had listed)
    "加埋係幾多": "加起来是多少",
    "加埋總共": "加起来总共",
    "加埋幾多": "加起来多少",  # "嗰兩單 upfront 加埋幾多?" (those two added up): a sum of them
    "加埋所有": "合计所有",  # "加埋所有deal嘅首期" (every deal's upfront added up): a sum over them
    "最多單": "最多笔",
    "最少單": "最少笔",
    "唔係淨": "不是只",
    "成個": "整个",
    "幾時": "什么时候",
    "而家": "现在",
    "乜嘢": "什么",
    "系咩": "是什么",  # "Braveheart Bio 系咩来头?" (係 typed as 系)
    "點解": "为什么",  # "嗰單點解會散?" (why did that deal fall apart?)
    "會散": "会终止",
    "乜": "什么",  # "恒瑞 license 咗乜俾佢?" (what did Hengrui license to it?)
    "俾佢": "给他",
    "來頭": "背景",
    "来头": "背景",
    "咩": "什么",
    "點樣": "怎样",
    "有冇": "有没有",
    "冇": "没有",
    "佢哋": "他们",
    "佢": "他",
    "係": "是",
    "咗": "了",
    "啲": "些",
    "嘅": "的",
    "嗰": "那",
    "仲": "还",
    "㗎": "",
    "喎": "",
    "囉": "",
    "嘛": "",
}
_CANTONESE_FIRST = sorted(_CANTONESE, key=len, reverse=True)

# 简体 table words ``chinese_phrases`` lacked (see the module's docstring); read by ``chinese_wording``
TABLE_PHRASES: dict[str, str] = {
    **{
        f"多{verb}{count}": "how many more deals"
        for verb in ("签了", "签", "做了", "做", "达成了", "了", "")
        for count in ("几笔", "多少笔", "几单", "多少单", "几项", "多少项")
    },
    "中国合作方": "Chinese partners",
    "中国合作伙伴": "Chinese partners",
    "那单": "deal",
    "这单": "deal",
    "合作方": "partners",
    "合作伙伴": "partners",
    "合作对象": "partners",
    "多少单": "how many deals",
    "多少宗": "how many deals",
    "几宗": "how many deals",
    "多少间": "how many companies",
    "几间": "how many companies",
    **{f"{verb}百分之几": " percentage growth " for verb in ("增长了", "增加了", "多了", "增长")},
    "百分之几": "what percent",
    "几单": "how many deals",
    "哪几单": "which deals",
    "哪几笔": "which deals",
    "有哪几单": "which deals",
    # "加起来总额多少", "合计首付款是多少": the measure summed over the deals just counted; never the bare
    # "总额是多少", which asks one deal's total ("恒瑞最大的一笔交易总额是多少")
    **{
        f"{summed}{measure}{ask}": f"combined {english}"
        for summed in ("加起来", "合计", "一共", "总共")
        for measure, english in (
            ("总额", "total value"),
            ("总金额", "total value"),
            ("首付款", "upfront"),
            ("里程碑", "milestones"),
        )
        for ask in ("多少", "是多少", "有多少")
    },
}

# "Novartis did sign which China partners?": Chinese asks "which" in place, after the verb
_WH_IN_PLACE_RE = re.compile(
    r"^(?P<subject>[^?,]+?)\s+(?P<verb>did sign|signed|did partner|did license|licensed)\s+"
    r"(?P<which>which\s[^?,]+?)\s*\?$"
)


# "Hengrui and GSK deal, with CSPC and AstraZeneca 2026 deal vs, total value difference?": "A那单,跟B那单比"
_DEAL_WITH_DEAL_RE = re.compile(r"^(?P<left>[^,?]+? deal),\s*with (?P<right>[^,?]+? deal) vs\b,?\s*")


def deal_against_deal(english: str) -> str:
    """One deal set against another, each with its own year: "恒瑞和GSK那单,跟石药集团和阿斯利康2026年那单比,总额差多少?"
    asked as "Jiangsu Hengrui Pharmaceuticals and GSK deal vs CSPC Pharmaceutical Group and AstraZeneca 2026 deal,
    total value difference?" (read as it came, the year had gone onto both sides, both Hengrui–GSK)."""
    return _DEAL_WITH_DEAL_RE.sub(lambda m: f"{m['left']} vs {m['right']}, ", english, count=1)


def which_first(english: str) -> str:
    """A Chinese "which" left in place read with "which" first: "诺华签过哪些中国合作方?" reads in English
    "Novartis did sign which China partners?", asked as "which China partners did Novartis sign?"."""
    english = deal_against_deal(english)
    found = _WH_IN_PLACE_RE.match(english)
    if not found:
        return english
    verb = found["verb"].replace("did ", "").replace("signed", "sign").replace("licensed", "license")
    return f"{found['which']} did {found['subject']} {verb}?"


def simplified(question: str) -> str:
    """``question`` in 简体 Mandarin: Cantonese words, then traditional characters (``traditional_characters``),
    then Taiwan's deal words (``chinese_taiwan``: 頭期款 the upfront, 權利金 royalties, 年增率 growth)."""
    for word in _CANTONESE_FIRST:
        if word in question:
            question = question.replace(word, _CANTONESE[word])
    return mainland_words(simplified_characters(question))
