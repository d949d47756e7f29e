"""Load on a real ``assistant serve``: 50 concurrent POST /v1/ask of mixed table and text questions.

Questions come from evals/core.jsonl (single-turn ones with a reference figure): table
questions (lookups, sums, rankings, market statistics) and the text questions whose answer
carries a figure from an article. Every answer is checked for its expected figure with the
evaluator's own numeric check; the run fails if any request fails or any figure is wrong.

    .venv/bin/python benchmarks/api_load.py                 # starts `assistant serve` itself
    .venv/bin/python benchmarks/api_load.py --url http://127.0.0.1:8000 --token ...
    .venv/bin/python benchmarks/api_load.py --seconds 60     # 50 users asking for 60 s; server RSS before/after

Started by the script, the server indexes into a temporary folder first (the index build is
not timed) and is stopped at the end. Prints p50 / p95 latency and answers per second.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from assistant.answer import Answer
from assistant.evaluation.metrics import check_numeric
from assistant.evaluation.questions import EvalQuestion, load_questions

REPO = Path(__file__).resolve().parent.parent


def pick_questions(total: int, text_share: float) -> list[EvalQuestion]:
    """``total`` questions, about ``text_share`` of them text questions, cycling through each kind."""
    items = [item.question for item in load_questions(REPO / "evals" / "core.jsonl")]
    usable = [q for q in items if q.reference_value is not None and q.answerable and not q.history]
    text = [q for q in usable if q.expected_route in ("text", "table+text")]
    table = [q for q in usable if q.expected_route == "table"]
    wanted_text = round(total * text_share)
    chosen = [text[i % len(text)] for i in range(wanted_text)] + [
        table[i % len(table)] for i in range(total - wanted_text)
    ]
    return chosen


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(index_dir: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(index_dir), "ASSISTANT_API_RATE_LIMIT": "0"}
    env.pop("ASSISTANT_API_TOKEN", None)
    command = [str(REPO / ".venv" / "bin" / "assistant"), "serve", "--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 900  # the first run indexes the corpus
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"assistant serve exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    process.terminate()
    raise SystemExit("assistant serve did not become healthy")


async def one(client: httpx.AsyncClient, question: EvalQuestion) -> tuple[float, str | None]:
    started = time.perf_counter()
    response = await client.post("/v1/ask", json={"question": question.question})
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        return elapsed, f"{question.id}: HTTP {response.status_code} {response.text[:200]}"
    checked = check_numeric(question, Answer.model_validate(response.json()))
    if checked is None or not checked[0]:
        failure = checked[1] if checked else None
        return (
            elapsed,
            f"{question.id}: expected {failure.expected if failure else '?'}, got {failure.got if failure else '?'}",
        )
    return elapsed, None


async def probe(client: httpx.AsyncClient, path: str, until: asyncio.Event) -> list[float]:
    """Latencies of ``path`` requested every 50 ms while the burst runs: is the loop still free?"""
    seen: list[float] = []
    while not until.is_set():
        started = time.perf_counter()
        await client.get(path)
        seen.append(time.perf_counter() - started)
        await asyncio.sleep(0.05)
    return seen


async def user(
    client: httpx.AsyncClient, first: int, questions: list[EvalQuestion], deadline: float | None
) -> list[tuple[float, str | None]]:
    """One user: one question, or (with a deadline) question after question until time is up."""
    results = [await one(client, questions[first])]
    turn = first
    while deadline is not None and time.perf_counter() < deadline:
        turn += 1
        results.append(await one(client, questions[turn % len(questions)]))
    return results


def rss_mb(pid: int | None) -> float | None:
    """Resident memory of the server process (Linux), to see whether it stays flat under load."""
    if pid is None:
        return None
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


async def run(
    url: str, token: str | None, questions: list[EvalQuestion], seconds: float | None = None, pid: int | None = None
) -> tuple[list[float], list[str], float, list[float], tuple[float | None, float | None]]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    limits = httpx.Limits(max_connections=len(questions) + 1)
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120, limits=limits) as client:
        await one(client, questions[0])  # warm: the first text question loads the question encoder
        memory_before = rss_mb(pid)
        done = asyncio.Event()
        health = asyncio.create_task(probe(client, "/healthz", done))
        started = time.perf_counter()
        deadline = started + seconds if seconds else None
        per_user = await asyncio.gather(*(user(client, n, questions, deadline) for n in range(len(questions))))
        results = [result for answers in per_user for result in answers]
        wall = time.perf_counter() - started
        done.set()
        health_latencies = await health
        memory_after = rss_mb(pid)
    failures = [r[1] for r in results if r[1]]
    return [r[0] for r in results], failures, wall, health_latencies, (memory_before, memory_after)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="A running server; default: start `assistant serve` on a free port.")
    parser.add_argument(
        "--token", default=os.environ.get("ASSISTANT_API_TOKEN"), help="Bearer token, if the server has one."
    )
    parser.add_argument("--requests", type=int, default=50, help="Concurrent requests (users).")
    parser.add_argument("--seconds", type=float, help="Keep every user asking for this long (a sustained load).")
    parser.add_argument("--text-share", type=float, default=0.3, help="Share of text questions.")
    parser.add_argument("--workers", type=int, default=8, help="Answer threads of the started server.")
    parser.add_argument(
        "--index-dir", type=Path, help="Index folder for the started server (kept); default a temporary one."
    )
    args = parser.parse_args()
    questions = pick_questions(args.requests, args.text_share)
    process = None
    with tempfile.TemporaryDirectory(prefix="api-load-index-") as index_dir:
        try:
            url = args.url
            if url is None:
                print("starting assistant serve (indexing into a temporary folder first) ...", file=sys.stderr)
                process, url = start_server(args.index_dir or Path(index_dir), args.workers)
            pid = process.pid if process is not None else None
            latencies, failures, wall, health, memory = asyncio.run(run(url, args.token, questions, args.seconds, pid))
        finally:
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
    ms = sorted(value * 1000 for value in latencies)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
    text_count = sum(q.expected_route != "table" for q in questions)
    print(
        f"{len(questions)} concurrent users of /v1/ask ({len(questions) - text_count} table, {text_count} text questions)"
    )
    print(
        f"checked: {len(latencies) - len(failures)} of {len(latencies)} answers with the right figure, {len(failures)} failed"
    )
    print(f"latency p50 {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, max {ms[-1]:.0f} ms")
    print(f"wall {wall:.2f} s, {len(latencies) / wall:.1f} answers/s")
    if memory[0] is not None and memory[1] is not None:
        print(f"server RSS {memory[0]:.0f} MB after warm-up, {memory[1]:.0f} MB at the end")
    if health:
        print(f"/healthz during the burst: {len(health)} probes, max {max(health) * 1000:.0f} ms")
    for failure in failures:
        print("FAILED", failure)
    if failures:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
