"""Question answering over Chinese drug out-licensing deals: exact figures, cited passages."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.answering.assistant import Assistant
    from assistant.settings import Settings

__all__ = ["build_assistant"]


def build_assistant(settings: Settings | None = None) -> Assistant:
    """Wire the whole assistant (router, tools, retriever, composer); nothing happens at import."""
    from assistant.answering.assistant import build_assistant as _build

    return _build(settings)
