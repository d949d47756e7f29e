"""The routing decision as a table of named rules, in order: the first rule whose condition
holds decides which tool answers (or that the articles do, or that we must ask).

Each rule has a readable name, what it decides, the condition over the question's slots, an
example it must take and phrasings it must not take (duckling's habit: the examples are the
tests, ``tests/test_routing_rules.py``). The rule that decided is named in ``Plan.rule``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.dates import MONTHS
from assistant.routing.company_dives import shares_our_rows
from assistant.routing.group_shares import asks_group_share
from assistant.routing.intents import Slots
from assistant.routing.kind_growth import asks_kind_growth
from assistant.routing.our_rows import shares_a_part, unread_narrowing
from assistant.routing.tracker_shares import asks_tracker_upfront_share


@dataclass(frozen=True)
class Facts:
    """What a rule may know beyond the slots (worked out by the router from the tables)."""

    pair: bool  # the companies named are a licensor and a licensee
    company_total: bool  # one company's figure over a period or its deals: a sum over its deals
    market_has: bool = True  # a tracker reported the market statistic the question would ask for
    market_pair: bool = True  # one tracker reported it for both periods a growth or comparison sets side by side

    @staticmethod
    def party(s: Slots) -> bool:
        return bool(s.companies or s.asset)

    @staticmethod
    def bare_market(s: Slots) -> bool:
        """Nothing narrows the question to our deals (a count by area or modality too: no tracker splits so)."""
        return not Facts.party(s) and not s.has_filters and not s.in_table and s.group_by in (None, "year")


@dataclass(frozen=True)
class Rule:
    name: str
    decides: str  # a tool name, "text" or "clarify"
    when: Callable[[Slots, Facts], bool]
    example: str
    not_for: tuple[str, ...] = ()


def _growth(s: Slots) -> bool:
    return s.op == "growth" and bool(s.figure_cue and (s.metrics or s.count or not s.strong_text))


def _two_sided(s: Slots) -> bool:
    return s.op == "compare" and bool(len(s.companies) >= 2 or len(s.periods) >= 2 or len(s.assets) >= 2 or s.sides)


def _reported(s: Slots) -> bool:
    """A named reporter ("according to Caixin", "what did CPHIIC count") means reported statistics."""
    named = bool(s.reporter) and not s.in_table and not s.strong_text
    return named and bool(s.companies or s.figure_cue or s.periods) and (not s.companies or s.metric in (None, "total"))


def _one_month(s: Slots) -> bool:
    """One calendar month, and no other month named ("January and February 2026" is two)."""
    month = len(s.periods) == 1 and bool(s.periods[0].month and not s.periods[0].month_to)
    return month and sum(word in MONTHS for word in s.words) <= 1


def _our_rows_only(s: Slots) -> bool:
    """ "using your deal table, how much did summed upfronts grow": our rows, nothing else narrowing them;
    a count of our rows may be narrowed ("the count of ADC deals in the table", outsider11)."""
    return s.in_table and not Facts.party(s) and (not s.has_filters or s.count)


def _market_count_or_sum(s: Slots) -> bool:
    return Facts.bare_market(s) and bool(
        s.count or s.metric in (None, "total") or (s.op == "sum" and s.metric in ("upfront", "milestones"))
    )


RULES: tuple[Rule, ...] = (
    Rule(
        "unheld company fact",
        "text",
        lambda s, f: bool(s.unheld_measure) and s.unheld_measure != "median",  # a tracker's median is named below
        "What was Hengrui's revenue in 2024?",
        ("What was the upfront of the Hengrui-GSK deal?",),
    ),
    Rule(
        "an article's account of one deal",
        "text",
        lambda s, f: s.deal_content and not s.claim,
        "Which autoimmune diseases is GSK going after with the trispecific it got from Chimagen?",
        ("What did GSK pay Chimagen upfront?", "How many deals did Merck sign with Kelun?"),
    ),
    Rule(
        "a payment already made",
        "text",
        lambda s, f: (
            s.payment_made
            and Facts.party(s)
            and not s.count
            and s.op is None
            and not s.plural
            and s.market_metric != "retained_after_termination"
        ),
        "Has BMS paid SystImmune any milestones yet?",
        (
            "How much did ImmuneOnco get to keep after it ended?",
            "How much did Pfizer pay 3SBio upfront?",
            "What has AstraZeneca paid Chinese licensors upfront since 2024?",
            "What has AstraZeneca paid Chinese licensors upfront so far?",
        ),
    ),
    Rule(
        "a company changing hands",
        "text",
        lambda s, f: s.acquisition and Facts.party(s) and not s.count and s.op is None,
        "Who ended up buying LaNova, and for how much?",
        ("How much did Merck pay LaNova upfront?", "Who was the licensee of LM-299?"),
    ),
    Rule(
        "a share of our own rows",
        "compare",
        lambda s, f: shares_a_part(s) and not Facts.party(s),
        "What share of 2025 deal value in our table went to oncology deals?",
        (
            "What share of 2025 deal value did Hengrui account for?",
            "What share do ADCs have?",
            "top 3 2025 deals = what % of 2025 total value (ur table)?",
        ),
    ),
    Rule(
        "a company's share of our rows",
        "compare",
        lambda s, f: shares_our_rows(s),
        "hengrui % of 2025 headline value in our table?",
        ("What share of 2025 deal value did Hengrui account for?", "What % of the Hengrui–GSK value was upfront?"),
    ),
    Rule(
        "a ratio of one period's two measures",
        "text",
        lambda s, f: s.lone_ratio,
        "What was the ratio of upfront to total deal value in 2025?",
        ("Akeso Summit: ratio of biobucks to upfront?",),
    ),
    Rule(
        "market metric, no company",
        "market_stat",
        lambda s, f: bool(s.market_metric) and not s.companies and not s.in_table,
        "What share of deal value did the top 10 licensors take in 2025?",
        ("How much did Pfizer pay 3SBio upfront?",),
    ),
    Rule(
        "money kept after a termination",
        "market_stat",
        lambda s, f: s.market_metric == "retained_after_termination" and bool(s.companies) and s.figure_cue,
        "How much did ImmuneOnco keep after Axion terminated the deal?",
    ),
    Rule(
        "one measure of a deal as a share of another",
        "compare",
        lambda s, f: (
            s.op == "share"
            and len(s.measures) >= 2
            and Facts.party(s)
            and (f.pair or s.single_deal or bool(s.asset) or bool(s.deal_id))
            and len(s.periods) <= 1
            and not s.market_metric
        ),
        "What % of the Hengrui–GSK headline value is actually paid up front?",
        ("What share of 2025 deal value did Hengrui account for?", "What share of deal value did the top 10 take?"),
    ),
    Rule(
        "one measure of a group's deals as a share of another",
        "compare",
        lambda s, f: asks_group_share(s),
        "What fraction of Hengrui's total deal value came upfront?",
        ("What share of 2025 deal value did Hengrui account for?", "What % of the Hengrui–GSK value was upfront?"),
    ),
    Rule(
        "a company's share of the market",
        "market_stat",
        lambda s, f: s.op == "share" and bool(s.companies or s.market_metric),
        "What share of 2025 deal value did Hengrui account for?",
    ),
    Rule(
        "a tracker's upfront as a share of its upfront plus milestones",
        "market_stat",
        lambda s, f: asks_tracker_upfront_share(s),
        "Per Sino Drug Watch, what % of upfront plus milestones was upfront in Jan-Aug 2025?",
    ),
    Rule("share, nothing to take it of", "text", lambda s, f: s.op == "share", "What share do ADCs have?"),
    Rule(
        "averages or medians compared",
        "compare",
        lambda s, f: bool(s.per_deal) and s.op in ("compare", "growth") and not s.reporter and not s.market_metric,
        "Compare the median deal size of 2024 and 2025",
        ("Compare the total deal value of 2024 and 2025", "What was the average deal size in 2025 per PharmCube?"),
    ),
    Rule(
        "companies ranked by growth",
        "text",
        lambda s, f: s.growth_rank,
        "Which licensor's deal count went up the most in 2025?",
        ("How much did the total value of deals grow from 2024 to 2025?",),
    ),
    Rule(
        "market growth",
        "market_stat",
        lambda s, f: _growth(s) and Facts.bare_market(s) and (f.market_pair or bool(s.reporter)),
        "How much did the total value of deals grow from 2024 to 2025?",
        ("By what percentage did total upfront payments grow from 2024 to 2025?",),
    ),
    Rule(
        "growth of our deals' sums no tracker reports for both periods",
        "compare",
        lambda s, f: (
            _growth(s)
            and ((Facts.bare_market(s) and s.metric in ("upfront", "milestones", "equity")) or _our_rows_only(s))
        ),
        "By what percentage did total upfront payments grow from 2024 to 2025?",
        ("How much did the total value of deals grow from 2024 to 2025?",),
    ),
    Rule(
        "growth of one area's or modality's deals",
        "compare",
        lambda s, f: _growth(s) and asks_kind_growth(s),
        "How much did oncology deal value grow from 2024 to 2025?",
        ("How much did Hengrui's deal value grow from 2024 to 2025?", "How did deal value grow from 2024 to 2025?"),
    ),
    Rule(
        "a company's growth",
        "compare",
        lambda s, f: _growth(s) and Facts.party(s),
        "How much did Hengrui's deal value grow from 2024 to 2025?",
    ),
    Rule(
        "growth of something else",
        "text",
        lambda s, f: _growth(s),
        "How much did terminated deal value grow from 2024 to 2025?",
    ),
    Rule(
        "ranking",
        "rank",
        lambda s, f: s.op == "rank",
        "What were the three largest deals of 2025 by upfront?",
        ("How much did Pfizer pay 3SBio upfront?",),
    ),
    Rule(  # a deal's smallest is ranked from the bottom (table_asks): "smallest upfront in 2025" is no min here
        "smallest",
        "aggregate",
        lambda s, f: s.op == "min",
        "Count of 2025 deals with upfront below $50M, and the smallest",
    ),
    Rule(
        "two measures of one deal",
        "compare",
        lambda s, f: (
            s.op == "compare"
            and len(s.measures) >= 2
            and (f.pair or len(s.companies) <= 1)
            and Facts.party(s)
            and len(s.periods) <= 1
            and len(s.assets) <= 1
            and not s.sides
        ),
        "How many times the upfront are the milestones of the 3SBio–Pfizer deal?",
        (
            "Compare the upfronts of the 3SBio–Pfizer and LaNova–Merck deals",
            "Compare Merck's upfronts in 2024 and 2025",
        ),
    ),
    Rule(
        "market compare",
        "market_stat",
        # "biotochina upfronts 2023 vs 2024": a named tracker's upfront total, not our rows' (outsider9)
        lambda s, f: (
            _two_sided(s)
            and Facts.bare_market(s)
            and (s.metric in (None, "total") or (bool(s.reporter) and s.metric in ("upfront", "milestones")))
        ),
        "Compare the total deal value of 2024 and 2025",
        ("Compare Merck's upfronts in 2024 and 2025",),
    ),
    Rule(
        "two-sided compare",
        "compare",
        lambda s, f: _two_sided(s),
        "Compare Merck's upfronts in 2024 and 2025",
    ),
    Rule(
        "a tracker's median",
        "text",
        lambda s, f: s.op == "median" and bool(s.reporter) and not s.in_table,
        "What was the median upfront in 2025 according to PharmCube?",
        ("What was the median upfront of 2025 ADC deals?",),
    ),
    Rule(
        "named reporter",
        "market_stat",
        lambda s, f: _reported(s),
        "What did CPHIIC count for 2025?",
    ),
    Rule(
        "one company's total",
        "aggregate",
        lambda s, f: f.company_total,
        "What did AstraZeneca pay Chinese licensors upfront in 2025?",
        ("How much did Pfizer pay 3SBio upfront?",),
    ),
    Rule(
        "sum of one deal",
        "get_deal",
        lambda s, f: s.op == "sum" and s.single_deal and (f.pair or bool(s.asset)) and not s.count,
        "What was the total upfront of the Pfizer 3SBio deal?",
    ),
    Rule(
        "median over our deals",
        "aggregate",
        lambda s, f: s.op == "median" and not s.strong_text,
        "What was the median upfront of 2025 ADC deals?",
        ("What was the average upfront of 2025 ADC deals in the table, and why?",),
    ),
    Rule(
        "a running year no tracker reported",
        "aggregate",
        lambda s, f: (
            Facts.bare_market(s)
            and not f.market_has
            and not s.reporter
            and bool(s.periods)  # each running, or the corpus's unfinished last year (``Router._market_has``)
            and bool(s.metrics or s.count)
            and not s.strong_text
            and s.op in (None, "sum", "average")
        ),
        "How much upfront have Chinese licensors received so far in 2026?",
        ("What was the total deal value in 2025?",),
    ),
    Rule(
        "a month no tracker reports",
        "aggregate",
        lambda s, f: (
            Facts.bare_market(s)
            and not s.reporter
            and _one_month(s)
            and bool(s.metrics or s.count)
            and not s.strong_text
            and s.op in (None, "sum", "average")
        ),
        "How many deals were signed in January 2026?",
        ("How many deals were signed in 2025?", "How many deals were signed in January and February 2026?"),
    ),
    Rule(
        "market count or sum",
        "market_stat",
        lambda s, f: (s.op in ("sum", "average") or s.count) and _market_count_or_sum(s) and not s.distinct,
        "How many out-licensing deals were there in 2025?",
        ("How many Chinese companies out-licensed a drug in 2025?",),
    ),
    Rule(
        "count, sum or average over our deals",
        "aggregate",
        lambda s, f: s.op in ("sum", "average") or s.count,
        "How many deals did Hengrui sign in 2025?",
    ),
    Rule(
        "a list narrowed by nothing the table reads",
        "text",
        lambda s, f: s.op == "find" and Facts.bare_market(s) and unread_narrowing(s.words, s.periods, s.content_words),
        "Which Chinese licensors did deals with newcos set up with Aditum Bio?",
        ("List the ADC deals signed in 2025", "List all deals in the table", "Which deals were signed in 2025?"),
    ),
    Rule("list of deals", "find_deals", lambda s, f: s.op == "find", "List the ADC deals signed in 2025"),
    Rule(
        "one deal's terms",
        "get_deal",
        lambda s, f: Facts.party(s) and bool(s.figure_cue or s.overview or (s.pay_cue and not s.strong_text)),
        "How much did Pfizer pay 3SBio upfront?",
        ("Why did Pfizer license SSGJ-707?",),
    ),
    Rule(
        "a metric over filtered deals",
        "aggregate",
        lambda s, f: not Facts.party(s) and bool(s.metrics) and not s.strong_text and (s.has_filters or s.in_table),
        "What was the upfront of oncology deals in our table?",
    ),
    Rule(
        "a metric over a period",
        "market_stat",
        lambda s, f: not Facts.party(s) and bool(s.metrics) and not s.strong_text and bool(s.periods or s.market_words),
        "What was the total deal value in 2025?",
    ),
    Rule(
        "a metric of nothing named",
        "clarify",
        lambda s, f: not Facts.party(s) and bool(s.metrics) and not s.strong_text and not s.weak_text,
        "What was the upfront?",
    ),
    Rule(
        "everything else: the articles",
        "text",
        lambda s, f: True,
        "Why are multinationals licensing drugs from China?",
    ),
)


def decide(slots: Slots, facts: Facts) -> Rule:
    """The first rule that takes the question."""
    return next(rule for rule in RULES if rule.when(slots, facts))


def points_at_nothing(s: Slots) -> bool:
    """Only a pointer ("the drug", "that deal", "it") names what the question is about."""
    subject = s.mentions or s.asset or s.target or s.has_filters or s.periods or s.reporter or s.market_words
    return s.pronoun and not (subject or s.op or s.count or s.in_table or s.unknown or s.guesses)
