"""The eval runner: ask the assistant every question, score, run baselines, gate, compare.

``run_eval`` does a whole run. Question files and gates live in ``assistant.evaluation.questions``,
the metrics in ``assistant.evaluation.metrics``, rendering and report files in ``assistant.evaluation.report``.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.answer import Answer, Citation
from assistant.errors import AssistantError
from assistant.evaluation.metrics import (
    Failure,
    QuestionScore,
    RunRecord,
    dedupe,
    ranked_doc_ids,
    retrieval_scores,
    score_answer,
    summarize,
)
from assistant.evaluation.questions import EvalItem, check_gates, find_thresholds, load_question_files, load_thresholds
from assistant.settings import Settings

BASELINES = ("bm25", "dense", "naive-rag")
# What each baseline measures; its other summary keys would be defaults, not results.
BASELINE_METRICS = {
    "bm25": ("questions", "recall@1", "recall@3", "recall@5", "recall@10", "mrr@10"),
    "dense": ("questions", "recall@1", "recall@3", "recall@5", "recall@10", "mrr@10"),
    "naive-rag": (
        "questions",
        "numeric_accuracy",
        "unsupported_numbers",
        "unsupported_number_rate",
        "abstention_precision",
        "abstention_recall",
        "abstention_accuracy",
        "include_accuracy",
        "wrong_answer_rate",
        "latency_p50_ms",
        "latency_p95_ms",
    ),
}
NAIVE_PROMPT = "Answer the question from the context.\n\nContext:\n{context}\n\nQuestion: {question}\nAnswer:"
_NAIVE_ABSTAIN_RE = re.compile(
    r"\b(?:do(?:es)?\s+not|doesn't|don't|cannot|can't)\s+(?:contain|mention|provide|say|state|answer|know)|"
    r"\bno\s+information\b|\bnot\s+(?:mentioned|provided|stated|available|specified)\b",
    re.IGNORECASE,
)


# -- running ---------------------------------------------------------------------------
def company_names(settings: Settings) -> list[list[str]]:
    """Canonical names and aliases from companies.csv, for the citation check."""
    from assistant.corpus.tables import load_companies

    path = settings.documents_dir / "companies.csv"
    if not path.is_file():
        return []
    return [[company.name, *company.aliases] for company in load_companies(path)]


def _doc_ids(documents: Sequence[Any]) -> list[str]:
    return dedupe(str(d.metadata.get("doc_id", "")) for d in documents)


def run_assistant(
    assistant: Any,
    items: Sequence[EvalItem],
    companies: Sequence[Sequence[str]] = (),
    advance: Callable[[], None] = lambda: None,
) -> list[RunRecord]:
    """Ask every question (with its history) and score the Answer."""
    records: list[RunRecord] = []
    for item in items:
        question = item.question
        started = time.perf_counter()
        error: AssistantError | None = None
        try:
            answer = assistant.ask(question.question, list(question.history))
        except AssistantError as exc:
            error = exc
            answer = Answer(question=question.question, standalone_question=question.question, answer="", route="none")
        wall_ms = (time.perf_counter() - started) * 1000
        ranked: list[str] | None = None
        retrieved: list[Any] = []
        if question.reference_doc_ids:
            retrieved = assistant.retriever.search(answer.standalone_question, k=10)
            ranked = ranked_doc_ids(_doc_ids(retrieved), answer)
        score = score_answer(question, answer, ranked, companies, wall_ms=round(wall_ms, 2))
        score.file = item.file
        if error is not None:
            score.error = str(error)
            score.failures.insert(0, Failure(check="error", expected="an answer", got=str(error)))
        contexts = [c.quote for c in answer.citations] or [d.page_content for d in retrieved[:5]]
        records.append(RunRecord(item=item, answer=answer, score=score, contexts=contexts))
        advance()
    return records


def run_retrieval_baseline(
    name: str, retriever: Any, items: Sequence[EvalItem], queries: dict[str, str]
) -> list[QuestionScore]:
    """Recall of lexical-only (bm25) or Chroma-only (dense) search on the assistant's standalone questions."""
    scores: list[QuestionScore] = []
    for item in items:
        question = item.question
        if not question.reference_doc_ids:
            continue
        query = queries.get(question.id, question.question)
        if name == "bm25":
            ranked = dedupe(str(chunk.metadata.get("doc_id", "")) for chunk, _ in retriever.lexical.search(query, 10))
        else:
            ranked = _doc_ids(retriever.vectorstore.similarity_search(query, k=10))
        score = QuestionScore(
            id=question.id, category=question.category, file=item.file, answerable=question.answerable
        )
        score.retrieval = retrieval_scores(ranked, question.reference_doc_ids)
        scores.append(score)
    return scores


_PROBE = (
    "from assistant.answering.writers import local_llama; "
    "local_llama().create_chat_completion(messages=[{'role': 'user', 'content': 'Hi'}], max_tokens=1)"
)


def local_llama_or_none() -> tuple[Any, str | None]:
    """The local Gemma, or None and why not.

    A broken llama.cpp build dies with a segfault on the first decode, which would take the
    whole eval run down, so one token is generated in a child process first.
    """
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        return None, "llama_cpp is not importable (pip install -e '.[local-llm]')"
    try:
        probe = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        return None, "the local model did not answer a one-token probe within 300 s"
    if probe.returncode < 0:
        name = signal.Signals(-probe.returncode).name
        return None, f"the local model crashed ({name}) generating one token in a probe process"
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or [""])[-1]
        return None, f"the local model failed a one-token probe (exit code {probe.returncode}): {last}"
    from assistant.answering.writers import local_llama

    return local_llama(), None


def run_naive_rag(
    llama: Any, retriever: Any, items: Sequence[EvalItem], companies: Sequence[Sequence[str]] = ()
) -> list[QuestionScore]:
    """Chroma top-4 + the local model with a plain prompt, scored like the assistant."""
    scores: list[QuestionScore] = []
    for item in items:
        question = item.question
        started = time.perf_counter()
        passages = retriever.vectorstore.similarity_search(question.question, k=4)
        context = "\n\n".join(f"[{n}] {p.page_content}" for n, p in enumerate(passages, start=1))
        result = llama.create_chat_completion(
            messages=[{"role": "user", "content": NAIVE_PROMPT.format(context=context, question=question.question)}],
            temperature=0.0,
            max_tokens=160,
        )
        text = str(result["choices"][0]["message"]["content"] or "").strip()
        wall_ms = (time.perf_counter() - started) * 1000
        answer = Answer(
            question=question.question,
            standalone_question=question.question,
            answer=text,
            route="text",
            abstained=not text or bool(_NAIVE_ABSTAIN_RE.search(text)),
            citations=[
                Citation(
                    n=n,
                    doc_id=str(p.metadata.get("doc_id", "")),
                    title=str(p.metadata.get("title", "")),
                    paragraph=int(p.metadata.get("paragraph", 0)),
                    quote=p.page_content,
                )
                for n, p in enumerate(passages, start=1)
            ],
            timings_ms={"total": round(wall_ms, 2)},
        )
        score = score_answer(question, answer, None, companies, wall_ms=round(wall_ms, 2))
        score.file = item.file
        scores.append(score)
    return scores


# -- comparing -------------------------------------------------------------------------
def compare_reports(before: dict[str, Any], after: dict[str, Any], against: str = "") -> dict[str, Any]:
    """Metric deltas and the questions that started or stopped failing."""
    metrics = []
    old, new = before.get("summary", {}), after.get("summary", {})
    for key, value in new.items():
        previous = old.get(key)
        numeric = isinstance(value, int | float) and isinstance(previous, int | float)
        delta = value - previous if numeric else None
        metrics.append({"metric": key, "before": previous, "after": value, "delta": delta})
    failed_before = {q["id"] for q in before.get("questions", []) if q.get("failures")}
    failed_now = {q["id"] for q in after.get("questions", []) if q.get("failures")}
    known_before = {q["id"] for q in before.get("questions", [])}
    return {
        "against": against,
        "metrics": metrics,
        "newly_failing": sorted((failed_now - failed_before) & known_before),
        "newly_passing": sorted(failed_before - failed_now),
        "new_questions": sorted({q["id"] for q in after.get("questions", [])} - known_before),
    }


def default_out_dir() -> Path:
    return Path("evals") / "reports" / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def build_report(
    records: Sequence[RunRecord],
    baselines: dict[str, list[QuestionScore] | str],
    files: Sequence[Path],
    settings: Settings,
) -> dict[str, Any]:
    """Everything report.json holds (and report.md and the terminal show)."""
    scores = [r.score for r in records]
    by_file = {name: summarize([s for s in scores if s.file == name]) for name in dict.fromkeys(s.file for s in scores)}
    by_category = {
        name: summarize([s for s in scores if s.category == name]) for name in sorted({s.category for s in scores})
    }
    return {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "files": [str(p) for p in files],
        "llm": settings.llm,
        "summary": summarize(scores),
        "by_file": by_file,
        "by_category": by_category,
        "gates": [],
        "gates_passed": True,
        "baselines": {
            name: value
            if isinstance(value, str)
            else {"summary": {k: v for k, v in summarize(value).items() if k in BASELINE_METRICS[name]}}
            for name, value in baselines.items()
        },
        "failures": [
            {"id": r.score.id, "file": r.item.file, "question": r.item.question.question, **f.model_dump()}
            for r in records
            for f in r.score.failures
        ],
        "questions": [r.score.model_dump(mode="json") for r in records],
    }


def run_eval(
    settings: Settings,
    files: Sequence[Path],
    baselines: Sequence[str] = (),
    out: Path | None = None,
    compare: Path | None = None,
    thresholds: Path | None = None,
    assistant: Any = None,
) -> dict[str, Any]:
    """A whole run: ask, score, baselines, gates, files under ``out``; returns the report."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from assistant.evaluation import report as evalreport

    console = Console(stderr=True)
    items = load_question_files(files)
    thresholds = thresholds or find_thresholds(files)
    gates_config = load_thresholds(thresholds) if thresholds else {}
    previous = _read_report(compare) if compare else None
    if assistant is None:
        from assistant.answering.assistant import build_assistant

        assistant = build_assistant(settings)
    companies = company_names(settings)
    with Progress(TextColumn("asking"), BarColumn(), MofNCompleteColumn(), console=console, transient=True) as bar:
        task = bar.add_task("asking", total=len(items))
        records = run_assistant(assistant, items, companies, advance=lambda: bar.advance(task))
    baseline_scores: dict[str, list[QuestionScore] | str] = {}
    queries = {r.score.id: r.answer.standalone_question for r in records}
    for name in dict.fromkeys(baselines):
        if name in ("bm25", "dense"):
            baseline_scores[name] = run_retrieval_baseline(name, assistant.retriever, items, queries)
            continue
        llama, why = local_llama_or_none()
        if llama is None:
            console.print(f"[yellow]naive-rag baseline skipped[/]: {why}")
            baseline_scores[name] = f"skipped: {why}"
            continue
        baseline_scores[name] = run_naive_rag(llama, assistant.retriever, items, companies)
    report = build_report(records, baseline_scores, files, settings)
    gates = check_gates(gates_config, report["by_file"])
    report["gates"] = [g.model_dump() for g in gates]
    report["gates_passed"] = all(g.passed for g in gates)
    if previous is not None and compare is not None:
        report["compare"] = compare_reports(previous, report, str(compare))
    out = out or default_out_dir()
    evalreport.write_reports(report, records, out)
    evalreport.print_report(report, console)
    console.print(f"reports written to [bold]{out}[/]")
    return report


def _read_report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AssistantError("compare", f"not a report.json: {exc}", str(path)) from exc
    if not isinstance(data, dict) or "summary" not in data:
        raise AssistantError("compare", "not a report.json (no summary)", str(path))
    return data
