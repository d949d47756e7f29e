"""Companies with more deals than a named one: "How many licensors did more deals than Hengrui in 2025?".

The plan counted the named company's own deals, or its one licensor ("1 different licensor: Hengrui"),
a confident answer to a different question. The question asks for the companies of the named one's
side (licensors when it licensed out, licensees when it bought) with more deals than it has, over the
period and kind asked: the named company leaves the filter and becomes the bar (``more_than``). "Which
licensors did more deals than Hengrui" is the same count, which names them. The examples are the tests
(``tests/test_session9_lead.py``).
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_MORE_THAN_RE = re.compile(
    r"\b(?:how many|which|what|who|any)\b[^?]{0,60}?\b(?:more|as many or more)\s+(?:licensing\s+|licen[cs]e\s+)?"
    r"(?:deals|transactions|agreements|licen[cs]es|partnerships)\s+than\b",
    re.IGNORECASE,
)
_SIDES = ("licensor", "licensee")


def more_than_named(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A count of companies with more deals than the one named; otherwise ``calls`` unchanged."""
    if len(calls) != 1 or calls[0].tool not in ("aggregate", "find_deals") or not _MORE_THAN_RE.search(question):
        return calls
    args = calls[0].args
    wanted = dict(args.get("filter") or {})
    named = [side for side in _SIDES if wanted.get(side)]
    if len(named) != 1 or wanted.get("company"):
        return calls
    side = named[0]
    bar = wanted.pop(side)
    update = {"metric": "total", "operation": "count", "filter": wanted, "distinct": side, "more_than": bar}
    return [ToolCall(tool="aggregate", args=update)]
