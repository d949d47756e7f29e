"""`assistant serve --processes 2`: two worker processes behind one port answer over real HTTP,
each answer equal to the in-process one, and the server stops with its workers."""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.answering.assistant import build_assistant
from assistant.evaluation.concurrency import served
from assistant.evaluation.questions import load_questions
from assistant.settings import Settings
from tests.conftest import REPO

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


def _parent(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:")))


def test_two_worker_processes_answer_behind_one_port(bundled_settings: Settings) -> None:
    questions = table_questions(4)
    alone = {question: build_assistant(bundled_settings).ask(question) for question in questions}
    # served() starts `assistant serve --processes 2`, returns once both workers answered /healthz
    with served(bundled_settings, processes=2, threads=4, timeout=120) as (url, workers):

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
        assert len(workers) == 2
        # both are children of one supervising `assistant serve` (our child), which answers nothing itself
        parents = {_parent(pid) for pid in workers}
        assert len(parents) == 1 and parents.isdisjoint(workers | {os.getpid()})
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers), "a worker outlived `assistant serve`"
