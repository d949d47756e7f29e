"""Answer latency per route, cold start, users and the naive RAG baseline: `assistant bench` without
the index rebuild's figures.

Run: .venv/bin/python benchmarks/answer_bench.py [--quick]
The same code and questions as `assistant bench --json`; prints its query, cold-start,
concurrency and baseline sections, so there is one set of numbers, not two.
"""

from __future__ import annotations

import argparse
import json

from assistant.evaluation.bench import run_bench
from assistant.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run (a quarter of the core questions)")
    args = parser.parse_args()
    result = run_bench(Settings(), quick=args.quick, progress=print)
    keys = ("query", "cold_start_s", "peak_rss_mb", "concurrency", "baseline")
    print(json.dumps({key: result.get(key) for key in keys}, indent=1))


if __name__ == "__main__":
    main()
