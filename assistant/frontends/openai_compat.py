"""An OpenAI-compatible chat endpoint, so Open WebUI, LibreChat, ``ChatOpenAI`` or the ``openai``
client can use the assistant as a "model".

The last user message is the question and the earlier turns the history; citations go in the
message text as numbered links, and the whole Answer rides along in an extra ``answer`` field.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from assistant.answer import Answer, Turn
from assistant.errors import AssistantError
from assistant.frontends.httpkit import AnswerPool, ApiError, check_question, cited_text
from assistant.settings import Settings

MODEL_ID = "deal-assistant"


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(BaseModel):
    """The fields we read; the rest of OpenAI's request (temperature, ...) is accepted and ignored."""

    model_config = ConfigDict(extra="allow")

    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False


def message_text(message: ChatMessage) -> str:
    """Text of a message whose content is a string or a list of parts (only text parts count)."""
    if isinstance(message.content, str):
        return message.content
    parts = message.content or []
    return "\n".join(str(part.get("text", "")) for part in parts if part.get("type") == "text")


def question_and_history(messages: list[ChatMessage]) -> tuple[str, list[Turn]]:
    """The last user message, and each earlier user message paired with the reply that followed it."""
    users = [index for index, message in enumerate(messages) if message.role == "user"]
    if not users:
        raise ApiError(422, "no_user_message", "the messages hold no user message", "messages")
    history: list[Turn] = []
    for message in messages[: users[-1]]:
        if message.role == "user":
            history.append(Turn(question=message_text(message)))
        elif message.role == "assistant" and history:
            history[-1] = Turn(question=history[-1].question, answer=message_text(message))
    return message_text(messages[users[-1]]), history


def _completion(answer: Answer, model: str, completion_id: str, created: int) -> dict[str, Any]:
    content = cited_text(answer)
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        # no tokenizer sits behind these answers: words stand in for tokens
        "usage": {
            "prompt_tokens": len(answer.question.split()),
            "completion_tokens": len(content.split()),
            "total_tokens": len(answer.question.split()) + len(content.split()),
        },
        "answer": answer.model_dump(mode="json"),
    }


def _chunk(completion_id: str, created: int, model: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def router(pool: AnswerPool, settings: Settings) -> APIRouter:
    routes = APIRouter(tags=["OpenAI-compatible"])

    @routes.get("/models", summary="The one model this server offers")
    async def models() -> dict[str, Any]:
        return {
            "object": "list",
            "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "assistant"}],
        }

    @routes.post("/chat/completions", summary="OpenAI chat completions, plain or streamed")
    async def chat_completions(request: ChatRequest) -> Any:
        question, history = question_and_history(request.messages)
        check_question(question, len(history), settings)
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())
        if not request.stream:
            answer = await pool.ask(question, history)
            return JSONResponse(_completion(answer, request.model, completion_id, created))

        async def chunks() -> AsyncIterator[str]:
            def line(payload: dict[str, Any]) -> str:
                return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"

            yield line(_chunk(completion_id, created, request.model, {"role": "assistant", "content": ""}, None))
            try:
                async for piece in pool.stream(question, history):
                    if isinstance(piece, Answer):
                        sources = cited_text(piece)[len(piece.answer) :]
                        if sources:
                            yield line(_chunk(completion_id, created, request.model, {"content": sources}, None))
                        last = _chunk(completion_id, created, request.model, {}, "stop")
                        last["answer"] = piece.model_dump(mode="json")
                        yield line(last)
                    else:
                        yield line(_chunk(completion_id, created, request.model, {"content": piece}, None))
            except AssistantError as error:
                yield line(error.to_dict())
            yield "data: [DONE]\n\n"

        return StreamingResponse(chunks(), media_type="text/event-stream")

    return routes
