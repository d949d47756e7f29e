"""`assistant bench`: index, query, cold start, memory, many users and the naive-RAG baseline, in one run.

Every comparison is a ratio of two figures taken in the same invocation on the same machine:
the baseline answers the same questions as the assistant, and the encoders (full run) build the
same corpus back to back. ``--quick`` (CI) builds a few articles instead of the whole corpus,
answers a sample of the core questions once, runs 1 and 8 users and the baseline on 3 questions.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.evaluation.concurrency import in_process_asker, measure_users
from assistant.evaluation.metrics import percentile, score_answer, summarize
from assistant.evaluation.questions import EvalItem, load_question_files
from assistant.evaluation.runner import company_names, local_llama_or_none, run_assistant, run_naive_rag
from assistant.settings import Settings

QUICK_DOCUMENTS = 8
ENCODERS = ("sentence-transformers", "onnx", "onnx-int8", "numpy")
RECALL_FILES = ("core.jsonl", "conversations.jsonl", "adversarial.jsonl", "unanswerable.jsonl")
COLD_QUESTION = "Why are multinationals licensing drugs from China?"


def _ms(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(percentile(values, 50) or 0.0, 2),
        "p95_ms": round(percentile(values, 95) or 0.0, 2),
    }


def _copy_tables(source: Path, target: Path, articles: list[Path]) -> None:
    target.mkdir(parents=True)
    for path in [*source.glob("*.csv"), *articles]:
        shutil.copy(path, target / path.name)


def measure_index(settings: Settings, work: Path, quick: bool, encoder: str | None = None) -> dict[str, Any]:
    """A full build into an empty index, then the same build again with nothing changed."""
    from assistant.search.embeddings import load_index_embeddings
    from assistant.search.indexer import build_index

    documents = settings.documents_dir
    if quick:
        articles = sorted(documents.glob("deal-*.md"))[:QUICK_DOCUMENTS]
        documents = work / "quick-documents"
        _copy_tables(settings.documents_dir, documents, articles)
    name = encoder or settings.embedding_encoder
    target = settings.model_copy(
        update={"documents_dir": documents, "index_dir": work / f"index-{name}", "embedding_encoder": name}
    )
    started = time.perf_counter()
    model = load_index_embeddings(target)
    model.embed_documents(["warm up"])
    load_s = time.perf_counter() - started
    full = build_index(target, lambda: model)
    again = build_index(target, lambda: model)
    return {
        "encoder": name,
        "documents": len(full.added),
        "chunks": full.chunks_embedded,
        "model_load_s": round(load_s, 2),
        "full_build_s": round(full.seconds, 2),
        "chunks_per_s": round(full.chunks_embedded / full.seconds, 1) if full.seconds else None,
        "noop_reindex_s": round(again.seconds, 3),
        "settings": target,
    }


def measure_encoders(settings: Settings, work: Path, items: list[EvalItem]) -> dict[str, Any]:
    """Each encoder builds the whole corpus, then the eval sets are answered on its index."""
    from assistant.answering.assistant import build_assistant

    rows: dict[str, Any] = {}
    for encoder in ENCODERS:
        figures = measure_index(settings, work, quick=False, encoder=encoder)
        built: Settings = figures.pop("settings")
        records = run_assistant(build_assistant(built), items, company_names(built))
        figures["recall@5"] = summarize([record.score for record in records]).get("recall@5")
        rows[encoder] = figures
    reference = rows["sentence-transformers"]
    for figures in rows.values():
        figures["speedup"] = round(figures["chunks_per_s"] / reference["chunks_per_s"], 2)
        figures["recall@5_change_points"] = round(100 * (figures["recall@5"] - reference["recall@5"]), 2)
    return rows


def measure_queries(assistant: Any, items: list[EvalItem], repeats: int) -> dict[str, Any]:
    from assistant.answer import Turn

    for item in items:  # warm every path once (model, retriever, caches)
        assistant.ask(item.question.question, [Turn(question=h.question) for h in item.question.history])
    latencies: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeats):
        for item in items:
            answer = assistant.ask(item.question.question)
            latencies[answer.route].append(answer.timings_ms["total"])
    return {route: _ms(values) for route, values in sorted(latencies.items())}


def cold_start(settings: Settings, question: str, repo: Path) -> tuple[float, float]:
    """A fresh `assistant ask` to its first answer, and that process's peak RSS in MB."""
    env = {
        **os.environ,
        "ASSISTANT_INDEX_DIR": str(settings.index_dir.resolve()),
        "ASSISTANT_DOCUMENTS_DIR": str(settings.documents_dir.resolve()),
    }
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "assistant.frontends.cli", "ask", question],
        env=env,
        check=True,
        capture_output=True,
        cwd=repo,
    )
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far; an earlier larger child hides this one.
    return seconds, round(max(peak, before) / 1024, 1)


def measure_baseline(assistant: Any, settings: Settings, items: list[EvalItem]) -> dict[str, Any]:
    """Ours and the naive LangChain RAG (Chroma top-4 + local Gemma) on the same questions."""
    companies = company_names(settings)
    ours = []
    for item in items:
        started = time.perf_counter()
        answer = assistant.ask(item.question.question)
        ours.append(
            score_answer(item.question, answer, None, companies, wall_ms=(time.perf_counter() - started) * 1000)
        )
    mine = summarize(ours)
    result: dict[str, Any] = {
        "questions": len(items),
        "ours": {"p50_ms": mine.get("wall_p50_ms"), "numeric_accuracy": mine.get("numeric_accuracy")},
    }
    llama, reason = local_llama_or_none()
    if llama is None:
        result["naive_rag"] = {"p50_ms": None, "numeric_accuracy": None, "skipped": reason}
        result["speedup_p50"] = None
        return result
    naive = summarize(run_naive_rag(llama, assistant.retriever, items, companies))
    result["naive_rag"] = {"p50_ms": naive.get("wall_p50_ms"), "numeric_accuracy": naive.get("numeric_accuracy")}
    ours_p50, naive_p50 = result["ours"]["p50_ms"], result["naive_rag"]["p50_ms"]
    result["speedup_p50"] = round(naive_p50 / ours_p50, 1) if ours_p50 and naive_p50 else None
    return result


def core_sample(quick: bool) -> list[EvalItem]:
    """The answerable core questions (table and text) bench answers: all of them, or every fourth (``--quick``)."""
    repo = Path(__file__).resolve().parents[2]
    core = [item for item in load_question_files([repo / "evals" / "core.jsonl"]) if item.question.answerable]
    return core[::4] if quick else core


def run_bench(
    settings: Settings,
    *,
    quick: bool = False,
    encoders: bool = False,
    users: tuple[int, ...] | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> dict[str, Any]:
    """The whole benchmark; returns the JSON object `assistant bench --json` prints."""
    from assistant.answering.assistant import build_assistant
    from assistant.search.indexer import index_exists

    repo = Path(__file__).resolve().parents[2]
    eval_dir = repo / "evals"
    core = core_sample(quick=False)
    sample = core_sample(quick)
    levels = users or ((1, 8) if quick else (1, 8, 50))
    result: dict[str, Any] = {"quick": quick, "cpus": os.cpu_count(), "load_average": list(os.getloadavg())}
    steps: dict[str, float] = {}
    began = time.perf_counter()

    def step(name: str) -> None:
        now = time.perf_counter()
        steps[name] = round(now - began - sum(steps.values()), 2)
        progress(f"{name} done ({steps[name]} s)")

    with tempfile.TemporaryDirectory(prefix="assistant-bench-") as tmp:
        work = Path(tmp)
        progress("index: full build and no-change re-run")
        index = measure_index(settings, work, quick)
        built = index.pop("settings")
        # Queries run on the whole corpus: the configured index when it is complete, else the one just built.
        answering = settings if quick and index_exists(settings) else built
        if quick and answering is built:
            progress("index: the configured index is missing; building the whole corpus for the queries")
            answering = measure_index(settings, work / "whole", quick=False)["settings"]
        result["index"] = index
        step("index")
        progress("cold start: a fresh `assistant ask`")
        cold_s, rss_mb = cold_start(answering, COLD_QUESTION, repo)
        result["cold_start_s"] = round(cold_s, 2)
        result["peak_rss_mb"] = rss_mb
        step("cold_start")
        assistant = build_assistant(answering)
        progress(f"query: {len(sample)} core questions warm, per route")
        routes = measure_queries(assistant, sample, repeats=1 if quick else 3)
        result["query"] = {"table": None, "text": None, **routes}
        step("query")
        progress(f"concurrency: {', '.join(map(str, levels))} users")
        questions = [item.question.question for item in sample]
        per_level = measure_users(in_process_asker(assistant), questions, levels, answers_per_user=4 if quick else 10)
        top = per_level[-1]
        result["concurrency"] = {
            "users": top["users"],
            "answers_per_s": top["answers_per_s"],
            "p95_ms": top["p95_ms"],
            "wrong": sum(level["wrong"] for level in per_level),
            "levels": per_level,
        }
        step("concurrency")
        progress("baseline: naive RAG on the same questions")
        result["baseline"] = measure_baseline(assistant, answering, core[: 2 if quick else 30])
        step("baseline")
        if encoders and not quick:
            progress("encoders: full build and recall@5 per encoder")
            items = load_question_files([eval_dir / name for name in RECALL_FILES])
            result["encoders"] = measure_encoders(settings, work / "encoders", items)
            step("encoders")
    result["steps_s"] = steps
    result["bench_process_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def render_table(result: dict[str, Any]) -> list[tuple[str, str]]:
    """(figure, value) rows for the terminal."""
    index = result["index"]
    rows = [
        ("index: encoder", str(index["encoder"])),
        ("index: full build", f"{index['full_build_s']} s, {index['chunks']} chunks, {index['chunks_per_s']} chunks/s"),
        ("index: no-change re-run", f"{index['noop_reindex_s']} s"),
    ]
    for route, figures in result["query"].items():
        if figures is None:
            continue
        rows.append((f"query: {route} (n={figures['n']})", f"p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms"))
    rows.append(("cold start to first text answer", f"{result['cold_start_s']} s"))
    rows.append(("peak RSS of that process", f"{result['peak_rss_mb']} MB"))
    for level in result["concurrency"]["levels"]:
        rows.append(
            (
                f"{level['users']} users",
                f"{level['answers_per_s']} answers/s, p95 {level['p95_ms']} ms, {level['wrong']} wrong",
            )
        )
    baseline = result["baseline"]
    naive = baseline["naive_rag"]
    rows.append(
        (
            f"ours, {baseline['questions']} core questions",
            f"numeric accuracy {baseline['ours']['numeric_accuracy']}, p50 {baseline['ours']['p50_ms']} ms",
        )
    )
    if naive.get("skipped"):
        rows.append(("naive RAG baseline", f"not run: {naive['skipped']}"))
    else:
        rows.append(
            (
                "naive RAG, same questions",
                f"numeric accuracy {naive['numeric_accuracy']}, p50 {naive['p50_ms']} ms; "
                f"ours {baseline['speedup_p50']}x faster",
            )
        )
    for name, figures in result.get("encoders", {}).items():
        rows.append(
            (
                f"encoder {name}",
                f"{figures['chunks_per_s']} chunks/s ({figures['speedup']}x), recall@5 {figures['recall@5']}",
            )
        )
    return rows
