"""The words of a Chinese question about a deal's story, read in English (outsider118).

A question about what a deal's article says was read with these words left as characters, and the
article search, which reads English, picked the deal's figures instead of the sentence asked for:

- 标志意义 / 里程碑意义 / 被说 / 被称为: why a deal was described as significant ("舶望跟诺华那俩 deal 为啥被说有
  标志意义" quoted the upfront, not "the first significant overseas out-licensing of RNAi assets");
- 扩大 / 扩展 / 怎么扩的: whether and how a collaboration was expanded;
- 反向 / 反向引进: the reverse leg of a two-way deal ("科伦反向 license-in 了啥"; 向 alone had become "to");
- 后来有没有新的付款: payments since signing, as 后续有没有新的付款 already is (``paid_after``);
- 认购 / 新股 / 港币 / 一股: the price a buyer paid per new share, in Hong Kong dollars;
- 这么爱 / 为啥这么爱: why buyers are so keen (on Chinese assets);
- 权证: warrants, a form of the equity a deal's row holds ("其中权证那块值多少" after a deal's upfront);
- 里程碑最多多少: the ceiling of one deal's milestones ("up to how much", ``ceiling_read``), not a ranking of
  deals by them; "哪单里程碑最多多少" (which deal has the most) still ranks;
- 听说 (reportedly), 进来 (coming in): fillers that carry no filter.

Each phrase is what the English reading already understands when typed in English. The examples are the
tests (``tests/test_chinese_story_words.py``).
"""

from __future__ import annotations

import re

# "罗氏后续里程碑最多多少": at most how much of one measure, said with no 哪 / 谁 (which) before it
_CEILING_RE = re.compile(r"(里程碑款?|总额|总金额|总价)\s*最多(?:是)?多少")
_WHICH_RE = re.compile(r"[哪谁]")

STORY_PHRASES = {
    "为啥被说有标志意义": " why was it described as significant ",
    "为什么被说有标志意义": " why was it described as significant ",
    "有标志意义": " significant ",
    "标志性意义": " significant ",
    "标志意义": " significant ",
    "里程碑意义": " significant ",
    "里程碑式": " significant ",
    "被说": " described as ",
    "被称为": " described as ",
    "被认为": " described as ",
    "怎么扩的": " how was it expanded ",
    "怎么扩大的": " how was it expanded ",
    "扩大": " expanded ",
    "扩展": " expanded ",
    "扩容": " expanded ",
    "反向引进": " in-licensed in the reverse direction ",
    "反向": " reverse ",
    "后来有没有新的付款": " has it received any new payments since signing ",
    "后来有新的付款": " has it received any new payments since signing ",
    "后来有没有新付款": " has it received any new payments since signing ",
    "是多少港币一股": " at what price per share in Hong Kong dollars ",
    "是多少港元一股": " at what price per share in Hong Kong dollars ",
    "多少港币一股": " at what price per share in Hong Kong dollars ",
    "多少港元一股": " at what price per share in Hong Kong dollars ",
    "每股多少港币": " at what price per share in Hong Kong dollars ",
    "每股多少港元": " at what price per share in Hong Kong dollars ",
    "认购": " subscribed for ",
    "新股": " new shares ",
    "港币": " Hong Kong dollars ",
    "港元": " Hong Kong dollars ",
    "为啥这么爱": " why so keen to ",
    "为什么这么爱": " why so keen to ",
    "这么爱": " so keen to ",
    "从中国买资产": " buy assets from China ",
    "从中国买": " buy from China ",
    "权证": " warrants ",
    "后续里程碑": " milestones ",
    "听说": " reportedly ",
    "进来": " ",
}


def ceiling_read(question: str) -> str:
    """``question`` with "<measure>最多多少" read as "<measure> up to how much" when no 哪 / 谁 asks which."""
    match = _CEILING_RE.search(question)
    if match is None or _WHICH_RE.search(question[: match.start()]):
        return question
    return question[: match.start()] + match.group(1) + " up to how much " + question[match.end() :]
