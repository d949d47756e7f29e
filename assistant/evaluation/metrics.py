"""Eval metrics: pure, deterministic checks of one Answer against one eval question.

Nothing here calls a model or the index: the runner (``assistant.evaluation.runner``) hands in the
Answer, the ranked doc ids it retrieved and the company names, and gets scores back.
Every check can fail; the tests in ``tests/test_metrics.py`` show one failing answer each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from assistant.answer import Answer
from assistant.evaluation.claims import extract_values, figure_numbers, year_of
from assistant.evaluation.questions import EvalItem, EvalQuestion
from assistant.money import numbers_in
from assistant.routing.amounts import spelt_amounts_as_digits
from assistant.routing.spoken import said_amounts
from assistant.text import MARKER_RE, claim_text, content_words, markers_in
from assistant.text import split_sentences as sentences

RECALL_KS = (1, 3, 5, 10)
# Money is exact Decimal arithmetic, so only rounded units get slack by default.
DEFAULT_TOLERANCE: dict[str, Decimal] = {
    "USD": Decimal("0.005"),
    "count": Decimal(0),
    "percent": Decimal("0.005"),
    "ratio": Decimal("0.005"),
}


class Failure(BaseModel):
    check: str
    expected: str
    got: str


class QuestionScore(BaseModel):
    """Every metric of one question; ``None`` means the check does not apply."""

    id: str
    category: str
    file: str = ""
    numeric_correct: bool | None = None
    numbers_total: int = 0
    unsupported_numbers: list[str] = Field(default_factory=list)
    retrieval: dict[str, float] | None = None
    citation_markers: int = 0
    citation_markers_supported: int = 0
    claim_sentences: int = 0
    claim_sentences_supported: int = 0
    abstained: bool = False
    answerable: bool = True
    route_correct: bool | None = None
    tool_correct: bool | None = None
    includes_ok: bool | None = None
    wrong_answer: bool | None = None  # answerable, answered (no abstention, no clarifying question), and wrong
    latency_ms: float | None = None
    wall_ms: float | None = None
    error: str | None = None
    failures: list[Failure] = Field(default_factory=list)


# -- numeric accuracy ------------------------------------------------------------------
def within_tolerance(value: Decimal, reference: Decimal, tolerance: Decimal) -> bool:
    """Relative tolerance; a zero reference needs an absolute difference within ``tolerance``."""
    if reference == 0:
        return abs(value) <= tolerance
    return abs(value - reference) <= tolerance * abs(reference)


def check_numeric(question: EvalQuestion, answer: Answer) -> tuple[bool, Failure | None] | None:
    """Right value in the right unit (and the right qualifier when the question gives one)."""
    if question.reference_value is None or not question.answerable:
        return None
    unit = question.unit or "USD"
    tolerance = question.tolerance if question.tolerance is not None else DEFAULT_TOLERANCE[unit]
    expected = f"{question.reference_value} {unit}" + (f" ({question.qualifier})" if question.qualifier else "")
    candidates = extract_values(answer, unit)
    close = [c for c in candidates if within_tolerance(c.value, question.reference_value, tolerance)]
    if not close:
        got = "; ".join(c.render() for c in candidates[:3]) or f"no {unit} value"
        return False, Failure(check="numeric", expected=expected, got=got)
    if question.qualifier and not any(c.qualifier == question.qualifier for c in close):
        return False, Failure(check="qualifier", expected=expected, got=close[0].render())
    return True, None


# -- unsupported numbers ---------------------------------------------------------------
def unsupported_numbers(answer: Answer) -> tuple[list[Decimal], int]:
    """Numbers in the answer text found in neither its figures nor its cited quotes; and the total.

    Years count as numbers; a year is supported when a quote, a figure's label or the
    publication date of a cited article holds it ("announced in 2024" citing a 2024 article).
    Numbers the question states (a filter's "$1 billion") are supported by the question.
    """
    stated = numbers_in(answer.answer)
    # A number the question itself gave ("deals over $1 billion") is repeated, not made up.
    allowed = figure_numbers(answer.figures) | set(numbers_in(answer.question))
    allowed |= set(numbers_in(spelt_amounts_as_digits(answer.question)))  # "at least a billion dollars": $1 billion
    allowed |= set(numbers_in(said_amounts(answer.question)))  # dictated: "more than a hundred million dollars"
    if re.search(r"[\u3400-\u9fff]", answer.question):
        # "1亿美元" is "$100 million" in the English the question was read in (its standalone form)
        allowed |= set(numbers_in(answer.standalone_question or ""))
    for citation in answer.citations:
        allowed |= set(numbers_in(citation.quote)) | year_of(citation.published)
    unsupported = [n for n in stated if n not in allowed]
    return unsupported, len(stated)


# -- citations -------------------------------------------------------------------------
def _names_in(text: str, companies: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """The company groups (canonical name + aliases) named in ``text``."""
    named = []
    for group in companies:
        for alias in group:
            if alias and re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
                named.append(group)
                break
    return named


def _holds_name(text: str, group: Sequence[str]) -> bool:
    lowered = text.lower()
    return any(alias and alias.lower() in lowered for alias in group)


class CitationCounts(BaseModel):
    markers: int = 0
    markers_supported: int = 0
    claim_sentences: int = 0
    claim_sentences_supported: int = 0
    problems: list[str] = Field(default_factory=list)


_BOUND_RE = re.compile(
    r"\b(?:more than|less than|fewer than|greater than|at least|at most|no more than|no less than|above|below|under|"
    r"over|between|exceeding|and|to)\s+(?:US)?\$?\s?\d[\d.,]*\s*(?:%|percent|billion|million|bn|mn|m|b)?",
    re.IGNORECASE,
)


def citation_counts(answer: Answer, companies: Sequence[Sequence[str]] = ()) -> CitationCounts:
    """Per sentence: do the cited quotes hold its figures and names, and is every claim cited?

    A claim is a number or a company name (not a bound the question gave, said back). A marker is supported when it points to a real
    citation, the union of the sentence's cited quotes (and the figures citing them) holds
    every claim, and its own quote holds at least one of them. A name may also stand in the
    cited article's title and a year in its publication date: the reader sees both. In a
    sentence without a claim a marker is supported when its quote shares content words with
    the sentence.
    """
    by_n = {c.n: c for c in answer.citations}
    counts = CitationCounts()
    # a bound the question gave ("deals with an upfront of at least $100 million") said back is the user's filter,
    # not a claim the quotes must hold; a figure of ours that happens to equal a number asked is still a claim
    asked = set(numbers_in(answer.question)) | set(numbers_in(spelt_amounts_as_digits(answer.question)))
    for sentence in sentences(answer.answer):
        markers = markers_in(sentence)
        bounds = set(numbers_in(" ".join(found.group() for found in _BOUND_RE.finditer(sentence))))
        numbers = set(numbers_in(sentence)) - (bounds & asked)
        names = _names_in(MARKER_RE.sub(" ", sentence), companies)
        claim = bool(numbers or names)
        counts.markers += len(markers)
        counts.claim_sentences += int(claim)
        cited = [by_n[n] for n in markers if n in by_n]
        quote_numbers = {n: set(numbers_in(by_n[n].quote)) | year_of(by_n[n].published) for n in markers if n in by_n}
        figure_values = figure_numbers(f for f in answer.figures if set(f.citations) & set(markers))
        union_numbers = set().union(*quote_numbers.values()) | figure_values
        union_text = " ".join(f"{c.title} {c.quote}" for c in cited)
        missing_numbers = sorted(numbers - union_numbers)
        missing_names = [group[0] for group in names if not _holds_name(union_text, group)]
        holds = bool(cited) and not missing_numbers and not missing_names
        if claim and not markers:
            counts.problems.append(f"uncited claim: {sentence}")
        elif claim and not holds:
            what = [str(n) for n in missing_numbers] + missing_names
            counts.problems.append(f"cited quotes lack {', '.join(what) or 'the claim'}: {sentence}")
        if claim and holds:
            counts.claim_sentences_supported += 1
        sentence_words = content_words(claim_text(sentence))
        for n in markers:
            if n not in by_n:
                counts.problems.append(f"[{n}] does not exist: {sentence}")
                continue
            if claim:
                own_text = f"{by_n[n].title} {by_n[n].quote}"
                own = bool(numbers & (quote_numbers[n] | figure_values)) or any(
                    _holds_name(own_text, group) for group in names
                )
                supported = holds and own
            else:
                shared = sentence_words & content_words(by_n[n].quote)
                supported = len(shared) >= min(2, len(sentence_words))
            counts.markers_supported += int(supported)
    return counts


# -- retrieval -------------------------------------------------------------------------
def dedupe(ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    return [i for i in ids if not (i in seen or seen.add(i))]  # type: ignore[func-returns-value]


def ranked_doc_ids(retrieved: Sequence[str], answer: Answer | None = None) -> list[str]:
    """The ranked doc ids; a table answer's cited docs count as found first (the tool found them)."""
    if answer is not None and answer.route in ("table", "table+text"):
        return dedupe([c.doc_id for c in answer.citations] + list(retrieved))
    return dedupe(retrieved)


def retrieval_scores(ranked: Sequence[str], reference: Sequence[str]) -> dict[str, float] | None:
    """recall@1/3/5/10 (share of reference docs in the top k) and MRR@10."""
    relevant = set(reference)
    if not relevant:
        return None
    ranked = dedupe(ranked)
    scores = {f"recall@{k}": len(relevant & set(ranked[:k])) / len(relevant) for k in RECALL_KS}
    first = next((rank for rank, doc_id in enumerate(ranked[:10], start=1) if doc_id in relevant), None)
    scores["mrr@10"] = 1.0 / first if first else 0.0
    return scores


# -- the rest --------------------------------------------------------------------------
def check_includes(question: EvalQuestion, answer: Answer) -> tuple[list[str], list[str]]:
    """(required phrases missing, forbidden phrases present), case-insensitive."""
    text = answer.answer.lower()
    missing = [p for p in question.must_include if p.lower() not in text]
    present = [p for p in question.must_not_include if p.lower() in text]
    return missing, present


def first_tool(answer: Answer) -> str:
    return answer.tool_calls[0].tool if answer.tool_calls else "none"


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100), ``None`` for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def score_answer(
    question: EvalQuestion,
    answer: Answer,
    ranked: Sequence[str] | None = None,
    companies: Sequence[Sequence[str]] = (),
    wall_ms: float | None = None,
) -> QuestionScore:
    """Every metric of one answer; ``failures`` says what went wrong, expected against got."""
    score = QuestionScore(
        id=question.id,
        category=question.category,
        abstained=answer.abstained,
        answerable=question.answerable,
        latency_ms=answer.timings_ms.get("total"),
        wall_ms=wall_ms,
    )
    fail = score.failures.append
    numeric = check_numeric(question, answer)
    if numeric is not None:
        score.numeric_correct, failure = numeric
        if failure:
            fail(failure)
    unsupported, score.numbers_total = unsupported_numbers(answer)
    score.unsupported_numbers = [str(n) for n in unsupported]
    if unsupported:
        fail(Failure(check="unsupported_numbers", expected="none", got=", ".join(score.unsupported_numbers)))
    if ranked is not None:
        score.retrieval = retrieval_scores(ranked, question.reference_doc_ids)
        if score.retrieval is not None and score.retrieval["recall@5"] < 1:
            fail(Failure(check="recall@5", expected=", ".join(question.reference_doc_ids), got=", ".join(ranked[:5])))
    counts = citation_counts(answer, companies)
    score.citation_markers, score.citation_markers_supported = counts.markers, counts.markers_supported
    score.claim_sentences, score.claim_sentences_supported = counts.claim_sentences, counts.claim_sentences_supported
    for problem in counts.problems:
        fail(Failure(check="citations", expected="every claim cited and held by its quotes", got=problem))
    if answer.abstained != (not question.answerable):
        expected = "abstain" if not question.answerable else "answer"
        fail(Failure(check="abstention", expected=expected, got="abstained" if answer.abstained else "answered"))
    if question.expected_route is not None:
        score.route_correct = answer.route == question.expected_route
        if not score.route_correct:
            fail(Failure(check="route", expected=question.expected_route, got=answer.route))
    if question.expected_tool is not None:
        score.tool_correct = first_tool(answer) == question.expected_tool
        if not score.tool_correct:
            fail(Failure(check="tool", expected=question.expected_tool, got=first_tool(answer)))
    if question.must_include or question.must_not_include:
        missing, present = check_includes(question, answer)
        score.includes_ok = not missing and not present
        if missing:
            fail(Failure(check="must_include", expected=", ".join(missing), got=answer.answer[:200]))
        if present:
            fail(Failure(check="must_not_include", expected=f"none of {present}", got=answer.answer[:200]))
    score.wrong_answer = is_wrong_answer(question, answer, score)
    if score.wrong_answer:
        fail(Failure(check="wrong_answer", expected=question.reference_answer[:200], got=answer.answer[:200]))
    return score


def is_clarification(answer: Answer) -> bool:
    """A clarifying question back ("Which deal do you mean?"): no route, not an abstention."""
    return answer.route == "none" and not answer.abstained


def is_wrong_answer(question: EvalQuestion, answer: Answer, score: QuestionScore) -> bool | None:
    """The worst failure: an answerable question answered confidently with a figure or a named
    entity that is not the reference. An abstention or a clarifying question is not wrong (it is
    counted by abstention accuracy); ``None`` for unanswerable questions.

    Wrong when the answer states a figure and none of its values is the reference, or when it
    lacks a phrase the reference requires (a company, a second figure of a two-part question) or
    holds a forbidden one.
    """
    if not question.answerable:
        return None
    if answer.abstained or is_clarification(answer):
        return False
    states_a_figure = bool(answer.figures) or score.numbers_total > 0
    if score.numeric_correct is False and states_a_figure:
        return True
    return score.includes_ok is False


def _rate(hits: int, total: int) -> float | None:
    return hits / total if total else None


def _mean_of(values: Iterable[bool | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def summarize(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """Aggregate metrics over questions (micro-averaged counts; ``None`` when not measured)."""
    summary: dict[str, Any] = {"questions": len(scores), "errors": sum(s.error is not None for s in scores)}
    summary["numeric_accuracy"] = _mean_of(s.numeric_correct for s in scores)
    summary["unsupported_numbers"] = sum(len(s.unsupported_numbers) for s in scores)
    summary["unsupported_number_rate"] = _rate(summary["unsupported_numbers"], sum(s.numbers_total for s in scores))
    with_retrieval = [s.retrieval for s in scores if s.retrieval is not None]
    for key in [f"recall@{k}" for k in RECALL_KS] + ["mrr@10"]:
        summary[key] = sum(r[key] for r in with_retrieval) / len(with_retrieval) if with_retrieval else None
    summary["citation_precision"] = _rate(
        sum(s.citation_markers_supported for s in scores), sum(s.citation_markers for s in scores)
    )
    summary["citation_recall"] = _rate(
        sum(s.claim_sentences_supported for s in scores), sum(s.claim_sentences for s in scores)
    )
    true_abstain = sum(s.abstained and not s.answerable for s in scores)
    summary["abstention_precision"] = _rate(true_abstain, sum(s.abstained for s in scores))
    summary["abstention_recall"] = _rate(true_abstain, sum(not s.answerable for s in scores))
    summary["abstention_accuracy"] = _mean_of(s.abstained == (not s.answerable) for s in scores)
    summary["routing_accuracy"] = _mean_of(s.route_correct for s in scores)
    summary["tool_accuracy"] = _mean_of(s.tool_correct for s in scores)
    summary["include_accuracy"] = _mean_of(s.includes_ok for s in scores)
    summary["wrong_answer_rate"] = _mean_of(s.wrong_answer for s in scores)
    latencies = [s.latency_ms for s in scores if s.latency_ms is not None]
    walls = [s.wall_ms for s in scores if s.wall_ms is not None]
    summary["latency_p50_ms"], summary["latency_p95_ms"] = percentile(latencies, 50), percentile(latencies, 95)
    summary["wall_p50_ms"], summary["wall_p95_ms"] = percentile(walls, 50), percentile(walls, 95)
    return summary


class RunRecord(BaseModel):
    """One question asked: the Answer, its score and the contexts behind it (for RAGAS)."""

    item: EvalItem
    answer: Answer
    score: QuestionScore
    contexts: list[str] = Field(default_factory=list)
