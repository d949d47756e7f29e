"""A year said of an event of a deal named by its two parties: a premise, not the deal's identity.

"Given the ImmuneOnco–Axion deal closed in 2025, what upfront did Axion pay?", "since the Harbour–AstraZeneca
deal was signed in 2024, ...", "now that the Innovent–Takeda licence was inked in 2023": the deal is the pair's;
the year is a claim about it, which the table may contradict (``tools.year_premise``). "How much did Novo pay
United Labs in its 2023 deal?" and "lilly UF to innovent in 2024?" name a deal by its year, which may be one
the table does not hold: they are not matched here, and stay unanswered when no deal of that year is held.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

# "deal closed in 2025", "licence was signed in 2024", "agreement, inked in 2023,": a deal word, then an event verb
# and its year; "closed" and "completed" too, which the premise may get wrong as well as the year.
EVENT_YEAR_RE = re.compile(
    r"\b(?:deal|licen[cs]e|agreement|pact|collaboration|partnership|transaction|tie-up)\b,?\s+"
    r"(?:(?:was|were|had|has|got|having been|been)\s+)*(?:\w+ly\s+)?"
    r"(?:closed|signed|inked|struck|announced|completed|agreed|done|sealed|terminated|ended)\s+"
    r"(?:back\s+)?in\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d{2}\b",
    re.IGNORECASE,
)


def event_year_premise(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """Mark each pair's look-up with a year as a premise when the year is said of the deal's event."""
    if not EVENT_YEAR_RE.search(question):
        return calls
    for call in calls:
        if (
            call.tool == "get_deal"
            and call.args.get("licensor")
            and call.args.get("licensee")
            and call.args.get("year")
        ):
            call.args["year_premise"] = True
    return calls
