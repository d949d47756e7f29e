"""A generic outgoing webhook at ``/hooks/outgoing`` in the Mattermost / Rocket.Chat format.

The chat server posts ``token``, ``text`` and ``trigger_word`` (form-encoded or JSON); the token
must equal ``ASSISTANT_WEBHOOK_TOKEN``. The reply is ``{"text": ..., "response_type": "comment"}``,
which both servers post back in the channel (Mattermost as a reply in the thread).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from assistant.errors import AssistantError
from assistant.frontends.httpkit import AnswerPool, ApiError, check_question, cited_text, error_response, same_secret
from assistant.settings import Settings


async def _fields(request: Request) -> dict[str, Any]:
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            body = json.loads(await request.body())
        except ValueError:
            raise ApiError(422, "invalid_request", "the body is not JSON") from None
        if not isinstance(body, dict):
            raise ApiError(422, "invalid_request", "the body is not a JSON object")
        return body
    return dict(await request.form())


def router(pool: AnswerPool, settings: Settings) -> APIRouter:
    routes = APIRouter(include_in_schema=False)

    @routes.post("/hooks/outgoing")
    async def outgoing(request: Request) -> JSONResponse:
        if settings.webhook_token is None:
            return error_response(ApiError(503, "webhook_not_configured", "set ASSISTANT_WEBHOOK_TOKEN"))
        fields = await _fields(request)
        if not same_secret(str(fields.get("token", "")), settings.webhook_token):
            raise ApiError(401, "bad_token", "the webhook token does not match", "token")
        if fields.get("bot") or fields.get("user_name") == "deal-assistant":
            return JSONResponse({})  # never answer a bot, ourselves included
        text = str(fields.get("text", ""))
        trigger = str(fields.get("trigger_word", ""))
        question = text[len(trigger) :].strip() if trigger and text.startswith(trigger) else text.strip()
        try:
            check_question(question, 0, settings)
            reply = cited_text(await pool.ask(question))
        except AssistantError as error:
            reply = f"Sorry, I can't answer that: {error.message}."
        return JSONResponse({"text": reply, "response_type": "comment"})

    return routes
