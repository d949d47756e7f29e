"""Many users at once: the in-process Assistant from a thread pool, or `assistant serve` over HTTP.

Every user asks the same list of questions in its own order; throughput is answers per second
of wall time for the whole level, latency is each answer's own wall time. An answer counts as
wrong when its text differs from the one the same question got alone, single-threaded: the
extractive assistant is deterministic, so any difference is a concurrency bug.

``serve_users`` starts the real ``assistant serve --processes N`` on 127.0.0.1 for each process
count in turn and measures the same levels over HTTP, so 1 process and N processes are compared
in one run (``benchmarks/serve_users.py``).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.evaluation.metrics import percentile
from assistant.settings import Settings


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


def _healthz_pid(base_url: str) -> int | None:
    try:
        with urllib.request.urlopen(base_url + "/healthz", timeout=10) as response:
            report = json.loads(response.read())
    except (urllib.error.URLError, OSError):
        return None
    return int(report["pid"]) if report.get("status") == "ok" else None


def _cpu_seconds(pids: set[int]) -> float | None:
    """User + system CPU time of these processes so far (Linux /proc), to price an answer in CPU."""
    total = 0
    try:
        for pid in pids:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    except (OSError, IndexError, ValueError):
        return None
    return total / os.sysconf("SC_CLK_TCK")


@contextmanager
def served(settings: Settings, processes: int, threads: int, timeout: float = 900) -> Iterator[tuple[str, set[int]]]:
    """``assistant serve --processes N --workers T`` on a free port of 127.0.0.1; yields its URL and the
    ids of the processes that answer, once every worker has answered /healthz (a server that indexes
    first takes longer); stopped on exit."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    base_url = f"http://127.0.0.1:{port}"
    env = {**os.environ, **settings.environment(), "ASSISTANT_API_RATE_LIMIT": "0"}  # one client asks for all users
    env.pop("ASSISTANT_API_TOKEN", None)
    command = [sys.executable, "-m", "assistant.frontends.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--processes", str(processes), "--workers", str(threads)]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            seen: set[int] = set()
            deadline = time.monotonic() + timeout
            with ThreadPoolExecutor(max_workers=8) as probes:
                while len(seen) < processes:  # a burst of probes reaches every worker that is up
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"assistant serve did not start ({processes} processes)")
                    seen |= {pid for pid in probes.map(_healthz_pid, [base_url] * 8) if pid is not None}
                    time.sleep(0.2)
            yield base_url, seen
        except Exception:
            log.seek(0)  # what the server said is the first thing to read when it failed
            sys.stderr.write(log.read().decode(errors="replace")[-4000:])
            raise
        finally:
            process.terminate()
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def serve_users(
    settings: Settings,
    questions: Sequence[str],
    processes: Sequence[int],
    levels: Sequence[int],
    answers_per_level: int,
    threads: int,
) -> list[dict[str, Any]]:
    """``measure_level`` over HTTP against ``assistant serve`` with each process count in turn.

    Each level asks about ``answers_per_level`` questions in all (spread over its users), so every
    level lasts long enough to measure. ``server_cpu_ms_per_answer`` (the workers' CPU time over
    the level) and ``client_cpu_ms_per_answer`` (this process's, the users' threads) show where
    the cores went: on one machine the client competes with the server for them.
    """
    rows = []
    for count in processes:
        with served(settings, count, threads) as (base_url, workers):
            ask = http_asker(base_url)
            expected = reference_answers(ask, questions)  # also the warm-up, spread over the workers
            for users in levels:
                load = round(os.getloadavg()[0], 2)
                server_before, client_before = _cpu_seconds(workers), time.process_time()
                level = measure_level(ask, questions, expected, users, max(1, round(answers_per_level / users)))
                server_after, client_after = _cpu_seconds(workers), time.process_time()
                answers = level["answers"]
                server_ms = None
                if server_before is not None and server_after is not None:
                    server_ms = round((server_after - server_before) * 1000 / answers, 2)
                rows.append(
                    {
                        "processes": count,
                        "threads": threads,
                        **level,
                        "server_cpu_ms_per_answer": server_ms,
                        "client_cpu_ms_per_answer": round((client_after - client_before) * 1000 / answers, 2),
                        "load_average_1min_before": load,
                    }
                )
    return rows
