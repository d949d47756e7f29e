"""A later ask that chains two more deals of the same pair with "and then": "how much did AstraZeneca pay CSPC up front
in the 2024 deal and how much in the 2025 one and then the January 2026 one" splits at "and how much" into two parts,
the second, "how much in the 2025 one and then the January 2026 one", naming two deals; read whole, only the first of
them (2025) was answered and the January 2026 deal dropped. ``then_ones`` makes it two asks, "how much in the 2025
one" and "how much in the January 2026 one", each deal after the lead the part said ("how much in").

Only a part whose both sides are a deal said as "the <...> one" or "the <...> deal" (or "deal"/"agreement"/"licence")
is split, and never when the part sets them against each other ("which was bigger", "vs", "combined").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_DEAL = r"the\s+[^,;?]+?\b(?:one|deal|agreement|licen[cs]e|pact)"
# "<lead in> the 2025 one and then the January 2026 one", ", then the ...", "and after that the ..."
_THEN_RE = re.compile(
    rf"^(?P<lead>.*?\b(?:in|for|on|from|under|with))\s+(?P<first>{_DEAL})\s*,?\s+(?:and\s+)?"
    rf"(?:then|after\s+that|next)\s+(?:(?:in|for|on|from|under|with)\s+)?(?P<second>{_DEAL})\s*\W*$",
    _I,
)
_SET_AGAINST_RE = re.compile(
    r"\b(?:which|whose|bigger|larger|smaller|higher|lower|more|less|than|vs\.?|versus|compar\w*|differ\w*|gap|"
    r"combined|together|sum|total\s+of|ratio)\b",
    _I,
)


def then_ones(parts: list[str]) -> list[str]:
    """``parts`` with a part chaining two deals by "and then" ("how much in the 2025 one and then the January 2026
    one") asked once a deal: "how much in the 2025 one", "how much in the January 2026 one"."""
    out: list[str] = []
    for part in parts:
        found = _THEN_RE.match(part)
        if not found or _SET_AGAINST_RE.search(part):
            out.append(part)
            continue
        out += [f"{found['lead']} {found['first']}", f"{found['lead']} {found['second']}"]
    return out
