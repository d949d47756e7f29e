"""Tool-call arguments from slots: deal filters, compare sides, market statistics.

Companies go into ``licensor`` / ``licensee`` by their role in companies.csv; a
period finer than a year can pin one deal's id; market questions name the period
as market_stats.csv writes it.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.corpus.tables import Deal, Tables
from assistant.routing.entities import EntityIndex, described_deal
from assistant.routing.intents import Side, Slots
from assistant.routing.market_args import market_args, market_calls
from assistant.routing.measures_compared import per_measure
from assistant.routing.ordinals import dated_deal
from assistant.routing.periods import Period, compared_periods
from assistant.routing.wording import IN_LICENSING_RE
from assistant.tools.registry import ARG_MODELS
from assistant.tools.schema import ToolCall

DEFAULT_SCOPES = ["main", "context"]
_LISTS = ("undisclosed", "disclosed", "exclude_companies", "licensee_countries", "deal_ids", "exclude_deal_ids")
_DEFAULTS: dict[str, list[str]] = {"scopes": DEFAULT_SCOPES, "exclude_years": [], **{key: [] for key in _LISTS}}
FILTER_SLOTS = (
    "asset",
    "modality",
    "therapeutic_area",
    "status",
    "undisclosed",
    "disclosed",
    "licensee_countries",
    "near_term_upfront",
)
EACH_WORDS = frozenset(["each", "both", "every", "all"])


class ToolArgs:
    """Builds validated tool calls for a decided kind of question."""

    def __init__(self, tables: Tables, entities: EntityIndex, corpus_end: str) -> None:
        self.entities = entities
        self.corpus_end = corpus_end
        self.deals = tables.deals
        self.tables = tables
        self.borderline = {
            name for deal in tables.deals if deal.scope == "borderline" for name in [*deal.licensors, *deal.licensees]
        }

    def tool_calls(self, kind: str, s: Slots) -> list[ToolCall]:
        calls: list[ToolCall]
        if kind == "get_deal":
            year = s.periods[0].year if s.periods and not s.periods[0].bound else None
            args: dict[str, Any] = {**self.parties(s.companies), "year": year}
            args["asset"] = s.asset
            args["metric"] = s.metric if len(set(s.metrics) - {"total"}) < 2 and not (s.claim or s.with_total) else None
            args["deal_id"] = s.deal_id or self.pinned_deal(s)
            calls = [ToolCall(tool="get_deal", args=args)]
            each = self._each_deal(s) if not args["deal_id"] else []
            if len(each) > 1:  # "the upfront of each of Argo's Novartis deals": one lookup per deal
                calls = [ToolCall(tool="get_deal", args={**args, "deal_id": deal_id, "year": None}) for deal_id in each]
        elif kind == "market_stat":
            calls = market_calls(s, self.corpus_end)
        elif kind == "compare":
            calls = self._compare_calls(s)
        else:
            calls = [
                ToolCall(tool=kind, args=self._group_args(kind, s, group))
                for group in self._company_groups(s.companies)
            ]
        for call in calls:
            call.args = ARG_MODELS[call.tool].model_validate(call.args).model_dump(mode="json", exclude_none=True)
            for side in ("filter", "left", "right"):
                part = call.args.get(side)
                for key, default in _DEFAULTS.items():
                    if isinstance(part, dict) and part.get(key) == default:
                        del part[key]
            if call.args.get("ascending") is False:
                del call.args["ascending"]
        return calls

    def pinned_deal(self, s: Slots) -> str | None:
        """The deal id when a period finer than a year, a modality / area ("the CSPC–AstraZeneca obesity deal"), a
        target beside one company or a word of one deal's asset ("Kelun's seven-ADC pact") singles out one deal."""
        if not (s.companies or s.asset):
            return None
        period = s.periods[0] if s.periods and not s.periods[0].whole_year and not s.periods[0].bound else None
        one = (s.target or "").lower() if len(s.companies) == 1 else ""  # a pair's asset words are read below
        matches = [
            deal
            for deal in (self.tables.deals_with(s.companies[0]) if s.companies else self.deals)
            if set(s.companies) <= {*deal.licensors, *deal.licensees}
            and (not s.asset_deal or deal.deal_id == s.asset_deal)
            and (
                not period
                or (
                    len(deal.announced) >= 7
                    and period.date_from[: len(deal.announced)] <= deal.announced <= period.date_to
                )
            )
            and (not s.modality or s.modality.lower() in deal.modality.lower())
            and (not s.therapeutic_area or s.therapeutic_area.lower() in deal.therapeutic_area.lower())
            and (not one or one in deal.asset.lower())  # "the DLL3 ADC Roche licensed"
        ]
        if len(matches) == 1 and (period or s.modality or s.therapeutic_area or one):
            return matches[0].deal_id
        # An asset's own word picks one of a pair's deals; a plural ("both deals") asks about all.
        year = s.periods[0].year if s.periods and s.periods[0].whole_year and not s.periods[0].bound else None
        matches = [deal for deal in matches if year is None or deal.year == year]
        if len(matches) > 1 and len(s.companies) >= 2 and not s.plural and not {"deals", "both"} & set(s.words):
            return dated_deal(matches, set(s.words)) or described_deal(matches, set(s.words))
        return None

    def _each_deal(self, s: Slots) -> list[str]:
        """The deals of the named parties when the question asks about each or both of them, or names two years
        ("舶望跟諾華 2024 和 2025 兩次合作, 頭期款各多少": each year's deal of the pair)."""
        years = {p.year for p in s.periods if p.whole_year and not p.bound}
        if not s.companies or not (s.plural or EACH_WORDS & set(s.words) or len(years) >= 2):
            return []
        if len(years) < 2:  # one period: its year when it is a whole year, else any year
            first = s.periods[0] if s.periods else None
            years = {first.year} if first and first.whole_year and not first.bound else set()
        return [
            deal.deal_id
            for deal in sorted(self.deals, key=lambda d: d.announced)
            if set(s.companies) <= {*deal.licensors, *deal.licensees} and (not years or deal.year in years)
        ]

    def _group_args(self, kind: str, s: Slots, companies: list[str]) -> dict[str, Any]:
        deal_filter = self._filter(s, companies, s.periods)
        metric = s.metric if s.metric in ("upfront", "milestones", "total", "equity") else "total"
        if kind == "find_deals":
            return {"filter": deal_filter}
        if kind == "rank":
            rank_metric = "count" if s.rank_by_count and not s.metrics else metric
            singular_n = 1 if s.singular else 5
            ranking: dict[str, Any] = {
                "dimension": s.dimension or "deal",
                "metric": "announced" if s.by_date else rank_metric,
                "filter": deal_filter,
                # RankArgs allows 50 rows: "the 100 biggest deals" asks for all there are, not an error
                "n": min(s.n or singular_n, 50),
            }
            if s.sort:  # "largest to smallest": every row, in the order asked
                ranking |= {"n": min(s.n or 50, 50), "ascending": s.sort == "ascending"}
            if s.position:  # "the second largest deal": the ranking down to that place, that place shown
                ranking |= {"n": s.position, "position": s.position}
            return ranking
        operation = (
            "count"
            if s.count and s.op not in ("average", "median", "min")
            else {"average": "average", "median": "median", "min": "min"}.get(s.op or "", "sum")
        )
        args: dict[str, Any] = {"metric": metric, "operation": operation, "filter": deal_filter}
        if operation == "count" and s.distinct and not s.group_by:
            args["distinct"] = self._distinct_side(s, deal_filter)
        if s.group_by:
            args["group_by"] = s.group_by
        return args

    def _distinct_side(self, s: Slots, deal_filter: dict[str, Any]) -> str:
        """Which side's companies "how many companies" counts: the named company's counterparties."""
        if s.distinct in ("licensor", "licensee"):
            return s.distinct
        if deal_filter.get("licensee") and not deal_filter.get("licensor"):
            return "licensor"
        if deal_filter.get("licensor") and not deal_filter.get("licensee"):
            return "licensee"
        named = deal_filter.get("company")
        if named:
            return "licensee" if self.entities.role(named) == "licensor" else "licensor"
        return "licensee" if IN_LICENSING_RE.search(" ".join(s.words)) else "licensor"

    def _company_groups(self, companies: list[str]) -> list[list[str]]:
        """One call per company when several share a role (a filter holds one licensor and one licensee)."""
        roles = [self.entities.role(name) for name in companies]
        if len(companies) <= 1 or len(set(roles)) == len(roles):
            return [companies]
        return [[name] for name in companies]

    def parties(self, companies: list[str]) -> dict[str, str | None]:
        parties: dict[str, str | None] = {"licensor": None, "licensee": None}
        for name in companies:
            role = self.entities.role(name)
            slot = (
                role
                if role in parties and parties[role] is None
                else next((k for k, v in parties.items() if v is None), None)
            )
            if slot:
                parties[slot] = name
        return parties

    def _filter(self, s: Slots, companies: list[str], periods: list[Period]) -> dict[str, Any]:
        deal_filter: dict[str, Any] = {}
        if len(companies) == 1 and self.entities.role(companies[0]) == "both":
            deal_filter["company"] = companies[0]
        elif companies:
            deal_filter.update({k: v for k, v in self.parties(companies).items() if v})
        if periods and len({repr(p.filter_fields()) for p in periods}) == 1:  # "2025's top 3 = % of 2025": one year
            deal_filter.update(periods[0].filter_fields())
        elif periods:
            starts, ends = [p.range_from for p in periods], [p.range_to for p in periods]
            if all(starts):
                deal_filter["date_from"] = min(d for d in starts if d)
            if all(ends):
                deal_filter["date_to"] = max(d for d in ends if d)
        for name in FILTER_SLOTS:
            if getattr(s, name):
                deal_filter[name] = getattr(s, name)
        if s.target and not s.asset:
            deal_filter["asset"] = s.target
        if s.min_total:
            deal_filter["min_total_usd"] = s.min_total
        if s.max_total:
            deal_filter["max_total_usd"] = s.max_total
        deal_filter.update(s.bounds)
        if s.excluded:
            deal_filter["exclude_companies"] = list(s.excluded)
        if s.exclusive:
            deal_filter["exclusive"] = list(s.exclusive)
        if set(companies) & self.borderline:
            deal_filter["scopes"] = ["main", "context", "borderline"]
        return deal_filter

    def _compare_calls(self, s: Slots) -> list[ToolCall]:
        metric = s.metric if s.metric in ("upfront", "milestones", "total", "equity") else "total"
        companies = s.companies
        one_pair = {self.entities.role(n) for n in companies} == {"licensor", "licensee"} and len(companies) == 2
        two_measures = len(s.measures) >= 2 and not s.sides and len(s.periods) <= 1
        if two_measures and (len(companies) <= 1 or one_pair):
            one = self._filter(s, companies, s.periods)  # "3SBio–Pfizer upfront vs milestones": a side each
            if pinned := s.deal_id or (self.pinned_deal(s) if one_pair else None):
                one["deal_ids"] = [pinned]  # "what share of that is upfront?" after the largest deal: that deal alone
            if s.excluding and not self._upfront_holds_equity(s):
                return [self._terms_instead(s)]  # equity paid beside the upfront: nothing to strip out of it
            args = {"metric": s.measures[0], "right_metric": s.measures[1], "left": one, "right": dict(one)}
            return [ToolCall(tool="compare", args=args)]
        sides = s.sides or self._sides(s)
        pair_deals = self._pair_deals(s) if not sides else []
        if one_pair and not sides and len(pair_deals) != 2 and len(s.periods) < 2 and not s.count:
            # "Compare the CSPC–AstraZeneca 2025 deal": one deal with nothing to set against it, not two parties'
            return [self._terms_instead(s)]
        if len(pair_deals) == 2:
            # "the gap between the upfronts of Merck's two Kelun deals": one side per deal of the pair
            left, right = (
                {**self._filter(s, companies, []), "date_from": d.announced, "date_to": d.announced} for d in pair_deals
            )
        elif sides:
            left, right = (self._side_filter(s, side) for side in sides)
        elif len(companies) >= 2:
            left_names, right_names = self._split_sides(s)
            periods = s.periods[:1] if len(s.periods) == 1 else []
            # A lone year said of one pair's deal ("CSPC's 2026 AstraZeneca deal and Hengrui's GSK") binds only it
            left, right = (
                self._filter(s, names, periods if self.has_deal(Side(companies=names, periods=periods)) else [])
                if len(names) >= 2
                else self._filter(s, names, periods)
                for names in (left_names, right_names)
            )
            if len(s.periods) == 2:
                left.update(s.periods[0].filter_fields())
                right.update(s.periods[1].filter_fields())
        else:
            periods = compared_periods(s.periods)  # "2024 vs 2023 … more in 2024?": 2024 said twice is one side
            if s.op == "growth":
                # Growth is the later period measured against the earlier: the later one is the first side.
                periods = sorted(periods, key=lambda p: p.date_from, reverse=True)
            left, right = self._filter(s, companies, periods[:1]), self._filter(s, companies, periods[-1:])
        if left == right and not s.count and not s.per_deal:
            return [self._terms_instead(s)]  # nothing tells the sides apart: never a deal against itself
        if s.count or s.per_deal:
            operation, measure = (s.per_deal, metric) if s.per_deal and not s.count else ("count", "total")
            counts = [
                ToolCall(tool="aggregate", args={"metric": measure, "operation": operation, "filter": side})
                for side in (left, right)
            ]
            gap = [ToolCall(tool="compare", args={"metric": "count", "left": left, "right": right})] if s.count else []
            # "how many more deals in 2025 than in 2024": the gap too; a count's growth leads with its change
            return [*gap, *counts] if s.op == "growth" else [*counts, *gap] if s.derive else counts
        return per_measure(metric, s.measures, left, right, s.with_total)  # "upfront and ms", "UF and total": each

    def _upfront_holds_equity(self, s: Slots) -> bool:
        """Whether the deal's upfront, as its article states it, includes the equity (shares, warrants) that
        "net of the equity" would take out of it; an upfront paid beside an equity investment does not."""
        if set(s.measures[:2]) != {"upfront", "equity"}:
            return True
        deal_id = s.deal_id or self.pinned_deal(s)
        deals = [d for d in self.deals if d.deal_id == deal_id] or [
            d for d in self.deals if s.companies and set(s.companies) <= {*d.licensors, *d.licensees}
        ]
        return len(deals) == 1 and bool(re.search(r"equity|shares|warrants|stock", deals[0].upfront.quote, re.I))

    def _terms_instead(self, s: Slots) -> ToolCall:
        """One deal's terms, for a comparison whose two sides would be the same deal."""
        year = s.periods[0].year if len(s.periods) == 1 and not s.periods[0].bound else None
        terms: dict[str, Any] = {**self.parties(s.companies), "year": year, "asset": s.asset}
        terms["deal_id"] = s.deal_id or self.pinned_deal(s)
        return ToolCall(tool="get_deal", args=terms)

    def _pair_deals(self, s: Slots) -> list[Deal]:
        """The deals of one licensor–licensee pair, when the question compares the pair with itself."""
        if len(s.companies) != 2 or s.split_at is not None or len(s.periods) > 1 or s.asset:
            return []
        if {self.entities.role(n) for n in s.companies} != {"licensor", "licensee"}:
            return []
        year = s.periods[0].year if s.periods else None
        return [
            deal
            for deal in sorted(self.deals, key=lambda d: d.announced)
            if set(s.companies) <= {*deal.licensors, *deal.licensees} and (year is None or deal.year == year)
        ]

    def _sides(self, s: Slots) -> list[Side] | None:
        """Each side's companies, asset and periods, by where they stand around 'than' / 'or' / 'vs'.

        A side naming nobody is the other side's companies ("CSPC's 2026 AstraZeneca upfront than its
        2024 one"); a side naming one party borrows the other role from a side naming both ("Merck ...
        for Curon's CN201 or LaNova's LM-299"); a lone period holds for both sides.
        """
        if s.split_at is None:
            return None
        cut = s.split_at
        sides = [
            Side(
                companies=list(dict.fromkeys(m.name for m in s.mentions if (m.start < cut) == before)),
                asset=next((code for code, _, at in s.assets if (at < cut) == before), None),
                periods=[p for p in s.periods if (p.start < cut) == before],
            )
            for before in (True, False)
        ]
        left, right = sides
        if not (left.companies or left.asset) and not (right.companies or right.asset):
            return None
        for side, other in ((left, right), (right, left)):
            if not side.companies and not side.asset:
                side.companies = list(other.companies)
        roles = [{self.entities.role(n) for n in side.companies} for side in sides]
        for index, (side, other) in enumerate(((left, right), (right, left))):
            if len(roles[index]) == 1 and len(roles[1 - index]) == 2:
                borrowed = [n for n in other.companies if self.entities.role(n) not in roles[index]]
                # "Pfizer paid ... for SSGJ-707 than Takeda paid Innovent": the asset names its own licensor
                if not (side.asset and all(self.entities.role(n) == "licensor" for n in borrowed)):
                    side.companies += borrowed
        own = [bool(left.periods), bool(right.periods)]
        if len(s.periods) == 1 or not (left.periods and right.periods):
            left.periods = right.periods = list(s.periods) if len(s.periods) == 1 else left.periods or right.periods
        for side, said in zip(sides, own, strict=True):
            # "CSPC's 2026 AstraZeneca deal than Hengrui's GSK deal": a pair with no deal that year keeps its own
            if not said and side.periods and len(side.companies) >= 2 and not self.has_deal(side):
                side.periods = []
        if len(s.companies) < 2 and len(s.periods) < 2 and len(s.assets) < 2:
            return None
        return sides

    def has_deal(self, side: Side) -> bool:
        """Whether the side's companies did a deal in its periods."""
        # "Oct 2025": that month, not the year; "since 2024" bounds nothing here
        within = [] if any(p.bound for p in side.periods) else [(p.date_from, p.date_to) for p in side.periods]
        return any(
            set(side.companies) <= {*deal.licensors, *deal.licensees}
            and (not within or any(start <= deal.announced <= end for start, end in within))
            for deal in self.deals
        )

    def _side_filter(self, s: Slots, side: Side) -> dict[str, Any]:
        deal_filter = self._filter(s, side.companies, side.periods)
        deal_filter.pop("asset", None)
        if side.asset:
            deal_filter["asset"] = side.asset
        return deal_filter

    def _split_sides(self, s: Slots) -> tuple[list[str], list[str]]:
        """Companies before 'than' / 'vs' / 'compared with' on the left, after it on the right."""
        names = s.companies
        roles = [self.entities.role(name) for name in names]
        if len(names) == 3 and len(set(roles)) == 2:
            # "Did Roche pay more to Innovent or to Hansoh?": Roche is on both sides.
            shared = next(n for n, r in zip(names, roles, strict=True) if roles.count(r) == 1)
            first, second = [n for n in names if n != shared]
            return [first, shared], [second, shared]
        if s.split_at is not None:
            left = list(dict.fromkeys(m.name for m in s.mentions if m.start < s.split_at))
            right = list(dict.fromkeys(m.name for m in s.mentions if m.start > s.split_at))
            if left and right:
                return left, right
        if len(names) == 4:
            return names[:2], names[2:]
        return names[:1], names[1:]

    def market_args(self, s: Slots) -> dict[str, Any]:
        return market_args(s, self.corpus_end)
