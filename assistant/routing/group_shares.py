"""One measure of a group of deals as a share of another: "for the PD-1/VEGF deals signed from 2024 on, what %
of the combined headline value was paid upfront?", "what fraction of Hengrui's total deal value came upfront?".

The group is whatever narrows the deals (a company, a target, a modality, an area, a period); the answer is the
sum of one measure over the sum of the other, both over the group's deals that disclose both. It had gone to the
articles (a target is no company, so "share, nothing to take it of"), to a company's share of a tracker's total
(a company named), or had the part and the whole swapped: the whole is the measure said after "% of", "share of",
"how much of", whatever order the two measures come in. One deal's two measures ("the Curon deal's total") are
another rule's; a tracker's upfront over its milestones is ``tracker_shares``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.routing.wording import METRIC_RES
from assistant.tools.schema import CompareArgs, ToolCall

_I = re.IGNORECASE
# "% of", "share of", "how much of", "what part of": the whole follows, within a few words ("the combined
# headline value", "Hengrui's total deal value", "their 2025 upfront-plus-milestone money")
_WHOLE_RE = re.compile(
    r"(?:%|\bpercent(?:age)?|\bshare|\bfraction|\bproportion|\bportion|\bpart|\bslice|\bchunk|\bhow much)\s+"
    r"of\s+((?:[\w'’$./()-]+\s*){1,6})",
    _I,
)
_MONEY = ("upfront", "milestones", "total")


def _whole(question: str) -> tuple[str, int] | None:
    for found in _WHOLE_RE.finditer(question):
        said = found.group(1)
        named = [
            (m.start(), name) for name, pattern in METRIC_RES if name in _MONEY for m in [pattern.search(said)] if m
        ]
        if named:
            return min(named)[1], found.start()
    return None


def whole_measure(question: str) -> str | None:
    """The measure the question takes a share of ("total" in "what % of the combined headline value was paid
    upfront"), or None when no share word is followed by a measure."""
    whole = _whole(question)
    return whole[0] if whole else None


def _said_before(slots: Any, text: str, at: int) -> bool:
    """Every company is named in a sentence before the share's ("Hansoh IR here. For 2025 oncology deals ..."):
    whoever is speaking, no group of that company's deals is asked."""
    start = max(text.rfind(stop, 0, at) for stop in ".!?")
    return bool(slots.mentions) and all(m.start < start for m in slots.mentions)


def _one_deal(slots: Any) -> bool:
    """The question names one deal: its two measures are the one-deal rule's ("the combined deal value" of no
    company names none)."""
    one = slots.single_deal and slots.companies
    return bool(len(set(slots.companies)) >= 2 or one or slots.deal_id or slots.asset)


def _narrowed(slots: Any) -> bool:
    return bool(
        slots.companies or slots.target or slots.modality or slots.therapeutic_area or slots.periods or slots.in_table
    )


def read_group_share(slots: Any, text: str) -> None:
    """Mark ``slots`` (``intents.Slots``) as a share of our rows when a group's two measures are set one over
    the other: no tracker reports a company's, a target's or an area's upfront and total together."""
    if slots.op != "share" or slots.reporter or slots.market_metric or _one_deal(slots):
        return
    measures = [m for m in slots.measures if m in _MONEY]
    whole = _whole(text)
    if len(measures) < 2 or not _narrowed(slots) or whole is None or whole[0] not in measures:
        return
    if _said_before(slots, text, whole[1]):
        return
    slots.in_table = True
    slots.disclosed = list(dict.fromkeys([*slots.disclosed, *measures[:2]]))


def asks_group_share(slots: Any) -> bool:
    """The rule's test: a share between two measures of a group of our rows that names a company or a target
    (read by ``read_group_share``, which asks for the deals disclosing both)."""
    measures = [m for m in slots.measures if m in _MONEY]
    return bool(
        slots.op == "share"
        and slots.in_table
        and len(measures) >= 2
        and set(measures[:2]) <= set(slots.disclosed)
        and not slots.reporter
        and not slots.market_metric
        and not _one_deal(slots)
        and (slots.companies or slots.target)
    )


def group_share_calls(slots: Any, question: str, calls_for: Callable[[str, Any], list[ToolCall]]) -> list[ToolCall]:
    """The compare call: the part's sum over the whole's, both over the group's deals. Empty when not that
    (``calls_for`` is ``ToolArgs.tool_calls``)."""
    measures = [m for m in slots.measures if m in _MONEY]
    whole = whole_measure(question)
    if slots.op != "share" or not slots.in_table or len(measures) != 2 or whole not in measures:
        return []
    if not set(measures) <= set(slots.disclosed):
        return []  # not read as a group's share (``read_group_share``), e.g. a company named only by the speaker
    if slots.reporter or slots.market_metric or _one_deal(slots):
        return []
    part = next(m for m in measures if m != whole)
    group = calls_for("find_deals", slots.model_copy(update={"op": "find"}))[0].args["filter"]
    args = {"metric": part, "left": group, "right": group, "right_metric": whole}
    CompareArgs.model_validate(args)  # a bug, not a reply, when the sides do not make a comparison
    return [ToolCall(tool="compare", args=args)]
