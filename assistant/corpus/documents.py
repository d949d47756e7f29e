"""Load articles (.md .txt .html .pdf) into paragraphs, the citation unit.

A file that cannot be used (unreadable, empty, binary, oversize, unsupported) raises
``SkippedFile`` with the reason; the indexer reports it and carries on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from assistant.errors import AssistantError

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf")
TABLE_FILES = ("deals.csv", "market_stats.csv", "companies.csv", "extracted_deals.csv")
_FRONT_MATTER_RE = re.compile(r"\A---\s*\n(?P<yaml>.*?)\n---\s*(?:\n|\Z)", re.DOTALL)
_BLANK_LINE_RE = re.compile(r"\n\s*\n")
_PARTIAL_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_SLUG_RE = re.compile(r"[^a-z0-9]+")
# Nesting deeper than this is no article's metadata; PyYAML would recurse for seconds first.
_MAX_YAML_DEPTH = 32


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


def _short_hash(text: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def doc_id_for(path: Path) -> str:
    """Stable id from the file name alone: lower case, letters, digits and dashes.

    Accents are folded (Café → cafe); a name with letters ASCII cannot spell (交易) keeps a
    hash of itself, so distinct names never share an id. A slug never holds ``--``, so the
    hashed and suffixed ids (``doc--1a2b3c4d``, ``x--html``) cannot collide with a plain one.
    """
    folded = "".join(c for c in unicodedata.normalize("NFKD", path.stem) if not unicodedata.combining(c))
    slug = _SLUG_RE.sub("-", folded.lower()).strip("-")
    if any(c.isalnum() and not c.isascii() for c in folded):
        return f"{slug or 'doc'}--{_short_hash(path.stem)}"
    return slug or f"doc--{_short_hash(path.stem)}"


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


def _as_date(path: Path, value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if value is None or value == "":
        return ""
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    match = _PARTIAL_DATE_RE.match(text)
    if match:  # a year or a month is a date too: some sources give no day
        year, month, day = (int(part) if part else 1 for part in match.groups())
        try:
            dt.date(year, month, day)
        except ValueError:
            pass
        else:
            return text
    raise SkippedFile(path, f"front matter 'published' is not a date (YYYY-MM-DD, YYYY-MM or YYYY): {value!r}")


def _scalar(path: Path, meta: dict[str, Any], key: str) -> str:
    value = meta.pop(key, "")
    if isinstance(value, (dict, list)):
        raise SkippedFile(path, f"front matter {key!r} must be text, not a {type(value).__name__}")
    return "" if value is None else str(value)


def _companies(path: Path, value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [c.strip() for c in value.split(";") if c.strip()]
    if isinstance(value, list) and all(isinstance(c, str) for c in value):
        return value
    raise SkippedFile(path, f"front matter 'companies' must be a list of names or 'A; B', not {value!r}"[:300])


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: ``_as_date`` checks them and names the field."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _yaml_depth(text: str) -> int:
    """Bracket nesting of flow-style YAML, a cheap bound before parsing."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _front_matter(path: Path, raw: str) -> dict[str, Any]:
    if _yaml_depth(raw) > _MAX_YAML_DEPTH:
        raise SkippedFile(path, f"front matter is nested more than {_MAX_YAML_DEPTH} levels deep")
    try:
        loaded = yaml.load(raw, Loader=_FrontMatterLoader) or {}  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise SkippedFile(path, f"front matter is not valid YAML: {exc}") from exc
    except ValueError as exc:
        raise SkippedFile(path, f"front matter holds an impossible value: {exc}") from exc
    except RecursionError as exc:
        raise SkippedFile(path, "front matter is nested too deep") from exc
    if not isinstance(loaded, dict):
        raise SkippedFile(path, "front matter is not a mapping")
    return loaded


def _load_markdown(path: Path) -> Article:
    text = _read_text(path)
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER_RE.match(text)
    if match:
        meta = _front_matter(path, match.group("yaml"))
        text = text[match.end() :]
    paragraphs = [re.sub(r"^#+\s*", "", p) for p in _split_paragraphs(text)]
    title = _scalar(path, meta, "title") or (paragraphs[0] if paragraphs else path.stem)
    published = _as_date(path, meta.pop("published", ""))
    return Article(
        doc_id=doc_id_for(path),
        path=str(path),
        title=title,
        published=published,
        source=_scalar(path, meta, "source"),
        url=_scalar(path, meta, "url"),
        companies=_companies(path, meta.pop("companies", [])),
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
    except RecursionError as exc:  # markup nested thousands deep
        raise SkippedFile(path, "nested too deep to read") from exc
    if not article.paragraphs:
        raise SkippedFile(path, "no text found (empty after extraction)")
    return article


class CorpusScan(BaseModel):
    """The article files by doc id, and the paths refused with the reason."""

    files: dict[str, Path]
    refused: list[tuple[Path, str]] = Field(default_factory=list)


def _id_rank(path: Path, base: str) -> tuple[int, int, str]:
    """Who keeps a shared id: a file already named as its id, then Markdown before the other
    formats (curated articles are Markdown), then the name. Nothing about other files or the
    order they arrived in decides it, so a new file never takes an id from a curated article."""
    suffix = path.suffix.lower()
    order = ARTICLE_SUFFIXES.index(suffix) if suffix in ARTICLE_SUFFIXES else len(ARTICLE_SUFFIXES)
    return (0 if path.stem == base else 1, order, path.as_posix())


def scan_corpus(documents_dir: Path) -> CorpusScan:
    """Article files by doc id (tables and hidden files are not articles).

    Every path is resolved; a file or folder reached through a link that leaves the
    documents folder is refused. Files whose names give the same id keep distinct ids:
    the first by ``_id_rank`` gets the plain one, the others ``<id>--<suffix>`` and then
    ``<id>--<hash of the path>``.
    """
    if not documents_dir.is_dir():
        raise AssistantError("documents_missing", "documents folder not found", str(documents_dir))
    root = documents_dir.resolve()
    refused: list[tuple[Path, str]] = []
    candidates: list[tuple[str, Path]] = []
    for path in sorted(documents_dir.rglob("*")):
        relative = path.relative_to(documents_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if any(parent.is_symlink() for parent in list(path.parents)[: len(relative.parts) - 1]):
            continue  # its linked folder is refused (or accepted) as a whole
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            refused.append((path, f"a link to {path.resolve()}, outside the documents folder"))
            continue
        if is_article_file(path):
            candidates.append((doc_id_for(path), path))
    found: dict[str, Path] = {}
    for base, path in sorted(candidates, key=lambda item: (item[0], _id_rank(item[1], item[0]))):
        posix = path.relative_to(documents_dir).as_posix()
        options = [base, f"{base}--{path.suffix.lstrip('.').lower()}", f"{base}--{_short_hash(posix)}"]
        doc_id = next((option for option in options if option not in found), None)
        if doc_id is None:
            refused.append((path, f"its id {base!r} is taken by {found[base].name} and every fallback too"))
            continue
        found[doc_id] = path
    for path, reason in refused:
        log.warning("refused %s: %s", path, reason)
    return CorpusScan(files=found, refused=refused)


def scan_documents(documents_dir: Path) -> dict[str, Path]:
    """Article files by doc id; see ``scan_corpus`` for the rules."""
    return scan_corpus(documents_dir).files
