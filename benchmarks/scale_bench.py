"""Scale figures on a SYNTHETIC corpus (invented deals, never written into documents/).

Run: .venv/bin/python benchmarks/scale_bench.py --chunks 10000 --deals 10000 [--encoder onnx] [--timeout 3600]
Writes the corpus and the index under --work (default /tmp/assistant-scale), builds in a child
process bounded by --timeout, then times table and text questions in a fresh process and prints
one JSON object: build throughput, query p50/p95 per route, peak RSS of each process, index size.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.evaluation.scale import run_scale


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--deals", type=int, default=10_000)
    parser.add_argument("--encoder", default="onnx")
    parser.add_argument("--timeout", type=float, default=3600.0, help="Bound on the build, in seconds.")
    parser.add_argument("--questions", type=int, default=200, help="Table and text questions each.")
    parser.add_argument("--work", type=Path, default=Path("/tmp/assistant-scale"))
    options = parser.parse_args()
    result = run_scale(
        options.chunks,
        options.deals,
        options.work,
        encoder=options.encoder,
        build_timeout_s=options.timeout,
        questions=options.questions,
    )
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
