"""The ``assistant`` command line: index, data check, search, ask."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from assistant.errors import AssistantError
from assistant.frontends.cli_common import console, run_index, server_options, setting_option
from assistant.frontends.cli_common import settings_from as _settings
from assistant.frontends.deals_cli import deals, eval_extraction
from assistant.frontends.serve_cli import mcp, serve

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


class _Group(click.Group):
    """Turns expected failures into one-line errors; bugs keep their traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AssistantError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS)
@click.option("-v", "--verbose", is_flag=True, help="Log what happens.")
def cli(verbose: bool) -> None:
    """Answers about Chinese drug out-licensing deals, with exact figures and citations."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


@cli.command()
@click.option("--rebuild", is_flag=True, help="Drop the index and embed everything again.")
@setting_option("documents_dir", "--documents")
@setting_option("index_dir")
def index(rebuild: bool, documents_dir: Path | None, index_dir: Path | None) -> None:
    """Index the articles in documents/ (only what changed).

    \b
    Example:
        assistant index
        assistant index --rebuild --documents my-articles/
    """
    run_index(_settings(documents_dir=documents_dir, index_dir=index_dir), rebuild=rebuild)


@cli.group()
def data() -> None:
    """The deal, market and company tables."""


@data.command("check")
@setting_option("documents_dir", "--documents")
def data_check(documents_dir: Path | None) -> None:
    """Prove every figure in the tables stands, with its value, in its cited passage.

    \b
    Example:
        assistant data check
    """
    from assistant.corpus.datacheck import run_data_check

    settings = _settings(documents_dir=documents_dir)
    report = run_data_check(settings.documents_dir, settings.max_file_bytes)
    for problem in report.problems:
        click.echo(str(problem), err=True)
    click.echo(
        f"data check: {report.deals} deals, {report.market_stats} market stats, {report.companies} companies; "
        f"{report.figures_checked} figures checked; {len(report.problems)} problem(s)"
    )
    if not report.ok:
        raise SystemExit(1)


@cli.command()
@click.argument("query")
@click.option("-k", "k", default=5, show_default=True, help="How many chunks to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@setting_option("index_dir")
def search(query: str, k: int, as_json: bool, index_dir: Path | None) -> None:
    """Show the chunks hybrid retrieval ranks highest for QUERY.

    \b
    Example:
        assistant search "Pfizer 3SBio upfront" -k 3
    """
    from assistant.search.embeddings import load_query_embeddings
    from assistant.search.indexer import index_exists
    from assistant.search.retrieval import build_retriever

    settings = _settings(index_dir=index_dir)
    if not index_exists(settings):
        raise AssistantError("index_missing", "no index yet: run `assistant index` first", str(settings.index_dir))
    retriever = build_retriever(settings, load_query_embeddings(settings.resolved_embedding_model_path()))
    hits = retriever.search(query, k=k)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {"id": hit.id, "score": hit.metadata["score"], "text": hit.page_content, "metadata": hit.metadata}
                    for hit in hits
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    table = Table("rank", "id", "score", "text", show_lines=True)
    for rank, hit in enumerate(hits, start=1):
        table.add_row(str(rank), str(hit.id), f"{hit.metadata['score']:.4f}", hit.page_content[:300])
    Console().print(table)


def _answer_text(answer: Any) -> str:
    lines = [answer.answer]
    if answer.standalone_question != answer.question:
        lines.insert(0, f"({answer.standalone_question})")
    for citation in answer.citations or answer.closest:
        lines.append(
            f"  [{citation.n}] {citation.title} ({citation.published}), paragraph {citation.paragraph}: {citation.url}"
        )
    return "\n".join(lines)


@cli.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the Answer as JSON (one line).")
@setting_option("llm")
@setting_option("index_dir")
def ask(question: str | None, as_json: bool, llm: str | None, index_dir: Path | None) -> None:
    """Answer QUESTION with exact figures and citations; no QUESTION opens a prompt.

    \b
    Examples:
        assistant ask "How much did Pfizer pay 3SBio upfront?"
        assistant ask --json "What did Merck pay Chinese companies upfront in 2024, in total?"
        echo '{"question": "And the milestones?", "history": [{"question": "How much did Pfizer pay 3SBio upfront?"}]}' | assistant ask --json -
    """
    from assistant.answer import Turn
    from assistant.answering.assistant import build_assistant

    assistant = build_assistant(_settings(index_dir=index_dir, llm=llm))
    if question == "-":
        from assistant.frontends.jsonlines import answer_lines

        for line in answer_lines(assistant, sys.stdin.buffer):
            click.echo(line)
        return
    if question is not None:  # "" is an empty question, not a request for the prompt
        answer = assistant.ask(question)
        click.echo(answer.model_dump_json() if as_json else _answer_text(answer))
        return
    history: list[Turn] = []
    console.print("Ask about Chinese out-licensing deals (empty line to quit).")
    while True:
        try:
            line = click.prompt("?", default="", show_default=False, prompt_suffix=" ")
        except (EOFError, click.Abort):
            break
        if not line.strip():
            break
        answer = assistant.ask(line, history)
        click.echo(answer.model_dump_json() if as_json else _answer_text(answer))
        history.append(Turn(question=line, answer=answer))


@cli.command()
@server_options(7860, "JSON-lines file the feedback buttons append to.")
@setting_option("llm")
def chat(host: str, port: int, feedback: Path, llm: str | None) -> None:
    """Open the Gradio chat on the bundled corpus (indexing first if needed).

    \b
    Example:
        assistant chat --port 7860
    """
    from assistant.answering.assistant import build_assistant
    from assistant.frontends.webchat import launch
    from assistant.search.indexer import index_exists

    settings = _settings(llm=llm)
    if not index_exists(settings):
        run_index(settings)
    console.print(f"chat on http://{escape(host)}:{port}")
    launch(build_assistant(settings), host, port, feedback)


@cli.command("eval")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@setting_option("llm")
@click.option(
    "--baseline",
    "baselines",
    multiple=True,
    type=click.Choice(["bm25", "dense", "naive-rag"]),
    help="Also score a baseline in the same run (repeatable).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Report folder; default evals/reports/<UTC timestamp>/.",
)
@click.option(
    "--compare",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An earlier report.json to diff against.",
)
@click.option(
    "--thresholds",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gates file; default thresholds.json beside the question files.",
)
@setting_option("index_dir")
def eval_command(
    files: tuple[Path, ...],
    llm: str | None,
    baselines: tuple[str, ...],
    out: Path | None,
    compare: Path | None,
    thresholds: Path | None,
    index_dir: Path | None,
) -> None:
    """Score the assistant on eval question files; exit 1 when a gated file misses a threshold.

    \b
    Examples:
        assistant eval evals/core.jsonl
        assistant eval evals/*.jsonl --baseline bm25 --baseline dense --compare evals/reports/old/report.json
    """
    from assistant.evaluation.runner import run_eval

    report = run_eval(
        _settings(index_dir=index_dir, llm=llm),
        list(files),
        baselines=baselines,
        out=out,
        compare=compare,
        thresholds=thresholds,
    )
    if not report["gates_passed"]:
        raise SystemExit(1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option(
    "--quick", is_flag=True, help="A few articles, a sample of questions, 1 and 8 users (under a minute; CI)."
)
@click.option("--encoders", is_flag=True, help="Also build the corpus with every encoder and score recall@5 (slow).")
@click.option("--users", "users", multiple=True, type=int, help="Concurrent users to measure (repeatable).")
@setting_option("documents_dir", "--documents")
@setting_option("index_dir")
@setting_option("embedding_encoder", "--encoder")
def bench(
    as_json: bool,
    quick: bool,
    encoders: bool,
    users: tuple[int, ...],
    documents_dir: Path | None,
    index_dir: Path | None,
    embedding_encoder: str | None,
) -> None:
    """Measure indexing, answers, cold start, memory, many users and the naive-RAG baseline here.

    \b
    Examples:
        assistant bench --quick
        assistant bench --json --encoders
    """
    from assistant.evaluation.bench import render_table, run_bench

    settings = _settings(documents_dir=documents_dir, index_dir=index_dir, embedding_encoder=embedding_encoder)
    result = run_bench(
        settings, quick=quick, encoders=encoders, users=users or None, progress=lambda step: console.print(step)
    )
    if as_json:
        click.echo(json.dumps(result, default=str))
        return
    table = Table("figure", "value")
    for name, value in render_table(result):
        table.add_row(name, value)
    Console().print(table)


cli.add_command(deals)
cli.add_command(serve)
cli.add_command(mcp)
cli.add_command(eval_extraction)


def main() -> None:
    cli(prog_name="assistant")


if __name__ == "__main__":
    main()
