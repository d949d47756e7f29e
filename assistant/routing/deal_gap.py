"""Two deals' one measure looked up apart, when the question asks their gap or which is larger: one comparison.

"Hansoh's two 2023 GSK ADC deals (Oct and Dec) - how much higher was the Dec upfront?" and "Novartis 给 Argo 的首付,
2024 那单多还是 2025 那单多? 差几多" were planned as two look-ups (one per deal), so the answer printed both
upfronts and neither the difference nor which was larger. When a plan is exactly two look-ups of one measure on two
different deals and the question asks how much higher / lower, which is more, or 差多少 / 差几多 / 多还是, the two
look-ups become one ``compare`` of the two deals, which states both figures, the gap and the larger side.

The side the question asks about ("how much higher was the *Dec* upfront", "the 2024 one") is the left side, so
the gap reads from it; otherwise the deals keep the order the look-ups had (the order the question names them).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.deal_pairs import SET_AGAINST, named_deals
from assistant.routing.entities import EntityIndex
from assistant.routing.interpretation import interpret
from assistant.routing.named_sides import pinned
from assistant.routing.pair_named import dated_at
from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall

RULE = "two deals' one measure, asked as a gap, compared"
_I = re.IGNORECASE
_MORE = r"(?:higher|lower|bigger|larger|smaller|greater|more|less|fewer)"
# "how much higher was the Dec upfront", "which was bigger", "2024 那单多还是 2025 那单多", "差几多", "哪单高"
# a further ask joined on ("…, and what was the territory of each?", "…; which is further ahead?"): the question
# is split into its parts as before, each answered, rather than kept whole for the gap alone
ANOTHER_ASK_RE = re.compile(
    r"(?:,|;|\band\b)\s*(?:and\s+|also\s+)?(?:what|which|who|whom|when|where|how|is|are|was|were|did|do|does)\b"
    r"(?![^?]{0,12}\b(?:more|less|higher|lower|bigger|smaller|larger)\b)",
    re.IGNORECASE,
)
_GAP_RE = re.compile(
    rf"\bhow much {_MORE}\b|\b(?:which|whose)\b[^?]{{0,40}}\b{_MORE}\b|\b{_MORE}\b[^?]{{0,40}}\bor\b|"
    r"差(?:几多|多少|几|距)|多还是|还是[^?？]{0,20}(?:多|高|大|少|低)|哪(?:个|笔|单|一单)(?:更)?(?:多|高|大)",
    _I,
)
# a share or ratio of each deal asked ("Upfront as % of total: A vs B. Which is higher?"): each deal's own
# ratio, which the split asks per deal, not a gap between two figures
_RATIO_ASKED_RE = re.compile(
    r"%|percent|\bratio\b|\bshare\b|\bfront-?loaded\b|占比|比例|比率|"
    r"\b(?:up[\s-]?fronts?|totals?|milestones?)\s*/\s*(?:up[\s-]?fronts?|totals?|milestones?|value|headline)\b",
    _I,
)
# two figures set against each other in other words: "side by side", "head to head", "is how many time the one"
_SET_SIDE_BY_SIDE_RE = re.compile(r"\bside[\s-]by[\s-]side\b|\bhead[\s-]to[\s-]head\b|\bhow many times?\b", _I)
# the side the gap is read from: "how much higher was the Dec upfront", "how much lower was the 2024 one"
_ASKED_SIDE_RE = re.compile(rf"\bhow much {_MORE}\s+(?:was|is|were)\s+(?:the\s+)?(?P<side>[^?]{{1,30}})", _I)


def _asked_first(question: str, first: Deal, second: Deal) -> bool:
    """True when the question asks the gap from ``second``'s side ("how much higher was the Dec upfront")."""
    side = _ASKED_SIDE_RE.search(question)
    if not side:
        return False
    said = side.group("side")
    return dated_at(said, second, first) < len(said) and not dated_at(said, first, second) < len(said)


def gap_of_two_deals(question: str, spans: Any) -> list[str] | None:
    """``[question]`` when it asks the gap between exactly two deals it names, which a split would ask apart;
    else None. "Novartis 给 Argo 的首付, 2024 那单多还是 2025 那单多? 差几多" had been split by its two years."""
    router = getattr(spans, "__self__", None)
    entities, deals = getattr(router, "entities", None), getattr(getattr(router, "coverage", None), "deals", None)
    asked = _GAP_RE.search(question) or _SET_SIDE_BY_SIDE_RE.search(question)
    if entities is None or deals is None or not asked or _RATIO_ASKED_RE.search(question):
        return None
    if ANOTHER_ASK_RE.search(question):
        return None  # "…which had the bigger total value, and what was the territory of each?": split as before
    return [question.strip()] if len(named_deals(question, deals, entities)) == 2 else None


def _looked_up(call: ToolCall, question: str, deals: list[Deal], by_id: dict[str, Deal]) -> Deal | None:
    """The one deal a look-up reads: its id, else the one deal of its licensor and licensee (of the year the question
    says, when that pair did several): "hengrui 2025 upfront from gsk ... the one from merck" looks up by pair."""
    if call.args.get("deal_id") in by_id:
        return by_id[str(call.args["deal_id"])]
    licensor, licensee = call.args.get("licensor"), call.args.get("licensee")
    if not licensor or not licensee:
        return None
    pair = [deal for deal in deals if licensor in deal.licensors and licensee in deal.licensees]
    said = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", question))
    if len(pair) > 1:
        pair = [deal for deal in pair if deal.announced[:4] in said]
    return pair[0] if len(pair) == 1 else None


def two_looked_up_compared(plan: Plan, deals: list[Deal], entities: EntityIndex) -> Plan:
    """``plan`` with look-ups of one measure made one comparison of the two deals named when a gap is asked.

    [get_deal(hansoh-gsk-2023-10, upfront), get_deal(hansoh-gsk-2023-12, upfront)] for "how much higher was the
    Dec upfront?" -> compare(upfront, left=[hansoh-gsk-2023-12], right=[hansoh-gsk-2023-10]); one look-up of the
    2024 Argo-Novartis deal for "2024 那单多还是 2025 那单多? 差几多" -> the 2024 and 2025 deals compared."""
    calls, question = plan.tool_calls, plan.question
    if not calls or len(calls) > 2 or _RATIO_ASKED_RE.search(question):  # each deal's own ratio: not a gap
        return plan
    if any(call.tool != "get_deal" for call in calls):
        return plan
    metrics = {call.args.get("metric") for call in calls}
    if len(metrics) != 1 or None in metrics:
        return plan
    by_id = {deal.deal_id: deal for deal in deals}
    if len(calls) == 2:
        named = [deal for call in calls if (deal := _looked_up(call, question, deals, by_id))]
        if not (_GAP_RE.search(question) or _SET_SIDE_BY_SIDE_RE.search(question)) and not any(
            pattern.search(question) for pattern in SET_AGAINST
        ):
            return plan
    elif _GAP_RE.search(question) or _SET_SIDE_BY_SIDE_RE.search(
        question
    ):  # one look-up asked as a gap: the two deals the question names
        named = named_deals(question, deals, entities)
    else:
        return plan
    if len(named) != 2 or named[0].deal_id == named[1].deal_id:
        return plan
    first, second = named
    if _asked_first(question, first, second):
        first, second = second, first
    said = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", question))
    left, right = ({"year": int(d.announced[:4])} if d.announced[:4] in said else {} for d in (first, second))
    args: dict[str, Any] = {"metric": metrics.pop(), "left": pinned(left, first), "right": pinned(right, second)}
    plan.tool_calls = [ToolCall(tool="compare", args={**args, "operation": "sum"})]
    plan.route, plan.rule = "table", RULE
    plan.interpretation = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies)
    return plan
