"""Groups of named companies summed, and a deal set against a company's total (tuning session 16).

A run of two or more companies of one side of the table (all licensees, or all licensors) joined by ",",
"and", "&", "+" or "plus" is a group: its deals are one filter (``licensee="AstraZeneca|GSK"``, which
``dealfilter.party_matches`` reads as either) and its figure is their sum.

- Two sides of a comparison ("than", "vs", "versus", "compared with", "against"), at least one of them a
  group: "In 2025, did AstraZeneca and GSK together pay more upfront to Chinese licensors than Merck and
  Pfizer together?" is one ``compare`` of the two groups' sums (it had been read as one GSK–AstraZeneca
  deal and refused).
- A deal against a company's total: one side names a licensor and a licensee that did a deal together,
  the other one company with a word of the whole ("everything", "all", "total", "combined"): "Pfizer's
  single 3SBio upfront vs everything Novartis paid upfront to Chinese companies since 2024" compares the
  3SBio–Pfizer upfront with the sum of Novartis's (it had been read as a 3SBio–Novartis deal).
- A group summed: "Add up the upfront payments Merck, AbbVie and Pfizer have made to Chinese licensors since
  2024" is one ``aggregate`` over the three (it had given three sums and never their total); a company of the
  other side said beside the group narrows it ("Harbour BioMed's deals with AstraZeneca, Otsuka and BMS,
  added together").
- Two companies of one side asked which is higher: "2025 恒瑞 和 信达 的 deal total 加总, 哪家高, 高多少?"
  compares the two companies' sums (it had given two sums and no gap); a company of the other side narrows
  both ("宜联生物和信达生物，谁从罗氏拿到的首付款更多？": each one's upfronts from Roche).

Nothing fires when a side matches no deal, the companies of a run are co-parties of one deal ("Biohaven and
AimedBio" licensed from GeneQuantum together), a name is unknown or ambiguous, the question names a drug or
target (a narrower set than the companies' deals), asks each company apart ("respectively", "each"), or
names no measure: the plan read before stands.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.chinese_wording import in_english
from assistant.routing.entities import EntityIndex, Mention
from assistant.routing.intents import read_slots
from assistant.routing.plan import Plan
from assistant.tools.dealfilter import matches
from assistant.tools.schema import DealFilter, ToolCall

_I = re.IGNORECASE
_ABBREVIATED = ("Co", "Inc", "Ltd", "Corp", "Bio")  # a name ending in an abbreviation, before its full stop
_JOIN_RE = re.compile(r"^\s*(?:,|,?\s*\band\b|&|\+|\bplus\b|/)\s*$", _I)
_SPLIT_RE = re.compile(
    r"\bthan\b|\bcompares?\b|\bvs\.?(?!\w)|\bversus\b|\bcompared (?:with|to)\b|\bagainst\b|\brelative to\b", _I
)
_SUMMED_RE = re.compile(
    r"\badd(?:ed|ing)?\s+(?:\w+\s+){0,6}?(?:up|together)\b|\b(?:al)?together\b|\bcombined\b|\bin total\b|\bsumm?(?:ed)?\b|"
    r"\btotal(?:l?ed)?\s+(?:\w+\s+){0,6}?up\b|\bone figure\b|\ball told\b|\baggregate\b|\bcollectively\b|\bjointly\b|\bcumulative(?:ly)?\b",
    _I,
)
# the whole of a company's deals: "everything Novartis paid", "all the upfront money Merck has paid", "in total"
# (a bare "total" is the measure, "total value", not the whole)
_WHOLE_RE = re.compile(
    r"\beverything\b|\ball\b|\bin total\b|\baltogether\b|\bcombined\b|\bsumm?(?:ed)?\b|\boverall\b|"
    r"\bcumulative(?:ly)?\b|\baggregate\b",
    _I,
)
# "its Merck deal", "their Takeda one": the side is one deal, not a company's whole
_ONE_DEAL_RE = re.compile(r"\b(?:its|their|his|her|the)\s+\S+\s+(?:deal|one|agreement|licen[cs]e)\b|\bdeal\b(?!s)", _I)
# a difference asked: "difference in headline value between them", "the gap", "how many times": no sum
_APART_ASKED_RE = re.compile(r"\bdiffer\w*\b|\bgap\b|\bratio\b|\bhow many times\b|\bapart\b", _I)
_APART_RE = re.compile(
    r"\brespectively\b|\beach\b|\bseparately\b|\bindividually\b|\bper company\b|\bone by one\b|\bapiece\b|"
    r"\bby company\b|\bbreak(?:down| down)\b",
    _I,
)
_WHICH_MORE_RE = re.compile(
    r"\b(?:wh(?:o|ich)(?:\s+(?:company|one|firm|side|of (?:the two|them|those)))?)\b[^?]{0,60}?"
    r"\b(?:more|higher|bigger|larger|greater|most|highest|biggest|largest|ahead)\b",
    _I,
)
# "give the gap", "by how much?", "what's the difference", "and the ratio?", "how big is the gap": the gap only
_GAP_ONLY_RE = re.compile(
    r"^\W*(?:and\s+)?(?:(?:give|show|tell)(?:\s+me)?\s+the\s+(?:gap|difference|ratio|margin)|by how much|"
    r"(?:what(?:'s|\s+is|\s+was)\s+)?the\s+(?:gap|difference|ratio|margin)|how (?:big|large|wide) is the (?:gap|difference)|"
    r"(?:the\s+)?ratio)\W*$",
    _I,
)
_GROUP_WORD_RE = re.compile(r"\b(?:together|combined|altogether|in total|between them|collectively)\b", _I)
_COUNT_RE = re.compile(
    r"\bhow many\b(?!\s+(?:times|x)\b)|\bnumber of (?:deals|licen[cs]\w*|agreements)\b|\bdeal counts?\b", _I
)
_MEASURES = ("upfront", "total", "milestones", "equity")
# an operation other than a sum or a count: "the biggest single upfront" (not "Pfizer's single 3SBio upfront"),
# "on average", "the median", "typical"
_NOT_SUM_RE = re.compile(
    r"\b(?:big|larg|high|great|top)\w*\s+single\b|\bsingle[\s-]+(?:big|larg|high|great)\w*\b|\bsingle (?:largest|biggest)\b|"
    r"\baverage\b|\bmean\b|\bmedian\b|\btypical\b|\busual\b|\bper deal\b|\bavg\b",
    _I,
)
# a rank that still asks the whole: "which paid the most upfront", "the highest upfront combined"
_RANK_WHOLE_RE = re.compile(r"\bmost\b", _I)


def group_gap_joined(parts: list[str]) -> list[str]:
    """``parts`` with a part asking only the gap joined to a comparison of groups before it: ["did A and B
    together pay more than C and D together?", "give the gap"] is one question (asked apart, the gap had been a
    follow-up that lost the groups)."""
    for at in range(1, len(parts)):
        before = parts[at - 1]
        if _GAP_ONLY_RE.match(parts[at]) and _SPLIT_RE.search(before) and _GROUP_WORD_RE.search(before):
            return [*parts[: at - 1], f"{before} {parts[at]}", *parts[at + 1 :]]
    return parts


def grouped(plan: Plan, question: str, entities: EntityIndex, corpus_end: str, deals: list[Deal]) -> Plan:
    """``plan`` as one ``compare`` or ``aggregate`` over groups of named companies (see the module), when the
    question says one; else ``plan`` unchanged."""
    text = in_english(question, entities.cjk, corpus_end)
    finding = entities.find_companies(text)
    if finding.ambiguous or finding.unknown or finding.guesses or len(finding.mentions) < 2:
        return plan
    slots = read_slots(text, entities, corpus_end)
    if slots.asset or slots.target or slots.assets or _APART_RE.search(text) or not _sum_asked(slots, text):
        return plan
    measure = _measure(slots.metrics, text)
    if measure is None:
        return plan
    mentions = _distinct(finding.mentions)
    runs = _runs(mentions, text, entities)
    if any(_one_deal(run, entities) for run in runs):
        return plan  # "What did Biohaven and AimedBio pay GeneQuantum upfront combined?": co-licensees of one deal
    call = _compared(text, mentions, runs, entities, slots, measure, deals) or _summed(
        text, mentions, runs, entities, slots, measure, deals
    )
    if call is None:
        return plan
    update = {"route": "table", "tool_calls": [call], "clarification": None, "text_query": None, "rule": "group sides"}
    return plan.model_copy(update={**update, "companies": list(dict.fromkeys(m.name for m in mentions))})


def _sum_asked(slots: Any, text: str) -> bool:
    """The operation asked is a sum or a count: not an average, a median or the biggest single deal ("Merck and
    Pfizer: which paid the biggest single upfront?" had been a compare of their sums)."""
    if slots.op in ("average", "median", "min") or _NOT_SUM_RE.search(text):
        return False
    whole = _SUMMED_RE.search(text) or _WHOLE_RE.search(text) or _RANK_WHOLE_RE.search(text)
    return slots.op != "rank" or bool(whole)


def _measure(metrics: list[str], text: str) -> str | None:
    """The measure asked: a count, or the first money measure the wording names; None when it names neither."""
    if _COUNT_RE.search(text):
        return "count"
    return next((metric for metric in metrics if metric in _MEASURES), None)


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """Each company once, at its first mention."""
    seen: set[str] = set()
    kept = []
    for mention in mentions:
        if mention.name not in seen:
            seen.add(mention.name)
            kept.append(mention)
    return kept


def _runs(mentions: list[Mention], text: str, entities: EntityIndex) -> list[list[Mention]]:
    """The mentions in runs: neighbours joined by ",", "and", "&" ... and of one side of the table."""
    runs: list[list[Mention]] = []
    for mention in mentions:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and _JOIN_RE.match(_between(text, last, mention))
            and entities.role(last.name) == entities.role(mention.name)
        ):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


def _between(text: str, last: Mention, mention: Mention) -> str:
    """The words between two mentions, less the full stop of a name's abbreviation ("Merck & Co." and AstraZeneca:
    the canonical name a Chinese 默沙东 is read as ends in "Co.", and its stop had split the run)."""
    between = text[last.end : mention.start]
    return between[1:] if between.startswith(".") and text[: last.end].endswith(_ABBREVIATED) else between


def _one_deal(run: list[Mention], entities: EntityIndex) -> bool:
    """A run of companies that are all parties of one deal (co-licensees, co-licensors): that deal, not a group."""
    names = {mention.name for mention in run}
    return len(names) > 1 and any(names <= set(parties) for parties in entities.deal_parties.values())


def _side(names: list[str], entities: EntityIndex) -> dict[str, Any] | None:
    """A filter for one side: a group of one role ("A|B"), a licensor and a licensee (their deal), or a group
    and one company of the other role (the group's deals with it)."""
    roles: dict[str, list[str]] = {}
    for name in names:
        roles.setdefault(entities.role(name), []).append(name)
    if len(roles) == 2 and all(len(group) > 1 for group in roles.values()):
        return None
    return {role: "|".join(group) for role, group in roles.items()}


def _periods(slots: Any, split: int | None) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The period fields of each side: one period holds for both; two, one each side of the split."""
    periods = slots.periods
    if not periods:
        return {}, {}
    if len(periods) == 1:
        return periods[0].filter_fields(), periods[0].filter_fields()
    if split is not None and len(periods) == 2 and periods[0].start < split < periods[1].start:
        return periods[0].filter_fields(), periods[1].filter_fields()
    return None


def _held(side: dict[str, Any], period: dict[str, Any], deals: list[Deal], slots: Any) -> dict[str, Any] | None:
    """The side's filter with the period and the question's kind of deal, when some deal meets it; a deal side
    (a licensor and a licensee) that the period leaves empty keeps its deal without the period."""
    kinds = {"modality": slots.modality, "therapeutic_area": slots.therapeutic_area}
    kinds = {key: value for key, value in kinds.items() if value}
    for fields in ({**side, **period, **kinds}, {**side, **kinds}):
        if any(matches(deal, DealFilter(**fields), {}) for deal in deals):
            return fields
        if not ("licensor" in side and "licensee" in side):
            return None
    return None


def _compared(
    text: str,
    mentions: list[Mention],
    runs: list[list[Mention]],
    entities: EntityIndex,
    slots: Any,
    measure: str,
    deals: list[Deal],
) -> ToolCall | None:
    """Two sides of a comparison word, one of them a group, or a deal against a company's whole."""
    split = next(
        (
            m
            for m in _SPLIT_RE.finditer(text)
            if any(x.end <= m.start() for x in mentions) and any(x.start >= m.end() for x in mentions)
        ),
        None,
    )
    if split is None:
        return _which_more(text, mentions, runs, entities, slots, measure, deals)
    left_names = [m.name for m in mentions if m.end <= split.start()]
    right_names = [m.name for m in mentions if m.start >= split.end()]
    grouped_side = any(len(run) > 1 for run in runs)
    left, right = _side(left_names, entities), _side(right_names, entities)
    if left is None or right is None:
        return None
    pair = [side for side in (left, right) if "licensor" in side and "licensee" in side and "|" not in str(side)]
    whole = [side for side in (left, right) if len(side) == 1 and "|" not in str(side)]
    whole_text = text[split.end() :] if whole and whole[0] is right else text[: split.start()]
    deal_against_whole = (
        len(pair) == 1
        and len(whole) == 1
        and bool(_WHOLE_RE.search(whole_text))
        and not _ONE_DEAL_RE.search(whole_text)
    )
    if not grouped_side and not deal_against_whole:
        return None
    return _compare_call(left, right, split.start(), slots, measure, deals)


def _which_more(
    text: str,
    mentions: list[Mention],
    runs: list[list[Mention]],
    entities: EntityIndex,
    slots: Any,
    measure: str,
    deals: list[Deal],
) -> ToolCall | None:
    """ "A and B ..., which is higher?": the two companies of one side compared, a company of the other side
    (said apart from them) narrowing both."""
    pairs = [run for run in runs if len(run) == 2]
    if len(pairs) != 1 or not _WHICH_MORE_RE.search(text) or len(runs) > 2:
        return None
    others = [m.name for run in runs if run is not pairs[0] for m in run]
    role = entities.role(pairs[0][0].name)
    if any(entities.role(name) == role for name in others):
        return None
    partner = {entities.role(name): name for name in others}
    left, right = ({**partner, role: m.name} for m in pairs[0])
    return _compare_call(left, right, None, slots, measure, deals)


def _compare_call(
    left: dict[str, Any], right: dict[str, Any], split: int | None, slots: Any, measure: str, deals: list[Deal]
) -> ToolCall | None:
    periods = _periods(slots, split)
    if periods is None:
        return None
    left_fields, right_fields = _held(left, periods[0], deals, slots), _held(right, periods[1], deals, slots)
    if left_fields is None or right_fields is None:
        return None
    args = {"metric": measure, "left": left_fields, "right": right_fields}
    return ToolCall(tool="compare", args=args if measure == "count" else {**args, "operation": "sum"})


def _summed(
    text: str,
    mentions: list[Mention],
    runs: list[list[Mention]],
    entities: EntityIndex,
    slots: Any,
    measure: str,
    deals: list[Deal],
) -> ToolCall | None:
    """A group's deals summed (or counted), a lone company of the other side narrowing them."""
    groups = [run for run in runs if len(run) > 1]
    if len(groups) != 1 or not _SUMMED_RE.search(text) or _SPLIT_RE.search(text) or _WHICH_MORE_RE.search(text):
        return None
    if _APART_ASKED_RE.search(text):
        return None
    group = [m.name for m in groups[0]]
    role = entities.role(group[0])
    others = [m.name for m in mentions if m.name not in group]
    if any(entities.role(name) == role for name in others) or len(others) > 1:
        return None  # "Merck and Pfizer's combined upfront, and ... AbbVie's?": AbbVie is not of the group
    side = _side(group + others, entities)
    periods = _periods(slots, None)
    if side is None or periods is None:
        return None
    fields = _held(side, periods[0], deals, slots)
    if fields is None:
        return None
    if measure == "count":
        return ToolCall(tool="aggregate", args={"metric": "total", "operation": "count", "filter": fields})
    return ToolCall(tool="aggregate", args={"metric": measure, "operation": "sum", "filter": fields})
