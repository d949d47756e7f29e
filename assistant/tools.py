"""The exact-figures tools over the deal table, one method per tool, plus LangChain wrappers.

``DealTools.run(call)`` validates a router's ``ToolCall`` and dispatches it;
``as_langchain_tools()`` offers the same tools to a tool-calling model. An expected
failure (no match, an ambiguous deal) comes back as a ``ToolResult`` with a
``message``; a bug raises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langchain_core.tools import StructuredTool
from pydantic import ValidationError

from assistant import aggregates, comparison
from assistant.dealbook import METRICS, DealBook, count_deals, money, names, short_asset
from assistant.dealfilter import canonical, party_matches
from assistant.errors import AssistantError
from assistant.plan import (
    ARG_MODELS,
    AggregateArgs,
    CompareArgs,
    FigureOut,
    FindDealsArgs,
    GetDealArgs,
    MarketStatArgs,
    Metric,
    RankArgs,
    ResultLine,
    ToolCall,
    ToolResult,
)
from assistant.quantities import month_words
from assistant.tables import Deal, MarketStat

_EQUITY_WORDS = ("equity", "share", "warrant", "stock")
_PART_WORDS = ("consisting of", "made up of", "option exercise", "within", "split", "partly", " plus ")


def _sentence(text: str) -> str:
    return text if text.rstrip().endswith((".", "!", "?")) else text.rstrip() + "."


class DealTools(DealBook):
    """The six tools: get_deal, find_deals, aggregate, rank, compare, market_stat."""

    # -- get_deal -----------------------------------------------------------------------
    def get_deal(self, args: GetDealArgs) -> ToolResult:
        if not (args.deal_id or args.licensor or args.licensee or args.asset or args.year):
            return self.result(
                "get_deal", args, message="Name the deal: a deal id, a licensor or licensee, an asset or a year."
            )
        found = [
            deal
            for deal in self.tables.deals
            if (not args.deal_id or deal.deal_id == args.deal_id.strip().lower())
            and party_matches(args.licensor, deal.licensors, self.aliases)
            and party_matches(args.licensee, deal.licensees, self.aliases)
            and (not args.asset or args.asset.strip().lower() in deal.asset.lower())
            and (args.year is None or deal.year == args.year)
        ]
        if not found:
            return self.result("get_deal", args, message="No deal in our table matches those terms.")
        if len(found) > 1:
            return self.result(
                "get_deal", args, message=self._which_one(args, found), candidates=[d.deal_id for d in found]
            )
        deal = found[0]
        # A question about one figure gets that figure; a terminated deal's status always comes along.
        focus = [args.metric] if args.metric in METRICS else [] if args.metric else list(METRICS)
        note, note_prov = self.equity_note(deal)
        lines = [
            ResultLine(
                text=self._term_sentence(deal, name, note),
                provenance=self.prov([deal], name) + (note_prov if name == "equity" else []),
            )
            for name in focus
        ]
        figures = [self.figure(deal, name) for name in focus]
        if args.metric == "upfront":
            lines += self._upfront_parts(deal, figures)
        licensors, licensees = names(deal.licensors), names(deal.licensees)
        if args.metric in (None, "royalties"):
            royalties = f"Royalties to {licensors}: {deal.royalties}." if deal.royalties else ""
            if args.metric and not royalties:
                royalties = f"Royalty terms for {licensors} were not reported in the sources we hold."
            if royalties:
                lines.append(ResultLine(text=royalties, provenance=self.note(deal, "royalties")))
        if args.metric is None and deal.territory:
            lines.append(
                ResultLine(
                    text=f"Territory licensed to {licensees}: {deal.territory}.",
                    provenance=self.note(deal, "territory"),
                )
            )
        if args.metric is None or deal.status == "terminated":
            status = f"Status: {deal.status}"
            if deal.status_date:
                status += f" {'on' if deal.status in ('terminated', 'closed') else 'as of'} {deal.status_date}"
            status += f" — {deal.status_note}." if deal.status_note else "."
            status_prov = self.note(deal, "status")
            for stat in self._retained(deal):
                figures.append(self.market.figure(stat))
                status_prov += self.market.provenance(stat)
            lines.append(ResultLine(text=status, provenance=status_prov))
        return self.result("get_deal", args, lines=lines, figures=figures, deal_ids=[deal.deal_id])

    def _upfront_parts(self, deal: Deal, figures: list[FigureOut]) -> list[ResultLine]:
        """What an upfront includes: an equity purchase, or near-term and other payments.

        Equity counts as part of the upfront when the deal's upfront or equity sentence
        says so (e.g. "a figure that includes an equity purchase", "the share portion of
        the upfront"); equity bought alongside is said to be separate.
        """
        upfront, equity = deal.upfront, deal.equity
        if upfront.amount is None:
            return []
        stated = money(upfront.amount, "exact")
        both = self.prov([deal], "upfront") + self.prov([deal], "equity")
        equity_text = f"{equity.quote} {deal.equity_note}".lower()
        included = any(word in upfront.quote.lower() for word in _EQUITY_WORDS) or "upfront" in equity_text
        if included and any(word in equity_text for word in _EQUITY_WORDS):
            if equity.amount is not None:
                part = money(equity.amount, equity.qualifier)
                rest = upfront.amount - equity.amount
                other = ""
                if equity.qualifier == "exact":
                    other = f" ({money(rest, 'exact')} without it, our arithmetic)"
                    figures.append(
                        FigureOut(
                            label=f"upfront less equity, {deal.label}",
                            value=rest,
                            qualifier=upfront.qualifier,
                            expression=f"deals[{deal.deal_id}].upfront - deals[{deal.deal_id}].equity",
                            provenance=both,
                        )
                    )
                text = f"The {stated} upfront includes {part} paid in equity{other}: {equity.quote}"
            else:
                text = f"Part of the {stated} upfront is paid in equity: {equity.quote}"
            return [ResultLine(text=_sentence(text), provenance=both)]
        lines = []
        if any(word in upfront.quote.lower() for word in _PART_WORDS):
            text = f"What the {stated} covers, in the source's words: {upfront.quote}"
            lines.append(ResultLine(text=_sentence(text), provenance=self.prov([deal], "upfront")))
        if equity.amount is not None:
            text = (
                f"Separately from the upfront, {names(deal.licensees)} made an equity investment of "
                f"{money(equity.amount, equity.qualifier)} in {names(deal.licensors)}."
            )
            lines.append(ResultLine(text=text, provenance=self.prov([deal], "equity")))
        return lines

    def _retained(self, deal: Deal) -> list[MarketStat]:
        """Reported money a licensor kept after a termination (a market_stats row)."""
        if deal.status != "terminated":
            return []
        return [
            stat
            for stat in self.tables.market_stats
            if stat.metric == "retained_after_termination"
            and stat.subject in deal.licensors
            and any(name.split()[0] in stat.scope for name in deal.licensees)
        ]

    @staticmethod
    def _term_sentence(deal: Deal, name: Metric, equity_note: str) -> str:
        figure = deal.figure(name)
        licensors, licensees = names(deal.licensors), names(deal.licensees)
        stated = money(figure.amount, figure.qualifier)
        note = f" ({equity_note})" if equity_note else ""
        if figure.amount is None:
            return {
                "upfront": f"The upfront payment from {licensees} to {licensors} was not disclosed.",
                "milestones": f"Milestone payments to {licensors} were not disclosed.",
                "total": f"A total value for the {licensors}–{licensees} deal was not disclosed.",
                "equity": f"Any equity investment by {licensees} in {licensors} was not disclosed{note}.",
            }[name]
        if name == "upfront" and figure.qualifier == "incl_near_term":
            return f"{licensees} agreed to pay {licensors} {money(figure.amount, 'exact')} in upfront and near-term payments."
        if name == "upfront":
            return f"{licensees} agreed to pay {licensors} {stated} upfront."
        if name == "milestones":
            verb = "are" if len(deal.licensors) > 1 else "is"
            return f"{licensors} {verb} eligible for {stated} in milestone payments from {licensees}."
        if name == "total":
            basis = " (our own sum of the stated parts)" if deal.total_basis == "calc" else ""
            return f"The {licensors}–{licensees} deal's total value is {stated}{basis}."
        return f"{licensees} made an equity investment of {stated} in {licensors}{note}."

    def _which_one(self, args: GetDealArgs, found: list[Deal]) -> str:
        """E.g. "Merck & Co. licensed from Hengrui in 2025; Hansoh, LaNova and Curon in 2024 — which one?".

        Dates and assets are written as the articles write them ("May 2022", "seven
        preclinical ADCs"), so each number in the question back is in a cited opening.
        """
        if args.licensee and not args.licensor:
            lead, verb, other = canonical(args.licensee, self.aliases), "licensed from", "licensors"
        elif args.licensor and not args.licensee:
            lead, verb, other = canonical(args.licensor, self.aliases), "licensed to", "licensees"
        else:
            listed = "; ".join(
                f"{names(deal.licensors)} → {names(deal.licensees)}, {month_words(deal.announced[:7])} "
                f"({short_asset(deal)})"
                for deal in found
            )
            return f"Several deals in our table match: {listed} — which one?"
        parts = []
        for year in sorted({deal.year for deal in found}, reverse=True):
            in_year = sorted((d for d in found if d.year == year), key=lambda d: d.announced)
            by_party: dict[str, list[str]] = {}
            for deal in in_year:
                by_party.setdefault(names(getattr(deal, other)), []).append(short_asset(deal))
            parties = [  # a party with two deals that year is named once, with both assets
                party if len(assets) == 1 else f"{party} for {' and for '.join(assets)}"
                for party, assets in reversed(by_party.items())
            ]
            parts.append(f"{names(parties)} in {year}")
        return f"{lead} {verb} {'; '.join(parts)} — which one?"

    # -- find_deals ---------------------------------------------------------------------
    def find_deals(self, args: FindDealsArgs) -> ToolResult:
        deals = self.select(args.filter)
        where = self.where(args.filter)
        if not deals:
            return self.result("find_deals", args, message=f"Our table holds no deal {where}.")
        shown = deals[: args.limit]
        more = f"; the first {len(shown)} are listed" if len(deals) > len(shown) else ""
        lines = [ResultLine(text=f"Our table holds {count_deals(len(deals))} {where}{more}.")]
        figures: list[FigureOut] = []
        for deal in shown:
            kind = ", ".join(part for part in (deal.modality, deal.therapeutic_area) if part)
            lines.append(
                ResultLine(
                    text=(
                        f"{deal.label}: {deal.asset}{f' ({kind})' if kind else ''}; upfront "
                        f"{money(deal.upfront.amount, deal.upfront.qualifier)}; total {money(deal.total.amount, deal.total.qualifier)}."
                    ),
                    provenance=self.prov([deal], "upfront") + self.prov([deal], "total"),
                )
            )
            figures += [self.figure(deal, "upfront"), self.figure(deal, "total")]
        return self.result("find_deals", args, lines=lines, figures=figures, deal_ids=[d.deal_id for d in deals])

    # -- aggregate, rank, compare -------------------------------------------------------
    def aggregate(self, args: AggregateArgs) -> ToolResult:
        return aggregates.aggregate(self, args)

    def rank(self, args: RankArgs) -> ToolResult:
        return aggregates.rank(self, args)

    def compare(self, args: CompareArgs) -> ToolResult:
        return comparison.compare(self, args)

    # -- market_stat, dispatch, LangChain ---------------------------------------------------
    def market_stat(self, args: MarketStatArgs) -> ToolResult:
        return self.market.answer(args)

    def run(self, call: ToolCall) -> ToolResult:
        """Validate ``call.args`` against the tool's argument model and run the tool."""
        model = ARG_MODELS.get(call.tool)
        if model is None:
            raise AssistantError("unknown_tool", f"no tool named {call.tool!r}; tools: {', '.join(ARG_MODELS)}")
        try:
            args = model.model_validate(call.args)
        except ValidationError as exc:
            raise AssistantError(
                "tool_args", f"bad arguments for {call.tool}: {exc.errors()[0]['msg']}", call.tool
            ) from exc
        method: Callable[[Any], ToolResult] = getattr(self, call.tool)
        return method(args)

    def as_langchain_tools(self) -> list[StructuredTool]:
        """The tools for a tool-calling model; each returns the ToolResult as a JSON-ready dict."""
        return [self._langchain_tool(name, description) for name, description in TOOL_DESCRIPTIONS.items()]

    def _langchain_tool(self, name: str, description: str) -> StructuredTool:
        model = ARG_MODELS[name]
        method: Callable[[Any], ToolResult] = getattr(self, name)

        def call(**kwargs: Any) -> dict[str, Any]:
            return method(model.model_validate(kwargs)).model_dump(mode="json")

        return StructuredTool.from_function(
            func=call,
            name=name,
            description=description,
            args_schema=model,
            handle_validation_error=lambda error: f"Invalid arguments for {name}: {error}",
        )


TOOL_DESCRIPTIONS = {
    "get_deal": (
        "Terms of ONE licensing deal from the deal table: upfront, milestones, total value, equity, royalties, "
        "territory and status (e.g. terminated, with what was kept). Give deal_id, or licensor and/or licensee "
        "(canonical company names), optionally an asset name and the announcement year; set metric (upfront, "
        "milestones, total, equity or royalties) to get just that term. If several deals match, "
        "no figures come back: `candidates` lists their deal ids and `message` asks which one; call again with a deal_id."
    ),
    "find_deals": (
        "List the deals in our table that match a filter (licensor, licensee, company on either side, asset, year, "
        "quarter, month, half, date range, modality, therapeutic area, status, total bounds), with upfront and total "
        "for each. Use it to see which deals exist before summing or comparing."
    ),
    "aggregate": (
        "Sum, count, average, min or max of a deal metric (upfront, milestones, total, equity) over the deals IN OUR "
        "TABLE that match a filter, optionally grouped by licensor, licensee, year, modality or therapeutic area. "
        "Reports how many deals had the figure undisclosed. This is never a market total: for the whole market "
        "(e.g. 'total value of Chinese out-licensing deals in 2025') use market_stat."
    ),
    "rank": (
        "Top N licensors, licensees, modalities or therapeutic areas by the summed metric (or by number of deals with "
        "metric='count'), or top N single deals by a money metric, among the deals in our table matching a filter."
    ),
    "compare": (
        "Compare two sets of deals in our table (each a filter, e.g. a company's 2024 deals vs its 2025 deals, or two "
        "single deals), each summed over a money metric: gives both sums, the gap (larger minus smaller), the ratio "
        "(larger over smaller, 'how many times') and the percent difference of the first side against the second."
    ),
    "market_stat": (
        "Market statistics as trackers reported them (PharmCube NextPharma, CPHIIC, IQVIA, ...): total_value, "
        "deal_count, top10_share, company_total_value and others, by period ('2025', '2025-H1') and reporter. "
        "Derived figures from ONE reporter: derive='growth' (percent, period vs compare_period), 'difference' "
        "(absolute change), 'ratio' (how many times), 'average_deal_size' "
        "(total_value / deal_count), 'share' (a company's total_value share, subject = company), 'top10_amount'. "
        "Use this for questions about the whole market, not aggregate."
    ),
}
