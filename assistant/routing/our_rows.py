"""Questions only our deal table can answer, and the filters a quant writes the way a query does
(the classes of outsider15.jsonl), read after ``table_asks``.

A tracker reports market totals; it holds no row per deal. A question that breaks the deals down
per company ("count of deals per licensee in 2024"), asks for a column only the table holds
("how many deals had equity", "status closed", "modality = ADC") or counts companies by their deals
("licensors with >1 deal") is about our rows, never a market figure:

- **A column of the table**: "status closed", "status: terminated" filter on the status column;
  "how many deals had equity" counts the deals with a disclosed equity amount.
- **A breakdown per company**: "per licensee", "for each licensor", "by buyer": our rows, grouped.
- **A modality left out**: "modality = ADC (leave out bispecific ADCs)" asks for the ADCs and not
  the bispecific ADCs, whose name contains "ADC": the one left out is no filter, it is an exclusion.
- **A company left out**: "exclude the Hengrui deals and re-rank" leaves Hengrui out even when it is
  the only company named (a follow-up's subject is the turn before's).
- **"Including" is no filter**: "all Hansoh upfronts, including the two 2023 GSK deals" asks for all
  of Hansoh's deals; the companies and years after "including" only say which rows must be in.

Each pattern comes with its examples in ``tests/test_outsider15_classes.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from assistant.routing.every_deal import EVERY_DEAL_RE, LIST_DEALS_RE
from assistant.routing.group_money import kinds_ranked_by_money
from assistant.routing.group_shares import read_group_share
from assistant.routing.made_up import deals_making_up
from assistant.routing.named_sets import deals_named, each_deal_listed, years_left_out
from assistant.routing.orderings import EXCLUDED_NEXT_RE
from assistant.routing.period_scope import including_is_no_filter
from assistant.routing.table_notes import table_noted
from assistant.routing.wording import AREAS, MODALITIES, REPORTER_RE
from assistant.tools.schema import CompareArgs, ToolCall

_I = re.IGNORECASE
_AREA_NAMES = frozenset(name for name, _ in AREAS)
# "status closed", "status = terminated", "with status: active", "whose status is closed"
STATUS_FIELD_RE = re.compile(
    r"\bstatus\s*(?:=|:|is|was|of|being|as)?\s*['\"]?(closed|terminated|announced|active)\b", _I
)
# "how many deals had equity", "deals with an equity investment", "which deals carried equity": the
# deals with a disclosed equity amount ("equity of $100 million" is a bound, read elsewhere)
HAD_EQUITY_RE = re.compile(
    r"\b(?:had|has|have|with|carried|carry|carrying|included?|including|involved?|involving)\s+"
    r"(?:an?\s+|any\s+|some\s+)?(?:disclosed\s+)?equity\b",
    _I,
)
# "per licensee", "for each licensor", "by buyer", "broken down by company": one row per company
PER_COMPANY_RE = re.compile(
    r"\b(?:per|by|for each|for every|each|every|broken down by|split by)\s+"
    r"(licensee|licensor|company|buyer|seller|partner|acquirer|pharma|biotech|drugmaker)s?\b",
    _I,
)
# "licensors with >1 deal", "licensees with more than one deal", "companies with multiple deals"
COMPANIES_BY_DEALS_RE = re.compile(
    r"\b(licensors?|licensees?|compan(?:y|ies)|buyers?|sellers?|pharmas?|biotechs?|drugmakers?|firms?)\s+"
    r"(?:with|w/?|having|(?:that |who )?(?:did|signed|have|had|struck|inked|made|closed|agreed|announced|(?:have |has )?done|"
    r"sign|do|strike|ink|make|close|agree|announce))\s+"
    r"(?:>\s*\d|(?:>=|≥)\s*\d|more than (?:one|two|three|\d+)|at least (?:two|three|four|five|\d+)|multiple|several|(?:two|three|\d) or more|\d\+)",
    _I,
)
# "Which Chinese licensors signed more than one deal in 2024?", "list the buyers with two or more deals"
# "Did any Chinese company sign more than three deals?", "has any licensee done more than 4?": those counted and named
_WHICH_COMPANIES_RE = re.compile(
    r"^\W*(?:which|what|list|name|show(?: me)?|who are|(?:did|has|have|were|was|is|are) (?:any|there any))\b|"
    # "chinese licensors w at least 3 deals since 2024?": the companies named first, a list asked by its noun
    r"^\W*(?:(?:chinese|china|us|u\.s\.|american|european|japanese|western|foreign|big|large)\s+)?"
    r"(?:licensors?|licensees?|compan(?:y|ies)|buyers?|sellers?|pharmas?|biotechs?|drugmakers?)\s+"
    r"(?:with|w/?|having|(?:that|who)\s+(?:did|signed|have|had|struck|inked|made|closed|(?:have |has )?done))\b",
    _I,
)
# "modality = ADC", "modality: siRNA", "where modality is peptide": the column, written as a query would
MODALITY_FIELD_RE = re.compile(r"\bmodality\s*(?:=|:|==|is)\s*", _I)
# "(leave out bispecific ADCs)", "excluding bispecific ADCs", "but not bispecific ADCs"
_LEAVE_OUT = (  # "non-ADC deals", "deals that did not involve ADCs" too
    r"(?:(?:exclud(?:e|es|ed|ing)|excl\.?|ex\.|not counting|leav(?:e|ing) out|except(?: for)?|other than|apart from|aside from|"
    r"but not|minus|without|outside(?: of)?|rather than|instead of|ignor(?:e|ing)|drop(?:ping)?|not|(?:did|does|do|were|was)(?: not|n't) (?:involve|include|use|cover)|"
    r"not (?:involving|including|using|covering))\s+(?:the\s+|any\s+|an\s+)?|\bnon-?\s?)"
)
# "and re-rank", "rank again", "redo it", "same list": the list before, done again
AGAIN_RE = re.compile(
    r"\bre-?(?:rank|do|run|sort|list|order|compute|calculate)\b|\bagain\b|\bsame (?:list|ranking|table)\b|\b(?:now|then)\b",
    _I,
)
# "upfront divided by total" ("upfront/milestone split" asks both figures, not a ratio), "upfront as a fraction of the headline", "ratio of upfront to total"
_MEASURE = r"(?:upfronts?|up-?front payments?|milestones?|biobucks|totals?|headline(?: value)?|deal value|total value)"
PART_OF_WHOLE_RE = re.compile(
    rf"\b{_MEASURE}\s*(?:divided by|over|÷|as an? (?:fraction|share|proportion|percent(?:age)?|%) of|relative to)\s*"
    rf"(?:the\s+)?{_MEASURE}|\bratio of (?:the\s+)?{_MEASURE} to (?:the\s+)?{_MEASURE}",
    _I,
)
# "for each GLP-1 deal", "per deal", "deal by deal": every deal's own figure, listed
EACH_DEAL_RE = re.compile(
    r"\b(?:for |of )?(?:each|every)\s+(?:[\w-]+\s+){0,2}?deal\b|\bdeal by deal\b|\bper deal\b", _I
)
# "share of 2025 value that went to oncology", "% of 2024 upfront dollars": a share of money, not of deals
MONEY_SHARE_RE = re.compile(r"\b(?:value|dollars?|money|upfronts?|milestones?|biobucks|\$)", _I)
# "what share of 2025 deals were ADCs", "% of the 2025 transactions", "share of 2025's deal count": a share of
# the deals counted
DEAL_SHARE_RE = re.compile(
    r"(?:\bshare|\bpercent(?:age)?|\bproportion|\bfraction|%)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?"
    r"(?:(?:20[12]\d|those|these|our|your)(?:'s)?\s+)?(?:deals|transactions|agreements|licen[cs]es|deal\s+count)\b|"
    r"\bshare of (?:the\s+)?(?:number|count) of (?:20[12]\d\s+)?deals\b",
    _I,
)
# "the 2025 deals with both disclosed", "deals where both figures are disclosed": our rows, by what they disclose
BOTH_DISCLOSED_RE = re.compile(r"\bboth (?:\w+ )?(?:disclosed|known|reported)\b|\bwhere both\b", _I)
# "China's", "market", "trackers": a question about the market, which a tracker's total answers
_MARKET_SCOPE_RE = re.compile(r"\bchina\b|\bchinese\b|\bmarket\b|\btrackers?\b|\breported\b|\bindustry\b", _I)
# "— count them", ": count", "count 'em": a count asked after the deals are described
COUNT_THEM_RE = re.compile(r"(?:[—–:,;-]|\band)\s*count(?:\s+them|\s+'em|\s+those)?\s*[?.!]*\s*$|\bcount them\b", _I)
# "milestones exceed 20x the upfront", "biobucks over 10 times the upfront", "milestones below ten times the
# upfront": a multiple of one deal's own upfront, above it (min) or below it (max)
_TIMES = r"(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|fifty)\s*(?:x|×|times)"
MULTIPLE_RE = re.compile(
    r"\b(?:milestones?|biobucks)\s+(?:payments?\s+)?(?:(?:were|was|are|is)\s+)?"
    r"(?:(exceed(?:s|ing)?|above|over|more than|greater than|at least|>)|"
    r"(below|under|less than|lower than|smaller than|short of|<))\s*"
    rf"{_TIMES}\s+(?:the\s+|their\s+|its\s+)?(?:size of the\s+)?up-?fronts?\b",
    _I,
)
_MULTIPLE_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_MULTIPLE_WORDS |= {"fifteen": 15, "twenty": 20, "fifty": 50}
# "drop the top one", "now remove the first", "without the last one": a row of the list before, left out
DROP_ROW_RE = re.compile(
    r"^\W*(?:(?:now|then|ok|okay|and)\W+)?(?:drop|remove|exclude|omit|skip|ignore|lose|without)\s+(?:the\s+)?"
    r"(?:top|first|last|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|#?\d)\b",
    _I,
)
# "date signed vs date disclosed", "signing date versus announcement date": two dates of one deal, which
# its article states; no money of the deal is compared with itself
DATES_ASK_RE = re.compile(
    r"\bdates?\s+(?:it was\s+|of\s+)?(?:signed|signing|disclosed|disclosure|announced|announcement|closed|closing|effective)\b|"
    r"\b(?:signed|signing|disclosed|disclosure|announced|announcement|closing|effective)\s+dates?\b|"
    r"\b(?:signed|disclosed|announced|closed)\s+when\b",  # "zelgen abbvie: signed when vs disclosed when?"
    _I,
)
_MONEY_WORDS_RE = re.compile(r"\$|\bupfront|\bmilestone|\bvalue\b|\btotal\b|\bequity\b|\bpaid\b|\bpay\b", _I)
# "including the two 2023 GSK deals", "incl. the 2023 ones": the clause runs to a comma, bracket or the end


def read_our_rows(slots: Any, text: str) -> None:
    """Correct ``slots`` (read from ``text``, company names blanked) for the wordings above."""
    named_tracker = bool(REPORTER_RE.search(text))
    table_noted(slots, text)  # "table deals", "(table, main only)", "mean headline total for 2025 deals"
    deals_making_up(slots, text)  # "Caixin credits Hengrui with $16.7bn … Which deals make that up?": our rows
    status = STATUS_FIELD_RE.search(text)
    if status and not slots.mentions:
        slots.status = status.group(1).lower()
        slots.in_table = True
        if slots.op is None and not slots.count:
            slots.op = "find"
    deals_asked = bool(re.search(r"\b(?:deals|transactions|agreements)\b", text, _I))  # not "does that include equity?"
    if (
        "equity" in slots.metrics
        and HAD_EQUITY_RE.search(text)
        and deals_asked
        and not slots.mentions
        and not named_tracker
    ):
        if "equity" not in slots.disclosed:
            slots.disclosed = [*slots.disclosed, "equity"]
        slots.in_table = True
        if not slots.count and slots.op is None:
            slots.op = "find"
    by_deals = COMPANIES_BY_DEALS_RE.search(text)
    if by_deals and (slots.count or _WHICH_COMPANIES_RE.match(text)) and not named_tracker:
        slots.count = True  # "which licensors signed more than one deal?": those companies, counted and named
        side = by_deals.group(1).lower()
        buyer = side.startswith(("licensee", "buyer", "pharma"))
        slots.distinct = "licensee" if buyer else "licensor"
        slots.op = None if slots.op in ("min", "rank") else slots.op  # "at least two deals" is no minimum
    if (PER_COMPANY_RE.search(text) or by_deals) and not named_tracker:
        slots.in_table = True
        if slots.market_metric == "licensor_count":
            slots.market_metric = None  # a count of companies by their deals is our rows'
    if MODALITY_FIELD_RE.search(text) and not named_tracker:
        slots.in_table = True
    # "every AbbVie deal - table asset and announcement date": a list's columns, not one deal's dates
    listed = (slots.op == "find" and EVERY_DEAL_RE.search(text)) or LIST_DEALS_RE.search(text)
    if slots.mentions and DATES_ASK_RE.search(text) and not _MONEY_WORDS_RE.search(text) and not listed:
        slots.op, slots.deal_content, slots.metrics, slots.metric_spans = None, True, [], []
    if slots.payment_made and "milestones" in slots.metrics and slots.mentions:
        slots.plural = False  # milestones paid to date, under one deal or several: only an article may say
    if DROP_ROW_RE.search(text) and not slots.mentions:
        slots.op = None  # "drop" is no fall in value here: the row is left out (``ordinals.slots_for_row``)
    if COUNT_THEM_RE.search(text) and not slots.count:
        slots.count, slots.op = True, None if slots.op == "find" else slots.op
    multiple = MULTIPLE_RE.search(text)
    if multiple and not slots.mentions:
        raw = multiple.group(3).lower()
        times = Decimal(_MULTIPLE_WORDS[raw]) if raw in _MULTIPLE_WORDS else Decimal(raw)
        slots.milestone_multiple, slots.in_table = ("max" if multiple.group(2) else "min", times), True
        slots.market_metric = None
        slots.op, slots.count = "find", False  # the deals listed, and counted
    part_of_whole = PART_OF_WHOLE_RE.search(text)
    if part_of_whole and len(slots.measures) >= 2 and (slots.mentions or slots.asset):
        slots.op, slots.lone_ratio = "share", False  # one deal's measure as a part of another of its measures
    elif part_of_whole and EACH_DEAL_RE.search(text) and not slots.mentions:
        slots.op, slots.lone_ratio, slots.in_table = "find", False, True  # each deal listed with its terms
    _modality_left_out(slots, text)
    each_deal_listed(slots, text)
    deals_named(slots, text)
    years_left_out(slots, text, named_tracker)
    _share_of_our_rows(slots, text, named_tracker)
    read_group_share(slots, text)  # "what % of Hengrui's total deal value came upfront"
    _companies_left_out(slots, text)
    including_is_no_filter(slots, text)  # "..., the 2022 Kelun deals too": rows added, not a filter
    kinds_ranked_by_money(slots, text)  # "which modality led by upfront dollars"
    if (slots.excluded or slots.exclude_modalities) and not named_tracker:
        slots.in_table = True  # "2025's upfront, excluding the Hengrui deals": a tracker has no rows to leave out


def _share_of_our_rows(slots: Any, text: str, named_tracker: bool) -> None:
    """ "share of 2025 value that went to oncology", "aggregate upfront as % of aggregate total, 2025 deals
    with both disclosed": a part of our rows' money over the whole of it. No tracker reports a total by
    area or by what a deal disclosed, so numerator and denominator are both sums over our rows."""
    if slots.op != "share" or slots.mentions or slots.asset or named_tracker or slots.market_metric:
        return
    if _MARKET_SCOPE_RE.search(text) or not slots.periods:
        return
    bounded = bool(slots.bounds or slots.min_total or slots.max_total)  # "worth over $1bn", "an upfront over $100m"
    if bounded and DEAL_SHARE_RE.search(text):
        # "what fraction of 2025 deals had an upfront above $100m": the deals counted (the upfront is the bound's)
        slots.in_table, slots.count = True, True
        return
    if not MONEY_SHARE_RE.search(text):
        # "what share of 2025 deals were ADCs": no tracker counts deals by modality or area, so our rows counted
        kind = slots.therapeutic_area or slots.modality or slots.licensee_countries  # "an American buyer" too
        if DEAL_SHARE_RE.search(text) and kind and not slots.measures:
            slots.in_table = True
        return
    area_share = bool(slots.therapeutic_area or slots.modality or slots.licensee_countries or bounded)
    area_share = area_share and len(slots.measures) <= 1
    measure_share = len(slots.measures) >= 2 and (BOTH_DISCLOSED_RE.search(text) or slots.in_table)
    if area_share or measure_share:
        slots.in_table = True
        if measure_share:
            slots.disclosed = list(dict.fromkeys([*slots.disclosed, *slots.measures[:2]]))


_LEAST_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_LEAST_RE = re.compile(
    r">(?!=)\s*(\d+)|more than (one|two|three|\d+)|at least (one|two|three|four|five|\d+)|(\d+)\s*\+|"
    r"(two|three|\d+) or more|\b(multiple|several)\b|(?:>=|≥)\s*(\d+)",
    _I,
)


def companies_by_deals_calls(
    slots: Any, question: str, calls_for: Callable[[str, Any], list[ToolCall]]
) -> list[ToolCall]:
    """ "number of licensors with >1 deal since 2024": the different licensors (or licensees) that have
    at least that many of the deals asked. Empty when the question counts no companies by their deals."""
    found = COMPANIES_BY_DEALS_RE.search(question)
    if found is None or not slots.count or slots.distinct not in ("licensor", "licensee"):
        return []
    least = _LEAST_RE.search(question[found.start() :])
    if least is None:
        return []
    raw = next(group for group in least.groups() if group)
    number = _LEAST_WORDS.get(raw.lower(), 2) if not raw.isdigit() else int(raw)
    if least.group(1) or least.group(2):  # "> 1", "more than one": one more than said
        number += 1
    calls = calls_for("aggregate", slots)
    if len(calls) != 1 or not calls[0].args.get("distinct"):
        return []
    calls[0].args["min_deals"] = max(number, 1)
    return calls


def shares_a_part(slots: Any) -> bool:
    """A share of our own rows: a part (the deals of an area, a modality, a buyer country or a bound, or one
    measure) of the whole (the period's deals, or another measure)."""
    part = slots.therapeutic_area or slots.modality or slots.licensee_countries or len(slots.measures) >= 2
    part = part or slots.bounds or slots.min_total or slots.max_total  # "deals worth over $1bn"
    return bool(slots.op == "share" and slots.in_table and not slots.reporter and part)


def share_calls(slots: Any, calls_for: Callable[[str, Any], list[ToolCall]]) -> list[ToolCall]:
    """The compare call for a share of our own rows: the part (an area's or a modality's deals, or one
    measure) against the whole (the period's deals, or the other measure). Empty when not that."""
    if slots.op != "share" or not slots.in_table or slots.mentions or slots.asset:
        return []
    measures = list(slots.measures) or (["count"] if counted(slots) else ["total"])
    if slots.count and (slots.bounds or slots.min_total or slots.max_total):  # the upfront of "an upfront over $100m"
        measures = ["count"]
    part = calls_for("find_deals", slots.model_copy(update={"op": "find"}))[0].args["filter"]
    if len(measures) >= 2:
        return [_compare_call({"metric": measures[0], "left": part, "right": part, "right_metric": measures[1]})]
    whole_slots = slots.model_copy(
        update={
            "op": "find",
            "therapeutic_area": None,
            "modality": None,
            "exclude_modalities": [],
            "licensee_countries": [],
            "bounds": {},
            "min_total": None,
            "max_total": None,
            "exclusive": [],
        }
    )
    whole = calls_for("find_deals", whole_slots)[0].args["filter"]
    return [_compare_call({"metric": measures[0], "left": part, "right": whole})]


def counted(slots: Any) -> bool:
    """A share of the deals counted, not of their money: "as a share of 2025 deal count", "by number"."""
    words = " ".join(slots.words)
    if slots.count or re.search(r"\bby (?:the )?(?:number|count)\b|\bdeal counts?\b", words):
        return True
    return bool(DEAL_SHARE_RE.search(words)) and not MONEY_SHARE_RE.search(words)


def _compare_call(args: dict[str, Any]) -> ToolCall:
    CompareArgs.model_validate(args)  # a bug, not a reply, when the sides do not make a comparison
    return ToolCall(tool="compare", args=args)


# "plain ADCs", "conventional ADCs": an ADC that is no bispecific ADC
_PLAIN_ADC_RE = re.compile(
    r"\b(?:plain|pure|conventional|classic|traditional|regular|standard|monospecific)\s+ADCs?\b", _I
)


def _modality_left_out(slots: Any, text: str) -> None:
    """ "ADC deals, leaving out bispecific ADCs": the ADCs asked, the bispecific ones excluded; "non-oncology
    deals": the area left out (an area's name kept beside the modalities' in ``exclude_modalities``)."""
    if slots.modality == "ADC" and _PLAIN_ADC_RE.search(text) and not re.search(r"\bbispecific", text, _I):
        slots.exclude_modalities = ["Bispecific ADC"]  # "2025 ADC deals (plain ADCs)": the bispecific ones are not
        return
    left_out: list[str] = []
    for name, pattern in [*MODALITIES, *AREAS]:
        for found in pattern.finditer(text):
            if re.search(_LEAVE_OUT + r"$", text[max(0, found.start() - 30) : found.start()], _I):
                left_out.append(name)
    if not left_out:
        return
    kept = [
        name
        for name, pattern in MODALITIES
        if name not in left_out
        and any(
            not re.search(_LEAVE_OUT + r"$", text[max(0, m.start() - 30) : m.start()], _I)
            and not _inside_other(text, m, left_out)
            for m in pattern.finditer(text)
        )
    ]
    slots.modality = kept[0] if kept else None
    if any(name in _AREA_NAMES for name in left_out):
        slots.therapeutic_area = next(
            (name for name, pattern in AREAS if name not in left_out and pattern.search(text)), None
        )
    slots.exclude_modalities = list(dict.fromkeys(left_out))


def _inside_other(text: str, found: re.Match[str], left_out: list[str]) -> bool:
    """Whether a match ("ADC" in "bispecific ADCs") is part of a longer modality name left out."""
    for name, pattern in MODALITIES:
        if name in left_out:
            for other in pattern.finditer(text):
                if other.start() <= found.start() and found.end() <= other.end() and other.span() != found.span():
                    return True
    return False


def _companies_left_out(slots: Any, text: str) -> None:
    """ "exclude the Hengrui deals and re-rank": the only company named is left out, not asked about."""
    if not slots.mentions or slots.excluded:
        return
    left_out = [m for m in slots.mentions if EXCLUDED_NEXT_RE.search(text[max(0, m.start - 40) : m.start])]
    if left_out and len(left_out) == len(slots.mentions):
        slots.excluded = list(dict.fromkeys(m.name for m in left_out))
        slots.mentions = []
        slots.single_deal = False
        if not slots.periods and not slots.has_filters and AGAIN_RE.search(text):
            # "... and re-rank": the ranking before, without them (its dimension and size, not a new one's)
            slots.followup_marker = True
            slots.op, slots.dimension, slots.n, slots.singular = None, None, None, False


def modalities_left_out(calls: list[Any], slots: Any) -> None:
    """Every deal filter of ``calls`` leaves out the modalities the question left out (and says nothing
    of them when none was)."""
    for call in calls:
        for side in ("filter", "left", "right"):
            part = call.args.get(side)
            if isinstance(part, dict):
                part.pop("exclude_modalities", None)
                part.pop("exclude_areas", None)
                kinds = [name for name in slots.exclude_modalities if name not in _AREA_NAMES]
                areas = [name for name in slots.exclude_modalities if name in _AREA_NAMES]
                if kinds:
                    part["exclude_modalities"] = kinds
                if areas:
                    part["exclude_areas"] = areas
                if slots.exclude_years:
                    part["exclude_years"] = list(slots.exclude_years)
                if slots.milestone_multiple is not None:
                    bound, times = slots.milestone_multiple
                    part[f"{bound}_milestones_multiple"] = str(times)


# a deal's structure, which no column holds: "which deals are NewCo structures?", "哪些 deal 是 NewCo 结构的?" (had
# listed all 61 rows, "of any kind", the NewCo word unread)
_STRUCTURE_WORDS = frozenset({"newco", "newcos", "structure", "structures", "structured", "spinout", "spinouts"})


def unread_narrowing(words: list[str], periods: list[Any], content_words: int) -> bool:
    """A list asked by what no column holds: a deal structure (NewCo), or four words or more and no period."""
    return bool(_STRUCTURE_WORDS.intersection(words)) or (not periods and content_words >= 4)
