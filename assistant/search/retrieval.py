"""Hybrid retrieval: Chroma dense search and BM25, fused by reciprocal rank."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from langchain_chroma import Chroma
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from assistant.errors import AssistantError
from assistant.search.indexer import COLLECTION_METADATA, LEXICAL_DIR, live_collection_name
from assistant.search.lexical import LexicalIndex
from assistant.search.store import chroma_client
from assistant.settings import Settings

RRF_K = 60
# A filter admitting at most this many chunks is searched exactly (see HybridRetriever._exact).
EXACT_LIMIT = 500  # reading vectors by id costs ~0.06 ms each at 100k chunks; a filtered HNSW query 60-145 ms
# Chroma's SQLite fails on a `$in` of tens of thousands of ids; a filter admitting more articles
# than this searches unfiltered with a pool widened by the share it admits, then filters.
MAX_IN = 5000


def _matches(metadata: dict[str, Any], passage_filter: dict[str, Any] | None) -> bool:
    """Filters against a chunk's metadata: ``doc_ids``, ``companies`` (any of them, or all
    with ``all_companies``) and ``date_from`` / ``date_to`` (ISO prefixes)."""
    if not passage_filter:
        return True
    doc_ids = passage_filter.get("doc_ids")
    if doc_ids and metadata.get("doc_id") not in doc_ids:
        return False
    companies = passage_filter.get("companies")
    if companies:
        listed = {name.strip().lower() for name in str(metadata.get("companies", "")).split(";")}
        named = {name.lower() for name in companies}
        if passage_filter.get("all_companies") and not named <= listed:
            return False
        if not listed & named:
            return False
    published = str(metadata.get("published", ""))
    date_from, date_to = passage_filter.get("date_from"), passage_filter.get("date_to")
    if date_from and published and published < date_from:
        return False
    return not (date_to and published and published[: len(date_to)] > date_to)


class HybridRetriever(BaseRetriever):
    """Dense (Chroma) + lexical (BM25) search over the same chunks, fused with RRF.

    Each returned ``Document`` carries the chunk id, doc id, paragraph and the fused
    score plus the dense cosine similarity in its metadata. Adjacent pieces of one
    paragraph are merged into the first one.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    vectorstore: Chroma
    lexical: LexicalIndex
    k: int = 5
    candidates: int = 20
    search_filter: dict[str, Any] | None = Field(default=None)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun | None = None, k: int | None = None
    ) -> list[Document]:
        return self.search(query, k=k or self.k, passage_filter=self.search_filter)

    def _dense(self, vector: list[float], pool: int, docs: set[str] | None) -> list[tuple[Document, float]]:
        where: Any = None  # langchain types it dict[str, str]
        try:
            if docs is not None and sum(len(self.lexical.doc_rows[doc]) for doc in docs) <= EXACT_LIMIT:
                ids = [self.lexical.chunks[row].id for doc in sorted(docs) for row in self.lexical.doc_rows[doc]]
                return self._exact(vector, ids, pool)
            if docs is not None and len(docs) <= MAX_IN:
                where = {"doc_id": {"$in": sorted(docs)}}
            elif docs is not None:  # too many ids for one SQLite query: a wider pool, filtered in _fuse
                pool = min(len(self.lexical.chunks), pool * max(1, len(self.lexical.doc_rows) // len(docs)) * 2)
            return self.vectorstore.similarity_search_by_vector_with_relevance_scores(vector, k=pool, filter=where)
        except Exception as exc:
            # A Chroma server that went away surfaces as whatever its HTTP client raises
            # (connection refused, timeout, a 5xx); the user needs one clear error instead.
            raise AssistantError(
                "vector_store_unavailable",
                f"the Chroma store did not answer the search: {type(exc).__name__}: {exc}",
                "chroma",
            ) from exc

    def _exact(self, vector: list[float], ids: list[str], pool: int) -> list[tuple[Document, float]]:
        """Cosine distances to a few admitted chunks, computed here from their stored vectors.

        Chroma's filtered HNSW search took ~145 ms at 100,000 chunks even for one article (the
        graph walk rejects almost every node); reading a few hundred vectors by id and one
        matrix product takes a few ms, and is exact.
        """
        got = self.vectorstore.get(ids=ids, include=["embeddings"])
        if not len(got["ids"]):
            return []
        distances = 1.0 - np.asarray(got["embeddings"], dtype=np.float32) @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(distances, kind="stable")[:pool]
        found = [self.lexical.by_id.get(got["ids"][n]) for n in order]
        return [
            (Document(id=chunk.id, page_content=chunk.text, metadata=chunk.metadata), float(distances[n]))
            for n, chunk in zip(order, found, strict=True)
            if chunk is not None
        ]

    def _allowed_docs(self, passage_filter: dict[str, Any] | None) -> set[str] | None:
        """The articles a filter admits (None: all of them), read from the per-article metadata."""
        if not passage_filter:
            return None
        candidates: Iterable[str] = self.lexical.doc_metadata
        if passage_filter.get("doc_ids"):
            candidates = [doc for doc in passage_filter["doc_ids"] if doc in self.lexical.doc_metadata]
        elif passage_filter.get("companies"):
            named = [self.lexical.company_docs.get(name.lower(), set()) for name in passage_filter["companies"]]
            candidates = set().union(*named)
        docs = {doc for doc in candidates if _matches(self.lexical.doc_metadata[doc], passage_filter)}
        return None if len(docs) == len(self.lexical.doc_metadata) else docs

    def search(self, query: str, k: int | None = None, passage_filter: dict[str, Any] | None = None) -> list[Document]:
        return self.search_first(query, [passage_filter], k)

    def search_first(
        self, query: str, filters: Sequence[dict[str, Any] | None], k: int | None = None
    ) -> list[Document]:
        """The passages of the first filter that admits any; the question is embedded and scored once.

        A filter narrows both searches before ranking (Chroma's ``where`` on the article id, BM25
        over the admitted articles' chunks), so a deal's own article is found however large the
        corpus is, instead of hoping it sits among the best few passages of the whole index.
        """
        k = k or self.k
        if not query.strip() or not self.lexical.chunks:
            return []
        vector = self.vectorstore.embeddings.embed_query(query) if self.vectorstore.embeddings else []
        scores = self.lexical.scores(query)
        for passage_filter in filters:
            docs = self._allowed_docs(passage_filter)
            if docs is not None and not docs:
                continue
            results = self._fuse(vector, scores, k, passage_filter, docs)
            if results:
                return results
        return []

    def _fuse(
        self,
        vector: list[float],
        scores: np.ndarray | None,
        k: int,
        passage_filter: dict[str, Any] | None,
        docs: set[str] | None,
    ) -> list[Document]:
        pool = max(self.candidates, k * 4)
        fused: dict[str, float] = {}
        documents: dict[str, Document] = {}
        dense_similarity: dict[str, float] = {}

        rank = 0
        for document, distance in self._dense(vector, pool, docs):
            if not _matches(document.metadata, passage_filter) or document.id is None:
                continue
            rank += 1
            fused[document.id] = fused.get(document.id, 0.0) + 1.0 / (RRF_K + rank)
            documents[document.id] = document
            dense_similarity[document.id] = 1.0 - float(distance)

        rows = None if docs is None else np.concatenate([self.lexical.doc_rows[doc] for doc in sorted(docs)])
        hits = [] if scores is None else self.lexical.top(scores, pool, rows)
        for rank, (chunk, _score) in enumerate(hits, start=1):
            fused[chunk.id] = fused.get(chunk.id, 0.0) + 1.0 / (RRF_K + rank)
            documents.setdefault(chunk.id, Document(id=chunk.id, page_content=chunk.text, metadata=chunk.metadata))

        ordered = sorted(fused, key=lambda chunk_id: fused[chunk_id], reverse=True)
        results: list[Document] = []
        seen_paragraphs: set[tuple[str, int]] = set()
        for chunk_id in ordered:
            document = documents[chunk_id]
            key = (str(document.metadata.get("doc_id")), int(document.metadata.get("paragraph", 0)))
            if key in seen_paragraphs:
                continue
            seen_paragraphs.add(key)
            metadata = dict(document.metadata)
            metadata["chunk_id"] = chunk_id
            metadata["score"] = round(fused[chunk_id], 6)
            metadata["dense_similarity"] = round(dense_similarity.get(chunk_id, 0.0), 4)
            text = self.lexical.paragraph(*key) or document.page_content
            results.append(Document(id=chunk_id, page_content=text, metadata=metadata))
            if len(results) >= k:
                break
        return results


def build_retriever(settings: Settings, embeddings: Embeddings, lexical: LexicalIndex | None = None) -> HybridRetriever:
    """Open the index on disk (or the Chroma server) for reading; ``lexical`` reuses a loaded BM25 index."""
    vectorstore = Chroma(
        client=chroma_client(settings),
        collection_name=live_collection_name(settings),
        embedding_function=embeddings,
        collection_metadata=COLLECTION_METADATA,
    )
    if lexical is None:
        lexical = LexicalIndex.load(settings.index_dir / LEXICAL_DIR)
    return HybridRetriever(vectorstore=vectorstore, lexical=lexical, k=settings.top_k)
