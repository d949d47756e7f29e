"""The semantic backstop's exemplar bank, written from the tuning eval files.

Each first, English question of a tuning file becomes one line of ``routing/exemplars.jsonl``:
its shape (companies, periods and asset codes replaced by placeholders) and the parameter-free
template of the plan that answers it. The template comes from the eval file's expectation: the
router's own plan when its tool is the one expected (that plan also knows the kind: which
dimension a ranking ranks, whether an aggregate counts or sums), else the expected tool alone;
a question expected to be answered from the articles, or unanswerable, is "text". A question
expected to be asked back ("which Merck deal?") is left out: that depends on the names in it.

The held-out file and the outsider files not yet scored are never read.

Run: python -m assistant.evaluation.exemplar_bank [--out FILE] [--exclude NAME ...] FILE...
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from assistant.evaluation.questions import EvalQuestion, load_questions
from assistant.routing.backstop import CJK_RE, EXEMPLARS_FILE, shape, template_of
from assistant.routing.intents import read_slots
from assistant.routing.router import Router

NEVER_READ = frozenset(["heldout.jsonl", "outsider9.jsonl", "outsider10.jsonl", "outsider11.jsonl"])


def expected_template(question: EvalQuestion, router: Router) -> str | None:
    """The template of the plan the eval file expects for this question; None to leave it out."""
    if question.expected_route == "none":
        return None
    tool = question.expected_tool
    if tool and tool != "none":
        plan = router.route(question.question)
        ours = plan.tool_calls[0] if plan.tool_calls else None
        return template_of(ours) if ours is not None and ours.tool == tool else tool
    if question.expected_route == "text" or tool == "none" or not question.answerable or question.category == "text":
        return "text"
    plan = router.route(question.question)  # answerable, nothing expected: the plan the eval passes
    return template_of(plan.tool_calls[0]) if plan.tool_calls else "text"


def bank_rows(files: Sequence[Path], router: Router) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in files:
        if path.name in NEVER_READ:
            raise SystemExit(f"{path.name} is never read into the exemplar bank")
        for item in load_questions(path):
            question = item.question
            if question.history or CJK_RE.search(question.question):
                continue
            template = expected_template(question, router)
            if template is None:
                continue
            slots = read_slots(question.question, router.entities, router.corpus_end)
            rows.append({"shape": shape(question.question, slots), "template": template, "source": question.id})
    return rows


def write_bank(rows: list[dict[str, str]], out: Path) -> None:
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    from assistant.answering.snapshot import Snapshot
    from assistant.settings import Settings

    parser = argparse.ArgumentParser(description="Write the semantic backstop's exemplar bank from eval files.")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=EXEMPLARS_FILE)
    parser.add_argument("--exclude", action="append", default=[], help="a file name to leave out (repeatable)")
    args = parser.parse_args(argv)
    files = [f for f in args.files if f.name not in set(args.exclude)]
    router = Snapshot(Settings().model_copy(update={"semantic_backstop": "off"})).router  # the rules' own plans
    rows = bank_rows(files, router)
    write_bank(rows, args.out)
    print(f"{len(rows)} exemplars from {len(files)} files -> {args.out}")


if __name__ == "__main__":
    main()
