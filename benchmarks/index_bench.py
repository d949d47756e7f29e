"""Index build figures on the bundled corpus: full build and the no-change re-run.

Run: .venv/bin/python benchmarks/index_bench.py
Prints the model load, the full build (seconds, chunks/s), the no-change re-run in
process and as a fresh `assistant index` process, in one run on this machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assistant.search.embeddings import load_embeddings
from assistant.search.indexer import build_index
from assistant.settings import Settings

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(documents_dir=REPO / "documents", index_dir=Path(tmp) / "index")
        started = time.perf_counter()
        embeddings = load_embeddings(settings.resolved_embedding_model_path())
        load_s = time.perf_counter() - started

        full = build_index(settings, lambda: embeddings)
        print(f"model load            {load_s:6.2f} s")
        print(
            f"full build            {full.seconds:6.2f} s  {full.chunks_embedded} chunks from {len(full.added)} documents"
            f"  = {full.chunks_embedded / full.seconds:.1f} chunks/s"
        )
        again = build_index(settings, lambda: embeddings)
        print(f"no-change re-run      {again.seconds:6.2f} s  (in process; {again.chunks_embedded} chunks embedded)")

        env = {
            **os.environ,
            "ASSISTANT_INDEX_DIR": str(settings.index_dir),
            "ASSISTANT_DOCUMENTS_DIR": str(settings.documents_dir),
        }
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "assistant.frontends.cli", "index"], env=env, check=True, capture_output=True
        )
        print(f"no-change CLI run     {time.perf_counter() - started:6.2f} s  (fresh process, imports included)")


if __name__ == "__main__":
    main()
