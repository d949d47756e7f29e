"""The ``assistant`` command line: index, data check, search, ask."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from assistant.errors import AssistantError
from assistant.frontends.deals_cli import deals, eval_extraction
from assistant.settings import Settings

console = Console(stderr=True)
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


def _settings(**overrides: Any) -> Settings:
    """Settings from the environment, with the options given on the command line on top."""
    return Settings(**{key: value for key, value in overrides.items() if value is not None})


def setting_option(field: str, *flags: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A click option for one ``Settings`` field: its help, env var and type come from the field.

    The option's value arrives under the field's name, so ``_settings(**kwargs)`` takes it as is.
    """
    info = Settings.model_fields[field]
    annotation = info.annotation
    kind: Any = None
    if annotation is not None and get_origin(annotation) is Literal:
        kind = click.Choice(list(get_args(annotation)))
    elif Path in (annotation, *get_args(annotation)):
        kind = click.Path(file_okay=False, path_type=Path)
    elif int in (annotation, *get_args(annotation)):
        kind = int
    return click.option(
        *(flags or ("--" + field.replace("_", "-"),)),
        field,
        type=kind,
        default=None,
        envvar=f"ASSISTANT_{field.upper()}",
        help=info.description,
    )


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


def run_index(settings: Settings, rebuild: bool = False) -> None:
    """Build or update the index with a progress bar and a summary (shared by index and chat)."""
    from assistant.search.embeddings import load_index_embeddings
    from assistant.search.indexer import build_index

    def embeddings() -> Any:
        return load_index_embeddings(settings)

    with Progress(
        TextColumn("embedding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True
    ) as progress:
        task = progress.add_task("embedding", total=None)

        def report(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        summary = build_index(settings, embeddings, rebuild=rebuild, progress=report)
    console.print(
        f"[bold]index[/]: {len(summary.added)} added, {len(summary.changed)} changed, "
        f"{len(summary.removed)} removed, {len(summary.repaired)} repaired, {summary.unchanged} unchanged, "
        f"{len(summary.skipped)} skipped; "
        f"{summary.chunks_embedded} chunks embedded, {summary.chunks_total} in the index; {summary.seconds:.2f} s"
    )
    for skipped in summary.skipped:
        console.print(f"[yellow]skipped[/] {escape(skipped.path)}: {escape(skipped.reason)}")
    from assistant.corpus.extracted import refresh_extracted

    extraction = refresh_extracted(settings, summary)  # new or changed articles propose deal rows
    if extraction.extracted or extraction.retired:
        console.print(f"[bold]extraction[/]: {escape(extraction.summary())}")


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
@click.option("--host", default="127.0.0.1", show_default=True, envvar="ASSISTANT_HOST", help="Interface to listen on.")
@click.option("--port", default=7860, show_default=True, envvar="ASSISTANT_PORT", help="Port to listen on.")
@click.option(
    "--feedback",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("feedback/feedback.jsonl"),
    show_default=True,
    help="JSON-lines file the feedback buttons append to.",
)
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


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, envvar="ASSISTANT_HOST", help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, envvar="ASSISTANT_PORT", help="Port to listen on.")
@click.option(
    "--feedback",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("feedback/feedback.jsonl"),
    show_default=True,
    help="JSON-lines file Slack's feedback buttons append to (the chat's file).",
)
@setting_option("api_workers", "--workers")
@setting_option("llm")
@setting_option("index_dir")
def serve(
    host: str, port: int, feedback: Path, api_workers: int | None, llm: str | None, index_dir: Path | None
) -> None:
    """Serve the HTTP API, the OpenAI-compatible endpoint, MCP, Slack, Teams and webhooks.

    \b
    Example:
        assistant serve --port 8000
        curl -s localhost:8000/v1/ask -H 'content-type: application/json' -d '{"question": "How much did Pfizer pay 3SBio upfront?"}'
    """
    import uvicorn

    from assistant.answering.assistant import build_assistant
    from assistant.frontends.api import create_app
    from assistant.search.indexer import index_exists

    settings = _settings(api_workers=api_workers, llm=llm, index_dir=index_dir)
    if not index_exists(settings):
        run_index(settings)
    app = create_app(build_assistant(settings), settings, feedback)
    console.print(f"API on http://{host}:{port} (docs at /docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@setting_option("llm")
@setting_option("index_dir")
def mcp(llm: str | None, index_dir: Path | None) -> None:
    """Serve the MCP tools (ask, get_deal, find_deals, ...) over stdio for desktop AI clients.

    \b
    Example:
        assistant mcp
    """
    from assistant.answering.assistant import build_assistant
    from assistant.frontends.httpkit import AnswerPool
    from assistant.frontends.mcp_server import run_stdio
    from assistant.search.indexer import index_exists

    settings = _settings(llm=llm, index_dir=index_dir)
    if not index_exists(settings):
        run_index(settings)  # progress goes to stderr; stdout carries only the protocol
    run_stdio(AnswerPool(build_assistant(settings), settings.api_workers))


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
cli.add_command(eval_extraction)


def main() -> None:
    cli(prog_name="assistant")


if __name__ == "__main__":
    main()
