"""Two deals compared, each named by its own pair of companies or its drug: the two sides are those deals.

"How much less did AbbVie pay RemeGen upfront than Pfizer paid 3SBio?", "Roche paid Hansoh for HS-20110
and Innovent for IBI3009 - which got more?", "RemeGen licensed telitacicept to Vor Bio and RC148 to AbbVie:
how many times larger was the AbbVie upfront?", "MediLink sold YL211 and YL201 to Roche - how many times
bigger was the YL201 upfront?": the slots read one set of companies and one drug for the whole question, so
a side borrows the other side's partner or drug and matches no deal, both sides end on the same deal, or the
two sides look alike and the plan becomes a one-deal look-up.

A comparison in one of those states (a side matching no deal, both sides the same deals), or a single
look-up asked as a comparison ("how many times bigger", "the gap"), is read again here. The deals the
question names are the deals whose licensor and licensee it both names (when that pair did several deals,
only those a drug code of the question names, if any) and the deals a drug code names on its own. When
that is exactly two deals and every company said is a party to one of them, each side is one of the two,
in the order the question names them. Anything else is left as it was, and the answer refuses or asks as
before: "Pfizer vs Hengrui" is no pair that did a deal, and three named deals are not two sides.

One deal's two measures ("3SBio's milestones vs its upfront") and counts are never read here.

A sum of one measure asked over exactly two named deals ("combined upfront of the Hansoh-Regeneron and
Hansoh-Roche deals?", "Argo–Novartis: 2024 upfront, 2025 upfront, combined?") is one sum over those two deals'
ids: it had summed every deal of each company said, or given the first deal's figure only.
A "total" said last in shorthand ("bms upfront to systimmune and harbour biomed, total") is that sum of the one
other measure said, not the deals' total value beside it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from assistant.corpus.tables import Deal
from assistant.dates import MONTHS
from assistant.routing.deal_pairs import PAIR_COMPARED_RE, PAIR_SUMMED_RE
from assistant.routing.deal_pairs import named_deals as deals_named
from assistant.routing.entities import EntityIndex
from assistant.routing.intents import read_slots
from assistant.routing.interpretation import interpret
from assistant.routing.measure_sums import each_measure_summed
from assistant.routing.named_sides import pinned
from assistant.routing.plan import Plan
from assistant.routing.wording import BY_HOW_MUCH_RE, COMPARE_RE, DIFFERENCE_RE, RATIO_RE
from assistant.tools.dealfilter import matches
from assistant.tools.schema import DealFilter, ToolCall

RULE = "two deals compared, each named by its pair of companies or its drug"
_TRAILING_TOTAL_RE = re.compile(r"\btotal\s*(?:\(|[?.!]*\s*$)", re.IGNORECASE)


def named_deals(question: str, deals: list[Deal], entities: EntityIndex) -> list[Deal]:
    """The deals ``question`` names by both their parties or by a drug code, in the order it names them."""
    said: dict[str, int] = {}
    for mention in sorted(entities.find_companies(question).mentions, key=lambda m: m.start):
        said.setdefault(mention.name, mention.start)
    by_code = {deal_id: position for _, deal_id, position in entities.find_assets(question)}
    pairs: dict[tuple[str, str], list[Deal]] = defaultdict(list)
    for deal in deals:
        licensor = next((name for name in deal.licensors if name in said), None)
        licensee = next((name for name in deal.licensees if name in said), None)
        if licensor and licensee:
            pairs[(licensor, licensee)].append(deal)
    found = {deal.deal_id: deal for deal in deals if deal.deal_id in by_code}
    for together in pairs.values():
        coded = [deal for deal in together if deal.deal_id in by_code]
        found.update((deal.deal_id, deal) for deal in (coded or together))
    if len(found) != 2:
        return list(found.values())
    first, second = found.values()

    def position(deal: Deal, other: Deal) -> int:
        own = {*deal.licensors, *deal.licensees} - {*other.licensors, *other.licensees}
        places = [said[name] for name in own if name in said]
        if deal.deal_id in by_code:
            places.append(by_code[deal.deal_id])
        return min(places, default=dated_at(question, deal, other))

    ordered = sorted([(position(first, second), 0, first), (position(second, first), 1, second)], key=lambda p: p[:2])
    if not set(said) <= {name for deal in (first, second) for name in (*deal.licensors, *deal.licensees)}:
        return []  # a third company said: not simply these two deals
    return [deal for _, _, deal in ordered]


# a month as a question writes it ("dec", "Sept.", "October") or a year
_DATE_WORD_RE = re.compile(r"\b(?:[a-z]{3,9}\.?|(?:19|20)\d\d)(?=\W|$)", re.IGNORECASE)


def dated_at(question: str, deal: Deal, other: Deal) -> int:
    """Where the question first names ``deal`` by its own month or year, one ``other`` does not share: "how much
    bigger was the dec upfront vs oct" names Hansoh–GSK's December deal first, so that deal is the left side
    (one pair's two deals tell apart by nothing else). The question's length when it names neither."""
    for match in _DATE_WORD_RE.finditer(question):
        word = match.group().rstrip(".").lower()
        month = MONTHS.get(word)
        if month and deal.announced[5:7] == f"{month:02d}" and other.announced[5:7] != f"{month:02d}":
            return match.start()
        if word.isdigit() and deal.announced[:4] == word and other.announced[:4] != word:
            return match.start()
    return len(question)


def _side_ids(side: dict[str, Any], deals: list[Deal]) -> set[str]:
    wanted = DealFilter.model_validate(side)
    return {deal.deal_id for deal in deals if matches(deal, wanted, {})}


def _broken(call: ToolCall, deals: list[Deal]) -> bool:
    """A money comparison whose side matches no deal, or whose two sides are the same deals."""
    left, right = call.args.get("left"), call.args.get("right")
    if not isinstance(left, dict) or not isinstance(right, dict):
        return False
    if call.args.get("metric") == "count" or call.args.get("right_metric"):
        return False  # a count, or one deal's two measures: the same deal on both sides is meant
    left_ids, right_ids = _side_ids(left, deals), _side_ids(right, deals)
    return not left_ids or not right_ids or left_ids == right_ids


def _asked_as_comparison(question: str) -> bool:
    patterns = (RATIO_RE, DIFFERENCE_RE, BY_HOW_MUCH_RE, COMPARE_RE, PAIR_COMPARED_RE)  # "A minus B", "A or B bigger?"
    return any(pattern.search(question) for pattern in patterns)


def two_named_deals(plan: Plan, deals: list[Deal], entities: EntityIndex, corpus_end: str) -> Plan:
    """``plan`` with a broken comparison (or a look-up asked as one) set to the two deals the question names."""
    calls = plan.tool_calls
    compares = [call for call in calls if call.tool == "compare"]
    if len(compares) == 1 and _broken(compares[0], deals):
        call = compares[0]
    elif len(calls) == 1 and calls[0].tool == "get_deal" and _asked_as_comparison(plan.question):
        metric = read_slots(plan.question, entities, corpus_end).metric or "total"
        call = ToolCall(tool="compare", args={"metric": metric, "left": {}, "right": {}})
    else:
        return _two_named_summed(plan, deals, entities, corpus_end)
    named = named_deals(plan.question, deals, entities)
    if len(named) != 2:  # "2026 upfront: RemeGen-AbbVie or MediLink-Roche": a year or a lone company names it
        named = deals_named(plan.question, deals, entities, lone=True)
    if len(named) != 2:
        return plan
    left, right = call.args["left"], call.args["right"]
    if not compares:  # "2026 upfront: A or B bigger?": the year said is each deal's, kept on its side
        said = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", plan.question))
        left, right = ({"year": int(deal.announced[:4])} if deal.announced[:4] in said else {} for deal in named)
    call.args.update(left=pinned(left, named[0]), right=pinned(right, named[1]))
    if not compares:
        plan.tool_calls = [call]  # the look-up becomes the comparison it was asked as
    plan.route, plan.rule = "table", RULE
    plan.interpretation = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies)
    return plan


def _two_named_summed(plan: Plan, deals: list[Deal], entities: EntityIndex, corpus_end: str) -> Plan:
    """``plan`` as one sum over the two deals the question names when it adds their one measure: "combined upfront
    of the Hansoh-Regeneron and Hansoh-Roche deals?" had summed every Hansoh, Regeneron and Roche deal, and
    "hansoh: regeneron upfront, roche upfront, together?" had given the Regeneron upfront only."""
    calls = plan.tool_calls
    metrics = {call.args.get("metric") for call in calls}
    if metrics == {None} and len(calls) == 1 and _TRAILING_TOTAL_RE.search(plan.question):
        # "bms upfront to systimmune and harbour, total": the last "total" sums, the one measure said is summed
        said: set[str | None] = {m for m in read_slots(plan.question, entities, corpus_end).metrics if m != "total"}
        metrics = said if len(said) == 1 else metrics
    sums = all(call.tool == "get_deal" or call.args.get("operation") == "sum" for call in calls)
    if not calls or not sums or len(metrics) != 1 or not PAIR_SUMMED_RE.search(plan.question):
        return plan
    if not all(call.tool in ("get_deal", "aggregate") for call in calls) or None in metrics:
        return plan
    named = deals_named(plan.question, deals, entities)
    if len(named) != 2:
        return plan
    ids, years = [deal.deal_id for deal in named], sorted(deal.announced[:4] for deal in named)
    summed: dict[str, Any] = {"deal_ids": ids}
    if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", plan.question):  # "2024 upfront, 2025 upfront": the deals' years
        summed.update(date_from=f"{years[0]}-01-01", date_to=f"{years[-1]}-12-31")
    args = {"metric": metrics.pop(), "operation": "sum", "filter": summed}
    # "首付合计、总额合计分别多少": each measure asked summed over the two deals (outsider106)
    plan.tool_calls = each_measure_summed([ToolCall(tool="aggregate", args=args)], plan.question)
    plan.route, plan.rule = "table", "two named deals summed"
    plan.interpretation = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies)
    return plan
