"""The plan in plain words, for the reader: what was computed or searched, over what.

Built from the tool calls actually made (not from the question), so it says what the answer
is an answer to: "ranking deals by total value, announced in 2025, top 3". A reader who
asked something else sees it at once.
"""

from __future__ import annotations

from typing import Any

from assistant.tools.dealfilter import describe as describe_filter
from assistant.tools.schema import DealFilter, ToolCall

_METRICS = {
    "upfront": "upfront payment",
    "milestones": "milestone payments",
    "total": "total deal value",
    "equity": "equity investment",
    "royalties": "royalties",
    "count": "number of deals",
    "announced": "announcement date",
    "partners": "number of different partners",
    "milestone_multiple": "milestones as a multiple of the upfront",
    "upfront_share": "upfront as a share of the total",
    "total_multiple": "total deal value as a multiple of the upfront",
}
_DIMENSIONS = {
    "deal": "deals",
    "licensor": "licensors (Chinese companies)",
    "licensee": "licensees (buyers)",
    "licensee_country": "licensee (buyer) countries",
    "modality": "modalities",
    "therapeutic_area": "therapeutic areas",
    "year": "years",
    "quarter": "quarters",
    "month": "months",
}
_OPERATIONS = {
    "sum": "sum",
    "count": "count",
    "average": "average",
    "median": "median",
    "min": "smallest",
    "max": "largest",
}


def interpret_call(call: ToolCall, aliases: dict[str, str] | None = None) -> str:
    """One tool call in words."""
    args: dict[str, Any] = call.args
    aliases = aliases or {}

    def where(raw: Any) -> str:
        return describe_filter(DealFilter.model_validate(raw or {}), aliases)

    if call.tool == "get_deal":
        parties = " → ".join(str(args[k]) for k in ("licensor", "licensee") if args.get(k))
        what = _METRICS.get(str(args.get("metric")), "terms")
        if args.get("plus"):
            what = f"{what} plus {_METRICS.get(str(args['plus']), str(args['plus']))}"
        deal = args.get("deal_id") or parties or args.get("asset") or "?"
        year = f" ({args['year']})" if args.get("year") else ""
        return f"{what} of one deal: {deal}{year}"
    if call.tool == "find_deals":
        return f"listing the deals in our table {where(args.get('filter'))}"
    if call.tool == "aggregate":
        operation = str(args.get("operation", "sum"))
        if operation == "count" and args.get("distinct"):
            thing = f"number of different {args['distinct']}s"
            thing += f" with more deals than {args['more_than']}" if args.get("more_than") else ""
        elif operation == "count":
            thing = "number of deals"
        else:
            thing = f"{_OPERATIONS.get(operation, operation)} of {_METRICS.get(str(args.get('metric', 'total')), 'total deal value')}"
        group = f", per {str(args['group_by']).replace('_', ' ')}" if args.get("group_by") else ""
        return f"{thing} over the deals in our table {where(args.get('filter'))}{group}"
    if call.tool == "rank":
        dimension = _DIMENSIONS.get(str(args.get("dimension", "deal")), str(args.get("dimension")))
        by = _METRICS.get(str(args.get("metric", "total")), str(args.get("metric")))
        by = f"average {by} per deal" if args.get("average") else by
        by += f", only those with at least {args['min_deals']} deals" if args.get("min_deals") else ""
        if args.get("metric") == "partners" and args.get("dimension") == "licensee_country":
            by = "number of different licensees"
        cut = f"place {args['position']} only" if args.get("position") else f"top {args.get('n', 5)}"
        if args.get("ascending") and not args.get("position"):
            cut = f"bottom {args.get('n', 5)}"
        if args.get("metric") == "announced" and not args.get("position"):
            cut = f"{'earliest' if args.get('ascending') else 'latest'} {args.get('n', 5)}"
        if args.get("n") == 50 and not args.get("position"):
            cut = "all, smallest first" if args.get("ascending") else "all, largest first"
        if args.get("after"):
            cut = f"from the leader down to the place after {args['after']}"
        return f"ranking {dimension} by {by}, deals {where(args.get('filter'))}, {cut}"
    if call.tool == "compare":
        metric = _METRICS.get(str(args.get("metric", "total")), "total deal value")
        if args.get("right_metric") and args.get("left") == args.get("right"):
            other = _METRICS.get(str(args["right_metric"]), "total deal value")
            return f"comparing {metric} with {other} of the deals {where(args.get('left'))}"
        if args.get("operation") in ("average", "median"):
            metric = f"the {args['operation']} {metric}"
        return f"comparing {metric}: deals {where(args.get('left'))} against deals {where(args.get('right'))}"
    if call.tool == "market_stat":
        metric = str(args.get("metric", "total_value")).replace("_", " ")
        period = f" for {args['period']}" if args.get("period") else ""
        derive = args.get("derive")
        reporter = f", as reported by {args['reporter']}" if args.get("reporter") else ", as trackers reported it"
        if args.get("compare_reporter"):
            reporter = f", the gap between {args.get('reporter')}'s figure and {args['compare_reporter']}'s"
            if args["compare_reporter"] == args.get("reporter"):  # one tracker's two series of the period
                reporter = f", the gap between {args['reporter']}'s two series"
        if derive == "not_added":  # "add the two PharmCube totals": both figures, never their sum
            return (
                f"the reported {metric}{period} of {args.get('reporter')} and {args.get('compare_reporter')}, not added"
            )
        if derive == "table_against":  # "PharmCube's 2024 count, and the table's?": both, labelled, and the gap
            return f"the reported {metric}{period}{reporter}, set against the same measure over our table's deals"
        if derive == "growth" and args.get("compare_reporter"):  # "how much higher, in percent"
            return f"reported market {metric}{period}{reporter}, also as a percent of the lower"
        if derive in ("growth", "change", "bigger", "cagr"):
            said = {
                "growth": "growth",
                "change": "change (in its unit and in percent)",
                "cagr": "compound annual growth rate (our arithmetic)",
            }.get(str(derive), "change (in its unit, in percent and as a multiple)")
            return (
                f"{said} of the reported {metric} from {args.get('compare_period')} to {args.get('period')}{reporter}"
            )
        if derive:
            return f"{str(derive).replace('_', ' ')} from the reported {metric}{period}{reporter}"
        subject = f" of {args['subject']}" if args.get("subject") else ""
        return f"reported market {metric}{subject}{period}{reporter}"
    return f"{call.tool} {args}"


def interpret(
    route: str,
    calls: list[ToolCall],
    text_query: str | None = None,
    companies: list[str] | None = None,
    clarification: str | None = None,
    aliases: dict[str, str] | None = None,
) -> str:
    """The whole plan in words: each tool call, and the article search if there is one."""
    if clarification:
        return "asking which one is meant before answering"
    parts = [interpret_call(call, aliases) for call in calls]
    if text_query and route in ("text", "table+text"):
        about = f" about {' and '.join(companies)}" if companies else ""
        parts.append(f"quoting the articles{about}")
    return "; ".join(parts) if parts else "searching the articles"
