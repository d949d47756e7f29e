"""What the CLI modules share: the stderr console, options derived from ``Settings`` fields,
settings from options, and indexing with a progress bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from assistant.settings import Settings

console = Console(stderr=True)


def settings_from(**overrides: Any) -> Settings:
    """Settings from the environment, with the options given on the command line on top."""
    return Settings(**{key: value for key, value in overrides.items() if value is not None})


def setting_option(field: str, *flags: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A click option for one ``Settings`` field: its help, env var and type come from the field.

    The option's value arrives under the field's name, so ``settings_from(**kwargs)`` takes it as is.
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


FEEDBACK_PATH = Path("feedback/feedback.jsonl")


def server_options(port: int, feedback_help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--host, --port and --feedback for a command that serves (the chat, the API): one declaration."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(
            [
                click.option(
                    "--host",
                    default="127.0.0.1",
                    show_default=True,
                    envvar="ASSISTANT_HOST",
                    help="Interface to listen on.",
                ),
                click.option(
                    "--port", default=port, show_default=True, envvar="ASSISTANT_PORT", help="Port to listen on."
                ),
                click.option(
                    "--feedback",
                    type=click.Path(dir_okay=False, path_type=Path),
                    default=FEEDBACK_PATH,
                    show_default=True,
                    help=feedback_help,
                ),
            ]
        ):
            command = option(command)
        return command

    return decorate


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
