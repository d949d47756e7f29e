"""A follow-up that calls the deal's drug "this ADC", "this drug", "这个 ADC", "该药" and names nothing else:
that drug is the one of the deal the turn before named.

"这个 ADC 打什么靶点?" after "Hansoh Roche 这笔 deal 的 upfront?" is asked of Hansoh and Roche's deal (the
articles had been searched for any ADC's target, and answered with Hansoh's B7-H3 ADC for GSK); "what does
this drug target?" after "How much did Regeneron pay Hansoh upfront?" likewise. The companies (and the
drug's code) of the question before are set before the question, as a lead-in names them. A follow-up that
names a company or drug of its own, one that asks beyond the drug ("How many other PD-1/VEGF deals were there
besides this drug?", "which other pharmas licensed a PD-1/VEGF like this drug?"), 该药企 (that drugmaker, no
drug), or a question before that names none, is left as it is.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots

# a pointer at one drug: "this ADC", "that drug", "the same molecule", "这个 ADC", "该药", "这款药物", "此抗体"
_KIND = (
    r"ADCs?|drugs?|assets?|molecules?|compounds?|candidates?|medicines?|therap(?:y|ies)|antibod(?:y|ies)|"
    r"bispecifics?|products?|programs?|programmes?|inhibitors?|agonists?|siRNAs?|peptides?|engagers?"
)
_THIS_DRUG_RE = re.compile(
    rf"\b(?:this|that|the\s+same)\s+(?:{_KIND})\b|(?:这个|这款|那个|那款|该|此|这一)\s*(?:{_KIND}|药物|药(?!企|厂)|分子|抗体|产品|候选药物)",
    re.IGNORECASE,
)
# the drug as a yardstick for other deals: "besides this drug", "like this drug", "other ... than this one",
# "similar to this ADC", "除了这个药", "类似": deals beyond it are asked, not the drug itself
_BEYOND_RE = re.compile(
    r"\b(?:besides|apart\s+from|other\s+than|except|excluding|like|similar\s+to|such\s+as|other|others|another)\b|"
    r"除了|以外|之外|类似|其他|别的",
    re.IGNORECASE,
)


def this_drug(question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str) -> str:
    """``question`` led by the names of the deal before when it points at "this ADC/drug" and names none,
    else ``question``: "what does this ADC target?" after "What did Roche pay Innovent upfront?" →
    "Innovent Biologics, Roche: what does this ADC target?"."""
    if not earlier or _THIS_DRUG_RE.search(question) is None or _BEYOND_RE.search(question):
        return question
    own = read_slots(question, entities, corpus_end)
    if own.companies or own.asset:
        return question
    before = read_slots(earlier[-1], entities, corpus_end)
    if not before.companies and not before.asset:
        return question
    names = [*before.companies, *([before.asset] if before.asset else [])]
    return f"{', '.join(names)}: {question}"
