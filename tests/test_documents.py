"""Loaders: each format, and the files that must be skipped with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus.documents import SkippedFile, load_article
from assistant.search.chunking import chunk_article
from tests.conftest import DOCUMENTS
from tests.pdfmaker import write_pdf

LIMIT = 1_000_000


def test_markdown_front_matter_and_paragraphs() -> None:
    article = load_article(DOCUMENTS / "deal-3sbio-pfizer-2025.md", LIMIT)
    assert article.doc_id == "deal-3sbio-pfizer-2025"
    assert article.published == "2025-05-20"
    assert article.url.startswith("https://")
    assert "Pfizer" in article.companies and "3SBio" in article.companies
    assert article.extra["deal_id"] == "3sbio-pfizer-2025"
    assert len(article.paragraphs) >= 3
    assert not any(p.startswith("---") for p in article.paragraphs)


def test_text_file_title_is_first_line(tmp_path: Path) -> None:
    path = tmp_path / "Note One.txt"
    path.write_text("A short title\n\nFirst paragraph\ncontinues here.\n\nSecond paragraph.\n", encoding="utf-8")
    article = load_article(path, LIMIT)
    assert article.doc_id == "note-one"
    assert article.title == "A short title"
    assert article.paragraphs[1] == "First paragraph continues here."


def test_html_keeps_main_text_only(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title><meta name='date' content='2025-06-02T10:00'>"
        "<script>var tracking = 1;</script></head><body><nav>Home | Deals</nav>"
        "<article><h1>Hansoh and Regeneron</h1><p>Regeneron pays $80 million upfront.</p>"
        "<p>Milestones reach $1.93 billion.</p></article><footer>Cookie policy</footer></body></html>",
        encoding="utf-8",
    )
    article = load_article(path, LIMIT)
    assert article.title == "Hansoh and Regeneron"
    assert article.published == "2025-06-02"
    assert article.paragraphs == ["Regeneron pays $80 million upfront.", "Milestones reach $1.93 billion."]
    joined = " ".join(article.paragraphs)
    assert "tracking" not in joined and "Cookie" not in joined and "Home" not in joined


def test_pdf_text_is_extracted(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    write_pdf(path, ["Pfizer paid 3SBio $1.25 billion upfront.", "Milestones could reach $4.8 billion."])
    article = load_article(path, LIMIT)
    assert "1.25 billion" in " ".join(article.paragraphs)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("corrupt.pdf", b"%PDF-1.4\nthis is not really a pdf\x00\x01", "unreadable PDF"),
        ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("empty.md", b"", "empty"),
        ("blank.txt", b"\n\n   \n", "no text"),
        ("latin1.txt", "Caf\xe9 deal".encode("latin-1"), "not UTF-8"),
        ("slides.pptx", b"PK\x03\x04", "unsupported"),
    ],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SkippedFile) as raised:
        load_article(path, LIMIT)
    assert reason in raised.value.reason
    assert name in str(raised.value)


def test_oversize_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(SkippedFile, match="too large"):
        load_article(path, max_bytes=100)


def test_chunks_are_paragraph_anchored_with_overlap_for_long_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    long_paragraph = " ".join(f"Sentence {n} says something about the deal." for n in range(60))
    path.write_text(f"---\ntitle: Long\n---\n\nShort one.\n\n{long_paragraph}\n", encoding="utf-8")
    chunks = chunk_article(load_article(path, LIMIT), max_chars=400, overlap_chars=80)
    assert chunks[0].id == "long#p1"
    pieces = [c for c in chunks if c.paragraph == 2]
    assert len(pieces) > 1
    assert [c.id for c in pieces][:2] == ["long#p2.1", "long#p2.2"]
    assert all(len(c.text) <= 400 for c in pieces)
    # consecutive pieces share text (the overlap)
    assert pieces[0].text[-30:] in pieces[1].text or pieces[1].text[:30] in pieces[0].text
    assert all(c.metadata["title"] == "Long" and c.metadata["paragraph"] == c.paragraph for c in chunks)


def test_lexical_index_joins_a_long_paragraph_back_whole(tmp_path: Path) -> None:
    from assistant.search.lexical import LexicalIndex, StoredChunk

    path = tmp_path / "long.md"
    long_paragraph = " ".join(f"Sentence {n} says something about the deal." for n in range(60))
    path.write_text(f"---\ntitle: Long\n---\n\nShort one.\n\n{long_paragraph}\n", encoding="utf-8")
    chunks = chunk_article(load_article(path, LIMIT), max_chars=400, overlap_chars=80)
    index = LexicalIndex.build([StoredChunk(id=c.id, text=c.text, metadata=c.metadata) for c in chunks])
    assert index.paragraph("long", 2) == long_paragraph
    assert index.paragraph("long", 1) == "Short one."
    assert index.paragraph("long", 3) is None
