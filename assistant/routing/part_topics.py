"""A drug code set before a dash as the topic of every part: "YL201 - what is it and how far along when roche
took it" asks both parts of YL201. Split, the second part ("How far along when roche took it?") has lost the code
and names only Roche, so it is answered from Roche's other deals; the code is carried into each later part that
points back at it ("it", "its", "this"), and the asset names the deal again."""

from __future__ import annotations

import re

# "YL201 - ", "HS-20093: ", "SKB264 — ": a short lead naming a drug code, then a dash or a colon
_TOPIC_RE = re.compile(r"^\s*((?:[\w/&'-]+\s+){0,3}?[A-Z]{1,6}-?\d{2,5}[A-Z]?)\s*(?:\s[-–—]|:)\s+")
_CODE_RE = re.compile(r"(?<![\w-])[A-Z]{1,6}-?\d{2,5}[A-Z]?(?![\w-])")
_POINTS_BACK_RE = re.compile(r"\b(?:it|its|this|that one)\b", re.IGNORECASE)


def with_topic(parts: list[str]) -> list[str]:
    """``parts`` with the first part's leading drug code added to each later part that points back at it."""
    topic = _TOPIC_RE.match(parts[0]) if parts else None
    if topic is None:
        return parts
    code = _CODE_RE.search(topic.group(1))
    if code is None:
        return parts
    return parts[:1] + [
        f"{part} ({code.group()})" if _POINTS_BACK_RE.search(part) and not _CODE_RE.search(part) else part
        for part in parts[1:]
    ]
