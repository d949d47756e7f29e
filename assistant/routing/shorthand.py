"""Investors' shorthand: "ms" for milestones, a bare "headline" for the total, and "UF + total"
(two measures of one deal: its terms answer both).

Constants only, compiled at import; ``wording`` folds the first two into its metric patterns, so
nothing here imports a routing module.
"""

from __future__ import annotations

import re

# "hansoh/roche cdh17 adc - ms?", "and ms?": lower-case "ms" only ("MS" may be multiple sclerosis,
# "Ms." a title). After "for", "in", "with", "against" or "treat" it is the disease, whatever its case:
# "who licensed orelabrutinib for ms?", "is it for ms?", "deals in ms or lupus".
_DISEASE_BEFORE = (
    "for",
    "in",
    "with",
    "against",
    "treat",
    "treats",
    "treating",
    "treated",
    "cure",
    "target",
    "targeting",
)
SHORT_MILESTONES = "".join(rf"(?<!\b{word} )" for word in _DISEASE_BEFORE) + r"(?-i:\bms\b)(?!\.)"
# "innovent takeda - headline + UF pls", "hengrui gsk headline?": a bare "headline" as the measure,
# when a joiner, a stop or the end follows it ("the headline news", "a headline about" stay words).
# "Pfizer 3SBio news headline?", "Hengrui GSK press headline?": a headline of the news is an article's, no total.
# "headline on the gsk / hengrui copd pact", "headline for the remegen-abbvie tie-up": the deal's total.
_ON_THE_DEAL = (
    r"(?:on|for|of)\s+(?:the\s+)?[^?.!;]{0,60}?"
    r"\b(?:pact|deal|tie[\s-]?up|licen[cs]e|licensing|collab\w*|agreement|partnership|transaction|alliance)s?\b"
)
BARE_HEADLINE = (
    r"(?<!\bnews )(?<!\bpress )(?<!\barticle )(?<!\bstory )(?<!\bmedia )(?<!\bnewspaper )"
    r"\bheadline\b(?=\s*(?:$|[?+&,/:;.!)]|-\s|and\b|or\b|vs\.?\b|versus\b|pls\b|please\b|plz\b|pl[sz]\b|\$|"
    + _ON_THE_DEAL
    + "))"
)
_MEASURE = r"(?:up[\s-]?fronts?|ufs?|milestones?|ms|bio[\s-]?bucks|equity)"
_TOTAL = r"(?:total|headline)(?:\s+(?:deal\s+)?value)?"
_JOIN = r"\s*(?:\+|&|,|/|\band\b|\bplus\b|\bn\b|\bor\b)\s*(?:(?:just|only|merely|simply)\s+)?(?:the\s+)?"
# "UF + total", "upfront & total value", "headline and UF", "total and UF for zelgen abbvie", "is 12bn
# the total or just the milestones": the total named as a measure of its own beside another (or as the
# other of two readings of a figure); "the total upfront and milestones" is no such.
TOTAL_BESIDE_RE = re.compile(
    rf"\b{_MEASURE}{_JOIN}{_TOTAL}\b(?!\s+{_MEASURE})|\b{_TOTAL}{_JOIN}{_MEASURE}\b",
    re.IGNORECASE,
)

# GlobalData's China share of large-pharma deals, asked with a share word: "china's share of large-pharma innovator
# licensing deals", "how much of big-pharma licensing did China account for"; "which big pharma paid most" is no share
# (the pharma's own deals or licensing named after it: "sublicenses it to a big pharma" is no market share)
LARGE_PHARMA_SHARE = (
    r"^(?=.*(?:share|%|percent|proportion|how much of|account)).*\b(?:large|big)[- ]pharma\b"
    r"\s+(?:innovator|licensing|in-licensing|deals?|partnering|transactions?)\b"
)
