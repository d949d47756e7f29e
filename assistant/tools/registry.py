"""The tool registry: one record per tool, from which everything else is derived.

Each ``ToolSpec`` holds the tool's name, its typed argument model, the function that runs
it over a ``DealBook`` and a description written for a model. ``DealTools`` dispatches
through it, the LangChain ``StructuredTool``s and the MCP tools are built from it, and the
router and the evaluator read tool names from ``TOOL_NAMES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, ValidationError

from assistant.errors import AssistantError
from assistant.tools import (
    aggregates,
    comparison,
    dealshare,
    lookup,
    tracker_baseline,
    tracker_bounded,
    tracker_counts,
    tracker_implied,
    tracker_merge,
    tracker_ratios,
    tracker_share,
    tracker_siblings,
    tracker_table,
)
from assistant.tools.company_ranking import company_ranking
from assistant.tools.dealbook import DealBook
from assistant.tools.reported_average import reported_average
from assistant.tools.review_marks import mark_unreviewed
from assistant.tools.schema import (
    AggregateArgs,
    CompareArgs,
    FindDealsArgs,
    GetDealArgs,
    MarketStatArgs,
    RankArgs,
    ToolCall,
    ToolResult,
)


@dataclass(frozen=True)
class ToolSpec:
    """A tool: its name, typed arguments, what runs it, and what a model is told about it."""

    name: str
    args_model: type[BaseModel]
    run: Callable[[DealBook, Any], ToolResult]
    description: str


def _market_stat(book: DealBook, args: MarketStatArgs) -> ToolResult:
    if args.derive == "deal_share":
        return dealshare.deal_share(book, args)
    if args.derive == "upfront_share":
        return tracker_share.upfront_share(book.market, args)
    if args.derive == "company_ranking":  # "who came out on top per PharmCube, and #2 and #3?"
        return company_ranking(book, args)
    if args.derive == "table_against":
        return tracker_table.against_table(book, args)
    if args.derive == "not_added":
        return tracker_merge.not_added(book.market, args)
    if args.derive in ("upfront_to_milestones", "milestones_multiple"):
        return tracker_ratios.upfront_to_milestones(book.market, args)
    derived = reported_average(book.market, args) or tracker_ratios.average_change(book.market, args)
    derived = derived or tracker_implied.implied_level(book.market, args)  # "+66% in 2024, so 2023 was?"
    derived = derived or tracker_bounded.bounded_value(book.market, args)  # "Informa's 2024 $1bn+ deals add up to?"
    answered = derived or tracker_counts.with_count(book.market, args, book.market.answer(args))
    answered = answered if derived else tracker_counts.with_running_value(book.market, args, answered)  # "ytd # deals"
    answered = tracker_baseline.with_baseline(book.market, args, answered)  # "Q1'25 share": and 2023-24's
    answered = tracker_siblings.with_siblings(book.market, args, answered)  # "SDW upfront": and its milestones
    return tracker_bounded.scope_cited(book.market, answered)  # "(scope: ... worth $1 billion or more)" cited


TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        name="get_deal",
        args_model=GetDealArgs,
        run=lookup.get_deal,
        description=(
            "Terms of ONE licensing deal from the deal table: upfront, milestones, total value, equity, royalties, "
            "territory and status (e.g. terminated, with what was kept). Give deal_id, or licensor and/or licensee "
            "(canonical company names), optionally an asset name and the announcement year; set metric (upfront, "
            "milestones, total, equity or royalties) to get just that term. If several deals match, "
            "no figures come back: `candidates` lists their deal ids and `message` asks which one; call again with a deal_id."
        ),
    ),
    ToolSpec(
        name="find_deals",
        args_model=FindDealsArgs,
        run=lookup.find_deals,
        description=(
            "List the deals in our table that match a filter (licensor, licensee, company on either side, asset, year, "
            "quarter, month, half, date range, modality, therapeutic area, status, total bounds), with upfront and total "
            "for each. Use it to see which deals exist before summing or comparing."
        ),
    ),
    ToolSpec(
        name="aggregate",
        args_model=AggregateArgs,
        run=aggregates.aggregate,
        description=(
            "Sum, count, average, min or max of a deal metric (upfront, milestones, total, equity) over the deals IN OUR "
            "TABLE that match a filter, optionally grouped by licensor, licensee, year, modality or therapeutic area. "
            "Reports how many deals had the figure undisclosed. This is never a market total: for the whole market "
            "(e.g. 'total value of Chinese out-licensing deals in 2025') use market_stat."
        ),
    ),
    ToolSpec(
        name="rank",
        args_model=RankArgs,
        run=aggregates.rank,
        description=(
            "Top N licensors, licensees, modalities or therapeutic areas by the summed metric (or by number of deals with "
            "metric='count', or licensors and licensees by their number of different partners with metric='partners'), or top N single deals by a money metric (or by announcement date with metric='announced', newest "
            "first), among the deals in our table matching a filter."
        ),
    ),
    ToolSpec(
        name="compare",
        args_model=CompareArgs,
        run=comparison.compare,
        description=(
            "Compare two sets of deals in our table (each a filter, e.g. a company's 2024 deals vs its 2025 deals, or two "
            "single deals), each summed over a money metric: gives both sums, the gap (larger minus smaller), the ratio "
            "(larger over smaller, 'how many times') and the percent difference of the first side against the second; "
            "metric='count' compares the numbers of deals instead ('how many more deals in 2025 than in 2024')."
        ),
    ),
    ToolSpec(
        name="market_stat",
        args_model=MarketStatArgs,
        run=_market_stat,
        description=(
            "Market statistics as trackers reported them (PharmCube NextPharma, CPHIIC, IQVIA, ...): total_value, "
            "deal_count, top10_share, company_total_value and others, by period ('2025', '2025-H1') and reporter. "
            "Derived figures from ONE reporter: derive='growth' (percent, period vs compare_period), 'difference' "
            "(absolute change), 'ratio' (how many times), 'cagr' (compound annual growth between two whole years), "
            "'average_deal_size' "
            "(total_value / deal_count), 'share' (a company's total_value share, subject = company), 'top10_amount', "
            "'upfront_share' (the upfront total as a percent of upfront plus milestones). "
            "Use this for questions about the whole market, not aggregate."
        ),
    ),
)
TOOL_NAMES: tuple[str, ...] = tuple(spec.name for spec in TOOLS)
ARG_MODELS: dict[str, type[BaseModel]] = {spec.name: spec.args_model for spec in TOOLS}
_BY_NAME = {spec.name: spec for spec in TOOLS}
_BY_ARGS = {spec.args_model: spec for spec in TOOLS}


def tool_spec(name: str) -> ToolSpec:
    """The registry record of ``name``; an unknown name is an error that lists the tools."""
    spec = _BY_NAME.get(name)
    if spec is None:
        raise AssistantError("unknown_tool", f"no tool named {name!r}; tools: {', '.join(TOOL_NAMES)}")
    return spec


def validate_args(name: str, args: dict[str, Any]) -> BaseModel:
    """``args`` checked against the tool's argument model; bad arguments are an ``AssistantError``."""
    try:
        return tool_spec(name).args_model.model_validate(args)
    except ValidationError as exc:
        raise AssistantError("tool_args", f"bad arguments for {name}: {exc.errors()[0]['msg']}", name) from exc


class DealTools:
    """The six tools over one ``DealBook`` (tables, provenance, market statistics)."""

    def __init__(self, book: DealBook) -> None:
        self.book = book

    def run(self, call: ToolCall) -> ToolResult:
        """Validate ``call.args`` against the tool's argument model and run the tool."""
        return self.invoke(validate_args(call.tool, call.args))

    def invoke(self, args: BaseModel) -> ToolResult:
        """Run the tool whose argument model ``args`` is (``GetDealArgs`` runs get_deal)."""
        spec = _BY_ARGS.get(type(args))
        if spec is None:
            raise AssistantError("unknown_tool", f"no tool takes {type(args).__name__}")
        return mark_unreviewed(self.book, spec.run(self.book, args))

    def as_langchain_tools(self) -> list[StructuredTool]:
        """The tools for a tool-calling model; each returns the ToolResult as a JSON-ready dict."""
        return [self._langchain_tool(spec) for spec in TOOLS]

    def _langchain_tool(self, spec: ToolSpec) -> StructuredTool:
        def call(**kwargs: Any) -> dict[str, Any]:
            result = spec.run(self.book, spec.args_model.model_validate(kwargs))
            return mark_unreviewed(self.book, result).model_dump(mode="json")

        return StructuredTool.from_function(
            func=call,
            name=spec.name,
            description=spec.description,
            args_schema=spec.args_model,
            handle_validation_error=lambda error: f"Invalid arguments for {spec.name}: {error}",
        )
