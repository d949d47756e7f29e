""" "Respectively" said of two measures of one pair's deal, not of the two companies (multi16).

"荣昌生物和艾伯维的交易，首付款和总金额分别是多少？" (the RemeGen–AbbVie deal: its upfront and its total, respectively)
was split at the two companies, as "what did Merck pay Curon and LaNova upfront, respectively?" is, and each
company's upfronts were summed over all its deals: $775 million for RemeGen, $900 million for AbbVie, neither the
deal's upfront nor its total. When "respectively" (分别) follows two measures joined ("首付款和里程碑分别",
"the upfront and the milestones, respectively") and the question names one deal ("的交易", "那笔交易", "the
... deal"), the measures are what it distributes over: the deal's terms answer both, and the question stays whole.
Not taken: two deals ("两笔交易", "deals"), or one measure before "respectively" ("upfront, respectively").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_MEASURE = (
    r"(?:首付款?|预付款|里程碑(?:付款)?|交易总额|总金额|总额|总价值|股权投资|股权|"
    r"(?:the\s+)?(?:up[\s-]?fronts?|milestones?|total(?:\s+(?:deal\s+)?value)?|headline(?:\s+value)?|equity))"
)
_PAIR_OF_MEASURES_RE = re.compile(
    rf"{_MEASURE}\s*(?:和|与|及|、|,|\band\b|&|\+)\s*{_MEASURE}\s*,?\s*(?:分别|\brespectively\b)", _I
)
# one deal: "的交易", "那笔交易", "这单", "the Jacobio and AstraZeneca deal" (not "deals", not "两笔")
_ONE_DEAL_RE = re.compile(
    r"(?:的|那|这|那一|这一)(?:笔|单|项)?(?:交易|合作|授权|协议|deal)|(?:那|这)(?:笔|单)|\bdeal\b(?!s)", _I
)
_TWO_DEALS_RE = re.compile(r"[两二几多各每]\s*(?:笔|单|项)|\bdeals\b|\beach\b|\bboth\b", _I)


def measures_respectively(part: str) -> bool:
    """``part`` asks two measures of one deal "respectively": "恒瑞和默沙东的交易，首付款和里程碑分别是多少"."""
    return bool(_PAIR_OF_MEASURES_RE.search(part) and _ONE_DEAL_RE.search(part) and not _TWO_DEALS_RE.search(part))
