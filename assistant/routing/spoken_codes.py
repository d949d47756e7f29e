"""A drug code whose digits were said in pairs, written as the table writes it (outsider83, a journalist dictating).

Speech-to-text writes "HRS-9821" as "H R S ninety-eight twenty-one" (the letters joined to "HRS" by ``spoken``) and
"HRS-1893" as "HRS eighteen ninety-three": numbers of two digits said one after another, as years are said.
``spoken`` already reads digits said one by one ("SSGJ seven oh seven"); ``paired_code_digits`` reads the pairs,
and a single "twenty-one" or "oh seven" among them, after a drug code prefix of the table:

    "HRS ninety-eight twenty-one, what sort of drug is it" -> "HRS-9821, what sort of drug is it"

The code is written only when the table holds an asset of that code, so "HRS twenty deals" (no such code) is left
as said, and so is a number after a word that is no code prefix ("Merck twenty twenty-four" is a year's work).
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_PAIR = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS[1:])}))?|{'|'.join(_TEENS)}|(?:oh|o)[\s-](?:{'|'.join(_UNITS)}))"
_UNIT = {w: i for i, w in enumerate(_UNITS)}


def _pair_value(words: str) -> str:
    """ "ninety-eight" -> "98", "oh seven" -> "07", "eleven" -> "11"."""
    tokens = [w.lower() for w in re.split(r"[\s-]+", words) if w]
    if tokens[0] in ("oh", "o"):
        return f"0{_UNIT[tokens[1]]}"
    if tokens[0] in _TEENS:
        return str(10 + _TEENS.index(tokens[0]))
    tens = 20 + 10 * _TENS.index(tokens[0])
    return str(tens + (_UNIT[tokens[1]] if len(tokens) > 1 else 0))


def paired_code_digits(text: str, entities: Any) -> str:
    """``text`` with a drug code said as pairs of digits written as one code the table holds."""
    prefixes = sorted(entities.code_prefixes, key=len, reverse=True)
    if not prefixes:
        return text
    pattern = re.compile(rf"\b({'|'.join(map(re.escape, prefixes))})[\s-]+({_PAIR}(?:[\s-]+{_PAIR})+)\b", _I)

    def code(match: re.Match[str]) -> str:
        pairs = re.findall(_PAIR, match.group(2), _I)
        written = f"{match.group(1).upper()}-{''.join(_pair_value(pair) for pair in pairs)}"
        return written if entities.find_assets(written) else match.group()

    return pattern.sub(code, text)
