"""Two deals of one ask, a different measure said beside each: one ask per deal, each with its own measure.

"Mabwell: upfront from Calico, and headline on the Kalexo siRNA deal?" names Mabwell's two deals (told apart by
the partner) and asks the upfront of the first and the headline value of the second. Read whole, the router
answered the Calico deal's terms and never the Kalexo headline; it is asked as "What was the upfront of the
Mabwell–Calico Life Sciences deal" and "What was the total value of the Mabwell–Kalexo Bio deal". Likewise
"Calico upfront, Kalexo headline?" (each measure after its deal). Each measure must sit next to one deal only
(measure, deal, measure, deal, or deal, measure, deal, measure); a question that sets the deals against each other
or adds them ("which was bigger", "combined"), says both measures before both deals, or names two pairs with no company in
common ("Hengrui GSK upfront and Innovent Takeda milestones", the router's to read) is left whole.
``measure_by_deal`` runs inside ``decompose.split_parts`` on each part.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.deal_pairs import named_deals

_I = re.IGNORECASE
_KINDS = (
    (re.compile(r"\bup[\s-]?fronts?\b|\bupfs?\b|\bufs?\b|首付款?", _I), "upfront"),
    (re.compile(r"\bmilestones?\b|\bbio[\s-]?bucks\b|里程碑", _I), "milestones"),
    (
        re.compile(r"\bheadline(?:\s+value)?\b|\b(?:total|deal|potential)\s+value\b|\bworth\b|总额|总金额", _I),
        "total value",
    ),
    (re.compile(r"\bequity(?:\s+investment)?\b|股权", _I), "equity"),
)
_TOGETHER_RE = re.compile(
    r"\b(?:which|whose|bigger|larger|smaller|higher|lower|greater|more|less|than|vs\.?|versus|compar\w*|differ\w*|"
    r"gap|ratio|times|combined|together|sum|add\s+up|both|each|respectively|percent|share)\b|%|更|比|哪|合计|分别",
    _I,
)


def _measures(part: str) -> list[tuple[int, str]]:
    """Where ``part`` says a measure, and which: [(position, "upfront"), (position, "total value")]."""
    found = [(match.start(), kind) for pattern, kind in _KINDS for match in pattern.finditer(part)]
    return sorted(found)


def _deal_places(part: str, deals: list[Any], entities: Any) -> list[int] | None:
    """Where ``part`` names each deal by a party the other deal lacks (or by its drug code), in deal order."""
    mentions = entities.find_companies(part).mentions
    codes = {deal_id: position for _, deal_id, position in entities.find_assets(part)}
    places = []
    for deal in deals:
        other = next(d for d in deals if d is not deal)
        shared = {*other.licensors, *other.licensees}
        own = [m.start for m in mentions if m.name in (*deal.licensors, *deal.licensees) and m.name not in shared]
        own += [codes[deal.deal_id]] if deal.deal_id in codes else []
        if not own:
            return None
        places.append(min(own))
    return places


def _asked(deal: Any, measure: str, deals: list[Any]) -> str:
    """One deal's measure in words the router reads as that deal."""
    licensor, licensee = deal.licensors[0], deal.licensees[0]
    siblings = [d for d in deals if licensor in d.licensors and licensee in d.licensees]
    when = f" announced {deal.announced}" if len(siblings) > 1 else ""
    verb = "were" if measure == "milestones" else "was"
    return f"What {verb} the {measure} of the {licensor}–{licensee} deal{when}"


def measure_by_deal(part: str, spans: Any) -> list[str]:
    """``part`` as one ask per deal when it names two deals and says a different measure beside each; else
    ``[part]``. "Mabwell: upfront from Calico, and headline on the Kalexo siRNA deal?" gives the Calico deal's
    upfront and the Kalexo deal's total value."""
    router = getattr(spans, "__self__", None)
    entities, deals = getattr(router, "entities", None), getattr(getattr(router, "coverage", None), "deals", None)
    if entities is None or deals is None or _TOGETHER_RE.search(part):
        return [part]
    measures = _measures(part)
    if len(measures) != 2 or measures[0][1] == measures[1][1]:
        return [part]
    named = named_deals(part, deals, entities)
    if len(named) != 2 or not {*named[0].licensors, *named[0].licensees} & {*named[1].licensors, *named[1].licensees}:
        return [part]  # two pairs ("Hengrui GSK upfront and Innovent Takeda milestones") are the router's to read
    places = _deal_places(part, named, entities)
    if places is None:
        return [part]
    (m1, k1), (m2, _) = measures
    order = sorted([(m1, "m"), (m2, "m"), *((p, "d") for p in places)])
    pattern = "".join(tag for _, tag in order)
    if pattern not in ("mdmd", "dmdm"):
        return [part]  # "upfront and headline of A and B": both measures of both deals, not one each
    first_deal = named[0] if places[0] < places[1] else named[1]
    second_deal = named[1] if first_deal is named[0] else named[0]
    return [_asked(first_deal, k1, deals), _asked(second_deal, measures[1][1], deals)]
