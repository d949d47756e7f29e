"""The retrieval filter a planned question hands the article search: its companies and period."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.intents import Slots


def passage_filter(s: Slots, deal_parties: dict[str, list[str]]) -> dict[str, Any]:
    """Companies named (or the parties of the deal an asset code names) and the period asked about.

    Market reviews of a period are published after it, so a period alone bounds only the start;
    deal news comes out on the day, so with companies named the period bounds both ends."""
    names = list(s.companies)
    if s.asset_deal and not names:
        names = list(deal_parties.get(s.asset_deal, []))
    found: dict[str, Any] = {}
    if names:
        found["companies"] = names
    if s.periods:
        found["date_from"] = s.periods[0].date_from
        if names:
            found["date_to"] = s.periods[-1].date_to
    return found


def pinned_article(s: Slots, pinned: str | None, deals: Sequence[Deal]) -> dict[str, Any]:
    """The article of the one deal a pair's words single out ("the CSPC AstraZeneca obesity deal": an area picks
    it from the pair's three), as a passage filter; nothing when the pair did one deal or nothing picks one.
    Before, "when was the CSPC AstraZeneca obesity deal announced?" quoted the 2024 Lp(a) deal's date."""
    if pinned is None or len(set(s.companies)) < 2:
        return {}
    of_pair = [d for d in deals if set(s.companies) <= {*d.licensors, *d.licensees}]
    doc = next((d.doc_id for d in of_pair if d.deal_id == pinned), None)
    return {"doc_ids": [doc]} if doc and len(of_pair) > 1 else {}
