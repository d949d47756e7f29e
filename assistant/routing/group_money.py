"""A kind of deal ranked by its money: "by upfront dollars rather than deal count, which modality led
from 2024 onward", "which therapeutic area pulled in the most upfront cash since 2024".

Only our rows hold a deal's modality and area, so no tracker answers it: the modalities (areas) are
ranked by the sum of the measure over our deals. It had gone to a tracker's upfront total for the
year ("deal count", a period and a measure) or ranked single deals ("the largest upfront total").
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.buckets import ONE_DEAL_RE

_I = re.IGNORECASE
_KIND_RE = re.compile(
    r"\b(?:which|what)\s+(?:(?:drug|asset|deal)\s+)?"
    r"(modalit(?:y|ies)|types? of (?:drugs?|assets?)|drug types?|therapeutic areas?|disease areas?|areas?)\b",
    _I,
)
_LEADS_RE = re.compile(
    r"\b(?:led|leads?|lead the way|most|largest|biggest|highest|greatest|top(?:ped)?|dominated?|won|"
    r"pulled in|attracted|drew|brought in|commanded)\b",
    _I,
)
# "rather than deal count", "not by number of deals", "instead of counting deals": the count is not asked
_NOT_COUNT_RE = re.compile(
    r"\b(?:rather than|instead of|not)\s+(?:by\s+)?(?:the\s+)?(?:deal\s+counts?|number of deals|counting deals|count)\b",
    _I,
)
_MONEY_RE = re.compile(r"\b(?:dollars?|cash|money|value|\$)", _I)


def kinds_ranked_by_money(slots: Any, text: str) -> None:
    """A "which modality / area" ranking by a money measure: those kinds ranked by its sum over our rows."""
    kind = _KIND_RE.search(text)
    if kind is None or slots.mentions or not _LEADS_RE.search(text[kind.end() :] + " " + text[: kind.start()]):
        return
    if ONE_DEAL_RE.search(text):
        return  # "what area was the largest deal of 2024", "the largest single upfront": one deal's kind
    word = kind.group(1).lower()
    dimension = "therapeutic_area" if "area" in word else "modality"
    if slots.count and not _NOT_COUNT_RE.search(text):
        # "which modality led 2025 by deal count": our rows counted by modality, no tracker's deal count
        slots.op, slots.dimension, slots.count, slots.rank_by_count, slots.in_table = (
            "rank",
            dimension,
            False,
            True,
            True,
        )
        slots.market_metric, slots.singular = None, slots.n is None
        return
    measures = [metric for metric in slots.metrics if metric in ("upfront", "milestones", "total", "equity")]
    if not measures and not _MONEY_RE.search(text):
        return
    slots.op, slots.dimension, slots.count, slots.rank_by_count, slots.in_table = "rank", dimension, False, False, True
    slots.market_metric = None
    slots.singular = slots.n is None
    if not measures:
        slots.metrics, slots.metric_spans = ["total"], [(0, 0)]
