"""The feedback log every front end appends to: one JSON line per helpful / wrong verdict.

The line has the Gradio chat's fields (time, verdict, question, answer) plus ``via``, the
front end the verdict came from.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Literal

_lock = threading.Lock()


def append_feedback(
    path: Path, verdict: Literal["helpful", "wrong"], question: str, answer: str, via: str
) -> dict[str, str]:
    """Append one verdict to ``path`` (JSON lines) and return the record written."""
    record = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "verdict": verdict,
        "question": question,
        "answer": answer,
        "via": via,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock, open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return record
