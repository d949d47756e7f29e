"""Follow-ups about the several deals the turns before were about (outsider11 and outsider17).

"What were their upfronts, respectively?" after "Merck's 2024 deals" asks each deal's upfront, not
their sum; "which one had the bigger upfront?" asks which of them, not a sum either. "Sum both of
them" after two turns that named one deal each adds those two deals; "and excluding the biggest?"
after a sum is the same sum without its largest deal. The deals are the ones the previous turn's
tool calls covered (replayed, never read from an answer); the turn before that counts too when
each of the two named one deal.

The text follow-ups that keep the deal before live here too: "what kind of drug is the lead asset?"
points at it as "it" would, and "how many programmes does it cover?" asks its article, not a count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from assistant.routing.deal_fields import asks_a_field
from assistant.routing.deal_part_share import of_the_deal, part_of_that
from assistant.routing.dropped import dropped_call
from assistant.routing.entities import Mention
from assistant.routing.intents import Slots
from assistant.routing.one_before import one_before
from assistant.routing.plan import Plan
from assistant.routing.set_pointers import kept_set
from assistant.routing.state import RouteState
from assistant.routing.sum_part import deal_share_of_sum, winner_share_of_total
from assistant.routing.that_deal_side import that_deal_left
from assistant.routing.tracker_moves import tracker_moved
from assistant.routing.two_deals import asks_the_pair_compared, compared, listed_before
from assistant.tools.schema import ToolCall

# "respectively", "each" (not "each other"), "one by one", "their upfronts" (a plural measure of several)
_PER_DEAL_RE = re.compile(
    r"\brespectively\b|\beach\b(?!\s+other\b)|\bper deal\b|\bindividually\b|\bone by one\b|\bseparately\b|分别|各自",
    re.IGNORECASE,
)
# ... unless a total is asked of them: "what were their upfronts in total?" is their sum
_THEIR_RE = re.compile(r"\btheir\s+(?:up[\s-]?fronts|headline values|deal values|total values|values)\b", re.IGNORECASE)
_LIST_RE = re.compile(r"^\W*(?:and\s+)?(?:list|show|name|give me|table)\b", re.IGNORECASE)
# "which one had the bigger upfront?", "which of the two was larger?", "which deal paid more upfront?"
_WHICH_ONE_RE = re.compile(
    r"\bwhich(?:\s+(?:one|deal|of\s+(?:them|those|these|the\s+two|both|the\s+deals)))?\b[^?]*?"
    r"\b(?P<way>bigger|larger|higher|greater|more|biggest|largest|highest|smaller|lower|less|smallest|lowest|least)\b",
    re.IGNORECASE,
)
# a money bound ("more than $500 million", "under 100m") or a date comparison ("more recent", "earlier")
_BOUND_RE = re.compile(r"\$\s?\d|\b\d[\d.,]*\s*(?:m|mn|bn|b|million|billion)\b", re.IGNORECASE)
_WHEN_RE = re.compile(
    r"\b(?:recent|earlier|later|newer|older|sooner|first|last|latest|earliest|signed when)\b", re.IGNORECASE
)
_SMALL = frozenset(["smaller", "lower", "less", "smallest", "lowest", "least"])
# "which of them / those" or "which one" must point back; a bare "which ... bigger" needs a pointer word
_POINTS_BACK_RE = re.compile(r"\bwhich\s+(?:one|of)\b|\b(?:them|those|these|the two|both)\b", re.IGNORECASE)
# "sum both of them", "add those together", "what do they add up to?" (after a list), "the total for the two of them"
_SUM_RE = re.compile(r"\b(?:sum|add(?:ed)?|total|combined?|together|altogether|aggregate)\b", re.IGNORECASE)
_BOTH_RE = re.compile(r"\b(?:both|them|they|those|these|the two|the pair|that)\b", re.IGNORECASE)
# "and excluding the biggest?", "without the largest one", "minus the smallest deal"
_EXCEPT_ONE_RE = re.compile(
    r"\b(?:excluding|exclude|without|minus|ex|less|leaving out|leave out|strip(?:ping)? out|dropping|drop|"
    r"not counting|except(?: for)?|apart from|other than|ignoring|setting aside|taking out)\s+(?:the\s+)?"
    r"(?P<way>biggest|largest|top|highest|smallest|lowest|bottom)\b(?!\s+(?:two|three|\d))",
    re.IGNORECASE,
)
# "the first two", "the last three": a slice of the deals listed
_SLICE_RE = re.compile(r"\bthe (?P<end>first|last|top) (?P<n>two|three|four|2|3|4)\b", re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# "total" said of the sum ("the total for the two of them"), not the deal value ("the total value of both")
_VALUE_WORDS_RE = re.compile(r"\b(?:value|values|headline|worth|biobucks|potential|size)\b", re.IGNORECASE)
_MAX_DEALS = 8


class Rewrite(BaseModel):
    """What a follow-up about several earlier deals asks instead: its tool, calls, reading and rule."""

    kind: str
    calls: list[ToolCall]
    standalone: str
    rule: str

    def applied(self, plan: Plan) -> Plan:
        """``plan`` answering this instead: the table's calls, the reading and the rule."""
        plan.tool_calls, plan.route, plan.rule, plan.standalone_question = (
            self.calls,
            "table",
            self.rule,
            self.standalone,
        )
        return plan


# A text question about "the lead asset", "the sources", "the deal" with no subject of its own: the deal before's
_THE_DEAL_RE = re.compile(
    r"\bthe (?:lead|main|first|licensed|underlying|key) (?:asset|drug|program(?:me)?|candidate|molecule|compound|one)\b|"
    r"\bthe (?:deal|agreement|pact|licen[cs]e|transaction|drug|asset|sources|reports|licensee|licensor|partner)\b",
    re.IGNORECASE,
)


# "how many programmes does it cover?", "what's the lead one?": what one deal holds, which its article says
_CONTENTS_RE = re.compile(
    r"\bhow many (?:programs?|programmes?|assets?|drugs?|candidates?|molecules?|targets?|indications?|products?)\b|"
    r"\bthe lead (?:one|asset|drug|program(?:me)?|candidate|molecule)\b",
    re.IGNORECASE,
)


def asks_contents(question: str) -> bool:
    """What a deal covers ("how many programmes", "the lead one"), not a count of deals."""
    return bool(_CONTENTS_RE.search(question))


def asks_of_the_winner(own: Slots, question: str) -> bool:
    """ "What was the upfront?", "how many programmes does it cover?" after "the biggest deal of 2025": a term
    or the content of the deal the ranking found, not a new ranking or a count of deals."""
    contents = asks_contents(question)
    asks_a_term = own.metrics or own.pay_cue or own.overview or own.text_kind or own.party_ask or contents
    asks_a_term = asks_a_term or asks_a_field(question)  # "what territory does that licence cover?"
    return bool(asks_a_term) and (not own.op or part_of_that(own, question)) and not (own.count and not contents)


def winners_slots(own: Slots, previous: RouteState, winner: str, parties: list[str], question: str) -> Slots:
    """This turn's slots about the deal a one-deal ranking named (``Router._rank_winner``): its parties, its id
    and the ranking's period; "what share of that is upfront?" is that part of the deal's total."""
    slots = own.model_copy(
        update={
            "mentions": [Mention(name=name, start=0, end=0) for name in parties],
            "deal_id": winner,
            "count": own.count and not asks_contents(question),  # "how many programmes": not a count
            "periods": previous.slots.periods,
        }
    )
    if part_of_that(own, question) and len(parties) == 2:  # a deal of three parties is no one pair's share
        of_the_deal(slots)
    return slots


def asks_text(own: Slots, question: str) -> bool:
    """A follow-up the articles answer: "Why?", "What kind of drug is it?", "how many programmes does it
    cover?" ("how many" counts what the deal holds there, not deals: no figure of the table is asked)."""
    contents = asks_contents(question)
    return bool(own.strong_text or own.text_kind or contents) and not ((own.figure_cue and not contents) or own.pay_cue)


def points_at_the_deal(own: Slots, question: str) -> bool:
    """ "What kind of drug is the lead asset?", "why do the sources disagree on the total?" after a turn
    about one deal: the definite article points at that deal, as "it" would."""
    figure = (own.metrics or own.pay_cue) and not (own.strong_text or own.text_kind)  # "the upfront": a term, not text
    if figure or own.op or own.count or own.periods or own.has_filters:
        return False
    return bool(_THE_DEAL_RE.search(question))


class DealSets:
    """Reads a follow-up about the previous turns' deals into per-deal lookups, a ranking of them,
    their sum, or the previous sum without its largest (or smallest) deal."""

    def __init__(
        self,
        top_deal: Callable[[ToolCall], str | None] | None,
        ranked_rows: Callable[[ToolCall], list[str]] | None,
        listing: Callable[[Slots], list[ToolCall]],
    ) -> None:
        self.top_deal = top_deal
        self.ranked_rows = ranked_rows
        self.listing = listing  # the find_deals call of a turn's slots, when it made no tool call

    def rewrite(
        self, question: str, own: Slots, previous: RouteState | None, calls: list[ToolCall] | None = None
    ) -> Rewrite | None:
        if previous is None or self.top_deal is None or self.ranked_rows is None:
            return None
        if (back := one_before(question, own, previous)) is not None:  # "and the one before that - total value?"
            return Rewrite(**back)
        if (moved := tracker_moved(question, own, previous)) is not None:  # "growth in %?" after 2025, then 2024
            return Rewrite(**moved)
        if (top := winner_share_of_total(question, own, previous)) is not None:
            return Rewrite(**top)  # "what share of the 2026 total does it represent?" after the biggest of 2026
        if (
            part := deal_share_of_sum(question, own, previous, self._deals_of, self.ranked_rows, self.listing)
        ) is not None:
            return Rewrite(**part)  # "what share of that is the GSK programme deal?" after Hengrui's 2025 sum
        if (kept := kept_set(question, own, previous, calls or [], self._deals_of)) is not None:
            return Rewrite(**kept)  # "how many of those ...", "largest of them", "other ADC deals besides this one"
        if (that := that_deal_left(question, previous, calls or [])) is not None:
            return Rewrite(**that)  # "how does that compare with their 2024 deal?": that one deal, not the pair's
        left_out = own.exclude_years or own.exclude_modalities
        if left_out and not (own.mentions or own.asset or own.unknown or own.periods or own.has_filters):
            return self._without_years(previous, own, question)  # "excluding the 2023 ones?", "drop the ADCs"
        if own.mentions or own.asset or own.periods or own.unknown:
            return None  # names or a period of its own: the question is about those
        except_one = _EXCEPT_ONE_RE.search(question)
        if except_one:
            return self._without_one(previous, except_one.group("way").lower() in ("smallest", "lowest", "bottom"))
        # "sum their upfronts" after a ranking: its deals (after a list, ``followup_verbs`` sums over the list's filter)
        both = _BOTH_RE.search(question) or (previous.kind == "rank" and re.search(r"\btheir\b", question, re.I))
        summed = bool(_SUM_RE.search(question) and both)
        which = _WHICH_ONE_RE.search(question)
        which = which if which and _POINTS_BACK_RE.search(question) else None
        if which and (_BOUND_RE.search(question) or _WHEN_RE.search(question)):
            which = None  # "which of them paid more than $500 million": a filter; "which is more recent": a date
        their = bool(_THEIR_RE.search(question)) and not _SUM_RE.search(_THEIR_RE.sub("", question))
        listed = own.op == "find" or _LIST_RE.match(question)  # "list them with their upfronts": the listing's
        per_deal = bool(_PER_DEAL_RE.search(question) or their) and not (summed or own.count or listed)
        # "what modality was each?", "what does each deal cover?": no money asked, so no figure per deal
        per_deal = per_deal and bool(their or own.metrics or own.pay_cue)
        pair = asks_the_pair_compared(own, question)  # "compare the uf of the two"
        if not (summed or which or per_deal or pair):
            return None
        ids = self._slice(self._deals_of(previous), question)
        if pair and len(ids) < 2:
            ids = listed_before(previous, ids, self.ranked_rows, self.listing)
        if pair and len(ids) == 2:
            metric = self._metric(own, previous, "")
            return Rewrite(
                kind="compare",
                calls=[compared(ids, metric)],
                standalone=f"How do the {metric} of {' and '.join(ids)} compare?",
                rule="the two deals before compared",
            )
        if not 2 <= len(ids) <= _MAX_DEALS:
            return None
        metric = self._metric(own, previous, question if summed else "")
        names = " and ".join(ids)
        if which:
            smallest = which.group("way").lower() in _SMALL
            rank: dict[str, Any] = {"dimension": "deal", "metric": metric, "filter": {"deal_ids": ids}, "n": 1}
            if smallest:
                rank["ascending"] = True
            word = "smaller" if smallest else "bigger"
            return Rewrite(
                kind="rank",
                calls=[ToolCall(tool="rank", args=rank)],
                standalone=f"Which of the deals {names} had the {word} {metric}?",
                rule="which one of the deals before",
            )
        if summed:
            call = ToolCall(tool="aggregate", args={"metric": metric, "operation": "sum", "filter": {"deal_ids": ids}})
            return Rewrite(
                kind="aggregate",
                calls=[call],
                standalone=f"What is the {metric} of {names} together?",
                rule="the deals before summed",
            )
        calls = [ToolCall(tool="get_deal", args={"deal_id": deal_id, "metric": metric}) for deal_id in ids]
        return Rewrite(
            kind="get_deal",
            calls=calls,
            standalone=f"What was the {metric} of each of {names}?",
            rule="each of the deals before",
        )

    def _without_one(self, previous: RouteState, smallest: bool) -> Rewrite | None:
        """The previous sum (or average, count) again, without its largest or smallest deal."""
        if previous.kind != "aggregate" or len(previous.calls) != 1 or self.top_deal is None:
            return None
        call = previous.calls[0]
        if call.args.get("group_by") or call.args.get("distinct") or call.args.get("operation") in ("min", "max"):
            return None
        metric = call.args.get("metric", "total")
        rank: dict[str, Any] = {"dimension": "deal", "metric": metric, "filter": call.args.get("filter", {}), "n": 1}
        if smallest:
            rank["ascending"] = True
        left_out = self.top_deal(ToolCall(tool="rank", args=rank))
        if left_out is None:
            return None
        deal_filter = dict(call.args.get("filter", {}))
        deal_filter["exclude_deal_ids"] = [*deal_filter.get("exclude_deal_ids", []), left_out]
        word = "smallest" if smallest else "largest"
        return Rewrite(
            kind="aggregate",
            calls=[ToolCall(tool="aggregate", args={**call.args, "filter": deal_filter})],
            standalone=f"{previous.standalone.rstrip('?')}, without the {word} deal ({left_out})?",
            rule="the sum before without its largest deal",
        )

    def _without_years(self, previous: RouteState, own: Slots, question: str) -> Rewrite | None:
        """The previous sum (or count, average, list) again, without its deals of the years or modalities left
        out, measured as this turn asks ("leave out the 2022 ones - the combined upfront of the rest?")."""
        if previous.kind not in ("aggregate", "find_deals") or len(previous.calls) != 1:
            return None
        dropped = dropped_call(previous.calls[0], own, question)
        if dropped is None:
            return None
        tool, args = dropped
        left_out = [str(year) for year in own.exclude_years] + list(own.exclude_modalities)
        return Rewrite(
            kind=tool,
            calls=[ToolCall(tool=tool, args=args)],
            standalone=f"{previous.standalone.rstrip('?')}, without the deals of {' and '.join(left_out)}?",
            rule="the deals before without a year's",
        )

    def _deals_of(self, previous: RouteState) -> list[str]:
        """The deals the previous turn covered, in the order it gave them; with the turn before it
        when each named one deal ("and in the 2025 deal?" after the 2024 one)."""
        assert self.top_deal is not None and self.ranked_rows is not None
        calls = previous.calls or (self.listing(previous.slots) if previous.slots.companies else [])
        if calls and all(call.tool == "get_deal" for call in calls):
            ids = [call.args.get("deal_id") or self.top_deal(call) for call in calls]
            before = previous.before
            if len(ids) == 1 and len(before) == 1 and before[0].tool == "get_deal":
                ids = [before[0].args.get("deal_id") or self.top_deal(before[0]), *ids]
            return list(dict.fromkeys(deal_id for deal_id in ids if deal_id))
        if len(calls) != 1:
            return []
        call = calls[0]
        if call.tool in ("find_deals", "aggregate") and not call.args.get("group_by") and not call.args.get("distinct"):
            return self.ranked_rows(ToolCall(tool="find_deals", args={"filter": call.args.get("filter", {})}))
        if call.tool == "rank" and call.args.get("dimension", "deal") == "deal":
            return self.ranked_rows(call)
        return []

    @staticmethod
    def _slice(ids: list[str], question: str) -> list[str]:
        """ "the first two" / "the last three" of the deals, in the order they were given."""
        match = _SLICE_RE.search(question)
        if not match:
            return ids
        n = _NUMBERS[match.group("n").lower()]
        return ids[-n:] if match.group("end").lower() == "last" else ids[:n]

    @staticmethod
    def _metric(own: Slots, previous: RouteState, summed: str) -> str:
        """The measure asked; "the total for the two of them" sums the measure asked before."""
        said = own.metric if own.metric in ("upfront", "milestones", "total", "equity") else None
        if said == "total" and summed and not _VALUE_WORDS_RE.search(summed):
            said = None
        known = ("upfront", "milestones", "total", "equity")
        before = previous.slots.metric if previous.slots.metric in known else None
        called = str(previous.calls[0].args.get("metric", "")) if previous.calls else ""
        return said or before or (called if called in known else None) or _bounded_measure(previous) or "total"


def _bounded_measure(previous: RouteState) -> str | None:
    """The one measure the previous list was bounded on: "add them up" after "which deals had an upfront
    of $1bn or more?" sums the upfronts, the figure the list was chosen by."""
    deal_filter = previous.calls[0].args.get("filter", {}) if len(previous.calls) == 1 else {}
    measures = {
        key.split("_")[1] for key in deal_filter if re.fullmatch(r"(?:min|max)_\w+_usd", key) and deal_filter[key]
    }
    return measures.pop() if len(measures) == 1 else None
