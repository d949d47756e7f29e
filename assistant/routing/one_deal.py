"""A sum "between them" over the parties of one deal ("How much did Kelun and Harbour get upfront
between them from Windward?"): the deal's own figure, which it states for them together."""

from __future__ import annotations

import re
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.claim_corrections import claim_corrected
from assistant.routing.co_licensors import co_licensed_deal, parties_deal, sides_first
from assistant.routing.comparables import like_a_deal
from assistant.routing.factcheck import deal_by_stated_amount
from assistant.routing.speaker import without_the_speaker

# "How much did Kelun and Harbour get upfront between them from Windward?": the parties named on both
# sides of one deal ask that deal's figure, which it already gives for them together.
_BETWEEN_THEM_RE = re.compile(r"\bbetween (?:them|the two|both)\b|\btogether\b|\bjointly\b|\bcombined\b", re.IGNORECASE)


def deal_between_them(slots: Any, deals: list[Deal], question: str) -> Any:
    """A sum "between them" over companies that are, with both sides named, the parties of one deal
    only: that deal, asked for its figure, not a sum per company. ``slots`` are ``intents.Slots``."""
    # "We're Evopoint: ... the median 2025 ADC upfront?": not Evopoint's
    slots = without_the_speaker(slots, question, deals)
    slots = like_a_deal(slots, deals, question)  # "deals like Summit-Akeso": the others of its kind
    slots = deal_by_stated_amount(slots, deals, question)  # "the $18.5bn CSPC–AZ headline": that deal
    slots = claim_corrected(slots, deals, question)  # "HS-10535 went to Regeneron in 2025?": the deal HS-10535 names
    slots = co_licensed_deal(slots, deals)  # "kelun + HBM anti-TSLP to windward, UF": the one deal of all three
    slots = nothing_terminated(slots, deals)  # "Given Pfizer walked away from the 3SBio deal, did 3SBio keep …"
    if slots.op != "sum" or slots.deal_id or len(slots.companies) < 3 or not _BETWEEN_THEM_RE.search(question):
        return slots
    deal = parties_deal(slots.companies, deals)
    if deal is None:
        return slots
    # one buyer and one seller first, which fill the lookup's two places whatever roles the others play elsewhere
    mentions = sides_first(slots.mentions, deal.licensees, deal.licensors)
    return slots.model_copy(update={"op": None, "deal_id": deal.deal_id, "mentions": mentions})


def nothing_terminated(slots: Any, deals: list[Deal]) -> Any:
    """Money kept after a termination, asked of companies none of whose deals in our table was terminated: the
    premise is the question, answered from the articles (the deal's status), not a tracker's missing figure.
    "Given Pfizer walked away from the 3SBio SSGJ-707 deal, did 3SBio get to keep the $1.25b upfront?" had said
    "No reported market statistic gives the retained after termination" (outsider156); the licence closed."""
    if slots.market_metric != "retained_after_termination" or not slots.companies:
        return slots
    named = set(slots.companies)
    if any(deal.status == "terminated" and named & {*deal.licensors, *deal.licensees} for deal in deals):
        return slots
    return slots.model_copy(update={"market_metric": None, "strong_text": True, "figure_cue": False})
