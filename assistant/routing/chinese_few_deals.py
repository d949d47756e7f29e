"""「几单」 that points at deals rather than asking how many (outsider93, a Shanghai banker).

"恒瑞2025年几单出海 BD 的首付加起来一共多少钱?" and "阿斯利康在这几单中国交易里首付合计付了多少" sum the
upfronts of "the (few) deals"; read as "how many deals", both got a count and a list and no sum. A 几单 /
几笔 / 这几单 followed, in the same sentence, by a summing word (加起来, 合计, 一共, 总共, 总计, 加总) and a
"how much" (多少) is a pointer, read "the deals" ("these deals" after 这, "those deals" after 那, as
``chinese_vocabulary`` reads 这几笔). A count with its verb ("签了几笔", "一共几单") or asked before its own sentence
break ("一共签了几笔交易?加起来总额多少?", ``chinese_count_sum``) is left alone.
"""

from __future__ import annotations

import re

_FEW_DEALS_RE = re.compile(
    r"(?<![签做有了共])(?P<which>这|那)?几(?:单|笔|项)(?=[^?？,，。;；!！]*?(?:加起来|合计|一共|总共|总计|加总)[^?？,，。;；!！]*?多少)"
)

# 这几单 are the deals just named (these deals), 那几单 those, a bare 几单 the deals the sentence names
_POINTED = {"这": " these deals ", "那": " those deals ", "": " the deals "}


def few_deals_read(chunk: str) -> str:
    """``chunk`` with a pointing 几单 read "the deals" (module docstring); unchanged otherwise."""
    return _FEW_DEALS_RE.sub(lambda m: _POINTED[m["which"] or ""], chunk)
