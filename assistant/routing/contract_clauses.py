"""Clauses of a licence agreement that no table column holds and no article states (issue 11, outsider38).

"Which jurisdiction's law governs the 3SBio–Pfizer licence?", "what diligence standard does AbbVie have to meet",
"who controls patent prosecution and enforcement", "does the agreement have a change-of-control clause": the
articles report a deal's money, territory and royalties, not its contract's clauses, and were quoted for loose
sentences about the deal instead. ``read_contract_clauses`` names the clause as the unheld measure
(``Slots.unheld_measure``): the rule "unheld company fact" sends the question to the articles, and the answer
is refused unless a passage names that clause (``answering.abstention``, which reads the measure's words).
Examples in ``tests/test_text9.py``.
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
# (the clause as a passage stating it would name it, how a question asks for it)
CLAUSES: list[tuple[str, re.Pattern[str]]] = [
    (
        "governing law",
        re.compile(
            r"\bgoverning law\b|\blaws?\b[^?]{0,50}\bgovern(?:s|ed)?\b|\bgoverned by\b[^?]{0,30}\blaws?\b|\bjurisdiction\w*\b|"
            r"\barbitrat\w*",
            _I,
        ),
    ),
    ("diligence", re.compile(r"\bdiligence\b|\b(?:commercially )?reasonable efforts\b|\bbest efforts\b", _I)),
    (
        "patent prosecution",
        re.compile(
            r"\bpatent (?:prosecution|enforcement|litigation|filings?)\b|\bprosecut\w*\b[^?]{0,20}\benforce\w*|"
            r"\bcontrols?\b[^?]{0,20}\bpatents?\b",
            _I,
        ),
    ),
    ("change of control", re.compile(r"\bchange[- ]of[- ]control\b|\bchange in control\b", _I)),
    ("indemnification", re.compile(r"\bindemni\w*", _I)),
    ("non-compete", re.compile(r"\bnon-?compet\w*|\bnon-?solicit\w*", _I)),
]


def read_contract_clauses(slots: Any, text: str) -> None:
    """Name the clause ``text`` (the question, company names blanked) asks of a deal as ``slots.unheld_measure``
    (``slots``: ``intents.Slots``), unless a measure is named already or the question counts or ranks deals."""
    if slots.unheld_measure or slots.count or slots.metrics or slots.op not in (None, "find", "growth", "compare"):
        return
    clause = next((name for name, asks in CLAUSES if asks.search(text)), None)
    if clause:  # "could a change in control end the licence?": no growth asked either
        slots.unheld_measure, slots.op = clause, None
