"""An upfront's make-up asked: "how much of that upfront is equity?", "how was the upfront split cash vs paper?".

The question names the upfront and a part of it (equity, cash, stock, "paper"); read word by word it named two
measures, and the deal's whole terms came back without the split (outsider96 and 98: the $45 million cash part of
Vor Bio's $125 million, the $1.1 billion left of Takeda's $1.2 billion after its share purchase). The upfront alone is
asked, whose answer states what it includes ("The $1.2 billion upfront includes $100 million paid in equity ($1.1
billion without it, our arithmetic)"), and ``answering.cash_split`` quotes the article's own split beside it.

- takes: "how much of that upfront is equity", "how was the upfront split cash vs paper?", "upfront: cash or
  shares?", "uf, how much of it is equity, cash uf net" (a question about the cash part alone is then re-planned for the articles by ``answering.unmeasured``)
- leaves: "upfront and equity?" (two figures), "total equity across the 2025 deals" (no upfront)
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
_PART = r"(?:equity|cash|stock|shares|warrants?|paper)"
_UPFRONT_SPLIT_RE = re.compile(
    rf"\b(?:how\s+much|what\s+(?:part|portion|share|fraction|%))\s+of\s+(?:that|the|this|its|their|the\s+\w+)\s+"
    rf"up[\s-]?front\s+(?:is|was|were|came|comes|got|is\s+paid|was\s+paid)\s+(?:as\s+|in\s+)?{_PART}\b|"
    rf"\bup[\s-]?front\b[^?;]{{0,25}}\bsplit\b[^?;]{{0,25}}\b{_PART}\b|"
    rf"\bup[\s-]?front\b[^?;]{{0,25}}\bcash\s+(?:vs\.?|versus|or|and|v)\s+{_PART}\b|"
    # "innovent takeda - uf, how much of it is equity, cash uf net" (outsider100): "it" the upfront just named, and
    # the upfront net of the equity
    rf"\b(?:up[\s-]?front|uf)\b[^?;]{{0,30}}?\bhow\s+much\s+of\s+(?:it|that)\s+(?:is|was)\s+(?:in\s+|as\s+)?{_PART}\b|"
    r"\b(?:up[\s-]?front|uf)\s+(?:net\b(?!\s+(?:income|loss|sales|revenue))|less\s+(?:the\s+)?equity\b|ex[\s-]equity\b)|"
    # "Of Vor Bio's upfront to RemeGen, how much came as cash rather than warrants?", "got $125 million in cash
    # upfront - right?" (phrasing_textfacts, outsider129)
    rf"\bup[\s-]?front\b[^?;]{{0,40}}\bhow\s+much\b[^?;]{{0,20}}\b(?:came|come|was|is|were)\s+(?:as|in)\s+{_PART}\b|"
    r"\bin\s+cash\s+up[\s-]?front\b|\bup[\s-]?front\s+(?:all\s+)?in\s+cash\b",
    _I,
)


def upfront_split_asked(slots: Any, text: str) -> None:
    """The upfront alone when ``text`` asks what part of it was equity, cash or stock ("cash vs paper" is no
    comparison of two deals either)."""
    if "upfront" not in slots.metrics or not _UPFRONT_SPLIT_RE.search(text):
        return
    spans = [span for span, metric in zip(slots.metric_spans, slots.metrics, strict=False) if metric == "upfront"]
    slots.metrics, slots.metric_spans = ["upfront"], spans[:1]
    if slots.op == "compare":
        slots.op, slots.derive = None, None
