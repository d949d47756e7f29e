"""A Chinese "and added up?" said as its own sentence after a per-deal ask (outsider80, a Shanghai reporter).

"舶望制药跟诺华的两次合作(2024年1月和2025年9月)首付款分别是多少?加起来呢?" gave the two upfronts and
dropped the sum ($345 million): the bare "加起来呢?" had no measure or deals of its own. A first sentence
asking a measure of each deal (分别, 各, each, respectively) followed by a sentence that only sums
(加起来 / 合计 / 一共 / 总共 / 总计 / 加总, with no measure of its own: "加起来呢?", "合计呢?", "一共多少?")
is read as one ask, "…分别是多少, and combined?", which the router answers per deal and summed over the
same deals. A tail naming a measure of its own ("总额加起来多少?") is left to the other readers."""

from __future__ import annotations

import re

# the first sentence asks each deal its figure: 分别, 各 (not 各家/各方: the sources, the parties), each
_EACH_RE = re.compile(r"分别|各(?![家方位种类国地])|\b(?:each|respectively)\b", re.IGNORECASE)
_SUM_TAIL_RE = re.compile(
    r"^(?P<head>[^?？]+?)\s*[?？]\s*(?:那|那么)?\s*(?:加起来|合计|一共|总共|总计|加总|总和)\s*"
    r"(?:是|有|共)?\s*(?:多少(?:钱)?)?\s*(?:呢|啊)?\s*[?？]?\s*$"
)


def sum_tail_joined(question: str) -> str:
    """``question`` with a bare Chinese sum sentence after a per-deal ask joined to it as ", and combined?";
    unchanged otherwise. "首付款分别是多少?加起来呢?" -> "首付款分别是多少, and combined?"."""
    found = _SUM_TAIL_RE.match(question.strip())
    if not found or not _EACH_RE.search(found["head"]):
        return question
    return f"{found['head'].rstrip(' ,，')}, and combined?"
