"""Reading text, one home: sentences, citation markers, near-term wording, stopwords, claim text.

The composer, the guard, the data check and the evaluator all read text through these,
so they agree on what a sentence, a marker and a number are.
"""

from __future__ import annotations

import re

from assistant.dates import MONTH_PATTERN

# A sentence ends at . ! or ? followed by space and a capital, a digit, a quote or a bracket ...
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")
# ... unless the full stop closes an initial ("J.P. Morgan") or an abbreviation ("Merck & Co. said").
_ABBREVIATION_END_RE = re.compile(
    r"(?:\b[A-Z]|\b(?:Co|Corp|Inc|Ltd|No|vs|incl|approx|St|Dr|Mr|Ms|Jr|e\.g|i\.e|U\.S))\.$"
)
# List numbers in an answer ("1. Merck & Co.: ...") start a sentence of their own.
_LONE_ENUMERATOR_RE = re.compile(r"^\d{1,2}[.)]$")
_TRAILING_ENUMERATOR_RE = re.compile(r"(?<=[:;]\s)\d{1,2}\.$")

# "[1]", "[1][2]" and "[1, 2]" are citation markers.
MARKER_RE = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
CLOSING_MARKERS_RE = re.compile(r"(?:\[\d+(?:\s*,\s*\d+)*\])+\s*[.!?]?[\"”']?$")

NEAR_TERM_RE = re.compile(r"near[-\s]term", re.IGNORECASE)
# "near-term" qualifying an amount: it follows within the same clause.
_NEAR_TERM_AFTER_RE = re.compile(r"^[^.;]{0,40}near[-\s]term", re.IGNORECASE)

_WORD_RE = re.compile(r"[a-z0-9][a-z0-9\-]+", re.IGNORECASE)
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "by",
        "with",
        "from",
        "at",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "did",
        "does",
        "do",
        "what",
        "which",
        "who",
        "whom",
        "why",
        "how",
        "when",
        "where",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "there",
        "than",
        "then",
        "into",
        "about",
        "over",
        "under",
        "more",
        "most",
        "much",
        "many",
        "any",
        "some",
        "such",
        "can",
        "could",
        "would",
        "should",
        "will",
        "may",
        "might",
        "has",
        "have",
        "had",
        "not",
        "no",
        "yes",
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "them",
        "tell",
        "me",
        "please",
        "deal",
        "deals",
        "company",
        "companies",
    ]
)
# Words that open or glue a question and are never names, even when capitalised.
QUESTION_WORDS = frozenset(
    [
        "what",
        "who",
        "why",
        "how",
        "when",
        "where",
        "which",
        "is",
        "are",
        "was",
        "were",
        "did",
        "does",
        "do",
        "can",
        "could",
        "should",
        "would",
        "will",
        "tell",
        "give",
        "list",
        "show",
        "explain",
        "compare",
        "and",
        "or",
        "but",
        "the",
        "a",
        "an",
        "in",
        "on",
        "of",
        "for",
        "by",
        "i",
        "please",
        "chinese",
        "china",
    ]
)

_ISO_DATE_RE = re.compile(r"\b((?:19|20)\d{2})-\d{2}-\d{2}\b")
_ISO_MONTH_RE = re.compile(r"\b((?:19|20)\d{2})-(?:0[1-9]|1[0-2])\b(?!-\d)")
_MONTH_DAY_YEAR_RE = re.compile(r"\b" + MONTH_PATTERN + r"\s+\d{1,2},?\s+((?:19|20)\d{2})\b")
_DAY_MONTH_YEAR_RE = re.compile(r"\b\d{1,2}\s+" + MONTH_PATTERN + r"\s+((?:19|20)\d{2})\b")
# Drug codes and names with digits ("HRS-1893", "PD-1", "3SBio", "1st") are names, not figures.
_CODE_RE = re.compile(r"\b[A-Za-z]+-\d[\w-]*")
_GLUED_RE = re.compile(r"(?<![\w$.,])\d+(?!(?:bn|b|mn|mln|m|k|tn|x)\b)[A-Za-z][\w-]*")
# List numbers ("1. Merck & Co.: ...", also inline after a colon or a full stop) are not figures.
_ENUMERATOR_RE = re.compile(r"(?m)(?:^\s*|(?<=[:.;]\s))\d{1,2}[.)]\s+(?=[A-Z(\"“])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; ``text[start:end]`` is the sentence exactly."""
    spans: list[tuple[int, int]] = []
    start = 0
    boundaries = [(m.start(), m.end()) for m in _SENTENCE_END_RE.finditer(text)] + [(len(text), len(text))]
    for end, next_start in boundaries:
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        span = (start + lead, start + len(piece.rstrip()))
        start = next_start
        if span[0] >= span[1]:
            continue
        trailing = _TRAILING_ENUMERATOR_RE.search(text[span[0] : span[1]])
        if spans and (
            _ABBREVIATION_END_RE.search(text[spans[-1][0] : spans[-1][1]])
            or _LONE_ENUMERATOR_RE.match(text[spans[-1][0] : spans[-1][1]])
        ):
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
        if trailing:  # "... in our table: 1." -- the "1." starts the next sentence
            cut = span[0] + trailing.start()
            last_start = spans[-1][0]
            spans[-1] = (last_start, len(text[last_start:cut].rstrip()) + last_start)
            spans.append((cut, span[1]))
    return spans


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph or an answer; "J.P. Morgan", "Merck & Co. said" and "incl. equity"
    stay whole, and a list number ("1.") opens the sentence it numbers."""
    return [text[start:end] for start, end in sentence_spans(text)]


def markers_in(text: str) -> list[int]:
    """The citation numbers of every marker, in order: "[1, 2] ... [3]" -> [1, 2, 3]."""
    return [int(n) for group in MARKER_RE.findall(text) for n in group.split(",")]


def strip_markers(text: str) -> str:
    return MARKER_RE.sub(" ", text)


def near_term_after(text_after_amount: str) -> bool:
    """ "... including near-term payments": the words right after an amount say near-term."""
    return bool(_NEAR_TERM_AFTER_RE.search(text_after_amount))


def mentions_near_term(text: str) -> bool:
    return bool(NEAR_TERM_RE.search(text))


# Field names of the tables and tools, as a reader says them: no reply prints a column name.
FIELD_WORDS = {
    "total_value": "total value",
    "value_usd_billion": "value in $ billion",
    "total_usd_billion": "total in $ billion",
    "therapeutic_area": "therapeutic area",
    "deal_count": "number of deals",
    "up_to": "up to",
    "at_least": "at least",
    "incl_near_term": "including near-term payments",
    "retained_after_termination": "money kept after a termination",
    "average_deal_size": "average deal size",
    "top10_share": "top-10 share",
}
_FIELD_NAME_RE = re.compile(r"(?<![\w/.-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/-])")


def field_words(text: str) -> str:
    """``retained_after_termination`` as "money kept after a termination": the words of any field name."""
    return _FIELD_NAME_RE.sub(lambda m: FIELD_WORDS.get(m.group(0), m.group(0).replace("_", " ")), text)


def content_words(text: str) -> set[str]:
    """Lower-case words that carry meaning (stopwords dropped)."""
    return {w.lower() for w in _WORD_RE.findall(text) if w.lower() not in STOPWORDS}


def claim_text(text: str) -> str:
    """Text as a claim: markers, drug codes and list numbers removed, dates reduced to their year."""
    text = strip_markers(text)
    text = _ISO_DATE_RE.sub(r"\1", text)
    text = _ISO_MONTH_RE.sub(r"\1", text)
    text = _MONTH_DAY_YEAR_RE.sub(r"\1", text)
    text = _DAY_MONTH_YEAR_RE.sub(r"\1", text)
    text = _CODE_RE.sub(" ", text)
    text = _GLUED_RE.sub(" ", text)
    return _ENUMERATOR_RE.sub(" ", text)


def or_list(names: list[str]) -> str:
    """ "A, B or C": the choices of a clarifying question."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
