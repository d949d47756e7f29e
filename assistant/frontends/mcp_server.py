"""The MCP server: ``ask`` plus every tool of the registry, with its typed arguments and description.

Built with the ``mcp`` SDK's ``MCPServer`` (FastMCP before mcp 2). ``assistant mcp`` serves it
over stdio; ``assistant serve`` mounts the same server over streamable HTTP at ``/mcp``. Tool
calls run on the current snapshot's ``DealTools`` in the answer pool's threads.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from assistant.answer import Turn
from assistant.errors import AssistantError
from assistant.frontends.httpkit import AnswerPool, RateLimiter, check_bearer, check_question, client_key
from assistant.frontends.httpkit import error_response as error_json
from assistant.settings import Settings
from assistant.tools.registry import TOOLS, ToolSpec

INSTRUCTIONS = (
    "Answers about cross-border out-licensing deals by Chinese drugmakers. Use `ask` for a question in plain "
    "language (it routes, computes with exact decimals and cites articles); use the deal tools for one figure or "
    "a computation you specify. Every figure comes back with the quoted sentence behind it."
)
ASK_DESCRIPTION = (
    "Answer a question about Chinese drug out-licensing deals: exact figures from the deal table and cited "
    "passages from articles. Returns the Answer: text with [n] markers, figures (value, qualifier, citations), "
    "citations (document, paragraph, exact quote, url), the route taken and the resolved question. Pass earlier "
    "questions of the conversation, oldest first, as history so a follow-up ('And the milestones?') resolves."
)


def _tool_function(pool: AnswerPool, spec: ToolSpec) -> Callable[..., Coroutine[Any, Any, dict[str, Any]]]:
    """A coroutine whose signature is the tool's argument model, field by field, so MCP clients
    see the same typed arguments and descriptions as the registry."""
    parameters = []
    for name, info in spec.args_model.model_fields.items():
        annotation: Any = info.annotation
        if info.description:
            annotation = Annotated[annotation, Field(description=info.description)]
        default = inspect.Parameter.empty if info.is_required() else info.get_default(call_default_factory=True)
        parameters.append(
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
        )

    async def run(**arguments: Any) -> dict[str, Any]:
        try:
            args = spec.args_model.model_validate(arguments)
            result = await pool.run(pool.assistant.snapshot.tools.invoke, args)
        except AssistantError as error:
            raise ToolError(json.dumps(error.to_dict())) from error
        return result.model_dump(mode="json")

    run.__signature__ = inspect.Signature(parameters, return_annotation=dict[str, Any])  # type: ignore[attr-defined]
    run.__name__ = spec.name
    return run


def build_server(pool: AnswerPool) -> MCPServer:
    """The MCP server over one answer pool: ``ask`` and the registry's tools."""
    server: MCPServer = MCPServer(name="deal-assistant", instructions=INSTRUCTIONS, log_level="WARNING")
    settings = pool.assistant.settings

    async def ask(
        question: Annotated[str, Field(description="The question, in plain language.")],
        history: Annotated[list[str], Field(description="Earlier questions of the conversation, oldest first.")] = [],  # noqa: B006 - read only; the SDK copies defaults into its argument model
    ) -> dict[str, Any]:
        try:
            check_question(question, len(history), settings)
            answer = await pool.ask(question, [Turn(question=earlier) for earlier in history])
        except AssistantError as error:
            # an expected refusal reaches the model in the API's one error shape
            raise ToolError(json.dumps(error.to_dict())) from error
        return answer.model_dump(mode="json")

    server.add_tool(ask, name="ask", description=ASK_DESCRIPTION)
    for spec in TOOLS:
        server.add_tool(_tool_function(pool, spec), name=spec.name, description=spec.description)
    return server


class _Guarded:
    """The streamable HTTP endpoint behind the API's bearer token and rate limit."""

    def __init__(self, server: MCPServer, settings: Settings, limiter: RateLimiter) -> None:
        self.server = server
        self.settings = settings
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
        authorization = headers.get("authorization")
        client = scope.get("client")
        try:
            check_bearer(authorization, self.settings)
            self.limiter.check(client_key(authorization, client[0] if client else None))
        except AssistantError as error:
            await error_json(error)(scope, receive, send)
            return
        await self.server.session_manager.handle_request(scope, receive, send)


def http_routes(server: MCPServer, settings: Settings, limiter: RateLimiter) -> list[Route]:
    """The ``/mcp`` route for the API app (call ``running`` in the app's lifespan)."""
    # Stateless: any worker behind a load balancer can take any request. DNS-rebinding checks
    # are off because the server may sit behind any host name; ASSISTANT_API_TOKEN guards it.
    server.streamable_http_app(
        streamable_http_path="/mcp",
        stateless_http=True,
        json_response=True,
        transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
    )
    return [Route("/mcp", endpoint=_Guarded(server, settings, limiter), methods=["GET", "POST", "DELETE"])]


@asynccontextmanager
async def running(server: MCPServer) -> AsyncIterator[None]:
    """The session manager's task group, for the lifetime of the HTTP app."""
    async with server.session_manager.run():
        yield


def run_stdio(pool: AnswerPool) -> None:
    """Serve MCP over stdin/stdout (``assistant mcp``), for desktop clients that launch a command."""
    build_server(pool).run("stdio")
