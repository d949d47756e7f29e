"""A question written in Chinese, or half in Chinese, read in English before the router reads it.

The router's patterns are English: "恒瑞去年首付款合计多少?" kept its company and its measure but lost
its period (去年), its operation (合计) and so became the sum of every Hengrui deal; "你们表里有几笔"
became a tracker's count; "前三" and "次数最多" were no ranking (outsider16). The question is
rendered phrase by phrase into the English an analyst would type, and the router reads that:

- company names in Chinese become their canonical English names, so the article search finds
  them too ("宜明昂科和Axion的交易后来怎么样了?" searches for ImmuneOnco and Axion);
- periods become years: 去年 / 今年 / 前年 count from the corpus end, as "last year" does;
  "2024年以来" and "自2024年" are "since 2024"; 上半年, 第一季度, 一季度, 3月 join their year ("H1 2025");
- amounts in 万 / 亿 become dollars ("5000万美元" is "$50 million"), with the bound said beside them, and a range
  its two ends ("在10亿到15亿美元之间": "between $1 billion and $1.5 billion");
- the words of scope (你们表里: our rows), counting (几笔), ranking (前三, 最多, 最大, 最低),
  operation (合计, 加起来, 平均, 增长了多少, 差多少), measure (首付款, 里程碑, 总额) and question
  (哪家, 什么时候, 股价, 预计) become English phrases, the longest phrase first.

Characters of no listed phrase are kept as they are: a Chinese name no table holds (百济神州) stays
an unknown name and is refused as before. An English question naming a Chinese company only has
that name rendered. The examples are the tests (``tests/test_chinese_wording.py``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.routing.chinese_asks import ASK_PHRASES, asked_in_english
from assistant.routing.chinese_colloquial import COLLOQUIAL_PHRASES, colloquial_read
from assistant.routing.chinese_each import EACH_PHRASES
from assistant.routing.chinese_few_deals import few_deals_read
from assistant.routing.chinese_newsroom import NEWSROOM_PHRASES, newsroom_read
from assistant.routing.chinese_phrases import PHRASES
from assistant.routing.chinese_reporter import REPORTER_PHRASES, reporter_read
from assistant.routing.chinese_story_words import STORY_PHRASES, ceiling_read
from assistant.routing.chinese_taiwan import TAIWAN_PHRASES
from assistant.routing.chinese_top_deals import top_deals_read
from assistant.routing.chinese_trackers import TRACKER_PHRASES
from assistant.routing.chinese_traditional import TABLE_PHRASES, simplified, which_first
from assistant.routing.chinese_turns import TURN_PHRASES, self_corrected
from assistant.routing.chinese_vocabulary import MORE_PHRASES
from assistant.routing.chinese_wechat import WECHAT_PHRASES, wechat_read
from assistant.routing.own_context import without_measure_not_wanted

_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# A year: "2025年", "2025", "25年", "24 年", "24全年", or one counted from the corpus end (去年 last, 今年 this, 前年 the one before);
# never the digits of a drug code ("HS-20110" had become "HS- 2011 0", a deal of 2011).
_YEAR = (
    r"(?:(?<![\d-])(?P<full>20[12]\d)(?!\d)\s*年?|(?P<rel>去|今|前|明|本)年(?:度)?|(?P<short>[12]\d) ?(?:年|(?=全年)))"
)
# A part of that year: a half, a quarter ("第一季度", "一季度", "Q1", "1季度"), a month ("3月", "三月份").
_PART = (
    r"(?:\s*(?:的)?\s*(?:(?P<half>上|下|前|后)半年|第?(?P<quarter>[一二三四1-4])(?:季度|季)|[Qq](?P<q>[1-4])|"
    r"[Hh](?P<h>[12])|(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?))?"
)
_BOUND_BEFORE = r"(?P<since>自从|自|从|打)?\s*"
_BOUND_AFTER = r"(?P<after>\s*(?:以来|至今|到现在|起|开始|之后|以后|之前|以前))?"
_PERIOD_RE = re.compile(_BOUND_BEFORE + _YEAR + _PART + _BOUND_AFTER)
# A half or quarter said without a year is this year's ("上半年" in a question asked now).
_BARE_PART_RE = re.compile(r"(?P<half>上|下)半年|第?(?P<quarter>[一二三四1-4])季度")
# "上半年2025", "第一季度2025年": the part said before its year is put after it ("2025上半年"), as usual
_PART_FIRST_RE = re.compile(r"((?:上|下)半年|第?[一二三四1-4]季度)\s*(?:的)?\s*(20[12]\d\s*年?)")
_SO_FAR_RE = re.compile(
    r"到目前为止|截至目前|截至今天|截止目前|迄今为止|迄今|目前为止|年初至今|年初以来|(?:开年|年初)(?:到|至)(?:现在|目前|今天|今)|开年以来|到现在为止"
)

# the bound words said before an amount, for Chinese amounts ("超过2亿") and English ones ("超过$500m") alike
_BOUND_BEFORE = "不少于|不低于|不小于|至少|起码|最少|最低|低于|少于|小于|不到|不足|没超过|未超过|不超过|没过|未过|不过|高于|超过|多于|大于|逾|超|过"
_AMOUNT_RE = re.compile(
    rf"(?P<bound>{_BOUND_BEFORE})?\s*(?:US)?\$?\s*"
    r"(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>亿|千万|百万|万)\s*(?:美元|美金|刀)?(?P<after>\s*(?:以上|以下|以内))?"
)
# "在10亿到15亿美元之间", "介于1亿和5亿美元", "1亿至5亿美元": a range, both ends kept ("between $1 billion and ...")
_RANGE_RE = re.compile(
    r"(?P<from>在|介于)?\s*(?:US)?\$?\s*(?P<low>\d+(?:\.\d+)?)\s*(?P<low_unit>亿|千万|百万|万)?\s*(?:美元|美金)?\s*"
    r"(?:到|至|和|与|~|～|-)\s*(?:US)?\$?\s*(?P<high>\d+(?:\.\d+)?)\s*(?P<unit>亿|千万|百万|万)\s*(?:美元|美金|刀)?"
    r"(?P<between>\s*之间)?"
)
# "upfront超过$500m", "upfront系$1bn或以上": a bound said in Chinese around an amount written the English way
_LATIN_AMOUNT_RE = re.compile(
    rf"(?P<bound>{_BOUND_BEFORE})?\s*"
    r"(?P<amount>(?:US)?\$\s*\d+(?:\.\d+)?\s*(?:bn|b|mn|m|million|billion)?)(?![A-Za-z0-9.])(?P<after>\s*(?:或以上|以上|或以下|以下|以内))?",
    re.IGNORECASE,
)
_BOUND_WORDS = {"低于": "under", "少于": "under", "小于": "under", "不到": "under", "不足": "under"}
_BOUND_WORDS |= {"不超过": "at most", "高于": "over", "超过": "over", "多于": "over", "大于": "over", "逾": "over"}
# "首付款至少1亿美元", "不少于2亿", "不低于5000万": a lower bound, the figure itself included (had read 少于 as "under")
_BOUND_WORDS |= dict.fromkeys(("不少于", "不低于", "不小于", "至少", "起码", "最少", "最低"), "at least")
_BOUND_WORDS |= {"超": "over", "过": "over", "以上": "or more", "以下": "or less", "以内": "or less"}
_BOUND_WORDS |= {"或以上": "or more", "或以下": "or less"}
# "首付不过1亿美元", "没超过10亿": the bound negated, at most (过 alone is "over": "upfront 过10亿美金")
_BOUND_WORDS |= {"没超过": "at most", "未超过": "at most", "没过": "at most", "未过": "at most", "不过": "at most"}
_UNITS = {"亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "万": Decimal(10) ** 4}
_TOP_RE = re.compile(r"(?:排名)?前\s*(?P<n>\d{1,2}|[两二三四五六七八九十])\s*(?:名|大|位|笔|家|个)?")
# "今年那笔和去年那笔比", "与2024年相比": the thing compared with, after "vs"
_COMPARED_WITH_RE = re.compile(r"(?:和|与|跟|同)([^,，?？和与跟]{1,30}?)(?:相比|比较|对比|比)(?!例)")
# "谁的首付款更多", "哪家的总额更高": which of the two has the bigger figure
_WHOSE_MORE_RE = re.compile(r"(?:谁|哪家|哪个)(?:付|拿到|收到|签|获得)?的([^,，?？]{1,10}?)更(?:多|大|高)")
_PLACE_RE = re.compile(r"第\s*(?P<n>[二三四五2-5])\s*(?P<kind>大|高|多)")
_ORDINALS = {2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}

# "2025年前八个月", "今年前三个月": the first months of that year (not "top 8")
_FIRST_MONTHS_RE = re.compile(_YEAR + r"\s*(?:的)?\s*前\s*(?P<n>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*个\s*月")
# a year counted from its start to a month: "2026年开年到2月中旬", "2025年截至8月底", "2026年初至2月" (year to date)
_TO_MONTH_RE = re.compile(
    _YEAR + r"\s*(?:的)?\s*(?:开年|年初|初)?\s*(?:以来)?\s*(?:到|至|截至|截止到?)\s*"
    r"(?P<n>1[0-2]|0?[1-9]|十[一二]?|[一二两三四五六七八九])\s*月份?\s*(?:中旬|上旬|下旬|中|底|末|初)?"
)
# a number of deals said: "186笔", "157笔交易", "38单" (not "第2笔", "前3笔", "这6笔": a place, a top, a pointer)
_DEALS_COUNTED_RE = re.compile(r"(?<![第前这那\d.])(\d{1,4})\s*(?:笔|单|宗)(?:交易)?")
# "deal 最多" (Chinese order: the thing counted before 最多) is "the most deals"
_COUNTED_MOST_RE = re.compile(r"\bdeals?\s+the (most|fewest)(?: deals)?\b")
_ALL_PHRASES = {
    **PHRASES,
    **MORE_PHRASES,
    **TURN_PHRASES,
    **TABLE_PHRASES,
    **TRACKER_PHRASES,
    **ASK_PHRASES,
    **EACH_PHRASES,
    **NEWSROOM_PHRASES,
    **COLLOQUIAL_PHRASES,
    **REPORTER_PHRASES,
    **TAIWAN_PHRASES,
    **STORY_PHRASES,
    **WECHAT_PHRASES,
}  # a turn's pointers (``chinese_turns``), more words
_LONGEST_FIRST = sorted(_ALL_PHRASES, key=len, reverse=True)
# a character the phrases do not hold, typed against a Latin word
_GLUED_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z])|(?<=[A-Za-z])(?=[\u4e00-\u9fff])")
_PUNCTUATION = str.maketrans({"？": "?", "，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "（": "(", "）": ")"})


def has_chinese(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def in_english(question: str, chinese_aliases: list[tuple[str, str]], corpus_end: str) -> str:
    """``question`` with its Chinese words in English (see the module's docstring); a question with
    no Chinese word but company names comes back unchanged. ``chinese_aliases`` are (Chinese name, canonical
    name) pairs; ``corpus_end`` is the table's last date (ISO)."""
    question = simplified(question)  # "多肽類嘅授權交易有邊幾單?": 繁體 and Cantonese read as 简体
    if has_chinese(question):
        question = wechat_read(
            colloquial_read(reporter_read(question))
        )  # "首富款", "是几个点", "双抗ADC 单独说" (outsider106)  # "啥时候 close", "首付多少来着": spoken words as written
    question = self_corrected(question, [alias for alias, _ in chinese_aliases])  # "和诺诚……不对，是和Curon"
    question = ceiling_read(question)  # "罗氏后续里程碑最多多少": one deal's ceiling, not a ranking
    question = top_deals_read(question)  # "最大的两笔交易…各自的买方是谁?": the top 2 deals, buyers named
    question = _compared_across_names(question, chinese_aliases)  # "跟三生 Pfizer 那单比": a name inside the side
    spans = _names(question, chinese_aliases)
    rest: list[str] = []
    position = 0
    for start, end, _ in spans:
        rest.append(question[position:start])
        position = end
    if not has_chinese("".join(rest) + question[position:]):
        return question  # English around a Chinese name: companies.csv reads the name, as before
    year = int(corpus_end[:4])
    pieces: list[str] = []
    position = 0
    for start, end, name in spans:
        pieces += [_render(question[position:start], year), name]
        position = end
    pieces.append(_render(question[position:], year))
    text = " ".join(" ".join(piece for piece in pieces if piece.strip()).split()).translate(_PUNCTUATION)
    text = re.sub(r"\?(?=[^\s?)])", "? ", re.sub(r"\s+([?.,!:;)])", r"\1", text))  # "幾筆?換算": two asks
    return without_measure_not_wanted(which_first(text))  # "诺华签过哪些中国合作方?"; "请给total不是只给milestone"


def _compared_across_names(question: str, chinese_aliases: list[tuple[str, str]]) -> str:
    """ "同三生 Pfizer 嗰單 upfront 比" as " vs 三生 Pfizer 那单 upfront": the side compared with, read before the
    Chinese names cut the question into chunks (each chunk is read alone, and the name split 跟 from 比). Only after
    跟, 同 or 与 ("A和B那单" names a pair), and only around a name; other sides are read chunk by chunk as before."""

    def spelt(match: re.Match[str]) -> str:
        after = question[match.end() : match.end() + 1]
        if (match.group().endswith("比较") and after in "多少大小高低") or (
            match.group().endswith("比") and after in "重率较"
        ):
            return match.group()  # "跟恒瑞合作比较多的公司", "首付比重": no side compared
        named = match.group().startswith(("跟", "同", "与")) and any(a in match.group(1) for a, _ in chinese_aliases)
        return f" vs {match.group(1)} " if named else match.group()

    return _COMPARED_WITH_RE.sub(spelt, question)


def _names(question: str, chinese_aliases: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Where a company is named in Chinese, the longest name first, no two overlapping."""
    found: list[tuple[int, int, str]] = []
    for alias, name in sorted(chinese_aliases, key=lambda pair: len(pair[0]), reverse=True):
        start = question.find(alias)
        while start >= 0:
            end = start + len(alias)
            if not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, name))
            start = question.find(alias, end)
    return sorted(found)


def _render(chunk: str, year: int) -> str:
    if not has_chinese(chunk):
        return chunk
    chunk = _SO_FAR_RE.sub(
        " so far ", asked_in_english(newsroom_read(few_deals_read(chunk)))
    )  # "什么时候交割的", "这6笔", "2024年那个"; "这几单…合计多少" (the deals)
    chunk = _TO_MONTH_RE.sub(lambda m: _first_months(m, year), chunk)  # "2026年开年到2月中旬": January-February
    chunk = _FIRST_MONTHS_RE.sub(lambda m: _first_months(m, year), chunk)
    chunk = _COMPARED_WITH_RE.sub(r" vs \1 ", chunk)
    chunk = _WHOSE_MORE_RE.sub(r" which has the bigger \1 ", chunk)
    chunk = _PART_FIRST_RE.sub(r"\2\1", chunk)
    chunk = _PERIOD_RE.sub(lambda m: _period(m, year), chunk)
    chunk = _BARE_PART_RE.sub(lambda m: _period(m, year), chunk)
    chunk = _RANGE_RE.sub(_range, chunk)
    chunk = _AMOUNT_RE.sub(_amount, chunk)
    chunk = _LATIN_AMOUNT_RE.sub(_latin_amount, chunk)
    chunk = _TOP_RE.sub(lambda m: f" top {_number(m['n'])} ", chunk)
    chunk = _DEALS_COUNTED_RE.sub(r" \1 deals ", chunk)  # "2025年是186笔": 186 deals
    chunk = _PLACE_RE.sub(_place, chunk)
    return _COUNTED_MOST_RE.sub(r"the \1 deals", _phrases(chunk))


def _first_months(match: re.Match[str], year: int) -> str:
    said = int(_period(match, year))
    months = _number(match["n"])
    if not 1 <= months <= 12:
        return match.group()
    return f" {_MONTHS[0]}-{_MONTHS[months - 1]} {said} "


def _number(written: str) -> int:
    if written.isdigit():
        return int(written)
    if written.startswith("十"):
        return 10 + _CN_DIGITS.get(written[1:], 0)
    return _CN_DIGITS[written]


def _period(match: re.Match[str], year: int) -> str:
    groups = match.groupdict()
    said = year
    if groups.get("full"):
        said = int(groups["full"])
    elif groups.get("short"):
        said = 2000 + int(groups["short"])
    elif groups.get("rel"):
        said = year + {"去": -1, "今": 0, "本": 0, "前": -2, "明": 1}[groups["rel"]]
    text = str(said)
    if groups.get("half") or groups.get("h"):
        text = f"H{1 if groups.get('h') == '1' or groups.get('half') in ('上', '前') else 2} {said}"
    elif groups.get("quarter") or groups.get("q"):
        text = f"Q{_number(groups.get('quarter') or groups['q'])} {said}"
    elif groups.get("month"):
        text = f"{_MONTHS[_number(groups['month'].lstrip('0')) - 1]} {said}"
    after = (groups.get("after") or "").strip()
    if after in ("之前", "以前"):
        return f" before {text} "
    if after in ("之后", "以后"):
        # "2024年之后公布的" counts from 2024 on, as those who write it mean (outsider112, 120); a month's is after it
        return f" since {text} " if text == str(said) else f" after {text} "
    if after or groups.get("since"):
        return f" since {text} "
    return f" {text} "


def _dollars(number: str, unit: str) -> str:
    dollars = Decimal(number) * _UNITS[unit]
    big = dollars >= 10**9
    figure = (dollars / (10**9 if big else 10**6)).normalize()
    return f"${figure:f} {'billion' if big else 'million'}"


def _range(match: re.Match[str]) -> str:
    """Both ends of a range said in Chinese; a bare "10到15亿" with neither 在/介于 nor 之间 only with both units."""
    if not (match["from"] or match["between"] or match["low_unit"]):
        return match.group()
    low = _dollars(match["low"], match["low_unit"] or match["unit"])
    return f" between {low} and {_dollars(match['high'], match['unit'])} "


def _amount(match: re.Match[str]) -> str:
    written = _dollars(match["number"], match["unit"])
    before = _BOUND_WORDS.get(match["bound"] or "", "")
    after = _BOUND_WORDS.get((match["after"] or "").strip(), "")
    return f" {before} {written} {after} "


def _latin_amount(match: re.Match[str]) -> str:
    if not match["bound"] and not match["after"]:
        return match.group()
    before = _BOUND_WORDS.get(match["bound"] or "", "")
    after = _BOUND_WORDS.get((match["after"] or "").strip(), "")
    return f" {before} {match['amount']} {after} "


def _place(match: re.Match[str]) -> str:
    kind = {"大": "biggest", "高": "highest", "多": "most"}[match["kind"]]
    return f" {_ORDINALS[_number(match['n'])]} {kind} "


def _phrases(chunk: str) -> str:
    words: list[str] = []
    index = 0
    while index < len(chunk):
        phrase = next((p for p in _LONGEST_FIRST if chunk.startswith(p, index)), None)
        if phrase is None:
            words.append(chunk[index])  # kept as typed: a run of unknown characters stays one word
            index += 1
            continue
        words.append(f" {_ALL_PHRASES[phrase]} ")
        index += len(phrase)
    return _GLUED_RE.sub(" ", "".join(words))  # "成個表upfront最細": 表 left as typed, "upfront" a word of its own
