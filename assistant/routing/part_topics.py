"""A drug code set before a dash as the topic of every part: "YL201 - what is it and how far along when roche
took it" asks both parts of YL201. Split, the second part ("How far along when roche took it?") has lost the code
and names only Roche, so it is answered from Roche's other deals; the code is carried into each later part that
points back at it ("it", "its", "this"), and the asset names the deal again.

A drug code named in the first part is carried the same way into a later part that asks a deal's figure and names
nothing of its own: "Which company bought DB-1418, and what was the total deal value?" asks the second part of
DB-1418 (alone it was "a metric of nothing named" and dropped)."""

from __future__ import annotations

import re
from collections.abc import Callable

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


# any drug code, letters and digits mixed: "DB-1418", "9MW3811", "HS-20093", "IBI363"
_ANY_CODE_RE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,8}(?:-[A-Z0-9]{1,6})?(?![\w-])")
_DEAL_FIGURE_RE = re.compile(
    r"\b(?:up[\s-]?fronts?|total|deal value|headline|milestones?|biobucks|worth|paid|pay|royalt\w*|equity)\b",
    re.IGNORECASE,
)
_OWN_SUBJECT_RE = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:market|trackers?|all deals|deals)\b", re.IGNORECASE)


def code_carried(parts: list[str], names_in: Callable[[str], bool]) -> list[str]:
    """Later parts that ask a deal's figure and name no company, code or period, asked of the first part's code."""
    code = _ANY_CODE_RE.search(parts[0]) if len(parts) >= 2 else None
    if code is None:
        return parts
    return (
        parts[:1]
        + [
            f"{part} for {code.group()}"
            if _DEAL_FIGURE_RE.search(part)
            and not _POINTS_BACK_RE.search(part)  # "what did Roche pay for it": a follow-up of the first part already
            and not _ANY_CODE_RE.search(part)
            and not _OWN_SUBJECT_RE.search(part)
            and not names_in(part)
            else part
            for part in parts[1:]
        ]
    )


# a later part asking when or why the deal did something, or what happened: "幾時 terminate?", "when did it close"
_EVENT_ASK_RE = re.compile(
    r"\b(?:when|why|terminat\w*|clos(?:e|ed|ing)|signed|announced|walk(?:ed)? away)\b|幾時|几时|什么时候|为什么|點解",
    re.IGNORECASE,
)
_TWO_SIDES_RE = re.compile(r"\b(?:or|vs\.?|versus|which|more|most|fewer|compared?)\b|还是|或者|哪|比", re.IGNORECASE)
_ANY_PERIOD_RE = re.compile(r"\b(?:19|20)\d{2}\b|年|\b(?:market|trackers?|deals)\b", re.IGNORECASE)


def pair_carried(parts: list[str], spans: Callable[[str], list[tuple[int, int]]] | None) -> list[str]:
    """Later parts that ask when or why a deal did something and name no company or period, asked of the two
    companies the first part named: "ImmuneOnco 同 Axion 嗰單點解會散? 幾時 terminate?" asks the second part of that
    deal (alone it drew the 3SBio–Pfizer closing, another deal's sentence)."""
    if len(parts) < 2 or spans is None:
        return parts
    names = list(dict.fromkeys(parts[0][start:end] for start, end in spans(parts[0])))
    if len(names) != 2 or _TWO_SIDES_RE.search(parts[0]):
        return parts  # "Which did more deals in 2025, Hengrui or Hansoh? Why?": two sides, no one deal
    return parts[:1] + [
        f"{part} ({names[0]} {names[1]} deal)"
        if _EVENT_ASK_RE.search(part)
        and not spans(part)
        and not _ANY_PERIOD_RE.search(part)
        and not _POINTS_BACK_RE.search(part)
        and not _ANY_CODE_RE.search(part)
        else part
        for part in parts[1:]
    ]
