"""Loose words: filler that carries no content (an elliptical follow-up, "and 2024?", has few other
words) and misspelt metric and modality words ("milestons", "upfrnt", "siRAN", "bispecfic")."""

from __future__ import annotations

import difflib
import re

from assistant.routing.lower_slips import english_words

_FILLER_TEXT = """and what about how the a an of for in on with same question also or then now ok okay please it its they their
    them this that deal deals one was were is are did does do so too then again instead"""
_FILLER = frozenset(_FILLER_TEXT.split())


# "a few months earlier", "some weeks later": when the deal came, said against the one before; no filter
_RELATIVE_TIME_RE = re.compile(
    r"\b(?:a\s+few|a\s+couple\s+of|some|several|a|one|two|three)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:earlier|later|before|after|ago)\b",
    re.IGNORECASE,
)
# "GLP" of "GLP-1", "PD" of "PD-1": the letters of a code name a target or an asset, as a company name does
_CODE_LETTERS_RE = re.compile(r"[A-Z]{2,}(?=-?\d)")


def uncovered_words(question: str, covered: list[tuple[int, int]]) -> int:
    """Words outside the covered spans (entities, periods, metrics) and not filler: few make an elliptical follow-up.
    "And in Hansoh's oral GLP-1 deal with Merck a few months earlier?" has one ("oral")."""
    covered = [*covered, *((m.start(), m.end()) for m in _RELATIVE_TIME_RE.finditer(question))]
    covered += [(m.start(), m.end()) for m in _CODE_LETTERS_RE.finditer(question)]
    return sum(
        1
        for match in re.finditer(r"[^\W\d_]+", question)
        if not any(s <= match.start() < e for s, e in covered) and match.group().lower() not in _FILLER
    )


def misspelt_metric(text: str, metric_words: dict[str, str]) -> tuple[str, tuple[int, int]] | None:
    """'milestons', 'upfrnt': the metric a word close to a metric word names, and its span."""
    for match in re.finditer(r"[A-Za-z]{5,}", text):
        word = match.group().lower()
        if word in metric_words:
            continue
        close = difflib.get_close_matches(word, metric_words, n=1, cutoff=0.8)
        if close:
            return metric_words[close[0]], (match.start(), match.end())
    return None


# the modalities' own words, as a reader types them: a word one slip from one names it ("siRAN 出海一共几单" had
# gone to the trackers' counts of every deal)
_MODALITY_WORDS = {
    "sirna": "siRNA",
    "bispecific": "Bispecific antibody",
    "trispecific": "Trispecific T-cell engager",
    "monoclonal": "Monoclonal antibody",
    "peptide": "Peptide",
}


def misspelt_modality(text: str) -> str | None:
    """'siRAN', 'bispecfic': the modality a word close to a modality word names (not an English word)."""
    for match in re.finditer(r"[A-Za-z]{5,}", text):
        word = match.group().lower()
        if word in _MODALITY_WORDS or word.rstrip("s") in _MODALITY_WORDS or word in english_words():
            continue
        close = difflib.get_close_matches(word.rstrip("s"), _MODALITY_WORDS, n=1, cutoff=0.8)
        if close:
            return _MODALITY_WORDS[close[0]]
    return None
