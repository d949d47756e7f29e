"""A real Chroma server (`chroma run`, from the chromadb package) on 127.0.0.1: the corpus indexed
through ASSISTANT_CHROMA_URL answers the core eval set exactly as the embedded store does, and the
server going away gives one clear error and a degraded /healthz report."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from assistant.answering.assistant import build_assistant
from assistant.errors import AssistantError
from assistant.evaluation.questions import load_question_files
from assistant.frontends.api import health
from assistant.search.indexer import build_index
from assistant.settings import Settings
from tests.conftest import DOCUMENTS, REPO
from tests.servers import free_port

pytestmark = pytest.mark.slow


def _chroma_binary() -> str:
    found = Path(sys.executable).parent / "chroma"
    return str(found) if found.is_file() else (shutil.which("chroma") or "chroma")


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`chroma run` on a free port; stopped (and waited for) when the test ends."""
    port = free_port()
    process = subprocess.Popen(
        [
            _chroma_binary(),
            "run",
            "--path",
            str(tmp_path / "chroma-server"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the Chroma server did not start") from None
                time.sleep(0.2)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _outcome(assistant: object, question: str) -> tuple[object, ...]:
    answer = assistant.ask(question)  # type: ignore[attr-defined]
    return (
        answer.route,
        answer.abstained,
        answer.answer,
        [(c.doc_id, c.paragraph, c.quote) for c in answer.citations],
        [(f.label, f.value) for f in answer.figures],
    )


def test_chroma_server_answers_like_the_embedded_store(
    chroma_server: tuple[str, subprocess.Popen[bytes]],
    bundled_settings: Settings,
    embeddings: Embeddings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, process = chroma_server
    monkeypatch.setenv("ASSISTANT_CHROMA_URL", url)
    served = Settings(documents_dir=DOCUMENTS, index_dir=tmp_path / "index")
    assert served.chroma_url == url

    summary = build_index(served, lambda: embeddings)
    assert summary.chunks_total > 300 and not (served.index_dir / "chroma").exists()  # the vectors live on the server

    remote, local = build_assistant(served), build_assistant(bundled_settings)
    questions = [item.question.question for item in load_question_files([REPO / "evals" / "core.jsonl"])]
    differ = [q for q in questions if _outcome(remote, q) != _outcome(local, q)]
    assert not differ, differ[:5]
    assert health(remote)["chroma"]["reachable"] is True

    process.terminate()
    process.wait(timeout=20)
    with pytest.raises(AssistantError) as raised:
        remote.ask("Why are multinationals licensing drugs from China?")
    assert raised.value.code == "vector_store_unavailable"
    assert "Chroma" in str(raised.value)
    report = health(remote)
    assert report["status"] == "degraded" and report["chroma"]["reachable"] is False
    # The table route needs no vectors: exact figures still answer while the server is down.
    assert remote.ask("How much did Pfizer pay 3SBio upfront?").route == "table"
