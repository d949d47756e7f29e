"""``assistant ask --json -``: one JSON request a line in, one JSON line out, whatever a line holds.

A line that is not UTF-8, not JSON, not a request object, or that holds text no UTF-8 output
can carry (a lone surrogate) gets the one error shape naming its line; the stream goes on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.answer import Answer, Turn
from assistant.errors import AssistantError

log = logging.getLogger(__name__)


class Asker(Protocol):
    def ask(self, question: str, history: list[Turn] | None = None) -> Answer: ...


class AskLine(BaseModel):
    """One request line: the question and, optionally, the earlier turns."""

    model_config = ConfigDict(extra="ignore")

    question: str
    history: list[Turn] = Field(default_factory=list)


def _error(code: str, message: str, number: int) -> str:
    return json.dumps(AssistantError(code, message, f"stdin:{number}").to_dict())


def read_request(raw: bytes) -> AskLine:
    """The request a line holds, or ``AssistantError("bad_request")`` saying what is wrong with it."""
    try:
        text = raw.decode("utf-8")
        request = json.loads(text)
    except UnicodeDecodeError as exc:
        raise AssistantError("bad_request", f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except (ValueError, RecursionError) as exc:
        raise AssistantError("bad_request", f"not JSON: {exc}"[:300]) from exc
    if not isinstance(request, dict):
        raise AssistantError("bad_request", f'not a request object {{"question": ...}} but {type(request).__name__}')
    try:
        json.dumps(request, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise AssistantError("bad_request", "the text holds an unpaired surrogate (\\ud800-\\udfff)") from exc
    try:
        return AskLine.model_validate(request)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise AssistantError("bad_request", f"{where}: {first['msg']}") from exc


def answer_lines(assistant: Asker, lines: Iterable[bytes]) -> Iterator[str]:
    """One JSON line per non-blank input line: the Answer, or the error with ``stdin:<line>``."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            request = read_request(raw)
            answer = assistant.ask(request.question, request.history)
        except AssistantError as error:
            yield _error(error.code, error.message, number)
            continue
        except Exception as exc:  # a bug: logged with its traceback, and the next line still answered
            log.exception("stdin:%s: answering failed", number)
            yield _error("internal", f"{type(exc).__name__}: {exc}"[:300], number)
            continue
        yield answer.model_dump_json()
