"""A Beijing journalist's half-Chinese wording read in English (outsider88), phrase by phrase, before the router.

Each phrase below is what the English reading already understands when typed in English; the Chinese had been
left as characters, and the question read as another one:

- "包括2023年GSK那两笔" is "including the two GSK deals of 2023", an aside that keeps every deal counted (it had
  become a filter: Hansoh's two 2023 GSK deals counted, not its five); "不包括" / "不含" still exclude;
- "upfront 谁高" / "谁更低" ask which of two is higher or lower (a comparison, not the first deal's figure);
- "里面销售里程碑占多少" asks how much of the milestones are sales milestones (the article's split);
- "除了现金…还拿到什么" asks what else besides cash the deal gave (its article, not its terms);
- "之后有没有拿到里程碑", "后续有新的付款吗" ask for payments made since signing (``paid_after``);
- "石药集团几笔授权总额合计多少亿美元" sums the deals' total values (几笔 before a measure summed is "its deals"),
  and 多少亿美元 is "how much";
- "全年总额多少，几笔？PharmCube 口径": a tracker's 口径 (basis) is "per PharmCube", for every figure asked;
- "这6笔的首付加起来" points back at the deals just counted, as "这几笔" does: these deals;
- "哪家外国药企买中国资产最多" asks which foreign buyer bought the most Chinese assets (``asset_counts``: a count);
- "跟第一次比呢？2024年那个" compares the deal before with the first one, the 2024 one ("how does it compare
  with …": said with no subject of its own, it is the deal before that is compared).

Examples are the tests (``tests/test_zh.py``).
"""

from __future__ import annotations

import re

from assistant.routing.tracker_gaps import own_trackers

NEWSROOM_PHRASES = {
    "不包括": " excluding ",
    "不包含": " excluding ",
    "不含": " excluding ",
    "不计": " excluding ",  # "(modality 是 ADC，不计bispecific ADC)"
    "最多笔": " the most deals ",  # "哪家MNC做licensee最多笔": counted, not summed
    "最少笔": " the fewest deals ",
    # "请给total不是只给milestone": the measure after it is the one not wanted ("…, not just the milestones")
    "不是只给": ", not just ",
    "不是只": ", not just ",
    "而不是": ", not ",
    "包括": " including ",
    "包含": " including ",
    "谁更高": " which is higher ",
    "谁高": " which is higher ",
    "谁更低": " which is lower ",
    "谁低": " which is lower ",
    "谁更少": " which is less ",
    "谁少": " which is less ",
    "销售里程碑": " sales milestones ",
    "研发里程碑": " development milestones ",
    "开发里程碑": " development milestones ",
    "里面": " of that ",
    "占多少": " how much ",
    "除了现金": " besides cash ",
    "还拿到什么": " what else did they get ",
    "还得到什么": " what else did they get ",
    "还获得什么": " what else did they get ",
    "还有什么": " what else ",
    "之后有没有拿到": " has it received any since signing ",
    "之后有没有收到": " has it received any since signing ",
    "后来有没有拿到": " has it received any since signing ",
    "后来有没有收到": " has it received any since signing ",
    "后续有新的付款": " has it received any new payments since signing ",
    "后续有没有新的付款": " has it received any new payments since signing ",
    "后续有没有": " since signing are there any ",
    "新的付款": " new payments ",
    "第一次": " the first one ",
    "哪家外国药企": " which foreign buyer ",
    "哪家外国公司": " which foreign buyer ",
    "外国药企": " foreign buyers ",
    "外国公司": " foreign companies ",
    "买了": " bought ",
    "买的": " bought ",
    "买": " bought ",
    "中国资产": " Chinese assets ",
    "多少亿美元": " how much ",
    "多少亿美金": " how much ",
    "多少亿": " how much ",
}

# "这6笔", "这六笔的": the deals a turn before counted ("这几笔" is read as these deals already)
_THESE_N_RE = re.compile(r"这\s*(?:\d{1,2}|[两二三四五六七八九十])\s*(?:笔|单|个|项)(?:交易)?")
# "跟第一次比呢？2024年那个": a comparison said with no subject of its own is the deal before against the one named,
# and a trailing "2024年那个" names which one that is ("vs the first one?" alone had gone to the articles)
_COMPARE_WITH_RE = re.compile(
    r"^\s*(?:那)?(?:跟|和|与|同)(?P<other>[^,，?？]{1,20}?)(?:相)?比(?:较|一下)?(?:的话)?(?:呢|如何|怎么样|怎样)?\s*"
    r"(?:[?？]\s*(?P<tail>(?:就是)?\s*20[12]\d\s*年?\s*(?:的)?\s*那(?:个|笔|单))\s*)?(?P<end>[?？]?)\s*$"
)
# "石药集团几笔授权总额合计多少": 几笔 before the measure summed is "its deals", not "how many" (a sum asked)
_SEVERAL_SUMMED_RE = re.compile(
    r"几\s*(?:笔|单|项)(?:对外)?(?:授权|交易|合作)?(?:交易)?(?P<rest>\s*(?:的)?\s*(?:总额|总金额|首付款?|里程碑)\s*"
    r"(?:合计|加起来|一共|总共|总计|加总))"
)
# "PharmCube 口径", "按医药魔方的口径": a tracker's basis is that tracker's figure, "per PharmCube" (read as "PharmCube
# basis" the tracker was dropped from the value asked beside the count); "Greater China 口径" is a series, left as is
_BASIS_RE = re.compile(r"(?:按照|按|用|以)?\s*(?P<who>[A-Za-z][\w.\-]*(?:\s+[A-Za-z][\w.\-]*){0,2})\s*(?:的)?\s*口径")
# "2024年那个": the deal of that year, "the 2024 one" ("2024年那单比" is read by ``deal_pairs``, left alone)
_YEAR_ONE_RE = re.compile(r"(?<![\w-])(20[12]\d)\s*年?\s*(?:的)?\s*那个(?!交易|比)")


def newsroom_read(chunk: str) -> str:
    """``chunk`` with "这6笔" as "these deals" and "2024年那个" as "the 2024 one" (the module's docstring)."""
    chunk = _THESE_N_RE.sub(" these deals ", chunk)
    chunk = _SEVERAL_SUMMED_RE.sub(r" deals \g<rest>", chunk)
    chunk = _BASIS_RE.sub(lambda m: f" per {m['who']} " if own_trackers(m["who"]) else m.group(), chunk)
    found = _COMPARE_WITH_RE.match(chunk)
    if found:
        tail = f", {found['tail'].removeprefix('就是').strip()}" if found["tail"] else ""
        chunk = f"how does it compare with {found['other']}{tail}?"
    return _YEAR_ONE_RE.sub(r" the \1 one ", chunk)
