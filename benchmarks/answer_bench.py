"""Answer latency per route, cold start, and the naive LangChain RAG baseline, in one run.

Run: .venv/bin/python benchmarks/answer_bench.py [--repeats 5] [--baseline-questions 30]
Builds a temporary index of the bundled corpus, then prints warm latency p50/p95 per
route over the core eval questions, the cold start of `assistant ask` to first answer,
and, on the same questions, our accuracy beside a naive RAG (Chroma top-4 + the local
Gemma 3 270M with a plain "answer from context" prompt) when llama-cpp-python works here.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from assistant.answer import Turn
from assistant.answering.assistant import build_assistant
from assistant.evaluation.metrics import percentile, score_answer, summarize
from assistant.evaluation.questions import load_question_files
from assistant.evaluation.runner import company_names, local_llama_or_none, run_naive_rag
from assistant.search.embeddings import load_embeddings
from assistant.search.indexer import build_index
from assistant.settings import Settings

REPO = Path(__file__).resolve().parent.parent


def _cold_start(settings: Settings, question: str) -> float:
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir)}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "assistant.frontends.cli", "ask", question],
        env=env,
        check=True,
        capture_output=True,
        cwd=REPO,
    )
    return time.perf_counter() - started


_ENCODER_SNIPPETS = {
    "numpy MiniLM (ours)": "from assistant.search.embeddings import load_query_embeddings as load",
    "sentence-transformers": "from assistant.search.embeddings import load_embeddings as load",
}


def _cold_query_vector(settings: Settings, loader: str) -> float:
    """A fresh process: import, load the model, embed one question (the text route's first step)."""
    script = (
        f"{loader}\nfrom assistant.settings import Settings\n"
        "load(Settings().resolved_embedding_model_path()).embed_query('Why license drugs from China?')"
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, cwd=REPO)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--baseline-questions", type=int, default=30, help="Questions for the accuracy comparison.")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(documents_dir=REPO / "documents", index_dir=Path(tmp) / "index")
        embeddings = load_embeddings(settings.resolved_embedding_model_path())
        build_index(settings, lambda: embeddings)
        assistant = build_assistant(settings)
        items = load_question_files([REPO / "evals" / "core.jsonl"])
        answerable = [item for item in items if item.question.answerable]
        for item in answerable:  # warm every path once (model, retriever, caches)
            assistant.ask(item.question.question, [Turn(question=h.question) for h in item.question.history])

        latencies: dict[str, list[float]] = defaultdict(list)
        for _ in range(options.repeats):
            for item in answerable:
                answer = assistant.ask(item.question.question)
                latencies[answer.route].append(answer.timings_ms["total"])
        print(f"warm latency over {len(answerable)} core questions x {options.repeats} repeats (ms)")
        for route in sorted(latencies):
            values = latencies[route]
            print(
                f"  {route:11s} n={len(values):4d}  p50 {percentile(values, 50) or 0.0:7.1f}  p95 {percentile(values, 95) or 0.0:7.1f}"
            )

        table_cold = _cold_start(settings, "How much did Pfizer pay 3SBio upfront?")
        text_cold = _cold_start(settings, "Why are multinationals licensing drugs from China?")
        print(f"cold start to first answer: table question {table_cold:.2f} s, text question {text_cold:.2f} s")
        cold_vectors = {name: _cold_query_vector(settings, loader) for name, loader in _ENCODER_SNIPPETS.items()}
        ours_s, reference_s = cold_vectors.values()
        print(
            "cold process to first query vector: "
            + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in cold_vectors.items())
            + f" ({reference_s / ours_s:.1f}x faster)"
        )

        sample = items[: options.baseline_questions]
        companies = company_names(settings)
        ours = []
        for item in sample:
            started = time.perf_counter()
            answer = assistant.ask(item.question.question)
            ours.append(
                score_answer(item.question, answer, None, companies, wall_ms=(time.perf_counter() - started) * 1000)
            )
        print(f"\naccuracy on the first {len(sample)} core questions")
        _print_summary("assistant (extractive)", summarize(ours))
        llama, reason = local_llama_or_none()
        if llama is None:
            print(f"  naive RAG baseline skipped: {reason}")
            return
        naive = run_naive_rag(llama, assistant.retriever, sample, companies)
        _print_summary("naive RAG (Chroma top-4 + Gemma 270M)", summarize(naive))


def _print_summary(name: str, summary: dict[str, object]) -> None:
    keys = ("numeric_accuracy", "unsupported_numbers", "abstention_accuracy", "wall_p50_ms", "wall_p95_ms")
    shown = ", ".join(f"{key} {summary.get(key)}" for key in keys if key in summary)
    print(f"  {name}: {shown}")


if __name__ == "__main__":
    main()
