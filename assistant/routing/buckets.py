"""Rankings of periods: "which quarter of 2025 had the most deals", "the busiest month for upfront money".

The router reads "which ... had the most" as a ranking, and with no company, modality or area
to rank it ranks single deals, which answers a different question ("the largest upfronts of
2025" for "which quarter saw the most upfront money"), or refuses (a count of single deals).
When the question names a period unit as the thing ranked, the ranking's dimension becomes
that unit: years, quarters or months, each a group of our rows.
"""

from __future__ import annotations

import re

from assistant.corpus.tables import MarketStat
from assistant.routing.area_sides import areas_set_against
from assistant.routing.asset_counts import assets_counted
from assistant.routing.average_ranks import averages_ranked
from assistant.routing.averages import averages_compared
from assistant.routing.behind import behind_named
from assistant.routing.biobucks_total import both_readings
from assistant.routing.change_both import change_in_both
from assistant.routing.chart_asks import chart_reshaped
from assistant.routing.claimed_figures import claimed_bound_dropped
from assistant.routing.companies_asked import companies_asked
from assistant.routing.company_lists import territory_read
from assistant.routing.company_sums import company_summed
from assistant.routing.country_ranks import countries_ranked
from assistant.routing.deal_place import deal_placed
from assistant.routing.deal_share import deal_described
from assistant.routing.deal_status import status_led
from assistant.routing.deal_sums import with_equity_added
from assistant.routing.event_years import event_year_premise
from assistant.routing.factcheck import claim_checked
from assistant.routing.figure_source import figure_sourced
from assistant.routing.growth_order import later_first
from assistant.routing.kind_words import kind_said
from assistant.routing.least_deals import least_deals_ranked
from assistant.routing.list_measures import measures_shown
from assistant.routing.made_up import tracker_figure_beside
from assistant.routing.main_scope import main_only
from assistant.routing.market_years import each_year
from assistant.routing.measure_sums import each_measure_summed
from assistant.routing.more_than import more_than_named
from assistant.routing.one_counted import have_one_counted
from assistant.routing.partner_ranks import partners_ranked
from assistant.routing.pharmcube_series import mainland_default
from assistant.routing.place_gaps import with_place_gap
from assistant.routing.ranking_scope import own_deals_ranked
from assistant.routing.ratio_ranks import ratios_ranked
from assistant.routing.scoped_stats import scoped_stat
from assistant.routing.series_gaps import series_gapped
from assistant.routing.series_told import series_told_apart
from assistant.routing.share_order import part_first
from assistant.routing.source_asks import count_sourced, credit_checked, figures_sourced
from assistant.routing.superlative_claims import placed_claim
from assistant.routing.terms_compared import terms_compared
from assistant.routing.territory_asks import territory_led
from assistant.routing.territory_places import place_led
from assistant.routing.than_any_other import against_every_other
from assistant.routing.top_share import with_share
from assistant.routing.tracker_both import trackers_side_by_side
from assistant.routing.tracker_cagr import cagr_read
from assistant.routing.tracker_derived import gap_and_rate, milestones_as_base
from assistant.routing.tracker_gaps import trackers_gapped
from assistant.routing.tracker_merges import merge_refused, mixed_claim_shown
from assistant.routing.tracker_more import licensors_behind_total, more_figures, share_in_dollars
from assistant.routing.tracker_pair import reporter_paired
from assistant.routing.tracker_periods import implied_read, multiple_read
from assistant.routing.tracker_spans import span_read
from assistant.routing.tracker_table import series_side_by_side, table_against_tracker
from assistant.routing.tracker_twos import two_figures
from assistant.routing.tracker_universe import both_added, others_asked, table_counted, year_before_dropped
from assistant.routing.unnamed_universe import table_beside
from assistant.routing.upfront_reads import upfront_read
from assistant.routing.which_company import company_asked, led_claimed, tracker_asked
from assistant.routing.who_more import who_more
from assistant.tools.schema import ToolCall

# The period unit ranked: "which quarter", "busiest month", "the year with the most", "quarters ranked"; said short
# too ("which qtr of '24", "best mth", "which yr").
_UNIT = r"(year|yr|quarter|qtr|month|mth)s?"
BUCKET_RES = [
    re.compile(rf"\b(?:which|what)\s+(?:calendar\s+|single\s+)?{_UNIT}\b", re.IGNORECASE),
    re.compile(
        rf"\b(?:busiest|strongest|weakest|quietest|slowest|best|worst|biggest|top|peak)\s+{_UNIT}\b", re.IGNORECASE
    ),
    re.compile(
        rf"\b{_UNIT}\s+(?:with|had|has|saw|sees|brought|produced)\s+the\s+(?:most|highest|largest|biggest|fewest|lowest)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\brank(?:ed|ing)?\s+(?:the\s+)?(?:[\w-]+'s\s+|\d{{4}}\s+)?{_UNIT}\b|\b{_UNIT}\s+ranked\b",
        re.IGNORECASE,
    ),
    re.compile(r"(?:哪个|哪一个|哪一)(年|季度|月)"),
]
_UNIT_NAMES = {"年": "year", "季度": "quarter", "月": "month", "yr": "year", "qtr": "quarter", "mth": "month"}
# "which year had the largest single deal", "the quarter with the biggest upfront deal", "the highest upfront in
# one deal": the thing ranked is a deal, and its row says when it was announced
ONE_DEAL_RE = re.compile(
    r"\b(?:single|one|individual)\s+(?:[\w-]+\s+){0,2}?(?:deals?|transactions?|agreements?|upfronts?|payments?)\b|"
    r"\b(?:largest|biggest|highest|richest|most valuable|top|smallest|lowest)\s+(?:[\w$-]+\s+){0,2}?"
    r"(?:deal|transaction|agreement|licen[cs]e|upfront|payment)\b(?!s|\s+(?:totals?|sums?|money|cash|dollars|spend|value))",
    re.IGNORECASE,
)
# "In which month was the deal signed?", "what year did X close": a date of one deal, no ranking
_ONE_DATE_RE = re.compile(
    r"\b(?:was|were|did|does|is)\b[^?]{0,60}\b(?:signed|announced|closed|struck|inked|done)\b", re.IGNORECASE
)
# "In which quarter were the most deals signed?": a ranking of quarters after all
# the companies ranked named as such: "which buyer paid the most in a year" ranks buyers
_SIDE_NAMED_RE = re.compile(
    r"\b(?:licensees?|licensors?|buyers?|sellers?|compan(?:y|ies)|pharmas?|partners?|multinationals?|biotechs?|"
    r"drugmakers?|firms?|who|whom)\b",
    re.IGNORECASE,
)
_MOST_RE = re.compile(r"\b(?:most|fewest|busiest)\b", re.IGNORECASE)


def ranked_unit(question: str) -> str | None:
    """The period unit the question ranks ("quarter"), or None."""
    for pattern in BUCKET_RES:
        match = pattern.search(question)
        if match:
            unit = next(group for group in match.groups() if group)  # the alternative that matched
            return _UNIT_NAMES.get(unit.lower(), unit.lower())
    return None


def periods_ranked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A one-call ranking whose question ranks a period unit, re-aimed at that unit; else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "rank" or calls[0].args.get("metric") == "announced":
        return calls
    one_date = _ONE_DATE_RE.search(question) and not _MOST_RE.search(question)
    dimension = calls[0].args.get("dimension", "deal")
    # "which year saw the most upfront money paid": the payers were read from "paid", but a year is ranked
    paid_only = dimension in ("licensee", "licensor") and not _SIDE_NAMED_RE.search(question)
    if (dimension not in ("deal", "year") and not paid_only) or one_date:
        return calls
    if ONE_DEAL_RE.search(question):
        return calls
    unit = ranked_unit(question)
    if unit is None:
        return calls
    return [ToolCall(tool="rank", args={**calls[0].args, "dimension": unit})]


def reshaped(calls: list[ToolCall], question: str, stats: list[MarketStat], before: str = "") -> list[ToolCall]:
    """The plan's calls after the reshapes of this kind: a fact-check's superlative ranks every deal of its period
            (``factcheck.claim_checked``), one company's figure asked as more than any other's ranks its side
            (``than_any_other.against_every_other``), a ranking asked behind a named company ranks from the leader down to the place
            after it (``behind.behind_named``), a deal's upfront asked with its equity added is that sum
            (``deal_sums.with_equity_added``), two trackers' figures asked for their gap are set side by side
            (``tracker_gaps.trackers_gapped``), as are two trackers asked for one figure together
            (``tracker_both.trackers_side_by_side``), a share over a two-year span is read as that span
            (``tracker_spans.span_read``), and so are one tracker's two series (``series_gaps.series_gapped``,
            ``tracker_table.series_side_by_side``) and a tracker's figure against our table's (``tracker_table``); a
            tracker's upfront asked over two years or against its milestones alone is that (``upfront_reads``,
            ``tracker_derived.milestones_as_base``), two
            figures asked to be added are both given, not added, and a stated total and count are set beside each
            series' own (``tracker_merges``); two averages asked how they moved become one comparison
            (``averages.averages_compared``), a ranking of a period unit ranks that unit, a ranking of deals asked for
            its share of the total says it (``top_share.with_share``), and a tracker's figure asked over several years
            is asked for each (``market_years.each_year``); two years compared for their growth put the later one first
            (``growth_order.later_first``), and one asked how much it grew is given in money and percent
            (``change_both.change_in_both``), as is one asked for its gap (``tracker_derived.gap_and_rate``); a kind said more broadly than its modality label is read in the asset field
            (``kind_words.kind_said``); one area (or modality) asked against another compares the two
            (``area_sides.areas_set_against``); a tracker named with its outlet asks for that series
            (``tracker_pair.reporter_paired``); a deal asked where it ranks is ranked among its field
            (``deal_place.deal_placed``); a deal's kind word said of the deal alone does not narrow the period it is a
            share of (``deal_share.deal_described``); a tracker's total handed to a "which company" question ranks those
            companies instead (``which_company.company_asked``), and so does a claim that a company led
        (``which_company.led_claimed``); a tracker asked for is given the trackers' figures
    (``which_company.tracker_asked``); companies asked by their number of different partners are ranked by it
    (``partner_ranks.partners_ranked``), deals asked as asset acquisitions are those (``company_lists.territory_read``), and by their average deal (``average_ranks.averages_ranked``), among those with
    a minimum number of deals too (``least_deals.least_deals_ranked``); buyers
    asked by their country rank the countries (``country_ranks.countries_ranked``); companies asked with more
    deals than a named one are counted above it (``more_than.more_than_named``); deals asked by a ratio of their
    figures are ranked by it (``ratio_ranks.ratios_ranked``); a list asked for companies names them
    (``companies_asked``); a tracker's figure asked for one kind of drug is its row of that scope (``scoped_stats``)."""
    calls = companies_asked(
        claimed_bound_dropped(calls, question), question
    )  # "which companies did Merck license from"
    calls = own_deals_ranked(calls, question)  # "GSK deals ranked by total value, which one biggest": GSK's deals
    calls = company_summed(calls, question)  # "which Chinese drugmaker's deal value is highest in total": companies
    calls = assets_counted(calls, question)  # "which foreign buyer bought the most Chinese assets": a count
    calls = terms_compared(calls, question)  # "how does it compare with the 2024 one?": total and upfront
    calls = claim_checked(calls, question)  # "my draft calls X the largest deal of 2025": every 2025 deal ranked
    calls = placed_claim(calls, question)  # "Was the Pfizer-3SBio deal the largest of 2025?": its year, down to it
    calls = against_every_other(calls, question)  # "more deals than any other licensor": its side ranked
    calls = behind_named(calls, question)  # "behind Pfizer, which licensee paid the most": the places after it
    calls = with_equity_added(calls, question)  # "the upfront plus its equity check, combined"
    calls = two_figures(calls, question)  # "count + avg size", "$1bn+ deals: how far apart are the counts?"
    calls = trackers_gapped(calls, question)  # "CPHIIC and PharmCube disagree on 2024 - what's the gap?"
    calls = series_gapped(calls, question)  # "PharmCube gives both 186 and 157 deals for 2025 - the difference?"
    calls = series_side_by_side(calls, question)  # "greater china vs mainland 2025 deal count": both series
    calls = table_beside(calls, question)  # "2024 年的 BD 交易，总额 sum?": the trackers' figure and our table's
    calls = table_against_tracker(year_before_dropped(table_counted(calls, question), question), question)  # both
    calls = others_asked(calls, question, stats)  # "Goodwin's 2023 count - does that match other trackers?"
    calls = scoped_stat(calls, question, stats)  # "vision - china's share of global ADC licensing?": the ADC row
    calls = multiple_read(calls, question)  # "how many times larger were milestones than upfront payments?"
    calls = upfront_read(calls, question)  # "upfront as % of potential milestones", "upfronts 2024 vs 2023, % up"
    calls = milestones_as_base(calls, question)  # "how large were the upfronts relative to the milestones?"
    calls = merge_refused(calls, question)  # "add PharmCube's mainland and Greater China totals": both, not added
    calls = mixed_claim_shown(calls, question)  # "$137.7bn over 157 deals, so ~$877m avg?": each total, its count
    calls = trackers_side_by_side(calls, question)  # "X's 2023 count, and what did Y count that year?": both
    calls = span_read(calls, question)  # "China's share in Q1 2025 vs 2023-24": the span, and the change in points
    calls = later_first(calls, question)  # "2023 vs 2024 - growth?": from 2023 to 2024
    calls = part_first(calls, question)  # "what percent of headline was upfront for X-Y?": upfront over headline
    calls = change_in_both(calls, question)  # "by how much did X's value grow in 2025 vs 2024?": $ and %
    calls = gap_and_rate(calls, question)  # "IQVIA H1 2025 vs full-yr 2024 -- difference?": $ and %
    calls = kind_said(calls, question)  # "T-cell engager deals": bispecific ones too, not only the trispecific label
    calls = areas_set_against(calls, question)  # "onc vs immunology deal count": both areas, one comparison
    calls = reporter_paired(calls, question)  # "per pharmcube/caixin": the Caixin-carried PharmCube series
    calls = tracker_figure_beside(calls, question, stats)  # "Caixin credits X with $16.7bn: which deals make that up?"
    calls = have_one_counted(calls, question, before)  # "…equity, and how many deals have one?"
    calls = main_only(calls, question, before)  # "in the core table": the 2024-26 rows, no context deal
    calls = mainland_default(calls, question, stats, before)  # "pharmcube 2025 total": the mainland series alone
    calls = deal_placed(
        calls, question, before
    )  # "where does Innovent's Lilly deal rank among 2026 deals?": down to it
    calls = deal_described(calls, question)  # "what share of 2026 is the CSPC-AZ obesity deal": of every 2026 deal
    calls = company_asked(calls, question)  # "which Chinese company was number one by deal value in 2025?"
    calls = led_claimed(calls, question)  # "Hengrui led 2025 by total deal value, right?": licensors ranked
    calls = tracker_asked(calls, question)  # "which tracker counted 157 deals in 2025?": the trackers' counts
    calls = partners_ranked(calls, question)  # "which buyer licensed from the most Chinese companies?"
    calls = averages_ranked(calls, question)  # "which buyer paid the highest average upfront per deal?"
    calls = least_deals_ranked(
        calls, question
    )  # "among buyers with 3+ deals, who pays the richest upfront on average?"
    calls = countries_ranked(calls, question)  # "which buyer country spent the most in 2025?"
    calls = more_than_named(calls, question)  # "how many licensors did more deals than Hengrui in 2025?"
    calls = who_more(calls, question)  # "A vs B: who signed more agreements?": both counts, compared
    calls = ratios_ranked(calls, question)  # "which deal had the highest ratio of milestones to upfront?"
    calls = territory_led(calls, question)  # "which territories did GSK get in the hengrui deal": led by them
    calls = status_led(calls, question)  # "and did that deal actually close?": its status and date
    calls = measures_shown(calls, question)  # "who licensed X to Merck, and their milestones?": each row's
    calls = place_led(calls, question)  # "does the HS-20094 licence include Taiwan?": its territory, that place
    calls = territory_read(calls, question)  # "which deals were outright asset acquisitions?": the territory column
    calls = each_year(with_share(periods_ranked(averages_compared(calls, question), question), question), question)
    calls = with_place_gap(calls, question)  # "the second-largest deal, and how far behind #1": the gap said
    calls = cagr_read(calls, question)  # "CAGR 2021-25 on value?": the compound rate between the span's ends
    calls = event_year_premise(calls, question)  # "given the ImmuneOnco–Axion deal closed in 2025": a premise
    calls = implied_read(calls, question)  # "41.5bn in 2024, +66% — so what was 2023 on their numbers?"
    calls = each_measure_summed(calls, question)  # "Hengrui 2025: total upfronts and total milestones?": both
    calls = both_readings(calls, question)  # "azn total biobucks": the milestones, and the headline too
    calls = licensors_behind_total(
        share_in_dollars(more_figures(calls, question, stats), question), question, stats
    )  # "GlobalData 2024 value, share and YoY": ``stats`` are market_stats.csv's rows
    calls = both_added(calls, question)  # "upfront plus the potential milestones together": their sum, each part
    calls = series_told_apart(calls, question, stats)  # "157 deals in one place, 186 in another: which is right?"
    calls = figure_sourced(calls, question, stats)  # "where does the '$2.6 billion in upfronts' figure come from?"
    calls = figures_sourced(
        count_sourced(credit_checked(calls, question, stats), question, stats), question, stats
    )  # "where's the 186-deal count from?"
    return chart_reshaped(calls, question)  # "(2024-26)", "exactly $80 million", "in dollar terms", "mean vs median"
