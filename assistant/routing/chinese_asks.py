"""Chinese asks about one deal's closing, a second year, a second place, who signed more and a list of
partners, read in English before the other Chinese phrases (outsider65, a Beijing reporter).

Each rewrite matches a whole ask, so the English the router already reads comes out:

- "什么时候交割的?", "什么时候 closed 的?" (when did it close): "when did it close", a second part
  of "信达生物和武田那笔 total 多少? 什么时候 closed 的?" (the when had been dropped);
- "什么时候 close?", "啥时候交割?" (when does it close): "when does it close" (had been "when close", read as no ask);
- "预计什么时候交割?" (when is it expected to close): not a forecast of ours but the article's
  expected closing ("石药和AZ 2026年减重那笔预计什么时候交割?" had been refused as a prediction);
- "…? 2025年呢?", "…, 那去年呢?" (and 2025?): the same ask again for another year, a second part
  ("2024年 upfront 最大的是哪笔, 多少? 2025年呢?" had been one 2024-2025 ranking);
- "第二名呢?", "第三位?" (the 2nd place of the ranking before), as "第二大呢?" already was, in the direction of
  that ranking: after 最小/最少/最低 (smallest) "第二名呢?" is the 2nd smallest ("2024年 upfront 最小的是哪笔?
  第二名呢?" had been the 2nd largest);
- "谁跟中国药企签的交易更多?" (who signed more deals with Chinese drugmakers): a count of each side
  ("2024年以来默沙东和阿斯利康, 谁跟中国药企签的交易更多?" had gone to the articles); not "谁签的交易最多?"
  (who signed the most: a ranking, read by the phrases);
- an English verb and 过 ("Roche 都从哪些中国公司 license 过?"): "did license", as 授权过 is;
- 哪些 (which, a plural) before an English noun said in the singular ("哪些 deal 已经 terminated 了?"): "which
  deals terminated", a list of the table's rows, as "哪些交易已经终止了?" already was (had been "which deal 已经
  terminated", quoted from the articles); 已经 (already) and 被 (passive) before an English word are dropped;
- 几成 (what share, in tenths): "what share" ("GlobalData 说 2024 large pharma 的 deals 里中国占几成?" had been the
  tracker's total value); 金额里 (within the value) is "value" and 全球 (worldwide) "global" where a share is
  asked of it: "Vision 说 2025 Q1 全球 out-licensing 金额里中国占几成" is the share of global value, while
  "2025年全球 out-licensing 交易额最大的 licensee 是谁?" ranks the buyers.

``ASK_PHRASES`` are words: 医药魔方 is PharmCube's Chinese name, 交割 is closing.
"""

from __future__ import annotations

import re

ASK_PHRASES = {
    "医药魔方": "PharmCube",
    "医药魔方NextPharma": "PharmCube NextPharma",
    "完成交割": "close",
    "交割": "close",
    "占几成": " what share ",
    "几成": " what share ",
    "金额里": " value ",  # "全球 out-licensing 金额里中国占几成": a share of the value
    "金额中": " value ",
}

_CLOSE = r"(?:完成\s*)?(?:交割|closed?|完成)"
# "什么时候交割的", "何时 closed 的", "是什么时候完成交割的"
_WHEN_CLOSED_RE = re.compile(r"(?:是)?(?:什么时候|何时|哪天)\s*" + _CLOSE + r"\s*的")
# "什么时候 close", "啥时候交割" (when does it close; 啥 read 什么 by chinese_colloquial), not yet closed
_WHEN_CLOSES_RE = re.compile(r"(?:是)?(?:什么时候|何时|哪天)\s*(?:完成\s*)?(?:交割|close)(?![A-Za-z])")
# "预计什么时候交割", "预计将在什么时候完成交割", "预计何时 close"
_EXPECTED_RE = re.compile(r"预计\s*(?:将|会)?\s*(?:在)?\s*(?:什么时候|何时)\s*(?:完成\s*)?(?:交割|close|完成)")
# "…? 2025年呢", "…, 那去年呢": after the end of an ask, a year and 呢
_YEAR_TOO_RE = re.compile(
    r"(?P<end>[?？,，;；。]\s*)(?:那|那么)?\s*(?P<year>(?:20[12]\d|[12]\d|去|今|前)\s*年(?:度|全年)?)\s*(?:的)?\s*呢"
)
# "…平均首付款是多少？中位数呢？": after the end of an ask, a statistic or a measure and 呢 ("and the median?")
_MEASURE_TOO_RE = re.compile(
    r"(?P<end>[?？,，;；。]\s*)(?:那|那么)?\s*(?P<what>中位数|平均(?:数|值)?|均值|总额|总金额|首付款?|里程碑(?:付款)?)\s*(?:的)?\s*呢"
)
# "第二名呢", "第三位?": a place of the ranking before
_PLACE_RE = re.compile(r"第\s*(?P<n>[二三四五2-5])\s*(?:名|位)\s*(?=呢|[?？]|$)")
# the ranking a place belongs to: the last superlative before it ("最小的是哪笔? 第二名呢?": smallest); English words
# whole (not "stop", "almost"), and a bound is no ranking ("among those with at least $1bn ... 第二名呢": biggest)
_LOW_RE = re.compile(
    r"最小|最少|最低|(?<![A-Za-z])(?:smallest|lowest|(?<!\bat )least|bottom)(?![A-Za-z])", re.IGNORECASE
)
_HIGH_RE = re.compile(
    r"最大|最多|最高|(?<![A-Za-z])(?:biggest|largest|highest|(?<!\bat )most|top)(?![A-Za-z])", re.IGNORECASE
)
_ORDINALS = {"二": "2nd", "2": "2nd", "三": "3rd", "3": "3rd", "四": "4th", "4": "4th", "五": "5th", "5": "5th"}
# "谁跟中国药企签的交易更多", "哪家和中国公司签的deal多", "谁签的交易更多"; not 最多 (the most: a ranking)
_WHO_MORE_RE = re.compile(
    r"(?:谁|哪家|哪个)\s*(?:(?:跟|和|与|同)\s*(?P<with>[^,，?？]{1,12}?)\s*)?签(?:的|了|过)*\s*"
    r"(?:交易|deals?|单子)\s*(?:的数量|数量|数)?\s*(?:更多|多)(?!多)"
)
# "license 过?", "sign过的": an English verb in the perfect (过), not 过去 (past) or 过期 (expired)
# "哪些 deal", "哪些company": which, a plural, before an English noun in the singular
_WHICH_NOUN_RE = re.compile(
    r"哪些\s*(?P<noun>deal|company|licensor|licensee|partner|drug|asset|transaction|agreement)(?![A-Za-z])",
    re.IGNORECASE,
)
# "已经 terminated", "被 closed": already and the passive before an English word
_ALREADY_RE = re.compile(r"(?:已经|已|被)+\s*(?=[A-Za-z])")
# "全球 out-licensing 金额里中国占几成": the world's value a share is taken of; said of a ranking ("2025年全球
# out-licensing 交易额最大的 licensee") it is no measure, and the buyers are ranked as asked
_GLOBAL_SHARE_RE = re.compile(r"全球(?=[^?？]*(?:占|几成|份额|比例|比重|share))", re.IGNORECASE)
_VERB_DONE_RE = re.compile(r"(?<![A-Za-z])(?P<verb>[A-Za-z][A-Za-z-]+)\s*过(?=\s*(?:[?？,，。]|$|吗|的|呢))")


# a part that opens with 比 ("than", "against") sets the figure asked just before against another
_AGAINST_BEFORE_RE = re.compile(r"[?？]\s*(?=比\s*(?![例较重率])\S)")


def year_again_spelt(question: str) -> str:
    """ "…多少? 2025年呢?" as "…多少? and 2025年呢?" ("中位数呢?" as "and the 中位数呢?"): its own ask when the question is split in parts
    (``decompose.split_parts``, before the Chinese is read), as "…? and 2025?" is; "最小的是哪笔? 第二名呢?" as
    "最小的是哪笔? 2nd smallest呢?", so that the part asked apart keeps the direction of the ranking before."""
    question = _PLACE_RE.sub(lambda m: _low_place(m, question), question)
    question = _AGAINST_BEFORE_RE.sub("，", question)  # "deal count 呢? 比 2024 多咗幾多單?": the gap of that count
    question = _MEASURE_TOO_RE.sub(lambda m: f"{m['end']}and the {m['what']}呢", question)
    return _YEAR_TOO_RE.sub(lambda m: f"{m['end']}and {m['year']}呢", question)


def _low_place(match: re.Match[str], question: str) -> str:
    if _direction(question[: match.start()]) != "smallest":
        return match.group()
    return f" {_ORDINALS[match['n']]} smallest "


def asked_in_english(chunk: str) -> str:
    """``chunk`` with the asks above in English, e.g. "谁跟中国药企签的交易更多" → "who signed more deals
    with 中国药企" (its words are rendered after)."""
    chunk = _WHEN_CLOSED_RE.sub(" when did it close ", chunk)
    chunk = _EXPECTED_RE.sub(" when is it expected to close ", chunk)
    chunk = _WHEN_CLOSES_RE.sub(" when does it close ", chunk)
    chunk = _YEAR_TOO_RE.sub(lambda m: f"{m['end']} and {m['year']} ", chunk)
    chunk = _PLACE_RE.sub(lambda m: f" {_ORDINALS[m['n']]} {_direction(chunk[: m.start()])} ", chunk)
    chunk = _WHO_MORE_RE.sub(lambda m: " who signed more deals" + (f" with {m['with']} " if m["with"] else " "), chunk)
    chunk = _WHICH_NOUN_RE.sub(lambda m: f" which {_plural(m['noun'])} ", chunk)
    chunk = _ALREADY_RE.sub(" ", _GLOBAL_SHARE_RE.sub(" global ", chunk))
    return _VERB_DONE_RE.sub(r" did \g<verb> ", chunk)


def _plural(noun: str) -> str:
    """ "deal" → "deals", "company" → "companies"."""
    return noun[:-1] + "ies" if noun.lower().endswith("y") else noun + "s"


def _direction(before: str) -> str:
    """ "smallest" when the last superlative before a place is a low one ("最小的是哪笔? 第二名呢?"), else "biggest"."""
    low = [m.start() for m in _LOW_RE.finditer(before)]
    high = [m.start() for m in _HIGH_RE.finditer(before)]
    return "smallest" if low and (not high or low[-1] > high[-1]) else "biggest"
