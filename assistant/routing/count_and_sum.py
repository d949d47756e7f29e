"""A count and a sum asked in one breath: "2024 deals where UF > $100m: how many & combined UF?",
"roche: # of deals + combined UF", "total equity investments disclosed across our deals + how many".

Read whole, one ask wins: the count drops the sum (a list of the figures, no total) or the sum
drops the count. Split at the join ("&", "+", ",", "and", "/"), each ask is planned alone over the
same deals and the answer states both: the count ("Of these, 5 disclosed the equity investment")
and the sum. A bare count after a sum named earlier ("... + how many") counts the deals that sum
covers. ``count_and_sum_parts`` runs inside ``decompose.split_parts`` on each part; the examples
are the tests (``tests/test_slack_wording.py``).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "summed headline value": the past participle is a sum word too
_SUM = r"(?:total|combined|summed|sum(?:\s+of)?|aggregate|overall|cumulative)"
_MEASURE = (
    r"(?:up[\s-]?fronts?|upfs?|ufps?|ufs?|milestones?|msts?|mlstns|ms|equity(?:\s+investments?)?|(?:deal|headline|potential|total)\s+values?|"
    # "# deals in your table, sum of headline": the headline alone is the total value (outsider96 had dropped the sum)
    r"biobucks|value|headlines?(?!\s+\w)|\$|首付款?|里程碑(?:付款)?|交易总额|总金额)"
)
# "what do the upfronts add up to", "their upfronts summed to": a sum said with a verb
_SUM_VERB = r"(?:add(?:s|ed)?\s+up(?:\s+to)?|sum(?:s|med)?\s+to|c[oa]me?s?\s+to|amount(?:s|ed)?\s+to|total(?:s|l?ed)?)"
# "total upfront sum of them": the sum word said again before the deals it is over
_OVER_THEM = r"(?:(?:\s+(?:sum|total))?\s+(?:across|over|for|of)\s+(?:them|those|these|both))?"
# "sum of disclosed upfront": the measure as disclosed, still the deals' own measure
_SAID = r"(?:(?:disclosed|reported|announced|known)\s+)?"
_SUM_ASK = (
    # "how much upfront cash did they carry in total": the sum said as a clause about the deals just counted
    rf"(?:how\s+much(?:\s+{_MEASURE})?(?:\s+(?:cash|money))?\s+(?:did|do|does|have|had)\s+"
    # "how much upfront did they bring in altogether": the verb may take a particle ("bring in", "rake in")
    rf"(?:they|those(?:\s+deals)?|these(?:\s+deals)?|the\s+deals)\s+[a-z]+(?:\s+(?:in|up|home)(?=\s+(?:in\s+total|in\s+all|all\s+told|altogether)|\s*$))?(?:\s+(?:in\s+total|in\s+all|all\s+told|altogether))?|"
    rf"{_SUM}\s+(?:the\s+|their\s+|its\s+)?{_SAID}{_MEASURE}(?:\s+(?:payments?|paid|money))?{_OVER_THEM}|how\s+much(?:\s+{_MEASURE})?|"
    rf"(?:what\s+(?:do|did|does|would)\s+)?(?:the\s+|their\s+|its\s+)?{_MEASURE}(?:\s+payments?)?\s+{_SUM_VERB}|"
    rf"{_MEASURE}\s+{_SUM}|"
    # "the upfront across them", "the upfront in all", "upfront in total": a measure over the deals just counted
    rf"{_MEASURE}(?:\s+(?:payments?|money))?\s+(?:(?:across|over|for)\s+(?:them|those|these|both)|in\s+(?:all|total)|all\s+told))"
)
_COUNT_ASK = r"(?:how\s+many(?:\s+deals)?|(?:#|number|count)(?:\s+of\s+deals)?|deal\s+count)"
# "how many deals together and …", "number of deals in the table, and …": a few words the count keeps;
# "how many china deals did AZ do in ur table & …", "number of China in-licensing deals in the table and …": up to 10;
# never a bound ("how many deals had upfront over 100 million and total value above 1 billion" is one count)
_COUNT_TAIL = (
    r"(?:\s+(?!and\b|plus\b|over\b|above\b|under\b|below\b|more\b|less\b|least\b|most\b|exceed|greater\b|fewer\b)"
    r"[\w-]+){0,10}?"
)
_JOIN = r"\s*(?:&|\+|/|,\s*(?:and|plus)\s+|,|\band\b|\bplus\b)\s*(?:the\s+|their\s+|its\s+)?"
# "how many & combined UF", "# of deals + combined UF", "total UF and deal count"
_PAIR_RE = re.compile(
    rf"(?<![\w$])(?:(?P<c1>{_COUNT_ASK}(?P<ct>{_COUNT_TAIL})){_JOIN}(?P<s1>{_SUM_ASK})|"
    rf"(?P<s2>{_SUM_ASK}){_JOIN}(?P<c2>{_COUNT_ASK}))(?!\w)",
    _I,
)
# "total milestones across our 2024 deals + how many": the count said last, alone
# "..., and across how many deals?": the count may say what it spans
_TAIL_COUNT_RE = re.compile(
    rf"\s*(?:&|\+|,\s*(?:and|plus)|,|\band\b|\bplus\b)\s*(?:(?:across|over|in|from|for)\s+)?{_COUNT_ASK}\s*[?.!]*\s*$",
    _I,
)
# "What did Merck pay upfront in 2024 in total, and across how many deals?": the measure said before the sum word
_TOTAL_LAST_RE = re.compile(r"\s+(?:in\s+total|in\s+all|all\s+told|altogether|combined)\s*$", _I)
_SUM_WORD_RE = re.compile(rf"\b{_SUM}\b", _I)
# "how many deals together and total headline value?": the counted deals' values summed ("combined"), where
# "total headline value" alone reads as one deal's total
_HEADLINE_TOTAL_RE = re.compile(r"^total(?=\s+(?:(?:headline|deal|potential)\s+)?values?\b)", _I)


def count_and_sum_parts(part: str) -> list[str]:
    """``part`` as its count and its sum, in the order asked; ``[part]`` when it asks no such pair."""
    pair = _PAIR_RE.search(part)
    if pair:
        start, end = pair.span()
        said = [name for name in ("c1", "s1", "s2", "c2") if pair.group(name)]
        asks = {name: _HEADLINE_TOTAL_RE.sub("combined", pair.group(name)) for name in said}
        period = _SPAN_RE.search(pair.group("ct") or "") or _YEAR_RE.search(pair.group("ct") or "")
        if period and pair.group("s1") and not _YEAR_RE.search(part[end:]):  # "…, and the total 首付款": of 2024 too
            asks["s1"] += f" {period.group()}" if period.re is _SPAN_RE else f" in {period.group()}"
        summed = pair.group("s1") or pair.group("s2")
        ours = _ours(summed) if _BACK_RE.search(summed) else ""  # "… did they carry": the deals counted, ours
        return [(part[:start] + asks[name] + part[end:]).strip() + ours for name in said]
    tail = _TAIL_COUNT_RE.search(part)
    head = part[: tail.start()] if tail else ""
    summed = _SUM_WORD_RE.search(head)
    if tail and summed and re.search(rf"\b{_MEASURE}", head[summed.end() :], _I):
        return [head.strip(), (head[: summed.start()] + "how many" + head[summed.end() :]).strip()]
    if tail and _TOTAL_LAST_RE.search(head) and re.search(rf"\b{_MEASURE}", head, _I):
        return [head.strip(), f"{head.strip()} - how many deals"]
    return [part]


IN_OUR_TABLE = " (in our table)"
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
# "since 2024", "from 2023 to 2025", "before 2025": the count's span, carried whole (not as "in 2024")
_SPAN_RE = re.compile(
    r"\b(?:since|from|after|before|through|until)\s+(?:(?:q[1-4]|h[12])\s+)?(?:19|20)\d{2}"
    r"(?:\s*(?:-|–|to|through|until)\s*(?:19|20)\d{2})?\b",
    _I,
)
_BACK_RE = re.compile(r"\b(?:they|them|their|those|these)\b", _I)
# a deal's own measure, which only our rows hold summed deal by deal: the count beside its sum is ours too
_DEAL_MEASURE_RE = re.compile(
    r"\bup[\s-]?fronts?\b|\bufp?s?\b|\bmilestones?\b|\bmsts?\b|\bequity\b|\bbio[\s-]?bucks\b|首付|里程碑", _I
)


def _ours(sum_ask: str) -> str:
    """ " (in our table)" when ``sum_ask`` sums a deal's own measure (upfronts, milestones, equity), else ""."""
    return IN_OUR_TABLE if _DEAL_MEASURE_RE.search(sum_ask) else ""


_COUNT_TAIL_RE = re.compile(rf"(?:\s*[-:–—,]\s*|\s+)(?P<count>{_COUNT_ASK})\s*[?.!]*\s*$", _I)
# "total upfront in 2024": the count's year, carried onto the sum by count_and_sum_parts, keeps it a bare sum
_SUM_ALONE_RE = re.compile(
    rf"^\s*(?:and\s+)?(?:(?:what|how\s+much)\s+(?:is|was|are|were)\s+(?:the\s+|their\s+)?)?{_SUM_ASK}"
    r"(?:\s+in\s+(?:19|20)\d{2})?\s*[?.!]*\s*$",
    _I,
)
# "How many deals has CSPC done with AstraZeneca": the count's words, which leave the deals it counts
_COUNT_WORDS_RE = re.compile(
    r"(?<![\w$])(?:how\s+many|(?:the\s+)?(?:number|count|#)\s+of)\s+(?=(?:[\w-]+\s+){0,2}?deals?\b)", _I
)


def sum_after_count(parts: list[str]) -> list[str]:
    """A sum asked alone after a count with its subject ("Merck's China deals since 2024 - how many", "what do the
    upfronts add up to"): the sum is over the same deals, so it is asked with the count's subject; asked bare, the
    upfronts "add up to" a tracker's market total."""
    out = list(parts)
    for index in range(1, len(out)):
        tail = _COUNT_TAIL_RE.search(out[index - 1])
        if tail and _SUM_ALONE_RE.match(out[index]):
            head = out[index - 1][: tail.start("count")]
            out[index] = head + out[index][:1].lower() + out[index][1:]
        elif _COUNT_WORDS_RE.search(out[index - 1]) and _SUM_ALONE_RE.match(out[index]):
            out[index - 1], out[index] = _counted_then_summed(out[index - 1], out[index])
    return out


def _counted_then_summed(count: str, total: str) -> tuple[str, str]:
    """A bare sum after a count that opens with "how many deals" sums the deals counted: "How many deals has CSPC
    done with AstraZeneca, and what do the upfronts add up to?" asks "Deals has CSPC done with AstraZeneca - what do
    the upfronts add up to?"; a sum of upfronts is ours, so the count is of our rows too ("(in our table)")."""
    scope = _COUNT_WORDS_RE.sub("", count.replace(IN_OUR_TABLE, ""), count=1).strip()
    ours = _ours(total)
    counted = count if IN_OUR_TABLE in count else count + ours
    return counted, f"{scope[:1].upper()}{scope[1:]} - {total[:1].lower()}{total[1:]}{ours}"
