"""Shared fixtures: the real embedding model, the real bundled corpus, temp folders, the router, the tools and an
assistant over them; and reading an article's sentences for tests that must not write expected answers by hand."""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from assistant.answer import Turn
from assistant.answering.assistant import Assistant, build_assistant
from assistant.corpus.documents import load_article
from assistant.corpus.tables import load_tables
from assistant.dates import on_dates_worded
from assistant.routing.entities import EntityIndex
from assistant.routing.plan import Plan
from assistant.routing.router import Router
from assistant.search.embeddings import load_embeddings
from assistant.search.indexer import build_index
from assistant.settings import Settings
from assistant.text import split_sentences, strip_markers
from assistant.tools.dealbook import DealBook
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall

REPO = Path(__file__).resolve().parent.parent
DOCUMENTS = REPO / "documents"


class CountingEmbeddings(Embeddings):
    """The real model, with a count of the texts it was asked to embed."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self.calls = 0
        self.texts = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        self.texts += len(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


@pytest.fixture(autouse=True)
def _isolated_user_state(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads or writes the developer's index or settings by accident."""
    for name in ("ASSISTANT_INDEX_DIR", "ASSISTANT_DOCUMENTS_DIR", "ASSISTANT_CHROMA_URL", "ASSISTANT_LLM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def embeddings() -> Embeddings:
    return load_embeddings(Settings().resolved_embedding_model_path())


@pytest.fixture
def counting(embeddings: Embeddings) -> CountingEmbeddings:
    return CountingEmbeddings(embeddings)


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """Three real articles of the bundled corpus in a temp folder."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in (
        "deal-3sbio-pfizer-2025.md",
        "deal-lanova-merck-2024.md",
        "market-china-outlicensing-2025-record.md",
    ):
        shutil.copy(DOCUMENTS / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def bundled_settings(tmp_path_factory: pytest.TempPathFactory, embeddings: Embeddings) -> Iterator[Settings]:
    """The whole bundled corpus indexed once for the session, in a temp index folder."""
    index_dir = tmp_path_factory.mktemp("bundled-index")
    settings = Settings(documents_dir=DOCUMENTS, index_dir=index_dir)
    build_index(settings, lambda: embeddings)
    yield settings


def edit_deal(folder: Path, deal_id: str, **changes: str) -> int:
    """Change fields of one row of ``folder``/deals.csv in place; returns the row's line number."""
    path = folder / "deals.csv"
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    line = 0
    for number, row in enumerate(rows, start=2):
        if row["deal_id"] == deal_id:
            row.update(changes)
            line = number
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return line


@cache
def bundled_entities() -> EntityIndex:
    """The entity index over the bundled tables, as the router builds it (shorthand reads its companies and years)."""
    return EntityIndex(load_tables(DOCUMENTS))


@pytest.fixture(scope="module")
def router() -> Router:
    """The router over the bundled tables (a module may define its own, e.g. with another coverage check)."""
    return Router(load_tables(DOCUMENTS))


@pytest.fixture(scope="module")
def tools() -> DealTools:
    """The deal tools over the bundled tables."""
    return DealTools(DealBook(load_tables(DOCUMENTS), DOCUMENTS))


@pytest.fixture(scope="module")
def replaying(tools: DealTools) -> Router:
    """A router that can re-run the earlier turns' tool calls, as the assistant's does."""

    def top_deal(call: ToolCall) -> str | None:
        ids = tools.run(call).deal_ids
        return ids[0] if ids else None

    return Router(load_tables(DOCUMENTS), top_deal=top_deal, ranked_rows=lambda call: tools.run(call).rows)


@pytest.fixture(scope="module")
def assistant(bundled_settings: Settings) -> Assistant:
    """The assistant over the bundled corpus and its session index (one per test module)."""
    return build_assistant(bundled_settings)


def article_sentence(doc_id: str, pattern: str) -> str:
    """The first sentence of an article's body that matches ``pattern``."""
    article = load_article(DOCUMENTS / f"{doc_id}.md", 10_000_000)
    for paragraph in article.paragraphs:
        for sentence in split_sentences(paragraph):
            if re.search(pattern, sentence):
                return sentence
    raise AssertionError(f"no sentence of {doc_id} matches {pattern}")


def says(text: str, sentence: str) -> bool:
    """The answer text holds ``sentence`` (markers and spacing aside; a day after "on" may be said in words
    beside its ISO form, as the composer says it: "closed on 20 December 2024 (2024-12-20)")."""
    said = " ".join(strip_markers(text).split())
    return any(
        " ".join(form.split()).rstrip(".") in said for form in dict.fromkeys((sentence, on_dates_worded(sentence)))
    )


def route(router: Router, question: str, history: list[str] | None = None) -> Plan:
    """The plan for ``question`` after the earlier questions ``history`` (question-only turns)."""
    return router.route(question, [Turn(question=q) for q in history or []])


def one_call(plan: Plan) -> ToolCall:
    """The plan's only tool call."""
    assert len(plan.tool_calls) == 1, plan.tool_calls
    return plan.tool_calls[0]


def paragraphs(doc_id: str) -> list[Document]:
    """A bundled article's paragraphs as retrieved passages (numbered from 1)."""
    article = load_article(DOCUMENTS / f"{doc_id}.md", 10_000_000)
    return [
        Document(page_content=text, metadata={"doc_id": doc_id, "paragraph": n})
        for n, text in enumerate(article.paragraphs, start=1)
    ]


def conversation(assistant: Any, *questions: str) -> str:
    """The answer to the last of ``questions``, asked with the earlier ones (and their answers) as history."""
    from assistant.answer import Turn

    history: list[Turn] = []
    for question in questions[:-1]:
        history.append(Turn(question=question, answer=assistant.ask(question, history)))
    return str(assistant.ask(questions[-1], history).answer)
