"""A reason asked without "why": "what makes one tracker's yearly China out-licensing total differ from another's?"
(text16b). The question names a measure ("total") and a comparison word ("differ"), so it had been read as the
trackers' total-value growth from 2024 to 2025; it asks what makes the figures differ, which the article on how
trackers define their universe answers. ``read_reason_asks`` marks such a question the articles' (strong text).
"""

from __future__ import annotations

import re
from typing import Any

# "what makes X differ / different / higher", "what causes the gap", "what accounts for the difference"
REASON_ASKED_RE = re.compile(
    r"\bwhat (?:makes|made|causes|caused|explains|explained|accounts for|account for)\b[^?]{0,80}?"
    r"\b(?:differ\w*|vary|varies|diverge\w*|gap|discrepanc\w*|mismatch\w*|disagree\w*|inconsisten\w*)",
    re.IGNORECASE,
)


def read_reason_asks(slots: Any, text: str) -> None:
    """Mark ``slots`` (read from ``text``, company names blanked) strong text when ``text`` asks a reason."""
    if REASON_ASKED_RE.search(text):
        slots.strong_text = True
