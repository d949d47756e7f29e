"""A superlative claim about one named deal, answered with a ranking: the claim's own figure placed on that deal.

"WuXi Bio's $925m upfront from Candid = biggest Jan-25 upfront, right?" (outsider104) ranked January 2025's
upfronts, which was right, but never said what the $925 million was: WuXi Biologics' upfront was not disclosed,
and $925 million is the deal's combined total, so the claim rests on a misread figure. ``claimed_values`` places a
claim's figure only for a deal's own look-up. Here, for a ranking put as a claim, the one deal whose parties the
question names is found in the whole table (any section), and each figure the claim states that is one of that
deal's other figures is said to be so, cited to its sentence, with the asked figure's own status: "The $925
million in the claim is the WuXi Biologics–Candid Therapeutics deal's total deal value, not its upfront payment,
which was not disclosed." A figure that is the asked one, or no figure of that deal, adds nothing; two companies named that never dealt
are said to have no deal together (the ranking answers the superlative).
Examples in ``tests/test_outsider104_106_classes.py``.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.answer import Answer
from assistant.answering.composer import citation_for
from assistant.answering.snapshot import Snapshot
from assistant.money import find_money, render_amount
from assistant.routing.claim_corrections import is_claim
from assistant.routing.plan import Plan
from assistant.tools.dealbook import names

_WORDS = {"upfront": "upfront payment", "milestones": "milestone payments", "total": "total deal value",
          "equity": "equity investment"}  # fmt: skip
_ROUNDING = Decimal("0.005")


def with_ranked_claim(snap: Snapshot, question: str, plan: Plan, answer: Answer) -> None:
    """Add to a ranking ``answer`` what the claim's figure is of the one deal the question names."""
    ranks = [call for call in plan.tool_calls if call.tool == "rank" and call.args.get("dimension", "deal") == "deal"]
    if plan.route != "table" or len(ranks) != 1 or not is_claim(question):
        return
    asked = str(ranks[0].args.get("metric") or "")
    named = sorted({mention.name for mention in snap.router.entities.find_companies(question).mentions})
    pairs = [deal for deal in snap.tables.deals if set(named) <= {*deal.licensors, *deal.licensees}]
    if len(named) == 2 and not pairs:  # "恒瑞和辉瑞那笔 … 是不是2025年最高的首付": no such deal to place
        answer.answer = f"{answer.answer} Our table holds no deal between {named[0]} and {named[1]}."
        return
    deal = pairs[0] if len(named) >= 2 and len(pairs) == 1 else None
    if deal is None or asked not in _WORDS:
        return
    for mention in find_money(question):
        value = mention.amount
        if value is None:
            continue
        for name, words in _WORDS.items():
            figure = deal.figure(name)  # type: ignore[arg-type]
            if name == asked or figure.amount is None or abs(value - figure.amount) > _ROUNDING * figure.amount:
                continue
            provenance = snap.resolver.quote(deal.doc_id, figure.quote) if figure.quote else None
            if provenance is None:
                continue
            own = deal.figure(asked).amount  # type: ignore[arg-type]
            status = "which was not disclosed" if own is None else f"which was {render_amount(own)}"
            party = f"{names(deal.licensors)}–{names(deal.licensees)}"
            n = len(answer.citations) + 1
            answer.citations.append(citation_for(provenance, snap.docs, n))
            answer.answer = (
                f"{answer.answer} The {render_amount(value)} in the claim is the {party} deal's {words}, "
                f"not its {_WORDS[asked]}, {status} [{n}]."
            )
            return
