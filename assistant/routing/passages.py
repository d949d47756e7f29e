"""The retrieval filter a planned question hands the article search: its companies and period."""

from __future__ import annotations

from typing import Any

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
