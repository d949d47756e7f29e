"""``assistant serve`` (the HTTP API and chat adapters) and ``assistant mcp`` (MCP over stdio)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from assistant.frontends.cli_common import console, run_index, server_options, setting_option, settings_from


@click.command()
@server_options(8000, "JSON-lines file Slack's feedback buttons append to (the chat's file).")
@setting_option("api_workers", "--workers")
@setting_option("api_processes", "--processes")
@setting_option("llm")
@setting_option("index_dir")
def serve(
    host: str,
    port: int,
    feedback: Path,
    api_workers: int | None,
    api_processes: int | None,
    llm: str | None,
    index_dir: Path | None,
) -> None:
    """Serve the HTTP API, the OpenAI-compatible endpoint, MCP, Slack, Teams and webhooks.

    \b
    Example:
        assistant serve --port 8000
        assistant serve --port 8000 --processes 2
        curl -s localhost:8000/v1/ask -H 'content-type: application/json' -d '{"question": "How much did Pfizer pay 3SBio upfront?"}'
    """
    import uvicorn

    from assistant.search.indexer import index_exists

    settings = settings_from(api_workers=api_workers, api_processes=api_processes, llm=llm, index_dir=index_dir)
    if not index_exists(settings):
        run_index(settings)  # once, here: the worker processes only load it
    processes = settings.api_processes or os.cpu_count() or 1
    if processes == 1:
        from assistant.answering.assistant import build_assistant
        from assistant.frontends.api import create_app

        app = create_app(build_assistant(settings), settings, feedback)
        console.print(f"API on http://{host}:{port} (docs at /docs)")
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    from assistant.frontends.api import FEEDBACK_ENV

    # uvicorn spawns the workers, which inherit this environment: the options given here reach them
    os.environ.update(settings.environment())
    os.environ[FEEDBACK_ENV] = str(feedback.resolve())
    console.print(f"API on http://{host}:{port} (docs at /docs), {processes} worker processes")
    uvicorn.run(
        "assistant.frontends.api:app_from_environment",
        factory=True,
        workers=processes,
        host=host,
        port=port,
        log_level="warning",
    )


@click.command()
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

    settings = settings_from(llm=llm, index_dir=index_dir)
    if not index_exists(settings):
        run_index(settings)  # progress goes to stderr; stdout carries only the protocol
    run_stdio(AnswerPool(build_assistant(settings), settings.api_workers))
