"""The assistant: router → tools and/or retriever → composer → guard, as LCEL runnables.

``build_assistant(settings)`` wires everything; the embedding model and the retriever
are loaded only when a question first needs passages, so a table question answers
without loading a model.
"""

from __future__ import annotations

import calendar
import re
import threading
import time
from collections.abc import Iterator
from typing import Any

from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer import Answer, Citation, ToolCallRecord, Turn
from assistant.composer import CitationBook, DocMeta, compose, split_sentences, with_markers
from assistant.errors import AssistantError
from assistant.index import LEXICAL_DIR, index_exists
from assistant.lexical import LexicalIndex
from assistant.llm import ProseWriter, get_prose_writer
from assistant.plan import Plan, Provenance, ToolCall, ToolResult
from assistant.provenance import ProvenanceResolver
from assistant.retrieval import HybridRetriever
from assistant.router import Router
from assistant.settings import Settings
from assistant.tables import Deal, load_tables
from assistant.tools import DealTools
from assistant.wording import DEAL_SCOPE_RE, UNHELD_MEASURE_RES

# Calibrated on the bundled corpus (benchmarks/abstention_calibration.py): in-domain
# questions score 0.30-0.80 top cosine similarity, off-topic ones 0.13-0.25.
MIN_DENSE_SIMILARITY = 0.28
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
_NAME_RE = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*|[A-Z0-9]{2,}(?:-[A-Z0-9]+)*)")
_QUESTION_STARTERS = frozenset(
    [
        "what",
        "who",
        "why",
        "how",
        "when",
        "where",
        "which",
        "is",
        "are",
        "was",
        "were",
        "did",
        "does",
        "do",
        "can",
        "could",
        "should",
        "would",
        "will",
        "tell",
        "give",
        "list",
        "show",
        "explain",
        "compare",
        "and",
        "or",
        "but",
        "the",
        "a",
        "an",
        "in",
        "on",
        "of",
        "for",
        "by",
        "i",
        "please",
        "chinese",
        "china",
    ]
)
ABSTAIN_TEXT = "The indexed articles do not answer this question."


class Assistant:
    """Answers questions with exact figures and cited passages."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        tables = load_tables(settings.documents_dir)
        self.tables = tables
        self.resolver = ProvenanceResolver(settings.documents_dir, settings.max_file_bytes)
        self.tools = DealTools(tables, self.resolver)
        self.router = Router(tables, top_deal=self._top_deal)
        self.docs = _doc_meta(self.resolver)
        lexical = LexicalIndex.load(settings.index_dir / LEXICAL_DIR)
        self.lexical = lexical
        self._vocabulary = {
            w.lower()
            for c in lexical.chunks
            for w in re.findall(r"[\w-]+", c.text + " " + str(c.metadata.get("title", "")))
        }
        self._retriever: HybridRetriever | None = None
        self._retriever_lock = threading.Lock()
        self.writer: ProseWriter = get_prose_writer(settings)
        self.chain: Runnable[dict[str, Any], Answer] = (
            RunnableLambda(self._route) | RunnableLambda(self._gather) | RunnableLambda(self._compose)
        )

    # -- public API -------------------------------------------------------------------
    def ask(self, question: str, history: list[Turn] | None = None) -> Answer:
        if not question or not question.strip():
            raise AssistantError("empty_question", "the question is empty")
        return self.chain.invoke(
            {"question": question.strip(), "history": history or [], "started": time.perf_counter()}
        )

    def stream(self, question: str, history: list[Turn] | None = None) -> Iterator[str | Answer]:
        """Yield the answer text in pieces (sentence by sentence), then the final Answer."""
        answer = self.ask(question, history)
        for sentence in split_sentences(answer.answer):
            yield sentence + " "
        yield answer

    @property
    def retriever(self) -> HybridRetriever:
        with self._retriever_lock:
            if self._retriever is None:
                from assistant.embeddings import load_query_embeddings
                from assistant.retrieval import build_retriever

                if not index_exists(self.settings):
                    raise AssistantError(
                        "index_missing", "no index yet: run `assistant index` first", str(self.settings.index_dir)
                    )
                self._retriever = build_retriever(
                    self.settings, load_query_embeddings(self.settings.resolved_embedding_model_path())
                )
            return self._retriever

    def paragraph_text(self, doc_id: str, paragraph: int) -> str | None:
        """The whole paragraph a citation points into, for source cards."""
        return self.lexical.paragraph(doc_id, paragraph)

    def reload(self) -> None:
        """Pick up a changed index and tables (after an upload)."""
        fresh = Assistant(self.settings)
        self.__dict__.update(fresh.__dict__)

    # -- chain steps ------------------------------------------------------------------
    def _route(self, state: dict[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        state["plan"] = self.router.route(state["question"], state["history"])
        state["timings"] = {"route": _ms(started)}
        return state

    def _gather(self, state: dict[str, Any]) -> dict[str, Any]:
        plan: Plan = state["plan"]
        started = time.perf_counter()
        state["results"] = [self.tools.run(call) for call in plan.tool_calls]
        state["timings"]["tools"] = _ms(started)
        passages: list[Document] = []
        state["table_miss"] = plan.route == "table" and not any(r.lines or r.candidates for r in state["results"])
        if plan.text_query and plan.route in ("text", "table+text"):
            started = time.perf_counter()
            deals = self._pair_deals(plan.companies)
            passages = self._search(plan.text_query, plan.passage_filter, [deals[0].doc_id] if len(deals) == 1 else [])
            if deals and len(deals) <= 3 and plan.route == "text" and DEAL_SCOPE_RE.search(plan.text_query):
                # "What does the X deal cover?": each deal's opening says what was licensed, to whom, when
                state["lead"] = [self._deal_opening(d.deal_id, sentences=2 if len(deals) == 1 else 1) for d in deals]
            state["timings"]["retrieve"] = _ms(started)
        elif state["table_miss"]:
            # The table has no such deal or statistic, but an article (an uploaded one, say) may:
            # only sentences naming every company and year asked about can answer.
            started = time.perf_counter()
            found = self._search(plan.standalone_question, plan.passage_filter, [])
            passages = self._naming_all(found, plan.companies, _YEAR_RE.findall(plan.standalone_question))
            state["closest"] = found
            state["timings"]["retrieve"] = _ms(started)
        state["passages"] = passages
        return state

    def _naming_all(self, passages: list[Document], companies: list[str], years: list[str]) -> list[Document]:
        """The passages cut down to their sentences that name every company and year given."""
        if not companies:
            return []  # a year alone is in too many sentences to answer anything
        kept: list[Document] = []
        for passage in passages:
            sentences = [
                sentence
                for sentence in split_sentences(passage.page_content)
                if all(_names_year(sentence, year) for year in years)
                and set(companies) <= {m.name for m in self.router.entities.find_companies(sentence).mentions}
            ]
            if sentences:
                kept.append(Document(page_content=" ".join(sentences), metadata=passage.metadata))
        return kept

    def _top_deal(self, call: ToolCall) -> str | None:
        deal_ids = self.tools.run(call).deal_ids
        return deal_ids[0] if deal_ids else None

    def _deal_opening(self, deal_id: str, sentences: int = 1) -> Provenance:
        """The first sentence(s) of a deal's article: who licensed what to whom, and when."""
        doc_id = self.tables.deal(deal_id).doc_id
        article = self.resolver.article(doc_id)
        opening = split_sentences(article.paragraphs[0])[:sentences] if article and article.paragraphs else []
        return Provenance(doc_id=doc_id, paragraph=1, quote=" ".join(opening))

    def _pair_deals(self, companies: list[str]) -> list[Deal]:
        """The deals between the named companies (two or more of them), oldest first."""
        if len(companies) < 2:
            return []
        named = set(companies)
        return sorted(
            (d for d in self.tables.deals if named <= {*d.licensors, *d.licensees}), key=lambda d: d.announced
        )

    def _search(self, query: str, passage_filter: dict[str, Any], doc_ids: list[str]) -> list[Document]:
        """Narrowest filter first: the deal's own article, passages naming every company,
        then any of them, then none."""
        k = self.settings.top_k
        attempts: list[dict[str, Any] | None] = []
        if doc_ids:
            attempts.append({"doc_ids": doc_ids})
        if len(passage_filter.get("companies", [])) > 1:
            attempts.append({**passage_filter, "all_companies": True})
        if passage_filter:
            attempts.append(passage_filter)
        attempts.append(None)
        for attempt in attempts:
            passages = self.retriever.search(query, k=k, passage_filter=attempt)
            if passages:
                return passages
        return []

    def _compose(self, state: dict[str, Any]) -> Answer:
        plan: Plan = state["plan"]
        results: list[ToolResult] = state["results"]
        passages: list[Document] = state["passages"]
        started = time.perf_counter()
        answer = Answer(
            question=state["question"],
            standalone_question=plan.standalone_question,
            answer="",
            route=plan.route,
            tool_calls=[ToolCallRecord(tool=c.tool, args=c.args) for c in plan.tool_calls],
        )
        if plan.clarification:
            answer.answer = plan.clarification
        else:
            has_figures = any(r.lines for r in results)
            unsupported = plan.route in ("text", "table+text") and self._unsupported(
                plan.text_query or "", passages, plan.unheld_measure
            )
            if plan.route == "text" and unsupported:
                answer.abstained = True
                unheld = (
                    f" They cover licensing deals; none we found reports the {plan.unheld_measure} asked about."
                    if plan.unheld_measure
                    else ""
                )
                answer.answer = ABSTAIN_TEXT + unheld + " The closest articles are listed below."
                answer.closest = self._closest(passages)
            elif plan.route == "table" and not has_figures and any(r.candidates for r in results):
                # The tool found several deals and asks which one: a clarification, each candidate cited.
                answer.route = "none"
                book = CitationBook(self.docs)
                cited = [book.cite(self._deal_opening(deal_id)) for r in results for deal_id in r.candidates]
                answer.answer = with_markers(" ".join(r.message for r in results if r.message), cited)
                answer.citations = book.citations
            elif state["table_miss"] and passages and not self._unsupported(plan.standalone_question, passages):
                answer.route = "text"  # the articles answered what the table could not
                composed = compose(results, passages, plan.standalone_question, self.docs)
                answer.answer, answer.citations = composed.text, composed.citations
            elif plan.route == "table" and not has_figures:
                answer.abstained = True
                messages = " ".join(r.message for r in results if r.message)
                answer.answer = (messages + " " if messages else "") + "The deal table does not hold this figure."
                if state.get("closest"):
                    answer.route = "text"  # the articles were searched too
                    answer.answer = answer.answer[:-1] + ", and the indexed articles do not answer this question;"
                    answer.answer += " the closest are listed below."
                    answer.closest = self._closest(state["closest"])
            else:
                composed = compose(
                    results,
                    [] if unsupported else passages,
                    plan.text_query or plan.standalone_question,
                    self.docs,
                    lead=[] if unsupported else state.get("lead", []),
                )
                answer.answer, answer.citations, answer.figures = composed.text, composed.citations, composed.figures
                if self.writer.name != "none" and answer.citations:
                    self.writer.rewrite(answer, results)
        answer.timings_ms = {**state["timings"], "compose": _ms(started), "total": _ms(state["started"])}
        return answer

    def _unsupported(self, query: str, passages: list[Document], unheld_measure: str | None = None) -> bool:
        """No passage close enough, the question names something the corpus never mentions, or it
        asks for a company fact (revenue, CEO) that no retrieved passage names."""
        if not passages:
            return True
        if unheld_measure:
            pattern = dict(UNHELD_MEASURE_RES)[unheld_measure]
            if not any(pattern.search(p.page_content) for p in passages):
                return True
        if max(float(p.metadata.get("dense_similarity", 0.0)) for p in passages) < MIN_DENSE_SIMILARITY:
            return True
        words = query.split()
        for position, match in enumerate(_NAME_RE.finditer(query)):
            name = re.sub(r"['’]s$", "", match.group(1))
            if position == 0 and words and name == words[0] and name.lower() in _QUESTION_STARTERS:
                continue
            if name.lower() in _QUESTION_STARTERS or len(name) < 3:
                continue
            if name.lower() not in self._vocabulary and not self._known_pair(name):
                return True
        return False

    def _known_pair(self, name: str) -> bool:
        """ "Kelun-Merck": two companies, each named by a part, with a deal together in the table."""
        parts = name.split("-")
        if len(parts) < 2:
            return False
        companies = []
        for part in parts:
            mentions = self.router.entities.find_companies(part).mentions
            if len(mentions) != 1 or mentions[0].fuzzy:
                return False
            companies.append(mentions[0].name)
        return bool(self._pair_deals(companies))

    def _closest(self, passages: list[Document]) -> list[Citation]:
        seen: set[str] = set()
        closest: list[Citation] = []
        for passage in passages:
            doc_id = str(passage.metadata.get("doc_id"))
            if doc_id in seen:
                continue
            seen.add(doc_id)
            meta = self.docs.get(doc_id, DocMeta(title=doc_id))
            closest.append(
                Citation(
                    n=len(closest) + 1,
                    doc_id=doc_id,
                    title=meta.title,
                    published=meta.published,
                    url=meta.url,
                    paragraph=int(passage.metadata.get("paragraph", 0)),
                    quote=passage.page_content,
                )
            )
        return closest[:3]


_MONTHS = "|".join(calendar.month_name[1:])
_DATE_BEFORE_YEAR_RE = re.compile(rf"(?:(?:{_MONTHS})\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{_MONTHS}))\s+$")


def _names_year(sentence: str, year: str) -> bool:
    """The year as a period ("deals in 2026"), not as a date a report was published on
    ("reported on January 14, 2026", "2026-01-14")."""
    for match in re.finditer(rf"(?<![\d\-–—]){year}(?![\d\-–—])", sentence):
        if not _DATE_BEFORE_YEAR_RE.search(sentence[: match.start()]):
            return True
    return False


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def _doc_meta(resolver: ProvenanceResolver) -> dict[str, DocMeta]:
    docs: dict[str, DocMeta] = {}
    for doc_id in resolver.doc_ids():
        article = resolver.article(doc_id)
        if article is not None:
            docs[doc_id] = DocMeta(
                title=article.title, published=article.published, url=article.url, source=article.source
            )
    return docs


def build_assistant(settings: Settings | None = None) -> Assistant:
    """Wire the whole assistant; nothing is built at import time."""
    return Assistant(settings or Settings())
