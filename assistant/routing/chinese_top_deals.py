"""The top N deals by a measure, asked in Chinese with each deal's buyer (outsider80, a Shanghai reporter).

"2024年按首付款最大的两笔交易是哪两笔?各自的买方是谁?" ranked the buyers by their summed upfronts
(Merck & Co., $1.4 billion over three deals): "买方" (buyer) made the licensee the thing ranked, and "最大的两笔"
was no top 2. The question ranks deals: "最大的两笔" / "最高的三笔" / "前三的交易" is a top N of deals, and a
closing ask of each deal's buyer ("各自的买方是谁?", "买方分别是谁?", "各是哪家买的?") is answered by the
ranking itself, which names each deal's licensee ("Curon licensed CN201 to Merck & Co."), so it is dropped.
Only a ranking of deals (笔, 单, 项, 交易) loses the buyer ask: "哪家买方首付款最多" still ranks the buyers."""

from __future__ import annotations

import re

_N = r"(?:[两二三四五六七八九十]|\d{1,2})"
# "最大的两笔", "首付款最高的三笔交易", "金额最多的两单": a superlative of N deals → "前两笔" (top N)
_SUPERLATIVE_N_RE = re.compile(rf"最(?:大|高|多|贵)\s*的?\s*(?P<n>{_N})\s*(?P<unit>笔|单|项)")
# the question ranks deals: "前两笔", "前三的交易", "前3单"
_TOP_DEALS_RE = re.compile(rf"前\s*{_N}\s*(?:笔|单|项|名|大)?\s*(?:的)?\s*(?:交易|笔|单|deals?)")
# a closing ask of each deal's buyer
_BUYER_ASK_RE = re.compile(
    r"\s*[,，;；]?\s*(?:(?:各自|分别)的?\s*)?(?:买方|买家|被许可方|受让方|交易对手|合作方)\s*(?:分别|各自|各)?\s*"
    r"(?:是|为)\s*(?:谁|哪家|哪些公司|什么公司)\s*[?？]?\s*$"
    r"|\s*(?:分别|各自|各)\s*(?:是)?\s*(?:哪家|谁|哪个公司)\s*(?:买|签)的\s*[?？]?\s*$"
)


def top_deals_read(question: str) -> str:
    """``question`` with a superlative of N deals said as a top N and, when it ranks deals, the ask of each
    deal's buyer dropped: "2024年按首付款最大的两笔交易是哪两笔?各自的买方是谁?" ->
    "2024年按首付款前两笔交易是哪两笔?"; unchanged when no deals are ranked."""
    text = _SUPERLATIVE_N_RE.sub(lambda m: f"前{m['n']}{m['unit']}", question)
    if not _TOP_DEALS_RE.search(text):
        return question
    head = _BUYER_ASK_RE.sub("", text).rstrip()
    return head if head.endswith(("?", "？")) else f"{head}?"
