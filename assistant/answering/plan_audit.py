"""The last check before a figure leaves: the plan it was computed from answers what the question asks.

When a routing rule misreads a wording it has never seen, the answer is a confident, cited figure about
something else ("total ufp AZ has paid" summed total values; "top 5 deals by upfront" ranked licensors).

This check reads the question again, with a small vocabulary of its own that shares nothing with the
router's rules, and compares it with the tool calls the answer was computed from (``Answer.tool_calls``).
Each named check below says what the question asks and what a plan that answers it must hold:

- a measure the question names (upfront, milestones, equity, the headline total) is one no tool call
  computes, or every call only counts deals ("恒瑞几单的首付加起来多少");
- deals are ranked ("top 5 deals by upfront") and the plan ranks companies;
- a year or span is said and no computation is limited to a period, or its period leaves a year said
  out ("那 24 年呢?" answered for 2025), or a span's start is dropped ("from 2024 through early 2026"
  counted from any time);
- "our table" is said and only trackers' figures were given, or a tracker is named and only our table
  was summed;
- a multiple is asked ("how many x", 倍) and every call only counts deals.

A disagreement turns the answer into a clarifying reply: it says what the plan computed and what the
question seems to ask, and gives no figure, so a misreading costs the user one more message instead of
a wrong number. Text answers are left alone (the abstention check and the article's sentences vouch for
them), and an answer with an article part is not checked for measures or years, which that part may
answer ("upfront, and how do the milestones split?"). Measured: README, Plan audit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.answer import Answer, ToolCallRecord
from assistant.answering import audit_words as words
from assistant.tools.dealfilter import MONEY_BOUND_METRICS as _MEASURES  # the four money columns

_I = re.IGNORECASE

# -- what the question says ------------------------------------------------------------------------

_TABLE_TOOLS = {"aggregate", "rank", "compare", "find_deals", "get_deal"}
_SPAN_KEYS = {"year", "date_from", "date_to", "month", "quarter", "half", "deal_ids", "deal_id", "exclude_years"}
_MARKET_MEASURED = ("upfront_total", "milestones_total", "deal_count", "total_value")
# Names in the tools' arguments that hold one measure in words of another ("upfront_total" is the
# upfronts' sum, "upfront_share" a share of the total, "milestones_multiple" a multiple of the upfront).
_ARG_NAMES = {
    "upfront_total": "upfront",
    "milestones_total": "milestones",
    "total_value": "total value",
    "upfront_share": "upfront total",
    "_multiple": " upfront",
    "deal_count": "",
}


def _named_in(args: Any) -> set[str]:
    text = json.dumps(args, default=str).lower()
    for name, measures in _ARG_NAMES.items():
        text = text.replace(name, f" {measures} ")
    return {m for m in _MEASURES if m in text}


def _measures(call: ToolCallRecord) -> set[str]:
    """The money measures a call's answer states: those its arguments name (a metric, a bound, a filter)."""
    args = call.args
    if call.tool == "aggregate" and args.get("operation") == "count":
        # the deals counted, each listed with the metric's figure when one is set ("1 disclosed the milestones: up
        # to $1.93 billion"); a default total only says which disclosed it
        shown = {str(args.get("metric"))} - {"total"}
        return _named_in(args.get("filter") or {}) | (shown & set(_MEASURES))
    named = _named_in(args)
    if call.tool == "get_deal" and not args.get("metric"):
        return set(_MEASURES)  # one deal's terms show them all
    if call.tool == "find_deals":
        bounds = _named_in({k: v for f in _filters(call) for k, v in f.items() if k.startswith(("min_", "max_"))})
        return bounds or {"upfront", "total"} | named  # a list shows each deal's upfront and total
    # a tracker's own figure (deals over $1bn, money kept after an ending) is in its words, not ours
    if call.tool == "market_stat" and args.get("metric") not in _MARKET_MEASURED:
        return set(_MEASURES)
    if call.tool == "market_stat" and args.get("derive"):
        named |= {"upfront", "milestones"} if named & {"upfront", "milestones"} else set()  # a ratio of the two
    return named


def _stated(answer: Answer) -> set[str]:
    """Measures the answer states as one deal's figures (the equity part given beside an upfront)."""
    return {m for f in answer.figures for m in re.findall(r"deals\[[^\]]+\]\.(\w+)", f.expression) if m in _MEASURES}


def _filters(call: ToolCallRecord) -> Iterable[dict[str, Any]]:
    for key in ("filter", "left", "right"):
        if isinstance(call.args.get(key), dict):
            yield call.args[key]


def _has_span(call: ToolCallRecord) -> bool:
    if call.tool == "market_stat":
        return bool(call.args.get("period"))
    return any(_SPAN_KEYS & {k for k, v in f.items() if v not in (None, [], "")} for f in _filters(call))


def _years_covered(call: ToolCallRecord) -> tuple[int, int] | None:
    """The first and last year a call's figures are limited to, or None when it has no period."""
    if call.tool == "market_stat":
        said = f"{call.args.get('period') or ''} {call.args.get('compare_period') or ''}"
        years = [int(y) for y in re.findall(r"20\d\d", said)]
        return (min(years), max(years)) if years else None
    spans: list[tuple[int, int]] = []
    for f in _filters(call):
        if f.get("year"):
            spans.append((int(f["year"]), int(f["year"])))
        elif f.get("date_from") or f.get("date_to"):
            first = int(str(f["date_from"])[:4]) if f.get("date_from") else 1900
            last = int(str(f["date_to"])[:4]) if f.get("date_to") else 2100
            spans.append((first, last))
    return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None


def _deal_year(call: ToolCallRecord) -> int | None:
    """The year one deal was picked by ("CSPC's 2026 deal with AZ"): its year argument or its id's year."""
    if call.args.get("year"):
        return int(call.args["year"])
    found = re.search(r"-(20\d\d)(?:-\d\d)?$", str(call.args.get("deal_id") or ""))
    return int(found.group(1)) if found else None


def _years_said(question: str) -> set[int]:
    said = {
        2000 + int(two) for match in words.YEAR.finditer(question) for two in words.TWO_DIGITS.findall(match.group(0))
    }
    return said - {2000 + int(y[-2:]) for m in words.NOT_YEAR.finditer(question) for y in m.groups() if y}


def _counts_only(calls: list[ToolCallRecord]) -> bool:
    table = [c for c in calls if c.tool in _TABLE_TOOLS or c.tool == "market_stat"]
    return bool(table) and all(
        (c.tool == "aggregate" and c.args.get("operation") == "count")
        or (c.tool in ("rank", "compare") and c.args.get("metric") == "count")
        or (c.tool == "market_stat" and c.args.get("metric") == "deal_count" and not c.args.get("derive"))
        for c in table
    )


# -- the checks ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Check:
    """One disagreement: ``finds`` returns what the question asks that the plan does not answer, or None."""

    name: str
    example: str
    finds: Callable[[str, Answer], str | None]


_ASKED = (
    ("upfront", "the upfront payment", words.UPFRONT),
    ("milestones", "the milestones", words.MILESTONES),
    ("equity", "the equity investment", words.EQUITY),
    ("total", "the headline (total) value", words.HEADLINE),
)


def _measure_not_computed(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    money = [c for c in calls if c.tool in _TABLE_TOOLS or c.tool == "market_stat"]
    if not money:
        return None
    if _counts_only(calls) and (words.AMOUNT.search(question) or re.search(r"\bdisclos\w*|披露", question, _I)):
        return None  # "how many deals had an upfront above $100m", "how many disclosed an upfront": counts
    covered = set().union(*(_measures(c) for c in money)) | _stated(answer)
    question = words.PART_OF.sub(" ", words.SUM_OF_PARTS.sub(" headline value ", question))
    missing = [words for measure, words, pattern in _ASKED if pattern.search(question) and measure not in covered]
    if (
        _counts_only(calls)
        and not missing
        and any(p.search(question) for _, _, p in _ASKED[:3])
        and words.SUM_ASKED.search(question)
    ):
        missing = ["their sum"]  # each deal's upfront listed beside the count, the sum asked ("首付加起来一共多少")
    if _counts_only(calls) and not missing and words.MONEY_OF_COUNTED.search(question):
        missing = ["their value"]  # "PharmCube 统计了多少单、多少钱": the money beside the count
    if missing and _counts_only(calls):
        return " and ".join(missing) + " (a sum of money), not only a count of deals"
    return " and ".join(missing) if missing else None


def _companies_ranked_for_deals(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    ranks = [c for c in calls if c.tool == "rank"]
    if not ranks or not all(c.args.get("dimension") in ("licensor", "licensee") for c in ranks):
        return None
    if re.search(r"\bre-?rank", question, _I):
        return None  # "exclude the Hengrui deals and re-rank": the earlier ranking's kind, from the history
    if words.RANKED.search(question) and words.DEALS.search(question) and not words.COMPANIES.search(question):
        return "a ranking of deals, not of companies"
    return None


def _deals_ranked_for_companies(question: str, answer: Answer) -> str | None:
    ranks = [c for c in answer.tool_calls if c.tool == "rank"]
    if not ranks or not all(c.args.get("dimension", "deal") == "deal" for c in ranks):
        return None
    if words.RANKED.search(question) and words.COMPANIES_RANKED.search(question) and not words.DEALS.search(question):
        return "a ranking of companies (each company's deals together), not of single deals"
    return None


def _averages(call: ToolCallRecord) -> bool:
    args = call.args
    return (
        args.get("operation") in ("average", "median")
        or bool(args.get("average"))
        or "average" in str(args.get("derive") or "")
        or "average" in str(args.get("metric") or "")
    )


def _average_not_computed(question: str, answer: Answer) -> str | None:
    if not words.AVERAGE.search(question):
        return None
    averaged = [c for c in answer.tool_calls if _averages(c)]
    if not averaged:
        return "an average (or median), not a sum, count or ranking"
    if len(averaged) > 1 and answer.answer.count("(over 1 deal;") >= len(averaged):
        return "one average over the deals you named, not each deal's own figure"  # "avg uf: lanova, 3sbio, remegen"
    return None


def _facet_not_answered(question: str, answer: Answer) -> str | None:
    """A fact about the deal asked beside its money ("did 3sbio pfe close + equity?") that no sentence gives."""
    if words.PART_DECLINED.search(answer.answer):
        return None  # "the indexed articles do not answer the third part": said, not answered with another fact
    said = re.sub(r"\([^)]*\)", " ", answer.answer)  # a figure's label in brackets ("at close") states no status
    missing = [name for name, asked, given in words.FACETS if asked.search(question) and not given.search(said)]
    return " and ".join(missing) if missing else None


def _period_dropped(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    said = _years_said(question)
    computed = [c for c in calls if c.tool in ("aggregate", "rank", "compare", "find_deals", "market_stat")]
    if not said or not computed or all(c.tool == "market_stat" and c.args.get("derive") for c in computed):
        return None  # a tracker's implied or derived figure has years of its own ("imply what 2023 value?")
    if all(c.tool == "market_stat" for c in computed) and len(said) > 1:
        return None
    if any(f.get("deal_ids") or f.get("deal_id") for c in computed for f in _filters(c)):
        return None  # deals picked one by one ("the 2024 one and the 2026 one"): each its own year
    spans = [span for c in computed if (span := _years_covered(c)) is not None]
    spans += [(year, year) for c in calls if c.tool == "get_deal" and (year := _deal_year(c))]  # the deal's own year
    if not spans:
        if any(_has_span(c) for c in computed) or words.YEAR_AS_SCOPE.search(question):
            return None
        return "the period you gave"
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    edges = _edge_years(question)  # "before 2025": to 2024-12-31
    if any(not first - (year in edges) <= year <= last + (year in edges) for year in said):
        return "the period you gave"
    if len(said) > 1 and first == 1900 and min(said) > 2000:
        return "the start of the period you gave"  # "from 2024 through early 2026": any time to 2026
    return None


def _edge_years(question: str) -> set[int]:
    """Years said as an edge the period stops short of ("before 2025", "2024年之后")."""
    return {2000 + int(y[-2:]) for m in words.EDGE.finditer(question) for y in m.groups() if y}


def _tracker_year_missing(question: str, answer: Answer) -> str | None:
    """A tracker's figure given for another year than the one asked ("average deal size in 2025 on
    PharmCube's numbers" answered with the 2026 pace): each figure says its period, so a year asked
    that the answer never names was not answered."""
    if not answer.tool_calls or any(c.tool != "market_stat" for c in answer.tool_calls):
        return None
    given = {int(year) for year in re.findall(r"(?<!\d)(20\d\d)(?!\d)", answer.answer)}
    return "the period you gave" if _years_said(question) - given else None


def _tracker_for_table(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    if not calls or not all(c.tool == "market_stat" for c in calls):
        return None
    if (
        any(c.args.get("derive") == "table_against" for c in calls)
        or words.TRACKER.search(question)
        or words.NOT_OUR_TABLE.search(question)
    ):
        return None  # the table's own figure set against the tracker's; a tracker named as well
    return (
        "figures from our own deal table, not a tracker's market totals" if words.OUR_TABLE.search(question) else None
    )


def _table_for_tracker(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    computed = [c for c in calls if c.tool in ("aggregate", "rank", "compare", "find_deals", "market_stat")]
    if not computed or any(c.tool == "market_stat" for c in computed) or words.OUR_TABLE.search(question):
        return None
    tracker = words.TRACKER.search(question)
    return f"{tracker.group(0)}'s own figures, not a sum over our deal table" if tracker else None


def _multiple_counted(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    if (
        words.MULTIPLE.search(question)
        and _counts_only(calls)
        and not any(c.tool == "compare" for c in calls)  # a comparison of counts gives their multiple
        and not re.search(r"\bhow many deals\b|多少(?:单|單)", question, _I)
    ):
        return "a multiple (how many times one figure is another), not a count of deals"
    return None


CHECKS = (
    Check(
        "a measure the question names is not computed",
        "total ufp AZ has paid across its china deals",
        _measure_not_computed,
    ),
    Check(
        "deals ranked as companies",
        "Top 5 out-licensing deals by upfront, 2024-early 2026",
        _companies_ranked_for_deals,
    ),
    Check("a period said and not applied", "rank pharma buyers by total upfront paid 24-26, top 3", _period_dropped),
    Check(
        "our table asked, trackers answered", "mean headline total for 2025 deals in your table?", _tracker_for_table
    ),
    Check("a tracker asked, our table answered", "caixin's top 3 chinese licensors by 2025 value", _table_for_tracker),
    Check(
        "a tracker's figure for another year", "average deal size in 2025 on pharmcube's numbers", _tracker_year_missing
    ),
    Check("a multiple asked, deals counted", "curon's upfront is how many x chimagen's?", _multiple_counted),
    Check(
        "companies ranked as deals", "2025 only - rank china cos by tcv using the table", _deals_ranked_for_companies
    ),
    Check(
        "an average asked and not computed",
        "hengrui in the table: # of deals, biggest by tcv, avg uf",
        _average_not_computed,
    ),
    Check(
        "a fact about the deal asked and not given",
        "did 3sbio pfe actually close + did pfe put equity in",
        _facet_not_answered,
    ),
)
# Checks an article part of the answer may satisfy ("and how do the milestones split?"): skipped when one is there.
_ARTICLE_MAY_ANSWER = (_period_dropped, _measure_not_computed, _facet_not_answered)


def disagreement(question: str, answer: Answer, named: Sequence[str] = ()) -> tuple[str, str] | None:
    """(check name, what the question asks that the plan does not answer), or None when they agree.

    ``named``: the companies the question names (the router's entity finder, by canonical name). Only
    answers that state a figure from the tools are checked; one deal's terms (``get_deal``) are
    checked for the measure alone."""
    if answer.abstained or answer.route in ("none", "text") or not answer.tool_calls:
        return None
    for check in CHECKS:
        if check.finds in _ARTICLE_MAY_ANSWER and (
            answer.route == "table+text" or "quoting the articles" in answer.interpretation
        ):
            continue  # an article part may answer that measure or hold that year ("and how the milestones split?")
        if (found := check.finds(question, answer)) is not None:
            return check.name, found
    left_out = _company_left_out(named, answer)
    return ("a company named and not answered", left_out) if left_out else None


def _company_left_out(named: Sequence[str], answer: Answer) -> str | None:
    """A company the question names that neither the plan nor the answer holds ("Innovent: upfront from
    Roche / from Lilly?" answered for Roche alone): one part of the question went unanswered."""
    said = f"{answer.answer} {answer.interpretation} {json.dumps([c.args for c in answer.tool_calls], default=str)}"
    said = said.lower()
    for name in dict.fromkeys(named):
        first = re.split(r"[\s&]+", name.lower())[0]  # "Merck" of "Merck & Co.", "CSPC" of "CSPC Pharmaceutical Group"
        if name.lower() not in said and not (len(first) > 3 and first in said):
            # a name with a digit ("3SBio") would read as a figure in the reply
            return "what you asked about " + ("one of the companies you named" if re.search(r"\d", name) else name)
    return None


def audited(question: str, answer: Answer, named: Sequence[str] = ()) -> Answer:
    """The answer, or a clarifying reply in its place when its plan does not answer the question."""
    found = disagreement(question, answer, named)
    if found is None:
        return answer
    name, asked = found
    plan = answer.interpretation or "a different figure"
    # The plan is shown beside the reply (the interpretation), not in it: its dates and counts are no answer.
    reply = (
        "I am not sure I read your question right, so I have not given a figure: the plan I made (shown as the "
        f"interpretation) does not give {asked}. "
        "Could you rephrase it, naming the figure, the deals or companies and the period you mean?"
    )
    return answer.model_copy(
        update={
            "answer": reply,
            "route": "none",
            "figures": [],
            "citations": [],
            "interpretation": f"clarifying ({name}): the plan was {plan}",
        }
    )
