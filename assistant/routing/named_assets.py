"""Several drugs named for one sum, count or list: "combined upfront for the 3 big PD-1/VEGF bispecific licences
since 2024 — LM-299, SSGJ-707 and RC148?" (outsider146).

The filter took the first drug only ("an asset matching 'LM-299'": $588 million, one deal of the three asked). When a
sum, count, average, ranking or list names two or more drugs the table holds, each for its own deal, the calls run
over those deals (``deal_ids``) instead of the first drug's.
"""

from __future__ import annotations

from typing import Any

from assistant.tools.schema import ToolCall

_OVER_DEALS = ("aggregate", "find_deals", "rank")


def assets_together(calls: list[ToolCall], slots: Any) -> None:
    """``calls`` (changed in place) over every deal the named drugs name, when a call filtered on the first of two or
    more."""
    deal_ids = list(dict.fromkeys(deal_id for _, deal_id, _ in slots.assets if deal_id))
    if len(deal_ids) < 2:
        return
    for call in calls:
        wanted = call.args.get("filter")
        if call.tool in _OVER_DEALS and isinstance(wanted, dict) and wanted.get("asset"):
            wanted.pop("asset")
            wanted["deal_ids"] = deal_ids
