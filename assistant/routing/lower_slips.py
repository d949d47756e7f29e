"""Company and drug names misspelt in lower case, as outsiders type them (outsider74): "hengry", "merk",
"pfiser", "telitacicpet".

``entities.EntityIndex`` reads a lower-case word as a company only when it is very close (0.8), and a
four-letter word only when capitalised ("Merk"): "how much profit did hengry make" (0.77 from
"hengrui") and "the chinese companies merk has licensed drugs from" fell to text search and were
answered about other deals, or abstained. Here a lower-case word is read as a company when it is
close to one company's name word and to no other, begins with the same letter, and is neither a word
of the question vocabulary, the tables (``known_words``) nor an ordinary English word (the embedding
model's tokenizer holds ~20,000: "mark", "lilly" is one and is matched as written). A drug name the
table writes in its asset column ("telitacicpet" for Telitacicept) is read the same way, closer still.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from typing import Any

from assistant.routing.soundalike import respelt_heard

_LOWER_RE = re.compile(r"(?<![\w-])([a-z]{4,})(?![\w-])")
_WORD_RE = re.compile(r"(?<![\w-])([A-Za-z][a-z]{3,})(?![\w-])")
# a four-letter word must be one slip from a five-letter name ("merk"); longer ones a little looser ("hengry")
_SHORT_RATIO, _LONG_RATIO, _DRUG_RATIO = 0.88, 0.76, 0.85
_MARGIN = 0.06  # the runner-up company must be this much further away, or the word names neither


@functools.cache
def english_words() -> frozenset[str]:
    """The whole lower-case words of the embedding model's tokenizer; empty when it cannot be read."""
    try:
        from assistant.settings import Settings

        path = Settings().resolved_embedding_model_path() / "tokenizer.json"
        vocab = json.loads(path.read_text(encoding="utf-8"))["model"]["vocab"]
    except (OSError, ImportError, KeyError, TypeError, ValueError):  # no tokenizer: the known words alone guard
        return frozenset()
    return frozenset(word for word in vocab if word.isalpha() and word.islower())


def _plain(word: str, known: set[str] | frozenset[str]) -> bool:
    english = english_words()
    forms = {word, word.rstrip("s"), re.sub(r"(?:es|ed|ing|ly|er)$", "", word)}
    return bool(forms & known) or bool(forms & english)


def _closest(word: str, vocabulary: dict[str, set[str]], cutoff: float) -> str | None:
    """The one name whose word ``word`` is a slip of: same first letter, ratio >= ``cutoff``, no rival near."""
    scored = sorted(
        (
            (difflib.SequenceMatcher(None, word, candidate).ratio(), candidate)
            for candidate in vocabulary
            if candidate[0] == word[0] and abs(len(candidate) - len(word)) <= 2
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < cutoff:
        return None
    names = {name for ratio, candidate in scored if ratio >= scored[0][0] - _MARGIN for name in vocabulary[candidate]}
    return scored[0][1] if len(names) == 1 else None


def slipped_companies(question: str, found: Any, index: Any, make_mention: Any) -> None:
    """Each word no company is read from that is a slip of one company's name ("hengry": Hengrui, "merk":
    Merck & Co.; "Hengry", only guessed at before), added to ``found.mentions`` (in place) as a fuzzy mention."""
    for match in _WORD_RE.finditer(question):
        raw, start, end = match.group(1), match.start(1), match.end(1)
        word = raw.lower()
        if any(m.start < end and start < m.end for m in found.mentions) or _plain(word, index.known_words):
            continue
        if (word,) in index.ngrams or raw in found.unknown or (raw[0].isupper() and len(word) == 4):
            continue
        candidate = _closest(word, index.fuzzy_words, _SHORT_RATIO if len(word) == 4 else _LONG_RATIO)
        if candidate is not None:
            found.mentions.append(make_mention(next(iter(index.fuzzy_words[candidate])), start, end))
            found.guesses.pop(raw, None)
    unknown_possessives(question, found, index)


# "beigene's biggest outlicense 2025": a lower-case name said as the owner of a ranking's first (the coverage check
# reads "amgen's deals"; a ranking covers every word, so it let "beigene's biggest" through)
_POSSESSIVE_RE = re.compile(
    r"(?<![\w'’-])([a-z]{4,})['’]s\s+(?=(?:biggest|largest|top|highest|richest|most|best|latest|newest|first)\b)"
)


def unknown_possessives(question: str, found: Any, index: Any) -> None:
    """A lower-case word said with a possessive that is no company, no word of the tables or the questions and no
    English word is a company the table does not know, added to ``found.unknown`` (in place): "beigene's biggest
    outlicense 2025 - upfront?" had ranked every 2025 licensor, BeiGene not among them (outsider150)."""
    if not english_words():
        return  # without the tokenizer's words, "colleague's" could not be told from a name
    for match in _POSSESSIVE_RE.finditer(question):
        word, start, end = match.group(1), match.start(1), match.end(1)
        if any(m.start < end and start < m.end for m in found.mentions) or _plain(word, index.known_words):
            continue
        if (word,) in index.ngrams or word in found.guesses or word in found.unknown:
            continue
        found.unknown.append(word)


def slipped_assets(question: str, assets: dict[str, tuple[str, str]]) -> list[tuple[str, str, int]]:
    """(asset, deal id, position) for a lower-case slip of a drug name the table's asset column writes
    ("telitacicpet": Telitacicept), when close to that one name only."""
    drugs = {code: {hit[1]} for code, hit in assets.items() if code.isalpha() and len(code) >= 7}
    found: list[tuple[str, str, int]] = []
    for match in _LOWER_RE.finditer(question.lower()):
        word = match.group(1)
        if len(word) < 7 or word in drugs or _plain(word, frozenset()):
            continue
        code = _closest(word, drugs, _DRUG_RATIO)
        if code is not None and all(assets[code][1] != deal for _, deal, _ in found):
            found.append((*assets[code], match.start(1)))
    return found


def respelt_drugs(question: str, entities: Any) -> str:
    """``question`` with each slipped drug name written as the table writes it ("who bought telitacicpet":
    "who bought Telitacicept"), so that the articles are searched and checked for the drug asked about."""
    question = respelt_heard(
        question, entities, english_words()
    )  # "hang row": Hengrui, said to speech-to-text (soundalike)
    for code, _, position in reversed(slipped_assets(question, entities.assets)):
        end = _LOWER_RE.match(question.lower(), position)
        if end is not None:
            question = question[:position] + code + question[end.end() :]
    return question


_DEAL_NOUNS = frozenset(
    ["deal", "deals", "one", "licence", "license", "agreement", "transaction", "pact", "partnership"]
)


def deal_named_by(words: list[str], index: int) -> bool:
    """An ordinary word (lower case) between "the" and a deal noun names the company whose deal it is: "is the 3sbio
    pfizer deal bigger than the summit one?", "the candid deal upfront?" (``words`` are the question's tokens)."""
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    return before == "the" and after in _DEAL_NOUNS
