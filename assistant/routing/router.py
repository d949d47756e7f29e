"""The deterministic question router: a question (and the earlier turns) to a ``Plan``.

No language model: names resolve through companies.csv (``entities``), the wording
is read into slots (``intents``), and rules pick the tool. Follow-ups are resolved by
replaying the earlier questions in order, never by reading earlier answers.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from assistant.answer import Turn
from assistant.corpus.tables import Tables
from assistant.routing.backstop import Backstop, noted
from assistant.routing.buckets import reshaped
from assistant.routing.checks import against_the_average, one_side_filters, partners_counted, untracked_counts
from assistant.routing.chinese_wording import in_english
from assistant.routing.company_against import company_read
from assistant.routing.coverage import Coverage
from assistant.routing.deal_sets import DealSets, asks_of_the_winner, points_at_the_deal, winners_slots
from assistant.routing.entities import EntityIndex
from assistant.routing.followups import Merger, both_together, narrowed_compare, others_of, side_of, worth_of_the_shares
from assistant.routing.intents import Side, Slots, read_slots
from assistant.routing.interpretation import interpret
from assistant.routing.leadin import focused
from assistant.routing.named_sides import pointed_first
from assistant.routing.one_deal import deal_between_them
from assistant.routing.ordinals import ROW_KINDS, asks_the_articles, pick_row, reaching, row_pointed_at, slots_for_row
from assistant.routing.pair_next_deal import on_the_deal, pair_deal_pointed
from assistant.routing.passages import passage_filter, pinned_article
from assistant.routing.period_net import period_checked
from assistant.routing.periods import Period, runs_on
from assistant.routing.phrasing import describe, rewrite_text_question
from assistant.routing.plan import Plan
from assistant.routing.replay_pins import replayed_turn
from assistant.routing.research_wording import plain_question, read_research_asks, same_period, with_borderline
from assistant.routing.rules import Facts, Rule, decide, points_at_nothing
from assistant.routing.state import RouteState
from assistant.routing.tool_args import ToolArgs
from assistant.routing.tracker_ranks import last_read
from assistant.routing.trade_shorthand import expand_shorthand, turn_written
from assistant.routing.winner import its_winner
from assistant.routing.wording import NARROWING_RE, SCOPE_RE
from assistant.text import or_list
from assistant.tools.registry import TOOL_NAMES
from assistant.tools.schema import ToolCall

EMPTY_CLARIFICATION = "Ask about Chinese out-licensing deals, e.g. 'How much did Pfizer pay 3SBio upfront?'"
WHICH_DEAL = (
    "Which deal do you mean? Name the licensor or the licensee, e.g. 'What was the upfront of the 3SBio–Pfizer deal?'"
)

_MISSING: Any = object()
_WHOLE_OR_FUTURE = frozenset(["full", "whole", "entire", "will", "forecast", "expected", "projected", "outlook"])


class Router:
    """Routes questions to deal tools, the article retriever, both, or a clarification."""

    def __init__(
        self,
        tables: Tables,
        corpus_end: str | None = None,
        top_deal: Callable[[ToolCall], str | None] | None = None,
        ranked_rows: Callable[[ToolCall], list[str]] | None = None,
        max_history_turns: int = 20,
        coverage_check: str = "off",
        backstop: Backstop | None = None,
    ) -> None:
        """``top_deal`` runs a ranking and names its first deal, so that "What was the upfront?"
        after "What was the biggest deal of 2025?" asks about that deal, not for a new ranking."""
        self.top_deal = top_deal
        self.ranked_rows = ranked_rows  # a ranking's rows in order, for "the second one"
        self.max_history_turns = max_history_turns
        self.entities = EntityIndex(tables)
        self.corpus_end = corpus_end or max(deal.announced for deal in tables.deals)
        self.args = ToolArgs(tables, self.entities, self.corpus_end)
        self.coverage = Coverage(tables, self.entities, self.corpus_end, coverage_check)  # off|measures|all
        self.deal_parties = [{*deal.licensors, *deal.licensees} for deal in tables.deals]
        self.deal_sets = DealSets(top_deal, ranked_rows, lambda s: self.args.tool_calls("find_deals", s))
        self.merger = Merger(self.entities.role, self.deal_parties, self.args.has_deal)
        self.reported = {(stat.metric, stat.period) for stat in tables.market_stats}
        self._replayed: dict[tuple[str, ...], RouteState | None] = {}
        self._replay_lock = threading.Lock()
        self.backstop = (backstop or Backstop()).planning_with(self.args.tool_calls)  # Settings.semantic_backstop

    def route(self, question: str, history: list[Turn] | None = None) -> Plan:
        # Only the newest turns count: a follow-up leans on the last few, and replay time stays bounded.
        turns = (history or [])[-self.max_history_turns :] if self.max_history_turns else []
        questions = tuple(turn_written(t.question, self.entities) for t in turns if t.question and t.question.strip())
        question = focused(question, self.entities, self.corpus_end, questions)  # a lead-in's names; "vs AZ?"
        plan = company_read(self._route_one(question, self._replay(questions), asked=True)[0], self)  # groups too
        plan.interpretation = noted(
            plan.rule, interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies, plan.clarification)
        )
        plan = period_checked(self.coverage.check(plan, bool(questions), questions))  # a period not applied: ask
        return last_read(plan, question, self.entities.role, self.args.tables.market_stats)  # shares, tracker order

    def company_spans(self, text: str) -> list[tuple[int, int]]:
        """Where companies are named in ``text``: the split of "A and B, respectively" needs them."""
        return [(m.start, m.end) for m in self.entities.find_companies(text).mentions]

    def _replay(self, questions: tuple[str, ...]) -> RouteState | None:
        """The state after the earlier questions; a conversation's prefix is replayed once, then cached.

        A loop, not recursion: the longest cached prefix is found, then the rest is replayed forward."""
        if not questions:
            return None
        # The cache is shared by the threads answering at once: look it up and grow it under a lock, and replay outside it.
        with self._replay_lock:
            done, state = len(questions), None
            while done:
                found = self._replayed.get(questions[:done], _MISSING)
                if found is not _MISSING:
                    state = found
                    break
                done -= 1
        replayed = []
        for end in range(done + 1, len(questions) + 1):
            state = replayed_turn(self, questions[end - 1], state)  # a deal pinned by its words kept (replay_pins)
            replayed.append((questions[:end], state))
        with self._replay_lock:
            if len(self._replayed) > 4096:  # bounded: states are cheap to rebuild
                self._replayed.clear()
            self._replayed.update(replayed)
        return state

    def _route_one(
        self, question: str, previous: RouteState | None, asked: bool = False
    ) -> tuple[Plan, RouteState | None]:  # one turn
        question = expand_shorthand(plain_question(question.strip()), self.entities)  # "px per share"; asides
        question = in_english(question, self.entities.cjk, self.corpus_end)  # "恒瑞去年首付款合计"
        if not question:
            return Plan(
                question=question, standalone_question="", route="none", clarification=EMPTY_CLARIFICATION
            ), None
        slots = own = read_slots(question, self.entities, self.corpus_end)
        untracked_counts(own, question, self.reported)
        read_research_asks(own, question)
        same_period(own, previous, question)  # "and for the same year?"
        followup = False
        picked = self._row_pointed_at(own, previous, question) or its_winner(own, previous, self.ranked_rows)
        winner = None if picked else self._rank_winner(own, previous, question)
        if picked:
            slots, followup = picked, True
        elif winner and previous:
            slots, followup = winners_slots(own, previous, winner, self.entities.deal_parties[winner], question), True
        elif previous and (pointed := pair_deal_pointed(own, previous, question, self.args.deals)):
            # "and the newer one from september?" after one of a pair's deals: that deal, the measure kept
            slots, followup = on_the_deal(self.merger.merge(previous, own), pointed), True
        elif (
            own.others
            and previous
            and len(previous.slots.companies) > 1 >= len(own.companies)
            and set(own.companies) <= set(previous.slots.companies)
        ):
            slots, followup = others_of(own, previous.slots, question, self.entities.role, self.args.deals), True
        elif narrowed := narrowed_compare(own, previous):
            slots, followup = narrowed, True
        elif previous is not None and self._compare_back(own, previous, question):
            slots = self.merger.merge(previous, own)
            slots.sides = [self._that_side(previous), side_of(slots, self.entities.role, own.periods)]
            slots.mentions = [*previous.slots.mentions, *slots.mentions]
            if own.mentions:
                slots = self._own_filters(slots, own, previous)
            followup = True
        elif previous is not None and self._elliptical(slots, question):
            slots = self.merger.merge(previous, slots)
            slots, followup = both_together(own, slots, question, self.entities.deal_parties) or slots, True
        elif (
            previous is not None
            and (slots.pronoun or points_at_the_deal(own, question))  # "what kind of drug is the lead asset?"
            and not slots.mentions
            and not slots.asset
            and (previous.slots.mentions or previous.slots.asset)
        ):
            slots = slots.model_copy(
                update={
                    "mentions": previous.slots.mentions,
                    "asset": previous.slots.asset,
                    "asset_deal": previous.slots.asset_deal,
                    "periods": slots.periods or previous.slots.periods,
                }
            )
            if worth_of_the_shares(own, previous.slots):
                slots.metrics, slots.metric_spans = previous.slots.metrics, previous.slots.metric_spans
            followup = True
        plan = Plan(question=question, standalone_question=question, route="text", companies=slots.companies)
        if previous is None and points_at_nothing(own):
            # "What is the drug for?" as a first question: no deal to point back to, so ask which
            plan.route, plan.clarification, plan.rule = "none", WHICH_DEAL, "a pointer with nothing before it"
            return plan, None
        unresolved = [name for name in slots.ambiguous if name not in slots.companies]
        unresolved += self._plausible_guesses(own)
        if unresolved:
            plan.route = "none"
            plan.clarification = f"Which company do you mean: {or_list(list(dict.fromkeys(unresolved)))}?"
            return plan, None
        slots = deal_between_them(partners_counted(slots, self.args.deals), self.args.deals, question)
        rule, slots, back = self.backstop.review(question, slots, self._decide(slots), asked and not previous)
        kind = rule.decides
        plan.rule = rule.name
        if followup and asks_the_articles(own, picked, question):
            # "Why?" / "What kind of drug is it?" after a figure asks the articles only
            kind, plan.rule = "text", "a why after a figure" if own.strong_text else "a text question after a figure"
        unknown = [*own.unknown, *own.guesses]
        # A name only an article knows (an uploaded deal, say) is the party asked about: no "which deal?"
        if unknown and (kind in TOOL_NAMES or kind == "clarify"):
            if own.companies and self._misspelt(own):
                plan.route, plan.clarification = "none", self._unknown_names(own)
                return plan, None
            # A company the table does not know: no tool can answer; the answer chain checks the corpus.
            kind, plan.rule = "text", "a company the table does not know"
        if kind == "clarify":
            plan.route, plan.clarification = "none", back or WHICH_DEAL
            return plan, None
        wants_text = kind == "text" or (slots.strong_text and kind in TOOL_NAMES)
        if kind in TOOL_NAMES:
            calls = against_the_average(slots, question, self.args.tool_calls) or self.args.tool_calls(kind, slots)
            plan.tool_calls = reshaped(
                calls, question, self.args.tables.market_stats, previous.standalone if previous else ""
            )  # "change in average deal size", "the busiest quarter"
            one_side_filters(plan.tool_calls, slots, self.args.deals)
            with_borderline(plan.tool_calls, question)  # "including the borderline cases"
            plan.route = "table+text" if wants_text else "table"
        if followup and previous is not None:
            plan.standalone_question = self._standalone(kind, slots, previous, question, plan.tool_calls)
        if (several := self.deal_sets.rewrite(question, own, previous, plan.tool_calls)) is not None:  # "sum both"
            kind, plan, wants_text = several.kind, several.applied(plan), False
        if wants_text:
            plan.text_query = plan.standalone_question
            plan.unheld_measure = slots.unheld_measure
            plan.passage_filter = passage_filter(slots, self.entities.deal_parties)
            if kind == "text":  # "when was the CSPC AstraZeneca obesity deal announced?": that deal's article
                plan.passage_filter |= pinned_article(slots, self.args.pinned_deal(slots), self.args.deals)
            parties = self.entities.deal_parties.get(slots.asset_deal or "", [])
            if kind == "text" and parties and set(slots.companies) <= set(parties):
                # "Who partnered with Hengrui on HRS-9821?": the asset names the deal, so both its parties
                plan.companies = list(dict.fromkeys([*slots.companies, *parties]))
        if winner:
            return plan, previous  # the next turn follows on from the ranking, not from its winner
        state = RouteState(slots=slots, kind=kind, standalone=plan.standalone_question, calls=plan.tool_calls)
        state.before = previous.calls if previous else []
        if picked and previous is not None:
            # "Compare that with ..." now means the row picked; "the third one" still reads the ranking
            state.ranking = previous if previous.kind in ROW_KINDS else previous.ranking
        return plan, state

    def _row_pointed_at(self, own: Slots, previous: RouteState | None, question: str) -> Slots | None:
        """After a ranking or a list, "the second one" is that row ("which came first" after a list: by date)."""
        if previous is None or self.ranked_rows is None or own.mentions or own.op not in (None, "rank"):
            return None
        ranking = previous if previous.kind in ROW_KINDS else previous.ranking
        position = None if own.by_date and previous.kind == "find_deals" else row_pointed_at(question)
        if ranking is None or not ranking.calls or position is None:
            return None
        row = pick_row(self.ranked_rows(reaching(ranking.calls[0], position)), position)
        return slots_for_row(own, ranking.slots, row, self.entities) if row else None

    def _rank_winner(self, own: Slots, previous: RouteState | None, question: str) -> str | None:
        """The deal a one-deal ranking ("the biggest deal of 2025") named, when this turn asks one of its terms."""
        if previous is None or previous.kind != "rank" or self.top_deal is None or not previous.calls:
            return None
        one_deal = previous.slots.dimension == "deal" and (previous.slots.singular or previous.slots.n == 1)
        if not one_deal or not asks_of_the_winner(own, question) or not self._elliptical(own, question):
            return None
        return self.top_deal(previous.calls[0])

    def _unknown_names(self, s: Slots) -> str:
        """A deal question naming a company the table does not know: say so and offer near names."""
        candidates = [name for word in s.unknown for name in self.entities.suggest(word)]
        for known in s.companies:
            candidates += [
                n for parties in self.deal_parties if known in parties for n in sorted(parties) if n != known
            ]
        candidates = list(dict.fromkeys(candidates))[:5]
        text = f"I could not find {or_list([repr(w) for w in s.unknown])} among the companies in the deal table."
        return f"{text} Did you mean {or_list(candidates)}?" if candidates else text

    def _plausible_guesses(self, s: Slots) -> list[str]:
        """Near names for a word a little like a company that did a deal with a company named beside it (not itself)."""
        partners = {n for known in s.companies for parties in self.deal_parties if known in parties for n in parties}
        return [name for names in s.guesses.values() for name in names if name in partners - set(s.companies)]

    def _misspelt(self, s: Slots) -> bool:
        """An unknown word close to a company name, e.g. 'Sansbio' beside 'Pfizer'."""
        return any(self.entities.suggest(word, cutoff=0.75) for word in s.unknown)

    def _elliptical(self, slots: Slots, question: str) -> bool:
        if slots.followup_marker and slots.content_words <= 4:
            return True
        if slots.has_filters and not (slots.mentions or slots.asset or slots.periods) and NARROWING_RE.search(question):
            return True  # "Any ADC ones?" after a company's 2025 deals: those deals, narrowed
        if slots.content_words <= 1 and not slots.op and not slots.count and not slots.deal_content:
            return True
        # No subject of its own: "How many deals is that?", "Who was the licensee?", "What were the upfronts in total?"
        subject = slots.mentions or slots.asset or slots.has_filters or slots.reporter or slots.market_metric
        if subject or slots.unknown or slots.guesses or slots.in_table or SCOPE_RE.search(question):
            return False
        if slots.refers_back or slots.year_before:
            return True
        # "how was the upfront paid - all cash?": a measure and no subject of its own is the deal before's
        one_measure = bool(slots.metrics) and slots.op is None and not slots.count
        return (slots.content_words <= 2 or one_measure) and not slots.periods

    def _compare_back(self, own: Slots, previous: RouteState, question: str) -> bool:
        """ "Compare that with LaNova's", "Is that bigger than what Takeda paid?": the previous deal is one side."""
        pointed = pointed_first(own, question)  # "how does its upfront compare with Innovent-Takeda?"
        # "how does the upfront compare with remegen's vor deal?": every name after "compare with", none before it
        after = own.split_at is not None and bool(own.mentions) and all(m.start >= own.split_at for m in own.mentions)
        if own.op != "compare" or not (own.refers_back or pointed or after) or previous.kind not in TOOL_NAMES:
            return False  # "how much more was that than Takeda paid Innovent?": nothing named before "than"
        that_side = pointed or (own.split_at is not None and not any(m.start < own.split_at for m in own.mentions))
        if not that_side and (len(own.companies) >= 2 or len(own.periods) >= 2 or len(own.assets) >= 2):
            return False
        one_deal_rank = previous.kind == "rank" and (previous.slots.singular or previous.slots.n == 1)
        # "bigger than …?" after "Who paid the most?"
        earlier = previous.slots.mentions or previous.slots.asset or one_deal_rank
        return bool(own.mentions or own.asset or own.periods) and bool(earlier)

    def _own_filters(self, slots: Slots, own: Slots, previous: RouteState) -> Slots:
        """ "Is that more than Pfizer gave 3SBio?" after "AZ's CSPC obesity deal": the obesity area
        picked the earlier deal (its side keeps that deal by its asset) and says nothing of 3SBio's."""
        pinned = self.args.pinned_deal(previous.slots)
        deal = next((d for d in self.args.deals if d.deal_id == pinned), None)
        if deal and slots.sides and not slots.sides[0].asset:
            slots.sides[0].asset = deal.asset
        return slots.model_copy(update={n: getattr(own, n) for n in ("modality", "therapeutic_area", "target")})

    def _that_side(self, previous: RouteState) -> Side:
        """ "How does that compare with ...": after a one-deal ranking, "that" is the deal it found."""
        one_deal = previous.slots.dimension == "deal" and (previous.slots.singular or previous.slots.n == 1)
        winner = self.top_deal(previous.calls[0]) if previous.kind == "rank" and one_deal and self.top_deal else None
        deal = next((d for d in self.args.deals if d.deal_id == winner), None)
        if deal is None:
            return side_of(previous.slots, self.entities.role)
        return Side(companies=[*deal.licensors, *deal.licensees], periods=[Period(year=deal.year)])

    # -- the decision ---------------------------------------------------------------------
    def _decide(self, s: Slots) -> Rule:
        pair = len({self.entities.role(name) for name in s.companies}) == 2
        facts = Facts(
            pair=pair,
            company_total=self._company_total(s, pair),
            market_has=self._market_has(s) and not runs_on(s.periods, s.words),  # "since 2024": none reported
            market_pair=self._market_pair(s),
        )
        return decide(s, facts)

    def _market_pair(self, s: Slots) -> bool:
        """Whether one tracker reported the growth's (or comparison's) metric for both its periods."""
        if s.op not in ("growth", "compare") or s.market_metric:
            return True
        args = self.args.market_args(s)
        periods = {args.get("period"), args.get("compare_period")}
        reported: dict[str, set[str | None]] = {}
        for stat in self.args.tables.market_stats:
            if stat.metric == args.get("metric"):
                reported.setdefault(stat.reporter, set()).add(stat.period)
        return any(periods <= seen for seen in reported.values())

    def _market_has(self, s: Slots) -> bool:
        """Whether a tracker reported the market statistic for the question's metric and last period."""
        # "so far in 2026", or plain "2026" while the corpus ends inside it: a year no tracker has finished
        # ("the full-year 2026 total", "what will 2026 bring" ask for what no source has yet)
        unfinished = self.corpus_end[5:7] not in ("", "12") and not _WHOLE_OR_FUTURE & set(s.words)
        # a span of months ("March to June 2025"), a quarter or a half: trackers seldom report one, so ours unless one did
        running = all(
            p.running
            or (unfinished and p.whole_year and str(p.year) == self.corpus_end[:4])
            or bool(p.month_to or p.quarter or p.half)
            for p in s.periods
        )
        if not s.periods or s.reporter or s.op not in (None, "sum", "average") or not running:
            return True
        args = self.args.market_args(s)
        return any(
            stat.metric == args.get("metric") and stat.period == args.get("period")
            for stat in self.args.tables.market_stats
        )

    def _company_total(self, s: Slots, pair: bool) -> bool:
        """One company's figure over a period or its deals ("What did AstraZeneca pay Chinese licensors
        upfront in 2025?") is a sum over its deals; "the deal", an asset or a pinned period means one deal."""
        if len(s.companies) != 1 or pair or s.asset or s.single_deal or s.op not in (None, "sum") or s.count:
            return False
        if not (s.metrics or (s.pay_cue and not s.strong_text)) or s.metric == "royalties":
            return False
        return bool(s.periods or s.plural or s.op == "sum") and self.args.pinned_deal(s) is None

    # -- standalone question and passage filter ------------------------------------------
    def _standalone(self, kind: str, s: Slots, previous: RouteState, question: str, calls: list[ToolCall]) -> str:
        if kind in TOOL_NAMES:
            market = calls[0].args if calls and calls[0].tool == "market_stat" else None
            text = describe(kind, s, self._deal_label(s), market)
            return text if not s.strong_text else f"{text} {question.strip()}"
        if previous.kind == "text":
            prior = read_slots(previous.standalone, self.entities, self.corpus_end)
            current = read_slots(question, self.entities, self.corpus_end)
            if current.content_words <= 1:
                return rewrite_text_question(prior, previous.standalone, current, s.companies)
        base = question.strip().rstrip("?")
        base = re.sub(r"^(?:and|also|so|ok(?:ay)?|then|now)\b[,\s]*", "", base, flags=re.IGNORECASE)
        base = base[:1].upper() + base[1:]
        if previous.kind in TOOL_NAMES and len(base.split()) <= 3:
            return f"{previous.standalone} {base}?"  # "Why?" after a figure: ask it of that figure
        context = self._deal_label(s) if (s.companies or s.asset) else ""
        return f"{base} ({context})?" if context else f"{base}?"

    def _deal_label(self, s: Slots) -> str:
        parties = self.args.parties(s.companies)
        names = [n for n in (parties["licensor"], parties["licensee"]) if n]
        label = "–".join(names) if names else (s.asset or "")
        if s.asset and names:
            label = f"{label} {s.asset}"
        return label
