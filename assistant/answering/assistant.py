"""The assistant: router → tools and/or retriever → composer → guard, as LCEL runnables.

``build_assistant(settings)`` wires everything. What the assistant loads (tables, indexes,
router) lives on a ``Snapshot``; a request takes the current one once and finishes on it,
and ``reload()`` swaps in a new one atomically. The embedding model and the retriever are
loaded only when a question first needs passages, so a table question answers without a model.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer import Answer, ToolCallRecord, Turn
from assistant.answering import abstention, premises
from assistant.answering.answer_types import (
    OPENING_KINDS,
    asks_amount,
    measure_words,
    missing,
    search_words,
    wanted_type,
)
from assistant.answering.asked_bounds import with_asked_bounds
from assistant.answering.asked_synonyms import synonym_words
from assistant.answering.asset_premise import unfounded_asset
from assistant.answering.beyond_terms import beyond_terms
from assistant.answering.biobucks import total_beside
from assistant.answering.bound_check import no_deal_over_bound
from assistant.answering.cash_split import with_cash_split
from assistant.answering.chinese import english_reading
from assistant.answering.claim_notes import with_claim_note
from assistant.answering.claimed_values import with_claimed_values
from assistant.answering.combined_lists import with_combined_count
from assistant.answering.composer import DocMeta, compose
from assistant.answering.deal_facts import with_deal_facts
from assistant.answering.figure_origin import figure_origin, origin_lead
from assistant.answering.measures_added import left_out_plan
from assistant.answering.mixed_series import with_series_told
from assistant.answering.multipart import combine, leaning_on_refused, points_back
from assistant.answering.named_terms import with_named_terms
from assistant.answering.plan_audit import audited
from assistant.answering.ranked_alone import deals_ranked_alone
from assistant.answering.ranked_claims import with_ranked_claim
from assistant.answering.relational_parts import relational_plan, summed_plan
from assistant.answering.snapshot import Snapshot
from assistant.answering.unknown_party import unfounded_party
from assistant.answering.unmeasured import unmeasured
from assistant.answering.writers import ProseWriter, get_prose_writer
from assistant.corpus.provenance import Provenance
from assistant.corpus.tables import Deal, Tables
from assistant.errors import AssistantError
from assistant.routing.analyst_slips import analyst_read
from assistant.routing.bare_tickers import bare_tickers
from assistant.routing.chinese_reporter import reporter_read
from assistant.routing.chinese_traditional import simplified
from assistant.routing.decompose import split_parts
from assistant.routing.lower_slips import respelt_drugs
from assistant.routing.plan import Plan
from assistant.routing.spoken import written
from assistant.routing.story_words import WHAT_IS_NAMED_RE
from assistant.routing.trailing_context import context_joined, is_context
from assistant.routing.wording import DEAL_SCOPE_RE
from assistant.search.retrieval import HybridRetriever
from assistant.settings import Settings
from assistant.text import field_words, split_sentences
from assistant.tools.schema import ToolResult
from assistant.tools.tracker_siblings import said_once

ABSTAIN_TEXT = abstention.ABSTAIN_TEXT
# "when did Hengrui and GSK sign their deal?": the day a deal was struck, which its opening sentence gives
# (not the day it closed or ended, which a later paragraph reports)
_SIGNED_RE = re.compile(
    r"\b(?:sign|announc|agree|strike|struck|ink|unveil|reach|seal)\w*\b(?![^?]*\b(?:clos|terminat|end|complet)\w*)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass
class TurnState:
    """What one question carries from step to step of the chain."""

    question: str
    history: list[Turn]
    snapshot: Snapshot
    started: float = field(default_factory=time.perf_counter)
    plan: Plan | None = None
    timings: dict[str, float] = field(default_factory=dict)
    results: list[ToolResult] = field(default_factory=list)
    passages: list[Document] = field(default_factory=list)
    table_miss: bool = False
    lead: list[Provenance] = field(default_factory=list)  # a deal's opening, for "what does X cover"
    closest: list[Document] = field(default_factory=list)  # searched when the table missed
    text_query: str = ""  # the plan's text query, a Chinese one read in English

    @property
    def reading(self) -> str:
        return self.text_query or (self.plan.text_query if self.plan else None) or ""

    @property
    def the_plan(self) -> Plan:
        if self.plan is None:
            raise AssistantError("internal", "the chain ran a step before routing")
        return self.plan


class Assistant:
    """Answers questions with exact figures and cited passages."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._snapshot = Snapshot(settings)
        self.writer: ProseWriter = get_prose_writer(settings)
        self.chain: Runnable[TurnState, Answer] = (
            RunnableLambda(self._route) | RunnableLambda(self._gather) | RunnableLambda(self._compose)
        )

    # -- public API -------------------------------------------------------------------
    def ask(self, question: str, history: list[Turn] | None = None) -> Answer:
        if not question or not question.strip():
            raise AssistantError("empty_question", "the question is empty")
        snapshot, earlier = self._snapshot, list(history or [])
        respelt = _respelt(snapshot, question)
        parts = split_parts(respelt, snapshot.router.company_spans)
        parts = context_joined(parts, lambda part: bool(snapshot.router.company_spans(part)))  # "..., by whom?"
        if len(parts) == 1:  # the question itself, or its one question when a purpose clause was left out
            answer = self.chain.invoke(TurnState(question=parts[0], history=earlier, snapshot=snapshot))
            answer.question = question.strip()
            answer = self._added(respelt, answer, summed_plan(respelt, [answer]))  # "each deal's total, and the sum"
            answer = with_named_terms(snapshot, question, answer)  # "upfront plus the near-term payments?"
            answer = with_deal_facts(snapshot, respelt, answer)  # "xtalpi dovetree 100mm UF - how is it paid"
            return self._audited(respelt, self._completed(respelt, answer))  # a missing plan: asked back
        # Several questions in one: each planned and answered, the earlier parts its history.
        answers: list[Answer] = []
        for part in parts:
            if answers and is_context(part, bool(snapshot.router.company_spans(part))):
                continue  # "our CEO wants to know ...", "it's the other obvious comp for us": nothing asked
            answer = self.chain.invoke(TurnState(question=part, history=earlier, snapshot=snapshot))
            if (answer.abstained or answer.route in ("text", "none")) and (plan := relational_plan(part, answers)):
                # "...; multiple of one to the other?": the earlier parts' deals, compared or summed
                answer = self._from_plan(TurnState(question=part, history=earlier, snapshot=snapshot, plan=plan))
            before = answers[-1] if answers else None
            leans = bool(before and before.abstained) and _reads_through(snapshot, part, earlier)
            answers.append(leaning_on_refused(answer, before, leans))
            earlier = [*earlier, Turn(question=part)]
        if plan := summed_plan(respelt, answers):  # "upfront each, and together?": the sum the parts left out
            answers.append(self._from_plan(TurnState(question=respelt, history=earlier, snapshot=snapshot, plan=plan)))
        answer = with_named_terms(snapshot, question, combine(question.strip(), answers))  # "..., tied to sales?"
        answer = with_deal_facts(snapshot, respelt, answer)  # "UF; MS; when's close": the closing from its article
        return self._audited(respelt, self._completed(respelt, answer))

    def _from_plan(self, state: TurnState) -> Answer:
        """The chain after routing, for a plan made outside the router."""
        return self._compose(self._gather(state))

    def _completed(self, question: str, answer: Answer) -> Answer:
        """Said too: one deal's total beside its "biobucks" milestones; a measure one deal's answer left out
        ("upfront? headline?", "licence or acquisition? and the upfront?")."""
        return self._added(question, answer, total_beside(question, answer) or left_out_plan(question, answer))

    def _added(self, question: str, answer: Answer, plan: Plan | None) -> Answer:
        """``answer`` with what ``plan`` (made outside the router) computes said after it."""
        more = self._from_plan(TurnState(question, [], self._snapshot, plan=plan)) if plan is not None else None
        if more is None or more.abstained or not more.figures:
            return answer
        both = combine(answer.question, [answer, more])
        return both.model_copy(update={"interpretation": f"{answer.interpretation}; {more.interpretation}"})

    def _audited(self, question: str, answer: Answer) -> Answer:
        """The plan audit (``ASSISTANT_PLAN_AUDIT``): a plan that misses the question is asked back."""
        answer = with_series_told(answer, self._snapshot.tables.market_stats)  # "186笔、1357亿": two series' figures
        return audited(simplified(question), answer) if self.settings.plan_audit else answer  # 繁體 read as 简体

    def stream(self, question: str, history: list[Turn] | None = None) -> Iterator[str | Answer]:
        """Yield the answer text in pieces (sentence by sentence), then the final Answer."""
        answer = self.ask(question, history)
        for sentence in split_sentences(answer.answer):
            yield sentence + " "
        yield answer

    def reload(self) -> None:
        """Pick up a changed index and tables (after an upload): a new snapshot, swapped in whole.

        Requests already running finish on the snapshot they took; the next one sees the new.
        """
        self._snapshot = Snapshot(self.settings, last_good=self._snapshot)  # a failure keeps the old one

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def tables(self) -> Tables:
        return self._snapshot.tables

    @property
    def docs(self) -> dict[str, DocMeta]:
        return self._snapshot.docs

    @property
    def retriever(self) -> HybridRetriever:
        return self._snapshot.retriever

    def paragraph_text(self, doc_id: str, paragraph: int) -> str | None:
        """The whole paragraph a citation points into, for source cards."""
        return self._snapshot.lexical.paragraph(doc_id, paragraph)

    def _earlier_companies(self, state: TurnState) -> list[str]:
        """The companies the turn before asked about (its replay is cached by the router)."""
        if not state.history or not premises.presumes_ending(state.question):
            return []
        return state.snapshot.router.route(state.history[-1].question, state.history[:-1]).companies

    # -- chain steps ------------------------------------------------------------------
    def _route(self, state: TurnState) -> TurnState:
        started = time.perf_counter()
        state.plan = beyond_terms(state.snapshot, state.snapshot.router.route(state.question, state.history))
        state.plan = unmeasured(state.snapshot, state.plan, state.question)  # "Merck booked a charge ... How big?"
        state.plan = figure_origin(state.snapshot, state.plan, state.question)  # "i read it was 50M somewhere?"
        state.plan = deals_ranked_alone(state.plan, state.question)  # "AZ's in-licensing ...; biggest?"
        state.timings["route"] = _ms(started)
        return state

    def _gather(self, state: TurnState) -> TurnState:
        plan, snap = state.the_plan, state.snapshot
        started = time.perf_counter()
        state.results = [snap.tools.run(call) for call in plan.tool_calls]
        state.results = with_combined_count(plan.tool_calls, state.results)  # "Hengrui or Hansoh deals with ..."
        state.results = said_once(state.results)  # "SDW upfront vs milestones": one report's figures said once
        state.timings["tools"] = _ms(started)
        state.table_miss = plan.route == "table" and not any(r.lines or r.candidates for r in state.results)
        if plan.text_query and plan.route in ("text", "table+text"):
            started = time.perf_counter()
            deals = _named_asset(
                snap, plan.text_query, _in_period(snap.pair_deals(plan.companies), plan.passage_filter)
            )
            text_query = abstention.naming_the_measure(
                english_reading(plan.text_query, snap.company_names_at), plan.unheld_measure
            )
            state.text_query = text_query
            query = f"{text_query} {search_words(text_query)} {measure_words(plan.unheld_measure)}"
            query = f"{query} {synonym_words(text_query)}".strip()  # "where can X sell": the article's "covers"
            found = snap.search(query, plan.passage_filter, [deals[0].doc_id] if len(deals) == 1 else [])
            partners = wanted_type(text_query) == "identity"  # "whose sub", "who set it up": the partner's sentences
            state.passages = (
                abstention.on_topic(snap, found, plan.companies, partners) if plan.route == "text" else found
            )
            # the deal's opening says what was licensed (the kind of drug, what it targets) and to whom
            opening_answers = (
                DEAL_SCOPE_RE.search(text_query)
                or wanted_type(text_query) in OPENING_KINDS
                or (wanted_type(text_query) == "date" and _SIGNED_RE.search(text_query))  # its opening dates it
                or (WHAT_IS_NAMED_RE.search(text_query) and len(text_query.split()) <= 4)  # "What is RC148?"
            ) and not asks_amount(text_query)
            # "Who is behind DoveTree?" names one company: its own deal's opening says who it is
            own = deals or (snap.company_deals(plan.companies[0]) if len(plan.companies) == 1 else [])
            if own and len(own) <= 3 and plan.route == "text" and opening_answers:
                # "What does the X deal cover?", "What type of drug?": each deal's opening says what was
                # licensed, to whom, when
                state.lead = [snap.deal_opening(d.deal_id, sentences=2 if len(own) == 1 else 1) for d in own]
            state.lead = origin_lead(snap, plan, state.question) or state.lead  # "is 1.34bn the total?"
            state.timings["retrieve"] = _ms(started)
        elif state.table_miss:
            # The table has no such deal or statistic, but an article (an uploaded one, say) may:
            # only sentences naming every company and year asked about can answer.
            started = time.perf_counter()
            found = snap.search(plan.standalone_question, plan.passage_filter, [])
            state.passages = abstention.naming_all(
                snap, found, plan.companies, _YEAR_RE.findall(plan.standalone_question)
            )
            state.closest = found
            state.timings["retrieve"] = _ms(started)
        return state

    def _compose(self, state: TurnState) -> Answer:
        plan, snap, results, passages = state.the_plan, state.snapshot, state.results, state.passages
        started = time.perf_counter()
        answer = Answer(
            question=state.question,
            standalone_question=plan.standalone_question,
            answer="",
            interpretation=plan.interpretation,
            route=plan.route,
            tool_calls=[ToolCallRecord(tool=c.tool, args=c.args) for c in plan.tool_calls],
        )
        if plan.clarification:
            answer.answer = plan.clarification
        elif premise := premises.unfounded_ending(
            snap, state.question, plan.companies, passages, self._earlier_companies(state)
        ):
            answer.abstained = True  # an ending no source reports: corrected, not explained
            answer.answer, answer.citations = premise
        elif asset := unfounded_asset(snap, state.question, plan.companies):
            answer.abstained = True  # a drug code no source names: the deal's other assets are not it
            answer.answer, answer.citations = asset
        elif party := unfounded_party(snap, state.question, plan.companies, plan.tool_calls, passages):
            answer.abstained = True  # a party no source names, or a known pair that never dealt: no deal to give
            answer.answer, answer.citations = party
            if len(plan.companies) == 2 and state.closest:  # a pair that never dealt: the table-miss refusal it
                answer.route = "text"  # replaces says the articles were searched too (unpaired)
        else:
            has_figures = any(r.lines for r in results)
            unsupported = plan.route in ("text", "table+text") and (
                abstention.unsupported(snap, state.reading, passages, plan.unheld_measure)
                or missing(state.reading, [p.page_content for p in passages])
            )
            if plan.route == "text" and unsupported:
                answer.abstained = True
                unheld = (
                    f" They cover licensing deals; none we found reports the {plan.unheld_measure} asked about."
                    if plan.unheld_measure
                    else f" {abstention.unreported(state.reading)}".rstrip()
                )
                answer.answer = ABSTAIN_TEXT + unheld + " The closest articles are listed below."
                answer.closest = abstention.closest(snap, passages)
            elif plan.route == "table" and not has_figures and any(r.candidates for r in results):
                answer.route = "none"  # several deals match: ask which one
                answer.answer, answer.citations = abstention.clarification(snap, results)
            elif state.table_miss and (no := no_deal_over_bound(snap, state.question, plan, results, snap.docs)):
                answer.answer, answer.citations, answer.figures = no.text, no.citations, no.figures
                answer.tool_calls = [ToolCallRecord(tool=c.tool, args=c.args) for c in plan.tool_calls]
            elif state.table_miss and passages and not abstention.unsupported(snap, plan.standalone_question, passages):
                answer.route = "text"  # the articles answered what the table could not
                composed = compose(results, passages, plan.standalone_question, snap.docs, names=plan.companies)
                answer.answer, answer.citations = composed.text, composed.citations
            elif plan.route == "table" and not has_figures:
                answer.abstained = True
                messages = " ".join(r.message for r in results if r.message)
                answer.answer = (messages + " " if messages else "") + "The deal table does not hold this figure."
                if state.closest:
                    answer.route = "text"  # the articles were searched too
                    answer.answer = answer.answer[:-1] + ", and the indexed articles do not answer this question;"
                    answer.answer += " the closest are listed below."
                    answer.closest = abstention.closest(snap, state.closest)
            else:
                composed = compose(
                    results,
                    [] if unsupported else passages,
                    state.reading or plan.standalone_question,
                    snap.docs,
                    lead=[] if unsupported else state.lead,
                    names=plan.companies,
                )
                answer.answer, answer.citations, answer.figures = composed.text, composed.citations, composed.figures
                if self.writer.name != "none" and answer.citations:
                    self.writer.rewrite(answer, results)
                if answer.figures:
                    with_claim_note(snap, state.question, plan, answer)  # "Regeneron is no party to that deal"
                    with_claimed_values(snap, state.question, plan, answer)  # "$1.52 billion is the milestones"
                    with_ranked_claim(snap, state.question, plan, answer)  # "$925m upfront = biggest …, right?"
                    with_cash_split(snap, state.question, plan, answer)  # "how much of that was actual cash?"
                    with_asked_bounds(state.question, plan, answer)  # "how many were above 100m": the bound is asked
        notice = snap.withheld_notice(plan.companies, [call.tool for call in plan.tool_calls])
        if notice:
            answer.answer = f"{answer.answer} {notice}".strip()
        # Whatever a tool's message or a label carried, the reply names no internal field.
        answer.answer, answer.interpretation = field_words(answer.answer), field_words(answer.interpretation or "")
        answer.timings_ms = {**state.timings, "compose": _ms(started), "total": _ms(state.started)}
        return answer


def _reads_through(snapshot: Snapshot, part: str, earlier: list[Turn]) -> bool:
    """The part is read through the turns before it: alone it would be planned otherwise, or it asks a share of
    nothing it names ("Hengrui FY25 revenue, and what % came from licensing income?": the share of that revenue)."""
    fields = {"route", "tool_calls", "companies", "text_query"}
    plan = snapshot.router.route(part)
    if plan.rule == "share, nothing to take it of" or points_back(part):  # "did the Pfizer money show up in it?"
        return True
    return plan.model_dump(include=fields) != snapshot.router.route(part, earlier).model_dump(include=fields)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def build_assistant(settings: Settings | None = None) -> Assistant:
    """Wire the whole assistant; nothing is built at import time."""
    from assistant.search.embeddings import limit_blas_threads

    settings = settings or Settings()
    limit_blas_threads(settings.blas_threads)
    return Assistant(settings)


__all__ = ["ABSTAIN_TEXT", "Assistant", "TurnState", "build_assistant"]


def _in_period(deals: list[Deal], passage_filter: dict[str, Any]) -> list[Deal]:
    """A pair's deals announced in the period the question names ("argo/novartis sept 25"), when any are:
    that deal's article is searched first and its opening leads, not every deal of the pair's (or the one pinned)."""
    deals = [d for d in deals if d.doc_id in (passage_filter.get("doc_ids") or [])] or deals  # "the obesity deal"
    start, end = str(passage_filter.get("date_from") or ""), str(passage_filter.get("date_to") or "")
    if not (start and end):
        return deals
    within = [d for d in deals if start <= d.announced and d.announced[: len(end)] <= end]
    return within or deals


def _named_asset(snap: Snapshot, question: str, deals: list[Deal]) -> list[Deal]:
    """Of a pair's deals, the one whose drug code the question names ("YL201 - what is it?" of MediLink and
    Roche's two): its article is searched first and its opening leads, not the other deal's."""
    named = {deal_id for _, deal_id, _ in snap.router.entities.find_assets(question)}
    within = [deal for deal in deals if deal.deal_id in named]
    return within if len(within) == 1 else deals


def _respelt(snapshot: Snapshot, question: str) -> str:
    """The question as the router reads it: dictated words written ("twenty twenty four", "um", "no
    wait"), a listed number typed without ".HK" ("1801 LLY") and drug names respelt."""
    said = bare_tickers(written(question, snapshot.router.entities), snapshot.router.entities)
    named = snapshot.router.company_spans  # a guess names a company: "…? isn't it Hengrui-GSK?"
    said = analyst_read(reporter_read(said), lambda text: bool(named(text)))  # "live or dead?"; "首富款", "单独说"
    return respelt_drugs(said, snapshot.router.entities)
