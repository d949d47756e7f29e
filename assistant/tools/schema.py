"""The tools' contract: typed tool arguments, figures and results.

Each ``ToolCall`` names a tool and arguments that validate against that tool's argument
model below; each tool returns a ``ToolResult`` whose lines the composer cites through
their provenance.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.answer import Unit
from assistant.corpus.provenance import Provenance
from assistant.money import Qualifier

Metric = Literal["upfront", "milestones", "total", "equity"]
Scope = Literal["main", "context", "borderline"]


class DealFilter(BaseModel):
    """Which deals a question is about. Every field is optional; all given ones must hold."""

    licensor: str | None = Field(default=None, description="Canonical licensor name from companies.csv.")
    licensee: str | None = Field(default=None, description="Canonical licensee name from companies.csv.")
    company: str | None = Field(default=None, description="Canonical name on either side of the deal.")
    asset: str | None = Field(
        default=None,
        description="Asset code, name or target, matched case-insensitively inside the asset field (or its modality); "
        "'A|B' matches either.",
    )
    year: int | None = Field(default=None, description="Announcement year.")
    quarter: int | None = Field(default=None, ge=1, le=4, description="Announcement quarter (with year).")
    month: int | None = Field(default=None, ge=1, le=12, description="Announcement month (with year).")
    half: int | None = Field(default=None, ge=1, le=2, description="Announcement half-year (with year).")
    date_from: str | None = Field(default=None, description="Earliest announcement date, ISO YYYY-MM-DD.")
    date_to: str | None = Field(default=None, description="Latest announcement date, ISO YYYY-MM-DD.")
    modality: str | None = Field(default=None, description="Modality, matched case-insensitively (e.g. 'ADC').")
    therapeutic_area: str | None = Field(default=None, description="Therapeutic area (e.g. 'Oncology').")
    status: Literal["announced", "closed", "terminated", "active"] | None = None
    territory: str | None = Field(
        default=None,
        description="Text matched case-insensitively inside the territory field, e.g. 'asset acquisition'.",
    )
    min_total_usd: Decimal | None = Field(default=None, description="Smallest total deal value in US dollars.")
    max_total_usd: Decimal | None = Field(default=None, description="Largest total deal value in US dollars.")
    min_upfront_usd: Decimal | None = Field(default=None, description="Smallest upfront payment in US dollars.")
    max_upfront_usd: Decimal | None = Field(default=None, description="Largest upfront payment in US dollars.")
    min_milestones_usd: Decimal | None = Field(default=None, description="Smallest milestone sum in US dollars.")
    max_milestones_usd: Decimal | None = Field(default=None, description="Largest milestone sum in US dollars.")
    min_equity_usd: Decimal | None = Field(default=None, description="Smallest equity investment in US dollars.")
    max_equity_usd: Decimal | None = Field(default=None, description="Largest equity investment in US dollars.")
    licensee_countries: list[str] = Field(
        default_factory=list,
        description='Countries of the licensee, from companies.csv (any of them), e.g. ["Japan"].',
    )
    undisclosed: list[Metric] = Field(
        default_factory=list, description='Figures the deal did not disclose, e.g. ["upfront"].'
    )
    disclosed: list[Metric] = Field(
        default_factory=list,
        description='Figures the deal disclosed, e.g. ["equity"]: the deals with an equity investment.',
    )
    near_term_upfront: bool | None = Field(
        default=None,
        description="Only deals whose upfront figure bundles near-term (or option) payments (qualifier incl_near_term).",
    )
    exclude_companies: list[str] = Field(
        default_factory=list,
        description='Companies whose deals are left out: "Merck\'s 2024 upfronts, excluding the LaNova deal".',
    )
    min_milestones_multiple: Decimal | None = Field(
        default=None,
        description="Milestones more than this multiple of the upfront (both disclosed): '20x the upfront'.",
    )
    max_milestones_multiple: Decimal | None = Field(
        default=None,
        description="Milestones less than this multiple of the upfront (both disclosed): 'below ten times the upfront'.",
    )
    min_upfront_share: Decimal | None = Field(
        default=None,
        description="Upfront at least this fraction of the total (both disclosed): 'upfront at least 20% of the total' = 0.2.",
    )
    max_upfront_share: Decimal | None = Field(
        default=None,
        description="Upfront at most this fraction of the total (both disclosed): 'upfront below 3% of the headline' = 0.03.",
    )
    exclude_modalities: list[str] = Field(
        default_factory=list,
        description='Modalities whose deals are left out: "ADC deals, leaving out bispecific ADCs".',
    )
    exclude_areas: list[str] = Field(
        default_factory=list, description='Therapeutic areas whose deals are left out: "non-oncology deals".'
    )
    exclude_statuses: list[Literal["announced", "closed", "terminated", "active"]] | None = Field(
        default=None, description='Deal statuses left out: "live deals only (ex terminated)" = ["terminated"].'
    )
    exclude_years: list[int] = Field(
        default_factory=list, description='Years whose deals are left out: "Merck\'s deals, excluding 2022".'
    )
    exclusive: list[str] = Field(
        default_factory=list,
        description='Bounds above that exclude their amount ("over $1 billion"), e.g. ["min_total_usd"].',
    )
    deal_ids: list[str] = Field(
        default_factory=list,
        description='Only these deals (deal ids from deals.csv): "sum both of them" after two turns naming one deal each.',
    )
    exclude_deal_ids: list[str] = Field(
        default_factory=list, description='Deals left out by id: "and excluding the biggest?" after a sum.'
    )
    scopes: list[Scope] = Field(
        default_factory=lambda: list[Scope](["main", "context"]),
        description="Table sections: main (2024 on), context (pre-2024), borderline (licensor arguably not Chinese).",
    )


class GetDealArgs(BaseModel):
    """One deal's terms."""

    deal_id: str | None = None
    licensor: str | None = None
    licensee: str | None = None
    asset: str | None = None
    year: int | None = None
    metric: Metric | Literal["royalties", "territory", "status"] | None = Field(
        default=None, description="The figure (or term) the question asks about; None asks for all the terms."
    )
    plus: Metric | None = Field(
        default=None, description="A second figure of the deal added to ``metric``: 'the upfront plus the equity'."
    )
    ask_which: bool | None = Field(
        default=None,
        description="Ask which deal is meant when several match; by default the deals of one licensor-licensee pair "
        "are each given the metric asked ('what did Novartis pay Argo upfront?': both Argo-Novartis deals).",
    )
    place: str | None = Field(
        default=None, description="With metric territory: say whether this place is in the deal's territory."
    )
    year_premise: bool | None = Field(
        default=None,
        description="The year is a premise about the named pair's deal ('given the X-Y deal closed in 2025'), not "
        "which deal: when the pair has no deal of that year, the year is corrected and the pair's deal given.",
    )


class FindDealsArgs(BaseModel):
    filter: DealFilter = Field(default_factory=DealFilter)
    limit: int = Field(default=50, ge=1, le=200)
    companies: Literal["licensor", "licensee"] | None = Field(
        default=None,
        description="Also name the different licensors (or licensees) of the deals listed, with their number: "
        "'which Chinese companies did Merck license from?' asks for companies, not deals.",
    )
    measures: list[Metric] | None = Field(
        default=None,
        description="Figures asked of the listed deals besides the upfront and total ('who licensed the oral Lp(a) "
        "drug to Merck in 2025, and how much could they get in milestones?': each row's milestones too).",
    )


class AggregateArgs(BaseModel):
    metric: Metric = "total"
    operation: Literal["sum", "count", "average", "median", "min", "max"] = "sum"
    filter: DealFilter = Field(default_factory=DealFilter)
    group_by: Literal["licensor", "licensee", "licensee_country", "year", "modality", "therapeutic_area"] | None = None
    distinct: Literal["licensor", "licensee"] | None = Field(
        default=None,
        description="With operation count: count the different licensors (or licensees) of the deals, not the deals.",
    )
    min_deals: int | None = Field(
        default=None, ge=1, description="With distinct: only the companies with at least this many of the deals."
    )
    more_than: str | None = Field(
        default=None,
        description="With distinct: only the companies with more of the deals than this one ('how many licensors "
        "did more deals than Hengrui').",
    )


class RankArgs(BaseModel):
    dimension: Literal[
        "licensor",
        "licensee",
        "licensee_country",
        "modality",
        "therapeutic_area",
        "deal",
        "year",
        "quarter",
        "month",
    ] = Field(
        default="deal",
        description="What is ranked: deals, companies, the licensees' countries ('which buyer country spent the "
        "most'), modalities, areas, or periods ('the busiest quarter').",
    )
    metric: (
        Metric | Literal["count", "announced", "partners", "milestone_multiple", "upfront_share", "total_multiple"]
    ) = Field(
        default="total",
        description="announced: single deals by announcement date, newest first ('the latest deal'); partners: "
        "companies by their number of different counterparties ('the buyer with the most Chinese partners'); "
        "milestone_multiple, upfront_share, total_multiple: single deals by milestones ÷ upfront ('the most "
        "back-loaded deal'), upfront ÷ total, or total ÷ upfront ('the highest TV/UF multiple').",
    )
    filter: DealFilter = Field(default_factory=DealFilter)
    n: int = Field(default=5, ge=1, le=50)
    position: int | None = Field(
        default=None, ge=1, le=50, description="Only this 1-based place of the ranking: 'the second largest deal'."
    )
    ascending: bool = Field(default=False, description="Smallest first: 'from the smallest upfront to the largest'.")
    share_of_total: bool = Field(
        default=False,
        description="Also the ranked deals' sum as a percent of every matching deal's: 'the top 3 deals' share of 2025'.",
    )
    average: bool | None = Field(
        default=None, description="Groups ranked by their average deal, not their sum: 'the highest average upfront'."
    )
    min_deals: int | None = Field(
        default=None,
        ge=1,
        description="Only the groups with at least this many of the deals: 'among buyers with 3+ deals, the highest "
        "average upfront'.",
    )
    gap: bool | None = Field(
        default=None,
        description="Single deals only: also the gap between the first two places ('how far behind #1 was the second').",
    )
    after: str | None = Field(
        default=None,
        description="A company ranked: the ranking from its leader down to the place after this company "
        "('behind Pfizer, which licensee paid the most upfront').",
    )
    through: DealFilter | None = Field(
        default=None,
        description="A deal ranked (its parties, its year): a ranking of deals from the leader down to that deal's "
        "place ('where does Innovent's Lilly deal rank among 2026 deals?').",
    )


class CompareArgs(BaseModel):
    """Two sides (a deal, a company's deals, a period), each summed over ``metric`` (or counted: "count")."""

    metric: Metric | Literal["count"] = "total"
    left: DealFilter
    right: DealFilter
    right_metric: Metric | None = Field(
        default=None, description="The right side's measure when it differs: one deal's milestones against its upfront."
    )
    operation: Literal["sum", "average", "median"] = Field(
        default="sum", description="Each side's sum, or its average or median deal: 'the change in average deal size'."
    )
    share_first: bool | None = Field(
        default=None,
        description="One deal's two measures asked as a share ('what % of the headline is upfront'): the share first.",
    )


class MarketStatArgs(BaseModel):
    """Reported market statistics, and figures derived from them."""

    metric: str = Field(
        default="total_value", description="e.g. total_value, deal_count, top10_share, company_total_value."
    )
    period: str | None = Field(default=None, description="e.g. '2025', '2025-H1'.")
    subject: str | None = Field(default=None, description="Canonical company name for company figures.")
    reporter: str | None = Field(
        default=None,
        description="Substring of the reporter, e.g. 'PharmCube'; 'PharmCube/Caixin': a reporter naming both.",
    )
    derive: (
        Literal[
            "growth",
            "cagr",
            "difference",
            "change",
            "bigger",
            "ratio",
            "average_deal_size",
            "share",
            "top10_amount",
            "deal_share",
            "upfront_share",
            "upfront_to_milestones",
            "milestones_multiple",
            "not_added",
            "table_against",
            "company_ranking",
        ]
        | None
    ) = Field(
        default=None,
        description=(
            "growth: percent change from compare_period; cagr: the compound annual growth rate from compare_period (whole years); difference: absolute change; change: both; bigger: both and the multiple; ratio: how many times; "
            "deal_share: the subject's deals in our table (upfront_total, milestones_total or total_value) as a "
            "percent of the tracker's total for the period; upfront_share: the tracker's upfront total as a percent "
            "of its upfront plus milestone totals; upfront_to_milestones: its upfront total as a percent of its "
            "milestone total alone; milestones_multiple: its milestone total as a multiple of its upfront total; not_added: two figures asked to be summed (reporter's and "
            "compare_reporter's, or one tracker's two series), each given and not summed; table_against: the tracker's figure and the same measure over our "
            "table's rows of the period, with the gap and percent; company_ranking: the tracker's company figures "
            "(company_total_value) of the period ranked, with the gaps between places."
        ),
    )
    compare_period: str | None = Field(default=None, description="The earlier period for growth.")
    compare_reporter: str | None = Field(
        default=None, description="A second tracker: the gap between its figure and reporter's for the same period."
    )
    order: Literal["largest", "smallest"] | None = Field(
        default=None, description="Lead with the tracker whose figure is the largest (or smallest) for the period."
    )
    licensee: str | None = Field(
        default=None,
        description="With deal_share: only the subject's deals with this licensee ('the Hengrui-GSK deal as % of ...').",
    )


class FigureOut(BaseModel):
    """A figure a tool read or computed, with the rows' passages behind it."""

    label: str
    value: Decimal | None
    unit: Unit = "USD"
    qualifier: Qualifier = "exact"
    expression: str
    provenance: list[Provenance] = Field(default_factory=list)


class ResultLine(BaseModel):
    """A sentence of the answer, already worded, and the passages that back it."""

    text: str
    provenance: list[Provenance] = Field(default_factory=list)


class ToolResult(BaseModel):
    """What a tool returns. ``message`` explains an expected failure (no match, ambiguity)."""

    tool: str
    args: dict[str, Any] = Field(default_factory=dict)
    lines: list[ResultLine] = Field(default_factory=list)
    figures: list[FigureOut] = Field(default_factory=list)
    deal_ids: list[str] = Field(default_factory=list)
    message: str | None = None
    candidates: list[str] = Field(default_factory=list)
    rows: list[str] = Field(
        default_factory=list,
        description="A ranking's rows in order (deal ids, or the licensors, licensees, modalities ranked), "
        "or a list's deal ids as listed, so that 'the second one' can point at one.",
    )


class ToolCall(BaseModel):
    tool: str
    args: dict[str, Any] = Field(default_factory=dict)
