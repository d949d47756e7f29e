"""Slack, Teams and the generic webhook over real HTTP; Slack's Web API is a local fake that
records what the bot posted (the one outside service we fake)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from slack_sdk.signature import SignatureVerifier

from assistant.answer import Answer, AnswerFigure, Citation, Turn
from assistant.answering.assistant import Assistant, build_assistant
from assistant.frontends.api import create_app
from assistant.frontends.slack_blocks import MAX_BLOCKS, MAX_FIELDS, MAX_SECTION_TEXT, answer_messages, escape
from assistant.settings import Settings
from tests.servers import FakeSlack, uvicorn_server, wait_for

pytestmark = pytest.mark.slow
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TEAMS_SECRET = base64.b64encode(b"teams-shared-secret-0123456789").decode()
WEBHOOK_TOKEN = "mm-token-4411"
UPFRONT = "How much did Pfizer pay 3SBio upfront?"


class Served:
    def __init__(self, url: str, assistant: Assistant, slack: FakeSlack, feedback: Path) -> None:
        self.url, self.assistant, self.slack, self.feedback = url, assistant, slack, feedback
        self.http = httpx.Client(base_url=url, timeout=30)
        self.events = 0

    def slack_post(
        self, body: bytes, content_type: str, timestamp: int | None = None, headers: dict[str, str] | None = None
    ) -> httpx.Response:
        """POST to /slack/events signed as Slack signs (v0, HMAC-SHA256 of v0:timestamp:body)."""
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        signature = SignatureVerifier(SIGNING_SECRET).generate_signature(timestamp=stamp, body=body)
        sent = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature,
            **(headers or {}),
        }
        return self.http.post("/slack/events", content=body, headers=sent)

    def event(self, event: dict[str, Any], event_id: str | None = None, **kwargs: Any) -> httpx.Response:
        self.events += 1
        envelope = {
            "token": "unused",
            "team_id": "T1",
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id or f"Ev{self.events:04d}",
            "event_time": int(time.time()),
            "event": event,
        }
        return self.slack_post(json.dumps(envelope).encode(), "application/json", **kwargs)

    def mention(self, channel: str, text: str, thread_ts: str | None = None) -> dict[str, Any]:
        """A person mentions the bot: Slack stores the message, then sends the event."""
        message = self.slack.user_message(channel, f"<@{FakeSlack.BOT_USER}> {text}", thread_ts)
        return {**message, "type": "app_mention"}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, bundled_settings: Settings) -> Iterator[Served]:
    feedback = tmp_path_factory.mktemp("feedback") / "feedback.jsonl"
    with FakeSlack() as slack:
        settings = bundled_settings.model_copy(
            update={
                "slack_signing_secret": SIGNING_SECRET,
                "slack_bot_token": "xoxb-test",
                "slack_api_url": f"{slack.url}/api/",
                "teams_secret": TEAMS_SECRET,
                "webhook_token": WEBHOOK_TOKEN,
                "api_token": "the-api-token",  # the chat endpoints check their own secrets instead
            }
        )
        settings = Settings.model_validate(settings.model_dump())  # secrets as SecretStr
        assistant = build_assistant(settings)
        with uvicorn_server(create_app(assistant, settings, feedback)) as url:
            served = Served(url, assistant, slack, feedback)
            yield served
            served.http.close()


def section_text(message: dict[str, Any]) -> str:
    return "\n".join(
        block["text"]["text"] for block in message["blocks"] if block["type"] == "section" and "text" in block
    )


# -- Slack: signatures ------------------------------------------------------------------
def test_slack_url_verification_is_answered_when_signed(served: Served) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"}).encode()
    response = served.slack_post(body, "application/json")
    assert response.status_code == 200 and "abc123" in response.text


def test_slack_refuses_bad_signatures_and_stale_timestamps(served: Served) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "abc123"}).encode()
    forged = served.http.post(
        "/slack/events",
        content=body,
        headers={
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": str(int(time.time())),
            "X-Slack-Signature": "v0=" + "0" * 64,
        },
    )
    assert forged.status_code == 401 and forged.json()["error"]["code"] == "bad_signature"
    stale = served.slack_post(body, "application/json", timestamp=int(time.time()) - 6 * 60)
    assert stale.status_code == 401 and stale.json()["error"]["code"] == "stale_request"
    unsigned = served.http.post("/slack/events", content=body, headers={"Content-Type": "application/json"})
    assert unsigned.status_code == 401


# -- Slack: answers in threads ----------------------------------------------------------
def test_a_mention_is_answered_in_its_thread_with_blocks(served: Served) -> None:
    event = served.mention("C100", UPFRONT)
    assert served.event(event).status_code == 200
    posted = wait_for(lambda: served.slack.posted("C100", event["ts"]))
    core = served.assistant.ask(UPFRONT)
    message = posted[0]
    blocks = message["blocks"] if isinstance(message["blocks"], list) else json.loads(message["blocks"])
    message = {**message, "blocks": blocks}
    assert escape(core.answer) in section_text(message)
    fields = [f["text"] for block in blocks if block["type"] == "section" for f in block.get("fields", [])]
    assert any(figure.display() in field for figure in core.figures for field in fields)
    assert all(f"<{c.url}|" in section_text(message) for c in core.citations if c.url)
    assert blocks[-1]["type"] == "actions" and len(blocks) <= MAX_BLOCKS


def test_a_follow_up_in_the_thread_uses_the_thread_as_history(served: Served) -> None:
    first = served.mention("C200", UPFRONT)
    served.event(first)
    reply = wait_for(lambda: served.slack.posted("C200", first["ts"]))[0]
    follow = served.mention("C200", "And the milestones?", thread_ts=first["ts"])
    served.event(follow)
    replies = wait_for(lambda: served.slack.posted("C200", first["ts"])[1:])
    core = served.assistant.ask("And the milestones?", [Turn(question=UPFRONT, answer=reply["text"])])
    assert replies[0]["text"] == core.answer[: len(replies[0]["text"])]
    milestones = next(f for f in core.figures if "milestone" in f.label)
    deal = served.assistant.tables.deal("3sbio-pfizer-2025")
    assert milestones.value == deal.milestones.amount
    assert any(method == "conversations.replies" for method, _ in served.slack.calls)
    alone = served.assistant.ask("And the milestones?")
    assert alone.answer != core.answer, "without the thread the follow-up would not resolve"


def test_retries_and_bot_messages_get_no_second_reply(served: Served) -> None:
    event = served.mention("C300", "What did Merck pay Chinese companies upfront in 2024, in total?")
    served.event(event, event_id="EvRETRY")
    wait_for(lambda: served.slack.posted("C300", event["ts"]))
    retry = served.event(
        event, event_id="EvRETRY", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert retry.status_code == 200
    twin = {**event, "type": "message", "channel_type": "im"}  # the message event of the same mention
    served.event(twin)
    bot = {**served.slack.user_message("C300", UPFRONT), "type": "message", "bot_id": "BOTHER", "channel_type": "im"}
    served.event(bot)
    sentinel = served.mention("C300", UPFRONT)
    served.event(sentinel)
    wait_for(lambda: served.slack.posted("C300", sentinel["ts"]))
    time.sleep(1.0)  # let any stray reply land before counting
    assert len(served.slack.posted("C300", event["ts"])) == 1
    assert not served.slack.posted("C300", bot["ts"])


def test_a_direct_message_is_answered(served: Served) -> None:
    message = {**served.slack.user_message("D400", UPFRONT), "channel_type": "im"}
    served.event(message)
    posted = wait_for(lambda: served.slack.posted("D400", message["ts"]))
    assert posted[0]["text"] == served.assistant.ask(UPFRONT).answer


def test_slash_command_is_acked_at_once_and_answered_to_response_url(served: Served) -> None:
    response_url = f"{served.slack.url}/respond/cmd-1"
    body = urlencode(
        {
            "command": "/deals",
            "text": UPFRONT,
            "response_url": response_url,
            "user_id": "UHUMAN",
            "channel_id": "C500",
            "team_id": "T1",
            "trigger_id": "1.2.3",
        }
    ).encode()
    started = time.perf_counter()
    ack = served.slack_post(body, "application/x-www-form-urlencoded")
    assert ack.status_code == 200 and time.perf_counter() - started < 3.0
    _, answer = wait_for(lambda: [r for r in served.slack.responses if r[0] == "/respond/cmd-1"])[0]
    assert answer["response_type"] == "in_channel"
    assert answer["text"] == served.assistant.ask(UPFRONT).answer


def test_feedback_buttons_append_to_the_chat_feedback_log(served: Served) -> None:
    question_value = json.dumps({"q": UPFRONT})
    payload = {
        "type": "block_actions",
        "team": {"id": "T1"},
        "user": {"id": "UHUMAN"},
        "api_app_id": "A1",
        "container": {"type": "message", "channel_id": "C600", "message_ts": "1.0"},
        "channel": {"id": "C600"},
        "message": {"type": "message", "text": "Pfizer agreed to pay 3SBio ...", "ts": "1.0"},
        "response_url": f"{served.slack.url}/respond/fb-1",
        "trigger_id": "1.2.3",
        "actions": [
            {
                "type": "button",
                "action_id": "feedback_wrong",
                "block_id": "b",
                "value": question_value,
                "action_ts": "2",
            }
        ],
    }
    response = served.slack_post(
        urlencode({"payload": json.dumps(payload)}).encode(), "application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    lines = wait_for(lambda: served.feedback.exists() and served.feedback.read_text(encoding="utf-8").splitlines())
    record = json.loads(lines[-1])
    assert record["verdict"] == "wrong" and record["question"] == UPFRONT and record["via"] == "slack"
    assert record["answer"] == "Pfizer agreed to pay 3SBio ..." and record["time"].endswith("Z")


def test_long_answers_are_split_within_block_kit_limits() -> None:
    citations = [
        Citation(
            n=n, doc_id=f"d{n}", title=f"Article {n}", url=f"https://example.org/{n}", paragraph=1, quote="q " * 900
        )
        for n in range(1, 41)
    ]
    figures = [
        AnswerFigure(label=f"figure {n}", value=Decimal(n * 1_000_000), expression="x", citations=[n])
        for n in range(1, 26)
    ]
    text = " ".join(f"Sentence {n} says something long enough to matter [1]." for n in range(400))
    answer = Answer(
        question="q?", standalone_question="q?", answer=text, route="table", figures=figures, citations=citations
    )
    messages = answer_messages(answer)
    assert len(messages) > 1
    blocks = [block for message in messages for block in message["blocks"]]
    assert all(len(message["blocks"]) <= MAX_BLOCKS for message in messages)
    assert all(len(b["text"]["text"]) <= MAX_SECTION_TEXT for b in blocks if b["type"] == "section" and "text" in b)
    assert all(len(b["fields"]) <= MAX_FIELDS for b in blocks if "fields" in b)
    shown = " ".join(b["text"]["text"] for b in blocks if b["type"] == "section" and "text" in b)
    assert " ".join(text.split()) in " ".join(shown.split())
    assert messages[-1]["blocks"][-1]["type"] == "actions"
    assert sum(len(b.get("fields", [])) for b in blocks) == len(figures)


# -- Teams ----------------------------------------------------------------------------------
def _teams_post(served: Served, activity: dict[str, Any], secret: str = TEAMS_SECRET) -> httpx.Response:
    body = json.dumps(activity).encode()
    digest = hmac.new(base64.b64decode(secret), body, hashlib.sha256).digest()
    headers = {"Authorization": "HMAC " + base64.b64encode(digest).decode(), "Content-Type": "application/json"}
    return served.http.post("/teams/webhook", content=body, headers=headers)


def test_teams_answers_a_signed_message_with_citations(served: Served) -> None:
    activity = {"type": "message", "id": "1", "text": f"<at>Deals</at> {UPFRONT}", "from": {"name": "Ana"}}
    response = _teams_post(served, activity)
    assert response.status_code == 200
    reply = response.json()
    core = served.assistant.ask(UPFRONT)
    assert reply["type"] == "message" and reply["text"].startswith(core.answer)
    assert all(f"[{c.title}]({c.url})" in reply["text"] for c in core.citations if c.url)


def test_teams_refuses_a_bad_signature(served: Served) -> None:
    activity = {"type": "message", "text": f"<at>Deals</at> {UPFRONT}"}
    wrong = _teams_post(served, activity, secret=base64.b64encode(b"some-other-secret").decode())
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "bad_signature"
    body = json.dumps(activity).encode()
    unsigned = served.http.post("/teams/webhook", content=body, headers={"Content-Type": "application/json"})
    assert unsigned.status_code == 401


# -- generic webhook ---------------------------------------------------------------------------
def test_generic_webhook_answers_with_the_token_and_refuses_without(served: Served) -> None:
    fields = {"token": WEBHOOK_TOKEN, "trigger_word": "deals", "text": f"deals {UPFRONT}", "user_name": "ana"}
    response = served.http.post("/hooks/outgoing", data=fields)
    assert response.status_code == 200
    assert response.json()["text"].startswith(served.assistant.ask(UPFRONT).answer)
    as_json = served.http.post("/hooks/outgoing", json={**fields, "text": UPFRONT, "trigger_word": ""})
    assert as_json.json()["response_type"] == "comment"
    refused = served.http.post("/hooks/outgoing", data={**fields, "token": "wrong"})
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "bad_token"
