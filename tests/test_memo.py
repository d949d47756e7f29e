"""A question's reading is kept for the next stage that reads it, and each stage gets its own copy."""

from __future__ import annotations

from pydantic import BaseModel

from assistant.routing.memo import copied_cache


class _Reading(BaseModel):
    words: list[str] = []


def test_copied_cache_reads_once_and_hands_out_copies() -> None:
    calls: list[str] = []

    @copied_cache(maxsize=4)
    def read(question: str) -> _Reading:
        calls.append(question)
        return _Reading(words=question.split())

    first = read("total ufp AZ")
    first.words.append("changed by a stage")  # a stage changing what it was handed
    second = read("total ufp AZ")
    assert calls == ["total ufp AZ"]  # read once
    assert second.words == ["total", "ufp", "AZ"]  # the kept reading is untouched
    assert first is not second
