"""A clause that says what the answer is for, before the question: "For the historical background section,
which deals signed before 2024 does your table hold?" (session 11).

The clause names the writer's document, not the ask: its "background" read as a question for the
articles (``wording.STRONG_TEXT_RE``), and the list of our rows came back with quoted passages beside it.
A clause "For the/my/our … section / piece / memo / report / deck / …," that names no company, drug,
period or kind of deal is dropped; one that does ("For the 2024 section, …") narrows the question
and stays. Examples are the tests in ``tests/test_kinds11.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

PURPOSE_RE = re.compile(
    r"^\s*for (?:the|my|our|a|an|this|your) (?:[\w-]+\s+){0,3}?"
    r"(?:section|piece|memo|report|deck|slides?|chapter|note|brief|briefing|write-?up|story|article|draft|"
    r"newsletter|presentation|appendix|footnote|box|sidebar|table|chart)\s*[,:—–-]\s*(?=\w)",
    re.IGNORECASE,
)


def without_purpose(question: str, read: Callable[[str], Any]) -> str:
    """``question`` without its opening purpose clause when the clause names nothing ``read`` (a slot
    reader) finds; else ``question``."""
    found = PURPOSE_RE.match(question)
    if found is None:
        return question
    said = read(found.group())
    if said.mentions or said.assets or said.periods or said.has_filters:
        return question
    rest = question[found.end() :]
    return rest[:1].upper() + rest[1:]
