"""A tracker's figure set against our table's, and one tracker's two series set against each other.

* Tracker against table (``table_against_tracker``, run in ``buckets.reshaped``): a question naming one tracker
  and our table, one year and one measure ("PharmCube NextPharma 2024 deal count, and the table's 2024 count?",
  "ur table has how many 2024 deals vs pharmcube 94? what % is that", "2024 upfront total: biotochina tracker vs
  sum of upfronts in the deal table"). Read word by word it was our rows' count (or sum) alone, the tracker's
  figure dropped. The plan asks the tracker's figure with ``derive="table_against"``: both figures, each labelled,
  the gap and the table's percent of the tracker's. A company, a kind or any other narrowing of our rows is no
  like-for-like pair and keeps its own rule.
* Joined parts (``tracker_table_joined``, run in ``decompose.split_parts``): the parts of such a question
  ("…vs pharmcube 94? what % is that", "…how many 2024 deals your table have, and difference?") are one ask, so
  the percent or the gap is said of the two figures, not asked of the articles.
* A tracker's figure and a question of our table (``tracker_table_split``, run first in ``decompose.split_parts``):
  "Two things: PharmCube NextPharma's 2025 deal count, and the single biggest 2025 deal by total value in your
  table" had been one ask, the ranking, and the tracker's count dropped. A first part naming one tracker and not our
  table, and a later part (after ", and") naming our table and a ranking, a deal or a list of its own and no tracker,
  are two asks; so are the two parts when each names a measure the other does not ("PharmCube 2024 total value and
  the sum of upfronts in our table" had given our upfront sum alone).
* A deal asked after a tracker's figure (``deal_part_unscoped``, after ``paired_asks.scope_shared``): in
  "PharmCube 2025 total value? and how much the Innovent Takeda deal is", the tracker said before the deal part was
  carried onto it ("PharmCube 2025: and how much the Innovent Takeda deal is"), which read as PharmCube's Innovent
  total. A later part naming a deal ("the Innovent Takeda deal") and no tracker of its own drops what was carried:
  its parties name the deal, and the tracker's year need not be the deal's.
* Two series of one tracker (``series_side_by_side``, run in ``buckets.reshaped``): "greater china vs mainland only
  2025 deal count", "mainland vs greater china 2025 value gap", and after PharmCube NextPharma's 2025 total "How does
  that compare with PharmCube's Greater China figure for the same year?". Read as a change of one series against
  a year never asked (so "no tracker gives both 2024 and 2025"), the plan asks PharmCube against itself
  (``compare_reporter``), which the tool answers with both series of the year, each with its scope, and their gap.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.tracker_gaps import OWN_ASK_RE, named_trackers, own_trackers
from assistant.routing.wording import TABLE_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
# our rows' measure as the tracker's metric
_TRACKER_METRIC = {"upfront": "upfront_total", "milestones": "milestones_total", "total": "total_value"}
# the filter fields that leave every deal of the period in (the year, the scope defaults); empty ones too
_PERIOD_ONLY = {"year", "scopes"}
# a later part that asks only the gap or the share of what was named before: "what % is that", "and difference?"
_GAP_ONLY_RE = re.compile(
    r"^(?:and\s+)?(?:the\s+)?(?:what(?:'s| is)?\s+(?:the\s+)?)?(?:%|percent(?:age)?|pct|share|ratio|difference|diff|"
    r"gap|delta)\b[^?]{0,25}$|^(?:and\s+)?(?:how (?:big|large) is the (?:gap|difference)|how many (?:more|fewer|less)"
    r"|by how much|how far apart)\b[^?]{0,30}$|^what\s+%",
    _I,
)
# one tracker's two series: Greater China (incl. HK, Macau, Taiwan) and the mainland one
_GREATER_RE = re.compile(r"\b(?:greater china|gc)\b", _I)
_MAINLAND_RE = re.compile(r"\b(?:mainland|nextpharma)\b", _I)
_SERIES_COMPARED_RE = re.compile(
    r"\b(?:vs\.?|versus|compare[sd]?|comparison|against|gap|differ\w*|diff|how many more|more|bigger|higher|"
    r"lower|smaller|exceed\w*|above|below|apart)\b",
    _I,
)
# our rows counted or summed: "how many 2024 deals", "sum of upfronts", "count"
_COUNTED_RE = re.compile(r"\b(?:how many|count|number of|sum|total|add up)\b", _I)
_COUNT_SAID_RE = re.compile(r"\b(?:counts?|how many|number of deals|# ?deals)\b", _I)
_VALUE_SAID_RE = re.compile(r"\$|\b(?:value|worth|billion|bn|dollars?)\b", _I)
_SAME_YEAR_RE = re.compile(r"\bsame (?:year|period)\b", _I)


_LEAD_RE = re.compile(r"^\s*(?:two|2|a couple of|couple)\s+(?:things|questions|qs)\s*[:,\-–—]\s*", _I)
_AND_RE = re.compile(r",\s*(?:and|plus)\s+(?:also\s+)?|\s+and\s+(?:also\s+)?(?=the\b)", _I)
# one deal named by its parties: "the Innovent Takeda deal", "the Hengrui-GSK deal", "the deal between A and B"
_ONE_DEAL_RE = re.compile(
    r"\bthe\s+[A-Z0-9][\w.]*(?:[\s/–-]+[A-Z0-9][\w.]*)?\s+deal\b(?!\s*(?:counts?|values?|sizes?|totals?|numbers?))|"
    r"\bdeal (?:between|with)\b"
)
_THAT_YEAR_RE = re.compile(r"\b(?:in\s+)?(?:that|the same|this) year\b", _I)
_CARRIED_RE = re.compile(r"^(?P<tracker>[A-Za-z][\w .]*?)\s+(?P<period>[^:]{1,30}):\s*(?P<ask>.+)$")


def tracker_table_split(question: str) -> list[str] | None:
    """The two asks of a question setting one tracker's figure before a ranking, a deal or a list of our table, or
    ``None``: "Two things: PharmCube NextPharma's 2025 deal count, and the single biggest 2025 deal by total value in
    your table" → the tracker's count, then the table's biggest 2025 deal."""
    plain = _LEAD_RE.sub("", question).strip()
    for joint in _AND_RE.finditer(plain):
        left, right = plain[: joint.start()].strip(" ,;?."), plain[joint.end() :].strip(" ,;?.")
        if len(own_trackers(left)) != 1 or TABLE_RE.search(left) or named_trackers(right):
            continue
        # "PharmCube 2024 total value and the sum of upfronts in our table": two measures, asked apart
        apart = _measures(left) and _measures(right) and not _measures(left) & _measures(right)
        if TABLE_RE.search(right) and (OWN_ASK_RE.search(right) or apart) and len(right.split()) >= 3:
            years = _YEAR_RE.findall(left)
            if len(set(years)) == 1 and not _YEAR_RE.search(right):  # "…, and which deal … that year": its year
                said = _THAT_YEAR_RE.sub(f"in {years[0]}", right)
                right = said if said != right else f"{right} in {years[0]}"
            return [left[:1].upper() + left[1:] + "?", right[:1].upper() + right[1:] + "?"]
    return None


def deal_part_unscoped(parts: list[str]) -> list[str]:
    """``parts`` with the tracker and period carried onto a later part that names one deal and no tracker dropped
    (the deal's parties name it; the tracker's year may not be its year): "PharmCube 2025: and how much the Innovent
    Takeda deal is" → "And how much the Innovent Takeda deal is"."""
    out = parts[:1]
    for part in parts[1:]:
        carried = _CARRIED_RE.match(part)
        ask = carried.group("ask") if carried else ""
        if carried and own_trackers(carried.group("tracker")) and not named_trackers(ask) and _ONE_DEAL_RE.search(ask):
            part = ask[:1].upper() + ask[1:]
        out.append(part)
    return out


def deal_after_tracker(current: Any, old: Any, merged: Any) -> None:
    """A turn naming one deal by its two parties and no tracker, after a tracker's figure, asks the deal, not the
    tracker's figure for its licensor: "how much the Innovent Takeda deal is" after "PharmCube 2025 total value?" had
    been PharmCube's Innovent total. The tracker and its measure are not carried (a share of the tracker's total
    asked before keeps them: "and the Hengrui-GSK deal?"). Run in ``followups.Merger.merge``."""
    if not merged.reporter or current.reporter or current.market_metric or len(current.companies) < 2:
        return
    if old.op == "share" or old.derive or "deal" not in (current.words or []):  # "deal", said once: one deal
        return
    merged.reporter, merged.market_metric = None, None


def table_share_read(slots: Any, text: str) -> None:
    """A percent asked of our table's count (or sum) against one tracker's figure of one year ("ur table has how many
    2024 deals vs pharmcube 94? what % is that") is no share of a market total: our rows are counted (or summed), and
    ``table_against_tracker`` sets the tracker's figure beside them with the percent. Run in ``read_table_asks``."""
    if slots.op != "share" or slots.mentions or not TABLE_RE.search(text) or len(own_trackers(text)) != 1:
        return
    if len(set(_YEAR_RE.findall(text))) != 1 or OWN_ASK_RE.search(text) or not _COUNTED_RE.search(text):
        return
    slots.op = None
    slots.count = slots.count or not slots.metrics


def tracker_table_joined(parts: list[str]) -> list[str]:
    """``parts`` as one ask when together they set one tracker's figure against our table's for one year, a later
    part asks only their gap or percent ("what % is that"), and no part asks a deal, a ranking or a company of its
    own; else ``parts``."""
    if len(parts) < 2:
        return parts
    whole = " ".join(parts)
    if len(own_trackers(whole)) != 1 or not TABLE_RE.search(whole) or len(set(_YEAR_RE.findall(whole))) > 1:
        return parts
    if any(OWN_ASK_RE.search(part) for part in parts):
        return parts
    named = [bool(own_trackers(part) or TABLE_RE.search(part) or _YEAR_RE.search(part)) for part in parts]
    gap_only = [not ok and bool(_GAP_ONLY_RE.search(part.strip(" ,;?"))) for ok, part in zip(named, parts, strict=True)]
    if not any(gap_only) or not all(ok or gap for ok, gap in zip(named, gap_only, strict=True)):
        return parts  # two figures asked apart ("…, and what count did PharmCube give?") are answered apart
    return ["; ".join(part.rstrip(" ?,;") for part in parts) + "?"]


# the measures a question may name: one of them is set against the table's, two are two asks
_MEASURES_SAID = (
    re.compile(r"\bup-?fronts?\b|首付", re.IGNORECASE),
    re.compile(r"\bvalues?\b|\bworth\b|\bheadline\b|\bbiobucks\b", re.IGNORECASE),
    re.compile(r"\bhow many\b|\bcounts?\b|\bnumber of\b|#", re.IGNORECASE),
)


def _measures(text: str) -> set[int]:
    """Which of ``_MEASURES_SAID`` ``text`` names; a bare "total" is the total value ("PharmCube's 2024 total")."""
    said = {index for index, pattern in enumerate(_MEASURES_SAID) if pattern.search(text)}
    return said or ({1} if re.search(r"\btotal\b", text, _I) else set())


def table_against_tracker(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One count or sum over our rows of one year, in a question naming one tracker and our table, as the tracker's
    figure set against it; else ``calls``."""
    # "biotochina's 2024 count vs the 2024 deals in your table": our count asked twice, or read as the year before
    # against it (the year checked below is the question's one year)
    if len(calls) == 2 and calls[0] == calls[1]:
        calls = calls[:1]
    counts = len(calls) == 2 and all(c.tool == "aggregate" and c.args.get("operation") == "count" for c in calls)
    one = calls[-1:] if counts else calls
    if len(one) != 1 or not TABLE_RE.search(question) or len(set(_YEAR_RE.findall(question))) != 1:
        return calls
    trackers = own_trackers(question)
    if len(trackers) != 1 or OWN_ASK_RE.search(question):
        return calls
    if sum(bool(said.search(question)) for said in _MEASURES_SAID) > 1:
        return calls  # "PharmCube 2024 total value and the sum of upfronts in our table": two measures, asked apart
    call, year = one[0], _YEAR_RE.search(question).group()  # type: ignore[union-attr]
    if call.tool == "compare" and str((call.args.get("right") or {}).get("year")) == year:
        # "add up the 2024 upfronts in your table - how does that compare with biotochina's 2024 total?": one year
        # named, so a compare of our rows read as that year against the one before is the year's sum against the tracker
        right = call.args["right"]
        call = ToolCall(tool="aggregate", args={"metric": call.args.get("metric"), "operation": "sum", "filter": right})
    if call.tool == "aggregate":
        args = call.args
        wanted = args.get("filter") or {}
        narrowed = {key for key, value in wanted.items() if value not in (None, [], {}, "")} - _PERIOD_ONLY
        if narrowed or args.get("group_by") or args.get("distinct"):
            return calls
        if str(wanted.get("year")) != year:
            return calls
        if args.get("operation") == "count":
            metric = "deal_count"
        elif args.get("operation", "sum") == "sum" and args.get("metric", "total") in _TRACKER_METRIC:
            metric = _TRACKER_METRIC[args.get("metric", "total")]
        else:
            return calls
    elif call.tool == "market_stat" and not (call.args.get("subject") or call.args.get("compare_reporter")):
        metric = str(call.args.get("metric") or "")
        if metric not in ("deal_count", *_TRACKER_METRIC.values()) or call.args.get("derive") not in (None, "growth"):
            return calls
    else:
        return calls
    args = {"metric": metric, "period": year, "reporter": trackers[0], "derive": "table_against"}
    return [ToolCall(tool="market_stat", args=args)]


def series_side_by_side(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One PharmCube market call of a question setting its Greater China series against its mainland one for one
    year, as both series and their gap; else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat" or TABLE_RE.search(question):
        return calls
    args = calls[0].args
    if args.get("subject") or args.get("compare_reporter") or not args.get("period"):
        return calls
    if "pharmcube" not in str(args.get("reporter") or "pharmcube").lower():
        return calls
    if args.get("metric") not in ("deal_count", "total_value") or not _SERIES_COMPARED_RE.search(question):
        return calls
    years, earlier = set(_YEAR_RE.findall(question)), str(args.get("compare_period") or "")
    if len(years) > 1 or (earlier and earlier[:4] in years and earlier != str(args["period"])):
        return calls  # "Greater China 2025 vs 2021": a change over time, not two series
    both = _GREATER_RE.search(question) and _MAINLAND_RE.search(question)
    followed = _GREATER_RE.search(question) and _SAME_YEAR_RE.search(question) and args.get("derive")
    if not (both or followed):
        return calls
    period, metric = str(args["period"]), args["metric"]
    if _COUNT_SAID_RE.search(question) and not _VALUE_SAID_RE.search(question):
        metric = "deal_count"  # "how does PharmCube's Greater China count compare?": the counts
    side = {"metric": metric, "period": period, "reporter": "PharmCube", "compare_reporter": "PharmCube"}
    return [ToolCall(tool="market_stat", args=side)]
