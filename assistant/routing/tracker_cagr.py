"""A tracker's compound annual growth rate over a span of years: "Greater China series (Reuters/PharmCube): CAGR
2021-25 on value?", "PharmCube 大中华区 2021到2025年交易额的年复合增长率是多少?".

Read word by word, the span became one figure a year (2021, 2022, ... 2025), each refused where the tracker gave
none, and no rate was said. When the question names a compound or annualised growth ("CAGR", "compound annual
growth", "annualized growth", "年复合增长率", "年均增长") and the plan asks one tracker measure for two or more whole
years, it asks for the rate between the first and the last of them (``derive="cagr"``): the tool gives both
reported figures, the growth over the span and the compound rate, said as our arithmetic on them. The
intermediate years are not needed (the rate is the endpoints'), so a tracker that reported only the two ends
answers too.

Not taken: a part-year period (no whole number of years to compound over), two trackers set against each other,
two measures, or a single year (nothing to compound; the plan is left as it was).
"""

from __future__ import annotations

import re

from assistant.tools.quantities import is_year
from assistant.tools.schema import ToolCall

CAGR_RE = re.compile(
    r"\bcagrs?\b|\bcompound(?:ed)?\s+(?:annual\s+|yearly\s+)?(?:growth|rate)\b|"
    r"\bannuali[sz]ed\s+(?:growth|rate|increase)\b|\b(?:average\s+)?annual\s+compound(?:ed)?\b|"
    r"年复合|复合年|复合增长|年均复合|年均增长|年均增速",
    re.IGNORECASE,
)
# a plain change between two periods, or a figure a year: read as the rate between the span's ends
_CHANGE_DERIVES = (None, "growth", "change", "bigger", "difference")


def cagr_read(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One tracker's figures over whole years asked for their compound annual growth: one ``derive="cagr"`` call from
    the first year to the last; else ``calls``."""
    if not calls or not CAGR_RE.search(question) or any(call.tool != "market_stat" for call in calls):
        return calls
    if any(call.args.get("derive") not in _CHANGE_DERIVES or call.args.get("compare_reporter") for call in calls):
        return calls
    metrics = {call.args.get("metric", "total_value") for call in calls}
    reporters = {call.args.get("reporter") for call in calls}
    subjects = {call.args.get("subject") for call in calls}
    if len(metrics) != 1 or len(reporters) != 1 or len(subjects) != 1:
        return calls
    years = sorted(
        {str(call.args[key]) for call in calls for key in ("period", "compare_period") if call.args.get(key)}
    )
    if len(years) < 2 or not all(is_year(year) for year in years):
        return calls
    args = {key: value for key, value in calls[0].args.items() if key in ("metric", "reporter", "subject") and value}
    args.setdefault("metric", "total_value")
    return [
        ToolCall(tool="market_stat", args={**args, "period": years[-1], "compare_period": years[0], "derive": "cagr"})
    ]
