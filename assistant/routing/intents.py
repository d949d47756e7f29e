"""What a question asks for, read from its wording: metric, operation, filters, cues.

``read_slots`` turns one question into ``Slots`` (kept for the next stage that reads the same question); the
router decides the tool from them and merges them with the previous turn's. The patterns live in ``wording``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import BaseModel, Field

from assistant.routing.amounts import read_bounds
from assistant.routing.analyst import refine
from assistant.routing.analyst_wording import ADD_UP_DEALS_RE, DRUG_BOUGHT_RE, LOOSE_SUM_RE, NO_SUM_RE, PAYMENT_MADE_RE
from assistant.routing.article_asks import read_article_asks
from assistant.routing.checks import month_spans, read_checks, short_years
from assistant.routing.disclosed_figures import disclosed_asked
from assistant.routing.entities import EntityIndex, Mention
from assistant.routing.filler import misspelt_metric, misspelt_modality, uncovered_words
from assistant.routing.investor_asks import read_investor_asks
from assistant.routing.kind_members import codes_bracketed
from assistant.routing.memo import copied_cache
from assistant.routing.orderings import EXCLUDED_NEXT_RE, EXCLUDING_RE, LISTED_LEFT_OUT_RE, PER_SHARE_RE, SORT_RE
from assistant.routing.other_deal import another_deal
from assistant.routing.periods import Period, find_periods
from assistant.routing.shorthand import TOTAL_BESIDE_RE
from assistant.routing.table_asks import read_table_asks, without_names
from assistant.routing.tickers import swapped_tickers
from assistant.routing.wording import (
    ACQUISITION_RE,
    ANY_DEALS_RE,
    AREAS,
    AVERAGE_RE,
    BY_HOW_MUCH_RE,
    COMPARE_RE,
    COUNT_RE,
    DEAL_SUBJECT_RE,
    DEAL_TERMS_RE,
    DIFFERENCE_RE,
    DIMENSION_RES,
    DISTINCT_RE,
    EXPLICIT_RANK_RE,
    FIND_RE,
    FOLLOWUP_RE,
    GREATER_CHINA_RE,
    GROUP_BY_RE,
    GROWTH_RE,
    IN_DOLLARS_RE,
    LICENSEE_SIDE_RE,
    LICENSOR_SIDE_RE,
    MARKET_METRIC_RES,
    MARKET_RE,
    MEDIAN_RE,
    METRIC_RES,
    METRIC_WORDS,
    MIN_RE,
    MODALITIES,
    N_RE,
    NUMBER_WORDS,
    OR_SPLIT_RE,
    OTHERS_RE,
    OVERVIEW_RE,
    PARTY_ASK_RE,
    PAY_RE,
    PLURAL_DEALS_RE,
    POSITION_RE,
    POSITIONS,
    PRONOUN_RE,
    RANK_BY_COUNT_RE,
    RANK_RE,
    RATE_OF_CHANGE_RE,
    RATIO_RE,
    RATIO_WORD_RE,
    REFERENCE_RE,
    REPORTER_RE,
    REPORTERS,
    SHARE_RE,
    SHARE_WORD_RE,
    SIDE_SPLIT_RE,
    SINGLE_DEAL_RE,
    SINGULAR_RE,
    STATUS_RE,
    STRONG_TEXT_RE,
    SUM_RE,
    TABLE_RE,
    TERMS_RE,
    TEXT_KIND_RE,
    THE_DRUG_RE,
    UNDISCLOSED_RE,
    UNHELD_MEASURE_RES,
    WEAK_TEXT_RE,
    WHAT_LICENSED_RE,
    WHICH_MOST_RE,
    WHICH_PARTY_RE,
    WITH_SPLIT_RE,
    YEAR_BEFORE_RE,
)


class Side(BaseModel):
    """One side of a comparison: companies, an asset, periods."""

    companies: list[str] = Field(default_factory=list)
    asset: str | None = None
    periods: list[Period] = Field(default_factory=list)


class Slots(BaseModel):
    """Everything the wording of one question (or a merged follow-up) says."""

    mentions: list[Mention] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)
    unknown: list[str] = Field(default_factory=list)
    guesses: dict[str, list[str]] = Field(default_factory=dict)
    periods: list[Period] = Field(default_factory=list)
    earlier_periods: list[Period] = Field(default_factory=list)  # the periods a follow-up's own replaced
    metrics: list[str] = Field(default_factory=list)
    metric_spans: list[tuple[int, int]] = Field(default_factory=list)
    count: bool = False
    op: str | None = None  # rank, min, compare, sum, average, median, find, growth, share
    n: int | None = None
    group_by: str | None = None
    split_at: int | None = None
    dimension: str | None = None
    rank_by_count: bool = False
    singular: bool = False
    asset: str | None = None
    asset_deal: str | None = None
    assets: list[tuple[str, str, int]] = Field(default_factory=list)  # (code, deal id, position) of each named
    sides: list[Side] = Field(default_factory=list)  # compare sides already resolved (a follow-up's)
    modality: str | None = None
    target: str | None = None  # a drug target the assets name ("PD-1/VEGF"), as the table writes it
    undisclosed: list[str] = Field(default_factory=list)  # figures asked to be undisclosed ("no disclosed upfront")
    near_term_upfront: bool = False  # "deals whose upfront includes near-term payments" (``disclosed_figures``)
    disclosed: list[str] = Field(default_factory=list)  # "which deals came with an equity investment"
    therapeutic_area: str | None = None
    licensee_countries: list[str] = Field(default_factory=list)  # "Japanese buyers": ["Japan"]
    status: str | None = None
    min_total: Decimal | None = None
    max_total: Decimal | None = None
    bounds: dict[str, Decimal] = Field(default_factory=dict)  # "an upfront under $100m": DealFilter field -> amount
    exclusive: list[str] = Field(default_factory=list)  # bounds that leave their amount out ("over", "under")
    market_metric: str | None = None
    market_words: bool = False
    reporter: str | None = None
    derive: str | None = None  # difference | ratio: how two figures are compared
    per_deal: str | None = None  # average | median: each side of a comparison is that, not a sum
    in_table: bool = False  # "in the table": about our rows, never a market statistic
    plural: bool = False  # several deals of one company: "its 2025 deals", "paid Chinese licensors"
    refers_back: bool = False  # "that", "those", "which one"
    year_before: bool = False  # "the year before": the previous turn's period, a year earlier
    strong_text: bool = False
    weak_text: bool = False
    figure_cue: bool = False
    pay_cue: bool = False
    overview: bool = False
    single_deal: bool = False
    filters_after_split: bool = False  # a type or area said after 'than' narrows that side only
    filters_before_split: bool = False  # ... and one said before it, the first side only
    claim: bool = False  # a figure put to us to check: the deal's terms answer it
    text_kind: bool = False  # "what kind of drug is it?": an article answers, even after a figure
    others: bool = False  # "who else did they license to?": the deals other than the one named
    payment_made: bool = False  # a payment already made: "has BMS paid any milestones yet?"
    acquisition: bool = False  # a company changing hands: "who bought LaNova?", "LaNova's acquirer"
    party_ask: bool = False  # "who was the buyer?": a party of the deal an earlier turn singled out
    in_dollars: bool = False  # "what is that in dollars?": an amount, even after a share
    followup_marker: bool = False
    deal_content: bool = False  # a named deal's content or story: "which diseases", "who backs it"
    pronoun: bool = False
    lone_ratio: bool = False  # "ratio" with nothing to set against each other but two measures of one period
    growth_rank: bool = False  # "which licensor's deal count went up the most?": companies ranked by growth
    content_words: int = 0
    words: list[str] = Field(default_factory=list)  # lower-case words outside company names
    deal_id: str | None = None  # a deal an earlier turn singled out (a one-deal ranking's winner)
    unheld_measure: str | None = None  # a company fact no table column holds: revenue, CEO, ...
    position: int | None = None  # "the second largest": only that place of the ranking
    by_date: bool = False  # "the latest deal in your data": single deals ranked by announcement date
    sort: str | None = None  # "largest upfront to smallest": every row, descending | ascending
    with_total: bool = False  # "UF + total": the total asked beside another measure; the terms answer both
    excluding: bool = False  # "the upfront, stripping out the share purchase": one measure less another
    excluded: list[str] = Field(default_factory=list)  # "excluding the LaNova deal": companies left out
    exclude_modalities: list[str] = Field(default_factory=list)  # "(leave out bispecific ADCs)", "non-oncology"
    exclude_years: list[int] = Field(default_factory=list)  # "Merck's deals, excluding 2022": years left out
    milestone_multiple: tuple[str, Decimal] | None = None  # "milestones exceed 20x the upfront": ("min", 20)
    distinct: str | None = None  # "how many companies...": licensor | licensee | other (the named one's counterparties)

    @property
    def companies(self) -> list[str]:
        return list(dict.fromkeys(m.name for m in self.mentions))

    @property
    def metric(self) -> str | None:
        specific = [m for m in self.metrics if m != "total"]
        return specific[0] if specific else ("total" if self.metrics else None)

    @property
    def measures(self) -> list[str]:
        """The distinct money measures named, in the order the question names them ("milestones ... upfront")."""
        ordered = [m for _, m in sorted(zip(self.metric_spans, self.metrics, strict=False))]
        specific = list(dict.fromkeys(m for m in ordered if m != "total"))
        # "upfront vs total": the total is a measure too when one other is named beside it
        return list(dict.fromkeys(ordered)) if len(specific) == 1 and "total" in ordered else specific

    @property
    def has_filters(self) -> bool:
        filters = (self.modality, self.therapeutic_area, self.status, self.min_total, self.max_total, self.bounds)
        kept = (self.undisclosed, self.disclosed, self.licensee_countries, self.near_term_upfront)
        return any((*filters, self.asset, self.target, *kept))


@copied_cache(maxsize=64)
def read_slots(question: str, entities: EntityIndex, corpus_end: str) -> Slots:
    slots = Slots()
    found = swapped_tickers(question, entities.find_companies(question), entities)
    slots.mentions, slots.ambiguous, slots.unknown = found.mentions, found.ambiguous, found.unknown
    slots.guesses = found.guesses
    left_lists = [match.span(1) for match in LISTED_LEFT_OUT_RE.finditer(question)]  # "excluding the A and B ones"
    in_list = [m for m in slots.mentions if any(s <= m.start < e for s, e in left_lists)]
    left_out = in_list or [
        m for m in slots.mentions if EXCLUDED_NEXT_RE.search(question[max(0, m.start - 40) : m.start])
    ]
    if left_out and (in_list or len(left_out) < len(slots.mentions)):  # a list, or someone else still asked about
        slots.excluded = list(dict.fromkeys(m.name for m in left_out))
        slots.mentions = [m for m in slots.mentions if m not in left_out]
    text = without_names(question, [(m.start, m.end) for m in slots.mentions])  # "Leads", "Summit": names, not words
    bounds, text = read_bounds(text)  # amounts are filters, not comparisons: read the rest without them
    bound_spans = bounds.spans
    slots.exclusive = bounds.exclusive
    for name, amount in bounds.amounts.items():
        if name.endswith("_total_usd"):
            setattr(slots, name.removesuffix("_usd"), amount)
        else:
            slots.bounds[name] = amount
    if bounds.billion_dollar:
        slots.min_total = Decimal(10) ** 9
    slots.periods = find_periods(month_spans(question), corpus_end) or short_years(question)
    slots.words = [word.lower() for word in re.findall(r"[A-Za-z0-9]+|%", text)]
    for metric, pattern in METRIC_RES:
        for match in pattern.finditer(text):
            if (match.start(), match.end()) in bound_spans:
                continue  # "an upfront under $100 million" names a filter, not the figure asked for
            if match.group().lower() == "shares" and PER_SHARE_RE.search(text):
                continue  # "at what price did Takeda buy the new shares?": the price an article states
            slots.metrics.append(metric)
            slots.metric_spans.append((match.start(), match.end()))
            break
    if not slots.metrics:
        misspelt = misspelt_metric(text, METRIC_WORDS)
        if misspelt:
            slots.metrics.append(misspelt[0])
            slots.metric_spans.append(misspelt[1])
    slots.with_total = bool(TOTAL_BESIDE_RE.search(text))
    slots.count = bool(COUNT_RE.search(text))
    distinct = DISTINCT_RE.search(text)
    if distinct:
        side = distinct.group(1) or ""
        licensee = LICENSEE_SIDE_RE.search(side)
        slots.distinct = "licensor" if LICENSOR_SIDE_RE.search(side) else "licensee" if licensee else "other"
    slots.assets = entities.find_assets(question)
    if slots.assets:
        slots.asset, slots.asset_deal = slots.assets[0][:2]
    slots.target = entities.find_target(question) if not slots.asset else None
    slots.modality = next((name for name, pattern in MODALITIES if pattern.search(text)), None) or misspelt_modality(
        text
    )
    slots.therapeutic_area = next((name for name, pattern in AREAS if pattern.search(text)), None)
    codes_bracketed(slots, question, entities)  # "the PD-1xVEGF licences (LaNova, 3SBio, RemeGen RC148)": members
    if STATUS_RE.search(text):
        slots.status = "terminated"
    if UNDISCLOSED_RE.search(text) and slots.metric in ("upfront", "milestones", "total", "equity"):
        slots.undisclosed = [str(slots.metric)]
    reporter = REPORTER_RE.search(text)
    if GREATER_CHINA_RE.search(text):
        # The Greater China scope is one series only (PharmCube via Reuters), even when "PharmCube" is named.
        slots.reporter = "PharmCube (via Reuters)"
    elif reporter:
        slots.reporter = next(r for r in REPORTERS if r.lower() == reporter.group(1).lower())
    slots.market_metric = next((name for name, pattern in MARKET_METRIC_RES if pattern.search(text)), None)
    # Trackers count (a named one adds up) deals over $1 billion; with another bound only our rows can
    narrowed = slots.bounds or slots.max_total or slots.modality or slots.therapeutic_area or slots.status
    if slots.min_total == Decimal(10) ** 9 and not slots.mentions and not slots.market_metric and not narrowed:
        value = "deals_over_1b_value" if slots.reporter and "upfront" not in slots.metrics else None  # upfront_total
        slots.market_metric = None if slots.asset else "deals_over_1b_count" if slots.count else value
    slots.market_words = bool(MARKET_RE.search(text))
    slots.unheld_measure = next((name for name, pattern in UNHELD_MEASURE_RES if pattern.search(text)), None)
    if slots.unheld_measure in ("revenue", "profit") and (slots.metrics or DEAL_TERMS_RE.search(text)):
        slots.unheld_measure = None
    slots.op = _operation(text, slots)
    order = SORT_RE.search(text)
    if order and not slots.count and slots.op in (None, "rank", "min", "find"):
        # "2026 oncology deals, largest upfront to smallest": all of them, in order, not the smallest alone
        slots.op, slots.sort = "rank", "ascending" if any(order.groups()) else "descending"
    place = POSITION_RE.search(text)
    if place and slots.op in (None, "rank", "find") and not slots.count:
        word = next((g for g in place.groups() if g), "")
        slots.op, slots.position = "rank", min(POSITIONS.get(word.lower(), 2), 50)
    slots.growth_rank = slots.op == "growth" and bool(WHICH_MOST_RE.search(text))
    slots.others = bool(OTHERS_RE.search(text)) or another_deal(slots.mentions, text)  # "its other 2025 deal"
    if slots.op is None and slots.others and slots.mentions:
        slots.op = "find"  # "Who else did Harbour license to in 2025?": its deals, listed
    if slots.op is None and not slots.count and slots.has_filters and not slots.mentions and ANY_DEALS_RE.search(text):
        slots.op = "find"  # "were any of these deals terminated?": the deals that were, listed
    if slots.op is None and not slots.count and slots.mentions and not slots.metrics and WHAT_LICENSED_RE.search(text):
        slots.op = "find"  # "What did Pfizer license from China in 2025?": its deals, listed
    if slots.op is None and not slots.count and slots.undisclosed:
        slots.op = "find"  # "deals where the upfront was not disclosed": list them
    disclosed_asked(slots, text)  # "deals that disclosed an upfront", "deals with an equity investment": those listed
    # a bound on the total value; the bound's own measure ("deals worth more than $5bn in headline value") is no sum
    totals = {"total"} if {slots.min_total, slots.max_total} - {None} else set()
    bounded, bound_on = bool(slots.bounds or totals), {key.split("_")[1] for key in slots.bounds} | totals
    listed = not slots.metrics or (set(slots.metrics) <= bound_on and re.search(r"\bdeals\b|\btransactions\b", text))
    if slots.op is None and not slots.count and bounded and listed:
        slots.op = "find"  # "2025 deals with an upfront under $100 million": list them with their figures
    if slots.op == "rank":
        slots.dimension = next((name for name, pattern in DIMENSION_RES if pattern.search(text)), "deal")
        slots.rank_by_count = bool(RANK_BY_COUNT_RE.search(text))
        number = N_RE.search(text)
        if number:
            raw = next(group for group in number.groups() if group)
            slots.n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw.lower()]
        # "Rank the companies by ... — who comes out #1?" asks for the ranking: its first row leads it.
        slots.singular = bool(SINGULAR_RE.search(text)) and not (EXPLICIT_RANK_RE.search(text) and not number)
        subject = DEAL_SUBJECT_RE.search(text)
        # "which licensor landed the single largest upfront": one deal's, not a summed ranking of licensors
        paid = bool(
            subject
            and subject.group().lower().endswith(("upfront", "payment"))
            and "single" not in subject.group().lower()
        )
        if subject and not slots.rank_by_count and not (paid and WHICH_PARTY_RE.search(text)):
            slots.dimension, slots.singular = "deal", True
        if slots.sort:
            slots.singular = False
    group = GROUP_BY_RE.search(text)
    if group and slots.op != "rank":
        slots.group_by = group.group(1).lower().replace(" ", "_")
    # "Compare the upfront on Novo's UBT251 deal with Lilly's Innovent deal": 'with' before another's deal
    compare_split = (OR_SPLIT_RE.search(text) or WITH_SPLIT_RE.search(text)) if slots.op == "compare" else None
    split = SIDE_SPLIT_RE.search(text) or compare_split
    slots.split_at = split.start() if split else None
    difference = DIFFERENCE_RE.search(text) or (
        (BY_HOW_MUCH_RE.search(text) or EXCLUDING_RE.search(text)) and slots.op == "compare"
    )
    ratio = RATIO_RE.search(text) or (RATIO_WORD_RE.search(text) and _two_things(slots))
    slots.derive = "ratio" if ratio and not RATE_OF_CHANGE_RE.search(text) else "difference" if difference else None
    slots.lone_ratio = bool(RATIO_WORD_RE.search(text)) and not _two_things(slots)
    if slots.op in ("compare", "growth"):
        # "average upfront for 2025 ADC deals vs 2024": each side is an average, never a sum
        slots.per_deal = "median" if MEDIAN_RE.search(text) else "average" if AVERAGE_RE.search(text) else None
    slots.in_table = bool(TABLE_RE.search(text) or (ADD_UP_DEALS_RE.search(text) and not slots.reporter))
    slots.plural = bool(PLURAL_DEALS_RE.search(text))
    slots.refers_back = bool(REFERENCE_RE.search(text))
    slots.year_before = bool(YEAR_BEFORE_RE.search(text))
    slots.strong_text = bool(STRONG_TEXT_RE.search(text))
    slots.weak_text = bool(WEAK_TEXT_RE.search(text))
    slots.figure_cue = bool(slots.metrics or slots.count or slots.op or TERMS_RE.search(text))
    slots.pay_cue = bool(PAY_RE.search(text))
    slots.overview = bool(OVERVIEW_RE.search(text))
    slots.single_deal = bool(SINGLE_DEAL_RE.search(text)) and not slots.excluded  # "excluding the LaNova deal"
    slots.payment_made = bool(PAYMENT_MADE_RE.search(text))
    slots.acquisition = bool(ACQUISITION_RE.search(text)) and not DRUG_BOUGHT_RE.search(text)  # "bought DB-1418"
    slots.party_ask = bool(PARTY_ASK_RE.search(text))
    slots.in_dollars = bool(IN_DOLLARS_RE.search(text))
    slots.text_kind = bool(TEXT_KIND_RE.search(text))
    slots.followup_marker = bool(FOLLOWUP_RE.search(text))
    own = slots.has_filters or slots.periods or slots.count or slots.op not in (None, "compare")
    slots.pronoun = bool(PRONOUN_RE.search(text) or (THE_DRUG_RE.search(text) and not own))
    covered = [(m.start, m.end) for m in slots.mentions] + [(p.start, p.end) for p in slots.periods]
    slots.content_words = uncovered_words(question, covered + slots.metric_spans)
    refine(slots, text)
    read_checks(slots, text, question)
    read_article_asks(slots, text, entities.role)
    read_investor_asks(slots, text)
    read_table_asks(slots, text)
    return slots


def _two_things(slots: Slots) -> bool:
    """Two periods, two sides or a deal named: something a ratio can set one against the other of."""
    return bool(len(slots.periods) >= 2 or slots.sides or slots.mentions or slots.asset)


def _operation(text: str, slots: Slots) -> str | None:
    rate = bool(RATE_OF_CHANGE_RE.search(text))
    growth = rate or (bool(GROWTH_RE.search(text)) and not COMPARE_RE.search(text))
    # "grow ..., in percent" asks for a growth rate; "share" / "proportion" asks for a share.
    share = SHARE_RE.search(text) and slots.metric != "equity" and not IN_DOLLARS_RE.search(text)
    if share and not (growth and not SHARE_WORD_RE.search(text)):
        return "share"
    if growth:
        return "growth"
    if RATIO_WORD_RE.search(text) and _two_things(slots):
        return "compare"
    if RATIO_RE.search(text) or DIFFERENCE_RE.search(text) or BY_HOW_MUCH_RE.search(text):
        return "compare"
    if EXCLUDING_RE.search(text) and len(slots.measures) >= 2 and not slots.excluded:  # not "excluding LaNova"
        slots.excluding = True
        return "compare"  # "the upfront, stripping out the share purchase": one measure less the other
    if MIN_RE.search(text):
        return "min"
    # "the most they could pay in milestones" is the deal's ceiling ("up to"), not a ranking
    ceiling = r"\bthe most\s+(?:[\w-]+\s+)?(?:could|can|would|might|may)\b"
    if RANK_RE.search(text) and not re.search(rf"\bat most\b|\bmost recent\b|{ceiling}", text, re.IGNORECASE):
        return "rank"
    if COMPARE_RE.search(text):
        return "compare"
    if MEDIAN_RE.search(text):
        return "median"
    if AVERAGE_RE.search(text):
        return "average"
    if SUM_RE.search(text):
        return "sum"
    money = {"upfront", "milestones", "total", "equity"}.intersection(slots.metrics)
    if LOOSE_SUM_RE.search(text) and money and not NO_SUM_RE.search(text):
        return "sum"
    if FIND_RE.search(text):
        return "find"
    return None
