"""Scale runs on the SYNTHETIC corpus: build throughput, query latency per route, peak RSS, size.

``run_scale(chunks, deals, ...)`` writes a synthetic corpus (``assistant.evaluation.synthetic``)
into a work folder, indexes it in a child process bounded by ``build_timeout_s`` (a run that
hits the bound reports the chunks it finished and the rate, since the index keeps every
finished document), then answers generated table and text questions in a second child
process, so each peak RSS is that process's own. Every table answer is checked against the
row it asks about: a fast wrong answer is a failure, not a figure.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from assistant.evaluation.synthetic import write_synthetic_corpus
from assistant.search.indexer import load_manifest
from assistant.settings import Settings

TEXT_QUESTIONS = [
    "Why do analysts say multinationals keep shopping in China?",
    "What did regulators in Beijing change for {area} trials?",
    "How crowded is the {target} field?",
    "What will {licensor} do with the proceeds of its licences?",
    "How did investors react to the {licensor} deal?",
]


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run_scale(
    chunks: int,
    deals: int,
    work: Path,
    *,
    encoder: str = "onnx",
    build_timeout_s: float = 3600.0,
    questions: int = 200,
) -> dict[str, Any]:
    """One scale point; returns a JSON-ready dict of what was measured (and what was not)."""
    documents = work / f"synthetic-{chunks}"
    index_dir = work / f"index-{chunks}-{encoder}"
    if not (documents / "deals.csv").is_file():
        write_synthetic_corpus(documents, chunks, deals, Settings().documents_dir)
    env = {
        **os.environ,
        "ASSISTANT_DOCUMENTS_DIR": str(documents),
        "ASSISTANT_INDEX_DIR": str(index_dir),
        "ASSISTANT_EMBEDDING_ENCODER": encoder,
        "ASSISTANT_EMBEDDING_BATCH_SIZE": "64",
    }
    result: dict[str, Any] = {"synthetic": True, "chunks_requested": chunks, "deals": deals, "encoder": encoder}
    # A run that stopped at its bound resumes where it stopped; its rate counts this run's chunks only.
    before = sum(len(entry.chunk_ids) for entry in load_manifest(index_dir).documents.values())
    started = time.perf_counter()
    try:
        subprocess.run(
            [sys.executable, "-m", "assistant.frontends.cli", "index"],
            env=env,
            check=True,
            capture_output=True,
            timeout=build_timeout_s,
        )
        result["build_complete"] = True
    except subprocess.TimeoutExpired:
        result["build_complete"] = False
    build_s = time.perf_counter() - started
    done = sum(len(entry.chunk_ids) for entry in load_manifest(index_dir).documents.values())
    result["build"] = {
        "seconds": round(build_s, 1),
        "chunks_indexed": done,
        "resumed_from_chunks": before,
        "chunks_per_s": round((done - before) / build_s, 1) if build_s else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }
    result["index_mb"] = round(folder_bytes(index_dir) / 1e6, 1) if index_dir.exists() else 0.0
    if not result["build_complete"]:
        result["query"] = "not measured: the build did not finish within the bound"
        return result
    probe = subprocess.run(
        [sys.executable, "-m", "assistant.evaluation.scale", str(documents), str(index_dir), str(questions)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    result.update(json.loads(probe.stdout.strip().splitlines()[-1]))
    return result


def _query_probe(documents: Path, index_dir: Path, questions: int) -> dict[str, Any]:
    """In a fresh process: cold start, then table and text questions, timed and checked."""
    import random

    from assistant.answering.assistant import build_assistant
    from assistant.evaluation.metrics import percentile

    started = time.perf_counter()
    assistant = build_assistant(Settings(documents_dir=documents, index_dir=index_dir))
    load_s = time.perf_counter() - started
    first = assistant.ask(TEXT_QUESTIONS[0])
    cold_s = time.perf_counter() - started
    rng = random.Random(7)
    deals = assistant.tables.deals
    timings: dict[str, list[float]] = {"table": [], "text": []}
    # CPU time of the answering thread beside the wall time: on a shared machine the wall time
    # also counts other processes' turns on the cores, the CPU time only this question's work.
    cpu: dict[str, list[float]] = {"table": [], "text": []}
    wrong: list[str] = []
    abstained: list[str] = []
    for _ in range(questions):
        deal = rng.choice(deals)
        question = f"How much did {deal.licensees[0]} pay {deal.licensors[0]} upfront for {deal.asset}?"
        began, began_cpu = time.perf_counter(), time.thread_time()
        answer = assistant.ask(question)
        timings["table"].append((time.perf_counter() - began) * 1000)
        cpu["table"].append((time.thread_time() - began_cpu) * 1000)
        values = {figure.value for figure in answer.figures}
        if deal.upfront.amount not in values:
            wrong.append(question)
        text = rng.choice(TEXT_QUESTIONS).format(
            area=deal.therapeutic_area.lower(),
            target="PD-1",
            licensor=deal.licensors[0],
        )
        began, began_cpu = time.perf_counter(), time.thread_time()
        answer = assistant.ask(text)
        timings["text"].append((time.perf_counter() - began) * 1000)
        cpu["text"].append((time.thread_time() - began_cpu) * 1000)
        if answer.abstained or not answer.citations:
            abstained.append(text)  # synthetic chatter may sit below the calibrated similarity: counted apart
    return {
        "snapshot_load_s": round(load_s, 2),
        "cold_first_text_answer_s": round(cold_s, 2),
        "first_route": first.route,
        "query": {
            route: {
                "n": len(values),
                "p50_ms": round(percentile(values, 50) or 0.0, 1),
                "p95_ms": round(percentile(values, 95) or 0.0, 1),
                "cpu_p50_ms": round(percentile(cpu[route], 50) or 0.0, 1),
                "cpu_p95_ms": round(percentile(cpu[route], 95) or 0.0, 1),
            }
            for route, values in timings.items()
        },
        "table_wrong": len(wrong),
        "table_wrong_examples": wrong[:5],
        "text_abstained": len(abstained),
        "query_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


if __name__ == "__main__":
    print(json.dumps(_query_probe(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))))
