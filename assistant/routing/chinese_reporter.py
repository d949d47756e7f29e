"""A mainland journalist's Chinese (outsider106), read as the words ``chinese_phrases`` knows.

- **A pinyin slip.** A pinyin IME offers the homophone first: 首富款 / 首府款 / 首附款 for 首付款 (shou fu kuan), 里程杯 /
  历程碑 for 里程碑. Left as typed, "石药和AZ…的首富款是多少?" lost its measure and went to the article. Only the
  slips of a measure word are read back (``ime_read``); 首富 alone (the richest man) is kept unless an ask follows it.
- **A royalty rate.** 提成, 版税 and 分成比例 / 提成比例 are royalties (比例 alone had read a tracker's share); "是几个点" beside a royalty word asks the royalty rate in
  percentage points, never a count of deals ("销售分成/royalty 是几个点?" had counted the one deal); without one,
  "首付占总额几个点" is a share, "what percent".
- **A growth.** 同比 is year on year and 涨了百分之多少 / 涨幅 a growth in percent (同 + 比 had read "vs").
- **What no column holds.** 计提多少 / 财报影响 is the charge the buyer booked (the article states it), 背后投资方 /
  融了多少钱 / 占股 a NewCo's backers, what it raised and the stake the licensor took: the article, not the terms.
- **A value and a count.** "总额和笔数是多少", "多少笔多少钱" ask both figures: written "total value and number of deals" before the
  split, so each is asked (the pair had kept only the count).
- **Two sums 分别.** "首付合计、总额合计分别多少" asks the two sums over the same deals: 分别 there is each measure, so
  it is dropped ("首付合计和总额合计多少"); read whole, it had asked each year's figure.
- **单独说.** "ADC 出海一共几笔？双抗ADC 单独说": the second kind is a second ask of its own, asked as the first was
  ("？and 双抗ADC separately, 几笔?"), and the first kind leaves it out ("ADC (不含双抗ADC)").

The guess "不是恒瑞GSK吗" is read with the English guesses (``analyst_slips``); "是不是2025年最高的首付" is a claim to
check ("is it true that"), so the deal it names is placed in its year's ranking (``superlative_claims``).
"""

from __future__ import annotations

import re

# a pinyin slip of a measure word -> the word ("首富款" for 首付款); 首富 alone only before an ask or a join
_IME_RE = re.compile(
    r"(?:首富|首府|首附|手付)(?=款|金|多少|是多少|合计|加起来|分别|和|、|呢|有多少|给了?多少|拿了?多少|付了?多少|的?金额|[?？,，])"
)
_IME_MILESTONE_RE = re.compile(r"里程杯|历程碑|里程悲|里程背")
# a royalty word nearby turns "几个点" into the royalty rate, in percentage points
_ROYALTY_RE = re.compile(r"分成|提成|版税|特许权使用费|royalt", re.IGNORECASE)
_POINTS_RE = re.compile(r"(?:是|有|大概|大约)?\s*(?:几个点|多少个点|几个百分点|多少个百分点|百分之几)")
# "？双抗ADC 单独说": a second kind counted on its own, after a first ask
_APART_RE = re.compile(
    r"(?P<ask>几笔|多少笔|几单|多少单|几项|多少项)(?P<mid>[^?？]*?)[?？]\s*(?P<kind>[^?？,，。]{1,20}?)\s*"
    r"(?:要|请|再)?单独(?:说|算|列|讲|统计|数|拎出来)(?:一下)?(?:呢)?\s*[?？。]?\s*$"
)

# "总额和笔数", "笔数和金额": a value and a count asked together, written as the English pair ``market_split`` and
# ``count_and_sum`` split before the question is read (the Chinese pair had kept only the count)
_VALUE_WORD = r"(?:交易总额|总金额|总额|金额)"
_COUNT_WORD = r"(?:笔数|交易数量|数量|交易数)"
# "多少笔多少钱", "几单、多少钱": a count and a sum of money asked in a row
_COUNT_MONEY_RE = re.compile(r"(?:多少|几)(?:笔|单|项)(?:交易)?\s*[、,，和]?\s*(?:多少钱|多少金额|金额多少|总额多少)")
_VALUE_COUNT_RE = re.compile(
    rf"{_VALUE_WORD}\s*(?:和|与|及|、|跟)\s*{_COUNT_WORD}|{_COUNT_WORD}\s*(?:和|与|及|、|跟)\s*{_VALUE_WORD}"
)

# "首付合计、总额合计分别多少": 分别 after two sums is each measure, not each year or deal (the two sums are asked)
_MEASURE_WORD = r"(?:首付款?|里程碑(?:付款)?|交易总额|总金额|总额|股权投资)"
_SUMMED = r"(?:合计|总计|加起来|总和|之和)"
_SUMS_EACH_RE = re.compile(rf"({_MEASURE_WORD}{_SUMMED})\s*(?:、|和|与|及|,|，)\s*({_MEASURE_WORD}{_SUMMED})\s*分别")

# "…首付12.5亿美元，是不是2025年最高的首付?": a yes/no about a superlative is a claim to check, not a filter
_CLAIMED_TOP_RE = re.compile(r"是不是(?=[^？?，,。]{0,15}(?:最|第一))")

REPORTER_PHRASES: dict[str, str] = {
    "提成": "royalties",
    "销售提成": "royalties",
    "分成比例": "royalty rate",
    "提成比例": "royalty rate",
    "提成率": "royalty rate",
    "版税率": "royalty rate",
    "版税": "royalties",
    "同比": "year on year",
    "几个点": "what percent",  # "首付占总额几个点": a share in percent, never a count (a royalty's is read above)
    "多少个点": "what percent",
    "涨了百分之多少": "percentage growth",
    "涨了百分之几": "percentage growth",
    "上涨百分之多少": "percentage growth",
    "涨幅": "growth",
    "涨了多少": "growth",
    "上涨了多少": "growth",
    "计提多少": "booked how much of a charge",
    "计提了多少": "booked how much of a charge",
    "要计提多少": "booked how much of a charge",
    "财报影响": "P&L hit",
    "背后投资方是谁": "who are the backers",
    "背后的投资方": "the backers",
    "背后投资方": "the backers",
    "融了多少钱": "how much did it raise",
    "融了多少": "how much did it raise",
    "融资多少": "how much did it raise",
    "占股多少": "what equity stake",
    "占股比例": "what equity stake",
    "持股多少": "what equity stake",
    "占股": "equity stake",
    "单独": "separately",
}


def ime_read(question: str) -> str:
    """``question`` with a measure word's pinyin slip read back: "首富款是多少" -> "首付款是多少"."""
    return _IME_MILESTONE_RE.sub("里程碑", _IME_RE.sub("首付", question))


def reporter_read(question: str) -> str:
    """``question`` with the reporter's asks written as the phrases read them (see the module docstring);
    applied before the question is split, so "双抗ADC 单独说" becomes an ask of its own."""
    question = _VALUE_COUNT_RE.sub(" total value and number of deals ", ime_read(question))
    question = _COUNT_MONEY_RE.sub(" total value and number of deals ", question)
    question = _SUMS_EACH_RE.sub(r"\1和\2", question)
    question = _CLAIMED_TOP_RE.sub(" is it true that ", question)
    if _ROYALTY_RE.search(question):
        question = _POINTS_RE.sub(" what is the royalty rate", question)
    apart = _APART_RE.search(question)
    if apart:
        kind = apart.group("kind").strip()
        head = question[: apart.start()]
        base = re.search(r"[A-Za-z][\w-]*$", kind)  # "双抗ADC": the kind it narrows, "ADC"
        said = (
            re.search(rf"(?<![A-Za-z]){re.escape(base.group())}(?![A-Za-z])", head)
            if base and base.group() != kind
            else None
        )
        if said:
            head = f"{head[: said.end()]} (不含{kind}){head[said.end() :]}"  # "ADC" counted without "双抗ADC"
        question = f"{head}{apart.group('ask')}{apart.group('mid')}？and {kind} separately, {apart.group('ask')}?"
    return question
