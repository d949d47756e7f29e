"""A Chinese count and sum asked in one breath, split into the count and the sum over the same deals.

"阿斯利康和石药集团一共签了几笔交易?加起来总额多少?" asks "阿斯利康和石药集团一共签了几笔交易" and
"阿斯利康和石药集团的交易加起来总额多少"; "恒瑞医药一共签了多少笔交易?首付款加起来是多少?" the count
and the summed upfronts. Read whole, the count won and the sum was dropped (o61 first contact: "3
deals" and no $25.82 billion). The subject is what comes before the count's verb ("签了", "一共"), and
the sum part is asked of that subject's deals. ``chinese_count_and_sum`` runs in ``decompose.split_parts``
(tests/test_zhtable13c.py).
"""

from __future__ import annotations

import re

_COUNT = r"(?<!分)(?:几|多少)(?:笔|单|项|起|次)"  # not 分几笔 (in how many instalments)
_DEALS = r"(?:(?:对外)?授权交易|交易|对外授权|授权|合作)?"
_VERBS = r"(?:(?:一共|总共|总计|共)?(?:签了|签过|签署了|签|做了|做过|达成了|达成|有过|有)?)"
_MEASURE = r"(?:总额|总金额|交易总额|首付款|首付|里程碑(?:付款)?)"
_SUMMED = r"(?:加起来|合计|一共|总共|总计|加总)"
_SUM = (
    rf"(?:(?:那么|那)?(?:它们|这些交易|这些)?(?:的)?{_SUMMED}?(?:的)?{_MEASURE}{_SUMMED}?(?:是|有)?(?:多少(?:钱)?)?|"
    rf"{_MEASURE}?{_SUMMED}(?:是|有)?多少(?:钱)?)"
)
_PAIR_RE = re.compile(
    rf"^(?P<subject>.+?)(?P<verbs>{_VERBS})(?P<count>{_COUNT}){_DEALS}\s*[?？,，;；]\s*(?P<sum>{_SUM})\s*[?？]?\s*$"
)


def chinese_count_and_sum(question: str) -> list[str] | None:
    """The count and the sum of a Chinese "how many deals?, and their total?" (module docstring); None otherwise."""
    found = _PAIR_RE.match(question.strip())
    if not found or not re.search(_MEASURE + "|" + _SUMMED, found["sum"]):
        return None
    subject = found["subject"].strip()
    count = question.strip()[: found.start("sum")].rstrip(" ?？,，;；")
    measure = re.search(_MEASURE, found["sum"])
    said = measure.group() if measure else "总额"  # "加起来多少": the deals' total value
    said = {"首付": "首付款", "交易总额": "总额", "总金额": "总额"}.get(said, said)
    return [count, f"{subject}的交易加起来{said[:3]}多少"]  # "里程碑付款" asked as "里程碑"
