"""Users over real HTTP: `assistant serve` with 1 and with N worker processes, measured in one run.

Run: .venv/bin/python benchmarks/serve_users.py --processes 1 2 --users 1 8 50
For each process count, starts `assistant serve --processes N` on a free port of 127.0.0.1 (with
the index of ASSISTANT_INDEX_DIR; a missing index is built first, not timed), waits until every
worker answers /healthz, then measures each number of users with
`assistant.evaluation.concurrency` (the code `assistant bench` uses in process) on bench's own
question sample (the answerable core questions, table and text), and stops the server. Every
concurrent answer is checked against the answer the same question got alone: `wrong` must be 0.
Prints one JSON object; `speedup` is answers/s of each process count over the first one's, per
number of users and round, from the same run (`--rounds 2` runs 1, 2, 1, 2 processes).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter

from assistant.evaluation.bench import core_sample
from assistant.evaluation.concurrency import serve_users
from assistant.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="worker processes, in turn")
    parser.add_argument("--users", type=int, nargs="+", default=[1, 8, 50], help="concurrent users, in turn")
    parser.add_argument("--answers", type=int, default=3000, help="answers per level, spread over its users")
    parser.add_argument("--rounds", type=int, default=1, help="repeat the whole comparison this many times")
    parser.add_argument("--quick", action="store_true", help="bench's quick sample (every fourth core question)")
    args = parser.parse_args()
    settings = Settings()
    sample = core_sample(args.quick)
    questions = [item.question.question for item in sample]
    print(f"{len(questions)} questions; processes {args.processes}; users {args.users}", file=sys.stderr)
    rows = []
    for round_number in range(1, args.rounds + 1):  # rounds alternate the process counts: drift hits both
        for row in serve_users(settings, questions, args.processes, args.users, args.answers, settings.api_workers):
            rows.append({"round": round_number, **row})
    base = args.processes[0]
    first = {(row["round"], row["users"]): row["answers_per_s"] for row in rows if row["processes"] == base}
    speedup = {
        f"round {row['round']}: {row['processes']} vs {base} processes, {row['users']} users": round(
            row["answers_per_s"] / first[(row["round"], row["users"])], 2
        )
        for row in rows
        if row["processes"] != base and first.get((row["round"], row["users"]))
    }
    result = {
        "cpus": os.cpu_count(),
        "questions": len(questions),
        "routes": dict(Counter(item.question.expected_route for item in sample)),
        "answers_per_level": args.answers,
        "threads_per_process": settings.api_workers,
        "levels": rows,
        "speedup": speedup,
        "wrong": sum(row["wrong"] for row in rows),
        "load_average_after": [round(value, 2) for value in os.getloadavg()],
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
