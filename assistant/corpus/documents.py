"""Load articles (.md .txt .html .pdf) into paragraphs, the citation unit.

A file that cannot be used (unreadable, empty, binary, oversize, unsupported) raises
``SkippedFile`` with the reason; the indexer reports it and carries on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from assistant.errors import AssistantError

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf")
TABLE_FILES = ("deals.csv", "market_stats.csv", "companies.csv")
_FRONT_MATTER_RE = re.compile(r"\A---\s*\n(?P<yaml>.*?)\n---\s*(?:\n|\Z)", re.DOTALL)
_BLANK_LINE_RE = re.compile(r"\n\s*\n")


class SkippedFile(Exception):
    """A file left out of the index, with the reason a user can act on."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class Article(BaseModel):
    """One source article; ``paragraphs[n - 1]`` is paragraph ``n``."""

    doc_id: str
    path: str
    title: str
    published: str = ""
    source: str = ""
    url: str = ""
    companies: list[str] = Field(default_factory=list)
    paragraphs: list[str]
    extra: dict[str, Any] = Field(default_factory=dict)


def doc_id_for(path: Path) -> str:
    """Stable id from the file name: lower case, letters, digits and dashes."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "document"


def is_article_file(path: Path) -> bool:
    return path.is_file() and not path.name.startswith(".") and path.name not in TABLE_FILES


def _clean(text: str) -> str:
    return re.sub(r"[ \t\r\f\v]+", " ", text).strip()


def _split_paragraphs(body: str) -> list[str]:
    blocks = (_clean(block.replace("\n", " ")) for block in _BLANK_LINE_RE.split(body))
    return [block for block in blocks if block]


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise SkippedFile(path, "binary content (NUL bytes) in a text file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SkippedFile(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _as_date(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value or "")


def _load_markdown(path: Path) -> Article:
    text = _read_text(path)
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER_RE.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group("yaml")) or {}
        except yaml.YAMLError as exc:
            raise SkippedFile(path, f"front matter is not valid YAML: {exc}") from exc
        if not isinstance(loaded, dict):
            raise SkippedFile(path, "front matter is not a mapping")
        meta = loaded
        text = text[match.end() :]
    paragraphs = [re.sub(r"^#+\s*", "", p) for p in _split_paragraphs(text)]
    title = str(meta.pop("title", "") or (paragraphs[0] if paragraphs else path.stem))
    companies = meta.pop("companies", []) or []
    if isinstance(companies, str):
        companies = [c.strip() for c in companies.split(";") if c.strip()]
    return Article(
        doc_id=doc_id_for(path),
        path=str(path),
        title=title,
        published=_as_date(meta.pop("published", "")),
        source=str(meta.pop("source", "") or ""),
        url=str(meta.pop("url", "") or ""),
        companies=[str(c) for c in companies],
        paragraphs=paragraphs,
        extra={key: value for key, value in meta.items() if isinstance(value, (str, int, list))},
    )


def _load_text(path: Path) -> Article:
    paragraphs = _split_paragraphs(_read_text(path))
    title = paragraphs[0] if paragraphs and len(paragraphs[0]) <= 200 else path.stem
    return Article(doc_id=doc_id_for(path), path=str(path), title=title, paragraphs=paragraphs)


def _load_html(path: Path) -> Article:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_read_text(path), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = root.find_all(["p", "li", "blockquote"]) if root else []
    paragraphs = [_clean(block.get_text(" ")) for block in blocks]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs and root is not None:
        paragraphs = _split_paragraphs(root.get_text("\n\n"))
    title_source = soup.find("h1") or soup.find("title")
    title = _clean(title_source.get_text(" ")) if title_source is not None else path.stem

    def meta_content(*names: str) -> str:
        for name in names:
            tag = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": name})
            if tag and tag.get("content"):
                return str(tag["content"])
        return ""

    return Article(
        doc_id=doc_id_for(path),
        path=str(path),
        title=title,
        published=meta_content("date", "article:published_time", "published")[:10],
        source=meta_content("og:site_name", "publisher"),
        url=meta_content("og:url", "url"),
        paragraphs=paragraphs,
    )


def _load_pdf(path: Path) -> Article:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
        info_title = (reader.metadata.title if reader.metadata else None) or ""
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SkippedFile(path, f"unreadable PDF ({type(exc).__name__}: {exc})") from exc
    paragraphs: list[str] = []
    for page in pages:
        paragraphs.extend(_split_paragraphs(page))
    return Article(
        doc_id=doc_id_for(path),
        path=str(path),
        title=_clean(info_title) or (paragraphs[0][:120] if paragraphs else path.stem),
        paragraphs=paragraphs,
    )


_LOADERS: dict[str, Callable[[Path], Article]] = {
    ".md": _load_markdown,
    ".markdown": _load_markdown,
    ".txt": _load_text,
    ".html": _load_html,
    ".htm": _load_html,
    ".pdf": _load_pdf,
}


def load_article(path: Path, max_bytes: int) -> Article:
    """Load one article file or raise ``SkippedFile`` saying why it cannot be used."""
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        raise SkippedFile(path, f"unsupported file type {path.suffix or '(none)'!r}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SkippedFile(path, f"unreadable ({exc.strerror})") from exc
    if size == 0:
        raise SkippedFile(path, "empty file")
    if size > max_bytes:
        raise SkippedFile(path, f"too large ({size:,} bytes; limit {max_bytes:,})")
    try:
        article = loader(path)
    except OSError as exc:
        raise SkippedFile(path, f"unreadable ({exc.strerror or exc})") from exc
    if not article.paragraphs:
        raise SkippedFile(path, "no text found (empty after extraction)")
    return article


def scan_documents(documents_dir: Path) -> dict[str, Path]:
    """Article files by doc id (tables and hidden files are not articles)."""
    if not documents_dir.is_dir():
        raise AssistantError("documents_missing", "documents folder not found", str(documents_dir))
    found: dict[str, Path] = {}
    for path in sorted(documents_dir.rglob("*")):
        if not is_article_file(path) or any(part.startswith(".") for part in path.relative_to(documents_dir).parts):
            continue
        doc_id = doc_id_for(path)
        if doc_id in found:
            doc_id = f"{doc_id}-{path.suffix.lstrip('.').lower()}"
        found[doc_id] = path
    return found
