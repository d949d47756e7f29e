"""Turn a table row's doc id and quote into a citable ``Provenance`` (paragraph number).

Each cited article is loaded once; the tools resolve every quote when they are
built, so answering a question never touches the disk.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel

from assistant.corpus.articlecache import ArticleCache
from assistant.corpus.documents import Article, SkippedFile, load_article, scan_documents

log = logging.getLogger(__name__)
_WS_RE = re.compile(r"\s+")


class Provenance(BaseModel):
    """Where a figure is stated: a paragraph and the exact sentence."""

    doc_id: str
    paragraph: int
    quote: str


def _norm(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


def paragraph_of(article: Article, quote: str) -> int | None:
    """The number of the paragraph that holds ``quote`` verbatim (whitespace folded), if any."""
    wanted = _norm(quote)
    if not wanted:
        return None
    for number, paragraph in enumerate(article.paragraphs, start=1):
        if wanted in _norm(paragraph):
            return number
    return None


class ProvenanceResolver:
    """Loads each article of the documents folder at most once; finds quotes and topics in them."""

    def __init__(self, documents_dir: Path, max_bytes: int = 5_000_000, cache_dir: Path | None = None) -> None:
        self._paths = scan_documents(documents_dir)
        self._max_bytes = max_bytes
        self._cache = ArticleCache(cache_dir, max_bytes) if cache_dir is not None else None
        self._articles: dict[str, Article | None] = {}
        self.unreadable: dict[str, str] = {}

    def doc_ids(self) -> list[str]:
        return list(self._paths)

    def article(self, doc_id: str) -> Article | None:
        """The article, or None (the reason is in ``unreadable[doc_id]``)."""
        if doc_id not in self._articles:
            path = self._paths.get(doc_id)
            article: Article | None = None
            if path is None:
                self.unreadable[doc_id] = f"no document with id {doc_id!r}"
            else:
                try:
                    article = self._cache.load(path) if self._cache else load_article(path, self._max_bytes)
                    article.doc_id = doc_id  # a file sharing its name's id has its own (<id>--html)
                except SkippedFile as skipped:
                    self.unreadable[doc_id] = skipped.reason
            if article is None:
                log.warning("document %s cannot be used: %s", doc_id, self.unreadable[doc_id])
            self._articles[doc_id] = article
        return self._articles[doc_id]

    def quote(self, doc_id: str, quote: str) -> Provenance | None:
        """The paragraph holding ``quote`` verbatim; the first paragraph if the quote is not found.

        ``assistant data check`` proves every table quote is found, so the fallback only
        matters for tables that have not been checked.
        """
        if not quote:
            return None
        article = self.article(doc_id)
        if article is None:
            return Provenance(doc_id=doc_id, paragraph=0, quote=quote)
        paragraph = paragraph_of(article, quote)
        if paragraph is None:
            log.warning("quote not found in %s: %r", doc_id, quote)
            paragraph = 1
        return Provenance(doc_id=doc_id, paragraph=paragraph, quote=quote)

    def topic(self, doc_id: str, keywords: Iterable[str]) -> Provenance | None:
        """The paragraph with the most keyword hits (case-insensitive), quoted whole.

        Falls back to the first paragraph: the article is about the deal, so its
        opening still backs a line about the deal's terms.
        """
        article = self.article(doc_id)
        if article is None or not article.paragraphs:
            return None
        patterns = [re.compile(re.escape(word), re.IGNORECASE) for word in keywords if word]
        best, best_hits = 0, 0
        for number, paragraph in enumerate(article.paragraphs):
            hits = sum(len(pattern.findall(paragraph)) for pattern in patterns)
            if hits > best_hits:
                best, best_hits = number, hits
        return Provenance(doc_id=doc_id, paragraph=best + 1, quote=article.paragraphs[best])
