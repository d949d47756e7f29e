"""A payer or licensee named in lower case that no article names: "how much bayer paid chinese biotech for license
last year", "what did bayer pay for china licences".

The word is an ordinary token to the embedding model's tokenizer, so the lower-case name check lets it pass, and
the articles' market totals were quoted as if they answered. In the slot of the company paying ("how much X paid",
"what did X pay", "X paid how much") a word that is no company of the table, not in the articles and not a
pronoun or a kind of company ("they", "pharma", "big pharma", "multinationals") names a company our sources never
cover: the question is refused.
"""

from __future__ import annotations

import re

from assistant.answering.snapshot import Snapshot

_PAYER_RE = re.compile(
    r"\bhow\s+much\s+(?:did\s+|has\s+|have\s+)?([a-z][\w-]{2,})\s+(?:paid|pay|pays|spent|spend|hand(?:ed)?)\b|"
    r"\bwhat\s+(?:did|has|does)\s+([a-z][\w-]{2,})\s+(?:pay|paid|spend|spent)\b|"
    r"^\s*([a-z][\w-]{2,})\s+(?:paid|spent)\s+how\s+much\b"
)
_KINDS = frozenset(
    [
        "they",
        "them",
        "it",
        "he",
        "she",
        "we",
        "you",
        "who",
        "everyone",
        "anyone",
        "buyers",
        "buyer",
        "licensees",
        "licensee",
        "pharma",
        "biotech",
        "biotechs",
        "company",
        "companies",
        "multinationals",
        "mncs",
        "mnc",
        "partners",
        "partner",
        "acquirers",
        "bigpharma",
        "the",
        "each",
        "both",
    ]
)


def unknown_payer(snap: Snapshot, query: str) -> str | None:
    """The payer word no source names (e.g. "bayer"), or ``None``."""
    for match in _PAYER_RE.finditer(query):
        word = next(group for group in match.groups() if group)
        if word in _KINDS or word in snap.vocabulary or snap.router.entities.find_companies(word).mentions:
            continue
        return word
    return None
