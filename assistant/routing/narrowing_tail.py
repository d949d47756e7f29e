"""A sentence that only narrows the question before it is part of that question (outsider128).

"What was the average upfront on 2025 ADC deals? Just plain ADCs, not bispecific ADCs, and skip any where the
upfront wasn't disclosed." was split in two: the average over every 2025 ADC deal (bispecific ADCs in), then a
sum over every plain ADC of any year. The second sentence asks nothing of its own; it says which deals the first
one is over. Such a sentence opens with a word of narrowing ("just", "only", "not", "leave out", "skip",
"exclude", "include", "ignore", "without", "count only") and holds no question word and no year (a year of its own,
"leave out the pre-2024 context deals", would clash with the first sentence's period): it is joined to the
sentence before it, after a comma, and read as one question. The Chinese form is ``chinese_wechat.left_out_joined``'s.
"""

from __future__ import annotations

import re

_SENTENCE_RE = re.compile(r"(?<=[?.!？。])\s+")
_NARROWING_RE = re.compile(
    r"(?:just|only|plain|not|excluding|exclude|leave out|leaving out|skip|skipping|ignore|ignoring|"
    r"include|including|without|don'?t (?:count|include)|do not (?:count|include)|count only|drop|omit)\b",
    re.IGNORECASE,
)
# a question of its own: a question word anywhere, or an auxiliary or a command opening it ("where" and "when"
# open relative clauses: "skip any where the upfront wasn't disclosed")
_QUESTION_WORD_RE = re.compile(
    r"\b(?:what|how|which|who|whom|why)\b|^(?:is|are|was|were|did|does|do|can|could|give|list|show|rank|name)\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d|['’]\d\d\b")


def narrowing_joined(question: str) -> str:
    """``question`` with each sentence that only narrows the one before it joined to it (the module's
    docstring); else ``question`` unchanged."""
    sentences = _SENTENCE_RE.split(question.strip())
    if len(sentences) < 2:
        return question
    joined = [sentences[0]]
    for sentence in sentences[1:]:
        opening = sentence.lstrip("(—–- ")
        asks = _QUESTION_WORD_RE.search(re.sub(r"^(?:do not|don'?t)\b", "", opening, flags=re.IGNORECASE))
        opening = _without_years(opening)
        narrows = _NARROWING_RE.match(opening) and not asks
        if narrows and joined[-1].rstrip()[-1:] in "?.!？。":
            end = joined[-1].rstrip()[-1]
            joined[-1] = f"{joined[-1].rstrip()[:-1]}, {opening[:1].lower()}{opening[1:].rstrip('?.!？。 ')}{end}"
        else:
            joined.append(sentence)
    return " ".join(joined)


def _without_years(sentence: str) -> str:
    """``sentence`` less each coordinate that names a year ("leave out the borderline Earendil one and the pre-2024
    context deals": the first); a sentence with a year in every coordinate is returned as it was."""
    chunks = re.split(r",\s*|\s+and\s+(?=the\b)", sentence)
    kept = [chunk for chunk in chunks if not _YEAR_RE.search(chunk)]
    if len(kept) == len(chunks) or not kept or kept[0] != chunks[0]:
        return sentence
    return ", ".join(kept)
