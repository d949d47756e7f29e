"""A follow-up that switches PharmCube's series: the mainland one asked after a Greater China figure.

"greater china out-licensing total for 2025 per PharmCube?" then "and the mainland-only number?": the Greater China
series (PharmCube via Reuters) was carried onto the turn, which repeated its $137.7 billion. A turn naming the
mainland series ("mainland", "mainland-only", "NextPharma") and not Greater China asks PharmCube's mainland series
(PharmCube NextPharma via Caixin), whose reporter is read from market_stats.csv. The other way round ("and the
Greater China number?" after the mainland one) is read by ``intents`` already. Run in ``followups.Merger.merge``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.wording import GREATER_CHINA_RE

_MAINLAND_RE = re.compile(r"\b(?:mainland|nextpharma)\b", re.IGNORECASE)
# the mainland taken out, not asked: "and excluding the mainland?", "ex-mainland", "outside the mainland"
_MAINLAND_OUT_RE = re.compile(
    r"\b(?:exclud\w*|ex|outside|other than|besides|without|non|except)[\s-]+(?:the\s+)?mainland\b", re.IGNORECASE
)
_GREATER_SERIES = "PharmCube (via Reuters)"
_MAINLAND_SERIES = "PharmCube NextPharma"  # matches "PharmCube NextPharma (via Caixin)" in market_stats.csv


def mainland_series(current: Any, merged: Any) -> None:
    """``merged`` asks PharmCube's mainland series when the Greater China one was carried and ``current`` (this
    turn's slots) names the mainland and no tracker or Greater China of its own."""
    said = " ".join(current.words or [])
    if merged.reporter != _GREATER_SERIES or current.reporter or GREATER_CHINA_RE.search(said):
        return
    if _MAINLAND_RE.search(said) and not _MAINLAND_OUT_RE.search(said):
        merged.reporter = _MAINLAND_SERIES
