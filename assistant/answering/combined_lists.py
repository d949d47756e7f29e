"""The deals of two or more companies listed one company at a time, counted together.

"Hengrui or Hansoh 2025 deals with upfront under $100m but total over $1bn" is planned as one listing per
company (the deal filter holds one licensor); each list says its own count ("2 deals with licensor Jiangsu
Hengrui Pharmaceuticals, ...") and the answer never said the number asked for, the 4 deals of the two.
When every call of a plan lists deals (``find_deals``) with the same filter but for the company named,
the lists are counted together in one more line: "Together, 4 deals across Jiangsu Hengrui
Pharmaceuticals and Hansoh Pharmaceutical Group." A deal listed for both (a deal between two of the
companies) counts once. Nothing is added for one list, for lists of different filters, or when a list
found nothing to count.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.tools.schema import FigureOut, ResultLine, ToolCall, ToolResult

_PARTY = ("licensor", "licensee", "company")


def _rest(call: ToolCall) -> tuple[str, str] | None:
    """The call's filter without its company, and the company; None when it names no one company."""
    wanted = call.args.get("filter")
    if call.tool != "find_deals" or not isinstance(wanted, dict):
        return None
    named = [key for key in _PARTY if wanted.get(key)]
    if len(named) != 1:
        return None
    rest = {k: v for k, v in wanted.items() if k != named[0]}
    return repr(sorted((k, repr(v)) for k, v in rest.items())), str(wanted[named[0]])


def with_combined_count(calls: list[ToolCall], results: list[ToolResult]) -> list[ToolResult]:
    """``results`` and a line counting the deals of all the companies' lists, when the plan lists the same
    deals company by company; else ``results``."""
    if len(calls) < 2 or len(calls) != len(results):
        return results
    read = [_rest(call) for call in calls]
    if any(r is None for r in read) or len({r[0] for r in read if r}) != 1:
        return results
    names = list(dict.fromkeys(r[1] for r in read if r))
    if len(names) != len(calls) or any(not result.deal_ids for result in results):
        return results
    deals = list(dict.fromkeys(deal for result in results for deal in result.deal_ids))
    provenance = [p for result in results for figure in result.figures[:1] for p in figure.provenance]
    joined = f"{', '.join(names[:-1])} and {names[-1]}"
    noun = "deal" if len(deals) == 1 else "deals"
    text = f"Together, {len(deals)} {noun} across {joined}."
    figure = FigureOut(
        label=f"deals listed across {joined}",
        value=Decimal(len(deals)),
        unit="count",
        expression=" + ".join(str(len(result.deal_ids)) for result in results) + f" = {len(deals)} (each deal once)",
        provenance=provenance,
    )
    total = ToolResult(tool="find_deals", lines=[ResultLine(text=text, provenance=provenance)], figures=[figure])
    return [*results, total]
