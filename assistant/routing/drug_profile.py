"""What a named drug is, what it acts on and what it is developed for: its article's opening, not its deal's row.

"What does LaNova's LM-299, licensed to Merck, actually target?" was answered with the LM-299 deal's terms
(the drug code made it a table question), and "what's roche's YL201 from medilink being developed for?" with
sentences about royalties. A drug named (``Slots.asset``) beside one of these wordings asks what the drug is:
the rule "an article's account of one deal" sends it to the articles, whose opening paragraph names the
target, the modality and the indications (``answering.answer_types``' kind "purpose" quotes that sentence).

Examples (``tests/test_text11.py``):

- takes: "what does LM-299 actually target?", "what's YL201 being developed for?", "which receptors does
  HS-20094 act on?", "what is IBI343 designed to hit?", "what kind of drug is HRS-5346?", "what does
  IBI343 go after?"
- leaves: "what did Merck pay for LM-299?" (a term), "how many deals target PD-1?" (a count over the table),
  "which deals target B7-H3?" (a list)
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
_ACTS = r"(?:target|hit|bind|block|inhibit|treat|act on|go after|aim at)"
# what the drug is being developed for: the disease (``answering.drug_purpose`` reads it as the kind "purpose")
DEVELOPED_FOR_RE = re.compile(
    r"\b(?:being |was |is |been )?(?:developed|tested|studied|designed|aimed|intended|meant|positioned|pursued|"
    r"developing|testing|studying)\s+(?:for|to (?:treat|hit|target|block|inhibit))\b",
    _I,
)
# what the drug is for or acts on; the question must name a drug (``read_drug_profile``)
DRUG_PROFILE_RE = re.compile(
    rf"\bwhat (?:does|do|did|will|would)\b[^?]{{0,80}}\b{_ACTS}s?\b(?!\s+(?:deals?|companies|licensors|licensees)\b)|"
    rf"{DEVELOPED_FOR_RE.pattern}|"
    rf"\b(?:which|what) (?:receptors?|targets?|pathways?|proteins?|antigens?) (?:does|do|did|is|are)\b|"
    r"\bwhat (?:kind|type|sort|class) of (?:drug|molecule|medicine|compound|asset|antibody|therapy|candidate)\b|"
    r"\bwhat(?:'s|’s| is) (?:its |the )?(?:mechanism|mode of action|moa)\b",
    _I,
)
# "how many deals target PD-1", "which deals target B7-H3": the table's deals, filtered, not one drug's profile
_OVER_DEALS_RE = re.compile(r"\b(?:how many|which|what|list|all)\s+(?:\w+\s+)?(?:deals|licen[cs]es|agreements)\b", _I)


def read_drug_profile(slots: Any, text: str) -> None:
    """Mark ``slots`` (``intents.Slots``; ``text`` the question, company names blanked) as an article's account
    of one deal when a named drug is asked what it is, targets or is developed for, and no figure is asked."""
    if not slots.asset or slots.count or slots.metrics or slots.unheld_measure:
        return
    if DRUG_PROFILE_RE.search(text) and not _OVER_DEALS_RE.search(text):
        slots.op, slots.deal_content = None, True
