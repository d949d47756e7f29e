"""What a deal is made of, asked of a named deal: its article's answer, not the table's terms (text16b).

"argo/novartis sept 25 - what assets r in it", "which assets did Novartis get from Argo in Sept 2025?", "break
down what GSK got from Hengrui in July 2025", "how is the Hengrui-GSK pact put together": the assets and
options of the deal, which its article enumerates ("Novartis received options on 2 discovery-stage molecules
..., a right of first negotiation on BW-00112 ..., and a licence plus profit-and-loss options"). The table
holds one asset label per deal, so these had been answered with the deal's upfront and total (get_deal) or a
one-row list (find_deals). ``package_asked`` marks such a question the deal's content when it names a company
and asks no money measure, count or ranking; ``answering.package_kinds`` picks the enumerating sentence.
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
_ASSETS = r"(?:molecules|assets|compounds|programs|programmes|drugs|candidates|products)"
MEMBERS_ASKED_RE = re.compile(
    rf"\b(?:list|name)\b[^?]{{0,20}}\b{_ASSETS}\b|\bwhich (?:molecules|assets|compounds|programs|programmes|candidates)\b|"
    r"\bwhat(?:'s| is| was) in the (?:package|portfolio|bundle)\b|"
    # "what assets r in it", "which drugs were included": the assets said as a plural noun after what/which
    # (not "which drugs were they?" after two deals' upfronts: each deal's drug, one apiece, outsider5)
    rf"\b(?:what|which) {_ASSETS} (?:(?:r|are|were|is|was)\b(?! (?:they|it|those|these)\b)|(?:did|does|do|went|got|came)\b)|"
    # "how is the pact put together", "break down what Novartis got"
    r"\b(?:put together|broken down|break(?:s)? ?down|broke down|made up of)\b[^?]{0,40}\b(?:deal|pact|agreement|"
    r"collaboration|got|get|received|licen[cs]ed?|package)\b",
    _I,
)


def package_asked(slots: Any, text: str) -> bool:
    """``text`` (company names blanked) asks what one deal, named by its two companies, is made of, and no money,
    count or ranking. One company named is no deal: "Which drugs did Merck license from Chinese companies in
    2024?" stays a list of the table's deals."""
    return bool(
        len({mention.name for mention in slots.mentions}) >= 2
        and MEMBERS_ASKED_RE.search(text)
        and not (slots.metrics or slots.count)
        and slots.op in (None, "find")
    )
