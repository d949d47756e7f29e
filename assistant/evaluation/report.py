"""Eval reports: report.json, report.md, ragas.jsonl and the terminal tables.

Everything is rendered from the report dict ``assistant.evaluation.runner.build_report`` makes, so
the three views cannot disagree.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from assistant.evaluation.metrics import RunRecord

# The columns shown in the summaries, in order; report.json keeps every metric.
SUMMARY_METRICS = (
    "questions",
    "errors",
    "numeric_accuracy",
    "unsupported_numbers",
    "unsupported_number_rate",
    "recall@1",
    "recall@3",
    "recall@5",
    "recall@10",
    "mrr@10",
    "citation_precision",
    "citation_recall",
    "abstention_precision",
    "abstention_recall",
    "abstention_accuracy",
    "routing_accuracy",
    "tool_accuracy",
    "include_accuracy",
    "wrong_answer_rate",
    "latency_p50_ms",
    "latency_p95_ms",
    "wall_p50_ms",
    "wall_p95_ms",
)
# Short headers so the per-category table fits a terminal; report.md prints the legend.
CATEGORY_METRICS = {
    "questions": "n",
    "numeric_accuracy": "num",
    "unsupported_numbers": "unsup",
    "recall@5": "R@5",
    "mrr@10": "MRR",
    "citation_precision": "citP",
    "citation_recall": "citR",
    "abstention_accuracy": "abst",
    "routing_accuracy": "route",
    "tool_accuracy": "tool",
    "wrong_answer_rate": "wrong",
}
BASELINE_METRICS = (
    "recall@1",
    "recall@3",
    "recall@5",
    "recall@10",
    "mrr@10",
    "numeric_accuracy",
    "unsupported_numbers",
    "abstention_precision",
    "abstention_recall",
    "abstention_accuracy",
)
FAILURES_SHOWN = 25


def fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def fmt_delta(value: Any) -> str:
    return "–" if value is None else f"{value:+.3f}"


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summary_rows(report: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    files = list(report["by_file"])
    header = ["metric", "all", *files] if len(files) > 1 else ["metric", "all"]
    rows = []
    for metric in SUMMARY_METRICS:
        row = [metric, fmt(report["summary"].get(metric))]
        if len(files) > 1:
            row += [fmt(report["by_file"][name].get(metric)) for name in files]
        rows.append(row)
    return header, rows


def baseline_rows(report: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    names = list(report["baselines"])
    header = ["metric", "assistant", *names]
    rows = []
    for metric in BASELINE_METRICS:
        row = [metric, fmt(report["summary"].get(metric))]
        for name in names:
            value = report["baselines"][name]
            row.append(fmt(value["summary"].get(metric)) if isinstance(value, dict) else "skipped")
        rows.append(row)
    return header, rows


def category_rows(report: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    header = ["category", *CATEGORY_METRICS.values()]
    rows = [
        [name, *(fmt(metrics.get(m), 2) for m in CATEGORY_METRICS)] for name, metrics in report["by_category"].items()
    ]
    return header, rows


def gate_rows(report: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    header = ["file", "metric", "rule", "value", "result"]
    rows = [
        [g["file"], g["metric"], g["rule"], fmt(g["value"]), "pass" if g["passed"] else "FAIL"] for g in report["gates"]
    ]
    return header, rows


def compare_rows(comparison: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    header = ["metric", "before", "after", "delta"]
    rows = [
        [m["metric"], fmt(m["before"]), fmt(m["after"]), fmt_delta(m["delta"])]
        for m in comparison["metrics"]
        if m["metric"] in SUMMARY_METRICS
    ]
    return header, rows


def failure_rows(report: dict[str, Any], limit: int | None = None) -> tuple[list[str], list[list[str]]]:
    header = ["id", "check", "expected", "got"]
    failures = report["failures"] if limit is None else report["failures"][:limit]
    width = 160 if limit is not None else 400
    rows = [[f["id"], f["check"], _clip(f["expected"], width), _clip(f["got"], width)] for f in failures]
    return header, rows


# -- markdown --------------------------------------------------------------------------
def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def cell(text: str) -> str:
        return str(text).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(report: dict[str, Any]) -> str:
    parts = [
        f"# Eval report {report['created']}",
        f"Files: {', '.join(report['files'])}; LLM: {report['llm']}; "
        f"gates: {'passed' if report['gates_passed'] else 'FAILED'}.",
    ]
    if report["gates"]:
        parts += ["## Gates", _md_table(*gate_rows(report))]
    parts += ["## Summary", _md_table(*summary_rows(report))]
    if report["baselines"]:
        parts += [
            "## Baselines",
            "bm25 and dense rank the assistant's standalone questions; the assistant's table answers "
            "also count their cited documents as found.",
            _md_table(*baseline_rows(report)),
        ]
    legend = ", ".join(f"{short} = {name}" for name, short in CATEGORY_METRICS.items())
    parts += ["## By category", _md_table(*category_rows(report)), f"Columns: {legend}."]
    comparison = report.get("compare")
    if comparison:
        parts += [f"## Compared with {comparison['against']}", _md_table(*compare_rows(comparison))]
        parts.append(f"Newly failing: {', '.join(comparison['newly_failing']) or 'none'}.")
        parts.append(f"Newly passing: {', '.join(comparison['newly_passing']) or 'none'}.")
    parts += [f"## Failures ({len(report['failures'])})", _md_table(*failure_rows(report))]
    return "\n\n".join(parts) + "\n"


# -- files -----------------------------------------------------------------------------
def ragas_rows(records: Sequence[RunRecord]) -> list[dict[str, Any]]:
    """RAGAS SingleTurnSample fields; a follow-up goes in as its standalone question,
    since a judge sees no history."""
    return [
        {
            "user_input": record.answer.standalone_question or record.item.question.question,
            "retrieved_contexts": record.contexts,
            "response": record.answer.answer,
            "reference": record.item.question.reference_answer,
        }
        for record in records
    ]


def write_reports(report: dict[str, Any], records: Sequence[RunRecord], out: Path) -> None:
    """report.json, report.md and ragas.jsonl under ``out`` (created if needed)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "report.md").write_text(render_markdown(report), encoding="utf-8")
    with (out / "ragas.jsonl").open("w", encoding="utf-8") as handle:
        for row in ragas_rows(records):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


# -- terminal --------------------------------------------------------------------------
def _rich_table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    table = Table(*header, title=title, title_justify="left")
    for row in rows:
        table.add_row(*row)
    return table


def print_report(report: dict[str, Any], console: Console) -> None:
    console.print(_rich_table("Summary", *summary_rows(report)))
    console.print(_rich_table("By category", *category_rows(report)))
    if report["baselines"]:
        console.print(_rich_table("Baselines", *baseline_rows(report)))
    comparison = report.get("compare")
    if comparison:
        console.print(_rich_table(f"Compared with {comparison['against']}", *compare_rows(comparison)))
        console.print(f"newly failing: {', '.join(comparison['newly_failing']) or 'none'}")
        console.print(f"newly passing: {', '.join(comparison['newly_passing']) or 'none'}")
    if report["failures"]:
        shown = min(FAILURES_SHOWN, len(report["failures"]))
        title = f"Failures ({shown} of {len(report['failures'])}; all in report.md)"
        console.print(_rich_table(title, *failure_rows(report, FAILURES_SHOWN)))
    if report["gates"]:
        console.print(_rich_table("Gates", *gate_rows(report)))
    verdict = "[green]gates passed[/]" if report["gates_passed"] else "[red]gates FAILED[/]"
    console.print(verdict if report["gates"] else "no gates for these files")
