"""A list of one modality's or area's deals asked without a list verb (outsider26's class 4).

"siRNA deals in the data?", "ADC deals in 2024?", "Which metabolic / obesity deals were struck in 2025?":
the question is the kind of deal and a scope, nothing more, and only our rows list them. Read word by word
it had no operation (no "list", no "which ... deals" once a slash joins two kind words), so it went to the
articles, which quote one or two of the deals. With a modality or an area read and nothing else asked (no
measure, no count, no company, no why or how), the question lists those deals. A drug target read
("every PD-1xVEGF bispecific deal") is a kind too, and the companies named as members or left out
(``kind_members``) are no company asked about.

``read_kind_lists`` runs in ``investor_asks.read_investor_asks``; its examples are the tests
(``tests/test_outsider26_classes.py``).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.kind_members import read_kind_members

# The question opens with the kind words and "deals", led by a few asking words at most ("which", "every",
# "what are all the", "name the"), the kind words joined by spaces, "/", "&" or "or": "metabolic / obesity
# deals", "every PD-1xVEGF bispecific deal", "Name the bispecific antibody deals but leave out ...".
KIND_DEALS_RE = re.compile(
    r"^\s*(?:(?:which|what|any|the|every|all|are|of|name|list|show|me|give|enumerate)\s+){0,4}(?:[\w-]+(?:\s*[/&]\s*|\s+or\s+|\s+and\s+|\s+)){1,4}?"
    r"(?:deals?|transactions?|agreements?|licen[cs]es|licensing deals|pacts?)\b"
    r"(?=\s*(?:\?|$|\(|please\b|but\b|,|[—–-]|exclud|except\b|leav|not\b|minus\b|without\b|other than\b|in\b|from\b|of\b|since\b|during\b|so far\b|to date\b|signed\b|struck\b|done\b|inked\b|"
    r"announced\b|were\b|are\b|did\b|have\b|do we\b|does\b|on (?:file|record)\b|you (?:track|have|hold)\b))",
    re.IGNORECASE,
)


def read_kind_lists(slots: Any, text: str) -> None:
    """Mark ``slots`` (``intents.Slots``, read from ``text``) as a list when the question is a kind of deal."""
    read_kind_members(slots, text)  # "... incl Akeso/Summit", "leave out the borderline WuXi/Candid one"
    if slots.op is not None or slots.count or slots.metrics or slots.mentions or slots.asset:
        return
    if not (slots.modality or slots.therapeutic_area or slots.target) or slots.strong_text or slots.unheld_measure:
        return
    if KIND_DEALS_RE.search(text):
        slots.op = "find"
