"""A part that only relates the figures of the parts before it: "...; multiple of one to the other?".

"RemeGen: RC148/ABBV upfront; telitacicept/Vor upfront; multiple of one to the other?" is split
into three parts; the third names no deal, so on its own it is an article question the articles
cannot answer. Its deals are the ones the earlier parts looked up: the two upfronts compared, or
("合计呢", "combined?") summed, by the same tools a whole question would use.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.answer import Answer
from assistant.answering.audit_words import SUM_OF_EACH
from assistant.routing.interpretation import interpret_call
from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall

Relation = Literal["compare", "sum"]

_COMPARE_RE = re.compile(
    r"\b(?:multiples?|how many times|(?:times|x) (?:bigger|larger|more|higher|as (?:big|large|much))|ratios?|"
    r"differences?|(?:the )?gap|how much (?:more|less|bigger|larger|higher|smaller)|by how much|"
    r"which (?:one )?(?:is|was)(?: the)? (?:bigger|larger|higher|more)|one (?:to|vs\.?|versus) the other)\b"
    r"|差了?几倍|几倍|差了?多少|相差|差距|差额|哪个(?:更)?(?:大|多|高)|高多少|多多少|大多少|倍数",
    re.IGNORECASE,
)
_SUM_RE = re.compile(
    r"\b(?:sum(?:med)?|combined|together|added up|add(?:ed)? (?:them|those|it) up|altogether|in total|"
    r"total of (?:both|the two|them|those|the (?:two|three) deals))\b"
    r"|合计|加起来|加总|一共多少|总共多少|共计|总和",
    re.IGNORECASE,
)
# what else a relational part may say: "so what's the multiple of one to the other, roughly?"
_FILLER_RE = re.compile(
    r"\b(?:and|so|the|what(?:'s| is| was)?|is|was|are|of|one|to|other|each|them|both|two|these|those|"
    r"deals?|figures?|numbers?|upfronts?|please|roughly|approx(?:imately)?|then|between|in|it|that|"
    r"x|times|how|much|many|more|bigger|larger|vs\.?|versus|give me|also|plus)\b"
    r"|[呢吗是的了那这两笔者之间比差个多少们？?，,;；:：.。!！\s]",
    re.IGNORECASE,
)
# one deal's figure, or one side of a comparison that is one deal ("sum(deals[argo-novartis-2024].total)")
_FIGURE_RE = re.compile(r"^(?:sum\()?deals\[(?P<deal>[^\]]+)\]\.(?P<metric>\w+)\)?$")
# the measure said with the sum ("the combined headline", "upfronts together"): which of several to add up
_SUMMED_MEASURE = (
    (
        "total",
        re.compile(
            r"\b(?:combined|summed|total)\s+(?:the\s+)?(?:headline|total|deal value|value)|"
            r"\b(?:headlines?|totals?|values?)\s+(?:combined|together|summed|added up)",
            re.IGNORECASE,
        ),
    ),
    (
        "upfront",
        re.compile(
            r"\b(?:combined|summed|total)\s+(?:the\s+)?up-?fronts?|"
            r"\bup-?fronts?\s+(?:combined|together|summed|added up)",
            re.IGNORECASE,
        ),
    ),
    (
        "milestones",
        re.compile(
            r"\b(?:combined|summed|total)\s+(?:the\s+)?milestones?|"
            r"\bmilestones?\s+(?:combined|together|summed|added up)",
            re.IGNORECASE,
        ),
    ),
)


def relation(part: str) -> Relation | None:
    """The relation a part asks of the earlier parts' figures, when it asks nothing else."""
    kind: Relation | None = "compare" if _COMPARE_RE.search(part) else "sum" if _SUM_RE.search(part) else None
    if kind is None:
        return None
    rest = _FILLER_RE.sub(" ", _SUM_RE.sub(" ", _COMPARE_RE.sub(" ", part))).split()
    return kind if not rest else None


def looked_up(answers: list[Answer]) -> list[tuple[str, str]]:
    """(deal id, measure) of each one-deal figure the earlier parts gave, in order, each once."""
    seen: list[tuple[str, str]] = []
    for answer in answers:
        if answer.abstained:
            continue
        for figure in answer.figures:
            if (m := _FIGURE_RE.match(figure.expression)) and (m["deal"], m["metric"]) not in seen:
                seen.append((m["deal"], m["metric"]))
    return seen


def relational_plan(part: str, answers: list[Answer]) -> Plan | None:
    """The plan for a relational part over the deals the earlier parts looked up, or None.

    Two deals' one measure are compared; two or more are summed. Anything less clear (two
    measures looked up for the same deals, three deals to "compare") is left to the router."""
    kind = relation(part)
    if kind is None:
        return None
    return _over_looked_up(part, kind, answers)


def summed_plan(question: str, answers: list[Answer]) -> Plan | None:
    """Each deal's figure and their sum asked ("argo/novartis 2024 and 2025: upfront each, and together?"),
    every part a one-deal lookup and no part the sum: the sum over those deals, or None."""
    if not SUM_OF_EACH.search(question):
        return None
    calls = [call for answer in answers for call in answer.tool_calls]
    if not calls or any(call.tool not in ("get_deal", "compare") for call in calls):
        return None
    return _over_looked_up(question, "sum", answers)


def _over_looked_up(question: str, kind: Relation, answers: list[Answer]) -> Plan | None:
    figures = looked_up(answers)
    said = [metric for metric, pattern in _SUMMED_MEASURE if pattern.search(question)]
    if kind == "sum" and len(said) == 1:  # "plus the combined headline": that measure over the deals looked up
        deals = list(dict.fromkeys(deal for deal, _ in figures))
        return _plan(question, kind, said[0], deals) if len(deals) >= 2 else None
    by_metric: dict[str, list[str]] = {}
    for deal, metric in figures:
        by_metric.setdefault(metric, []).append(deal)
    shared = [metric for metric, deals in by_metric.items() if len(deals) >= 2]  # the equity beside one upfront is not
    if len(shared) != 1:  # upfronts and totals looked up and no measure said with the sum: which one is unclear
        return None
    metric, deals = shared[0], by_metric[shared[0]]
    if kind == "compare" and len(deals) != 2:
        return None
    return _plan(question, kind, metric, deals)


def _plan(question: str, kind: Relation, metric: str, deals: list[str]) -> Plan:
    if kind == "compare":
        call = ToolCall(
            tool="compare",
            args={
                "metric": metric,
                "left": {"deal_ids": [deals[0]]},
                "right": {"deal_ids": [deals[1]]},
                "operation": "sum",
            },
        )
    else:
        call = ToolCall(tool="aggregate", args={"metric": metric, "operation": "sum", "filter": {"deal_ids": deals}})
    return Plan(
        question=question,
        standalone_question=question,
        route="table",
        tool_calls=[call],
        interpretation=f"{interpret_call(call)} (the deals of the earlier parts)",
        rule="relational_part",
    )
