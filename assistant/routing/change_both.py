"""How much one tracker's figure grew, asked with no unit: the rise in money (or deals) and in percent.

"By how much did China out-licensing deal value grow in 2025 vs 2024 on PharmCube NextPharma's numbers?" had been
read as the difference alone ("a rise of $83.8 billion"), and "By how much did biotochina's upfront total increase
from 2023 to 2024?" as the percent alone: the same ask, each time half answered. A ``market_stat`` change of one
tracker's series between two periods asked "how much" with a verb of change (grow, rise, increase, fall, …) and
no unit is asked as ``derive="change"``: "a rise of $83.8 billion, or about 161.5%".

Not taken: a unit said ("in percent", "what % growth", "in dollar terms", "how much more", "how many times"), two
trackers set against each other (``compare_reporter``), a company's figure, an average deal size (its change is
``tools.tracker_ratios``'), or one period compared with itself.
"""

from __future__ import annotations

import re

from assistant.routing.tracker_gaps import PERCENT_RE
from assistant.routing.wording import DIFFERENCE_RE, GROWTH_RE, RATIO_RE
from assistant.tools.schema import ToolCall

_HOW_MUCH_RE = re.compile(r"\bhow much\b", re.IGNORECASE)
# a unit or a rate said: "growth rate", "in dollars", "in $ terms", "points"
_UNIT_SAID_RE = re.compile(
    r"\b(?:rate|dollars?|usd|points?|pp|percentage|pct)\b|\$\s*terms|\bin (?:money|value) terms\b", re.IGNORECASE
)


def change_in_both(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A tracker's change between two periods asked "how much did it grow" as the change in both units; else
    ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat":
        return calls
    args = calls[0].args
    if args.get("derive") not in ("growth", "difference") or args.get("compare_reporter") or args.get("subject"):
        return calls
    if "average" in str(args.get("metric")):  # an implied average's change is ``tracker_ratios``' to compute
        return calls
    if not args.get("compare_period") or args.get("compare_period") == args.get("period"):
        return calls
    if not (_HOW_MUCH_RE.search(question) and GROWTH_RE.search(question)):
        return calls
    if any(said.search(question) for said in (PERCENT_RE, DIFFERENCE_RE, RATIO_RE, _UNIT_SAID_RE)):
        return calls
    return [ToolCall(tool="market_stat", args={**args, "derive": "change"})]
