"""What kind of answer a text question wants, so the composer quotes a sentence that has it.

"When did X close?" wants a sentence with a date; "What type of drug?" one naming a
modality; "Which territory?" one naming a region. A span holding the wanted kind of thing
scores higher than one that only shares words with the question.
"""

from __future__ import annotations

import re

from assistant.dates import MONTH_PATTERN

_TYPES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "date",
        re.compile(r"^\s*when\b|\bwhat (?:date|day|month|year)\b|\bhow long\b|\bsince when\b", re.IGNORECASE),
        re.compile(rf"\b{MONTH_PATTERN}\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTH_PATTERN}|\b(?:19|20)\d{{2}}-\d{{2}}\b"),
    ),
    (
        "modality",
        re.compile(
            r"\b(?:what|which) (?:type|kind|sort|class|modality)\b|\bwhat (?:drug|molecule|asset|medicine) (?:is|was)\b|"
            r"\bwhat is (?:it|the drug)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bantibod(?:y|ies)\b|\bbispecific\b|\btrispecific\b|\bADCs?\b|\bantibody[- ]drug conjugates?\b|"
            r"\bsmall[- ]molecules?\b|\bpeptides?\b|\bsiRNA\b|\bRNAi\b|\bcell therap(?:y|ies)\b|\bCAR-T\b|"
            r"\bfusion proteins?\b|\binhibitors?\b|\bagonists?\b|\bT-cell engagers?\b|\bvaccines?\b|\bGLP-1\b",
            re.IGNORECASE,
        ),
    ),
    (
        "territory",
        re.compile(r"\b(?:which|what) (?:territor(?:y|ies)|regions?|markets?|countries)\b|\bwhere\b", re.IGNORECASE),
        re.compile(
            r"\bworldwide\b|\bglobal(?:ly)?\b|\boutside (?:of )?(?:mainland )?China\b|\bGreater China\b|"
            r"\bUnited States\b|\bU\.S\.|\bEurope\b|\bJapan\b|\bex-China\b|\brights\b",
            re.IGNORECASE,
        ),
    ),
]
BONUS = 0.3


def wanted_type(query: str) -> str | None:
    return next((name for name, asks, _ in _TYPES if asks.search(query)), None)


def type_bonus(kind: str | None, text: str) -> float:
    """A bonus for a span that holds the kind of thing asked for."""
    if kind is None:
        return 0.0
    holds = next(pattern for name, _, pattern in _TYPES if name == kind)
    return BONUS if holds.search(text) else 0.0
