"""One market question that asks for two figures, split into one question per figure (outsider9).

- **Two trackers side by side**: "# of $1bn+ deals in H1 2025 — freshfromchina vs vision
  lifesciences?" asks each tracker's own figure. Trackers define the market differently, so no
  tool sets one against the other; each is asked alone ("… — freshfromchina?", "… — vision
  lifesciences?") and the answer gives both, each with its tracker and scope.
- **A value and a count**: "pharmcube 2025 CN out-licensing: total $ and deal count" asks two
  reported statistics; each measure is asked alone.
- **A value beside a count**: "the headline number for 2025, and over how many deals?", "PharmCube
  logged 38 deals worth nearly $49bn - right?": a count asked or stated beside a value (or a value
  beside a count) in one clause; ``figure_beside`` names the tracker's other figure to give with it.
- **Two measures of one tracker**: "Sino Drug Watch through Aug 2025: total 首付款 and potential 里程碑?",
  "PharmCube's Greater China 2026 so far - deal count and average deal size?": any two of a tracker's measures
  (value, count, upfront, milestones, average deal size; Chinese measure words read through ``PHRASES``) joined
  by "and", "&", "+", "plus" or a comma, in a part naming a tracker, are asked one each (the second had been
  dropped). Not taken: a share, ratio or sum of the two ("upfront as a share of upfront and milestones",
  "upfront and milestones combined"), which ``tracker_shares`` and ``tracker_merges`` read whole.
- **An aside is no question**: "akeso PT? just a number pls" is one question and a manner of
  answering; "just a number pls" is not asked on its own.

``split_market_asks`` runs inside ``decompose.split_parts`` on each part; the examples are the
tests (``tests/test_outsider9b_classes.py``).
"""

from __future__ import annotations

import re

from assistant.routing.chinese_phrases import PHRASES
from assistant.routing.desk_shorthand import desk_spelt
from assistant.routing.tracker_gaps import GAP_RE, PERCENT_RE
from assistant.routing.wording import REPORTER_RE, REPORTERS

_I = re.IGNORECASE
_REPORTER = "|".join(re.escape(name) for name in sorted(REPORTERS, key=len, reverse=True))
# "freshfromchina vs vision lifesciences", "cphiic versus pharmcube", "goodwin or biotochina":
# "and" is left alone ("PharmCube and Caixin" names one series, PharmCube's as Caixin reported it)
TWO_TRACKERS_RE = re.compile(
    rf"\b(?P<a>{_REPORTER})(?:\.com)?\s*(?:vs\.?|v\.?|versus|or|compared (?:with|to)|against)\s+(?P<b>{_REPORTER})\b",
    _I,
)
_VALUE = (
    r"(?:total (?:\$|deal value|value|upfronts?|upfront payments)|deal value|\$ value|value|total \$|total|"
    r"upfronts?(?: total)?|total upfront)"
)
_COUNT = r"(?:deal count|count|(?:number|#) of deals|# deals|how many deals)"
# "total $ and deal count", "deal value and number of deals", "number of deals and total upfront"
VALUE_AND_COUNT_RE = re.compile(
    rf"(?<![\w$])(?:(?P<v1>{_VALUE})\s*(?:and|\+|&|,)\s*(?P<c1>{_COUNT})|(?P<c2>{_COUNT})\s*(?:and|\+|&|,)\s*(?P<v2>{_VALUE}))(?!\w)",
    _I,
)
# A tracker's measures, by kind: two of different kinds joined are two figures asked
_KINDS = {
    "value": r"(?:(?:total|combined|aggregate|overall|headline|reported)\s+)?(?:deal value|\$ value|dollar value|value|\$)"
    r"|total(?!\s+(?:upfronts?|milestones?|\$|deal|value|number))",
    "count": r"deal count|count|(?:total\s+)?(?:number|#) of deals|# deals|how many deals|deals? number",
    "upfront": r"(?:(?:total|combined|aggregate)\s+)?up[\s-]?fronts?(?:\s+(?:total|payments?))?",
    "milestones": r"(?:(?:total|potential|combined|aggregate)\s+)?milestones?(?:\s+(?:total|payments?))?",
    "average": r"(?:average|avg|mean)\s+(?:deal\s+)?(?:size|value)|average per deal",
}
_MEASURE = "|".join(f"(?:{pattern})" for pattern in _KINDS.values())
_TWO_MEASURES_RE = re.compile(
    rf"(?<![\w$])(?P<a>{_MEASURE})\s*(?:,\s*)?(?:and|&|\+|plus|as well as|,)\s*(?:the\s+|their\s+|its\s+)?"
    rf"(?P<b>{_MEASURE})(?!\w)",
    _I,
)
# a share, ratio or sum of the two measures is one figure
_ONE_FIGURE_RE = re.compile(
    r"\b(?:share|ratio|proportion|fraction|portion|split|mix|multiple|times|combined|together|altogether|added|"
    r"add up|summed|sum)\b",
    _I,
)
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# "upfront sum and milestones sum", "upfront sum, deal count": a sum said of each measure is its total, not the
# two added ("upfront and milestone sum" stays one figure: the sum follows only the second)
_MEASURE_SUM_RE = re.compile(r"\b(up[\s-]?fronts?|milestones?|(?:deal\s+)?value)\s+sums?\b", _I)
_JOINED_RE = re.compile(r"\s*(?:,|and\b|&|\+|plus\b)", _I)


def _sums_as_totals(part: str) -> str:
    """``part`` with each measure's own "sum" read as its total when the sum is said before the joiner."""
    said = list(_MEASURE_SUM_RE.finditer(part))
    if not any(_JOINED_RE.match(part, found.end()) for found in said):
        return part
    return _MEASURE_SUM_RE.sub(lambda found: f"{found.group(1)} total", part)


def _kind(measure: str) -> str:
    return next(kind for kind, pattern in _KINDS.items() if re.fullmatch(pattern, measure, _I))


def _in_english(part: str) -> str:
    """``part`` with its Chinese phrases in English, longest first ("首付款" before "首付")."""
    for phrase in sorted(PHRASES, key=len, reverse=True) if _CJK_RE.search(part) else []:
        part = part.replace(phrase, f" {PHRASES[phrase]} ")
    return " ".join(part.split())


def tracker_measures(part: str) -> list[str]:
    """``part`` as one question per tracker measure when it names a tracker and asks two of its measures
    ("Sino Drug Watch through Aug 2025: total 首付款 and potential 里程碑?"); ``[part]`` otherwise."""
    part = _sums_as_totals(part)
    if not REPORTER_RE.search(part) or _ONE_FIGURE_RE.search(part) or PERCENT_RE.search(part) or GAP_RE.search(part):
        return [part]
    english = _in_english(part)
    two = _TWO_MEASURES_RE.search(english)
    if not two or _kind(two.group("a")) == _kind(two.group("b")):
        return [part]
    start, end = two.span()
    return [english[:start] + two.group(side) + english[end:] for side in ("a", "b")]


# "just a number pls", "thanks", "quick one": how to answer, not what
ASIDE_RE = re.compile(
    r"^(?:(?:just|only|a|one|the|number|figure|pls|please|plz|thanks|thank|you|thx|ty|quick|quickly|asap|"
    r"short|answer|briefly|brief|ok|okay)\W*)+$",
    _I,
)


# "In USD please, I convert to EUR myself.", "amounts in US dollars only": the currency to answer in, not an ask
_CURRENCY_ASIDE_RE = re.compile(
    r"^(?:(?:in|please|pls|only|just|the|amounts?|figures?|numbers?|usd|us|dollars?|not|no|eur|euros?|i|we|will|ll|"
    r"can|convert|it|them|to|into|myself|ourselves|later|then)\W*)+$",
    _I,
)
_CURRENCY_RE = re.compile(r"\b(?:usd|dollars?|convert)\b", _I)


# "thats huge for a cdmo", "that's insane", "wow", "lol": a reaction said beside the question, no ask of its own
# (a bare "big pharma buyers only" narrows; only "that's ...", "this is ...", "what a ..." or an interjection reacts)
_REACTION_RE = re.compile(
    r"^(?:(?:wow|lol|lmao|omg|damn|geez|jeez|whoa)\b\W*)+$|"
    r"^(?:(?:wow|lol|lmao|omg|damn|geez|jeez|whoa)\b\W*)*"
    r"(?:(?:that|this)['’]?s|thats|that is|this is|what an?)\s+(?:(?:so|really|pretty|kinda|absolutely|truly)\s+)?"
    r"(?:huge|insane|crazy|wild|nuts|massive|big|a lot|a ton|cheap|expensive|nice|impressive|amazing|"
    r"bonkers|mental|bananas|ridiculous|absurd|steep|low|high|interesting)\b[^?]{0,40}$",
    _I,
)


def is_aside(part: str) -> bool:
    text = part.strip(" ?.!")
    if _REACTION_RE.match(text) and not part.rstrip().endswith(("?", "？")):
        return True  # "thats huge for a cdmo": a reaction, not a question
    return bool(ASIDE_RE.match(text)) or bool(_CURRENCY_ASIDE_RE.match(text) and _CURRENCY_RE.search(text))


# "What was Hengrui's revenue in 2025? want to compare against licensing income": why the reader asks, no
# question of its own ("I want to know X's upfront" asks one, and so does a part naming a company or a year)
_PURPOSE_RE = re.compile(
    r"^(?:(?:i|we)(?:'m| am| are)?\s+)?(?:want(?:ed)?|need(?:ed)?|trying|try|hoping|plan(?:ning)?|so (?:i|we) can|"
    r"in order)\s+to\s+(?!(?:know|see|find|get|learn|check|hear|understand|ask)\b)",
    _I,
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def only_a_purpose(part: str, names_company: bool) -> bool:
    """A later part that only says what the answer is for: it is no question to answer."""
    return bool(_PURPOSE_RE.match(part.strip())) and not names_company and not _YEAR_RE.search(part)


def split_market_asks(part: str, named_company: bool) -> list[str]:
    """``part`` as one question per tracker or per measure; ``[part]`` when it asks one figure.

    A question naming a company is left whole: its value and count are our rows' to answer together."""
    trackers = TWO_TRACKERS_RE.search(part)
    gap = GAP_RE.search(part)  # "IQVIA vs PharmCube 2024: what's the gap?" is one question, the gap
    if trackers and trackers.group("a").lower() != trackers.group("b").lower() and not gap:
        start, end = trackers.span()
        return [part[:start] + trackers.group(side) + part[end:] for side in ("a", "b")]
    measures = None if named_company else VALUE_AND_COUNT_RE.search(part)
    if not measures and not named_company:
        spelt = desk_spelt(part)  # "ytd 2026 pace, value": its value and its count, asked in shorthand
        measures = VALUE_AND_COUNT_RE.search(spelt)
        part = spelt if measures else part
    if measures:
        start, end = measures.span()
        said = [name for name in ("v1", "c1", "c2", "v2") if measures.group(name)]  # in the order asked
        return [part[:start] + measures.group(name) + part[end:] for name in said]
    return [part] if named_company else tracker_measures(part)


# A tracker's value said beside its count: "worth", "headline", "$49bn", "1.2 billion"
_VALUE_WORDS = frozenset({"worth", "value", "valued", "headline", "billion", "bn", "million"})
_MONEY_WORD_RE = re.compile(r"^\d+(?:\.\d+)?(?:bn|b|billion|mn|m|million)$")
_DEAL_NOUNS = frozenset({"deals", "transactions", "agreements", "licences", "licenses", "pacts", "partnerships"})
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def figure_beside(metric: str | None, words: list[str], count: bool) -> str | None:
    """The tracker's other figure a market question asks or states beside ``metric``: its value beside
    a deal count ("how many deals, and worth how much?"), its count beside a value ("38 deals worth
    nearly $49bn"); ``None`` when only one is asked."""
    if metric == "deal_count" and (_VALUE_WORDS & set(words) or any(_MONEY_WORD_RE.match(w) for w in words)):
        return "total_value"
    stated = any(
        word.isdigit() and not _YEAR_RE.match(word) and _DEAL_NOUNS & set(words[at + 1 : at + 5])
        for at, word in enumerate(words)
    )
    if metric == "total_value" and (count or stated):
        return "deal_count"
    return None
