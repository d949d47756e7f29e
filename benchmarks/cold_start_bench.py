"""Cold ``assistant ask`` with a 1 MB HTML article in documents/: how long start-up takes when
every article is parsed again, and when the parsed-article cache under the index folder answers.

    .venv/bin/python benchmarks/cold_start_bench.py [--repo PATH] [--runs 3]

``--repo`` runs another checkout's code (an older commit, to compare) with this interpreter.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUESTION = "How much did Pfizer pay 3SBio upfront?"


def one_mb_html(path: Path) -> None:
    # Markup-heavy, like a saved news page: every few words in its own tag.
    words = "".join(f'<span class="w{n}"><a href="/t/{n}">deal</a> <b>news</b> {n}</span> ' for n in range(8))
    paragraph = f"<div class='c'><p>{words}</p></div>\n"
    body = paragraph * (1_000_000 // len(paragraph) + 1)
    path.write_text(f"<html><head><title>Big page</title></head><body><article>{body}</article></body></html>")


def cold_ask(repo: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "assistant.frontends.cli", "ask", QUESTION],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0 or "1.25 billion" not in done.stdout:
        raise SystemExit(f"ask failed: {done.stdout}\n{done.stderr}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", type=Path, default=REPO)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        docs, index = Path(tmp) / "documents", Path(tmp) / "index"
        shutil.copytree(REPO / "documents", docs)
        one_mb_html(docs / "big-page.html")
        env = {
            **os.environ,
            "ASSISTANT_DOCUMENTS_DIR": str(docs),
            "ASSISTANT_INDEX_DIR": str(index),
            "PYTHONPATH": str(args.repo),
            "HF_HUB_OFFLINE": "1",
        }
        first = cold_ask(args.repo, env)
        later = [cold_ask(args.repo, env) for _ in range(args.runs)]
        print(f"code: {args.repo}; documents: {len(list(docs.iterdir()))} files incl. a 1 MB HTML")
        print(f"first cold ask (nothing cached): {first:.2f} s")
        print(f"next cold asks, median of {args.runs}: {statistics.median(later):.2f} s")
        if args.repo == REPO:
            print(f"every article loaded in process: parsed {load_all(docs, None):.2f} s, ", end="")
            print(f"from the cache {load_all(docs, index / 'articles'):.2f} s")


def load_all(docs: Path, cache: Path | None) -> float:
    """What start-up spends on articles (the resolver loads each once)."""
    from assistant.corpus.provenance import ProvenanceResolver

    started = time.perf_counter()
    resolver = ProvenanceResolver(docs, 5_000_000, cache_dir=cache)
    for doc_id in resolver.doc_ids():
        resolver.article(doc_id)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
