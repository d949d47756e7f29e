"""Indexing in groups of documents against one document at a time, same corpus, same run.

Run: .venv/bin/python benchmarks/index_groups.py [--chunks 5000] [--encoder onnx] [--rounds 2]
Writes a SYNTHETIC corpus (never into documents/), then builds it into fresh index folders,
alternating per-document builds (a group per document: one upsert and one manifest save per
document, as before grouping) and grouped builds (``indexer.GROUP_BATCHES`` model batches a
group), so a change in machine load hits both. Prints one JSON object with the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from pathlib import Path

from assistant.evaluation.synthetic import write_synthetic_corpus
from assistant.search import indexer
from assistant.search.embeddings import load_index_embeddings
from assistant.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=5000)
    parser.add_argument("--encoder", default="onnx")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("/tmp/assistant-index-groups"))
    options = parser.parse_args()
    documents = options.work / f"synthetic-{options.chunks}"
    if not (documents / "deals.csv").is_file():
        write_synthetic_corpus(documents, options.chunks, max(10, options.chunks // 10), Settings().documents_dir)
    # One encoder for every build (its ONNX export is written once), so only the grouping differs.
    model = load_index_embeddings(
        Settings(documents_dir=documents, index_dir=options.work / "encoder", embedding_encoder=options.encoder)
    )
    grouped = indexer.GROUP_BATCHES
    runs: dict[str, list[float]] = {"per_document": [], "grouped": []}
    chunks = documents_indexed = 0
    for round_number in range(options.rounds):
        for mode, group_batches in (("per_document", 0), ("grouped", grouped)):
            target = options.work / f"index-{mode}-{round_number}"
            shutil.rmtree(target, ignore_errors=True)
            settings = Settings(documents_dir=documents, index_dir=target, embedding_encoder=options.encoder)
            indexer.GROUP_BATCHES = group_batches  # 0: every document is a group of its own
            started = time.perf_counter()
            summary = indexer.build_index(settings, lambda: model)
            runs[mode].append(time.perf_counter() - started)
            chunks, documents_indexed = summary.chunks_total, len(summary.added)
            shutil.rmtree(target, ignore_errors=True)
    indexer.GROUP_BATCHES = grouped
    best = {mode: min(seconds) for mode, seconds in runs.items()}
    print(
        json.dumps(
            {
                "synthetic": True,
                "chunks": chunks,
                "documents": documents_indexed,
                "encoder": options.encoder,
                "seconds": {mode: [round(s, 1) for s in seconds] for mode, seconds in runs.items()},
                "chunks_per_s": {mode: round(chunks / s, 1) for mode, s in best.items()},
                "speedup": round(best["per_document"] / best["grouped"], 2),
                "load_average": [round(x, 2) for x in os.getloadavg()],
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
