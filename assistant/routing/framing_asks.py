"""A yes/no about two periods that the next question's figure answers: "Is 2026 running hotter than 2025? what's the
average deal size so far this year vs last year" (outsider85, a BD head).

The first question names no measure: "hotter", "busier", "bigger" say only that the speaker compares the periods,
and the second question says by what. Asked on its own the first went to the articles (a passage about 2021) and
the answer led with it. Such a frame is dropped when the question after it asks a figure, so the answer is the
figure compared (which says whether 2026 runs hotter). Kept: a first question that names a measure ("Was 2025's
upfront total bigger than 2024's? and the biggest deal?"), a company or a tracker, or one with no comparison of
periods ("Is that right? ...").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "Is 2026 running hotter than 2025", "was 2025 a bigger year than 2024", "is this year busier than last year"
_FRAME_RE = re.compile(
    r"^(?:is|are|was|were|has|have)\b[^?]*\b(?:\w+er|more\s+active|ahead\s+of)\b[^?]*\bthan\b[^?]*$",
    _I,
)
_PERIOD_RE = re.compile(r"\b(?:(?:19|20)\d\d|this\s+year|last\s+year|ytd|so\s+far)\b", _I)
_MEASURE_RE = re.compile(
    r"\b(?:up[\s-]?fronts?|milestones?|totals?|values?|worth|size|counts?|numbers?|deals?|equity|royalt\w+|"
    r"average|median|\$|billion|million)\b",
    _I,
)
_ASKS_RE = re.compile(r"^(?:what|how|which|give|show|tell)\b", _I)


def frame_dropped(parts: list[str], names: bool = False) -> list[str]:
    """``parts`` without a leading yes/no frame comparing two periods that the next part asks by a figure;
    ``names`` says the frame names a company or a tracker (then it is kept)."""
    if len(parts) < 2 or names:
        return parts
    frame, asked = parts[0].rstrip("?？. "), parts[1]
    if not _FRAME_RE.match(frame) or _MEASURE_RE.search(frame) or len(_PERIOD_RE.findall(frame)) < 2:
        return parts
    if not (_ASKS_RE.match(asked) and _MEASURE_RE.search(asked)):
        return parts
    return parts[1:]
