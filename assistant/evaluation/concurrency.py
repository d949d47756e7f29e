"""Many users at once: the in-process Assistant from a thread pool, or `assistant serve` over HTTP.

Every user asks the same list of questions in its own order; throughput is answers per second
of wall time for the whole level, latency is each answer's own wall time. An answer counts as
wrong when its text differs from the one the same question got alone, single-threaded: the
extractive assistant is deterministic, so any difference is a concurrency bug.
"""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from assistant.evaluation.metrics import percentile


def reference_answers(ask: Callable[[str], str], questions: Sequence[str]) -> dict[str, str]:
    """Each question answered alone, once: what every concurrent answer must equal."""
    return {question: ask(question) for question in questions}


def measure_level(
    ask: Callable[[str], str],
    questions: Sequence[str],
    expected: dict[str, str],
    users: int,
    answers_per_user: int,
) -> dict[str, Any]:
    """``users`` threads, each asking ``answers_per_user`` questions back to back."""

    def user(number: int) -> list[tuple[float, bool]]:
        results = []
        for turn in range(answers_per_user):
            question = questions[(number * 7 + turn) % len(questions)]
            began = time.perf_counter()
            text = ask(question)
            results.append(((time.perf_counter() - began) * 1000, text == expected[question]))
        return results

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=users) as pool:
        outcomes = [item for chunk in pool.map(user, range(users)) for item in chunk]
    wall = time.perf_counter() - started
    latencies = [ms for ms, _ in outcomes]
    return {
        "users": users,
        "answers": len(outcomes),
        "answers_per_s": round(len(outcomes) / wall, 1),
        "p50_ms": round(percentile(latencies, 50) or 0.0, 1),
        "p95_ms": round(percentile(latencies, 95) or 0.0, 1),
        "wrong": sum(not ok for _, ok in outcomes),
    }


def in_process_asker(assistant: Any) -> Callable[[str], str]:
    def ask(question: str) -> str:
        return str(assistant.ask(question).answer)

    return ask


def http_asker(base_url: str, token: str | None = None) -> Callable[[str], str]:
    """POST /v1/ask of `assistant serve`; the answer text is what is compared."""

    def ask(question: str) -> str:
        request = urllib.request.Request(
            base_url.rstrip("/") + "/v1/ask",
            data=json.dumps({"question": question}).encode(),
            headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            return str(json.loads(response.read())["answer"])

    return ask


def measure_users(
    ask: Callable[[str], str], questions: Sequence[str], levels: Sequence[int], answers_per_user: int
) -> list[dict[str, Any]]:
    expected = reference_answers(ask, questions)
    return [measure_level(ask, questions, expected, users, answers_per_user) for users in levels]
