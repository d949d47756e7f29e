"""Question answering over Chinese drug out-licensing deals: exact figures, cited passages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.settings import Settings

__all__ = ["build_assistant"]


def build_assistant(settings: Settings | None = None) -> Any:
    """Wire the whole assistant (router, tools, retriever, composer); nothing happens at import."""
    from assistant.chain import build_assistant as _build

    return _build(settings)
