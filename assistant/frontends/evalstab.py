"""The Evals tab: run a question set from the page, read the failures, compare with the last run.

Scoring is the eval runner's (``run_assistant``, ``build_report``, ``compare_reports``); this
module only picks the set, shows progress and renders what the runner measured.
"""

from __future__ import annotations

import html
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answering.assistant import Assistant
from assistant.errors import AssistantError
from assistant.evaluation.metrics import RunRecord
from assistant.evaluation.questions import check_gates, find_thresholds, load_question_files, load_thresholds
from assistant.evaluation.report import fmt, fmt_delta, write_reports
from assistant.evaluation.runner import build_report, company_names, compare_reports, run_assistant
from assistant.frontends.chatrender import answer_markdown, human_text

SHOWN_METRICS = (
    ("questions", "Questions"),
    ("numeric_accuracy", "Numeric accuracy"),
    ("unsupported_numbers", "Unsupported numbers"),
    ("recall@5", "Recall@5"),
    ("citation_precision", "Citation precision"),
    ("citation_recall", "Citation recall"),
    ("abstention_accuracy", "Abstention accuracy"),
    ("routing_accuracy", "Routing accuracy"),
    ("latency_p50_ms", "Latency p50 (ms)"),
)
# Lower is better for these; every other shown metric is better higher.
LOWER_IS_BETTER = {
    "unsupported_numbers",
    "unsupported_number_rate",
    "wrong_answer_rate",
    "latency_p50_ms",
    "latency_p95_ms",
    "wall_p50_ms",
    "wall_p95_ms",
    "errors",
}


def _reference(record: RunRecord) -> str:
    question = record.item.question
    parts = [question.reference_answer] if question.reference_answer else []
    if question.reference_value is not None:
        parts.append(f"value {question.reference_value} {question.unit or ''}".strip())
    if not question.answerable:
        parts.append("should be declined (not answerable from the corpus)")
    return "; ".join(parts) or "—"


def failures_markdown(records: list[RunRecord]) -> str:
    """Each failing question: what was asked, what came back, what was expected, and the citations."""
    failing = [r for r in records if r.score.failures]
    if not failing:
        return "No failures."
    parts = [f"### Failures ({len(failing)} of {len(records)} questions)"]
    for record in failing:
        checks = "; ".join(f"{f.check}: expected {f.expected}, got {f.got}" for f in record.score.failures)
        answer = answer_markdown(record.answer).replace("\n", "\n> ")
        parts.append(
            f"**{html.escape(record.score.id)}**: {html.escape(record.item.question.question)}\n\n"
            f"> {html.escape(answer)}\n\n"
            f"- Reference: {html.escape(_reference(record))}\n"
            f"- Failed checks: {html.escape(human_text(checks))}"
        )
    return "\n\n".join(parts)


def summary_markdown(report: dict[str, Any]) -> str:
    rows = [f"| {label} | {fmt(report['summary'].get(key))} |" for key, label in SHOWN_METRICS]
    gates = report.get("gates") or []
    verdict = "" if not gates else ("All gates passed." if report["gates_passed"] else "**Some gates failed.**")
    return "\n".join(["| Metric | Value |", "|---|---|", *rows, "", verdict])


def comparison_markdown(comparison: dict[str, Any]) -> str:
    better: list[str] = []
    worse: list[str] = []
    for row in comparison["metrics"]:
        delta = row["delta"]
        if not delta:
            continue
        improved = (delta < 0) if row["metric"] in LOWER_IS_BETTER else (delta > 0)
        line = f"{row['metric']}: {fmt(row['before'])} → {fmt(row['after'])} ({fmt_delta(delta)})"
        (better if improved else worse).append(line)
    parts = ["### Compared with the previous run"]
    parts.append("Better: " + ("; ".join(better) if better else "nothing measured changed for the better."))
    parts.append("Worse: " + ("; ".join(worse) if worse else "nothing measured changed for the worse."))
    parts.append(f"Newly failing: {', '.join(comparison['newly_failing']) or 'none'}.")
    parts.append(f"Newly passing: {', '.join(comparison['newly_passing']) or 'none'}.")
    return "\n\n".join(parts)


class EvalsTab:
    """Runs question sets against the live assistant; each run's report is kept for the next comparison."""

    def __init__(self, assistant: Assistant, evals_dir: Path, runs_dir: Path) -> None:
        self.assistant = assistant
        self.evals_dir = evals_dir
        self.runs_dir = runs_dir

    def sets(self) -> list[str]:
        return sorted(path.name for path in self.evals_dir.glob("*.jsonl")) if self.evals_dir.is_dir() else []

    def _previous(self, name: str) -> dict[str, Any] | None:
        runs = sorted((self.runs_dir / name).glob("*/report.json"))
        return json.loads(runs[-1].read_text(encoding="utf-8")) if runs else None

    def run(
        self,
        chosen: str | None,
        uploaded: str | None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple[str, list[str] | None]:
        if uploaded:
            path = Path(uploaded)
        elif chosen:
            path = self.evals_dir / chosen
        else:
            return "Pick a question set or upload one first.", None
        try:
            items = load_question_files([path])
        except AssistantError as error:
            return f"**{html.escape(path.name)} could not be read:** {html.escape(error.message)}", None
        except (ValueError, OSError) as error:
            return f"**{html.escape(path.name)} could not be read:** {html.escape(str(error))}", None
        settings = self.assistant.settings
        done = [0]

        def advance() -> None:
            done[0] += 1
            progress((done[0], len(items)), desc="asking", unit="questions")

        progress((0, len(items)), desc="asking", unit="questions")
        records = run_assistant(self.assistant, items, company_names(settings), advance=advance)
        report = build_report(records, {}, [path], settings)
        thresholds = find_thresholds([self.evals_dir / path.name]) if not uploaded else None
        if thresholds is not None:
            gates = check_gates(load_thresholds(thresholds), report["by_file"])
            report["gates"] = [g.model_dump() for g in gates]
            report["gates_passed"] = all(g.passed for g in gates)
        previous = self._previous(path.name)
        if previous is not None:
            report["compare"] = compare_reports(previous, report, "the previous run in this app")
        out = self.runs_dir / path.name / datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        write_reports(report, records, out)
        shutil.copyfile(out / "report.md", out / f"report-{Path(path.name).stem}.md")
        parts = [f"## {html.escape(path.name)}: {len(records)} questions", summary_markdown(report)]
        if previous is not None:
            parts.append(comparison_markdown(report["compare"]))
        else:
            parts.append("_First run of this set in this app: the next run will be compared with it._")
        parts.append(failures_markdown(records))
        return "\n\n".join(parts), [str(out / f"report-{Path(path.name).stem}.md"), str(out / "report.json")]

    def build(self) -> None:
        gr.Markdown(
            "Run a question set against the assistant as it is now: pick one of `evals/*.jsonl` or upload a file in "
            "the same format (one JSON question per line). The report lists the metrics, then every failure with "
            "its question, answer, reference and citations, and compares with the previous run of the same set."
        )
        with gr.Row():
            chosen = gr.Dropdown(self.sets(), value=None, label="Question set", elem_id="evals-set")
            uploaded = gr.File(label="…or upload a .jsonl set", file_types=[".jsonl"], type="filepath")
        run = gr.Button("Run", variant="primary", elem_id="evals-run")
        report = gr.Markdown(elem_id="evals-report")
        files = gr.File(label="Download the report", file_count="multiple", elem_id="evals-download")
        run.click(self.run, [chosen, uploaded], [report, files], api_name="run_eval")


__all__ = ["EvalsTab", "comparison_markdown", "failures_markdown", "summary_markdown"]
