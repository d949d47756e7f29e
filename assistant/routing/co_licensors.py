"""Three or more companies named that are exactly the parties of one deal, both sides among them: that deal.

Matches a lookup that names co-licensors and their licensee together, e.g. "kelun + HBM anti-TSLP to
windward, UF" or "What did Windward pay Kelun and Harbour BioMed upfront?" (Kelun-Biotech and Harbour
BioMed licensed SKB378 to Windward Bio together). The lookup's two places (licensor, licensee) would
otherwise take the first two names, here Kelun and Harbour, as a pair that never dealt.

Not matched: a sum, count or ranking over the companies (their own deals each), a comparison, two
companies only (the ordinary pair lookup), or names that more than one deal holds together.
"""

from __future__ import annotations

from typing import Any

from assistant.corpus.tables import Deal


def parties_deal(companies: list[str], deals: list[Deal]) -> Deal | None:
    """The one deal whose parties include every company in ``companies``, a licensor and a licensee among them."""
    named = set(companies)
    held = [deal for deal in deals if named <= {*deal.licensors, *deal.licensees}]
    if len(held) != 1 or not (named & set(held[0].licensors) and named & set(held[0].licensees)):
        return None
    return held[0]


def sides_first(mentions: list[Any], *sides: list[str]) -> list[Any]:
    """``mentions`` with the first mention of each side's companies put first, in the order of ``sides``; they fill
    a lookup's two places."""
    first = [next(m for m in mentions if m.name in side) for side in sides]
    return first + [mention for mention in mentions if mention not in first]


def co_licensed_deal(slots: Any, deals: list[Deal]) -> Any:
    """The one deal whose parties include every company named, with a licensor and a licensee among them,
    pinned for a plain lookup; ``slots`` (``intents.Slots``) unchanged otherwise."""
    if slots.op is not None or slots.count or slots.deal_id or len(slots.companies) < 3 or slots.split_at is not None:
        return slots
    deal = parties_deal(slots.companies, deals)
    if deal is None:
        return slots
    mentions = sides_first(slots.mentions, deal.licensors, deal.licensees)  # a licensor, then the licensee
    return slots.model_copy(update={"deal_id": deal.deal_id, "mentions": mentions})
