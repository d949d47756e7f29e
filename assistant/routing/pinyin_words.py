"""Deal words typed in pinyin, read as their English (outsider126, a founder writing fast English).

"hengrui yiyao x gsk deal, how much was the shoufu", "xinda takeda licheng bei up to how much": 首付 (款) is the
upfront, 里程碑 the milestones and 股权 the equity, typed as their sound by people who think of them in Chinese.
Read as they came, "top 3 by shoufu in 2025" ranked total values and "licheng bei?" after an upfront gave the
upfront again. Whole words only, any spacing of the syllables ("shou fu", "li cheng bei"); the companies' pinyin
names, short ones too ("Xinda" beside "Xinda Shengwu"), are companies.csv aliases.
"""

from __future__ import annotations

import re

_PINYIN_WORDS = (
    (re.compile(r"\bshou\s?fu(?:\s?kuan)?s?\b", re.IGNORECASE), "upfront"),
    (re.compile(r"\bli\s?cheng\s?bei(?:\s?(?:kuan|fukuan))?s?\b", re.IGNORECASE), "milestones"),
    (re.compile(r"\bgu\s?quan\b", re.IGNORECASE), "equity"),
)


def pinyin_read(question: str) -> str:
    """``question`` with its pinyin deal words in English; one with none comes back unchanged."""
    for pattern, english in _PINYIN_WORDS:
        question = pattern.sub(english, question)
    return question
