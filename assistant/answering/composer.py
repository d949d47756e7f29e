"""The extractive composer: tool lines first, then the most relevant quoted sentences, all cited.

Deterministic and offline. Every sentence of the answer carries ``[n]`` markers; each
citation holds the exact sentence it quotes, so a reader can find it in the paragraph.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from langchain_core.documents import Document
from pydantic import BaseModel

from assistant.answer import Answer, AnswerFigure, Citation
from assistant.answering.absent_facts import absence_penalty, asks_standing
from assistant.answering.answer_types import SEARCH_WORDS, type_bonus, wanted_type
from assistant.answering.asked_synonyms import synonym_words
from assistant.answering.figure_talk import (
    amounts,
    on_the_claimed_figure,
    points_back,
    quoted_figure_bonus,
    with_antecedents,
)
from assistant.answering.package_kinds import LIST_PROMISE_RE
from assistant.answering.summing_back import run_start, with_what_it_sums
from assistant.answering.tally_figure import tally_figures
from assistant.corpus.provenance import Provenance
from assistant.dates import on_dates_worded
from assistant.text import content_words, split_sentences
from assistant.tools.schema import ToolResult


class DocMeta(BaseModel):
    title: str
    published: str = ""
    url: str = ""
    source: str = ""


class Composition(BaseModel):
    """The parts of an Answer the composer decides."""

    text: str
    citations: list[Citation]
    figures: list[AnswerFigure]


class CitationBook:
    """Numbers citations in order of first use; the same quote keeps its number."""

    def __init__(self, docs: dict[str, DocMeta]) -> None:
        self._docs = docs
        self.citations: list[Citation] = []
        self._keys: dict[tuple[str, int, str], int] = {}

    def cite(self, provenance: Provenance) -> int:
        key = (provenance.doc_id, provenance.paragraph, provenance.quote)
        if key not in self._keys:
            n = len(self.citations) + 1
            self.citations.append(citation_for(provenance, self._docs, n))
            self._keys[key] = n
        return self._keys[key]


def citation_for(provenance: Provenance, docs: dict[str, DocMeta], n: int) -> Citation:
    """Citation ``n`` of the sentence ``provenance`` quotes, with its article's title, date and address."""
    meta = docs.get(provenance.doc_id, DocMeta(title=provenance.doc_id))
    return Citation(
        n=n,
        doc_id=provenance.doc_id,
        title=meta.title,
        published=meta.published,
        url=meta.url,
        paragraph=provenance.paragraph,
        quote=provenance.quote,
    )


def cite_once(answer: Answer, provenance: Provenance, docs: dict[str, DocMeta]) -> int:
    """The marker number of ``provenance`` in ``answer``: its existing citation's, else a new one appended."""
    same = (provenance.doc_id, provenance.paragraph, provenance.quote)
    n = next((c.n for c in answer.citations if (c.doc_id, c.paragraph, c.quote) == same), 0)
    if not n:
        n = len(answer.citations) + 1
        answer.citations.append(citation_for(provenance, docs, n))
    return n


def _markers(numbers: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in dict.fromkeys(numbers))


def with_markers(text: str, numbers: Sequence[int]) -> str:
    if not numbers:
        return text
    stripped = text.rstrip()
    if stripped and stripped[-1] in ".!?":
        return f"{stripped[:-1]} {_markers(numbers)}{stripped[-1]}"
    return f"{stripped} {_markers(numbers)}"


# British spellings a reader writes where the articles use American ones ("tumour types", "programmes"),
# and a field's two names ("is it oncology only?" is answered by "aimed at cancer and autoimmune disease").
_SPELLINGS = {
    "tumour": "tumor",
    "tumours": "tumors",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "haematology": "hematology",
    "oesophageal": "esophageal",
    "anaemia": "anemia",
    "paediatric": "pediatric",
    "oncology": "cancer",
    "reverse": "reciprocal",  # "the reverse leg" of a deal is its "reciprocal in-licence"
}


def _stem(word: str) -> str:
    word = _SPELLINGS.get(word, word)
    for suffix in ("ies", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    # "raise" and "raised", "license" and "licensed" share a stem
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


# "set up", "up to $5 billion": a particle, which every figure's "up to" would otherwise match.
_PARTICLES = frozenset({"up"})


def _stems(text: str) -> set[str]:
    return {_stem(word) for word in content_words(text) if word not in _PARTICLES}


def word_stems(text: str) -> set[str]:
    """The stems the composer matches a question's words to a sentence's by ("licensed" and "license": "licens")."""
    return _stems(text)


def select_sentences(
    query: str,
    passages: Sequence[Document],
    limit: int = 4,
    names: Sequence[str] = (),
) -> list[tuple[str, Document]]:
    """The passages' best spans for ``query``, each one or two sentences: the best span's
    paragraph from that span on first, then the others in reading order.

    Spans are pairs of consecutive sentences (so an opening sentence such as "Caixin
    listed the risks" comes with the sentence that lists them). Score: shared word stems,
    each weighted by how few of the passages' sentences hold it, with a bonus for
    better-ranked passages. The words of ``names`` (the companies asked about, which the
    passages were searched for) count little. Spans do not overlap; ``limit`` counts
    sentences. (Scoring spans by embedding similarity was tried: on the eval set it chose
    vaguer sentences, at 30-60 ms more per text answer.)
    """
    wanted = _stems(f"{query} {synonym_words(query)}") - _ATTRIBUTION  # "accounting hit": "pre-tax charge"
    named = _stems(" ".join(names))
    kind = wanted_type(query)
    standing = asks_standing(query)  # "is it still active?": the "no termination was reported" sentence answers
    quoted = amounts(query)  # "only 4.7 billion": the sentence stating that figure explains it
    spans: list[tuple[int, int, list[str], Document]] = []
    # An event after signing is often in a later paragraph, and so is the one fact asked of a
    # named company's article ("the sales part of the milestones"): look at more passages for one.
    for rank, passage in enumerate(passages[: 5 if kind in SEARCH_WORDS or named else 3]):
        sentences = split_sentences(passage.page_content)
        for position in range(len(sentences)):
            spans.append((rank, position, sentences[position : position + 2], passage))
    if not spans:
        return []
    weight = _rarity(wanted, [_stems(span[2][0]) for span in spans])
    weight.update({word: NAME_WEIGHT for word in wanted & named})
    scored = []
    for rank, position, sentences, passage in spans:
        words = _stems(" ".join(sentences))
        overlap = sum(weight[word] for word in wanted & words) / math.sqrt(len(words) + 1)
        bonus = type_bonus(kind, " ".join(sentences), query) + quoted_figure_bonus(quoted, " ".join(sentences))
        bonus += 0.0 if standing else absence_penalty(wanted - named, " ".join(sentences), _stems)  # "not disclosed"
        scored.append((0.3 * overlap + 0.05 / (rank + 1) + bonus, rank, position, sentences, passage))
    scored.sort(key=lambda item: item[0], reverse=True)
    taken: set[tuple[int, int]] = set()
    chosen: list[tuple[int, int, str, Document]] = []
    for _, rank, position, sentences, passage in scored:
        keys = {(rank, position + offset) for offset in range(len(sentences))}
        if keys & taken:
            continue
        taken |= keys
        chosen.extend((rank, position + offset, sentence, passage) for offset, sentence in enumerate(sentences))
        if len(chosen) >= limit:
            break
    chosen = _keep_promises(chosen, spans, kind == "members")  # "list the drugs": the sentences naming them
    # "AstraZeneca paid that sum ...": with the sentence stating the sum; a claim, with its figure's sentences
    by_place = {(rank, position): (rank, position, span[0], passage) for rank, position, span, passage in spans}
    chosen = on_the_claimed_figure(query, with_antecedents(chosen, by_place))
    chosen = with_what_it_sums(chosen, by_place)  # "And some report ...", "Because of these choices": what they sum
    # "How much of that is sales milestones?", "How much did Kailera raise?": the sentence that
    # states the part or the fact asked for leads, with what follows it in its paragraph.
    _, best_rank, best_position, best, _ = scored[0]
    if len(best) == 2 and not (_stems(best[0]) & wanted) - named and (_stems(best[1]) & wanted) - named:
        best_position += 1  # of a pair, the sentence holding the asked words leads
    if points_back(by_place[(best_rank, best_position)][2]):
        best_position -= 1  # the sentence stating the figure it points back at leads with it
    best_position = run_start(best_rank, best_position, chosen, by_place)  # what "And some ..." carries on from
    chosen.sort(key=lambda item: (not (item[0] == best_rank and item[1] >= best_position), item[0], item[1]))
    return [(sentence, passage) for _, _, sentence, passage in chosen]


NAME_WEIGHT = 0.1
# "According to Caixin, why ...?" names whose account is wanted; the sentence that gives it need not
# say "according" (Caixin's "gave two main reasons" does not), so the framing word scores nothing.
_ATTRIBUTION = frozenset({_stem("according")})


def _rarity(wanted: set[str], sentences: list[set[str]]) -> dict[str, float]:
    """Each asked word's weight: 1 for a word few of the passages' sentences hold, down to 0.25
    for one nearly all hold. The companies asked about are named all through their articles, so
    the word that says which fact is asked ("raise", "sales") must decide which sentence answers."""
    total = len(sentences) or 1
    return {word: 1.0 - 0.75 * sum(word in words for words in sentences) / total for word in wanted}


# A sentence announcing a list ("gave two main reasons", "listed the risks:") promises what follows; so does one
# announcing a disagreement ("The sources disagree about what the headline figure covers"): the accounts that
# differ follow it in its paragraph (FiercePharma's total, Pharmaphorum's "on top of the upfront" $1.47 billion).
_PROMISE_RE = re.compile(
    r"\b(?:two|three|four|five|several|a few|some)\s+(?:main\s+|key\s+|major\s+)?"
    r"(?:reasons|risks|factors|ways|drivers|concerns|points|trends|steps)\b|:\s*$|"
    r"\b(?:sources|reports|accounts|outlets)\s+(?:disagree|differ|conflict)\b",
    re.IGNORECASE,
)
_PROMISE_LENGTH = 4


def _keep_promises(
    chosen: list[tuple[int, int, str, Document]], spans: list[tuple[int, int, list[str], Document]], lists: bool = False
) -> list[tuple[int, int, str, Document]]:
    """A chosen sentence that announces a list brings the sentences of its paragraph that follow it; with
    ``lists`` (the question asks which assets), so does one announcing a deal's assets ("three candidates")."""
    sentences = {(rank, position): (span[0], passage) for rank, position, span, passage in spans}
    have = {(rank, position) for rank, position, _, _ in chosen}
    kept = list(chosen)
    for rank, position, sentence, _ in chosen:
        if not (_PROMISE_RE.search(sentence) or (lists and LIST_PROMISE_RE.search(sentence))):
            continue
        for following in range(position + 1, position + 1 + _PROMISE_LENGTH):
            if (rank, following) in sentences and (rank, following) not in have:
                have.add((rank, following))
                kept.append((rank, following, *sentences[(rank, following)]))
    return kept


def compose(
    results: Sequence[ToolResult],
    passages: Sequence[Document],
    query: str,
    docs: dict[str, DocMeta],
    max_sentences: int = 4,
    lead: Sequence[Provenance] = (),
    names: Sequence[str] = (),
) -> Composition:
    """Tool lines (each cited to its rows' passages), then the ``lead`` sentences (a deal's
    opening, when the question asks what the deal is), then quoted sentences from passages."""
    book = CitationBook(docs)
    parts: list[str] = []
    figures: list[AnswerFigure] = []
    for result in results:
        if result.message and not result.lines:
            parts.append(result.message)
        for line in result.lines:
            parts.append(with_markers(line.text, [book.cite(p) for p in line.provenance]))
        for figure in result.figures:
            figures.append(
                AnswerFigure(
                    label=figure.label,
                    value=figure.value,
                    currency="USD" if figure.unit == "USD" else None,
                    unit=figure.unit,
                    qualifier=figure.qualifier,
                    expression=figure.expression,
                    citations=[book.cite(p) for p in figure.provenance],
                )
            )
    for provenance in lead:
        n = book.cite(provenance)  # a two-sentence opening: each sentence carries the marker
        parts.extend(with_markers(on_dates_worded(sentence), [n]) for sentence in split_sentences(provenance.quote))
    led = {" ".join(sentence.split()) for p in lead for sentence in [p.quote, *split_sentences(p.quote)]}
    for sentence, passage in select_sentences(query, passages, max_sentences - len(lead), names):
        if " ".join(sentence.split()) in led:
            continue
        provenance = Provenance(
            doc_id=str(passage.metadata.get("doc_id")),
            paragraph=int(passage.metadata.get("paragraph", 0)),
            quote=sentence,
        )
        # "closed on 20 December 2024 (2024-12-20)": a date said as a reader says it, the source's form kept
        parts.append(with_markers(on_dates_worded(sentence), [book.cite(provenance)]))
    figures = figures or tally_figures(query, book.citations)  # "their sixth partnership?": the place stated
    return Composition(text=" ".join(parts), citations=book.citations, figures=figures)
