"""Index build figures on the bundled corpus: the index part of `assistant bench`.

Run: .venv/bin/python benchmarks/index_bench.py
Prints the full build (seconds, chunks/s) and the no-change re-run, measured by the same code
as `assistant bench --json` (its "index" section), in one run on this machine.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from assistant.evaluation.bench import measure_index
from assistant.settings import Settings


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="index-bench-") as tmp:
        figures = measure_index(Settings(), Path(tmp), quick=False)
        figures.pop("settings")
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
