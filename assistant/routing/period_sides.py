"""Two periods set against each other, read as one span or as two figures: one comparison of the two periods.

"deal count 25 v 24 in the table" and "has 2026-to-date oncology deal value already passed the full 2024 figure?"
were read as one span (2024-2025, 2024-2026), so the answer gave a figure over both years, a different question
stated with citations; "how many deals in Q2 versus Q1 2025?" gave the two counts and neither the gap nor which
was larger.

Read here, for a question that sets its periods against each other (a comparison cue between them: "v", "vs",
"versus", "against", "passed", "exceeded", "beat"; "than" right before the second, "in 2025 than in 2024"; "or"
when the question asks which is more; "compare" anywhere). A figure filter is no cue: "more than $100 million in
2024 and 2025", "bigger than $1bn", "$500M or more in 2024 or 2025" ask one figure over the span.

- a plan of one sum, average, median or count over whole years from one year to another, when the question says
  exactly those two years apart ("25 v 24", "2026 ... the full 2024 figure", not "2024-2025" or "2024 to 2025"),
  becomes one ``compare`` of the two years, the year said first on the left, the plan's other filters on both;
- a plan of two such figures over two periods, the same measure and filters otherwise, becomes one ``compare``
  of them in the plan's order.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.interpretation import interpret
from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall

RULE = "two periods set against each other, compared"
_I = re.IGNORECASE
_PERIOD_KEYS = frozenset(["year", "quarter", "month", "half", "date_from", "date_to"])
# a year said: "2024", "2026-to-date", "'24", "24" beside "v"/"vs" ("25 v 24"); never an end of "2024-2025"
_YEAR_RE = re.compile(
    r"(?<![\w$.-])(?:20(\d\d)|'(\d\d)|(\d\d)(?=\s*(?:v|vs|versus)\b)|(?<=\bv\s)(\d\d)|(?<=\bvs\s)(\d\d))(?![\w%]|-\d)",
    _I,
)
# what sets two periods against each other, said between them
_AGAINST_RE = re.compile(
    r"\bv\b\.?|\bvs\b\.?|\bversus\b|\bagainst\b|\bcompared?\b|\bor\b|\bthan\b|\bpass(?:ed|es)?\b|\bexceed\w*|"
    r"\bbeat(?:en)?\b|\btop(?:ped)?\b|\bsurpass\w*|\bovert(?:ook|aken|ake)\b|\boutpac\w*",
    _I,
)
# a figure filter, no comparison of the periods: "more than $100 million", "bigger than $1bn", "$500M or more"
_AMOUNT = r"(?:US)?\$\s?\d[\d.,]*\s*(?:million|billion|mn|bn|m|b|k)?\b|\d[\d.,]*\s*(?:million|billion|mn|bn|m|b)\b"
_FILTER_RE = re.compile(
    rf"\b(?:more|less|greater|bigger|larger|higher|lower|smaller|fewer|over|under|above|below)\s+(?:than\s+)?(?:{_AMOUNT})|"
    rf"(?:{_AMOUNT})\s+or\s+(?:more|less|above|below|higher|lower|greater|over|under|bigger|larger|smaller)\b",
    _I,
)
# "than" sets the periods against each other only right before the second: "in 2025 than in 2024", "than 2024's"
_THAN_BEFORE_RE = re.compile(r"\bthan\s+(?:(?:in|the|that|those|of|for|full|during|whole|year)\s+){0,3}$", _I)
# "or" does only when the question asks which is more: "which year had more deals, 2024 or 2025?"
_WHICH_RE = re.compile(r"\bwhich\b|\bwhether\b|\b(?:more|fewer|less|higher|lower|bigger|larger|greater|smaller)\b", _I)
_COMPARE_WORD_RE = re.compile(r"\bcompar\w*", _I)
_OPERATIONS = ("sum", "average", "median", "count")


def _years_said(question: str) -> list[tuple[int, int, int]]:
    """Each year said, with where it starts and ends."""
    found = []
    for match in _YEAR_RE.finditer(question):
        short = next(group for group in match.groups() if group)
        found.append((2000 + int(short), match.start(), match.end()))
    return found


def _aggregate(call: ToolCall) -> tuple[dict[str, Any], str, str] | None:
    if call.tool != "aggregate" or (call.args.get("operation") or "sum") not in _OPERATIONS:
        return None
    return (
        dict(call.args.get("filter") or {}),
        str(call.args.get("metric") or "total"),
        call.args.get("operation") or "sum",
    )


def sides_compared(
    plan: Plan, left: dict[str, Any], right: dict[str, Any], metric: str, operation: str, rule: str = RULE
) -> Plan:
    """``plan`` as one ``compare`` of the filters ``left`` and ``right`` (a count, or the sum, average or median of
    ``metric``), under ``rule``; also ``country_sides``' two places."""
    args: dict[str, Any] = {"metric": "count" if operation == "count" else metric, "left": left, "right": right}
    if operation in ("average", "median"):
        args["operation"] = operation
    plan = plan.model_copy(update={"tool_calls": [ToolCall(tool="compare", args=args)]})
    plan.rule = rule
    plan.interpretation = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies)
    return plan


def _set_against(question: str, first_start: int, first_end: int, second_start: int, second_end: int) -> bool:
    """True when a comparison cue sets the two years said against each other: a cue between them ("v", "than
    in", "passed"), or "compare" said anywhere; a figure filter ("more than $100M") is none, and "or" only
    when the question asks which is more."""
    plain = _FILTER_RE.sub(lambda match: " " * len(match.group(0)), question)  # positions kept
    between = plain[first_end:second_start]
    if re.match(r"\s*(?:to|through|thru|until|till)\s*$", between) and re.search(r"\bfrom\s+$", plain[:first_start]):
        return False  # "from 2024 to 2025": one span, whatever else is said
    cues = [match.group(0).lower() for match in _AGAINST_RE.finditer(between)]
    if any(cue not in ("than", "or") for cue in cues) or _COMPARE_WORD_RE.search(plain):
        return True
    if "than" in cues and _THAN_BEFORE_RE.search(between):
        return True
    return "or" in cues and bool(_WHICH_RE.search(plain))


def _span_apart(plan: Plan, question: str) -> Plan:
    read = _aggregate(plan.tool_calls[0])
    if read is None:
        return plan
    wanted, metric, operation = read
    start, end = str(wanted.get("date_from") or ""), str(wanted.get("date_to") or "")
    if wanted.get("year") or not (start.endswith("-01-01") and end.endswith("-12-31")) or start[:4] >= end[:4]:
        return plan
    said = _years_said(question)
    years = [year for year, _, _ in said]
    if len(said) != 2 or set(years) != {int(start[:4]), int(end[:4])}:
        return plan
    if not _set_against(question, said[0][1], said[0][2], said[1][1], said[1][2]):
        return plan  # "2024-2025", "from 2024 to 2025", "in 2024 or 2025", "more than $100M ... in 2024 and 2025": one span
    common = {key: value for key, value in wanted.items() if key not in _PERIOD_KEYS}
    left, right = ({**common, "year": year} for year in years)
    return sides_compared(plan, left, right, metric, operation)


def _two_figures(plan: Plan) -> Plan:
    reads = [_aggregate(call) for call in plan.tool_calls]
    if None in reads:
        return plan
    (first, metric, operation), (second, metric_2, operation_2) = reads  # type: ignore[misc]
    if (metric, operation) != (metric_2, operation_2):
        return plan
    same_else = {k: v for k, v in first.items() if k not in _PERIOD_KEYS} == {
        k: v for k, v in second.items() if k not in _PERIOD_KEYS
    }
    periods = [{k: v for k, v in side.items() if k in _PERIOD_KEYS} for side in (first, second)]
    if not same_else or not all(periods) or periods[0] == periods[1]:
        return plan
    return sides_compared(plan, first, second, metric, operation)


def periods_compared(plan: Plan) -> Plan:
    """``plan`` as one comparison of two periods the question sets against each other."""
    question = plan.question
    if plan.route not in ("table", "table+text") or not _AGAINST_RE.search(_FILTER_RE.sub(" ", question)):
        return plan
    if len(plan.tool_calls) == 1:
        return _span_apart(plan, question)
    if len(plan.tool_calls) == 2:
        return _two_figures(plan)
    return plan
