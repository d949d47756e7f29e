"""The HTTP API (``assistant serve``): ask, stream, deals, uploads and health, plus the adapters.

``create_app(assistant, settings)`` builds the FastAPI app; nothing is built at import time.
``app_from_environment`` is the factory each worker process of ``assistant serve --processes N``
calls: its settings and feedback path come from the environment the parent exported.
The OpenAI-compatible endpoint, MCP, Slack, Teams and the generic webhook are mounted on the
same app and answer through the same ``AnswerPool``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import APIRouter, Depends, FastAPI, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sse_starlette import EventSourceResponse, ServerSentEvent

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant, build_assistant
from assistant.corpus.documents import ARTICLE_SUFFIXES
from assistant.corpus.tables import MONEY_FIELDS, Deal
from assistant.errors import AssistantError
from assistant.frontends import mcp_server, openai_compat, slack, teams, webhooks
from assistant.frontends.httpkit import (
    AnswerPool,
    ApiError,
    RateLimiter,
    check_bearer,
    check_question,
    client_key,
    install_error_handlers,
)
from assistant.frontends.redact import install_redaction
from assistant.frontends.uploads import ArticleAdder
from assistant.search.indexer import index_exists, live_collection_name, load_manifest
from assistant.search.store import CHROMA_DIR, chroma_client
from assistant.settings import Settings
from assistant.tools.dealfilter import matches
from assistant.tools.schema import DealFilter

DEFAULT_FEEDBACK = Path("feedback/feedback.jsonl")
FEEDBACK_ENV = "ASSISTANT_SERVE_FEEDBACK"  # the feedback path a worker process appends to
_bearer = HTTPBearer(auto_error=False, description="ASSISTANT_API_TOKEN, when the server has one.")


class AskRequest(BaseModel):
    question: str = Field(description="The question, in plain language.")
    history: list[Turn] = Field(
        default_factory=list, description="Earlier turns, oldest first; questions alone are enough."
    )


class ErrorBody(BaseModel):
    code: str
    message: str
    location: str | None = None


class ErrorResponse(BaseModel):
    """The one error shape of the whole API."""

    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": text}
    for status, text in (
        (401, "Missing or wrong bearer token"),
        (422, "A limit or a field is wrong"),
        (429, "Too many requests; see Retry-After"),
    )
}


def create_app(assistant: Assistant, settings: Settings, feedback_path: Path = DEFAULT_FEEDBACK) -> FastAPI:
    """The whole HTTP surface over one assistant."""
    install_redaction(settings)
    pool = AnswerPool(assistant, settings.api_workers)
    limiter = RateLimiter(settings.api_rate_limit)
    adder = ArticleAdder(assistant)
    mcp = mcp_server.build_server(pool)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        async with mcp_server.running(mcp):
            yield

    app = FastAPI(
        title="Deal assistant",
        version="1",
        summary="Exact figures and cited passages about Chinese drug out-licensing deals.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.state.pool = pool

    async def guard(
        request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
    ) -> None:
        # `credentials` puts the bearer scheme in the OpenAPI schema; the raw header is what is checked
        authorization = request.headers.get("authorization")
        check_bearer(authorization, settings)
        limiter.check(client_key(authorization, request.client.host if request.client else None))

    v1 = APIRouter(prefix="/v1", dependencies=[Depends(guard)], responses=ERRORS)

    @v1.post("/ask", response_model=Answer, summary="Answer a question")
    async def ask(request: AskRequest) -> Answer:
        check_question(request.question, len(request.history), settings)
        return await pool.ask(request.question, request.history)

    @v1.post(
        "/ask/stream",
        summary="Answer a question as server-sent events",
        response_class=EventSourceResponse,
        responses={200: {"description": "`piece` events with text, then one `answer` event with the Answer JSON."}},
    )
    async def ask_stream(request: AskRequest) -> EventSourceResponse:
        check_question(request.question, len(request.history), settings)

        async def events() -> AsyncIterator[ServerSentEvent]:
            try:
                async for piece in pool.stream(request.question, request.history):
                    if isinstance(piece, Answer):
                        yield ServerSentEvent(data=piece.model_dump_json(), event="answer")
                    else:
                        yield ServerSentEvent(data=json.dumps(piece), event="piece")
            except AssistantError as error:
                # the status line has gone out already: the error travels as the last event
                yield ServerSentEvent(data=json.dumps(error.to_dict()), event="error")

        return EventSourceResponse(events())

    @v1.get("/deals", summary="Deals in the table, filtered", responses={200: {"content": {"text/csv": {}}}})
    async def deals(
        licensor: str | None = None,
        licensee: str | None = None,
        company: str | None = Query(default=None, description="A company on either side."),
        asset: str | None = None,
        year: int | None = Query(default=None, ge=1900, le=2100),
        modality: str | None = None,
        therapeutic_area: str | None = None,
        status: Literal["announced", "closed", "terminated", "active"] | None = None,
        format: Literal["json", "csv"] = "json",
    ) -> Response:
        wanted = DealFilter(
            licensor=licensor,
            licensee=licensee,
            company=company,
            asset=asset,
            year=year,
            modality=modality,
            therapeutic_area=therapeutic_area,
            status=status,
        )
        snapshot = assistant.snapshot
        found = [deal for deal in snapshot.tables.deals if matches(deal, wanted, snapshot.tools.book.aliases)]
        found.sort(key=lambda deal: deal.announced, reverse=True)
        if format == "csv":
            return Response(deals_csv(found), media_type="text/csv; charset=utf-8")
        return JSONResponse({"count": len(found), "deals": [deal_json(deal) for deal in found]})

    @v1.post("/documents", status_code=201, summary="Add an article and index it at once")
    async def add_document(request: Request, file: UploadFile) -> dict[str, Any]:
        limit = min(settings.api_max_upload_bytes, settings.max_file_bytes)
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit + 64_000:
            raise _too_large(limit)
        name = Path((file.filename or "upload").replace("\\", "/")).name
        if Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
            raise ApiError(415, "unsupported_file_type", f"{name!r}: use one of {', '.join(ARTICLE_SUFFIXES)}", "file")
        data = await file.read(limit + 1)
        if len(data) > limit:
            raise _too_large(limit)
        added = await pool.run(adder.add, name, data)
        return added

    app.include_router(v1)
    app.include_router(openai_compat.router(pool, settings), prefix="/v1", dependencies=[Depends(guard)])
    app.include_router(slack.router(pool, settings, feedback_path))
    app.include_router(teams.router(pool, settings))
    app.include_router(webhooks.router(pool, settings))
    app.router.routes.extend(mcp_server.http_routes(mcp, settings, limiter))

    @app.get("/healthz", summary="Index, tables and Chroma status")
    async def healthz() -> JSONResponse:
        # not on the answer pool: a load balancer's probe must not queue behind answers
        report = await anyio.to_thread.run_sync(health, assistant)
        return JSONResponse(report, status_code=200 if report["status"] == "ok" else 503)

    return app


def app_from_environment() -> FastAPI:
    """One worker process of ``assistant serve --processes N`` (uvicorn calls it as a factory).

    The parent exported its resolved settings as ``ASSISTANT_*`` variables and built the index
    before starting the workers, so each worker only loads what is there.
    """
    settings = Settings()
    feedback = Path(os.environ.get(FEEDBACK_ENV) or DEFAULT_FEEDBACK)
    return create_app(build_assistant(settings), settings, feedback)


def _too_large(limit: int) -> ApiError:
    return ApiError(413, "upload_too_large", f"the file is larger than the limit of {limit:,} bytes", "file")


def health(assistant: Assistant) -> dict[str, Any]:
    """What /healthz reports: the index on disk, the tables loaded, Chroma answering, the process's id."""
    settings = assistant.settings
    started = time.perf_counter()
    tables = assistant.tables
    report: dict[str, Any] = {
        "index": {"exists": index_exists(settings), "documents": len(load_manifest(settings.index_dir).documents)},
        "tables": {
            "deals": len(tables.deals),
            "market_stats": len(tables.market_stats),
            "companies": len(tables.companies),
        },
    }
    try:
        if not settings.chroma_url and not (settings.index_dir / CHROMA_DIR).is_dir():
            # opening an embedded client would create an empty database: report the absence instead
            raise AssistantError("index_missing", f"no Chroma database under {settings.index_dir}")
        # the live collection is the one the manifest names (a rebuild fills a new one beside the old)
        collection = chroma_client(settings).get_collection(live_collection_name(settings))
        report["chroma"] = {"reachable": True, "chunks": collection.count()}
    except Exception as exc:  # any failure here is what the check exists to report
        report["chroma"] = {"reachable": False, "error": f"{type(exc).__name__}: {exc}"}
    healthy = report["index"]["exists"] and report["chroma"]["reachable"] and bool(tables.deals)
    report["status"] = "ok" if healthy else "degraded"
    report["pid"] = os.getpid()  # which worker process answered, behind `assistant serve --processes N`
    report["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return report


def _amount(value: Decimal | None) -> int | str | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else str(value)


def deal_json(deal: Deal) -> dict[str, Any]:
    """A deal as JSON: whole-dollar figures as integers, never floats."""
    row = deal.model_dump(mode="json", exclude={"line"})
    for name in MONEY_FIELDS:
        row[name]["amount"] = _amount(deal.figure(name).amount)  # type: ignore[arg-type]
    return row


CSV_COLUMNS = [
    "deal_id",
    "announced",
    "licensor",
    "licensee",
    "asset",
    "modality",
    "therapeutic_area",
    "territory",
    *[f"{name}_{part}" for name in MONEY_FIELDS for part in ("usd", "qualifier")],
    "status",
    "doc_id",
]


def deals_csv(deals: list[Deal]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS)
    writer.writeheader()
    for deal in deals:
        row: dict[str, Any] = {
            "deal_id": deal.deal_id,
            "announced": deal.announced,
            "licensor": " & ".join(deal.licensors),
            "licensee": " & ".join(deal.licensees),
            "asset": deal.asset,
            "modality": deal.modality,
            "therapeutic_area": deal.therapeutic_area,
            "territory": deal.territory,
            "status": deal.status,
            "doc_id": deal.doc_id,
        }
        for name in MONEY_FIELDS:
            figure = deal.figure(name)  # type: ignore[arg-type]
            row[f"{name}_usd"] = "" if figure.amount is None else _amount(figure.amount)
            row[f"{name}_qualifier"] = figure.qualifier
        writer.writerow(row)
    return out.getvalue()
