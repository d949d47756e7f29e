"""One answer from the answers to each part of a several-questions-in-one question.

Each part keeps its own figures and citations; markers are renumbered so that every ``[n]``
still leads to the passage its part cited, and a passage cited by two parts is one citation.
"""

from __future__ import annotations

import re

from assistant.answer import Answer, Citation, Route
from assistant.text import MARKER_RE, split_sentences
from assistant.tools.term_sentences import without_deal_named


def combine(question: str, parts: list[Answer]) -> Answer:
    """The parts' answers as one Answer: texts in order, citations renumbered and shared.

    A part that only repeats an earlier part's answer ("..., and by how much?" after a comparison
    that already gave the gap) is said once."""
    unique: list[Answer] = []
    for part in parts:
        widened = [n for n, earlier in enumerate(unique) if _widens(part, earlier)]
        if widened:  # "Who licensed X to Merck in 2025, and their milestones?": the list once, with the milestones
            unique[widened[0]] = part
        elif any(part.answer == earlier.answer for earlier in unique):
            continue
        elif _reports_said(part, unique):  # its plan stands (unless planned already); its words were said already
            planned = [call for earlier in unique for call in earlier.tool_calls]
            if any(call not in planned for call in part.tool_calls):
                unique.append(part.model_copy(update={"answer": "", "citations": [], "figures": []}))
        else:
            unique.append(part)
    answered = [part for part in unique if not part.abstained]
    # A part the articles do not answer is said last and by name, never ahead of the parts that
    # were answered: a refusal first reads as a refusal of the whole question. A corrected premise
    # ("Why did Pfizer walk away ...": the table records the deal as closed) is said where it was asked.
    kept = [part for part in unique if not part.abstained or corrected(part)]
    declined = [_declined(n, part) for n, part in enumerate(unique) if part.abstained and not corrected(part)]
    parts = kept + declined if answered else unique
    citations: list[Citation] = []
    by_passage: dict[tuple[str, int, str], int] = {}
    texts: list[str] = []
    figures = []
    closest: list[Citation] = []
    for part in parts:
        renumber: dict[int, int] = {}
        for citation in part.citations:
            key = (citation.doc_id, citation.paragraph, citation.quote)
            if key not in by_passage:
                by_passage[key] = len(citations) + 1
                citations.append(citation.model_copy(update={"n": by_passage[key]}))
            renumber[citation.n] = by_passage[key]
        if part.answer and (said := _unsaid(_renumbered(part.answer, renumber), texts)):
            texts.append(said)
        figures += [f.model_copy(update={"citations": [renumber.get(n, n) for n in f.citations]}) for f in part.figures]
        closest += [c for c in part.closest if all(c.doc_id != seen.doc_id for seen in closest)]
    routes = {part.route for part in answered if part.route != "none"}
    route: Route = "none" if not routes else routes.pop() if len(routes) == 1 else "table+text"
    interpretations = "; ".join(
        f"{n}) {part.interpretation or part.standalone_question}" for n, part in enumerate(unique, 1)
    )
    return Answer(
        question=question,
        standalone_question=" ".join(part.standalone_question for part in unique),
        answer="\n\n".join(texts),
        # two parts that were one question ("bigger? by how much"): the one reading, not "1 questions"
        interpretation=f"{len(parts)} questions: {interpretations}" if len(unique) > 1 else unique[0].interpretation,
        route=route,
        abstained=not answered,
        figures=figures,
        citations=citations,
        tool_calls=[call for part in parts for call in part.tool_calls],
        timings_ms={"total": round(sum(part.timings_ms.get("total", 0.0) for part in parts), 2)},
        closest=[c.model_copy(update={"n": n}) for n, c in enumerate(closest[:3], 1)] if not answered else [],
    )


_ORDINALS = ("first", "second", "third", "fourth", "fifth")


def _widens(later: Answer, earlier: Answer) -> bool:
    """``later`` lists the same deals as ``earlier`` with more shown in each row (``find_deals`` measures)."""
    if len(later.tool_calls) != 1 or len(earlier.tool_calls) != 1:
        return False
    before, after = earlier.tool_calls[0], later.tool_calls[0]
    same = {**before.args, "measures": None} == {**after.args, "measures": None}
    return before.tool == after.tool == "find_deals" and same and bool(after.args.get("measures"))


def corrected(part: Answer) -> bool:
    """An abstained part that still states something from a cited source: a premise corrected from the
    table ("The deal table records the 3SBio–Pfizer deal as closed ..., not terminated"), not a refusal."""
    return part.abstained and bool(part.citations)


def leaning_on_refused(answer: Answer, before: Answer | None, leans: bool) -> Answer:
    """ "How big was Oblenio's seed round, and who led it?": a part read through the part before it
    (``leans``: "it" is the seed round) cannot be answered when that part was not; answering it
    about something else (the deal's terms) would answer another question. Other parts stand, and so does
    a part after a corrected premise: "Why did Pfizer walk away from 3SBio, and how much had it paid by then?"
    is told the deal did not end and what Pfizer paid."""
    if before is None or not before.abstained or corrected(before) or answer.abstained or not leans:
        return answer
    return answer.model_copy(
        update={
            "answer": LEANING_TEXT,
            "interpretation": "rests on the part before, which the indexed articles do not answer",
            "abstained": True,
            "route": "none",
            "citations": [],
            "figures": [],
            "tool_calls": [],
        }
    )


# A part that asks nothing of its own but points back at what the part before asked: "Did the Pfizer money show up
# in it?" (after "What was 3SBio's revenue in 2025?"), "跟石药比呢?" (after "阿斯利康现在市值多少?": the same measure,
# of CSPC), "and compared with CSPC?", "what about Hengrui?". When the part before was refused, so is this one.
POINTED_BACK_RE = re.compile(
    r"\b(?:in|into|on|of|from|to|with|within|against)\s+(?:it|that|this|them|those)\s*[?.!]?\s*$|"
    r"^\s*(?:and\s+)?(?:what|how)\s+about\b|^\s*(?:and\s+)?(?:compared?\s+(?:with|to)|versus|vs\.?)\s|"
    r"^\s*(?:跟|和|与|同)?[^?？。，,]{1,20}(?:比|相比|比较)?呢\s*[?？]?\s*$",
    re.IGNORECASE,
)


def points_back(part: str) -> bool:
    """``part`` asks the measure of the part before of something else, or asks about that part's answer."""
    return bool(POINTED_BACK_RE.search(part))


LEANING_TEXT = "Nor do they answer this part, which asks about what the part before asks for."


def _declined(position: int, part: Answer) -> Answer:
    """An abstained part, said as what it is: that one part of the question is not answered.

    It is named by its place, not quoted: a quoted company name would read as a claim."""
    place = _ORDINALS[position] if position < len(_ORDINALS) else "last"
    text = f"The indexed articles do not answer the {place} part of the question."
    return part.model_copy(update={"answer": text, "citations": [], "figures": [], "closest": []})


def _renumbered(text: str, renumber: dict[int, int]) -> str:
    def marker(match: object) -> str:
        numbers = [renumber.get(int(n), int(n)) for n in match.group(1).split(",")]  # type: ignore[attr-defined]
        return "".join(f"[{n}]" for n in numbers)

    return MARKER_RE.sub(marker, text)


def _reports_said(part: Answer, earlier: list[Answer]) -> bool:
    """Whether ``part`` gives only trackers' figures an earlier part already gave ("Sino Drug Watch through Aug
    2025: upfront vs milestones?" asks two of one report's figures, and the first part says them both)."""
    quoted = {figure.expression for figure in part.figures}
    given = {figure.expression for answer in earlier for figure in answer.figures}
    return bool(quoted) and all(e.startswith("market_stats[") for e in quoted) and quoted <= given


def _unsaid(text: str, texts: list[str]) -> str:
    """``text`` without the sentences an earlier part said word for word ("3SBio-Pfizer: territory, and what royalty
    rate applies?": the terms say the royalties, and the royalty part said them again); its paragraphs kept."""
    earlier = {without_deal_named(sentence.strip()) for said in texts for sentence in split_sentences(said)}
    if not earlier:
        return text
    paragraphs = [
        " ".join(s.strip() for s in split_sentences(paragraph) if without_deal_named(s.strip()) not in earlier)
        for paragraph in text.split("\n\n")
    ]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
