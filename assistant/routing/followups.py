"""Follow-ups that ask about other deals than the one the previous turn named.

"Who else did they license to that year?" after a question about the Harbour BioMed–Otsuka
deal asks for Harbour BioMed's other partners in the year of that deal: the counterpart is
dropped (it is the one the question excludes) and "that year" is the year of the deal.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.corpus.tables import Deal
from assistant.routing.intents import Slots
from assistant.routing.periods import Period
from assistant.routing.wording import FROM_THEM_RE, THAT_YEAR_RE


def others_of(slots: Slots, previous: Slots, question: str, role: Callable[[str], str], deals: list[Deal]) -> Slots:
    """The previous turn's company (or the one of them named again) without its counterpart, in
    the year of their deal."""
    pair = list(previous.mentions)
    deals_of_pair = [d for d in deals if set(previous.companies) <= {*d.licensors, *d.licensees}]
    keep_role = "licensee" if FROM_THEM_RE.search(question) else "licensor"
    kept = list(slots.mentions) or [m for m in pair if role(m.name) in (keep_role, "both")] or pair[:1]
    periods = slots.periods or previous.periods
    if THAT_YEAR_RE.search(question) and not slots.periods:
        years = {d.year for d in deals_of_pair}
        periods = [Period(year=years.pop())] if len(years) == 1 else previous.periods
    return slots.model_copy(update={"mentions": kept, "periods": periods, "op": "find", "asset": None})
