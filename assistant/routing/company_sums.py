"""A "which company … in total" ranking ranks the companies by their deals summed, not single deals.

"按总额排，哪家中国药企 deal value 加起来最高？前三" reads "by total value, which Chinese drugmaker deal value in
total the highest? top 3": "which Chinese drugmaker deal" had made the deal the thing ranked (CSPC's one $18.5
billion deal, GeneQuantum's, Hengrui's GSK deal), when the question adds each company's deals up (CSPC $27.9
billion over four deals, Hengrui, Innovent). A ranking of deals whose question asks "which" of a kind of company
(drugmaker, licensor, biotech, buyer, pharma, multinational …) beside a word of adding ("in total", "added up",
"combined", "altogether", "summed", "cumulative") ranks that side of the table instead: Chinese companies are
the licensors, buyers the licensees. "which Chinese company signed the single biggest deal" adds nothing up and
stays a ranking of deals. Run in ``buckets.reshaped``; the examples are in ``tests/test_zh.py``.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_SELLERS = r"(?:chinese\s+)?(?:drugmakers?|licensors?|biotechs?|sellers?|(?:chinese|china)\s+(?:compan(?:y|ies)|firms?|pharmas?))"
_BUYERS = r"(?:licensees?|buyers?|multinationals?|mncs?|big\s+pharmas?|foreign\s+(?:pharmas?|drugmakers?|compan(?:y|ies))|acquirers?)"
_WHICH_RE = re.compile(rf"\b(?:which|what)\s+(?:(?P<sellers>{_SELLERS})|(?P<buyers>{_BUYERS}))\b", _I)
_ADDED_RE = re.compile(
    r"\bin total\b|\badded up\b|\badd(?:s|ed)? up\b|\bcombined\b|\baltogether\b|\bsumm?(?:ed)?\b|\bcumulative(?:ly)?\b|"
    r"\bacross (?:all )?(?:its|their) deals\b",
    _I,
)
_SINGLE_RE = re.compile(r"\bsingle\b|\bone deal\b", _I)


def company_summed(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """``calls`` with a ranking of deals asked of "which <kind of company> … in total" ranking that side of the
    table by its deals summed (the module's docstring); else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "rank" or calls[0].args.get("dimension") != "deal":
        return calls
    which = _WHICH_RE.search(question)
    if which is None or not _ADDED_RE.search(question) or _SINGLE_RE.search(question):
        return calls
    side = "licensor" if which["sellers"] else "licensee"
    return [ToolCall(tool="rank", args={**calls[0].args, "dimension": side})]
