"""What every HTTP adapter shares: the answer pool, the error shape, auth, limits and rate limits.

The API routes, the OpenAI-compatible endpoint, MCP, Slack, Teams and the generic webhook all
answer through one ``AnswerPool`` (a thread pool sized by ``api_workers``), refuse with one
JSON error shape (``AssistantError.to_dict()``) and check questions against the same limits.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import SecretStr
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant
from assistant.errors import AssistantError
from assistant.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")
_DONE = object()

# Expected failures of the core, by code; anything else an AssistantError says is a bad request.
_CORE_STATUS = {
    "index_missing": 503,
    "table_missing": 503,
    "chroma_unreachable": 503,
    "vector_store_unavailable": 503,
    "embedding_model_missing": 503,
    "manifest_invalid": 500,
    "internal": 500,
    "unknown_deal": 404,
    "upload_rejected": 422,
}
_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 413: "too_large"}


class ApiError(AssistantError):
    """An ``AssistantError`` that knows its HTTP status (and headers such as Retry-After)."""

    def __init__(
        self, status: int, code: str, message: str, location: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(code, message, location)
        self.status = status
        self.headers = headers or {}


def error_response(error: AssistantError) -> JSONResponse:
    """The one error shape: ``{"error": {"code", "message", "location"}}`` with the right status."""
    if isinstance(error, ApiError):
        return JSONResponse(error.to_dict(), status_code=error.status, headers=error.headers)
    return JSONResponse(error.to_dict(), status_code=_CORE_STATUS.get(error.code, 400))


def install_error_handlers(app: FastAPI) -> None:
    """Every error the app can return, FastAPI's own included, leaves in the one shape."""

    async def on_assistant_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, AssistantError)
        return error_response(exc)

    async def on_validation_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        first = exc.errors()[0] if exc.errors() else {"msg": "invalid request", "loc": ()}
        location = ".".join(str(part) for part in first.get("loc", ()))
        return error_response(ApiError(422, "invalid_request", str(first.get("msg")), location or None))

    async def on_http_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return error_response(ApiError(exc.status_code, code, str(exc.detail), headers=dict(exc.headers or {})))

    async def on_bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(ApiError(500, "internal", "the server failed to answer; the error is logged"))

    app.add_exception_handler(AssistantError, on_assistant_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_bug)


def same_secret(given: str | bytes, expected: SecretStr | str) -> bool:
    """Constant-time comparison, so a wrong token's timing says nothing about the right one."""
    wanted = expected.get_secret_value() if isinstance(expected, SecretStr) else expected
    given_bytes = given.encode() if isinstance(given, str) else given
    return hmac.compare_digest(given_bytes, wanted.encode())


def check_bearer(authorization: str | None, settings: Settings) -> None:
    """Refuse with 401 unless ``api_token`` is unset or the header carries it."""
    if settings.api_token is None:
        return
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not same_secret(token.strip(), settings.api_token):
        raise ApiError(
            401,
            "unauthorized",
            "send Authorization: Bearer <ASSISTANT_API_TOKEN>",
            "Authorization",
            {"WWW-Authenticate": "Bearer"},
        )


def check_question(question: str, history_turns: int, settings: Settings) -> None:
    """The request limits every adapter applies, each refusal naming its limit."""
    if not question.strip():
        raise ApiError(422, "empty_question", "the question is empty", "question")
    if len(question) > settings.api_max_question_chars:
        raise ApiError(
            422,
            "question_too_long",
            f"the question has {len(question):,} characters; the limit is {settings.api_max_question_chars:,}",
            "question",
        )
    if history_turns > settings.api_max_history_turns:
        raise ApiError(
            422,
            "history_too_long",
            f"the history has {history_turns} turns; the limit is {settings.api_max_history_turns}",
            "history",
        )


def cited_text(answer: Answer) -> str:
    """The answer with its sources as numbered Markdown links and their quotes."""
    lines = [answer.answer]
    sources = answer.citations or answer.closest
    if sources:
        lines.append("")
        for citation in sources:
            title = f"[{citation.title}]({citation.url})" if citation.url else citation.title
            dated = f" ({citation.published})" if citation.published else ""
            lines.append(f"[{citation.n}] {title}{dated}, paragraph {citation.paragraph}: “{citation.quote}”")
    return "\n".join(lines)


class RateLimiter:
    """A token bucket per client: ``per_minute`` requests, refilled evenly over the minute."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        """Take one request from ``client``'s bucket or refuse with 429 and Retry-After."""
        if self.per_minute <= 0:
            return
        rate = self.per_minute / 60.0
        with self._lock:
            now = self.clock()
            tokens, last = self._buckets.pop(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens < 1.0:
                self._buckets[client] = (tokens, now)
                wait = math.ceil((1.0 - tokens) / rate)
                raise ApiError(
                    429,
                    "rate_limited",
                    f"more than {self.per_minute} requests a minute; retry in {wait} s",
                    "client",
                    {"Retry-After": str(wait)},
                )
            self._buckets[client] = (tokens - 1.0, now)
            while len(self._buckets) > 10_000:  # forget the least recent clients
                self._buckets.popitem(last=False)


def client_key(authorization: str | None, address: str | None) -> str:
    """Who a request counts against: its token when it has one (hashed), else its address."""
    if authorization:
        return "token:" + hashlib.sha256(authorization.encode()).hexdigest()[:16]
    return "address:" + (address or "unknown")


class AnswerPool:
    """Runs ``Assistant.ask`` and ``stream`` on worker threads, at most ``api_workers`` at once,
    so the event loop keeps serving health checks, acks and other requests meanwhile."""

    def __init__(self, assistant: Assistant, workers: int) -> None:
        self.assistant = assistant
        self.limiter = anyio.CapacityLimiter(workers)

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        return await anyio.to_thread.run_sync(function, *args, limiter=self.limiter)

    async def ask(self, question: str, history: list[Turn] | None = None) -> Answer:
        return await self.run(self.assistant.ask, question, history or [])

    async def stream(self, question: str, history: list[Turn] | None = None) -> AsyncIterator[str | Answer]:
        pieces = self.assistant.stream(question, history or [])
        while True:
            piece = await self.run(next, pieces, _DONE)
            if piece is _DONE:
                return
            yield piece


class SeenKeys:
    """Keys seen recently (Slack event ids, message timestamps), so a retry is answered once."""

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, key: str) -> bool:
        with self._lock:
            if key in self._seen:
                return False
            self._seen[key] = None
            while len(self._seen) > self.capacity:
                self._seen.popitem(last=False)
            return True
