"""The deals the turn before covered, some left out, measured as this turn asks.

"Leave out the 2022 ones - what's the combined upfront of the rest?" after "how many deals has MSD done
with Chinese biotechs?" sums the upfronts of Merck's other deals: the turn before's deals, without a
year's, measured by this turn's measure and operation (it was the count again, the measure asked lost).
"Drop the ADCs, how many are left?" after "how many cancer deals were there in 2024?" counts that
year's cancer deals without the ADCs (it compared two counts of the whole table). ``DealSets.rewrite``
builds the call; this module says what changes.
"""

from __future__ import annotations

from typing import Any

_OPERATIONS = ("sum", "average", "median")


def said_of(modality: str, question: str) -> str:
    """The words of a modality the question said: "the bispecific one" after the ADCs leaves out the
    bispecific ADC, not every bispecific antibody, so only "Bispecific" is matched."""
    words = [word for word in modality.split() if word[:6].lower() in question.lower()]
    return " ".join(words) if words else modality


def dropped_call(previous_call: Any, own: Any, question: str) -> tuple[str, dict[str, Any]] | None:
    """The tool and arguments of the previous aggregate or list without the years or modalities ``own``
    (``intents.Slots``) leaves out, measured by what ``own`` asks; None when nothing is left out."""
    if not (own.exclude_years or own.exclude_modalities):
        return None
    args = dict(previous_call.args)
    if args.get("group_by") or args.get("distinct"):
        return None
    deal_filter = dict(args.get("filter", {}))
    if deal_filter.get("year") in own.exclude_years:
        return None  # the turn before was that year's: nothing of it is left
    if own.exclude_years:
        deal_filter["exclude_years"] = sorted({*deal_filter.get("exclude_years", []), *own.exclude_years})
    if own.exclude_modalities:
        wanted = str(deal_filter.get("modality") or "")
        if any(wanted and wanted.lower() in name.lower() for name in own.exclude_modalities):
            return None  # "drop the ADCs" after the ADCs: nothing of them is left
        left_out = [said_of(name, question) for name in own.exclude_modalities]
        deal_filter["exclude_modalities"] = [*deal_filter.get("exclude_modalities", []), *left_out]
    tool = previous_call.tool
    if own.count:
        tool, args = "aggregate", {**args, "operation": "count", "metric": args.get("metric") or "total"}
    elif own.metrics:
        operation = own.op if own.op in _OPERATIONS else None
        if operation is None:
            operation = args.get("operation") if args.get("operation") in _OPERATIONS else "sum"
        tool, args = "aggregate", {"metric": own.metrics[0], "operation": operation}
    if tool == "aggregate":
        args.pop("limit", None)
    return tool, {**args, "filter": deal_filter}
