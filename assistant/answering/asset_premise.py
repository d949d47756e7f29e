"""A question about a drug code that no source names, beside companies whose deal covers other
assets (outsider12): "What did Sanofi pay Earendil for HXN-1004?" when the deal covers HXN-1002
and HXN-1003.

The table's row for the companies is not about the code asked for: its terms would answer a
question that was not asked. The premise is corrected instead: no deal for that code appears in
our sources, and the companies' deals cover these assets (cited to each deal article's opening).
"""

from __future__ import annotations

import re

from assistant.answer import Citation
from assistant.answering.composer import CitationBook, with_markers
from assistant.answering.premises import the_deals
from assistant.answering.snapshot import Snapshot

# A development code: letters then three or more digits ("HXN-1004", "SSGJ-707", "IBI363"). Targets
# ("IL-23", "PD-1", "CD3") have one or two digits and are not codes, and a year after a period's
# letters ("FY2024", "CY2025", "YTD2025", "FQ2024") is a period.
_PERIOD = r"(?:FY|CY|FYE|YTD|FQ|MY|HY|CQ|QTD|MTD)-?(?:19|20)\d{2}(?![\w-])"
CODE_RE = re.compile(rf"(?<![\w-])(?!{_PERIOD})([A-Z]{{2,6}}-?\d{{3,5}}[A-Z]?)(?![\w-])")


def unknown_codes(snap: Snapshot, question: str) -> list[str]:
    """The codes in ``question`` that no article and no deal row names."""
    held = " ".join(deal.asset for deal in snap.tables.deals).lower()
    return [
        code
        for code in dict.fromkeys(CODE_RE.findall(question))
        if code.lower() not in snap.vocabulary
        and code.lower().replace("-", "") not in snap.vocabulary
        and code.lower() not in held
    ]


def unfounded_asset(snap: Snapshot, question: str, companies: list[str]) -> tuple[str, list[Citation]] | None:
    """The correction of a question naming a code no source names beside companies that have deals, or ``None``."""
    if not companies:
        return None
    codes = unknown_codes(snap, question)
    deals = the_deals(snap, companies)
    if not codes or not deals:
        return None
    book = CitationBook(snap.docs)
    parts = [
        with_markers(
            f"The {' & '.join(deal.licensors)}–{' & '.join(deal.licensees)} deal ({deal.announced[:4]}) "
            f"covers {deal.asset.split(';')[0].strip()}.",
            [book.cite(snap.deal_opening(deal.deal_id, sentences=2))],
        )
        for deal in deals[:3]
    ]
    text = f"No deal for {' or '.join(codes)} appears in our sources, so no terms for it can be given. " + " ".join(
        parts
    )
    return text, book.citations
