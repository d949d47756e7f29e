"""The pair's other deal, pointed at by when it was signed: "and the newer one from september, whats the upfront on
that" after "argo novartis 2024 deal upfront" (outsider142).

Argo and Novartis signed twice (January 2024, September 2025). After a turn about one of a pair's deals, "the newer
one", "the later deal", "the more recent one", "the older one" or "the september one" pick the
pair's deal by its date; the measure asked (or the one before) is that deal's. Before, the follow-up kept the year
of the turn before and answered the 2024 deal's upfront again: a confident answer about the wrong deal.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.dates import MONTHS
from assistant.routing.periods import Period

_I = re.IGNORECASE
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_THING = r"(?:one|deal|agreement|pact|licen[cs]e)"
_LATER = r"newer|newest|later|latest|more\s+recent|most\s+recent|recent|second"
_EARLIER = r"older|oldest|earlier|earliest|first|original"
# "the newer one", "the more recent deal", "the older one"
# ("the other one, the milestones?" is the other measure of the same deal: tests/test_review14.py)
_WHICH_RE = re.compile(rf"\bthe\s+(?P<which>{_LATER}|{_EARLIER})\s+{_THING}\b", _I)
# "the september one", "the one from september", "the newer one from september", "the sept deal"
_MONTH_RE = re.compile(
    rf"\bthe\s+(?P<month>{_MONTH})\.?\s+{_THING}\b|\b{_THING}\s+(?:from|in|of|signed in)\s+(?P<month2>{_MONTH})\b", _I
)


# "did those two do another deal after that?", "a second deal later?": the pair's next deal (outsider154)
_ANOTHER_RE = re.compile(
    rf"\b(?:another|a\s+second|a\s+new|one\s+more|any\s+other)\s+{_THING}\s+"
    r"(?:after(?:\s+that|wards)?|later(?:\s+on)?|since(?:\s+then)?)\b",
    _I,
)


def pair_deal_pointed(own: Any, previous: Any, question: str, deals: list[Any]) -> Any | None:
    """The pair's deal (a row of ``deals``) the words point at after a turn about another of its deals, or None:
    ``own`` is this turn's ``intents.Slots``, ``previous`` the turn before's ``RouteState``."""
    if previous is None or previous.kind != "get_deal" or own.mentions or own.asset or own.count or own.op:
        return None
    pair = set(previous.slots.companies)
    if len(pair) != 2:
        return None
    signed = sorted((d for d in deals if pair <= {*d.licensors, *d.licensees}), key=lambda d: d.announced)
    before = _deal_before(previous, signed)
    if len(signed) < 2 or before is None:
        return None
    return _picked(question, signed, before)


def on_the_deal(slots: Any, deal: Any) -> Any:
    """``slots`` (the turn merged into the one before) about ``deal``: its id and its year."""
    update = {"deal_id": deal.deal_id, "periods": [Period(year=int(deal.announced[:4]))]}
    if slots.asset_deal != deal.deal_id:  # "YL211" named the deal before; the pair's other deal is another drug
        update |= {"asset": None, "asset_deal": None}
    return slots.model_copy(update=update)


def _deal_before(previous: Any, signed: list[Any]) -> Any | None:
    """The pair's deal the turn before was about: its id, or the one deal of the year it asked."""
    args = previous.calls[0].args if len(previous.calls) == 1 else {}
    if args.get("deal_id"):
        return next((d for d in signed if d.deal_id == args["deal_id"]), None)
    if args.get("asset"):  # "MediLink's YL211 deal with Roche": the deal whose asset it names
        named = [d for d in signed if str(args["asset"]).lower() in d.asset.lower()]
        return named[0] if len(named) == 1 else None
    year = str(args.get("year") or "")
    of_year = [d for d in signed if year and d.announced.startswith(year)]
    return of_year[0] if len(of_year) == 1 else None


def _picked(question: str, signed: list[Any], before: Any) -> Any | None:
    others = [d for d in signed if d.deal_id != before.deal_id]
    said = _MONTH_RE.search(question)
    if said:
        month = MONTHS[(said["month"] or said["month2"]).lower()]
        of_month = [d for d in others if len(d.announced) >= 7 and int(d.announced[5:7]) == month]
        return of_month[0] if len(of_month) == 1 else None
    if _ANOTHER_RE.search(question):
        later = [d for d in others if d.announced > before.announced]
        return later[0] if later else None
    which = _WHICH_RE.search(question)
    if which is None:
        return None
    word = re.sub(r"\s+", " ", which["which"].lower())
    extreme = word in ("newest", "latest", "most recent", "oldest", "earliest", "first", "original")
    if re.fullmatch(_LATER, word, _I):  # "the newer one": the next; "the latest one": the last
        later = [d for d in others if d.announced > before.announced]
        return (later[-1] if extreme else later[0]) if later else None
    earlier = [d for d in others if d.announced < before.announced]  # "the older one", "the earliest one"
    return (earlier[0] if extreme else earlier[-1]) if earlier else None
