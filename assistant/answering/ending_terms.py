"""An ending supposed, not reported: "What would happen to the rights if Pfizer terminated the 3SBio
deal?", "What does AbbVie owe Simcere if it decides to terminate?", "How would Merck exit the deal?"

Such a question assumes nothing ended (``premises`` corrects only a question that does), so it is no
false premise. It asks for the deal's terms on termination, which only a sentence stating them
answers ("all rights reverted to ImmuneOnco"); a sentence about the signed terms answers another
question, and without one the reply says the articles do not report them. The type is
(name, what the question says, what a sentence holding it says), as in ``answer_types``.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "if X terminated", "how would X exit", "if it decides to terminate", "in case GSK walks away": the
# word that makes an ending supposed, when it comes before the ending verb
HYPOTHETICAL_RE = re.compile(
    r"\b(?:if|in case|unless|suppose|supposing|assuming|what if|would|could|should|might|were to|was to|"
    r"(?:decides?|decided|wants?|wanted|chooses?|chose|opts?|opted|plans?|planned|tries|tried) to|"
    # "how much notice does Novo need to give to end the licence": the terms of an ending, none presumed
    r"(?:needs?|has|have|must) (?:to )?give)\b",
    _I,
)
_ENDING = (
    r"(?:terminat\w*|walk(?:s|ed|ing)? away|pull(?:s|ed|ing)? out|back(?:s|ed|ing)? out|exit(?:s|ed|ing)?|"
    r"scrap(?:s|ped|ping)?|cancel\w*|call(?:s|ed|ing)? off|(?:give|gives|gave|hand|hands|handed) (?:\w+ ){0,2}back|"
    r"unwind\w*|drop(?:s|ped|ping)? (?:the|its|their|it|this|that)\b|end(?:s|ed|ing)? (?:the|its|their|it|this|that)\b)"
)
ENDING_TERMS_TYPES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "ending_terms",
        re.compile(rf"{HYPOTHETICAL_RE.pattern}[^?]{{0,60}}?\b{_ENDING}", _I),
        re.compile(
            r"\brights? (?:\w+ ){0,2}(?:revert|return)\w*|\b(?:on|upon|after|following) (?:\w+ ){0,2}(?:termination|exit)\b|"
            r"\btermination (?:fees?|payments?|rights?|clauses?|provisions?|terms)\b|\bbreak[- ]?up fee\b",
            _I,
        ),
    ),
]
ENDING_TERMS_SEARCH_WORDS = {"ending_terms": "termination rights revert returned terms"}
