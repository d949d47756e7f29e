"""Whether one place lies in a deal's licensed territory, read from the table's territory column.

"Does Regeneron's HS-20094 licence from Hansoh include Taiwan?": the territory "Worldwide ex-mainland China, Hong
Kong, Macau" leaves out three places, Taiwan not among them, so yes. "Greater China" is read as its four parts;
a bare "ex-China" does not say whether Taiwan, Hong Kong or Macau go with it, and a territory not disclosed, a
vague exclusion ("several Southeast Asian countries") or a split by indication ("Orelabrutinib: global for MS,
...") is not decided: the territory is quoted and the question left open.
"""

from __future__ import annotations

import re

GREATER_CHINA = ("mainland China", "Hong Kong", "Macau", "Taiwan")
_SAME = {
    "hk": "Hong Kong",
    "macao": "Macau",
    "korea": "South Korea",
    "u.s.": "US",
    "usa": "US",
    "united states": "US",
    "the us": "US",
    "eu": "Europe",
    "the eu": "Europe",
}
_ASKED_SAME = {**_SAME, "china": "mainland China"}  # "China" asked is the mainland; "ex-China" listed stays as said
# a listed region that may hold the place asked: Singapore in "Asia-Pacific", Russia in "Europe"
_REGION_RE = re.compile(r"\b(?:asia|apac|americas|regions?)\b|\beurope\b(?=.*\brussia\b)", re.IGNORECASE)
_VAGUE_RE = re.compile(r"\b(?:several|certain|other|some|select\w*|countries|markets|territories)\b", re.IGNORECASE)
_EX_RE = re.compile(r"\bex-(.+)$", re.IGNORECASE)


def _places(listed: str) -> list[str]:
    """ "mainland China, HK, Macau and Taiwan" → its places; "Greater China" as its four parts."""
    found: list[str] = []
    for chunk in re.split(r",\s*|\s+and\s+|\s*/\s*", listed):
        name = _SAME.get(chunk.strip().lower(), chunk.strip())
        found += list(GREATER_CHINA) if name.lower() == "greater china" else [name] if name else []
    return found


def _named(place: str, places: list[str]) -> bool:
    return place.lower() in (name.lower() for name in places)


def place_verdict(territory: str, place: str, licensee: str) -> str:
    """One sentence: yes, no, or the table does not say, with the territory as the table states it."""
    place = _ASKED_SAME.get(place.lower(), place)
    main = re.split(r"[(;]", territory)[0].strip()
    open_ended = f"The table does not say whether {place} is in the territory licensed to {licensee}: {territory}."
    if not main or main.lower().startswith(("not disclosed", "unknown")) or ":" in main:
        return open_ended
    excluded = _EX_RE.search(main)
    if place == "Greater China":
        left_out = _places(excluded.group(1)) if excluded else []
        if excluded and (all(_named(part, left_out) for part in GREATER_CHINA) or _named("China", left_out)):
            return f"No: Greater China is left out of the territory licensed to {licensee} ({main})."
        return open_ended  # some of its parts in, some out, or a territory that does not say
    if not excluded and re.search(r"\bchina\b", territory[len(main) :], re.IGNORECASE) and place in GREATER_CHINA:
        return open_ended  # "Global (Kelun keeps certain China rights)"
    if excluded:
        left_out = _places(excluded.group(1))
        if _named(place, left_out) or (place == "mainland China" and _named("China", left_out)):
            return f"No: {place} is left out of the territory licensed to {licensee} ({main})."
        if place in GREATER_CHINA[1:] and _named("China", left_out):
            return f"The table says only {main}, without saying whether {place} is counted as part of China."
        if _VAGUE_RE.search(excluded.group(1)):
            return open_ended
        return f"Yes: the territory licensed to {licensee} is {main}, which leaves {place} in."
    if main.lower().startswith(("global", "worldwide")):
        return f"Yes: the territory licensed to {licensee} is {main}, which includes {place}."
    if _named(place, _places(main)):
        return f"Yes: {place} is named in the territory licensed to {licensee} ({main})."
    if _REGION_RE.search(f"{main} | {place}"):
        return open_ended  # "Singapore" against "US, Asia-Pacific": the table names a region, not the place
    return f"No: {place} is not among the places licensed to {licensee} ({main})."
