"""Parsed articles kept on disk, so a cold start does not parse every article again.

An entry is keyed by the file's resolved path, size and modification time, the size limit and
the loader's own source: an edited file, a new limit or a changed loader misses the cache and
is parsed afresh. A file that cannot be used is cached with its reason too. A missing, corrupt
or unwritable cache only costs the parse.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from pathlib import Path

from assistant.corpus import documents
from assistant.corpus.documents import Article, SkippedFile, load_article

log = logging.getLogger(__name__)


@functools.cache
def _loader_version() -> str:
    return hashlib.sha256(Path(documents.__file__).read_bytes()).hexdigest()[:16]


class ArticleCache:
    """``load(path)`` is ``load_article(path, max_bytes)``, answered from ``folder`` when it can be."""

    def __init__(self, folder: Path, max_bytes: int) -> None:
        self.folder = folder
        self.max_bytes = max_bytes

    def _entry(self, path: Path) -> Path | None:
        try:
            stat = path.stat()
            resolved = path.resolve()
        except OSError:
            return None
        key = f"{_loader_version()}|{resolved}|{stat.st_size}|{stat.st_mtime_ns}|{self.max_bytes}"
        return self.folder / f"{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}.json"

    def load(self, path: Path) -> Article:
        entry = self._entry(path)
        if entry is not None:
            try:
                cached = json.loads(entry.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                cached = None
            if isinstance(cached, dict) and "skipped" in cached:
                raise SkippedFile(path, str(cached["skipped"]))
            if isinstance(cached, dict) and "article" in cached:
                try:
                    return Article.model_validate(cached["article"])
                except ValueError:
                    pass  # written by another version: parse again
        try:
            article = load_article(path, self.max_bytes)
        except SkippedFile as skipped:
            self._write(entry, {"skipped": skipped.reason})
            raise
        self._write(entry, {"article": article.model_dump(mode="json")})
        return article

    def _write(self, entry: Path | None, payload: dict[str, object]) -> None:
        if entry is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            staging = entry.with_suffix(f".{os.getpid()}.tmp")
            staging.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
            os.replace(staging, entry)  # readers see the old entry or the whole new one
        except OSError as exc:
            log.debug("article cache not written (%s): %s", entry, exc)
