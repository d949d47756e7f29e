"""Our table's sum asked first, then a tracker's figure to set it against, in Chinese or in English.

"表里 2024 年交易的 upfront 加起来多少? 跟 biotochina 统计的 2024 upfront 总额比差多少?" had been two asks: our sum,
then a compare of our rows read as 2023 against 2024, and the tracker's figure dropped. A later part naming one
tracker and a gap ("比差多少", "相比", "how far is that from biotochina's") after a part naming our table and no
tracker is one ask (``table_then_tracker_joined``, in ``decompose.split_parts``); a Chinese name of our table ("表里",
"我们的表") is read as our table (``table_said``) so that ``table_against_tracker`` sets the tracker's figure beside
our rows' with the gap.
"""

from __future__ import annotations

import re

from assistant.routing.plan import Plan
from assistant.routing.tracker_gaps import OWN_ASK_RE, named_trackers, own_trackers
from assistant.routing.tracker_table import table_against_tracker
from assistant.routing.wording import TABLE_RE

_I = re.IGNORECASE
# our table said in Chinese: "表里", "表中", "我们的表", "你们表里", "表格"
_CN_TABLE_RE = re.compile(r"表里|表中|表格|(?:我们|你们|你)的?表")
# a gap to the figure before: "比差多少", "相比", "差距", "how far is that from", "the difference"
_GAP_RE = re.compile(
    r"差多少|相比|比较|差距|相差|\b(?:how far|differ\w*|gap|compare\w*|versus|vs\.?|against)\b",
    _I,
)
# "upfront total value", "milestone total amount": the upfront (milestone) total, one measure
_MEASURE_VALUE_RE = re.compile(r"\b(up-?fronts?|milestones?)\s+(?:total\s+)?(?:values?|amounts?)\b", _I)


def _table_named(text: str) -> bool:
    return bool(TABLE_RE.search(text) or _CN_TABLE_RE.search(text))


def table_then_tracker_joined(parts: list[str]) -> list[str]:
    """``parts`` as one ask when the first names our table and no tracker and the second sets one tracker's figure
    against it: ["表里 2024 年交易的 upfront 加起来多少", "跟 biotochina 统计的 2024 upfront 总额比差多少"] → one
    ask; else ``parts``."""
    if len(parts) != 2 or not _table_named(parts[0]) or named_trackers(parts[0]):
        return parts
    later = parts[1].strip(" ?？,;")
    if len(own_trackers(later)) != 1 or _table_named(later) or not _GAP_RE.search(later) or OWN_ASK_RE.search(later):
        return parts
    return [parts[0].rstrip(" ?？,;") + "; " + later + "?"]


def table_said(plan: Plan) -> Plan:
    """``plan`` with its calls read by ``table_against_tracker`` when the question names our table (in Chinese too)
    and one tracker, and says the upfront measure as "upfront total value" (总额 read into English: one measure, not
    upfront and value): "in your table 2024 deals upfront in total how much? with biotochina reported 2024 upfront
    total value vs difference?"; else ``plan``."""
    question = plan.question
    if plan.route not in ("table", "table+text") or not plan.tool_calls or len(own_trackers(question)) != 1:
        return plan
    said = _MEASURE_VALUE_RE.sub(lambda match: match.group(1) + " total", question)
    if TABLE_RE.search(question) and said == question:
        return plan  # read so already (``buckets.reshaped``)
    if not _table_named(question):
        return plan
    calls = table_against_tracker(plan.tool_calls, said if TABLE_RE.search(said) else f"{said} (in our table)")
    if calls == plan.tool_calls:
        return plan
    return plan.model_copy(update={"tool_calls": calls, "rule": "our table's sum set against one tracker's figure"})
