"""One place asked of one deal's territory: "Does Regeneron's HS-20094 licence from Hansoh include Taiwan?", "is
Japan covered by Summit's Akeso licence?", "does the Pfizer-3SBio deal extend to Hong Kong?".

"Taiwan" and "Hong Kong" had read as the Greater China tracker series (PharmCube via Reuters), and the question
went to a company's market total; now the deal is looked up for its territory (``get_deal`` with metric
"territory" and the place), and ``tools.territory_places`` says yes, no, or that the table does not say.
Not taken: a place asked of no deal ("how many deals include Taiwan?"), or of a tracker's series.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# The places a question names; the territory column's own words (its parts of Greater China, the US, Europe, Japan)
# and the neighbours a reader may ask about.
_PLACE = (
    r"(?P<place>mainland China|Greater China|Hong Kong|HK|Macau|Macao|Taiwan|China|Japan|South Korea|Korea|"
    r"the US|the U\.S\.|US|U\.S\.|USA|United States|Canada|Europe|the EU|EU|Russia|India|Australia|Singapore|"
    r"Southeast Asia)"
)
PLACE_ASKED_RES = (
    re.compile(
        rf"\b(?:include|includes|included|cover|covers|covered|extend(?:s|ed)?\s+to|span|spans|encompass(?:es)?|"
        rf"apply\s+to|applies\s+to|reach|reaches)\s+(?:the\s+rights?\s+(?:in|to|for)\s+)?{_PLACE}(?![\w-])",
        _I,
    ),
    re.compile(rf"\b(?:is|are)\s+{_PLACE}\s+(?:part\s+of|in|within|included|covered|inside)\b", _I),
)
_TRACKER_RE = re.compile(r"\b(?:pharmcube|tracker|reuters|series|deals\s+(?:in|from))\b", _I)


def place_asked(question: str) -> str | None:
    """The place a yes/no territory question names, or None."""
    found = next((hit for pattern in PLACE_ASKED_RES if (hit := pattern.search(question))), None)
    return None if found is None or _TRACKER_RE.search(question) else found.group("place")


def place_read(slots: Any, text: str) -> None:
    """A named deal's territory asked of one place: the deal's terms, not the Greater China series."""
    if place_asked(text) is None or not (len(slots.mentions) >= 1 or slots.asset) or slots.count:
        return
    slots.reporter, slots.market_metric, slots.overview, slots.unheld_measure = None, None, True, None


def place_led(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One deal's look-up asked of one place asks for its territory and that place."""
    place = place_asked(question)
    if place is None or len(calls) != 1 or calls[0].tool != "get_deal":
        return calls
    return [ToolCall(tool="get_deal", args={**calls[0].args, "metric": "territory", "place": place})]
