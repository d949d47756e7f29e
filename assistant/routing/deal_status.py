"""Whether and when one deal closed, asked of deals.csv's status and status_date columns (outsider68/69).

"What did Merck pay LaNova upfront for LM-299, and also did that deal actually close, and when?", "LM-299 deal:
what were the milestones, and when did it close?", "has that deal closed yet?", "did the Innovent Takeda deal
close?": the closing part had been answered with the figure before it again (and dropped as a repeat) or quoted
from an article that dates it "2024-12-20". The table holds each deal's status and its date:

- ``read_status_ask`` (after ``deal_events.read_deal_events``) reads such a question as the deal's terms (rule "one
  deal's terms"), the articles beside them: the deal before, when nothing is named ("did that deal close?");
- ``status_led`` (in ``buckets.reshaped``) asks that lookup for its status alone (``get_deal`` metric "status"):
  "The LaNova Medicines–Merck & Co. deal closed on 20 December 2024 (2024-12-20)."

Not taken: an expected closing ("when is it expected to close", "will it close"), which no row holds and the
articles answer; a money term in the same ask ("upfront and did it close" is split first by ``deal_facets``).
Examples are the tests in ``tests/test_dealparts15.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_THE_DEAL = r"(?:it|that|this|the|its|their)"
# "did that deal actually close", "has the deal closed yet", "did the Innovent Takeda deal close", "when did it
# close", "when was it completed", "the closing date"
STATUS_ASK_RE = re.compile(
    rf"\b(?:did|has|have|had|was|is|when(?:'s| did| was| has| is)?)\s+{_THE_DEAL}\b(?:\s+[\w&-]+){{0,4}}?\s+"
    # "did the deal complete its technology transfer?": a step completed, no closing
    r"(?:close|closed|complete|completed)\b(?!\s+(?:its|the|their|a|an|phase|trials?|technology|tech|transfer)\b)|"
    r"\bclos(?:ing|e) date\b|\bdate (?:it|the deal|that deal) closed\b|"
    # "closed yet?", "and completed?", "deal closed already?" after a deal's answer: the whole follow-up, no subject
    r"^\s*(?:and\s+|so\s+)?(?:(?:the\s+)?deal\s+)?(?:closed|completed)(?:\s+(?:yet|already|now))?\s*\??\s*$|"
    # the deal said before a dash: "remegen/abbv rc148 - closed yet?", "kelun crescent: completed?"
    r"\s[-–—:]\s*(?:(?:has|is)\s+it\s+|it\s+|deal\s+)?(?:closed|completed)(?:\s+(?:yet|already|now))?\s*\??\s*$|"
    # the deal named by its licence: "Has Novartis's licence of SciNeuro's BBB-shuttle antibody actually closed"
    r"\b(?:did|has|have|had|was|is)\b[^?]{0,40}?\b(?:licen[cs]e|deal|agreement|pact|transaction|tie-up)\b[^?]{0,80}?"
    r"\b(?:actually\s+|already\s+|yet\s+|now\s+)?(?:close|closed|complete|completed)\b"
    r"(?!\s+(?:its|the|their|a|an|phase|trials?|technology|tech|transfer)\b)",
    _I,
)
# "is the ImmuneOnco / Axion licence for IMM2510 still in force?", "is that deal still active?": whether it still
# stands, which the status answers (terminated, with its date) (outsider102); "what happened with X — is it still
# live?" asks the story, the article's
_STILL_RE = re.compile(
    r"\b(?:is|are|was|were|remains?)\b[^?.]{0,80}?\bstill\s+(?:in\s+(?:force|effect|place)|active|ongoing|alive|live|"
    r"running|valid|intact|standing|on|pending)\b(?!\s+(?:track|hold|the|its|for|in))",
    _I,
)
_STORY_RE = re.compile(r"\bwhat\s+(?:happened|became|went\s+on|is\s+going\s+on)\b", _I)
# a closing still to come: the articles say what was expected
_EXPECTED_RE = re.compile(
    r"\b(?:expected|expect|due|supposed|set|slated|scheduled|likely|meant|will|would|anticipated|planned|until)\b|"
    r"\bhow (?:long|many|much)\b|\bafter\b",  # "how long after signing did it close": the gap, from the articles
    _I,
)
_MONEY_RE = re.compile(
    r"\$|\bup[\s-]?fronts?\b|\bmilestones?\b|\bbio[\s-]?bucks\b|\broyalt|\bequity\b|\bhow much\b|\bpaid\b|\bpay\b|"
    r"\btotal\b|\bvalue\b|\bworth\b|\bterritor",
    _I,
)


def asks_status(question: str) -> bool:
    """Whether ``question`` asks only whether or when a deal closed: "and did that deal actually close?" yes;
    "when is it expected to close?" and "what did Merck pay upfront, and did it close?" no."""
    still = bool(_STILL_RE.search(question)) and not _STORY_RE.search(question)
    return bool(STATUS_ASK_RE.search(question) or still) and not (
        _EXPECTED_RE.search(question) or _MONEY_RE.search(question)
    )


def read_status_ask(slots: Any, text: str) -> None:
    """Mark ``slots`` (``intents.Slots``) when ``text`` asks whether or when a deal closed: one deal's terms with
    the articles beside (the articles alone had answered, or the figure before again)."""
    if slots.count or slots.op not in (None, "find") or not asks_status(text):
        return
    slots.op, slots.deal_content = (
        None,
        False,
    )  # text_kind stays: a ranking's winner is asked of (``asks_of_the_winner``)
    slots.figure_cue, slots.strong_text = True, True
    slots.pronoun = slots.pronoun or not (slots.mentions or slots.asset)  # nothing named: the deal before


def status_led(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One deal's lookup asked only whether or when it closed asks for its status ("did that deal actually
    close?" after its upfront had carried the upfront)."""
    if len(calls) != 1 or calls[0].tool != "get_deal" or calls[0].args.get("plus") or not asks_status(question):
        return calls
    return [ToolCall(tool="get_deal", args={**calls[0].args, "metric": "status"})]
