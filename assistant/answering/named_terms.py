"""A deal term the question names and the answer never states, said from the deal's own article (multi16).

The table's columns are upfront, milestones, total and equity; a question may name a finer term the deal's article
states beside them, and the answer gave the columns and dropped the named term:

* "Zelgen/AbbVie - upfront plus the near-term payments together?" gave the $100 million upfront only, though the
  article says "Zelgen can also receive $60 million in near-term payments" (together $160 million);
* "CSPC–AstraZeneca 2026: what is the upfront, and how much of the milestones is tied to sales?" gave the upfront
  and said the articles do not answer the second part, though the deal's article splits the milestones
  ("$3.5 billion is tied to development and regulatory events and $13.8 billion to sales");
* "harbour AZ: upf, eq $, stake %?" gave the upfront and equity, not the 9.15% stake the article states;
* "which deal was terminated, and how much had the licensor received before the end?" listed the deal and quoted
  "a small fraction of the announced value", not "ImmuneOnco keeps the $35 million it had received".

After the answer is composed (every part of it), each term the question names (``TERMS``: what the question says,
what a sentence stating it says) that the answer does not state is looked for in the one deal article the answer
cites (whatever tool answered): its first sentence stating the term (with an amount, or a percentage for a stake) is added, cited. When a
part was declined ("The indexed articles do not answer the second part ...") and one term sentence was added, the
sentence takes the declined part's place. An upfront asked "plus" its near-term payments is summed too, as our
arithmetic. A term no sentence of that article states is left as the answer had it: nothing could cite it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from assistant.answer import Answer, AnswerFigure
from assistant.answering.composer import cite_once
from assistant.corpus.provenance import Provenance
from assistant.money import find_money, render_amount
from assistant.text import MARKER_RE, markers_in, split_sentences

if TYPE_CHECKING:
    from assistant.answering.snapshot import Snapshot

_I = re.IGNORECASE
_PERCENT = r"\d+(?:\.\d+)?\s?%"
# (name, the question names it, a sentence states it, the sentence needs an amount)
TERMS: list[tuple[str, re.Pattern[str], re.Pattern[str], bool]] = [
    ("near-term", re.compile(r"\bnear[\s-]?term\b|近期(?:付款|款项)", _I), re.compile(r"\bnear[\s-]?term\b", _I), True),
    (
        "sales milestones",
        re.compile(
            r"\b(?:tied|linked|tie[sd]?|attached|due|payable|contingent|based|depend\w*|hinges?|rid\w+)\s+(?:to|on)\s+"
            r"(?:net\s+|product\s+|commercial\s+)?sales\b|"
            r"\bsales[\s-](?:based\s+|related\s+|linked\s+)?milestones?\b|\bcommercial\s+milestones?\b|销售里程碑",
            _I,
        ),
        # an amount tied to sales ("$13.8 billion to sales"), or sales milestones named: not "royalties apply to sales"
        re.compile(
            r"^(?!.*\broyalt).*(?:(?:billion|million|bn)\b[^.;]{0,25}\b(?:to|on)\s+(?:net\s+)?sales\b|"
            r"\b(?:sales|commercial)[\s-](?:based\s+|related\s+)?milestones?\b)",
            _I,
        ),
        True,
    ),
    (
        "kept",  # "how much had the licensor received before the end?": what it keeps after a termination
        re.compile(
            r"\b(?:kept|keeps?|retain\w*|pocket\w*|received|collected|got|been\s+paid)\b[^?]{0,60}\b(?:before|by|at|after)\s+"
            r"(?:the\s+)?(?:end|termination|exit|split|break[\s-]?up|deal\s+(?:ended|was\s+terminated))\b",
            _I,
        ),
        re.compile(r"\b(?:keeps|kept|retains?|retained)\b", _I),
        True,
    ),
    (
        "stake",
        re.compile(
            r"\bstake\b[^?.]{0,20}(?:%|\bpercent)|(?:%|\bpercent(?:age)?)\s*(?:of\s+)?stake\b|持股比例|"
            # "what percentage of Belenos does Keymed end up holding?"
            r"(?:%|\bpercent(?:age)?)\s+of\s+[^?]{0,50}?\b(?:hold|holds|holding|own|owns|owning|end\s+up\s+with)\b",
            _I,
        ),
        re.compile(
            rf"{_PERCENT}[^.]{{0,40}}\bstake\b|\bstake\b[^.]{{0,40}}{_PERCENT}|{_PERCENT}\s+of\s+(?-i:[A-Z])", _I
        ),
        False,
    ),
]
_DECLINED_RE = re.compile(r"The indexed articles do not answer the \w+ part of the question\.")
_PLUS_RE = re.compile(r"\bplus\b|\btogether\b|\bcombined\b|\bin total\b|\bsum\b|\badd(?:ed)? up\b|\+|加起来|合计", _I)
_MAX_PARAGRAPHS = 60
_UPFRONT_RE = re.compile(r"\bup[\s-]?front\b", _I)
_NEAR_RE = re.compile(r"\bnear[\s-]?term\b", _I)
# a sentence that leans on the one before: "Of that, $3.5 billion is tied to development ... and $13.8 billion to sales."
_THAT_SUM_RE = re.compile(r"\b(?:that|this|the same)\s+(?:sum|amount|figure|money|payment)\b", _I)
_LEANS_BACK_RE = re.compile(
    r"^\s*(?:(?:of|on\s+top\s+of|besides|beyond)\s+(?:that|this|these|those|which),?|that|this|these|those|it)\b", _I
)


def with_named_terms(snap: Snapshot, question: str, answer: Answer) -> Answer:
    """``answer`` with a cited sentence for each deal term ``question`` names that it does not state."""
    if answer.abstained:
        return answer
    docs = {citation.doc_id for citation in answer.citations if citation.doc_id.startswith("deal-")}
    if len(docs) != 1:
        return answer  # one deal's article, or none to read the term in
    doc_id = docs.pop()
    added: list[str] = []
    for name, asked, said, needs_amount in TERMS:
        if not asked.search(question):
            continue
        if stated := _stated(answer.answer, said, needs_amount):  # said already: summed when asked "plus"
            if name == "near-term" and _PLUS_RE.search(question) and (markers := markers_in(stated)):
                added.append(_summed(answer, MARKER_RE.sub("", stated), markers[-1]).strip())
            continue
        found = _sentence(snap, doc_id, said, needs_amount)
        if found is None:
            continue
        paragraph, sentence = found
        n = cite_once(answer, Provenance(doc_id=doc_id, paragraph=paragraph, quote=sentence), snap.docs)
        text = " ".join(f"{part.strip().rstrip('.')} [{n}]." for part in split_sentences(sentence))  # each cited
        if name == "near-term" and _PLUS_RE.search(question):
            text += _summed(answer, sentence, n)
        if name == "kept" and len(kept := [m.amount for m in find_money(sentence) if m.amount is not None]) == 1:
            label, expression = "kept after the termination", f"article {doc_id} paragraph {paragraph}"
            answer.figures.append(AnswerFigure(label=label, value=kept[0], expression=expression, citations=[n]))
        added.append(text)
    added = [text for text in added if text]
    if not added:
        return answer
    declined = _DECLINED_RE.findall(answer.answer)
    body = answer.answer
    if len(declined) == 1 and len(added) == 1:
        body = body.replace(declined[0], added.pop()).strip()
    answer.answer = " ".join([body, *added]).strip()
    return answer


def _stated(text: str, said: re.Pattern[str], needs_amount: bool) -> str:
    """The sentence of ``text`` that states the term (with an amount when it needs one); "" when none does."""
    return next((s for s in split_sentences(text) if said.search(s) and (not needs_amount or find_money(s))), "")


def _sentence(snap: Snapshot, doc_id: str, said: re.Pattern[str], needs_amount: bool) -> tuple[int, str] | None:
    """The first sentence of the article stating the term, with its paragraph number."""
    for number in range(_MAX_PARAGRAPHS):
        paragraph = snap.lexical.paragraph(doc_id, number)
        sentences = split_sentences(paragraph or "")
        for place, sentence in enumerate(sentences):
            if said.search(sentence) and (not needs_amount or find_money(sentence)):
                if place and (
                    _LEANS_BACK_RE.match(sentence) or _THAT_SUM_RE.search(sentence)
                ):  # "Of that, $13.8 billion ...": what "that" is, first
                    return number, f"{sentences[place - 1].strip()} {sentence.strip()}"
                return number, sentence.strip()
    return None


# an upfront figure derived from the upfront ("upfront less equity", "upfront plus near-term payments")
_DERIVED_UPFRONT_RE = re.compile(r"upfront\s+(?:less|minus|without|plus|net)\b", _I)


def _summed(answer: Answer, sentence: str, n: int) -> str:
    """ "Together with the $100 million upfront, that is $160 million (our arithmetic)." when both are exact: the
    upfront is the answer's one upfront figure, or the one amount of its first sentence about the upfront."""
    amounts = [m.amount for m in find_money(sentence) if m.amount is not None]
    upfronts = [
        f
        for f in answer.figures
        if f.label.lower().startswith("upfront") and f.value is not None and not _DERIVED_UPFRONT_RE.match(f.label)
    ]  # the upfront itself, not "upfront less equity" beside it (Braveheart's $32.5 million had stopped the sum)
    if len(upfronts) == 1 and upfronts[0].qualifier == "exact":
        upfront, cited, expression = Decimal(upfronts[0].value or 0), upfronts[0].citations, upfronts[0].expression
    else:
        told = [s for s in split_sentences(answer.answer) if _UPFRONT_RE.search(s) and not _NEAR_RE.search(s)]
        said = [m.amount for m in find_money(MARKER_RE.sub("", told[0])) if m.amount is not None] if told else []
        if upfronts or len(said) != 1:  # the first sentence about the upfront, with one amount
            return ""
        upfront, cited, expression = said[0], markers_in(told[0]), f"{said[0]}"
    if len(amounts) == 2 and upfront in amounts:  # "$125 million upfront, and $50 million in near-term payments"
        amounts.remove(upfront)
    if len(amounts) != 1:
        return ""
    near = amounts[0]
    answer.figures.append(
        AnswerFigure(
            label="upfront plus near-term payments",
            value=upfront + near,
            qualifier="exact",
            expression=f"{expression} + {near}",
            citations=[*cited, n],
        )
    )
    markers = "".join(f"[{k}]" for k in dict.fromkeys([*cited, n]))
    total = render_amount(upfront + near)
    return f" Together with the {render_amount(upfront)} upfront, that is {total} (our arithmetic) {markers}."
