"""Fact-checkers' and analysts' wordings the first reading misses, read after ``analyst.refine``
(issue 11, the classes of outsider6.jsonl).

A claim to check ("Is it true that Takeda paid $2 billion upfront?", "X paid $Y, right?") is
answered with the deal's terms, so a claimed figure that is another measure ($2 billion is the
total, not the upfront) is set right by the figure it really is; "bigger than what Pfizer paid
3SBio?" with nothing before "than" compares with the answer before; "how much of the upfront came
as warrants" asks about the deal before; "what's the target?" beside a pair is an article's fact,
not the pair's deal list; "how much more did Roche pay for YL201 than for YL211" compares what was
paid, the upfront, not the headline total. "between March and June 2025" is the months from March
to June (``month_spans``). Each pattern comes with its examples in
``tests/test_outsider6_classes.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol

from assistant.corpus.tables import Deal
from assistant.dates import MONTHS
from assistant.routing.analyst_wording import STOCK_BOUGHT
from assistant.routing.company_dives import company_share_calls, deal_share_of_tracker
from assistant.routing.factcheck import deal_share_of_period
from assistant.routing.group_shares import group_share_calls
from assistant.routing.named_assets import assets_together
from assistant.routing.our_rows import companies_by_deals_calls, modalities_left_out, share_calls
from assistant.routing.periods import Period, read_bound
from assistant.routing.tracker_shares import tracker_share_calls
from assistant.routing.wording import AREAS, MODALITIES
from assistant.tools.dealfilter import matches
from assistant.tools.schema import DealFilter, ToolCall

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# "between March and June 2025", "between Apr. and Sept 2024": a month range in other words
BETWEEN_MONTHS_RE = re.compile(rf"\b(between\s+)((?:{_MONTH_ALT})\b\.?)(\s+and\s+)(?=(?:{_MONTH_ALT})\b)", re.I)
# "Oct '24", "in '25": a year in two digits after an apostrophe, a month before it or not
SHORT_YEAR_RE = re.compile(rf"(?:\b({_MONTH_ALT})\b\.?\s*)?['’‘]([12]\d)\b", re.I)
# "above or below the average 2025 upfront", "vs the mean deal of 2024": one deal against a period's average
AGAINST_AVERAGE_RE = re.compile(
    r"\b(?:above|below|over|under|than|versus|vs\.?|against|compared? (?:with|to)|relative to)\s+(?:the\s+)?"
    r"(?:[\w'’]+\s+){0,2}?(?:average|mean|typical|median)\b",
    re.I,
)
# a statistic beside the year said: "the average 2025 deal", "the median 2024 upfront": the statistic's period
_STATISTIC_BEFORE_RE = re.compile(r"\b(?:average|mean|typical|median)\s+(?:(?:of|in|for|the|full)\s+)?$", re.I)
_STATISTIC_AFTER_RE = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+)?(?:average|mean|typical|median)\b", re.I)
# "paying InnoCare partly in stock", "paid in shares": a deal's equity, not a share price
PAID_IN_STOCK_RE = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|compensat\w*|settl\w*|funded|financ\w*)\b[^?.]{0,40}?\bin (?:stock|shares|equity)\b|"
    r"\b(?:partly|partially|in part|part) (?:in|with) (?:stock|shares|equity)\b",
    re.I,
)
# "how much Innovent stock did Takeda buy, in dollars": the stock bought in the deal, its equity (one
# pattern with the equity metric's, which leaves out a stock that moves and "the stock market")
STOCK_BOUGHT_RE = re.compile(STOCK_BOUGHT, re.I)
# "why do outlets disagree on the headline value": how reports differ, an article's account, not the figure
SOURCES_DIFFER_RE = re.compile(
    r"\b(?:disagree\w*|discrepanc\w*|conflicting|inconsisten\w*|(?:reports?|outlets?|sources?|media) (?:differ|vary|conflict))\b|"
    # "what is disputed about the headline value", "the total is contested"
    r"\b(?:disputed?|contested)\b(?!\s+(?:resolution|settlement))|"
    # what a stated figure covers: "evopoint astellas 1.34b, total or on top of shoufu?" (outsider126)
    r"\b(?:total|headline)\s+or\s+(?:on\s+top|in\s+addition|additional|extra)\b|"
    r"\bdoes\s+(?:the|that|this)\s+\$?\d[\d.,]*\s*(?:bn|b|billion|m|mn|million)?\s+(?:figure\s+)?includ\w*\s+the\s+up[\s-]?front\b",
    re.I,
)
# "the average deal in 2026 against 2025", "2025 upfronts set against 2024": two periods compared
AGAINST_YEAR_RE = re.compile(
    r"\b(?:against|next to|set against|relative to)\s+(?:the\s+)?(?:(?:19|20)\d\d|['’]\d\d)\b", re.I
)
# A claim put to us: the figure stated in it is checked against the deal's terms.
CLAIM_RE = re.compile(
    r"\b(?:is it (?:true|correct|right|accurate)|is (?:that|this|it) (?:right|correct|true|accurate|the (?:number|figure))|"
    r"really|does (?:that|this|it) (?:hold|check out|stack up)|"
    r"(?:can you )?(?:confirm|verify|fact[- ]?check)|colleague|someone (?:wrote|said|says|told|claims?)|"
    r"(?:i|we) (?:read|heard|saw)|(?:was|were) told|claims?|reportedly|am i right)\b|\b(?:right|correct|true)\s*\?",
    re.I,
)
CLAIMED_AMOUNT_RE = re.compile(r"(?:\$|US\$|USD)\s?\d|\b\d+(?:\.\d+)?\s?(?:bn|b|billion|million|mn|m|mln)\b", re.I)
# "bigger than what Pfizer paid 3SBio?", "more than Takeda's?": the other side of a comparison, the answer
# before being this one
LEADING_THAN_RE = re.compile(
    r"^\s*(?:(?:is|was) (?:it|that) |and |but )?(?:bigger|larger|greater|higher|more|smaller|lower|less|"
    r"fewer|cheaper|pricier)(?: money)? than\b",
    re.I,
)
# "how much of the upfront came as warrants", "what part of that was cash": a part of the deal before
PART_OF_RE = re.compile(r"\b(?:how much|what (?:part|portion|share|fraction)) of (?:the|that|its|this)\b", re.I)
# "Sum the headline values for me", "add up the upfronts": an order over the figures just listed
SUM_THE_RE = re.compile(
    r"^\s*(?:(?:and|so|now|ok(?:ay)?|please|can you|could you)[,\s]+)*(sum|add up|total up|tot up|average)"
    r"\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?the\b",
    re.I,
)
# "what's the target?", "what does it target?", "which disease is it for?": an article's fact about the drug
DRUG_FACT_RE = re.compile(
    r"\bwhat(?:'s| is| was| are| were) (?:the|its|their) (?:targets?|mechanism|indications?|diseases?|modality)\b|"
    r"\bwhat (?:does|did|do) (?:it|they|the drug|the antibody|the molecule) (?:target|treat|hit|bind)\b|"
    r"\bwhat (?:target|disease|indication|mechanism)\b",
    re.I,
)
# "roche paid medilink how much more for YL201", "did Regeneron pay Hansoh more": money paid, the upfront
PAID_MORE_RE = re.compile(r"\b(?:paid|pay|pays|paying|spent|spend|handed|hand)\b", re.I)


class Checkable(Protocol):
    """The slots ``read_checks`` reads and corrects (``intents.Slots``)."""

    mentions: list[Any]
    unknown: list[str]
    guesses: dict[str, list[str]]
    metrics: list[str]
    metric_spans: list[tuple[int, int]]
    count: bool
    op: str | None
    refers_back: bool
    figure_cue: bool
    text_kind: bool
    claim: bool
    split_at: int | None
    assets: list[Any]
    periods: list[Period]
    market_metric: str | None
    min_total: Decimal | None
    max_total: Decimal | None
    bounds: dict[str, Decimal]
    status: str | None
    asset: str | None
    target: str | None
    modality: str | None
    therapeutic_area: str | None
    filters_after_split: bool
    filters_before_split: bool
    per_deal: str | None


def month_spans(question: str) -> str:
    """The question with "between March and June 2025" written as "March - June 2025", same length
    (the period reader's offsets stay those of the question)."""
    return BETWEEN_MONTHS_RE.sub(lambda m: " " * len(m[1]) + m[2] + "-".center(len(m[3])), question)


def short_years(question: str) -> list[Period]:
    """The periods of "(Oct '24)", "deals of '25", "since '24": read only when no period is written in full."""
    periods = []
    for match in SHORT_YEAR_RE.finditer(question):
        month = MONTHS.get(match[1].lower().rstrip(".")) if match[1] else None
        period = Period(year=2000 + int(match[2]), month=month, start=match.start(), end=match.end())
        read_bound(question, period)  # "since '24", "'24 onwards": one end of a range, as "since 2024" is
        periods.append(period)
    return periods


def read_checks(slots: Checkable, text: str, question: str) -> None:
    """Correct ``slots`` (read from ``text``, company names blanked) for the wordings above."""
    one_measure = len(set(slots.metrics) - {"total"}) <= 1
    if slots.mentions and slots.op is None and not slots.count and one_measure and CLAIM_RE.search(question):
        slots.claim = bool(CLAIMED_AMOUNT_RE.search(question))
        # "Someone wrote …", "Correct?": the words of a claim, no company the table does not know
        said = {
            word.lower() for word in re.findall(r"[A-Za-z]+", " ".join(m.group() for m in CLAIM_RE.finditer(question)))
        }
        said |= {"someone", "somebody", "colleague", "correct", "right", "true", "wrote", "says"}
        slots.unknown = [word for word in slots.unknown if word.lower() not in said]
        slots.guesses = {word: names for word, names in slots.guesses.items() if word.lower() not in said}
    if slots.op == "compare" and LEADING_THAN_RE.search(question):
        slots.refers_back = True
    if not slots.mentions and slots.metrics and PART_OF_RE.search(question):
        slots.refers_back = True
    order = SUM_THE_RE.search(question)
    # ("add up the 2025 ADC upfronts" names deals of its own)
    own = slots.mentions or slots.periods or slots.modality or slots.therapeutic_area or slots.target
    if order and not own and slots.metrics:
        slots.refers_back = True
        # "total up the milestones": the verb is the sum asked for, not the deals' total value
        after = [
            (m, span) for m, span in zip(slots.metrics, slots.metric_spans, strict=False) if span[0] >= order.end(1)
        ]
        if after and len(after) < len(slots.metrics):
            slots.metrics, slots.metric_spans = [m for m, _ in after], [span for _, span in after]
        slots.op = slots.op or "sum"
    if DRUG_FACT_RE.search(text) and not slots.count and slots.op in (None, "find"):
        slots.op, slots.text_kind = None, True
        slots.figure_cue = bool(slots.metrics)
    if slots.split_at is not None and (slots.modality or slots.therapeutic_area):
        # "than Roche did for the Oct 2025 ADC": the ADC is Roche's deal, not the other side's
        chosen = [(n, p) for n, p in MODALITIES if n == slots.modality] + [
            (n, p) for n, p in AREAS if n == slots.therapeutic_area
        ]
        where = [match.start() for _, pattern in chosen for match in pattern.finditer(text)]
        slots.filters_after_split = bool(where) and min(where) > slots.split_at
        slots.filters_before_split = bool(where) and max(where) < slots.split_at
    if slots.mentions and not slots.metrics and (PAID_IN_STOCK_RE.search(text) or STOCK_BOUGHT_RE.search(text)):
        slots.metrics, slots.figure_cue = ["equity"], True
    if SOURCES_DIFFER_RE.search(text) and not slots.count:
        slots.metrics, slots.metric_spans, slots.op, slots.figure_cue = [], [], None, False
    if slots.op in (None, "average", "sum") and len(slots.periods) >= 2 and AGAINST_YEAR_RE.search(text):
        slots.per_deal = "average" if slots.op == "average" else slots.per_deal
        slots.op = "compare"
    two_deals = len(slots.assets) >= 2 or len(slots.mentions) >= 2
    if slots.op == "compare" and not slots.metrics and two_deals and PAID_MORE_RE.search(text):
        slots.metrics = ["upfront"]


def untracked_counts(slots: Checkable, question: str, reported: set[tuple[str, str]]) -> None:
    """$1B+ deals counted for a period no tracker counted them in ("How many 2024 deals had a headline
    value of at least $1 billion?"): our rows with a total of $1 billion or more are counted instead.
    ``reported`` holds each (metric, period) a tracker reported. A count of companies narrowed by what a
    tracker's count of licensors is not ("How many companies received over $500 million upfront in 2025?")
    counts the different licensors of our rows."""
    narrowed = slots.bounds or slots.max_total or slots.modality or slots.therapeutic_area or slots.status
    other_total = slots.min_total is not None and slots.min_total != Decimal(10) ** 9  # Informa's scope: $1B+
    if slots.market_metric == "licensor_count" and (narrowed or other_total or slots.asset or slots.target):
        slots.market_metric = None
    periods = {period.market_period[:4] for period in slots.periods}
    written = CLAIMED_AMOUNT_RE.search(question)  # "billion-dollar deals" writes no figure an answer could quote
    # a tracker's count for part of that year (2025-H1) still answers it, as that part
    counted = any(metric == slots.market_metric and seen[:4] in periods for metric, seen in reported)
    if slots.market_metric == "deals_over_1b_count" and slots.min_total is not None and periods and written:
        slots.market_metric = slots.market_metric if counted else None


def one_side_filters(calls: list[ToolCall], slots: Checkable, deals: list[Deal] | None = None) -> None:
    """A type or area said after "than" narrows that side only: the first side keeps its own deal; one said
    before it does not narrow a second side named by its own company and period that it would leave empty."""
    modalities_left_out(calls, slots)
    assets_together(calls, slots)  # "combined upfront for LM-299, SSGJ-707 and RC148": all three drugs' deals
    for call in calls:
        left, right = call.args.get("left"), call.args.get("right")
        if call.tool != "compare" or not slots.filters_after_split or not isinstance(left, dict):
            continue
        if isinstance(right, dict) and left.get("licensee") != right.get("licensee"):
            for name in ("modality", "therapeutic_area"):
                left.pop(name, None)
    for call in calls:
        right, cut = call.args.get("right"), slots.split_at
        if call.tool != "compare" or not slots.filters_before_split or not isinstance(right, dict) or cut is None:
            continue
        # "CSPC's 2026 obesity deal with AZ than its June 2025 AI deal with AZ", "AZ's obesity deal with CSPC than
        # GSK's deal with Hengrui": the second deal, named by its own company (and period), is not narrowed by the
        # first one's area when that would leave it empty ("than 2024's" still is: it names nothing;
        # "than Hengrui's 2024 oncology deals" too, when Hengrui has some)
        if not any(m.start > cut for m in slots.mentions):  # "than GSK's deal with Hengrui": its own companies
            continue
        wider = {name: value for name, value in right.items() if name not in ("modality", "therapeutic_area")}
        if _none_match(right, deals) and not _none_match(wider, deals):
            right.clear()
            right.update(wider)
    for call in calls:
        _area_of_one_side(call, deals)
        if slots.op == "growth":
            _later_side_first(call)


def _later_side_first(call: ToolCall) -> None:
    """Growth measures the later deal against the earlier, whatever the word order: "grow between their October
    2024 Lp(a) deal and the January 2026 obesity deal" puts the 2026 deal first (1100%, not "91.7% less")."""
    left, right = call.args.get("left"), call.args.get("right")
    if call.tool != "compare" or not isinstance(left, dict) or not isinstance(right, dict):
        return
    when = [(side.get("year"), side.get("month") or 0) for side in (left, right)]
    if all(year for year, _ in when) and when[0] < when[1]:
        call.args["left"], call.args["right"] = right, left


def _area_of_one_side(call: ToolCall, deals: list[Deal] | None) -> None:
    """A type or area the question said of one deal only, wherever it stands: "cspc-AZ obesity deal total is how
    many times the 3sbio-pfizer one?", "between their October 2024 Lp(a) deal and the January 2026 obesity deal".
    Both sides got the area; the side it leaves empty while the other side keeps a deal with it is widened."""
    left, right = call.args.get("left"), call.args.get("right")
    if call.tool != "compare" or not isinstance(left, dict) or not isinstance(right, dict) or deals is None:
        return
    said = [name for name in ("modality", "therapeutic_area") if left.get(name) and left.get(name) == right.get(name)]
    if not said:
        return
    for side, other in ((left, right), (right, left)):
        wider = {name: value for name, value in side.items() if name not in said}
        if _none_match(side, deals) and not _none_match(other, deals) and not _none_match(wider, deals):
            side.clear()
            side.update(wider)
            return


def _none_match(side: dict[str, Any], deals: list[Deal] | None) -> bool:
    wanted = DealFilter.model_validate(side)
    return not any(matches(deal, wanted, {}) for deal in deals or [])


def against_the_average(slots: Any, question: str, calls_for: Callable[[str, Any], list[ToolCall]]) -> list[ToolCall]:
    """One deal against a period's average ("Was Hengrui's Merck upfront above the average 2025 upfront?"):
    the deal's figure and the average (or median) over that period's deals, never the average of the deal alone;
    a tracker named ("than PharmCube's 2025 average deal") gives its reported average deal size.
    ``slots`` are ``intents.Slots``; ``calls_for`` is ``ToolArgs.tool_calls``. Empty when not that.
    A share of our own rows (``our_rows.share_calls``) is the other comparison built here."""
    if slots.op == "share":
        shares = group_share_calls(slots, question, calls_for) or tracker_share_calls(slots, calls_for)
        shares = shares or share_calls(slots, calls_for)
        shares = shares or company_share_calls(slots, question, calls_for)
        return shares or deal_share_of_tracker(slots, calls_for) or deal_share_of_period(slots, calls_for)
    if slots.count and slots.distinct:
        return companies_by_deals_calls(slots, question, calls_for)
    if slots.op not in ("average", "compare") or not slots.companies or not slots.periods or slots.count:
        return []
    if not AGAINST_AVERAGE_RE.search(question):
        return []
    own, statistic = _periods_apart(slots, question)
    operation = "median" if "median" in (AGAINST_AVERAGE_RE.search(question) or [""])[0].lower() else "average"
    market = statistic.model_copy(
        update={"mentions": [], "asset": None, "asset_deal": None, "assets": [], "target": None, "op": operation}
    )
    if slots.reporter and operation == "median":
        return []  # no tracker reports a median deal
    return [
        *calls_for("get_deal", own.model_copy(update={"op": None, "per_deal": None})),
        *calls_for("market_stat" if slots.reporter else "aggregate", market),  # "than PharmCube's 2025 average deal"
    ]


def _periods_apart(slots: Any, question: str) -> tuple[Any, Any]:
    """The deal's slots and the statistic's: of two years said, the one beside "average"/"median" is the
    statistic's ("CSPC-AZ's 2026 upfront against the average 2025 upfront"), the other the deal's; else both."""
    if len(slots.periods) != 2:
        return slots, slots
    for index, period in enumerate(slots.periods):
        if period.start < 0 or not (
            _STATISTIC_BEFORE_RE.search(question[: period.start]) or _STATISTIC_AFTER_RE.match(question[period.end :])
        ):
            continue
        other = slots.periods[1 - index]
        return slots.model_copy(update={"periods": [other]}), slots.model_copy(update={"periods": [period]})
    return slots, slots


def partners_counted(slots: Any, deals: list[Deal]) -> Any:
    """ "How many times has AstraZeneca partnered with CSPC?": when the table holds several deals of the
    companies named, their count is the table's (with the articles beside it, which may say "the third
    deal between"); with one deal or none ("how many times had Innovent and Lilly partnered", the
    seventh), only an article can say how often. ``slots`` are ``intents.Slots``."""
    if slots.unheld_measure != "earlier collaborations" or not slots.count or not slots.companies:
        return slots
    named = set(slots.companies)
    held = sum(1 for deal in deals if named <= {*deal.licensors, *deal.licensees})
    return slots.model_copy(update={"unheld_measure": None, "strong_text": True}) if held > 1 else slots
