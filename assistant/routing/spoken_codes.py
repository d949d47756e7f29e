"""A drug code said aloud, written as the table writes it (outsider83, a journalist dictating by voice).

Speech-to-text spells a code's letters out and says its digits as words, in groups the speaker chose:
"I B I three six three" (IBI363), "J A B twenty-three E seventy-three" (JAB-23E73), "S K B two six four"
(SKB264). ``spoken_code`` reads a run of letters, digits and number words and, when the run spells a code of
the table's asset column exactly (hyphens aside), writes that code as the table does; "IBI-363", as the
spoken reading of prefixes writes it, becomes "IBI363". A run that spells no code of the table is left as said:
"one two three", "the B7-H3 one", "Q one" (read by ``spoken``) stay.
"""

from __future__ import annotations

import re
from typing import Any

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_DIGIT = {"oh": "0", **{w: str(i) for i, w in enumerate(_UNITS)}} | {w: str(10 + i) for i, w in enumerate(_TEENS)}
_TEN = {w: str(2 + i) for i, w in enumerate(_TENS)}
# a word of a code: letters (spelt one by one or said as a prefix), digits, a number word
_TOKEN_RE = re.compile(r"[A-Za-z]+|\d+")
_LONGEST_RUN = 10  # tokens: "J A B two three E seven three" is eight


def _reading(tokens: list[re.Match[str]], start: int, text: str) -> list[tuple[int, str]]:
    """(end token index, key so far) for each growing run from ``start``: "twenty-three" is "23", "twenty"
    alone "20", "three six three" "363", a letter or a short prefix its own letters."""
    keys: list[tuple[int, str]] = []
    key, at = "", start
    while at < len(tokens) and at - start < _LONGEST_RUN:
        if at > start and text[tokens[at - 1].end() : tokens[at].start()] not in (" ", "-"):
            break
        word = tokens[at].group()
        lower = word.lower()
        if lower in _TEN:
            following = tokens[at + 1].group().lower() if at + 1 < len(tokens) else ""
            joined = at + 1 < len(tokens) and text[tokens[at].end() : tokens[at + 1].start()] in (" ", "-")
            if joined and following in _UNITS[1:]:
                key, at = key + _TEN[lower] + _DIGIT[following], at + 2
                keys.append((at, key))
                continue
            key += _TEN[lower] + "0"
        elif lower in _DIGIT:
            key += _DIGIT[lower]
        elif word.isdigit() or (word.isalpha() and len(word) <= 5):
            key += lower
        else:
            break
        at += 1
        keys.append((at, key))
    return keys


def spoken_code(text: str, entities: Any) -> str:
    """``text`` with each drug code said aloud written as the table's asset column writes it."""
    assets: dict[str, tuple[str, str]] = getattr(entities, "assets", {}) or {}
    if not assets:
        return text
    tokens = list(_TOKEN_RE.finditer(text))
    out, cursor, at = [], 0, 0
    while at < len(tokens):
        found = None
        for end, key in _reading(tokens, at, text):
            said_in_parts = end - at > 1  # "IBI363" typed whole is the table's code already
            if said_in_parts and re.search(r"\d", key) and re.search(r"[a-z]", key) and key in assets:
                found = (end, assets[key][0])  # the longest run that spells a code wins
        if found is None:
            at += 1
            continue
        end, code = found
        out.append(text[cursor : tokens[at].start()] + code)
        cursor, at = tokens[end - 1].end(), end
    return "".join(out) + text[cursor:]
