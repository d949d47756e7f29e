"""The places behind a named company in a ranking: "behind Pfizer, which licensee paid the most upfront".

The ranking is of every company; the answer runs from the leader down to the place right after the
company named (with the rows tied there), so the leader and its figure are said too.
"""

from __future__ import annotations

from decimal import Decimal


def shown_through_next(keys: list[str], values: list[Decimal], after: str, n: int) -> tuple[int, str]:
    """How many ranked rows to show to reach the place after ``after`` (with its ties; more places until
    ``n - 1`` companies follow it), and the sentence that says so; a company not ranked keeps the top ``n``."""
    if after not in keys:
        return min(n, len(values)), f"{after} has no deal in this ranking, so no place comes after it;"
    last = max(index for index, value in enumerate(values) if value == values[keys.index(after)])
    if last + 1 >= len(values):
        return len(values), f"No company ranks after {after};"
    shown = last + 1
    # the next place, with its ties ("Roche, AbbVie and Merck, 4 deals each"), and more places until n - 1
    # companies follow the one named: "who are the next biggest payers" asks for more than one
    while shown < len(values) and (shown == last + 1 or shown - last - 1 < n - 1):
        shown += 1
        while shown < len(values) and values[shown] == values[shown - 1]:
            shown += 1
    return shown, f"The places after {after}, from the leader down;"


def shown_through_deal(ranked_ids: list[str], values: list[Decimal], wanted: set[str], shown: int) -> int:
    """How many ranked deals to show to reach the last of the ``wanted`` deals (with its ties): "where does
    X's deal rank" is answered by the ranking down to its place; a deal not ranked keeps ``shown``."""
    places = [index for index, deal_id in enumerate(ranked_ids) if deal_id in wanted]
    if not places:
        return shown
    last = max(index for index, value in enumerate(values) if value == values[places[-1]])
    return max(shown, last + 1)


def place_of_deal(ranked_ids: list[str], values: list[Decimal], wanted: set[str]) -> int | None:
    """The place (1-based; tied deals share the first of their places) of the first ``wanted`` deal, or None."""
    at = next((index for index, deal_id in enumerate(ranked_ids) if deal_id in wanted), None)
    return None if at is None else values.index(values[at]) + 1
