"""A sentence that only narrows the question before it is part of that question (outsider128).

"What was the average upfront on 2025 ADC deals? Just plain ADCs, not bispecific ADCs, and skip any where the
upfront wasn't disclosed." was split in two: the average over every 2025 ADC deal (bispecific ADCs in), then a
sum over every plain ADC of any year. The second sentence asks nothing of its own; it says which deals the first
one is over. Such a sentence opens with a word of narrowing ("just", "only", "not", "leave out", "skip",
"exclude", "include", "ignore", "without", "count only"), follows a question (not a statement, which it may lead
on from) and holds no question word and no year: it is joined to the sentence before it, after a comma, and read
as one question. A year said in one of its coordinates ("leave out Earendil and the pre-2024 context deals") is
left out of the join, as the first sentence's period already says it; a sentence that narrows by a year alone
("Include 2026.", "Only 2025.") stays apart, as it was read before (joined, it had replaced the period asked).
Asides that open the same way ("Not sure it matters.", "Just curious.") stay apart too. The Chinese form is ``chinese_wechat.left_out_joined``'s.
"""

from __future__ import annotations

import re

_SENTENCE_RE = re.compile(r"(?<=[?.!？。])\s+")
# an aside that opens like a narrowing ("Not sure it matters.", "Just curious.", "Only asking because …"): said to us
_ASIDE_RE = re.compile(
    r"(?:not\s+(?:sure|certain|clear|that\s+it|asking|looking|urgent|a\s+big)|just\s+(?:curious|wondering|checking|"
    r"asking|to\s|a\s|so\s|in\s+case|want|need|trying|for|double|making|confirming|flagging)|only\s+(?:asking|"
    r"wondering|because|if|curious|for))\b",
    re.IGNORECASE,
)
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
        narrows = _NARROWING_RE.match(opening) and not asks and not _ASIDE_RE.match(opening)
        narrows = narrows and not _YEAR_RE.search(opening)  # "Include 2026." widens, "Only 2025." narrows: as asked
        if narrows and joined[-1].rstrip()[-1:] in "?？":  # after a question: after a statement, it may lead the next
            end = joined[-1].rstrip()[-1]
            joined[-1] = f"{joined[-1].rstrip()[:-1]}, {opening[:1].lower()}{opening[1:].rstrip('?.!？。 ')}{end}"
        else:
            joined.append(sentence)
    return " ".join(joined) if len(joined) < len(sentences) else question  # nothing joined: as typed


def _without_years(sentence: str) -> str:
    """``sentence`` less each coordinate that names a year ("leave out the borderline Earendil one and the pre-2024
    context deals": the first); a sentence with a year in every coordinate is returned as it was."""
    chunks = re.split(r",\s*|\s+and\s+(?=the\b)", sentence)
    kept = [chunk for chunk in chunks if not _YEAR_RE.search(chunk)]
    if len(kept) == len(chunks) or not kept or kept[0] != chunks[0]:
        return sentence
    return ", ".join(kept)
