"""Paragraph-anchored chunks with stable ids (``<doc_id>#p<n>``)."""

from __future__ import annotations

from typing import Any

from langchain_text_splitters import RecursiveCharacterTextSplitter
from pydantic import BaseModel

from assistant.corpus.documents import Article


class Chunk(BaseModel):
    """A paragraph, or a piece of a long one, ready to embed and cite."""

    id: str
    doc_id: str
    paragraph: int
    text: str
    metadata: dict[str, Any]

    def embedding_text(self) -> str:
        """Title plus passage: a paragraph often names the deal only in its title."""
        return f"{self.metadata['title']}\n{self.text}"


def chunk_article(article: Article, max_chars: int, overlap_chars: int) -> list[Chunk]:
    """One chunk per paragraph; a paragraph over ``max_chars`` is split with overlap."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=max_chars,
        chunk_overlap=min(overlap_chars, max_chars // 2),
        separators=[". ", "; ", ", ", " ", ""],
        keep_separator="end",
    )
    base = {
        "doc_id": article.doc_id,
        "title": article.title,
        "published": article.published,
        "source": article.source,
        "url": article.url,
        "companies": "; ".join(article.companies),
        "path": article.path,
    }
    chunks: list[Chunk] = []
    for number, paragraph in enumerate(article.paragraphs, start=1):
        pieces = [paragraph] if len(paragraph) <= max_chars else splitter.split_text(paragraph)
        for part, piece in enumerate(pieces, start=1):
            chunk_id = f"{article.doc_id}#p{number}" + (f".{part}" if len(pieces) > 1 else "")
            chunks.append(
                Chunk(
                    id=chunk_id,
                    doc_id=article.doc_id,
                    paragraph=number,
                    text=piece.strip(),
                    metadata={**base, "paragraph": number, "part": part},
                )
            )
    return chunks
