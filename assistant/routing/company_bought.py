"""A company asked about as the one bought, said with the company as the subject: "didn't LaNova itself get bought?",
"was Curon acquired later on?", "has Harbour BioMed been taken over since?" (outsider85, a BD head's aside).

``wording.ACQUISITION_RE`` reads the acquirer asked for ("who bought LaNova", "LaNova's acquirer"); said the other way
round, with the company getting bought, the question fell to "one deal's terms" and was answered with the licence's
money. ``company_bought`` marks it as a company changing hands, which its article reports (the rule "a company
changing hands"). A drug, asset, rights or licence bought ("was the LM-299 licence bought out?", "did the rights get
acquired by Merck?") is a licence, not a company changing hands, and is left alone.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# the text read has company names blanked: "didn't        itself get bought?"
# passive only: "did X get bought", "has X been acquired", "was X taken over"; "is it true AZ bought shares" is active
_ADVERBS = r"(?:(?:itself|themselves|also|later|eventually|then|ultimately|subsequently|since|ever|actually)\s+)*"
_BOUGHT = r"(?:bought(?:\s+(?:out|up))?|acquired|taken\s+over|snapped\s+up|swallowed\s+up)\b"
COMPANY_BOUGHT_RE = re.compile(
    r"\b(?:(?:did(?:n['’]?t| not)?|does(?:n['’]?t)?)\b(?P<subject>[^?]{0,30}?)\b" + _ADVERBS + r"(?:get|gets)\s+|"
    r"(?:has|have)(?:n['’]?t)?\b(?P<subject2>[^?]{0,30}?)\b" + _ADVERBS + r"(?:been|gotten|got)\s+|"
    r"(?:was|were)(?:n['’]?t)?\b(?P<subject3>[^?]{0,30}?)\b" + _ADVERBS + r")"
    r"(?:itself\s+)?"
    + _BOUGHT
    + r"(?!\s+(?:the\s+|an?\s+)?(?:rights?|licen[cs]es?|assets?|drugs?|option|shares?|stakes?|"
    r"equity)\b)",
    _I,
)
_NOT_A_COMPANY_RE = re.compile(
    r"\b(?:drugs?|assets?|rights?|licen[cs]es?|molecules?|programs?|programmes?|candidates?|antibod\w+|deal|"
    r"stake|shares?|[A-Z]{2,5}-?\d{2,5}[A-Z]?)\b",
    _I,
)


def company_bought(text: str) -> bool:
    """Whether ``text`` (company names blanked) asks whether a company was itself bought."""
    match = COMPANY_BOUGHT_RE.search(text)
    if match is None:
        return False
    subject = match.group("subject") or match.group("subject2") or match.group("subject3") or ""
    return not _NOT_A_COMPANY_RE.search(subject)
