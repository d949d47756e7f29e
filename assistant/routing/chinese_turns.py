"""Chinese words of a conversation's turns, read before ``chinese_phrases``, and a self-corrected name.

Outsider30 (a Beijing analyst) wrote the follow-ups and asks the first reading lost:

- **A pointer back.** "这个 ADC 打什么靶点?" and "这是他们第几次合作了?" point at the deal of the turn
  before; 这 and 他们 were dropped, so the question had no subject and went to every article.
  这个 / 这款 / 此 read "this", 他们 / 双方 "they", 第几次合作 "how many times they have partnered".
- **A ceiling, not a ranking.** "那里程碑付款最多能拿多少?" asks the deal's "up to" figure: 最多 /
  最高 beside 能拿 / 可以拿 / 可获得 read "up to", so no ranking of every deal is built.
- **A place in a list.** "第三笔的里程碑" after a top three is that row ("the third one"); "科伦第一笔
  Merck deal" is the pair's first deal ("first").
- **A percentage.** 多了 / 增长了百分之多少 read "percentage growth", else 百分之多少 "what percent".
- **An approval, a trial, a charge.** 获批上市 "approved", 入组 "enrolled", 患者 / 病人 "patients", 三期临床
  "phase 3 trial" (总生存期 / 缓解率 its results, refused as before), 计提…税前费用 "booked … pre-tax charge" (the article's account, not a deal term).

A name said and taken back ("和诺诚……不对，是和Curon", "Hengrui, sorry, I mean 3SBio") keeps only the
name said last (``self_corrected``). The examples are the tests (``tests/test_outsider30_turns.py``).
"""

from __future__ import annotations

import re

_ORDINAL_ROWS = {"一": "first", "二": "second", "三": "third", "四": "fourth", "五": "fifth"}

TURN_PHRASES: dict[str, str] = {
    # a ceiling: "最多能拿多少" is the deal's up-to figure
    **{
        f"{most}{verb}": " up to "
        for most in ("最多", "最高")
        for verb in ("能拿到", "能拿", "可以拿到", "可以拿", "可拿", "可获得", "能获得", "可达")
    },
    # a pointer back at the deal or the pair of the turn before
    "这个": "this",
    "这款": "this",
    "这家": "this company",
    "他们": "they",
    "双方": "they",
    "第几次合作": "how many times have they partnered",
    # a row of an earlier list, or a pair's first deal
    **{f"第{digit}笔的": f"the {word} one's" for digit, word in _ORDINAL_ROWS.items()},
    **{f"第{digit}笔交易": f"{word} deal" for digit, word in _ORDINAL_ROWS.items()},
    **{f"第{digit}笔": f"{word}" for digit, word in _ORDINAL_ROWS.items()},
    # a percentage: of a change ("多了百分之多少" is a growth), else a share
    **{f"{verb}百分之多少": " percentage growth " for verb in ("增长了", "增加了", "多了", "高了", "上涨了", "增长")},
    "百分之多少": "what percent",
    "多少个百分点": "how many percentage points",
    # an approval, a trial
    "获批上市": "approved",
    "批准上市": "approved",
    "获批": "approved",
    "入组": "enrolled",
    "患者": "patients",
    "病人": "patients",
    "三期临床": "phase 3 trial",
    "临床试验": "clinical trial",
    # a trial's results, which no table holds (refused unless an article states them)
    "总生存期": "overall survival",
    "无进展生存期": "progression-free survival",
    "客观缓解率": "response rate",
    "缓解率": "response rate",
    "临床数据": "trial data",
    "试验数据": "trial data",
    # a charge booked for a deal is the article's, not a term of the table
    "税前费用": "pre-tax charge",
    "计提": "booked",
}

# "……不对，是", "，不是，是", "我是说", "应该是"; "sorry, I mean", "no wait,", "I meant"
_TAKEN_BACK_RE = re.compile(
    r"\s*(?:…+|\.{3,}|[,，、])?\s*(?:不对|不是|说错了|错了)\s*[,，、]?\s*(?:是|应该是|我是说)\s*|"
    r"\s*(?:…+|\.{3,}|[,，])\s*(?:我是说|应该是)\s*|"
    r"\s*[,—–-]+\s*(?:sorry|no wait|wait|oops)[,\s]+(?:I\s+)?(?:mean|meant)\s*[,:]?\s*|"
    r"\s*[,—–-]+\s*I\s+meant?\s*[,:]?\s*",
    re.IGNORECASE,
)
# The word taken back: a run of Chinese characters after a particle, or one English word (a code, a name)
_LAST_WORD_RE = re.compile(r"(?:(?<=[和与跟同给向])[\u3400-\u9fff]+|[A-Za-z0-9&.-]+)$")
_PARTICLES = "和与跟同给向"


def self_corrected(question: str, names: list[str]) -> str:
    """``question`` without a name it took back: "默沙东因为和诺诚……不对，是和Curon的交易" → "默沙东因为和Curon的交易".
    ``names`` are company names and aliases known to the tables; the last one before the marker is taken
    back whole ("Eli Lilly, sorry, I mean Merck"), else the last word."""
    match = _TAKEN_BACK_RE.search(question)
    if match is None or match.start() == 0:
        return question
    before, after = question[: match.start()], question[match.end() :]
    ends = [before.rfind(name) for name in names if name and before.endswith(name)]
    start = min(ends) if ends else None
    if start is None:
        word = _LAST_WORD_RE.search(before)
        if word is None:
            return question
        start = word.start()
    kept = before[:start]
    if kept and after and kept[-1] in _PARTICLES and after[0] == kept[-1]:
        after = after[1:]  # "和诺诚……不对，是和Curon": the particle said again
    return f"{kept}{after}"
