"""The incremental index on real Chroma with the bundled model."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.search import store
from assistant.search.indexer import LEXICAL_DIR, build_index, load_manifest, open_collection
from assistant.search.lexical import LexicalIndex
from assistant.settings import Settings
from tests.conftest import DOCUMENTS, CountingEmbeddings


def _settings(docs: Path, tmp_path: Path) -> Settings:
    return Settings(documents_dir=docs, index_dir=tmp_path / "index")


def _chroma_ids(settings: Settings) -> set[str]:
    return set(open_collection(settings).get(include=[])["ids"])


def _lexical_ids(settings: Settings) -> set[str]:
    return {chunk.id for chunk in LexicalIndex.load(settings.index_dir / LEXICAL_DIR).chunks}


def test_first_run_indexes_everything_and_bm25_mirrors_chroma(
    small_corpus: Path, tmp_path: Path, counting: CountingEmbeddings
) -> None:
    settings = _settings(small_corpus, tmp_path)
    summary = build_index(settings, lambda: counting)
    assert sorted(summary.added) == sorted(p.stem for p in small_corpus.iterdir())
    assert summary.chunks_embedded == summary.chunks_total == counting.texts > 0
    assert _chroma_ids(settings) == _lexical_ids(settings)
    assert "deal-3sbio-pfizer-2025#p1" in _chroma_ids(settings)


def test_a_store_larger_than_a_page_is_read_whole(
    small_corpus: Path, tmp_path: Path, counting: CountingEmbeddings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Full reads go page by page (one read of 100,000 chunks overflows Chroma's SQLite)."""
    monkeypatch.setattr(store, "PAGE", 5)
    settings = _settings(small_corpus, tmp_path)
    summary = build_index(settings, lambda: counting)
    assert summary.chunks_total > 3 * store.PAGE  # several pages, the last one partial
    assert _chroma_ids(settings) == _lexical_ids(settings)
    assert len(_lexical_ids(settings)) == summary.chunks_total
    again = build_index(settings, lambda: counting)  # the store check reads it page by page too
    assert again.repaired == [] and again.chunks_embedded == 0


def test_no_change_run_embeds_nothing_and_does_not_load_the_model(
    small_corpus: Path, tmp_path: Path, counting: CountingEmbeddings
) -> None:
    settings = _settings(small_corpus, tmp_path)
    build_index(settings, lambda: counting)
    loads: list[int] = []

    def loader() -> CountingEmbeddings:
        loads.append(1)
        return counting

    calls_before = counting.calls
    summary = build_index(settings, loader)
    assert counting.calls == calls_before
    assert loads == []
    assert summary.unchanged == 3 and not (summary.added or summary.changed or summary.removed)


def test_changed_document_is_replaced_and_stale_chunks_go(
    small_corpus: Path, tmp_path: Path, counting: CountingEmbeddings
) -> None:
    settings = _settings(small_corpus, tmp_path)
    build_index(settings, lambda: counting)
    path = small_corpus / "deal-lanova-merck-2024.md"
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    first_paragraph = body.strip().split("\n\n")[0]
    path.write_text(f"{head}\n---\n\n{first_paragraph}\n\nA new closing paragraph about LM-299.\n", encoding="utf-8")
    texts_before = counting.texts
    summary = build_index(settings, lambda: counting)
    assert summary.changed == ["deal-lanova-merck-2024"] and summary.unchanged == 2
    assert counting.texts - texts_before == 2
    lanova = sorted(i for i in _chroma_ids(settings) if i.startswith("deal-lanova-merck-2024#"))
    assert lanova == ["deal-lanova-merck-2024#p1", "deal-lanova-merck-2024#p2"]
    assert _chroma_ids(settings) == _lexical_ids(settings)
    texts = {c.id: c.text for c in LexicalIndex.load(settings.index_dir / LEXICAL_DIR).chunks}
    assert texts["deal-lanova-merck-2024#p2"] == "A new closing paragraph about LM-299."


def test_deleted_document_is_removed(small_corpus: Path, tmp_path: Path, counting: CountingEmbeddings) -> None:
    settings = _settings(small_corpus, tmp_path)
    build_index(settings, lambda: counting)
    (small_corpus / "deal-3sbio-pfizer-2025.md").unlink()
    summary = build_index(settings, lambda: counting)
    assert summary.removed == ["deal-3sbio-pfizer-2025"]
    assert not any(i.startswith("deal-3sbio-pfizer-2025#") for i in _chroma_ids(settings) | _lexical_ids(settings))
    assert "deal-3sbio-pfizer-2025" not in load_manifest(settings.index_dir).documents


def test_bad_files_are_skipped_and_nothing_indexed_is_lost(
    small_corpus: Path, tmp_path: Path, counting: CountingEmbeddings
) -> None:
    settings = _settings(small_corpus, tmp_path)
    build_index(settings, lambda: counting)
    before = _chroma_ids(settings)
    (small_corpus / "empty.md").write_bytes(b"")
    (small_corpus / "broken.pdf").write_bytes(b"%PDF-1.7 garbage")
    (small_corpus / "image.txt").write_bytes(b"\x00\x01\x02binary")
    # a good document overwritten by a broken version keeps its indexed chunks
    (small_corpus / "deal-3sbio-pfizer-2025.md").write_bytes(b"\xff\xfe\x00bad")
    summary = build_index(settings, lambda: counting)
    reasons = {Path(s.path).name: s.reason for s in summary.skipped}
    assert set(reasons) == {"empty.md", "broken.pdf", "image.txt", "deal-3sbio-pfizer-2025.md"}
    assert "empty" in reasons["empty.md"] and "PDF" in reasons["broken.pdf"]
    assert _chroma_ids(settings) == before == _lexical_ids(settings)


def test_rebuild_embeds_everything_again(small_corpus: Path, tmp_path: Path, counting: CountingEmbeddings) -> None:
    settings = _settings(small_corpus, tmp_path)
    first = build_index(settings, lambda: counting)
    again = build_index(settings, lambda: counting, rebuild=True)
    assert again.chunks_embedded == first.chunks_total
    assert _chroma_ids(settings) == _lexical_ids(settings)


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant.frontends.cli", *args], env=env, capture_output=True, text=True, timeout=300
    )


def test_kill_9_mid_index_leaves_a_working_index_and_the_next_run_finishes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    articles = sorted(DOCUMENTS.glob("*.md"))
    first, rest = articles[:3], articles[3:]
    for path in first:
        shutil.copy(path, docs / path.name)
    env = {
        **os.environ,
        "ASSISTANT_DOCUMENTS_DIR": str(docs),
        "ASSISTANT_INDEX_DIR": str(tmp_path / "index"),
        "ASSISTANT_EMBEDDING_BATCH_SIZE": "1",
    }
    assert _cli("index", env=env).returncode == 0
    for path in rest:
        shutil.copy(path, docs / path.name)

    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.frontends.cli", "index"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    manifest = tmp_path / "index" / "manifest.json"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        done = len(json.loads(manifest.read_text())["documents"]) if manifest.exists() else 0
        if done >= len(first) + 2:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done_at_kill = len(json.loads(manifest.read_text())["documents"])
    assert len(first) < done_at_kill < len(articles), "the kill should land midway"

    search = _cli("search", "Pfizer upfront payment", "--json", "-k", "3", env=env)
    assert search.returncode == 0, search.stderr
    assert len(json.loads(search.stdout)) == 3

    finish = _cli("index", env=env)
    assert finish.returncode == 0, finish.stderr
    added = int(finish.stderr.split("index: ")[1].split(" added")[0])
    assert added == len(articles) - done_at_kill
    settings = Settings(documents_dir=docs, index_dir=tmp_path / "index")
    final = load_manifest(settings.index_dir)
    assert len(final.documents) == len(articles) and final.lexical_complete
    assert _chroma_ids(settings) == _lexical_ids(settings)
    assert len(_chroma_ids(settings)) == sum(len(e.chunk_ids) for e in final.documents.values())
