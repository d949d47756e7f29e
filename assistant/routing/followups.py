"""Follow-ups that ask about other deals than the one the previous turn named.

"Who else did they license to that year?" after a question about the Harbour BioMed–Otsuka
deal asks for Harbour BioMed's other partners in the year of that deal: the counterpart is
dropped (it is the one the question excludes) and "that year" is the year of the deal. Without
"that year", a year that only picked the previous deal does not narrow the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.all_parties import all_parties
from assistant.routing.entities import Mention
from assistant.routing.intents import Side, Slots
from assistant.routing.other_deal import THE_OTHER_RE, counterparts_left_out
from assistant.routing.period_shift import stepped_periods
from assistant.routing.periods import Period, year_before
from assistant.routing.ranked_side import kept_side
from assistant.routing.series_turns import mainland_series
from assistant.routing.state import RouteState
from assistant.routing.tracker_table import deal_after_tracker
from assistant.routing.turn_deal import the_deal_before
from assistant.routing.turn_measures import sum_carried
from assistant.routing.wording import FROM_THEM_RE, THAT_YEAR_RE


def others_of(slots: Slots, previous: Slots, question: str, role: Callable[[str], str], deals: list[Deal]) -> Slots:
    """The previous turn's company (or the one of them named again) without its counterpart, in
    the year of their deal."""
    pair = list(previous.mentions)
    deals_of_pair = [d for d in deals if set(previous.companies) <= {*d.licensors, *d.licensees}]
    keep_role = "licensee" if FROM_THEM_RE.search(question) else "licensor"
    kept = list(slots.mentions) or [m for m in pair if role(m.name) in (keep_role, "both")] or pair[:1]
    # A year said to pick the previous deal ("cspc az 2025 upfront?") does not narrow "who else": a
    # year said of one company's deals ("Harbour's 2025 deals") does, and "that year" always does.
    periods = slots.periods or (previous.periods if len(previous.companies) < 2 else [])
    if THAT_YEAR_RE.search(question) and not slots.periods:
        years = {d.year for d in deals_of_pair}
        periods = [Period(year=years.pop())] if len(years) == 1 else previous.periods
    left_out = counterparts_left_out(question, [m.name for m in pair], [m.name for m in kept])  # "its other deal"
    if left_out and len(previous.companies) >= 2 and previous.periods:
        kept_names = {m.name for m in kept}
        beyond = [d for d in deals if kept_names & {*d.licensors, *d.licensees} and d not in deals_of_pair]
        years_before = {p.year for p in previous.periods}
        other_years = {d.year for d in deals_of_pair if d.year not in years_before}
        if (not beyond or THE_OTHER_RE.search(question)) and len(other_years) == 1:
            # "Argo Novartis 2024 deal upfront? || and their other deal?": the pair's deal of its other year
            kept, left_out, periods = pair, [], [Period(year=other_years.pop())]
    excluded = [*slots.excluded, *left_out]
    return slots.model_copy(
        update={"mentions": kept, "periods": periods, "op": "find", "asset": None, "excluded": excluded}
    )


# "so both together?", "and the two combined?": every deal of the pair the turns before went through
BOTH_TOGETHER_RE = re.compile(
    r"\b(?:both|the two|the pair)\b[^?]{0,20}\b(?:together|combined|in total|summed|added up)\b|"
    r"\b(?:together|combined|in total)\b[^?]{0,12}\b(?:both|the two)\b|^\W*(?:so |and )?(?:both|the two)\W*$",
    re.IGNORECASE,
)


def both_together(own: Slots, merged: Slots, question: str, deal_parties: dict[str, list[str]]) -> Slots | None:
    """After one asset of a pair and then the other, "so both together?" sums the pair's deals:
    the last asset (or target) named no longer picks one deal; the pair is the one its deal had."""
    if own.mentions or own.asset or own.periods or not merged.metrics or not BOTH_TOGETHER_RE.search(question):
        return None
    names = merged.companies if len(merged.companies) >= 2 else deal_parties.get(merged.asset_deal or "", [])
    if len(names) < 2:
        return None
    mentions = [Mention(name=name, start=0, end=0) for name in names]
    update = {"asset": None, "asset_deal": None, "assets": [], "target": None, "mentions": mentions}
    return merged.model_copy(update=update | {"op": "sum", "plural": True, "single_deal": False})


def narrowed_compare(own: Slots, previous: RouteState | None) -> Slots | None:
    """ "How does GSK–Hengrui compare with Merck–Hengrui? How much more upfront did GSK pay?": the
    previous comparison's two sides, measured by what this turn names."""
    if previous is None or previous.kind != "compare" or own.op != "compare" or own.periods or own.asset:
        return None
    if not own.companies or not set(own.companies) <= set(previous.slots.companies) or not own.metrics:
        return None
    update = {"metrics": own.metrics, "metric_spans": own.metric_spans, "count": own.count, "words": own.words}
    return previous.slots.model_copy(update={**update, "derive": own.derive or previous.slots.derive})


def worth_of_the_shares(current: Slots, old: Slots) -> bool:
    """ "What were they worth?" after a question about shares asks the equity's value, not the deal's."""
    return set(current.metrics) == {"total"} and current.pronoun and old.metric == "equity" and not current.count


# "Who backed Kailera?" then "How much did they put into it?": the backers' money is a funding round an
# article states, not the deal's terms (nor its equity: a licensee buying stock is asked of the licensee)
_BACKERS = frozenset(["backed", "backers", "backer", "investors", "funded", "financed", "bankrolled", "syndicate"])
_PUT_IN_RE = re.compile(
    r"\bhow much\b.*\b(?:put|pump(?:ed)?|invest(?:ed)?|inject(?:ed)?|commit(?:ted)?)(?:\s+\w+)?\s+(?:in|into)\b"
)


def _names_one_of_those(current: Slots) -> bool:
    """ "which of those was the B7-H4 ADC?", "which one of them was earliest": a deal of the set named by its
    description or its date, no measure (the list, in date order, names it and numbers "the second one")."""
    words = current.words
    described = current.target or current.modality or current.asset or current.therapeutic_area
    return (
        bool(words[:1] == ["which"] and {"those", "them", "these"} & set(words[1:4]))
        and not (current.metrics or current.count or current.op)
        and bool(described or _DATE_ORDER & set(words))
    )


_DATE_ORDER = frozenset({"earliest", "oldest", "latest", "newest", "recent", "first"})


_FIELD_RE = re.compile(r"\b(?:territor(?:y|ies)|regions?|geograph\w*|rights|status)\b", re.IGNORECASE)


def carried_measure(current: Slots, old: Slots, merged: Slots) -> Slots:
    """The measure a pronoun follow-up asks of what the turn before was about: the equity's worth after a
    question about shares, the money raised after a question about a company's backers."""
    if worth_of_the_shares(current, old):
        merged.metrics, merged.metric_spans = old.metrics, old.metric_spans
    elif not current.metrics and _FIELD_RE.search(" ".join(current.words)):
        # "territory?", "and the status?" after its upfront: the deal's terms, which state them, not the upfront again
        merged.metrics, merged.metric_spans, merged.op = [], [], None
    elif (
        current.pronoun
        and not current.metrics
        and _BACKERS & set(old.words)
        and _PUT_IN_RE.search(" ".join(current.words))
    ):
        merged.unheld_measure = "funds raised"
    return merged


def _after(s: Slots) -> list[Period]:
    """The year after the slots' one whole-year period ([] for anything else)."""
    if len(s.periods) != 1 or not s.periods[0].whole_year:
        return []
    return [Period(year=s.periods[0].year + 1)]


def side_of(s: Slots, role: Callable[[str], str], periods: list[Period] | None = None) -> Side:
    """One side of a comparison: the licensor first; in ``periods`` when given ("how does that compare w their
    2024 one" after CSPC-AZ's January 2026 upfront: the 2024 deal alone, not 2024 through January 2026)."""
    names = sorted(s.companies, key=lambda name: role(name) != "licensor")
    return Side(companies=names, asset=s.asset, periods=periods or s.periods)


# a ranking word of the turn's own ("and which was the largest deal?") ranks by what it says, not by the measure of
# the ranking before it ("the most deals"); a bare place ("and #2?", "the runner-up") keeps that measure
_SUPERLATIVE = frozenset(
    {"largest", "biggest", "highest", "smallest", "lowest", "greatest", "richest", "priciest", "cheapest"}
)


def _in_total_of_those(current: Slots, old: Slots) -> bool:
    """ "How much in total?" after a count of the deals that disclosed one term: that term's amounts summed, not
    the deals' total value ("in total" sums; "total value" or "the total" would name the measure)."""
    words = current.words
    in_total = ("in", "total") in set(pairwise(words))
    named = {"value", "values", "headline", "worth", "deal"} & set(words)
    return bool(in_total and not named and current.metrics == ["total"] and old.count and old.metric in _PARTS)


_PARTS = ("upfront", "milestones", "equity")


class Merger:
    """Merges a follow-up's slots ("And the milestones?", "What about Takeda?") into the previous turn's."""

    def __init__(
        self, role: Callable[[str], str], deal_parties: list[set[str]], has_deal: Callable[[Side], bool]
    ) -> None:
        self.role = role
        self.deal_parties = deal_parties
        self.has_deal = has_deal

    def merge(self, previous: RouteState, current: Slots) -> Slots:
        """The previous turn's slots with what this turn says put over them."""
        old = previous.slots
        merged = old.model_copy(deep=True)
        if current.mentions:
            merged.mentions = self._replace_companies(old, current, previous.kind)
            if not current.asset:
                merged.asset = merged.asset_deal = None
            if previous.kind == "get_deal" and not current.target and set(current.companies) - set(old.companies):
                merged.target = (
                    None  # "GLP-1/GIP" named the deal before; "Hansoh's other deal, the Roche ADC" is another
                )
        if current.asset:
            merged.asset, merged.asset_deal = current.asset, current.asset_deal
            if not current.mentions:
                merged.mentions = []
        if current.mentions and not current.periods and len(merged.companies) >= 2:
            # "What about Takeda?" after Lilly's 2026 Innovent deal: the year was said of Lilly's deal
            merged.periods = merged.periods if self.has_deal(side_of(merged, self.role)) else []
        if current.periods:
            merged.periods = current.periods
            merged.earlier_periods = old.periods  # "and 2024?" after 2025: both years are now in play
            if current.op in ("growth", "compare") and old.periods and not current.mentions:
                # "How much is that up from 2024?": both periods, the earlier first.
                merged.periods = sorted(
                    {p.label: p for p in [*old.periods, *current.periods]}.values(), key=lambda p: str(p.date_from)
                )
        elif stepped := stepped_periods(current.words, old.periods):
            merged.periods = stepped  # "what about the following quarter" after Q3 2025: Q4 2025
        if current.year_before and old.periods:
            before = [year_before(p) for p in old.periods]
            # "How many more deals than the year before?": the period talked about against the one before it
            one = current.op in ("compare", "growth") and len(old.periods) == 1
            # after "2025?" then "and 2024?", the two years in play are the year and the year before it
            pair = one and [p.label for p in old.earlier_periods] == [year_after.label for year_after in _after(old)]
            merged.periods = (
                [*old.periods, *old.earlier_periods] if pair else [*before, *old.periods] if one else before
            )
        if (current.metrics or current.count) and not worth_of_the_shares(current, old):
            # ("What were they worth?" after a question about shares keeps the equity)
            merged.metrics, merged.metric_spans, merged.count = current.metrics, current.metric_spans, current.count
            if _in_total_of_those(current, old):
                # "how much in total?" after "how many deals disclosed an equity amount?": those amounts summed
                merged.metrics, merged.metric_spans, merged.count, merged.op = (
                    old.metrics,
                    old.metric_spans,
                    False,
                    "sum",
                )
            if current.op == "share" and old.metric and old.metric not in current.metrics:
                # "What share of it is that upfront?" after the deal's total: this measure of the one before
                merged.metrics = [*current.metrics, old.metric]
                merged.metric_spans = [*current.metric_spans, (10**6, 10**6)]
        if current.op:
            for name in ("op", "n", "dimension", "rank_by_count", "singular", "position", "sort", "by_date"):
                setattr(merged, name, getattr(current, name))
            merged.dimension = kept_side(current, old) or merged.dimension  # "total value 最高的呢?": same side
            if current.op == old.op == "rank" and not (
                current.metrics or current.count or _SUPERLATIVE & set(current.words)
            ):
                # "and #2?", "and the runner-up?" after "who signed the most deals?": a place of that same ranking
                merged.rank_by_count = merged.rank_by_count or old.rank_by_count
                merged.dimension = merged.dimension or old.dimension
            if current.op in ("compare", "growth") and old.op in ("average", "median"):
                merged.per_deal = old.op  # "how does that compare with 2025?" after an average: the averages
        elif _names_one_of_those(current) and previous.kind == "aggregate":
            # "which of those was the B7-H4 ADC?" after an average upfront: those deals listed, not the average again
            merged.op, merged.metrics, merged.metric_spans, merged.count = "find", [], [], False
        elif current.count and old.op in ("average", "median"):
            merged.op = None  # "how many of them were above 100m" after an average upfront: a count, not the average
        elif old.op == "compare" and self._one_new_deal(current, old):
            # "and Summit's to Akeso for ivonescimab?" after a comparison: that deal's figure, not the comparison again
            merged.op, merged.sides, merged.split_at = None, [], None
        elif current.metrics and not current.count and old.op == "find" and old.asset_deal and not current.has_filters:
            # "how much upfront did they get for it?" after "who licensed HRS9531?" (its one deal, listed): that deal's
            merged.op = None
        elif current.metrics and not current.count and old.count and previous.kind == "aggregate":
            merged.op = "sum"  # "How many deals did X sign?" then "And their total value?"
        names = (
            "modality",
            "therapeutic_area",
            "status",
            "min_total",
            "max_total",
            "bounds",
            "exclusive",
            "reporter",
            "market_metric",
            "derive",
            "target",
            "undisclosed",
            "disclosed",
            "in_dollars",
            "excluded",
            "exclude_modalities",
            "licensee_countries",  # "how many of those had an american buyer"
            "per_deal",  # "same but average upfront" after a comparison: each side's average
        )
        for name in (*names, "in_table"):
            if getattr(current, name):
                setattr(merged, name, getattr(current, name))
        if (
            current.modality
        ):  # "and bispecific ADC separately" after "ADC (excluding bispecific ADC)": asked, not left out
            merged.exclude_modalities = [
                n for n in merged.exclude_modalities if n.lower() not in current.modality.lower()
            ]
        if current.licensee_countries and not current.mentions:  # "and the Japanese buyers?" after Merck's deals
            merged.mentions = [m for m in merged.mentions if self.role(m.name) == "licensor"]
        if BOTH_TOGETHER_RE.search(" ".join(current.words)) and not current.excluded:
            merged.excluded = []  # "and combined, both deals?" after "its other deal": the deal left out is back
        deal_after_tracker(current, old, merged)  # "how much the Innovent Takeda deal is" after a tracker's total
        mainland_series(current, merged)  # "and the mainland-only number?" after PharmCube's Greater China figure
        new_figure = current.figure_cue or current.pay_cue
        merged.strong_text = current.strong_text or (previous.kind == "text" and not new_figure)
        merged.figure_cue = current.figure_cue or (old.figure_cue and not current.strong_text)
        merged.pay_cue = current.pay_cue or (old.pay_cue and not current.strong_text)
        if new_figure and set(current.metrics) - {"total"}:  # "what was its upfront?" after "what happened to X"
            # asks a term, not the story ("how big" after "msd took a charge on the curon deal?" is the charge's size)
            merged.deal_content, merged.text_kind = current.deal_content, current.text_kind
        merged.ambiguous = current.ambiguous
        # the wording of this turn, not the last one's
        merged.words, merged.unheld_measure = current.words, current.unheld_measure
        merged.deal_id = the_deal_before(previous, current, merged)  # "did Merck take a stake too?": that deal
        all_parties(current.words, current.companies, merged, self.role)  # "across every buyer": no buyer kept
        sum_carried(previous, current, merged)  # "how does that compare with Novartis?" after "how many, and total UF"
        return carried_measure(current, old, merged)

    def _one_new_deal(self, current: Slots, old: Slots) -> bool:
        """The follow-up names one deal the comparison did not: its asset, or its licensor and licensee."""
        if current.count or current.periods or (current.asset_deal and current.asset_deal == old.asset_deal):
            return False
        names = set(current.companies)
        pair = len(names) == 2 and not names <= set(old.companies)
        return bool(current.asset_deal) or (pair and any(names <= parties for parties in self.deal_parties))

    def _replace_companies(self, old: Slots, current: Slots, kind: str) -> list[Any]:
        """A new company replaces the earlier one in the same role; the counterpart stays if they did a deal."""
        new_roles = {self.role(name) for name in current.companies}
        kept = [m for m in old.mentions if self.role(m.name) not in new_roles and "both" not in new_roles]
        if len(kept) == len(old.mentions):
            return list(current.mentions)
        names = {m.name for m in kept} | set(current.companies)
        if kind in ("get_deal", "text") and not any(names <= parties for parties in self.deal_parties):
            return list(current.mentions)
        return [*kept, *current.mentions]
