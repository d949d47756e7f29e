"""A reading kept for the last few questions: one question is read by several stages (the router, the
coverage check, the part splitter), each of which may change what it is handed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from pydantic import BaseModel

P = ParamSpec("P")
M = TypeVar("M", bound=BaseModel)


def copied_cache(maxsize: int) -> Callable[[Callable[P, M]], Callable[P, M]]:
    """``functools.lru_cache`` that hands each caller its own deep copy of the model it keeps."""

    def wrap(read: Callable[P, M]) -> Callable[P, M]:
        kept: Callable[..., Any] = functools.lru_cache(maxsize=maxsize)(read)

        @functools.wraps(read)
        def copy(*args: P.args, **kwargs: P.kwargs) -> M:
            reading: M = kept(*args, **kwargs)
            return reading.model_copy(deep=True)

        return copy

    return wrap
