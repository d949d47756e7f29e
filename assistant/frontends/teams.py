"""Microsoft Teams outgoing webhook at ``/teams/webhook``.

Teams signs each request: ``Authorization: HMAC <base64 HMAC-SHA256 of the raw body>``, keyed
with the base64-decoded security token shown when the webhook is created
(``ASSISTANT_TEAMS_SECRET``). The reply is a message with the answer and its sources; Teams
shows it in the same thread. Teams waits 5 seconds for the reply.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import html
import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from assistant.answer import Answer
from assistant.errors import AssistantError
from assistant.frontends.httpkit import AnswerPool, ApiError, check_question, cited_text, error_response, same_secret
from assistant.settings import Settings


def teams_signature(body: bytes, secret_b64: str) -> str:
    """The value Teams puts after ``HMAC `` for ``body``."""
    key = base64.b64decode(secret_b64)
    return base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode()


def question_of(activity: dict[str, Any]) -> str:
    """The message text without the ``<at>bot</at>`` mention and the HTML Teams wraps it in."""
    text = str(activity.get("text") or "")
    text = re.sub(r"<at>.*?</at>", " ", text, flags=re.DOTALL)
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).split())


def answer_markdown(answer: Answer) -> str:
    """The answer, how it was read, then its sources as numbered links with their quotes."""
    read_as = answer.interpretation or answer.standalone_question
    text = cited_text(answer)
    if read_as and read_as != answer.question:
        text = text.replace(answer.answer, f"{answer.answer}\n\n_{read_as}_", 1)
    return text.replace("\n", "\n\n")  # Teams joins single line breaks


def router(pool: AnswerPool, settings: Settings) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    @routes.post("/teams/webhook")
    async def teams_webhook(request: Request) -> JSONResponse:
        if settings.teams_secret is None:
            return error_response(ApiError(503, "teams_not_configured", "set ASSISTANT_TEAMS_SECRET"))
        body = await request.body()
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        try:
            expected = teams_signature(body, settings.teams_secret.get_secret_value())
        except (binascii.Error, ValueError) as exc:
            raise ApiError(500, "teams_secret_invalid", "ASSISTANT_TEAMS_SECRET is not base64") from exc
        if scheme != "HMAC" or not same_secret(given.strip(), expected):
            raise ApiError(401, "bad_signature", "Authorization: HMAC does not match the body", "Authorization")
        try:
            question = question_of(await request.json())
            check_question(question, 0, settings)
            text = answer_markdown(await pool.ask(question))
        except AssistantError as error:
            text = f"Sorry, I can't answer that: {error.message}."
        except ValueError:
            raise ApiError(422, "invalid_request", "the body is not a Teams activity (JSON)") from None
        return JSONResponse({"type": "message", "text": text})

    return routes
