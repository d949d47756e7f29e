"""The abstention threshold, recomputed: top dense similarity of answerable vs unanswerable text questions.

Run: .venv/bin/python benchmarks/abstention_calibration.py [--index-dir DIR]

For every eval question whose plan searches the articles, the best cosine similarity of its
retrieved passages is read (the same number ``abstention.unsupported`` compares with
``MIN_DENSE_SIMILARITY``). It prints both distributions, the accuracy of every candidate
threshold (a question abstains below it), and the current threshold's place among them.
The threshold is only one of the abstention checks (unknown names and unheld measures are the
others), so this measures the similarity check alone.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from assistant.answer import Turn
from assistant.answering.abstention import MIN_DENSE_SIMILARITY
from assistant.answering.assistant import build_assistant
from assistant.evaluation.questions import load_question_files
from assistant.search.embeddings import load_embeddings
from assistant.search.indexer import build_index, index_exists
from assistant.settings import Settings

REPO = Path(__file__).resolve().parent.parent
FILES = ["core.jsonl", "conversations.jsonl", "adversarial.jsonl", "unanswerable.jsonl"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, default=None)
    args = parser.parse_args()
    index_dir = args.index_dir or Path(tempfile.mkdtemp(prefix="calibration-index-"))
    settings = Settings(documents_dir=REPO / "documents", index_dir=index_dir)
    if not index_exists(settings):
        build_index(settings, lambda: load_embeddings(settings.resolved_embedding_model_path()))
    assistant = build_assistant(settings)
    snap = assistant.snapshot
    answerable: list[float] = []
    unanswerable: list[float] = []
    for item in load_question_files([REPO / "evals" / name for name in FILES]):
        question = item.question
        plan = snap.router.route(question.question, [Turn(question=t.question) for t in question.history])
        if plan.route not in ("text", "table+text") or not plan.text_query:
            continue
        passages = snap.search(plan.text_query, plan.passage_filter, [])
        best = max((float(p.metadata.get("dense_similarity", 0.0)) for p in passages), default=0.0)
        (answerable if question.answerable else unanswerable).append(best)
    print(f"text-route questions: {len(answerable)} answerable, {len(unanswerable)} unanswerable")
    for name, values in (("answerable", answerable), ("unanswerable", unanswerable)):
        if values:
            print(
                f"  {name:<13} min {min(values):.3f}  p10 {_quantile(values, 0.1):.3f}  "
                f"median {statistics.median(values):.3f}  max {max(values):.3f}"
            )
    print("threshold  answerable kept  unanswerable refused  accuracy")
    candidates = sorted({round(x / 100, 2) for x in range(10, 50, 2)} | {MIN_DENSE_SIMILARITY})
    for threshold in candidates:
        kept = sum(v >= threshold for v in answerable)
        refused = sum(v < threshold for v in unanswerable)
        accuracy = (kept + refused) / max(len(answerable) + len(unanswerable), 1)
        mark = "  <- MIN_DENSE_SIMILARITY" if threshold == MIN_DENSE_SIMILARITY else ""
        print(
            f"  {threshold:.2f}     {kept:>4}/{len(answerable):<4}      {refused:>4}/{len(unanswerable):<4}        {accuracy:.3f}{mark}"
        )


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


if __name__ == "__main__":
    main()
