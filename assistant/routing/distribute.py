"""One question asked of several things: "upfront for each of Evopoint–Astellas and Hansoh–Regeneron",
"what did Merck pay Curon and LaNova upfront, respectively?", "for 2024 and for 2025", "on the Vor
deal and on the AbbVie deal", "deal count and value". Each thing becomes its own question, the rest
of the wording repeated, so that no part is answered for the first thing only.

Only explicit distribution splits: "each of", "for both", "respectively" / "each" / 分别, a
preposition repeated after "and", a count and a value asked together. "Deals with both Merck and
Pfizer" or "compare A and B" stay whole.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from assistant.routing.measure_pair import measures_respectively
from assistant.routing.same_side import router_index
from assistant.routing.wording import BY_HOW_MUCH_RE, COMPARE_RE, DIFFERENCE_RE, RATIO_RE, REPORTER_RE

# Where a list of things ends: punctuation, the end, or "respectively".
_END = r"(?=\s*(?:[,;?.!]|$|\brespectively\b|\beach\b))"
_EACH_OF_RE = re.compile(
    rf"\b(?:for|of|on|in|to|from|with)?\s*(?:each of|both)\s+(?:the\s+)?(?P<a>[^,;?]+?)\s+and\s+(?P<b>[^,;?]+?){_END}",
    re.IGNORECASE,
)
_EACH_OF_CUE_RE = re.compile(r"\beach of\b|\b(?:for|on|in|of)\s+both\b", re.IGNORECASE)
_REPEATED_PREP_RE = re.compile(
    # "in 2025, and separately in 2026": the same preposition after "and (separately|also)"
    # A holds no second "for": "for a bar chart i need the count for 2024 and for 2025" repeats "for 2024"
    rf"\b(?P<prep>for|on|in|with|from|to|during)\s+(?P<a>(?:(?!\b(?P=prep)\s)[^,;?])+?),?\s+and,?\s+(?:(?:separately|also|then|likewise),?\s+)?"
    # (B asks, not a second scope: "which agreements in the table include equity, and in what amounts?")
    rf"(?P=prep)\s+(?!(?:what|which|how|whose)\b)(?P<b>[^,;?]+?){_END}",
    re.IGNORECASE,
)
_RESPECTIVELY_RE = re.compile(r",?\s*(?:\brespectively\b|\beach\b(?=\s*[?.!]*\s*$)|分别)", re.IGNORECASE)
# "… each signed", "…各签了几笔", "…各有几笔": not 各家 / 各方 (the sources, the parties), no item asked
_EACH_AFTER_RE = re.compile(r"\s*,?\s*(?:each\b(?!\s+(?:of|other)\b)|各(?![家方位种类国地]))", re.IGNORECASE)
_PAIR_JOIN_RE = re.compile(r"^\s*(?:,\s*|,?\s*and\s+|\s*&\s*|和|与|及)\s*$", re.IGNORECASE)
# "2024 and 2025", "2024年和2025年", "2024年、2025年" (年 goes with its year; a year right after Chinese counts too)
_YEAR_PAIR_RE = re.compile(r"(?<![\dA-Za-z.])(?P<a>20\d\d年?)\s*(?:,|，|、|and|&|和|与|跟|及)\s*(?P<b>20\d\d年?)(?!\d)")
# "deal count and value": a tracker or the table gives each measure on its own.
_COUNT_AND_VALUE_RE = re.compile(
    r"(?:\b(?:deal\s+)?(?:count|number)(?:\s+of\s+deals)?|#\s*(?:of\s+)?deals)\s+and\s+"
    r"(?:(?:total|combined|headline|deal)\s+)*(?:value\b|\$)",
    re.IGNORECASE,
)
# "how many ADC deals in 2025, combined headline?", "# of metabolic deals in 2025 and total UF?": a count,
# then a measure summed over the same deals, each asked on its own (a deal's own measure only our rows hold).
_COUNT_THEN_SUM_RE = re.compile(
    r"^\s*(?:how many|#\s*(?:of)?|(?:the\s+)?number of)\s+(?P<rest>[^,?;]+?)\s*(?:,|\band\b|\s[-–—:])\s*"
    r"(?:(?:and|with|plus)\s+)?(?:the\s+|their\s+)?(?:combined|total|sum of(?: the)?|aggregate)\s+"
    r"(?P<measure>headline|total|value|\$|ufs?|up[\s-]?fronts?|milestones?|ms|bio[\s-]?bucks)(?:\s+value)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_SUMMED = {"u": "upfronts", "m": "milestones", "b": "milestones"}
# "UF as % of headline: 3sbio/pfe vs innovent/takeda": one measure as a share of another, asked of each deal.
_SHARE_OF_EACH_RE = re.compile(
    r"^(?P<lead>[^:?]*?(?:%|\bpercent(?:age)?\b|\bshare\b|\bproportion\b)[^:?]*?)\s*(?::|\s[-–—]\s|\bfor\b)\s*"
    r"(?P<a>[^?]+?)\s+(?:vs\.?|versus|against)\s+(?P<b>[^?]+?)\s*[?.!]*$",
    re.IGNORECASE,
)
# "hengrui 2025 total in ur deal table vs caixin's 16.7bn - match?": our rows' figure and the named tracker's,
# each asked on its own, so that they stand side by side.
_TABLE_VS_TRACKER_RE = re.compile(
    r"^(?P<what>[^?]+?)\s+in\s+(?:ur|your|our|the)\s+(?:deal\s+)?(?:table|data(?:set|base)?)\s+"
    rf"(?:vs\.?|versus|against|compared? (?:with|to))\s+(?:what\s+)?(?P<reporter>{REPORTER_RE.pattern})(?:['’]s)?\b",
    re.IGNORECASE,
)
# A later part that points back at all of the things ("which drugs were they?") is asked of each.
POINTS_BACK_RE = re.compile(
    r"\b(?:they|them|those|these|each|both)\b|\bthe\s+(?:drugs|assets|medicines|products|programs|partners|buyers)\b|它们|分别",
    re.IGNORECASE,
)

_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
Spans = Callable[[str], list[tuple[int, int]]]


def distribute(part: str, spans: Spans | None = None) -> list[str]:
    """The part asked of each thing it distributes over; ``[part]`` when it names one thing."""
    match = _COUNT_AND_VALUE_RE.search(part)
    if match:
        return [_swap(part, match.span(), words) for words in ("deal count", "total deal value")]
    match = _COUNT_THEN_SUM_RE.match(part)
    if match:
        rest, measure = match.group("rest").strip(), _SUMMED.get(match.group("measure")[0].lower())
        count = f"How many {rest}" + (" (in our table)" if measure else "")
        return [count, f"Sum of the {measure or 'total deal value'} of {rest}"]
    match = _SHARE_OF_EACH_RE.match(part)
    if match and spans is not None and spans(match.group("a")) and spans(match.group("b")):
        return [f"{match.group('lead').strip()}: {match.group(side).strip()}" for side in ("a", "b")]
    match = _TABLE_VS_TRACKER_RE.match(part)
    if match:
        what = match.group("what").strip()
        return [f"{what} in our deal table", f"{what} according to {match.group('reporter')}"]
    if _EACH_OF_CUE_RE.search(part):
        match = _EACH_OF_RE.search(part)
        if match:
            items = _items(match.group("a"), match.group("b"), spans)
            if items:
                lead = re.match(r"\s*(?:for|of|on|in|to|from|with)\s", match.group(0), re.IGNORECASE)
                prefix = lead.group(0).strip() + " " if lead else ""
                span = (match.start(), match.start("b") + len(items[1]))
                return [_swap(part, span, prefix + item) for item in items]
    match = _REPEATED_PREP_RE.search(part)
    if match and not _two_companies_compared(part, match, spans):
        prep, first, second = (
            match.group("prep"),
            match.group("a"),
            _shared_tail_cut(match.group("a"), match.group("b")),
        )
        span = (match.start(), match.start("b") + len(second))
        return [_swap(part, span, f"{prep} {item}") for item in (first, second)]
    each = _each_after_pair(part, spans)
    if each:
        return each
    respectively = _RESPECTIVELY_RE.search(part)
    if respectively and not _PAIRS_DEALS_RE.search(part) and not measures_respectively(part):  # per deal
        plain = part[: respectively.start()] + part[respectively.end() :]
        named = _named_pair(plain, spans)
        # "Argo and Novartis, 2024 and 2025 deals: upfront and total of each?": the two are one deal pair, so each is
        # each year's deal of that pair, not each company's
        named = None if named and _one_deal_pair(plain, named, spans) else named
        pair = named or _year_pair(plain)
        if pair:
            (start_a, end_a), (start_b, end_b) = pair
            whole = (start_a, end_b)
            return [_swap(plain, whole, plain[start_a:end_a]), _swap(plain, whole, plain[start_b:end_b])]
    return [part]


# the deals two companies did together, asked one by one: not each company's deals
_PAIRS_DEALS_RE = re.compile(
    r"\b(?:two|both|2)\s+(?:deals|agreements|transactions|licen[cs]es)\b|两笔|两项|两个交易", re.IGNORECASE
)


def _two_companies_compared(part: str, match: re.Match[str], spans: Spans | None) -> bool:
    """True for "Merck paid upfront to Curon and to LaNova, the difference is?": the two companies are the
    two sides of one comparison (the router's), not two questions."""
    if spans is None or not spans(match.group("a")) or not spans(match.group("b")):
        return False
    return any(cue.search(part) for cue in (COMPARE_RE, RATIO_RE, DIFFERENCE_RE, BY_HOW_MUCH_RE))


def _each_after_pair(part: str, spans: Spans | None) -> list[str]:
    """ "How much did Merck and Pfizer each pay upfront?", "deals in 2024 and 2025 each": a mid-sentence
    "each" right after two names or years asks the rest of the sentence of each."""
    pair = _named_pair(part, spans) or _year_pair(part)
    if not pair:
        return []
    (start_a, end_a), (start_b, end_b) = pair
    after = _EACH_AFTER_RE.match(part[end_b:])
    if not after:
        return []
    plain = part[:end_b] + part[end_b + after.end() :]
    return [_swap(plain, (start_a, end_b), plain[start_a:end_a]), _swap(plain, (start_a, end_b), plain[start_b:end_b])]


def _items(first: str, second: str, spans: Spans | None) -> list[str]:
    """The two things of "each of A and B"; B stops after its company names when it starts with one."""
    if spans is not None:
        found = spans(second)
        if found and found[0][0] == 0:
            end = found[0][1]
            for start, stop in found[1:]:
                if re.fullmatch(r"\s*[–—/-]\s*|\s+", second[end:start]):
                    end = stop
            second = second[:end]
    return [first.strip(), second.rstrip()] if first.strip() and second.strip() else []


_TAIL_START_RE = re.compile(r"\s(?:according|in|for|from|by|per|as|at|under|over|with)\b", re.IGNORECASE)


def _shared_tail_cut(first: str, second: str) -> str:
    """B of "for A and for B ..." without the words all parts share ("for 2024 and for 2025
    according to PharmCube"): B ends at a preposition past A's length in words."""
    words = len(first.split())
    for match in _TAIL_START_RE.finditer(second):
        if len(second[: match.start()].split()) >= words:
            return second[: match.start()]
    return second


def _named_pair(text: str, spans: Spans | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two company names next to each other, joined by "and" (or a comma, 和, 与)."""
    if spans is None:
        return None
    found = spans(text)
    for (start_a, end_a), (start_b, end_b) in itertools.pairwise(found):
        if _PAIR_JOIN_RE.match(text[end_a:start_b]):
            return (start_a, end_a), (start_b, end_b)
    return None


def _one_deal_pair(text: str, pair: tuple[tuple[int, int], tuple[int, int]], spans: Spans | None) -> bool:
    """Whether the two names of ``pair`` are a licensor and a licensee that signed a deal together."""
    index = router_index(spans)
    if index is None:
        return False
    entities, parties = index
    names = [entities.find_companies(text[start:end]).mentions for start, end in pair]
    if not all(len(found) == 1 for found in names):
        return False
    first, second = names[0][0].name, names[1][0].name
    return first != second and any({first, second} <= deal for deal in parties)


def _year_pair(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    match = _YEAR_PAIR_RE.search(text)
    return (match.span("a"), match.span("b")) if match else None


def _swap(text: str, span: tuple[int, int], words: str) -> str:
    start, end = span
    joined = (
        f"{text[:start].rstrip()} {words} {text[end:].lstrip()}"
        if not _CJK_RE.search(words)
        else text[:start] + words + text[end:]
    )
    return re.sub(r"\s+(?=[?,.;!])", "", re.sub(r"\s{2,}", " ", joined)).strip()
