"""The one error type of the assistant, with a code and an optional location."""

from __future__ import annotations

from typing import Any


class AssistantError(Exception):
    """An expected failure: bad input, bad data, a missing index.

    ``code`` is a stable machine-readable slug; ``location`` names the file,
    line or field the problem is in, when there is one.
    """

    def __init__(self, code: str, message: str, location: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.location = location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message

    def to_dict(self) -> dict[str, Any]:
        """The single JSON error shape used by every front end."""
        return {"error": {"code": self.code, "message": self.message, "location": self.location}}
