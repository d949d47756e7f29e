"""A Chinese value asked before a count in one breath, split into the value and the count of the same scope.

"2025年中国 out-licensing 全年总额多少，几笔？PharmCube 口径" asks the year's total value and its number of deals,
per PharmCube; read whole, the count won and the $135.7 billion was dropped. The value comes first ("总额多少",
"首付款一共多少"), then after a comma the count ("几笔", "一共多少笔"); each is asked with the words before them
(the scope: the year, the market, the company) and the words after (a tracker's basis): "…全年总额多少？PharmCube
口径" and "…全年几笔？PharmCube 口径". The count-then-sum order is ``chinese_count_sum``. Run in
``decompose.split_parts``; the examples are in ``tests/test_zh.py``.
"""

from __future__ import annotations

import re

_MEASURE = r"(?:交易总额|总金额|总额|首付款|首付|里程碑(?:付款)?|金额)"
_VALUE_THEN_COUNT_RE = re.compile(
    rf"^(?P<scope>.+?)(?P<value>{_MEASURE}\s*(?:一共|总共|合计|加起来)?\s*(?:是|有)?\s*多少(?:钱|亿美元|亿)?)\s*[,，、]\s*"
    r"(?:一共|总共|共)?\s*(?:有|签了)?\s*(?P<count>(?:几|多少)\s*(?:笔|单|项)(?:交易)?)\s*(?P<tail>[?？]?.*)$"
)


def value_then_count(question: str) -> list[str] | None:
    """The value and the count of "…总额多少，几笔？…" asked one each (the module's docstring); None otherwise."""
    found = _VALUE_THEN_COUNT_RE.match(question.strip())
    if not found:
        return None
    scope, tail = found["scope"], found["tail"].strip()
    tail = tail if tail[:1] in ("?", "？") else f"？{tail}" if tail else "？"
    return [f"{scope}{found['value']}{tail}", f"{scope}{found['count']}{tail}"]
