"""The facts a one-deal question lists beside its figures, each stated from the deal's own article (outsider84-85).

``routing.deal_asks`` reads "1093.HK/AZN jan-26: UF; MS; when's close" as the deal's upfront and milestones, and
leaves "when's close" here: after the answer is composed, each fact the question asks (``deal_asks.FACTS``: the
closing, the territory, how the upfront is paid, near-term payments, how co-licensors split the money, letter of
intent and definitive agreement dates, who backed a NewCo, what it raised, what a party got in it, what the drug is)
that the answer does not state yet is looked for in the one deal article the answer cites, and its first sentence
stating it is added, cited:

    "... $1.2 billion upfront [1]. ... milestones of up to $17.3 billion [2]. The deal was announced in January 2026
     and was expected to close in the second quarter of 2026 [3]."

A fact that article does not state is said to be missing from it, by name, never dropped; a part the chain had
declined ("The indexed articles do not answer the second part of the question.") gives way to the sentences added.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer import Answer
from assistant.answering.composer import cite_once
from assistant.corpus.provenance import Provenance
from assistant.dates import human_date
from assistant.money import find_money
from assistant.routing.chinese_wording import has_chinese, in_english
from assistant.routing.deal_asks import asked_facts
from assistant.text import split_sentences

if TYPE_CHECKING:
    from assistant.answering.snapshot import Snapshot

_I = re.IGNORECASE
_WHEN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"quarter|half|\bQ[1-4]\b|\b[12]H\b|\bH[12]\b|\b20\d\d\b)"
)
_PLACE = r"(?:China|United States|\bUS\b|U\.S\.|Europe|Japan|world|global|Taiwan|Asia|Canada|Korea|territor)"
_DRUG = (
    r"(?:inhibitor|antibod|agonist|antagonist|conjugate|\bADC\b|bispecific|peptide|small[\s-]molecule|vaccine|"
    r"cell therapy|siRNA|degrader|modulator|CAR-?T\b|in vivo|gene therapy|mRNA|RNAi|fusion protein|T-cell engager|"
    r"radioligand|oligonucleotide)"
)
# (fact, a sentence stating it, it needs an amount, the words naming it when its article does not state it)
STATED: dict[str, tuple[re.Pattern[str], bool, str]] = {
    "closing": (
        re.compile(rf"^(?=.*\b(?:clos(?:e|ed|ing)|complet(?:e|ed|ion))\b)(?=.*{_WHEN})", _I),
        False,
        "when the deal closed or was expected to close",
    ),
    "territory": (
        re.compile(
            rf"^(?=.*\b(?:rights?|licen[cs]e|territor\w*|covers?|keeps?|held|retain\w*|took)\b)(?=.*{_PLACE})", _I
        ),
        False,
        "the territory licensed",
    ),
    "payment form": (
        re.compile(r"\b(?:cash|shares|stock|warrants?|equity|instal+ments?|tranches?|parts|payable\s+within)\b", _I),
        True,
        "how the upfront is paid",
    ),
    # "$38 million in upfront and near-term payments. That sum is made up of $30 million paid upfront and $8 million
    # that falls due when the first phase 1 trial starts": the breakdown, two amounts (``_fits``)
    "near-term": (
        re.compile(r"\bnear[\s-]?term\b|\bmade\s+up\s+of\b|\bfalls?\s+due\b|\bpayable\s+(?:on|upon|when)\b", _I),
        True,
        "a near-term payment",
    ),
    "option payments": (re.compile(r"\boption\s+(?:payments?|fees?)\b", _I), True, "the option payments"),
    "co-licensor split": (
        # "All payments are split equally between …", not "the split between cash and equity was not disclosed"
        re.compile(r"^(?!.*\bcash\b).*(?:\bsplit\b|\bequally\b|\bshared?\s+between\b)", _I),
        False,
        "how the licensors split the money",
    ),
    "agreement dates": (
        re.compile(r"\bletter\s+of\s+intent\b|\bdefinitive\s+agreement\b", _I),
        False,
        "the letter of intent and definitive agreement dates",
    ),
    "backers": (re.compile(r"\bbacked\s+by\b|\bbackers\b|\bfunded\s+by\b|\bled\s+by\b", _I), False, "who backed it"),
    "raised": (re.compile(r"\brais(?:ed|es|ing)\b", _I), True, "how much it raised"),
    "party's share": (
        re.compile(
            r"\d+(?:\.\d+)?\s?%[^.]{0,40}\b(?:stake|equity|shares?)\b|\b(?:stake|equity|warrants?)\b[^.]{0,40}\d\s?%",
            _I,
        ),
        False,
        "what the licensor received in the company",
    ),
    "announced": (
        re.compile(rf"^(?=.*\bannounc\w*\b)(?=.*{_WHEN})", _I),
        False,
        "when the deal was announced",
    ),
    "collaboration count": (
        re.compile(
            r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
            r"(?:\w+\s+){0,2}(?:collaboration|partnership|deal|agreement|tie-?up|licen[cs]e)\b",
            _I,
        ),
        False,
        "how many times the two companies had partnered",
    ),
    "drug": (re.compile(rf"{_DRUG}", _I), False, "what the drug is"),
    "target": (
        re.compile(r"\btarget(?:s|ing|ed)?\b|\bdirected\s+(?:at|against)\b|\bbinds?\b", _I),
        False,
        "its target",
    ),
}
_NEAR_TERM_LUMPED_RE = re.compile(r"\bnear[\s-]?term\b", _I)
_ISO_RE = re.compile(r"(?<![\w(-])20\d\d-\d\d-\d\d(?![\w)-])")
_DECLINED_RE = re.compile(r"The indexed articles do not answer the \w+ part of the question\.")
_MAX_PARAGRAPHS = 60


def with_deal_facts(snap: Snapshot, question: str, answer: Answer) -> Answer:
    """``answer`` with a cited sentence for each deal fact ``question`` lists and the answer does not state."""
    if has_chinese(
        question
    ):  # "晶泰 DoveTree: 首付分几笔? 总额? 正式协议啥时候签的?": the facts asked, read in English
        question = in_english(question, snap.router.entities.cjk, snap.router.corpus_end)
    facts = asked_facts(question, snap.router.company_spans)
    if not facts or answer.abstained:
        return answer
    docs = [c.doc_id for c in answer.citations if c.doc_id.startswith("deal-")]
    if not docs or len(set(docs)) > 1:
        return answer  # one deal's article, or none to read the facts in
    doc_id = docs[0]
    codes = [code for code, _, _ in snap.router.entities.find_assets(question)]
    added: list[str] = []
    for fact in facts:
        said, needs_amount, missing = STATED[fact]
        if _stated(answer.answer, said, needs_amount, fact, codes):
            continue
        found = _sentence(snap, doc_id, said, needs_amount, fact, codes)
        if found is None and fact == "near-term" and _NEAR_TERM_LUMPED_RE.search(answer.answer):
            continue  # "$38 million in upfront and near-term payments" said, and no article sentence breaks it down
        if found is None:
            added.append(f"The deal's article does not state {missing}.")
            continue
        paragraph, sentence = found
        n = cite_once(answer, Provenance(doc_id=doc_id, paragraph=paragraph, quote=sentence), snap.docs)
        said_dates = _ISO_RE.sub(lambda m: f"{human_date(m.group())} ({m.group()})", sentence.strip().rstrip("."))
        added.append(f"{said_dates} [{n}].")  # "closed on 2024-12-20": the day in words too
    if not added:
        return answer
    body, declined = answer.answer, _DECLINED_RE.findall(answer.answer)
    if declined and len(declined) <= len(added):
        for text in declined:
            body = body.replace(text, "", 1)
    answer.answer = re.sub(r"\n{3,}", "\n\n", " ".join([body.strip(), *added]).strip())
    return answer


def _fits(sentence: str, said: re.Pattern[str], needs_amount: bool, fact: str, codes: list[str]) -> bool:
    if not said.search(sentence) or (needs_amount and not find_money(sentence)):
        return False
    if fact in ("drug", "target") and codes:  # what the drug is: a sentence naming it
        return any(code.lower().replace("-", "") in sentence.lower().replace("-", "") for code in codes)
    if fact in ("payment form", "near-term"):  # the upfront said in its pieces: two amounts or more
        return len(find_money(sentence)) >= 2
    return True


def _stated(text: str, said: re.Pattern[str], needs_amount: bool, fact: str, codes: list[str]) -> bool:
    return any(_fits(s, said, needs_amount, fact, codes) for s in split_sentences(text))


def _sentence(
    snap: Snapshot, doc_id: str, said: re.Pattern[str], needs_amount: bool, fact: str, codes: list[str]
) -> tuple[int, str] | None:
    """The first sentence of the article stating the fact, with its paragraph number."""
    for number in range(_MAX_PARAGRAPHS):
        for sentence in split_sentences(snap.lexical.paragraph(doc_id, number) or ""):
            if _fits(sentence, said, needs_amount, fact, codes):
                return number, sentence.strip()
    return None
