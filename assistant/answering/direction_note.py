"""A payment asked the wrong way round: the licensor named as the payer of its own licensee.

"What did Argo pay Novartis upfront when it licensed Novartis's siRNA drugs?" (Argo licensed the assets to
Novartis, which paid Argo): the one deal looked up is the right one and its figure answers, but the answer had
given the $185 million without saying the direction was the other way. Matches when the deal's licensor is named
before its licensee with a paying or in-licensing verb between them ("did Argo pay Novartis", "Argo paid
Novartis", "Argo licensed Novartis's"), and says "The direction is reversed: Novartis paid Argo Biopharmaceutical,
which licensed the rights to it." A question with the parties the right way round gets no note, nor does the
licensor first in the passive ("Was Hengrui paid $500 million by GSK?", "How much did Akeso get paid by Summit?") or
giving its licensee the rights ("What rights did Hengrui give GSK, and for how much upfront?"; money handed over
"for the rights" is a payment still). Examples in
``tests/test_premises214.py``.
"""

from __future__ import annotations

import re

from assistant.corpus.tables import Deal
from assistant.routing.entities import EntityIndex
from assistant.routing.plan import Plan

_I = re.IGNORECASE
# the licensor as the subject of paying or in-licensing: "did Argo pay Novartis", "Argo paid Novartis"; not the
# passive ("Akeso get paid by Summit", "Hengrui was paid $500 million by GSK"), whose helper word is no subject
_PAYING_RE = re.compile(
    r"^\W*(?:(?:have|has|had|did|do|does|will|would)\s+)?(?!(?:get|gets|got|getting|was|were|been|being|is|are|be)\s)"
    r"(?:\w+\s+)?(?:pay|pays|paid|paying|fork(?:ed|s)?|(?P<gave>hand(?:ed|s)?|g[ai]ves?)|in-?licens\w*|"
    r"(?P<licensed>licens\w*)\s+(?=\W*$)|bought|buy|acquired)\b",
    _I,
)
# "... paid $500 million by GSK": the payer named after "by"
_PASSIVE_RE = re.compile(r"\bby\W*$", _I)
# what a licensor gives or hands its licensee is the licence itself: "What rights did Hengrui give GSK?"
_RIGHTS_RE = re.compile(r"\b(?:rights?|licen[cs](?:e|es|ing)\b|territor\w*|access|option|assets?)\b", _I)
# money handed over for the rights is still a payment: "how much did Argo hand over to Novartis for the siRNA rights?"
_FOR_RIGHTS_RE = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:rights?|licen[cs]e)\b", _I)
# "Argo licensed Novartis's siRNA drugs": the licensee's own assets taken in; "licensed GSK the rights" is not
_POSSESSIVE_RE = re.compile(r"^\s*(?:['\u2019]|s\b)")


def direction_notes(entities: EntityIndex, question: str, deal: Deal) -> list[str]:
    """The sentence saying who paid whom, when ``question`` has the deal's licensor paying its licensee."""
    mentions = entities.find_companies(question).mentions
    sellers = [m for m in mentions if m.name in deal.licensors]
    buyers = [m for m in mentions if m.name in deal.licensees]
    if not sellers or not buyers or len(mentions) != len(sellers) + len(buyers):
        return []
    seller, buyer = sellers[0], buyers[0]
    between = question[seller.end : buyer.start]
    if seller.end > buyer.start or len(between) > 40 or _PASSIVE_RE.search(between):
        return []
    paying = _PAYING_RE.search(between)
    if paying is None:
        return []
    if paying.group("gave") and _RIGHTS_RE.search(question) and not _FOR_RIGHTS_RE.search(question):
        return []
    if paying.group("licensed") and not _POSSESSIVE_RE.search(question[buyer.end :]):
        return []
    payer = " & ".join(deal.licensees).rstrip(".")
    payee = " & ".join(deal.licensors)
    return [f"The direction is reversed: {payer} paid {payee}, which licensed the rights to it."]


def looked_up(deals: list[Deal], plan: Plan) -> Deal | None:
    """The one deal a plan's single ``get_deal`` call names: by its id, or by its pair (with the year and asset
    said) when that pair has one such deal ("Argo paid Novartis how much upfront for the 2024 siRNA licence?")."""
    calls = plan.tool_calls
    if len(calls) != 1 or calls[0].tool != "get_deal":
        return None
    args = calls[0].args
    if args.get("deal_id"):
        return next((deal for deal in deals if deal.deal_id == args["deal_id"]), None)
    if not (args.get("licensor") and args.get("licensee")):
        return None
    asset = (args.get("asset") or "").lower()
    found = [
        deal
        for deal in deals
        if args["licensor"] in deal.licensors
        and args["licensee"] in deal.licensees
        and args.get("year") in (None, deal.year)
        and asset in deal.asset.lower()
    ]
    return found[0] if len(found) == 1 else None
