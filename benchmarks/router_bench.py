"""Router speed on the test questions: mean time per question, with and without history.

Run: .venv/bin/python benchmarks/router_bench.py
Routes every case of tests/router_cases.py many times and prints the mean and the
slowest question; the router is meant to stay well under 1 ms a question.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from assistant.answer import Turn
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router

REPO = Path(__file__).resolve().parent.parent
ROUNDS = 50


def main() -> None:
    sys.path.insert(0, str(REPO))
    from tests.router_cases import CASES

    started = time.perf_counter()
    router = Router(load_tables(REPO / "documents"))
    build_ms = (time.perf_counter() - started) * 1000
    cases = [(case["q"], [Turn(question=q) for q in case.get("history", [])]) for case in CASES]
    for question, history in cases:  # warm the fuzzy cache as a long-running server would
        router.route(question, history)
    timings: list[tuple[float, str]] = []
    for question, history in cases:
        started = time.perf_counter()
        for _ in range(ROUNDS):
            router.route(question, history)
        timings.append(((time.perf_counter() - started) * 1000 / ROUNDS, question))
    plain = [ms for (ms, _), (_, history) in zip(timings, cases, strict=True) if not history]
    followups = [ms for (ms, _), (_, history) in zip(timings, cases, strict=True) if history]
    slowest = max(timings)
    print(f"router built in {build_ms:.1f} ms; {len(cases)} questions x {ROUNDS} rounds")
    print(f"mean per question (no history): {sum(plain) / len(plain):.3f} ms")
    print(f"mean per follow-up (history replayed): {sum(followups) / len(followups):.3f} ms")
    print(f"slowest: {slowest[0]:.3f} ms  {slowest[1]!r}")


if __name__ == "__main__":
    main()
