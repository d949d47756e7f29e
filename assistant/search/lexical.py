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
        for chunk in chunks:
            key = (str(chunk.metadata.get("doc_id", "")), int(chunk.metadata.get("paragraph", 0)))
            self._pieces.setdefault(key, []).append(chunk.text)

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
        if self._retriever is None or not query.strip():
            return []
        tokens = _tokenize([query])
        if not any(len(ids) for ids in tokens.ids):
            return []
        k = min(k, len(self.chunks))
        indices, scores = self._retriever.retrieve(tokens, k=k, show_progress=False, n_threads=1)
        hits = []
        for index, score in zip(np.asarray(indices)[0], np.asarray(scores)[0], strict=True):
            if score > 0:
                hits.append((self.chunks[int(index)], float(score)))
        return hits

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
