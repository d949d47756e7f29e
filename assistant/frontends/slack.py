"""Slack: slack-bolt in HTTP mode at ``/slack/events`` (events, slash commands, interactivity).

Mentions and direct messages are answered in their thread; a follow-up in a thread is asked
with the thread's earlier questions (and the bot's replies) as history. The history is read
back from Slack with ``conversations.replies`` rather than kept here, so it survives restarts,
is the same for every worker behind a load balancer, and is exactly what the people in the
thread see. A slash command is acknowledged at once and answered to its ``response_url``.

Each request's signature is checked before Bolt sees it (Bolt checks again), so a refusal
leaves in the API's one error shape. A message is answered once: retries of an event
(``X-Slack-Retry-Num``) and the ``app_mention`` + ``message`` pair a mention in a DM produces
carry the same channel and timestamp, and a second sighting is dropped; bot messages are
never answered.
"""

from __future__ import annotations

import json
import logging
import re
import time
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Request, Response
from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from assistant.answer import Answer, Turn
from assistant.errors import AssistantError
from assistant.frontends.feedback import append_feedback
from assistant.frontends.httpkit import AnswerPool, ApiError, SeenKeys, check_question, error_response
from assistant.frontends.slack_blocks import answer_messages, plain_question
from assistant.settings import Settings

log = logging.getLogger(__name__)
SIGNATURE_MAX_AGE_S = 60 * 5


class SlackAdapter:
    """The Bolt app and the few things it remembers (which messages it has answered)."""

    def __init__(self, pool: AnswerPool, settings: Settings, feedback_path: Path) -> None:
        if settings.slack_signing_secret is None or settings.slack_bot_token is None:
            raise AssistantError("slack_not_configured", "set ASSISTANT_SLACK_SIGNING_SECRET and _SLACK_BOT_TOKEN")
        self.pool = pool
        self.settings = settings
        self.feedback_path = feedback_path
        self.seen = SeenKeys()
        self.verifier = SignatureVerifier(settings.slack_signing_secret.get_secret_value())
        base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
        client = AsyncWebClient(token=settings.slack_bot_token.get_secret_value(), base_url=base_url)
        self.bolt = AsyncApp(
            client=client,
            signing_secret=settings.slack_signing_secret.get_secret_value(),
            name="deal-assistant",
        )
        self.bolt.event("app_mention")(self.on_mention)
        self.bolt.event("message")(self.on_message)
        self.bolt.command(re.compile(r"^/"))(self.on_command)
        self.bolt.action(re.compile(r"^feedback_(helpful|wrong)$"))(self.on_feedback)
        self.handler = AsyncSlackRequestHandler(self.bolt)

    # -- transport ------------------------------------------------------------------
    def verify(self, body: bytes, headers: dict[str, str]) -> None:
        """Slack's signing spec: v0 HMAC-SHA256 of ``v0:timestamp:body``, at most 5 minutes old."""
        timestamp = headers.get("x-slack-request-timestamp", "")
        signature = headers.get("x-slack-signature", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > SIGNATURE_MAX_AGE_S:
            raise ApiError(401, "stale_request", "X-Slack-Request-Timestamp is missing or older than 5 minutes")
        if not self.verifier.is_valid(body, timestamp, signature):
            raise ApiError(401, "bad_signature", "X-Slack-Signature does not match the signing secret")

    async def handle(self, request: Request) -> Response:
        self.verify(await request.body(), {key.lower(): value for key, value in request.headers.items()})
        return await self.handler.handle(request)

    # -- answering ------------------------------------------------------------------
    async def _answer(self, question: str, history: list[Turn]) -> list[dict[str, Any]]:
        """The messages to post: the answer, or a one-line refusal naming the limit."""
        try:
            check_question(question, len(history), self.settings)
            answer: Answer = await self.pool.ask(question, history)
        except AssistantError as error:
            return [{"text": f"Sorry, I can't answer that: {error.message}."}]
        return answer_messages(answer)

    async def thread_history(self, client: AsyncWebClient, event: dict[str, Any], bot_user: str | None) -> list[Turn]:
        """Earlier questions in the thread (each with the bot's reply to it), oldest first."""
        thread_ts = event.get("thread_ts")
        if not thread_ts or thread_ts == event.get("ts"):
            return []
        try:
            replies = await client.conversations_replies(channel=event["channel"], ts=thread_ts, limit=200)
        except Exception as exc:  # no history scope, Slack down: answer without history
            log.warning("could not read thread %s: %s", thread_ts, exc)
            return []
        turns: list[Turn] = []
        for message in replies.get("messages") or []:
            if float(message.get("ts", "0")) >= float(event["ts"]):
                continue
            if message.get("bot_id") or (bot_user and message.get("user") == bot_user):
                if turns and not turns[-1].answer:
                    turns[-1] = Turn(question=turns[-1].question, answer=message.get("text", ""))
            elif not message.get("subtype") and plain_question(message.get("text", "")):
                turns.append(Turn(question=plain_question(message.get("text", ""))))
        return turns[-self.settings.api_max_history_turns :] if self.settings.api_max_history_turns else []

    async def reply_in_thread(self, event: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        if event.get("bot_id") or event.get("subtype"):
            return  # bots (ourselves included) and edits, joins, deletions are not questions
        if not self.seen.first_time(f"{event.get('channel')}:{event.get('ts')}"):
            return  # a retry, or the app_mention twin of a message event
        question = plain_question(event.get("text", ""))
        if not question:
            return
        history = await self.thread_history(client, event, getattr(context, "bot_user_id", None))
        for message in await self._answer(question, history):
            await client.chat_postMessage(
                channel=event["channel"], thread_ts=event.get("thread_ts") or event["ts"], **message
            )

    async def on_mention(self, event: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        await self.reply_in_thread(event, client, context)

    async def on_message(self, event: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        if event.get("channel_type") == "im":
            await self.reply_in_thread(event, client, context)

    async def on_command(self, ack: Any, command: dict[str, Any], respond: Any) -> None:
        question = plain_question(command.get("text", ""))
        if not question:
            await ack(
                text=f"Ask a question after the command, e.g. `{command.get('command', '/deals')} "
                "How much did Pfizer pay 3SBio upfront?`"
            )
            return
        await ack()  # within Slack's 3 s; the answer follows on response_url
        for message in await self._answer(question, []):
            await respond(response_type="in_channel", replace_original=False, **message)

    async def on_feedback(self, ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        try:
            question = str(json.loads(action.get("value", "{}")).get("q", ""))
        except json.JSONDecodeError:
            question = ""
        answer = (body.get("message") or {}).get("text", "")
        verdict: Literal["helpful", "wrong"] = "helpful" if action.get("action_id") == "feedback_helpful" else "wrong"
        append_feedback(self.feedback_path, verdict, question, answer, via="slack")


def router(pool: AnswerPool, settings: Settings, feedback_path: Path) -> APIRouter:
    """``POST /slack/events``; without a signing secret and bot token it answers 503."""
    routes = APIRouter(include_in_schema=False)
    configured = settings.slack_signing_secret is not None and settings.slack_bot_token is not None
    adapter = SlackAdapter(pool, settings, feedback_path) if configured else None

    @routes.post("/slack/events")
    async def slack_events(request: Request) -> Response:
        if adapter is None:
            return error_response(
                ApiError(503, "slack_not_configured", "set ASSISTANT_SLACK_SIGNING_SECRET and _SLACK_BOT_TOKEN")
            )
        return await adapter.handle(request)

    return routes
