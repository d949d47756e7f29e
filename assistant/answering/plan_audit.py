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
- a multiple is asked ("how many x", 倍) and every call only counts deals;
- companies are ranked ("rank china cos by tcv") and the plan ranks single deals; an average is asked
  and none computed, or one per deal; a tracker's figure is given for another year than the one asked;
- a fact about the deal is asked beside its money (has it closed, its territory, royalties, the kind of
  drug, how the upfront is paid, the date it was announced) and no sentence of the answer gives it;
- each year is asked on its own and one figure over the span given; two things compared and one deal's
  terms given; each deal's figure and their sum asked and only the figures given;
- a money bound is said ("USD 500 Mio. or more", "5亿美金及以上") and no call filters on money (``bound_audit``);
- deals counted over one named drug where no count is asked ("ZG006 给艾伯维，royalty 是几个点？");
- (a follow-up that points back and whose plan dropped the previous question's companies was tried and
  stopped eight right answers on the tuning files for three wrong caught: not kept).

A disagreement turns the answer into a clarifying reply: it says what the plan computed and what the
question seems to ask, and gives no figure, so a misreading costs the user one more message instead of
a wrong number. An article's answer (the text route) is checked for two things only: a money measure the
question names must be named by its sentences ("tcv" answered with the upfront and near-term payments
is not), and a ranking of our table ("lowest upfront/headline ratio in the table") is no article's. An answer with an article part is not checked for measures, years or deal facts, which that
part may answer ("upfront, and how do the milestones split?"). Measured: README, Plan audit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer import Answer, ToolCallRecord
from assistant.answering import audit_calls
from assistant.answering import audit_words as words
from assistant.answering.bound_audit import bound_not_applied

_I = re.IGNORECASE


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


def _measures_said(question: str) -> str:
    """``question`` with parts summed read as the headline ("upfront plus milestones") and measures named as a
    part or set aside ("incl. the upfront", "not the headline") dropped: the measures left are the ones asked."""
    return words.PART_OF.sub(" ", words.SUM_OF_PARTS.sub(" headline value ", question))


def _measure_not_computed(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    money = [c for c in calls if c.tool in audit_calls.TABLE_TOOLS or c.tool == "market_stat"]
    if not money:
        return None
    if audit_calls.counts_only(calls) and (
        words.AMOUNT.search(question) or re.search(r"\bdisclos\w*|披露", question, _I)
    ):
        return None  # "how many deals had an upfront above $100m", "how many disclosed an upfront": counts
    covered = set().union(*(audit_calls.measures(c) for c in money)) | audit_calls.stated(answer)
    question = _measures_said(question)
    missing = [said for measure, said, asked in _ASKED if asked.search(question) and measure not in covered]
    if (
        audit_calls.counts_only(calls)
        and not missing
        and any(p.search(question) for _, _, p in _ASKED[:3])
        and words.SUM_ASKED.search(question)
    ):
        missing = ["their sum"]  # each deal's upfront listed beside the count, the sum asked ("首付加起来一共多少")
    if audit_calls.counts_only(calls) and not missing and words.MONEY_OF_COUNTED.search(question):
        missing = ["their value"]  # "PharmCube 统计了多少单、多少钱": the money beside the count
    if missing and audit_calls.counts_only(calls):
        return " and ".join(missing) + " (a sum of money), not only a count of deals"
    return " and ".join(missing) if missing else None


def measures_left_out(question: str, answer: Answer) -> list[str]:
    """The measures (upfront, milestones, equity, total) the question names and a one-deal answer gives
    none of: what ``_measure_not_computed`` would ask back, as the deal's columns to add instead. For an
    article's answer, the measures none of its sentences names (``_measure_not_quoted``)."""
    if answer.route == "text":
        said = _measures_said(question)
        return [m for m, _, asked in _ASKED if asked.search(said) and not words.MEASURE_GIVEN[m].search(answer.answer)]
    calls = list(answer.tool_calls)
    if not calls or any(c.tool != "get_deal" for c in calls):
        return []
    covered = set().union(*(audit_calls.measures(c) for c in calls)) | audit_calls.stated(answer)
    said = _measures_said(question)
    return [measure for measure, _, asked in _ASKED if asked.search(said) and measure not in covered]


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


def _years_merged(question: str, answer: Answer) -> str | None:
    """Each year asked on its own ("2024 and 2025 separately", "各签了几笔") and one figure over the span given."""
    said = audit_calls.years_said(question)
    if len(said) < 2 or not words.EACH_YEAR.search(question):
        return None
    if any(c.tool in ("get_deal", "find_deals", "compare", "market_stat") for c in answer.tool_calls):
        return None  # deals one by one or listed, two sides, a tracker's years: each year is there
    calls = [c for c in answer.tool_calls if c.tool in ("aggregate", "rank")]
    if not calls or any(c.args.get("dimension") == "year" for c in calls):
        return None  # a ranking of years
    single = {span[0] for c in calls if (span := audit_calls.years_covered(c)) and span[0] == span[1]}
    return None if said <= single else "each year's figure on its own, not one figure over the whole span"


def _one_deal_for_two(question: str, answer: Answer) -> str | None:
    """Two things compared ("how many times bigger was CSPC-AZ 2026 than their 2024 one") and one deal's
    terms given: the other side is missing. One deal's own figures set side by side (its upfront against
    its equity, against an amount) are left alone."""
    calls = list(answer.tool_calls)
    if not calls or any(c.tool != "get_deal" for c in calls) or not words.COMPARED.search(question):
        return None
    if len(audit_calls.years_said(question)) < 2 and len(set(words.DRUG_CODE.findall(question))) < 2:
        return None  # one deal's figures set side by side ("upfront for US rights vs European rights")
    if words.UPFRONT_SPLIT.search(question) or words.CONTINUES.search(question) or words.SPLIT.search(question):
        return None  # "cash vs paper", "MS split dev vs sales": one deal's parts; "and versus their AI deal?": asked before
    if len({json.dumps(c.args, sort_keys=True, default=str) for c in calls}) > 1 or words.AMOUNT.search(question):
        return None
    if sum(bool(asked.search(question)) for _, _, asked in _ASKED) > 1:
        return None  # "upfront vs equity on the Takeda deal": one deal, two of its figures
    return "the other side of the comparison (only one deal's terms were looked up)"


def _one_drug_counted(question: str, answer: Answer) -> str | None:
    """Deals counted over one named drug ("泽璟 ZG006 给艾伯维，royalty 是几个点？" counted 1 deal): the count
    of one drug's deal answers nothing unless deals were asked to be counted."""
    counts = [c for c in answer.tool_calls if c.tool == "aggregate" and c.args.get("operation") == "count"]
    if not counts or len(counts) != len(answer.tool_calls) or words.DEALS_COUNTED.search(question):
        return None
    if all((c.args.get("filter") or {}).get("asset") for c in counts):
        return "a figure of the drug's deal, not a count of its deals"
    return None


def _sum_of_each_missing(question: str, answer: Answer) -> str | None:
    """Each deal's figure and their sum asked ("分别是多少？加起来呢？") and only the figures given."""
    calls = list(answer.tool_calls)
    deals = {json.dumps(c.args, sort_keys=True, default=str) for c in calls if c.tool == "get_deal"}
    if len(deals) < 2 or any(c.tool in ("aggregate", "compare") for c in calls):
        return None
    return "their sum (the figures added up)" if words.SUM_OF_EACH.search(question) else None


def _facet_not_answered(question: str, answer: Answer) -> str | None:
    """A fact about the deal asked beside its money ("did 3sbio pfe close + equity?") that no sentence gives."""
    if words.PART_DECLINED.search(answer.answer):
        return None  # "the indexed articles do not answer the third part": said, not answered with another fact
    if any(c.tool not in ("get_deal", "compare") for c in answer.tool_calls):
        return None  # a ranking or a list ("which modality had the largest upfront?") names its deals, not their terms
    unbracketed = re.sub(r"\([^)]*\)", " ", answer.answer)  # a figure's label in brackets ("at close") states no status
    missing = [
        name
        for name, asked, given in words.FACETS
        if asked.search(question) and not given.search(unbracketed if name == words.STATUS_FACET else answer.answer)
    ]
    return " and ".join(missing) if missing else None


def _period_dropped(question: str, answer: Answer) -> str | None:
    calls = list(answer.tool_calls)
    said = audit_calls.years_said(question)
    computed = [c for c in calls if c.tool in ("aggregate", "rank", "compare", "find_deals", "market_stat")]
    if not said or not computed or all(c.tool == "market_stat" and c.args.get("derive") for c in computed):
        return None  # a tracker's implied or derived figure has years of its own ("imply what 2023 value?")
    if all(c.tool == "market_stat" for c in computed) and len(said) > 1:
        return None
    if any(f.get("deal_ids") or f.get("deal_id") for c in computed for f in audit_calls.filters(c)):
        return None  # deals picked one by one ("the 2024 one and the 2026 one"): each its own year
    spans = [span for c in computed if (span := audit_calls.years_covered(c)) is not None]
    spans += [
        (year, year) for c in calls if c.tool == "get_deal" and (year := audit_calls.deal_year(c))
    ]  # the deal's own year
    if not spans:
        if any(audit_calls.has_span(c) for c in computed) or words.YEAR_AS_SCOPE.search(question):
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
    return "the period you gave" if audit_calls.years_said(question) - given else None


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
        and audit_calls.counts_only(calls)
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
    Check("each year asked, one span given", "恒瑞2024年和2025年各签了几笔对外授权", _years_merged),
    Check(
        "two sides compared, one deal given",
        "how many times bigger was CSPC-AZ 26 than their 24 one",
        _one_deal_for_two,
    ),
    Check(
        "a sum asked, the parts given", "argo/novartis 2024 and 2025: upfront each, and together?", _sum_of_each_missing
    ),
    Check("a money bound said and not applied", "首付 5亿美金及以上的大单，表里有几单？", bound_not_applied),
    Check("one drug's deals counted", "泽璟 ZG006 给艾伯维，royalty 是几个点？", _one_drug_counted),
    Check(
        "a fact about the deal asked and not given",
        "did 3sbio pfe actually close + did pfe put equity in",
        _facet_not_answered,
    ),
)
# Checks an article part of the answer may satisfy ("and how do the milestones split?"): skipped when one is there.
_ARTICLE_MAY_ANSWER = (_period_dropped, _measure_not_computed, _facet_not_answered)


def disagreement(question: str, answer: Answer) -> tuple[str, str] | None:
    """(check name, what the question asks that the plan does not answer), or None when they agree.

    Only answers that state a figure from the tools are checked; one deal's terms (``get_deal``) are
    checked for the measure alone, an article's answer for the measure's name."""
    if answer.route == "text" and not answer.abstained:
        if words.RANKED.search(question) and words.OUR_TABLE.search(question) and not words.TRACKER.search(question):
            return "a ranking of our table asked, articles quoted", "a ranking of our table's deals"
        missing = _measure_not_quoted(question, answer)
        return ("a measure the question names is not in the quoted sentences", missing) if missing else None
    if answer.abstained or answer.route == "none" or not answer.tool_calls:
        return None
    for check in CHECKS:
        if check.finds in _ARTICLE_MAY_ANSWER and (
            answer.route == "table+text" or "quoting the articles" in answer.interpretation
        ):
            continue  # an article part may answer that measure or hold that year ("and how the milestones split?")
        if (found := check.finds(question, answer)) is not None:
            return check.name, found
    return None


def _measure_not_quoted(question: str, answer: Answer) -> str | None:
    """An article's sentences given for a money measure none of them names ("evopoint->astellas tcv"
    answered with the upfront and near-term payments): the figure asked is not there."""
    question = _measures_said(question)
    missing = [
        said
        for measure, said, asked in _ASKED
        if asked.search(question) and not words.MEASURE_GIVEN[measure].search(answer.answer)
    ]
    return " and ".join(missing) if missing else None


def audited(question: str, answer: Answer) -> Answer:
    """The answer, or a clarifying reply in its place when its plan does not answer the question."""
    found = disagreement(question, answer)
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
