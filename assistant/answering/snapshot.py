"""Everything the assistant loads, as one immutable snapshot that a reload replaces whole.

A request takes the snapshot once and finishes on it; ``Assistant.reload()`` builds a new
one beside it and swaps a single reference, so a request in flight never sees half of an
old index and half of a new table.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from typing import Any, NamedTuple

from langchain_core.documents import Document

from assistant.answering.composer import DocMeta
from assistant.corpus.datacheck import verified_tables
from assistant.corpus.extracted import with_extracted
from assistant.corpus.provenance import Provenance, ProvenanceResolver
from assistant.corpus.tables import Deal, Tables, load_tables
from assistant.errors import AssistantError
from assistant.routing.backstop import Backstop
from assistant.routing.router import Router
from assistant.search.indexer import ARTICLE_CACHE_DIR, LEXICAL_DIR, index_exists
from assistant.search.lexical import LexicalIndex
from assistant.search.retrieval import HybridRetriever
from assistant.settings import Settings
from assistant.text import split_sentences
from assistant.tools.dealbook import DealBook
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall

_URL_RE = re.compile(r"https?://\S+")


class _Chunk(NamedTuple):
    """A chunk's text without its source addresses, and its metadata (for the vocabulary)."""

    text: str
    metadata: dict[str, Any]


class Snapshot:
    """Tables, provenance, tools, router, lexical index and (loaded on first use) the retriever.

    Built once (``Snapshot(settings)``); nothing on it is reassigned afterwards except the lazily
    loaded retriever, which is guarded by a lock.
    """

    def __init__(self, settings: Settings, last_good: Snapshot | None = None) -> None:
        self.settings = settings
        self.resolver = ProvenanceResolver(
            settings.documents_dir, settings.max_file_bytes, cache_dir=settings.index_dir / ARTICLE_CACHE_DIR
        )
        # A row whose figure its quote does not state is not served (a reload keeps its last good version).
        curated, self.withheld = verified_tables(
            load_tables(settings.documents_dir),
            settings.documents_dir,
            self.resolver,
            last_good.tables if last_good else None,
        )
        # Extracted rows join the curated ones: approved as curated, unreviewed marked (or left out).
        self.tables: Tables = with_extracted(
            curated, settings.documents_dir, settings.use_unreviewed_deals, settings.max_file_bytes
        )
        self.tools = DealTools(DealBook(self.tables, self.resolver))
        self.router = Router(
            self.tables,
            top_deal=self._top_deal,
            ranked_rows=self._ranked_rows,
            max_history_turns=settings.max_history_turns,
            coverage_check=settings.coverage_check,
            backstop=_backstop(settings),
        )
        self.docs = _doc_meta(self.resolver)
        self.lexical = LexicalIndex.load(settings.index_dir / LEXICAL_DIR)
        # a word only a source's address holds ("…/global-briefs-bayer-abbvie-…") is no name the articles cover
        texts = [(_URL_RE.sub(" ", c.text), c.metadata) for c in self.lexical.chunks]
        self.vocabulary = frozenset(
            w.lower()
            for c in (_Chunk(text, metadata) for text, metadata in texts)
            # "R&D" is one word of the text as well as two; "big-selling" is a word, and so is "big"
            for w in re.findall(r"[\w-]+&[\w&-]+|[\w-]+", c.text + " " + str(c.metadata.get("title", "")))
            + re.findall(r"[\w-]+", c.text + " " + str(c.metadata.get("title", "")))
            + re.findall(r"\w+", c.text)
            # "outlicensing" as a reader writes "out-licensing"
            + [w.replace("-", "") for w in re.findall(r"\w+-\w+", c.text)]
        )
        self._retriever: HybridRetriever | None = None
        self._retriever_lock = threading.Lock()

    @functools.cached_property
    def common_words(self) -> frozenset[str]:
        """The whole words of the embedding model's tokenizer: about 20,000 ordinary English words
        ("latest", "terms"), which a company name the corpus never mentions ("beigene") is not.
        Empty when the model ships no WordPiece vocabulary."""
        path = self.settings.resolved_embedding_model_path() / "tokenizer.json"
        try:
            vocab = json.loads(path.read_text(encoding="utf-8"))["model"]["vocab"]
        except (OSError, KeyError, TypeError, ValueError):
            return frozenset()
        return frozenset(word for word in vocab if word.isalpha() and word.islower())

    @functools.cached_property
    def lower_case_words(self) -> frozenset[str]:
        """The words the articles write in lower case ("give", "roughly"): ordinary words, which a
        company name, capitalised wherever an article names it, is not."""
        return frozenset(
            word for chunk in self.lexical.chunks for word in re.findall(r"[A-Za-z]+", chunk.text) if word.islower()
        )

    @functools.cached_property
    def typo_candidates(self) -> dict[int, tuple[str, ...]]:
        """The words of the articles and the tokenizer of five letters or more, by length, built once:
        what a lower-case word one slip from a known word ("upfrnt") is compared with."""
        by_length: dict[int, list[str]] = {}
        for word in sorted(self.vocabulary | self.common_words):
            if len(word) >= 5:
                by_length.setdefault(len(word), []).append(word)
        return {length: tuple(words) for length, words in by_length.items()}

    @property
    def retriever(self) -> HybridRetriever:
        """The hybrid retriever, loaded (with the query encoder) when a question first needs passages."""
        with self._retriever_lock:
            if self._retriever is None:
                from assistant.search.embeddings import load_query_embeddings
                from assistant.search.retrieval import build_retriever

                if not index_exists(self.settings):
                    raise AssistantError(
                        "index_missing", "no index yet: run `assistant index` first", str(self.settings.index_dir)
                    )
                self._retriever = build_retriever(
                    self.settings, load_query_embeddings(self.settings.resolved_embedding_model_path()), self.lexical
                )
            return self._retriever

    def search(self, query: str, passage_filter: dict[str, object], doc_ids: list[str]) -> list[Document]:
        """Narrowest filter first: the deal's own article, passages naming every company,
        then any of them, then none."""
        k = self.settings.top_k
        attempts: list[dict[str, object] | None] = []
        if doc_ids:
            attempts.append({"doc_ids": doc_ids})
        companies = passage_filter.get("companies", [])
        if isinstance(companies, list) and len(companies) > 1:
            attempts.append({**passage_filter, "all_companies": True})
        if passage_filter:
            attempts.append(passage_filter)
        attempts.append(None)
        return self.retriever.search_first(query, attempts, k)

    def withheld_notice(self, companies: list[str], tools: list[str]) -> str:
        """What an answer says about rows that failed verification: those of the companies asked
        about, or all of them when a table question names none (a sum would silently lack them)."""
        named = set(companies)
        rows = [
            row
            for row in self.withheld.values()
            if named & set(row.parties) or (tools and not named and (row.parties or "market_stat" in tools))
        ]
        return " ".join(
            f"The table's row for {row.label} failed verification against its source and is not served ({row.reason})."
            for row in rows
        )

    def pair_deals(self, companies: list[str]) -> list[Deal]:
        """The deals between the named companies (two or more of them), oldest first."""
        if len(companies) < 2:
            return []
        named = set(companies)
        return sorted(
            (d for d in self.tables.deals if named <= {*d.licensors, *d.licensees}), key=lambda d: d.announced
        )

    def company_names_at(self, text: str) -> list[tuple[int, int, str]]:
        """Where companies are named in ``text`` (start, end) and their canonical names."""
        return [(m.start, m.end, m.name) for m in self.router.entities.find_companies(text).mentions]

    def company_deals(self, company: str) -> list[Deal]:
        """The deals one company is a party to, oldest first."""
        return sorted(
            (d for d in self.tables.deals if company in {*d.licensors, *d.licensees}), key=lambda d: d.announced
        )

    def deal_opening(self, deal_id: str, sentences: int = 1) -> Provenance:
        """The first sentence(s) of a deal's article: who licensed what to whom, and when."""
        doc_id = self.tables.deal(deal_id).doc_id
        article = self.resolver.article(doc_id)
        opening = split_sentences(article.paragraphs[0])[:sentences] if article and article.paragraphs else []
        return Provenance(doc_id=doc_id, paragraph=1, quote=" ".join(opening))

    def _top_deal(self, call: ToolCall) -> str | None:
        deal_ids = self.tools.run(call).deal_ids
        return deal_ids[0] if deal_ids else None

    def _ranked_rows(self, call: ToolCall) -> list[str]:
        return self.tools.run(call).rows


def _doc_meta(resolver: ProvenanceResolver) -> dict[str, DocMeta]:
    docs: dict[str, DocMeta] = {}
    for doc_id in resolver.doc_ids():
        article = resolver.article(doc_id)
        if article is not None:
            docs[doc_id] = DocMeta(
                title=article.title, published=article.published, url=article.url, source=article.source
            )
    return docs


def _backstop(settings: Settings) -> Backstop:
    """The semantic backstop the settings ask for; its model and bank load when a question first needs them."""
    if settings.semantic_backstop == "off":
        return Backstop()
    model_path = settings.resolved_embedding_model_path()

    def encode(texts: list[str]) -> list[list[float]]:
        from assistant.search.embeddings import load_query_embeddings

        return load_query_embeddings(model_path).embed_documents(texts)

    return Backstop(
        settings.semantic_backstop,
        encode,
        settings.semantic_exemplars,
        cache_dir=settings.index_dir / "backstop",
        model_key=str(model_path.resolve()),
    )
