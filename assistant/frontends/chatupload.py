"""Adding an article (chat, HTTP API): checked, de-duplicated by content, indexed at once.

The same bytes uploaded twice are recognised (by SHA-256) and nothing changes; a changed
file under a name already in the corpus replaces the old one only when asked. The
embedding model is loaded in the background when the app starts, so the first upload
does not wait for it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import threading
from pathlib import Path

from langchain_core.embeddings import Embeddings
from pydantic import BaseModel

from assistant.answering.assistant import Assistant
from assistant.corpus.documents import ARTICLE_SUFFIXES, SkippedFile, doc_id_for, load_article
from assistant.corpus.extracted import refresh_extracted
from assistant.frontends.chatrender import safe_url
from assistant.search.indexer import ProgressCallback, build_index

log = logging.getLogger(__name__)
ACCEPTED = ", ".join(ARTICLE_SUFFIXES)  # one wording for the page and the toasts
# What a loader's reason means to someone who just picked a file.
_PLAIN_REASONS = [
    (re.compile(r"unreadable PDF", re.IGNORECASE), "this PDF could not be read (it may be damaged or encrypted)"),
    (re.compile(r"binary content"), "this looks like a binary file, not text"),
    (re.compile(r"not UTF-8"), "the text is not in UTF-8 encoding; save it as UTF-8 and try again"),
    (re.compile(r"front matter is not valid YAML"), "the header block between the --- lines is not valid YAML"),
    (re.compile(r"front matter"), "the header block between the --- lines could not be read"),
    (re.compile(r"empty"), "the file is empty or has no readable text"),
    (re.compile(r"no text found"), "no text could be found in it"),
    (re.compile(r"too large"), "the file is too large"),
    (re.compile(r"unsupported file type"), f"this file type is not accepted; use {ACCEPTED}"),
]


class UploadOutcome(BaseModel):
    """What an upload did, in words for the page; ``ok`` picks the toast."""

    ok: bool
    message: str


def plain_reason(reason: str) -> str:
    for pattern, words in _PLAIN_REASONS:
        if pattern.search(reason):
            return words
    return "the file could not be read"


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


class Uploader:
    """Adds files to ``documents_dir`` and re-indexes; one upload at a time."""

    def __init__(self, assistant: Assistant, max_bytes: int) -> None:
        self.assistant = assistant
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._model_lock = threading.Lock()
        self._embeddings: Embeddings | None = None
        self.ready = threading.Event()

    # -- model --------------------------------------------------------------------------
    def embeddings(self) -> Embeddings:
        """The document embedding model, loaded once (by the warm-up, normally)."""
        with self._model_lock:
            if self._embeddings is None:
                from assistant.search.embeddings import load_index_embeddings

                # the encoder the manifest records, so uploaded and indexed vectors share one space
                self._embeddings = load_index_embeddings(self.assistant.settings)
            return self._embeddings

    def warm_up(self) -> threading.Thread:
        """Load the embedding model and the question encoder in the background."""

        def work() -> None:
            try:
                self.embeddings()
                _ = self.assistant.retriever
            except Exception:  # the app still answers table questions; an upload will say what failed
                log.exception("warm-up failed")
            finally:
                self.ready.set()

        thread = threading.Thread(target=work, name="model-warm-up", daemon=True)
        thread.start()
        return thread

    # -- upload -------------------------------------------------------------------------
    def existing_copy(self, digest: str) -> Path | None:
        """A file in the corpus with exactly these bytes."""
        for path in sorted(self.assistant.settings.documents_dir.iterdir()):
            if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES and content_hash(path) == digest:
                return path
        return None

    def add(self, file_path: str | None, replace: bool, progress: ProgressCallback | None = None) -> UploadOutcome:
        if not file_path:
            return UploadOutcome(ok=False, message="Choose a file first.")
        source = Path(file_path)
        name = source.name
        if source.suffix.lower() not in ARTICLE_SUFFIXES:
            return UploadOutcome(ok=False, message=f"{name} was not added: only {ACCEPTED} files are accepted.")
        size = source.stat().st_size
        if size > self.max_bytes:
            return UploadOutcome(
                ok=False,
                message=f"{name} was not added: it is {size / 1e6:.1f} MB and the limit is {self.max_bytes / 1e6:.1f} MB.",
            )
        try:
            article = load_article(source, self.max_bytes)
        except SkippedFile as skipped:
            return UploadOutcome(ok=False, message=f"{name} was not added: {plain_reason(skipped.reason)}.")
        documents = self.assistant.settings.documents_dir
        target = documents / f"{doc_id_for(source)}{source.suffix.lower()}"
        with self._lock:
            already = self.existing_copy(content_hash(source))
            if already is not None:
                return UploadOutcome(
                    ok=True, message=f"{name} is already in the corpus as {already.name}; nothing was changed."
                )
            replaced = target.exists()
            if replaced and not replace:
                return UploadOutcome(
                    ok=False,
                    message=f"A different {target.name} is already in the corpus. Tick “Replace the existing "
                    "file” and add it again to replace it.",
                )
            shutil.copyfile(source, target)
            settings = self.assistant.settings
            summary = build_index(settings, self.embeddings, progress=progress)
            extraction = refresh_extracted(settings, summary)  # its deals join the table, marked unreviewed
            self.assistant.reload()
        verb = "Replaced" if replaced else "Added"
        notes = [
            f"{verb} {target.name} ({len(article.paragraphs)} paragraphs, {summary.chunks_embedded} chunks "
            f"embedded in {summary.seconds:.1f} s). It is answerable now."
        ]
        if extraction.extracted:
            notes.append(f"Deal terms found: {extraction.summary()}.")
        if article.url and safe_url(article.url) is None:
            notes.append(
                f"Its url ({article.url[:80]}) is not an http(s) web address, so it is shown as text, not as a link."
            )
        return UploadOutcome(ok=True, message=" ".join(notes))
