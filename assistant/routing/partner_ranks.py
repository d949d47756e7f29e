"""A ranking of companies by how many different partners they have, not by their deals' value.

"Which licensee signed with the most different Chinese companies?", "which Chinese company has the most
Western partners?", "the buyer that worked with the most Chinese licensors": the companies counted are
the other side's, so the ranking is of the asking side by its number of different counterparties. A
plan that ranked by total value (or by deal count) answered a different question with a figure.

The side ranked is the opposite of the side counted: Chinese companies, licensors, biotechs or sellers
counted rank licensees; Western partners, buyers, licensees or pharmas counted rank licensors. A bare
"partners" takes the side from the subject ("which Chinese biotech has the most partners": licensors).
The examples are the tests (``tests/test_session8_lead.py``).
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_COUNTED_RE = re.compile(
    r"\b(?:most|fewest|largest number of|highest number of|greatest number of|more)\s+"
    r"(?:different\s+|distinct\s+|separate\s+|unique\s+)?(?P<where>(?:chinese|china|western|foreign|global|us|american|"
    r"european|japanese|multinational|big)\s+)?(?P<kind>partners|counterparties|companies|licensors|licensees|buyers|"
    r"biotechs|drugmakers|pharmas|sellers|firms)\b",
    re.IGNORECASE,
)
_LICENSOR_KINDS = ("licensors", "biotechs", "sellers")
_LICENSEE_KINDS = ("licensees", "buyers", "pharmas")
_CHINESE_RE = re.compile(r"\b(?:chinese|china)\b", re.IGNORECASE)
_SUBJECT_BUYER_RE = re.compile(
    r"^\W*(?:which|what|who)\s+(?:[\w-]+\s+){0,2}?(?:licensees?|buyers?|pharmas?|multinationals?|acquirers?)\b|"
    r"\b(?:western|foreign|global|us|american|european|japanese|multinational|big)\s+(?:pharmas?|compan(?:y|ies)|"
    r"buyers?|drugmakers?)\b[^?]{0,40}\bmost\b",
    re.IGNORECASE,
)


def partners_ranked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A company ranking asked by its number of different partners, ranked so; two companies compared by
    it, each one's partners counted; otherwise ``calls`` unchanged."""
    counted = _COUNTED_RE.search(question)
    if counted is None or len(calls) != 1:
        return calls
    if calls[0].tool == "compare":
        return _partners_compared(calls[0]) or calls
    if calls[0].tool != "rank":
        return calls
    args = calls[0].args
    if args.get("dimension") not in ("licensor", "licensee", "deal") or args.get("metric") == "partners":
        return calls
    kind, where = counted.group("kind").lower(), (counted.group("where") or "").strip().lower()
    if kind in _LICENSOR_KINDS or (where in ("chinese", "china")):
        dimension = "licensee"
    elif kind in _LICENSEE_KINDS or where:
        dimension = "licensor"
    elif kind in ("partners", "counterparties", "companies", "firms", "drugmakers"):
        asked_side = question[: counted.start()]
        buyer = _SUBJECT_BUYER_RE.search(asked_side) and not _CHINESE_RE.search(asked_side)
        dimension = "licensee" if buyer else "licensor" if _CHINESE_RE.search(asked_side) else str(args["dimension"])
    else:
        return calls
    if dimension == "deal":
        return calls
    update = {**args, "dimension": dimension, "metric": "partners"}
    return [calls[0].model_copy(update={"args": update})]


def _partners_compared(call: ToolCall) -> list[ToolCall] | None:
    """ "Who has more partners, Hengrui or Hansoh?": each side's different counterparties counted, not its
    deals' value summed; None when a side is not one company's deals."""
    parts = []
    for side in ("left", "right"):
        wanted = dict(call.args.get(side) or {})
        own = [key for key in ("licensor", "licensee") if wanted.get(key)]
        if len(own) != 1:
            return None
        other = "licensee" if own[0] == "licensor" else "licensor"
        args = {"metric": "total", "operation": "count", "filter": wanted, "distinct": other}
        parts.append(ToolCall(tool="aggregate", args=args))
    return parts
