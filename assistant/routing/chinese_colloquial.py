"""Spoken Mandarin read as the written words ``chinese_phrases`` knows (outsider93, a Shanghai banker).

A banker types as she talks: 啥 for 什么 ("啥时候 close", "啥药", "打啥靶点"), 咋 for 怎么 ("Caixin 咋说的"),
几多 for 多少, the filler 来着 ("首付多少来着"), 、 between two asks ("多少单、多少钱", the count and its value) and
"territory 呢?" for "and the territory?". Left as typed they were unknown words: "territory 呢?啥时候 close?" lost
its "when" and went to every article's territory. Each is rewritten to the written form before the phrases are read
(``colloquial_read``); ``COLLOQUIAL_PHRASES`` are the spoken words with no written twin to map to: 它 (it,
the company or deal of the turn before; never inside a name, "泰它西普"), 总包 / 总价 / 盘子 (the total value),
买股 (bought shares), 分几笔 (in how many instalments, not a count of deals), 什么价 (at what price), 几号 (on what
date), 基金 / 募了多少 (a NewCo's funds and what they raised). Never a company's name.
"""

from __future__ import annotations

import re

# spoken word → the written word chinese_phrases reads (longest first)
_SPOKEN: dict[str, str] = {
    "啥": "什么",
    "咋": "怎么",
    "几多": "多少",
    "来着": "",
}
_SPOKEN_RE = re.compile("|".join(sorted(_SPOKEN, key=len, reverse=True)))
# "territory 呢?", "那 royalty 呢": an English word and 呢 opening an ask is "and the territory?" (what about it),
# a follow-up on the deal before (呢 alone was dropped and "territory?" went to every deal's territory)
_TOPIC_TOO_RE = re.compile(r"(?:^|(?<=[?？,，;；。]))\s*(?:那么|那)?\s*(?P<topic>[A-Za-z][A-Za-z &/()-]{1,30}?)\s*呢")
# 它 (it) said on its own, not a character of a name ("泰它西普", telitacicept): after no other Chinese character
_IT_RE = re.compile(r"(?<![\u3400-\u9fff])它(?![们的自])")
# "多少单、多少钱": two asks in a row, joined by 和 (and)
_ENUMERATION_RE = re.compile(r"、")

COLLOQUIAL_PHRASES: dict[str, str] = {
    "其它": "other",  # not 它 (it)
    "它们": "they",
    "那它": "it",
    "它的": "its",
    "它自己的": "its own",
    "它自己": "its own",
    "拿了多少股": "what equity stake did they get",
    "拿多少股": "what equity stake did they get",
    "占了多少股": "what equity stake did they get",
    "是不是": "is it",
    "结构": "structure",
    "分几笔": "in how many instalments",
    "分几期": "in how many instalments",
    "分几次": "in how many instalments",
    "正式协议": "definitive agreement",
    "什么价": "at what price per share",
    "几号": "on what date",
    "基金": "funds",
    "募了多少": "how much did it raise",
    "募资多少": "how much did it raise",
    "总包": "total value",
    "总价": "total value",
    "盘子": "total value",
    "买股": "bought equity",
    "和多少钱": " and how much value ",  # after a count ("多少单、多少钱"): the deals' value
    "三期数据": "phase 3 trial data",
    # "后来这单怎么样了" (what happened to the deal afterwards): the deal between 后来 and 怎么样 had split the ask
    **{
        f"{later}{this}{deal}{how}": " what happened to the deal afterwards "
        for later in ("后来", "")
        for this in ("这", "那")
        for deal in ("单", "笔", "笔交易", "个交易", "个deal", "个 deal")
        for how in ("怎么样了", "怎么样", "后来怎么样了", "如何了")
    },
    "买了股": "bought equity",
}


def colloquial_read(chunk: str) -> str:
    """``chunk`` with its spoken words in their written form (module docstring)."""
    chunk = _SPOKEN_RE.sub(lambda m: _SPOKEN[m.group()], chunk)
    chunk = _TOPIC_TOO_RE.sub(lambda m: f" and {m['topic']}", chunk)
    chunk = _IT_RE.sub(" it ", chunk)
    return _ENUMERATION_RE.sub("和", chunk)
