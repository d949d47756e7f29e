"""The semantic backstop measured: each eval file scored with the backstop off and on.

With ``--lofo`` (tuning files), a file is scored on against a bank written without it and without
the phrasing files written for its round (``PAIRED``), so no question is judged by its own
exemplar; without it (unseen files), against the shipped bank. Prints, per file and mode: numeric
accuracy, wrong-answer rate, abstention accuracy, how often each form fired, and the questions
whose outcome changed. The held-out file is refused.

Run: PYTHONPATH=. .venv/bin/python benchmarks/backstop_bench.py [--lofo] [--modes fill disagree] FILE...
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from assistant.answering.assistant import build_assistant
from assistant.evaluation.exemplar_bank import NEVER_READ, bank_rows, write_bank
from assistant.evaluation.questions import load_questions
from assistant.evaluation.runner import run_eval
from assistant.routing.backstop import RULE_PREFIX
from assistant.settings import Settings

# The phrasing files written for an outsider round's failure classes, and the rounds a phrasing file's wordings
# came from: a file is scored without them in the bank ("ph4-..." lines of phrasing.jsonl are round 4's, etc.).
PAIRED = {
    "outsider.jsonl": ["phrasing.jsonl"],
    "outsider2.jsonl": ["phrasing.jsonl"],
    "outsider3.jsonl": ["phrasing.jsonl"],
    "outsider4.jsonl": ["phrasing.jsonl", "phrasing4.jsonl"],
    "outsider5.jsonl": ["phrasing.jsonl", "phrasing5.jsonl", "phrasing_text.jsonl"],
    "outsider6.jsonl": ["phrasing6.jsonl", "phrasing_text.jsonl"],
    "outsider7.jsonl": ["phrasing78.jsonl"],
    "outsider8.jsonl": ["phrasing78.jsonl"],
    "phrasing.jsonl": ["outsider.jsonl", "outsider2.jsonl", "outsider3.jsonl", "outsider4.jsonl", "outsider5.jsonl"],
    "phrasing4.jsonl": ["outsider4.jsonl"],
    "phrasing5.jsonl": ["outsider5.jsonl"],
    "phrasing6.jsonl": ["outsider6.jsonl"],
    "phrasing78.jsonl": ["outsider7.jsonl", "outsider8.jsonl"],
    "phrasing_text.jsonl": ["outsider5.jsonl", "outsider6.jsonl"],
}
METRICS = ("numeric_accuracy", "wrong_answer_rate", "abstention_accuracy", "unsupported_numbers")


def outcome(q: dict[str, Any]) -> str:
    if q.get("wrong_answer"):
        return "wrong"
    if q.get("numeric_correct") is True:
        return "right"
    return "abstained" if q.get("abstained") else ("numeric-miss" if q.get("numeric_correct") is False else "other")


def score(settings: Settings, path: Path, out: Path) -> dict[str, Any]:
    assistant = build_assistant(settings)
    report = run_eval(settings, [path], out=out, assistant=assistant)
    fired: dict[str, int] = {"fill": 0, "disagree": 0}
    for item in load_questions(path):
        plan = assistant.snapshot.router.route(item.question.question, item.question.history)
        if plan.rule.startswith(RULE_PREFIX):
            fired["disagree" if plan.clarification else "fill"] += 1
    return {
        "metrics": {m: report["by_file"][path.name].get(m) for m in METRICS},
        "fired": fired,
        "outcomes": {q["id"]: outcome(q) for q in report["questions"]},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--lofo", action="store_true", help="bank without the file scored (tuning files)")
    parser.add_argument("--modes", nargs="+", default=["fill", "disagree"])
    parser.add_argument("--work", type=Path, default=Path("/tmp/backstop-bench"))
    args = parser.parse_args()
    base = Settings()
    tuning = sorted(p for p in Path("evals").glob("*.jsonl") if p.name not in NEVER_READ)
    router = build_assistant(base.model_copy(update={"semantic_backstop": "off"})).snapshot.router
    results: dict[str, Any] = {}
    for path in args.files:
        if path.name == "heldout.jsonl":
            raise SystemExit("heldout.jsonl is scored by the lead, not here")
        bank = None
        if args.lofo:
            left_out = {path.name, *PAIRED.get(path.name, [])}
            bank = args.work / "banks" / path.name
            bank.parent.mkdir(parents=True, exist_ok=True)
            write_bank(bank_rows([p for p in tuning if p.name not in left_out], router), bank)
        row = {"off": score(base, path, args.work / path.stem / "off")}
        for mode in args.modes:
            settings = base.model_copy(update={"semantic_backstop": mode, "semantic_exemplars": bank})
            row[mode] = score(settings, path, args.work / path.stem / mode)
        results[path.name] = row
        for mode in ("off", *args.modes):
            changed = {
                qid: f"{row['off']['outcomes'][qid]}->{state}"
                for qid, state in row[mode]["outcomes"].items()
                if state != row["off"]["outcomes"][qid]
            }
            print(path.name, mode, json.dumps(row[mode]["metrics"]), row[mode]["fired"], changed or "", flush=True)
    (args.work / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
