"""Facts about a company's stock, earnings or economy that no table column holds and no article states.

Each rule is a record like those of ``unheld_facts``: a name (which the refusal names), the wording
that asks the fact, and the wording of a sentence that would state it. A question asking one is
routed to the articles ("unheld company fact") and refused unless a passage states it. Without these,
the question's other words were read as a deal's terms or a tracker's count (outsider77/78):

- price target (the name investor_asks gives it too): "what's consensus target price on Hengrui after the GSK deal?", "hansoh
  consensus target px", "akeso TP post summit deal?" had quoted the deal's articles
- earnings per share: "What's the EPS hit to AbbVie from the RemeGen upfront?", "how much does the licence
  dilute GSK's earnings per share?" had given the deal's upfront (a charge stated in an article, as Merck's
  for Curon, answers "hit to earnings", which the profit measure reads, not this one)
- jobs: "How many American jobs have been created or lost because of these licensing deals?" had given
  the trackers' deal counts
"""

from __future__ import annotations

import re

_ANY = re.IGNORECASE
MARKET_FACTS: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "price target",
        # "TP" only in capitals ("akeso TP post summit deal?"); "consensus" only with a price or rating word
        re.compile(
            r"\btarget (?:price|px)s?\b|\bprice targets?\b|(?-i:\bTPs?\b)|"
            r"\bconsensus\b[^?]{0,30}\b(?:price|px|rating|eps)\b|\b(?:analyst|broker|sell-side) ratings?\b",
            _ANY,
        ),
        re.compile(r"\btarget price\b|\bprice target\b|\banalysts?\b[^.]{0,60}\b(?:rating|target|consensus)\b", _ANY),
    ),
    (
        "earnings per share",
        re.compile(
            r"\bEPS\b|\bearnings per share\b|\b(?:dilut\w*|accreti\w*)\b[^?]{0,40}\b(?:earnings|eps|per share)\b|"
            r"\b(?:earnings|eps|per share)\b[^?]{0,40}\b(?:dilut\w*|accreti\w*)\b",
            _ANY,
        ),
        re.compile(r"\bEPS\b|\bearnings per share\b|\bper share\b[^.]{0,60}\b(?:charge|earnings|dilut\w*|hit)\b", _ANY),
    ),
    (
        "job numbers",
        re.compile(
            # jobs as employment ("American jobs created or lost"), not "does the best job of counting"
            r"\bjobs\b(?![- ](?:title|description))|\bemployment\b|\blay-?offs?\b|\bhiring\b|"
            r"\bjob (?:creation|losses|cuts|impact|growth|gains)\b|\b(?:lose|lost|losing|cost) (?:their|his|her|a|any) job\b",
            _ANY,
        ),
        re.compile(
            r"\bjobs?\b|\bemployment\b|\blay-?offs?\b|\bhir(?:e|ed|ing)\b[^.]{0,30}\b(?:staff|people|workers)\b", _ANY
        ),
    ),
]
