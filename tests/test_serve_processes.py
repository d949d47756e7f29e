"""`assistant serve --processes 2`: two worker processes behind one port answer over real HTTP,
each answer equal to the in-process one, and the server stops with its workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.answering.assistant import build_assistant
from assistant.evaluation.questions import load_questions
from assistant.settings import Settings
from tests.conftest import REPO
from tests.servers import free_port, wait_for

pytestmark = pytest.mark.slow


def table_questions(count: int) -> list[str]:
    """Single-turn table questions of the core set that carry a figure."""
    items = [item.question for item in load_questions(REPO / "evals" / "core.jsonl")]
    usable = [q for q in items if q.expected_route == "table" and q.reference_value is not None and not q.history]
    return [q.question for q in usable[::7][:count]]


def test_settings_travel_to_a_child_process_through_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pydantic import SecretStr

    settings = Settings(
        index_dir=tmp_path / "index",
        api_workers=3,
        api_processes=2,
        llm="openai",
        api_token=SecretStr("token-1"),
        use_unreviewed_deals=False,
    )
    for name, value in settings.environment().items():
        monkeypatch.setenv(name, value)
    assert Settings() == settings.model_copy(update={"documents_dir": settings.documents_dir.resolve()})


def test_two_worker_processes_answer_behind_one_port(bundled_settings: Settings, tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "ASSISTANT_INDEX_DIR": str(bundled_settings.index_dir),
        "ASSISTANT_DOCUMENTS_DIR": str(bundled_settings.documents_dir),
        "ASSISTANT_API_RATE_LIMIT": "0",
    }
    env.pop("ASSISTANT_API_TOKEN", None)
    log_path = tmp_path / "serve.log"
    log = log_path.open("wb")  # a file, not a pipe nobody drains
    command = [sys.executable, "-m", "assistant.frontends.cli", "serve", "--processes", "2"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--feedback", str(tmp_path / "feedback.jsonl")]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log)
    workers: set[int] = set()
    try:
        questions = table_questions(4)
        alone = {question: build_assistant(bundled_settings).ask(question) for question in questions}

        def healthy() -> dict[str, Any] | None:
            assert process.poll() is None, log_path.read_text()
            try:
                return dict(httpx.get(f"{url}/healthz", timeout=5).json())
            except httpx.HTTPError:
                return None

        assert wait_for(healthy, timeout=90)["status"] == "ok", log_path.read_text()

        def ask(question: str) -> dict[str, Any]:
            response = httpx.post(f"{url}/v1/ask", json={"question": question}, timeout=60)
            assert response.status_code == 200, response.text
            return dict(response.json())

        with ThreadPoolExecutor(max_workers=8) as pool:
            asked = questions * 3
            answers = list(pool.map(ask, asked))
            for question, answer in zip(asked, answers, strict=True):
                expected = json.loads(alone[question].model_dump_json())
                assert answer["figures"], question
                assert answer["figures"] == expected["figures"]  # every figure, value and qualifier
                assert answer["answer"] == expected["answer"]

            # a burst of probes lands on both workers once both are up; a bounded number of bursts
            deadline = time.monotonic() + 60
            while len(workers) < 2 and time.monotonic() < deadline:
                reports = list(pool.map(lambda _: httpx.get(f"{url}/healthz", timeout=10).json(), range(8)))
                workers |= {report["pid"] for report in reports if report["status"] == "ok"}
        assert len(workers) == 2, f"only {workers} answered /healthz; {log_path.read_text()}"
        assert process.pid not in workers  # the parent supervises; only the workers serve
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
            raise
        finally:
            log.close()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers), "a worker outlived `assistant serve`"
