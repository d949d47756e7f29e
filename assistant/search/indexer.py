"""The incremental, crash-safe index: Chroma for vectors, BM25 beside it, a manifest of hashes.

Order of work makes a ``kill -9`` harmless: chunks are upserted under stable ids
(idempotent), each finished group of documents (about ``GROUP_BATCHES`` model batches, so
10,000 articles are not 10,000 upserts and 10,000 saves of a growing manifest) is recorded
in the manifest (written atomically), and the BM25 side index is rebuilt and swapped in last.
A run that dies midway leaves the previous data answering queries; the next run
sees the unfinished documents (their hashes are not in the manifest) and the
``lexical_complete`` flag still false, and finishes the job.

Every run first checks the manifest against the store, document by document, and
re-embeds a document whose stored chunks differ from the ones listed. A rebuild (or a new
embedding model) fills a new collection beside the live one, and the manifest, naming the
collection that answers, is swapped only when it is complete; the collection before it is
kept one more generation so a server that has not reloaded yet still answers.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings
from pydantic import BaseModel, Field

from assistant.corpus.documents import (
    ARTICLE_SUFFIXES,
    SkippedFile,
    load_article,
    scan_corpus,
)
from assistant.errors import AssistantError
from assistant.search.chunking import Chunk, chunk_article
from assistant.search.lexical import LexicalIndex, StoredChunk
from assistant.search.minilm import sorted_batches
from assistant.search.store import chroma_client, stored_pages
from assistant.settings import Settings

log = logging.getLogger(__name__)

MANIFEST_FILE = "manifest.json"
STAGING_MANIFEST_FILE = "manifest.rebuild.json"
LEXICAL_DIR = "lexical"
ARTICLE_CACHE_DIR = "articles"  # parsed articles (corpus/articlecache.py), so a cold start parses none
MANIFEST_VERSION = 1
GROUP_BATCHES = 8


class ManifestEntry(BaseModel):
    path: str
    sha256: str
    chunk_ids: list[str]


class Manifest(BaseModel):
    """What the index holds: one entry per indexed document, by doc id."""

    version: int = MANIFEST_VERSION
    chunking: str = ""
    documents: dict[str, ManifestEntry] = Field(default_factory=dict)
    lexical_complete: bool = False
    collection: str = ""  # the Chroma collection that answers; "" means settings.collection
    previous_collection: str = ""  # kept one generation for servers that have not reloaded


class Skipped(BaseModel):
    path: str
    reason: str


class IndexSummary(BaseModel):
    """What a run did; printed at the end of ``assistant index``."""

    added: list[str] = Field(default_factory=list)
    changed: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    repaired: list[str] = Field(default_factory=list)
    unchanged: int = 0
    skipped: list[Skipped] = Field(default_factory=list)
    chunks_embedded: int = 0
    chunks_total: int = 0
    seconds: float = 0.0


ProgressCallback = Callable[[int, int], None]
Pending = tuple[str, Path, str, list[Chunk]]  # doc id, file, its hash, its chunks: to embed


COLLECTION_METADATA = {"hnsw:space": "cosine"}


def live_collection_name(settings: Settings) -> str:
    """The collection that answers: the one the manifest names (a rebuild makes a new one)."""
    return load_manifest(settings.index_dir).collection or settings.collection


def open_collection(settings: Settings) -> Any:
    """The raw chromadb collection that answers queries."""
    return chroma_client(settings).get_or_create_collection(
        live_collection_name(settings), metadata=COLLECTION_METADATA
    )


def load_manifest(index_dir: Path, name: str = MANIFEST_FILE) -> Manifest:
    path = index_dir / name
    if not path.is_file():
        return Manifest()
    try:
        return Manifest.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise AssistantError("manifest_invalid", f"cannot read the index manifest: {exc}", str(path)) from exc


def save_manifest(index_dir: Path, manifest: Manifest, name: str = MANIFEST_FILE) -> None:
    """Write to a temporary file and rename over the old one (atomic on POSIX)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / name
    staging = path.with_suffix(".json.tmp")
    with open(staging, "w", encoding="utf-8") as handle:
        handle.write(manifest.model_dump_json(indent=1))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(staging, path)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def model_identity(model_path: Path) -> str:
    """Which model embeds: its folder name and a hash of its config and weights' sizes, so
    pointing ``ASSISTANT_EMBEDDING_MODEL_PATH`` at another model changes the key (and rebuilds)."""
    digest = hashlib.sha256()
    for path in sorted(model_path.rglob("*")):
        if path.is_file() and (path.suffix in (".json", ".txt") or path.name.endswith((".safetensors", ".bin"))):
            digest.update(str(path.relative_to(model_path)).encode())
            digest.update(path.read_bytes() if path.suffix in (".json", ".txt") else str(path.stat().st_size).encode())
    return f"{model_path.name}:{digest.hexdigest()[:16]}"


def chunking_key(settings: Settings) -> str:
    """What the stored vectors depend on: chunk sizes, the embedding model's identity and the
    encoder that ran it (int8 vectors differ from float ones, so switching encoders rebuilds)."""
    return json.dumps(
        {
            "max": settings.chunk_max_chars,
            "overlap": settings.chunk_overlap_chars,
            "model": model_identity(settings.resolved_embedding_model_path()),
            "encoder": settings.embedding_encoder,
        }
    )


@contextmanager
def _index_lock(index_dir: Path) -> Iterator[None]:
    """One writer at a time (a chat upload and a CLI run must not interleave)."""
    import fcntl

    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_index(
    settings: Settings,
    embeddings: Callable[[], Embeddings],
    *,
    rebuild: bool = False,
    progress: ProgressCallback | None = None,
) -> IndexSummary:
    """Bring the index in line with ``settings.documents_dir``; embed only what changed.

    ``embeddings`` is called only when something needs embedding, so a run with no
    change never loads the model.
    """
    started = time.perf_counter()
    with _index_lock(settings.index_dir):
        summary = _build_locked(settings, embeddings, rebuild=rebuild, progress=progress)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _build_locked(
    settings: Settings, embeddings: Callable[[], Embeddings], *, rebuild: bool, progress: ProgressCallback | None
) -> IndexSummary:
    summary = IndexSummary()
    client = chroma_client(settings)
    live = load_manifest(settings.index_dir)
    chunking = chunking_key(settings)
    live_name = live.collection or settings.collection
    _drop_leftovers(client, settings, {live_name, live.previous_collection})
    staged = bool(live.documents) and (rebuild or live.chunking != chunking)
    if staged:
        # Build beside the live index; it keeps answering until the manifest is swapped.
        log.info("rebuilding the index beside the live one")
        manifest = Manifest(chunking=chunking, collection=f"{settings.collection}-{uuid.uuid4().hex[:8]}")
        manifest_name = STAGING_MANIFEST_FILE
    else:
        manifest = live if live.chunking == chunking else Manifest(chunking=chunking, collection=live.collection)
        manifest_name = MANIFEST_FILE
    collection = client.get_or_create_collection(
        manifest.collection or settings.collection, metadata=COLLECTION_METADATA
    )
    if not staged:
        _verify(collection, manifest, settings.index_dir, summary)

    def save() -> None:
        save_manifest(settings.index_dir, manifest, manifest_name)

    scan = scan_corpus(settings.documents_dir)
    summary.skipped.extend(Skipped(path=str(path), reason=reason) for path, reason in scan.refused)
    files = scan.files
    pending: list[Pending] = []
    for doc_id, path in files.items():
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            summary.skipped.append(Skipped(path=str(path), reason=f"unsupported file type {path.suffix!r}"))
            continue
        try:
            digest = _sha256(path)
        except OSError as exc:
            summary.skipped.append(Skipped(path=str(path), reason=f"unreadable ({exc.strerror})"))
            continue
        entry = manifest.documents.get(doc_id)
        if entry is not None and entry.sha256 == digest:
            summary.unchanged += 1
            continue
        try:
            article = load_article(path, settings.max_file_bytes)
        except SkippedFile as skipped:
            # A broken new version must not wipe the good one already indexed.
            summary.skipped.append(Skipped(path=str(path), reason=skipped.reason))
            log.warning("skipped %s: %s", path, skipped.reason)
            continue
        article.doc_id = doc_id
        chunks = chunk_article(article, settings.chunk_max_chars, settings.chunk_overlap_chars)
        pending.append((doc_id, path, digest, chunks))
        known = entry is not None or (staged and doc_id in live.documents) or doc_id in summary.repaired
        if doc_id not in summary.repaired:
            (summary.changed if known else summary.added).append(doc_id)

    removed = [doc_id for doc_id in manifest.documents if doc_id not in files]
    if pending or removed or not manifest.lexical_complete:
        manifest.lexical_complete = False
        save()

    for doc_id in removed:
        collection.delete(ids=manifest.documents[doc_id].chunk_ids)
        del manifest.documents[doc_id]
        summary.removed.append(doc_id)
        save()
    if staged:
        summary.removed = [doc_id for doc_id in live.documents if doc_id not in files]

    total = sum(len(chunks) for *_, chunks in pending)
    model = embeddings() if pending else None
    done = 0
    if progress:
        progress(0, total)
    for group in _groups(pending, settings.embedding_batch_size * GROUP_BATCHES):
        chunks = [chunk for *_, doc_chunks in group for chunk in doc_chunks]

        def encode(texts: list[str]) -> np.ndarray:
            nonlocal done
            vectors = np.asarray(model.embed_documents(texts), dtype=np.float32)  # type: ignore[union-attr]
            done += len(texts)
            if progress:
                progress(done, total)
            return vectors

        vectors = sorted_batches([chunk.embedding_text() for chunk in chunks], settings.embedding_batch_size, encode)
        collection.upsert(
            ids=[chunk.id for chunk in chunks],
            embeddings=vectors.tolist(),
            documents=[chunk.text for chunk in chunks],
            metadatas=[chunk.metadata for chunk in chunks],
        )
        stale: list[str] = []
        for doc_id, path, digest, doc_chunks in group:
            ids = [chunk.id for chunk in doc_chunks]
            old = manifest.documents.get(doc_id)
            stale += [chunk_id for chunk_id in (old.chunk_ids if old else []) if chunk_id not in ids]
            manifest.documents[doc_id] = ManifestEntry(path=str(path), sha256=digest, chunk_ids=ids)
            summary.chunks_embedded += len(doc_chunks)
        if stale:
            collection.delete(ids=stale)
        save()

    if not manifest.lexical_complete:
        stored = _all_chunks(collection)
        LexicalIndex.build(stored).save(settings.index_dir / LEXICAL_DIR)
        manifest.lexical_complete = True
        if staged:
            manifest.previous_collection = live_name
            manifest_name = MANIFEST_FILE  # the swap: from here on the new collection answers
        save()
        (settings.index_dir / STAGING_MANIFEST_FILE).unlink(missing_ok=True)
        if staged:  # the generation before the previous one has no reader left
            _drop_leftovers(client, settings, {manifest.collection, manifest.previous_collection})
    summary.chunks_total = sum(len(entry.chunk_ids) for entry in manifest.documents.values())
    return summary


def _groups(pending: list[Pending], size: int) -> Iterator[list[Pending]]:
    """Whole documents, gathered until a group holds ``size`` chunks or more."""
    group: list[Pending] = []
    count = 0
    for item in pending:
        group.append(item)
        count += len(item[3])
        if count >= size:
            yield group
            group, count = [], 0
    if group:
        yield group


def _verify(collection: Any, manifest: Manifest, index_dir: Path, summary: IndexSummary) -> None:
    """Make the manifest tell the truth about the store: a document whose stored chunks are
    not exactly the ones listed is dropped from the manifest (so it is embedded again) along
    with its stored chunks; chunks of no listed document go; BM25 is rebuilt if it differs."""
    stored: dict[str, set[str]] = defaultdict(set)
    for page in stored_pages(collection, []):
        for chunk_id in page["ids"]:
            stored[chunk_id.split("#", 1)[0]].add(chunk_id)
    doomed: list[str] = []
    for doc_id, entry in list(manifest.documents.items()):
        if set(entry.chunk_ids) != stored.get(doc_id, set()):
            log.warning(
                "index: %s has %d chunk(s) in the store but %d in the manifest; embedding it again",
                doc_id,
                len(stored.get(doc_id, ())),
                len(entry.chunk_ids),
            )
            del manifest.documents[doc_id]
            summary.repaired.append(doc_id)
    for doc_id, ids in stored.items():
        if doc_id not in manifest.documents:
            doomed.extend(ids)
    for start in range(0, len(doomed), 5000):
        collection.delete(ids=doomed[start : start + 5000])
    listed = {chunk_id for entry in manifest.documents.values() for chunk_id in entry.chunk_ids}
    lexical_ids = {chunk.id for chunk in LexicalIndex.load(index_dir / LEXICAL_DIR).chunks}
    if summary.repaired or doomed or lexical_ids != listed:
        manifest.lexical_complete = False


def _drop_leftovers(client: Any, settings: Settings, keep: set[str]) -> None:
    """Collections of an earlier generation or a rebuild killed midway; never the live one or the one before."""
    for item in client.list_collections():
        name = item if isinstance(item, str) else item.name
        ours = name == settings.collection or name.startswith(f"{settings.collection}-")
        if ours and name not in keep:
            log.info("dropping leftover collection %s", name)
            client.delete_collection(name)


def _all_chunks(collection: Any) -> list[StoredChunk]:
    """Every chunk in Chroma, in a stable order: the BM25 index mirrors exactly this."""
    chunks = [
        StoredChunk(id=chunk_id, text=text or "", metadata=dict(metadata or {}))
        for got in stored_pages(collection, ["documents", "metadatas"])
        for chunk_id, text, metadata in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
    ]
    return sorted(
        chunks, key=lambda chunk: (chunk.metadata.get("doc_id", ""), chunk.metadata.get("paragraph", 0), chunk.id)
    )


def index_exists(settings: Settings) -> bool:
    """True when a complete index is on disk (manifest written and BM25 swapped in)."""
    manifest = load_manifest(settings.index_dir)
    return bool(manifest.documents) and (settings.index_dir / LEXICAL_DIR).is_dir()
