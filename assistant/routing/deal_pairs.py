"""Two deals named in one ask of one measure, with no join the split reads: each deal is asked on its own.

"荣昌生物 upfronts: AbbVie 2026 deal and the Vor Bio deal?", "Kelun Crescent upfront and Kelun/Harbour Windward
upfront", "翰森 regeneron milestones, hansoh roche milestones", "how much upfront 恒瑞医药 get from GSK, and 信达生物
get from Takeda?", "Madrigal paid CSPC how much upfront, and paid Ribo how much upfront?", "Hansoh licensed assets to
Merck in 2024 and to Roche in 2025 - what was the upfront in each case?": the slots read one licensor and one
licensee for the whole question, so the plan was one deal's look-up and the second deal was dropped.

The deals a part names are found in the table, not in the wording: a deal is named when the part says one of its
licensors and one of its licensees (a pair that did several deals is narrowed by a year or drug code the part says,
and left alone when nothing narrows it: "the Hansoh-GSK deal" is not two deals), or when the part names its drug
code. When that is exactly two deals, every company said is a party to one of them, and the part asks a deal's
measure, it becomes one question per deal ("What was the upfront of the RemeGen–AbbVie deal?"), in the order the
part names them, each answered and cited on its own. A comparison, a sum or a pick of the two ("vs", "minus",
"which") stays whole: ``pair_named`` sets the two deals side by side. The two figures and their sum said last
("Argo–Novartis: 2024 upfront, 2025 upfront, combined?") are each deal's ask and then the whole part, which
``pair_named`` sums over the two deals. ``decompose.split_parts`` calls
``each_named_deal`` on each part last.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.intents import read_slots
from assistant.routing.same_side import Spans
from assistant.routing.wording import AREAS, BY_HOW_MUCH_RE, COMPARE_RE, DIFFERENCE_RE, GROWTH_RE, MODALITIES, RATIO_RE

_I = re.IGNORECASE
# the two deals set against each other, added or picked between: one question, the router's
_WHOLE_RE = re.compile(
    r"\b(?:vs\.?|versus|compar\w*|more|less|fewer|bigger|larger|smaller|higher|lower|greater|than|combined|together|"
    r"altogether|in\s+total|sum\w*|add(?:ed)?\s+up|plus|minus|gap|differ\w*|ratio|times|which|who|whose|between|"
    r"all|same|how\s+many\s+x|x\s+(?:the|as))\b|[+=]|更|比|谁|哪|相比|对比|合计|一共|总共|共计|差",
    _I,
)
# a deal's own figure asked in words: "upfront", "milestones", "potential value", "首付"
_MEASURE_RE = re.compile(
    r"\b(?:up[\s-]?fronts?|milestones?|total|value|worth|headline|bio[\s-]?bucks|equity)\b|首付|里程碑|总额|总价|价值",
    _I,
)
# a claim to check, a revenue or a plan, one deal picked by its place ("the first", "the latest"): not two figures
_NOT_TWO_FIGURES_RE = re.compile(
    r"\b(?:really|right|correct|wrong|check\w*|true|confirm\w*|draft|notes?|says?|claim\w*|revenue|recogni[sz]\w*|"
    r"sales|will|next|expect\w*|plann?\w*|first|second|third|last|latest|recent|earlier|later|newest|oldest|"
    r"multiple|exceed\w*|beat|top(?:ped)?|outpac\w*|surpass\w*|change|growth|grew|rise|fell)\b|%|->|→",
    _I,
)
# another ask beside the figure ("when", "who", "the drug"): the whole question is left to the split
_OTHER_ASK_RE = re.compile(
    r"\b(?:when|where|why|who|which|status|stage|phase|target\w*|indication|modality|territor\w*|royalt\w*|"
    r"terminat\w*|drugs?|dates?|signed|announced)\b|\?.+\S",
    _I,
)
_KINDS = (
    ("up", "upfront"),
    ("首付", "upfront"),
    ("mile", "milestones"),
    ("里程碑", "milestones"),
    ("equity", "equity"),
)
# two deals set against each other in words ``wording.COMPARE_RE`` leaves to other readings: "A minus B",
# "upfront: A or B bigger?", "A - B = ?", "A的首付款是B的几倍"; ``pair_named`` reads a look-up so worded as the two deals' comparison
PAIR_COMPARED_RE = re.compile(
    r"\bminus\b|\bor\b[^?]{1,60}?\b(?:bigger|larger|more|higher|greater|smaller|less|lower)\b|=\s*\?|相差|差多少|"
    r"几倍|多少倍|相比|比较|对比|高多少|多多少|少多少|哪(?:个|笔)更",
    _I,
)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# what sets a drug code said next apart as the deal not meant: "not YL211", "rather than the", "excluding"
_NOT_BEFORE_RE = re.compile(
    r"(?:\bnot|\brather\s+than|\bother\s+than|\binstead\s+of|\bexcept(?:\s+for)?|\bexcluding|\bbesides|不是|而非)\s*"
    r"(?:the\s+)?$",
    _I,
)
# the two figures added, said last after both: ", combined?", "and in total", "+ sum"
_SUMMED_RE = re.compile(
    r"[,;&+]\s*(?:and\s+)?(?:the\s+)?(?:combined|together|in\s+total|sum|total\s+of\s+both)\s*\??\s*$", _I
)
# the two deals' one measure added: "combined", "together", "in total", "total of both"
PAIR_SUMMED_RE = re.compile(
    r"\b(?:combined|together|altogether|in\s+total|sum(?:med)?|add(?:ed)?\s+up|total\s+of\s+both)\b|合计|一共|总共|共计|"
    r"\btotal(?=\s*(?:\(|[?.!]*\s*$))",  # shorthand "BMY UF paid to china names total (systimmune + harbour)"
    _I,
)
SET_AGAINST = (RATIO_RE, DIFFERENCE_RE, BY_HOW_MUCH_RE, COMPARE_RE, GROWTH_RE, PAIR_COMPARED_RE)
_ASKED = {"upfront": "upfront", "milestones": "milestones", "total": "total value", "equity": "equity"}


# what stands between the two companies of one pair said together: "MediLink-Roche", "Kelun Crescent", "A x B"
_BESIDE_RE = re.compile(r"^\s*(?:-|–|—|/|x|→|->|&)?\s*$", _I)


def _said_beside(part: str, entities: Any) -> set[frozenset[str]]:
    """The company pairs ``part`` says next to each other; with four companies said, also the first two and the
    last two ("恒瑞从GSK拿的首付款和翰森从罗氏拿的首付款相比": Hengrui from GSK, Hansoh from Roche)."""
    mentions = sorted(entities.find_companies(part).mentions, key=lambda m: m.start)
    beside = {
        frozenset((a.name, b.name)) for a, b in itertools.pairwise(mentions) if _BESIDE_RE.match(part[a.end : b.start])
    }
    names = list(dict.fromkeys(mention.name for mention in mentions))
    if len(names) == 4 and len(mentions) == 4:
        beside |= {frozenset(names[:2]), frozenset(names[2:])}
    return beside


# what sets a company said alone apart from the next one said: "3sbio upfront vs akeso summit"; not "Pfizer pay
# Hengrui upfront vs Merck", where Pfizer is said as Hengrui's payer (a pair our table does not hold)
_APART_RE = re.compile(r"\b(?:vs|versus|or|than|minus|against|compared|and)\b|[,;:/]", re.IGNORECASE)


def _set_apart(part: str, said: dict[str, int], name: str) -> bool:
    """Whether the company ``name`` is set apart from the nearest other company said by a comparison or a list."""
    others = [start for other, start in said.items() if other != name]
    if not others:
        return True
    here = said[name]
    nearest = min(others, key=lambda start: abs(start - here))
    return bool(_APART_RE.search(part[min(here, nearest) : max(here, nearest)]))


def _in_years(deals: list[Deal], years: set[str]) -> list[Deal]:
    """The deals announced in a year said, or all of them when none was: "石药 2025 年和 AstraZeneca、Madrigal" names
    CSPC's one 2025 AstraZeneca deal, not its three."""
    return [deal for deal in deals if deal.announced[:4] in years] or deals


def _of_kinds_said(together: list[Deal], part: str) -> list[Deal]:
    """The pair's deals in an area or of a modality ``part`` says: "the CSPC AstraZeneca obesity deal" is the
    pair's metabolic deal of three; ``[]`` when it says none, or all of them."""
    kinds = {name for name, pattern in (*AREAS, *MODALITIES) if pattern.search(part)}
    picked = [deal for deal in together if deal.therapeutic_area in kinds or deal.modality in kinds]
    return picked if len(picked) == 1 else []


def named_deals(part: str, deals: list[Deal], entities: Any, lone: bool = False) -> list[Deal]:
    """The deals ``part`` names by one licensor and one licensee (narrowed by a year or drug code said), by a
    drug code, or by a company said without a partner that did one deal only, in the order it names them; ``[]`` when a pair is left with several deals or a company said is
    no party to them."""
    said: dict[str, int] = {}
    for mention in sorted(entities.find_companies(part).mentions, key=lambda m: m.start):
        said.setdefault(mention.name, mention.start)
    coded = {deal_id: position for _, deal_id, position in entities.find_assets(part)}
    # "Roche / MediLink on YL201 (the Jan 2026 one, not YL211)": a drug code said after "not" names the deal left out
    left_out = {deal_id for deal_id, position in coded.items() if _NOT_BEFORE_RE.search(part[:position])}
    coded = {deal_id: position for deal_id, position in coded.items() if deal_id not in left_out}
    deals = [deal for deal in deals if deal.deal_id not in left_out]
    years = set(_YEAR_RE.findall(part))
    pairs: dict[tuple[str, str], list[Deal]] = defaultdict(list)
    for deal in deals:
        licensor = next((name for name in deal.licensors if name in said), None)
        licensee = next((name for name in deal.licensees if name in said), None)
        if licensor and licensee:
            pairs[(licensor, licensee)].append(deal)
    if len({deal.deal_id for together in pairs.values() for deal in _in_years(together, years)}) > 2:
        # "MediLink-Roche 2026 or Innovent-Lilly": Innovent and Roche did a deal too, but were not said as a pair
        beside = _said_beside(part, entities)
        pairs = defaultdict(list, {pair: found for pair, found in pairs.items() if frozenset(pair) in beside})
    found: dict[str, Deal] = {}
    for together in pairs.values():
        narrowed = (
            [deal for deal in together if deal.deal_id in coded]
            or [deal for deal in together if deal.announced[:4] in years]
            or _of_kinds_said(together, part)
        )
        picked = narrowed or together
        if len(picked) > 1 and (not narrowed or len({deal.announced[:4] for deal in picked}) < len(picked)):
            return []  # "what did Roche pay MediLink upfront?": the pair's two deals, nothing said tells apart
        found.update((deal.deal_id, deal) for deal in picked)
    for deal in [deal for deal in deals if deal.deal_id in coded]:
        # "did Roche pay more for Innovent's IBI3009 or Hansoh's HS-20093?": the code names Hansoh's GSK deal, not
        # the Hansoh-Roche deal the two names would pair
        for other in [other for other in found.values() if other.deal_id not in coded]:
            if set(other.licensors) & set(deal.licensors):
                del found[other.deal_id]
                found[deal.deal_id] = deal
    named_by_pair = {name for deal in found.values() for name in (*deal.licensors, *deal.licensees)}
    for deal in deals:  # a drug code names a deal when no company is said, or one of its own parties is
        own = {*deal.licensors, *deal.licensees}
        if deal.deal_id in coded and (not said or (own & set(said)) - named_by_pair):
            found[deal.deal_id] = deal
    if lone:  # "3sbio upfront vs akeso summit": a company said alone, with the one deal it did
        for name in set(said) - {name for pair in pairs for name in pair}:
            own_deals = [deal for deal in deals if name in (*deal.licensors, *deal.licensees)]
            if len(own_deals) == 1 and _set_apart(part, said, name):
                found[own_deals[0].deal_id] = own_deals[0]
    parties = {name for deal in found.values() for name in (*deal.licensors, *deal.licensees)}
    if not set(said) <= parties:
        return []  # a third company said: not simply these deals

    def position(deal: Deal) -> tuple[int, str]:
        own = [said[name] for name in (*deal.licensors, *deal.licensees) if name in said]
        others = [d for d in found.values() if d is not deal]
        shared = {name for d in others for name in (*d.licensors, *d.licensees)}
        places = [said[name] for name in (*deal.licensors, *deal.licensees) if name in said and name not in shared]
        if deal.deal_id in coded:
            places.append(coded[deal.deal_id])
        year = next((m.start() for m in _YEAR_RE.finditer(part) if m.group() == deal.announced[:4]), None)
        if year is not None and not places:
            places.append(year)
        return (min(places or own or [len(part)]), deal.announced)

    return sorted(found.values(), key=position)


def _asked(deal: Deal, said: list[str], measure: str, deals: list[Deal]) -> str:
    """One deal's ask in words the router reads as that deal: "What was the upfront of the RemeGen–AbbVie deal"."""
    licensor = next((name for name in deal.licensors if name in said), deal.licensors[0])
    licensee = next((name for name in deal.licensees if name in said), deal.licensees[0])
    siblings = [d for d in deals if licensor in d.licensors and licensee in d.licensees]
    when = f" announced {deal.announced}" if len(siblings) > 1 else ""
    verb = "were" if measure == "milestones" else "was"
    return f"What {verb} the {measure} of the {licensor}–{licensee} deal{when}"


def _kinds(part: str) -> set[str]:
    """The measures ``part`` words: "upfront", "milestones", "equity" or a total ("value", "worth", "总额")."""
    words = [match.group().lower() for match in _MEASURE_RE.finditer(part)]
    return {next((kind for start, kind in _KINDS if word.startswith(start)), "total") for word in words}


def whole_named_deals(parts: list[str], question: str, spans: Spans | None) -> list[str]:
    """The whole question asked once for each of two deals it names, when the split left a part without the
    measure (said only after the second deal) and the question asks nothing but one measure of both: "Hansoh licensed assets to Merck in 2024 and
    to Roche in 2025 - the upfront in each case?" had been split before "and to Roche", so the Merck part asked
    no figure; else ``parts``."""
    if len(parts) < 2 or _MEASURE_RE.search(parts[0]) or _OTHER_ASK_RE.search(question):
        return parts
    named = each_named_deal(question.strip().rstrip("?？. "), spans)
    return named if len(named) == 2 else parts


def each_named_deal(part: str, spans: Spans | None) -> list[str]:
    """``part`` asked once for each of the two deals it names, when it asks one measure of both and sets them
    neither against each other nor together; else ``[part]``."""
    router = getattr(spans, "__self__", None)
    entities, coverage = getattr(router, "entities", None), getattr(router, "coverage", None)
    deals = getattr(coverage, "deals", None)
    if entities is None or deals is None:
        return [part]
    # "Argo–Novartis: 2024 upfront, 2025 upfront, combined?": each deal's figure, then the sum asked whole
    summed = _SUMMED_RE.search(part)
    each = _SUMMED_RE.sub(" ", part) if summed else part
    if len(_kinds(each)) != 1 or any(p.search(each) for p in (_WHOLE_RE, _NOT_TWO_FIGURES_RE, *SET_AGAINST)):
        return [part]
    metric = read_slots(each, entities, router.corpus_end).metric  # type: ignore[union-attr]
    if metric not in _ASKED:
        return [part]
    named = named_deals(part, deals, entities)
    if len(named) != 2:
        return [part]
    said = [mention.name for mention in entities.find_companies(part).mentions]
    return [_asked(deal, said, _ASKED[metric], deals) for deal in named] + ([part] if summed else [])
