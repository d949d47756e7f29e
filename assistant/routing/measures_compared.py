"""Two sides compared on two measures or more: one comparison per measure, not the first measure alone.

"AZ: CSPC Lp(a) (Oct-24) vs Jacobio pan-KRAS (Dec-25) terms - upfront and ms" set the two deals' upfronts side by
side ($100 million each) and left the milestones out, though they were asked too. Each money measure the question
names, in its order, gets its own comparison of the same two sides:

- takes: "CSPC (Oct-24) vs Jacobio (Dec-25): upfront and milestones", "Merck vs GSK in 2025: upfront and
  milestones?", "LaNova/MSD vs RemeGen/AbbVie: upfront and total side by side" (the total said beside a measure)
- leaves: "our 2024 upfronts vs biotochina's upfront total" ("total" as a sum: one measure), "3SBio–Pfizer
  upfront vs milestones" (one deal's two measures against each other, the two-measure comparison), a count or an
  average per deal compared (their own calls), one measure.
"""

from __future__ import annotations

from typing import Any

from assistant.tools.schema import ToolCall

_COMPARED = ("upfront", "milestones", "equity")


def per_measure(
    metric: str, measures: list[str], left: dict[str, Any], right: dict[str, Any], with_total: bool = False
) -> list[ToolCall]:
    """One comparison of ``left`` and ``right`` per money measure named (``metric`` alone when one is named);
    ``with_total``: the total value is named as a measure of its own beside another ("upfront and total side by
    side", outsider96 had compared the upfronts alone)."""
    # "total" beside another measure is often its sum ("biotochina's upfront total"): only the measures proper split
    compared = (*_COMPARED, "total") if with_total else _COMPARED
    named = [measure for measure in measures if measure in compared and (with_total or measure != "total")]
    asked = named if len(named) >= 2 else [metric]
    return [ToolCall(tool="compare", args={"metric": m, "left": dict(left), "right": dict(right)}) for m in asked]
