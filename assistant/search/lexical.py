"""The BM25 side index (bm25s) over the same chunks as Chroma, saved atomically."""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path
from typing import Any

import bm25s
import numpy as np
from pydantic import BaseModel

CHUNKS_FILE = "chunks.json"
# bm25s logs every index build at DEBUG through its own handler.
logging.getLogger("bm25s").setLevel(logging.WARNING)


class StoredChunk(BaseModel):
    """A chunk as kept beside the BM25 matrix: what a citation needs."""

    id: str
    text: str
    metadata: dict[str, Any]


def _tokenize(texts: list[str]) -> Any:
    return bm25s.tokenize(texts, stopwords="en", show_progress=False)


class LexicalIndex:
    """BM25 over chunk texts (title included), with the chunks themselves."""

    def __init__(self, chunks: list[StoredChunk], retriever: bm25s.BM25 | None) -> None:
        self.chunks = chunks
        self.by_id = {chunk.id: chunk for chunk in chunks}
        self._retriever = retriever
        self._pieces: dict[tuple[str, int], list[str]] = {}
        rows: dict[str, list[int]] = {}
        # Every filter a search takes (doc ids, companies, dates) is a property of the article,
        # so it is decided once per article here, not once per chunk at question time.
        self.doc_metadata: dict[str, dict[str, Any]] = {}
        self.company_docs: dict[str, set[str]] = {}
        for row, chunk in enumerate(chunks):
            doc_id = str(chunk.metadata.get("doc_id", ""))
            self._pieces.setdefault((doc_id, int(chunk.metadata.get("paragraph", 0))), []).append(chunk.text)
            rows.setdefault(doc_id, []).append(row)
            if doc_id not in self.doc_metadata:
                self.doc_metadata[doc_id] = chunk.metadata
                for name in str(chunk.metadata.get("companies", "")).split(";"):
                    if name.strip():
                        self.company_docs.setdefault(name.strip().lower(), set()).add(doc_id)
        self.doc_rows = {doc_id: np.asarray(found, dtype=np.int64) for doc_id, found in rows.items()}

    def paragraph(self, doc_id: str, number: int) -> str | None:
        """A whole paragraph, its overlapping pieces joined back (chunks are stored in order)."""
        pieces = self._pieces.get((doc_id, number))
        if not pieces:
            return None
        merged = pieces[0]
        for piece in pieces[1:]:
            overlap = next((n for n in range(min(len(merged), len(piece)), 0, -1) if merged.endswith(piece[:n])), 0)
            merged += piece[overlap:] if overlap else " " + piece
        return merged

    @classmethod
    def build(cls, chunks: list[StoredChunk]) -> LexicalIndex:
        if not chunks:
            return cls([], None)
        retriever = bm25s.BM25()
        corpus = [f"{chunk.metadata.get('title', '')}\n{chunk.text}" for chunk in chunks]
        retriever.index(_tokenize(corpus), show_progress=False)
        return cls(chunks, retriever)

    def search(self, query: str, k: int) -> list[tuple[StoredChunk, float]]:
        """Top ``k`` chunks by BM25 score; chunks with score 0 are left out."""
        scores = self.scores(query)
        return [] if scores is None else self.top(scores, k)

    def scores(self, query: str) -> np.ndarray | None:
        """The BM25 score of every chunk for ``query``; None when no word of it is indexed."""
        if self._retriever is None or not query.strip():
            return None
        words = bm25s.tokenize([query], stopwords="en", show_progress=False, return_ids=False)[0]
        ids = self._retriever.get_tokens_ids(words)
        if not ids:
            return None
        return np.asarray(self._retriever.get_scores_from_ids(ids))

    def top(self, scores: np.ndarray, k: int, rows: np.ndarray | None = None) -> list[tuple[StoredChunk, float]]:
        """The ``k`` best chunks by ``scores`` (among ``rows`` only, when given); score 0 left out."""
        candidates = np.arange(len(scores)) if rows is None else rows
        picked = scores[candidates]
        k = min(k, len(candidates))
        if k <= 0:
            return []
        if k < len(candidates):
            best = np.argpartition(-picked, k - 1)[:k]
            candidates, picked = candidates[best], picked[best]
        order = np.lexsort((candidates, -picked))  # by score, ties by position in the index
        return [(self.chunks[int(candidates[i])], float(picked[i])) for i in order if picked[i] > 0]

    def save(self, directory: Path) -> None:
        """Write to a temporary folder, then swap it in: a reader never sees half an index."""
        directory.parent.mkdir(parents=True, exist_ok=True)
        staging = directory.with_name(directory.name + ".staging")
        retired = directory.with_name(directory.name + ".old")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        if self._retriever is not None:
            self._retriever.save(str(staging), show_progress=False)
        payload = [chunk.model_dump() for chunk in self.chunks]
        with open(staging / CHUNKS_FILE, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        shutil.rmtree(retired, ignore_errors=True)
        if directory.exists():
            os.replace(directory, retired)
        os.replace(staging, directory)
        shutil.rmtree(retired, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        """Load the last complete index (falls back to the retired copy after a crash mid-swap)."""
        for candidate in (directory, directory.with_name(directory.name + ".old")):
            if (candidate / CHUNKS_FILE).is_file():
                with open(candidate / CHUNKS_FILE, encoding="utf-8") as handle:
                    chunks = [StoredChunk(**item) for item in json.load(handle)]
                retriever = bm25s.BM25.load(str(candidate), show_progress=False) if chunks else None
                return cls(chunks, retriever)
        return cls([], None)
