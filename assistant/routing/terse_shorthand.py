"""A hedge-fund PM's terse shorthand, spelt out before the question is read (outsider70).

"HRS GSK upf / tot", "SSGJ upf + eq?", "innovent takeda upf, ms, eq?", "荣昌 abbvie upf and biobucks?",
"top 3 upf 2024", "ADC deals 24?", "MRK 2024: # china deals + sum upf": measures cut to three letters, years cut to
two digits after a deal word or in a span ("23 -> 24"), and no verbs. Each rule is a plain record, as in
``pm_shorthand``: the words it writes are those the router's own patterns read ("upfront", "total value",
"equity", "biobucks", "2024"), with the phrasings it must not take. Company tickers are companies.csv
aliases ("MRK", "NVS", "IVT"), read by the name readers, not here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.routing.desk_shorthand import token
from assistant.routing.pm_shorthand import PmShorthand
from assistant.routing.wording import REPORTERS

if TYPE_CHECKING:
    from assistant.routing.entities import EntityIndex

_I = re.IGNORECASE


@dataclass(frozen=True)
class TerseShorthand(PmShorthand):
    """A ``PmShorthand`` that may also require its first group to name a company."""

    names_a_company: bool = False  # group 1 must be a company the entity index reads, every word of it


def _full_year(match: re.Match[str]) -> str:
    return f"20{match.group(1)}"


def _year_span(match: re.Match[str]) -> str:
    """ "23 -> 24", "'23→'24", "23-24 ": two two-digit years as "2023 to 2024"."""
    return f"20{match.group(1)} to 20{match.group(2)}"


def _rising_span(match: re.Match[str]) -> str:
    """ "24-26", "2024-26" as "2024 to 2026" when the second year follows the first; else as typed."""
    first, second = match.group(1), match.group(2)
    return f"20{first} to 20{second}" if int(second) > int(first) else match.group()


# A two-digit year: 2018-2029, an apostrophe before it allowed; never part of an amount ("24m", "$24", "24.5", "24%")
_YY = r"(?<![\w$.,#-])['’]?(1[89]|2\d)"
_NOT_AMOUNT = (
    r"(?![\w%$-]|[.,]\d|\s*(?:m|mm|bn|b|k|x|million|billion|deals?(?!\s+(?:count|value|total|number|tally))|times|percent|pts?|months?|weeks?|days?|hours?|"
    r"years?|yrs?|patients|companies|cos|programs?|programmes?|assets?|licensors?|licensees?|buyers?)\b)"
)
# Words after which a bare two digits is the year: "deals 24", "upf 2024"-style notes ("ADC deals 24?")
_YEAR_AFTER = r"(?:deals?|upf|upfronts?|tot|totals?|ytd(?:\s+\w{3,9})?|h[12]|[1-4]q|q[1-4]|buyer|licensor|licensee)"
# After "in", "of", "for" two digits are the year only when they end the clause ("ADC deals in 24?", "top 3 of 25,"):
# "an upfront of 20 to 30 million", "of 25 biggest deals", "rights in 28 countries" are amounts and counts
_YEAR_AFTER_PREPOSITION = r"(?:in|of|for)"
_CLAUSE_END = r"(?![.,]\d)(?=\s*(?:[?.,;:!)]|-\s|–|—|$))"  # "instead of 18.5?" is an amount

TERSE_SHORTHANDS: tuple[TerseShorthand, ...] = (
    # "chg in pts", "change in pts": percentage points of a share, not patients
    TerseShorthand(
        "percentage points",
        re.compile(r"(?<=\bchg in )pts\b|(?<=\bchange in )pts\b", _I),
        "percentage points",
        "china share Q1 25 vs 23-24 - chg in pts?",
        ("how many US pts enrolled?",),
    ),
    # "upf", "upfr", "upfs": the upfront payment ("UPF-12" is a code)
    TerseShorthand("upfront", token(r"upf|upfr|upfs"), "upfront", "HRS GSK upf / tot", ("UPF-12 program",)),
    # "kelun crescent ufp?", "sum the ufps": a phone's "up-front payment" cut to its initials (outsider90)
    TerseShorthand("upfront payments", token(r"ufps"), "upfronts", "sum the ufps", ("UFPS-3 program",)),
    TerseShorthand("upfront payment", token(r"ufp"), "upfront", "kelun crescent ufp?", ("UFP-1 program",)),
    # "hansoh / REGN glp1 deal - msts?", "and msts?": the milestones with the vowels dropped ("MST-101" is a code)
    TerseShorthand("milestones", token(r"msts|mst|mlstns?|mlstones"), "milestones", "and msts?", ("MST-101 program",)),
    # "tot" is the deal's total value ("upf tot" after a measure is that measure's sum: "sino drug watch upf tot")
    TerseShorthand(
        "sum of a measure",
        re.compile(r"(?<=\bupfront\s)tot(?![\w&/-])|(?<=\bms\s)tot(?![\w&/-])|(?<=\bmilestones\s)tot(?![\w&/-])", _I),
        "total",
        "sino drug watch ytd aug 25: upf tot and ms tot?",
    ),
    TerseShorthand("total value", token(r"tot"), "total value", "HRS GSK upf / tot", ("TOT-1 program",)),
    # "eq", "eq $": the equity investment ("EQ-5D" is a scale)
    TerseShorthand("equity", token(r"eq"), "equity", "SSGJ upf + eq?", ("EQ-5D score",)),
    # "upf / biobucks", "upfront + biobucks", "UF vs biobucks": biobucks set beside the upfront are the milestones
    TerseShorthand(
        "milestones beside the upfront",
        re.compile(r"(\b(?:upfront|uf)\s*(?:/|\+|,|&|and|vs\.?)\s*)(?:the\s+)?bio-?bucks\b", _I),
        r"\1milestones",
        "HRS MRK upf / biobucks",
        ("biggest biobucks deal", "biobucks / total value"),
    ),
    # "bb": the desk's "biobucks" (which the router already reads: milestones, or the headline when said so)
    TerseShorthand("biobucks", token(r"bb"), "biobucks", "hrs gsk bb?", ("BB-1701 program",)),
    # "out-lic", "out lic": out-licensing
    TerseShorthand("out-licensing", token(r"out-?\s?lic"), "out-licensing", "china share of global out-lic value"),
    # "MRK chinese partners - all of them", "GSK's Chinese partners?": a verbless ask for a buyer's partners, said
    # as the question the list reader reads ("who are all of MRK's Chinese partners?"); one to three name words
    TerseShorthand(
        "a buyer's partners",
        re.compile(
            r"^\s*(?!(?:who|which|what|list|name|show|how|are|were|do|does|did)\b)"
            r"([A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,2}?)(?:['’]s)?\s+(?:chinese|china)\s+partners"
            r"(?:\s*[-–—:,]?\s*(?:all(?:\s+of\s+them)?|every\s*one|the\s+lot))?\s*\??\s*$",
            _I,
        ),
        r"who are all of \1's Chinese partners?",
        "MRK chinese partners - all of them",
        ("who are Merck's Chinese partners?", "Merck chinese partners' upfronts"),
        names_a_company=True,  # "Count Merck's", "Merck total", "Upfront from Merck's" are no buyer's name
    ),
    # "23 -> 24", "'23→'24": a span of two years (said of a growth or change)
    TerseShorthand(
        "span of two years",
        re.compile(rf"{_YY}\s*(?:->|→|=>|to)\s*['’]?(1[89]|2\d){_NOT_AMOUNT}", _I),
        _year_span,
        "biotochina upf 23 -> 24 growth?",
        ("$23m -> 24m", "23 -> 24 deals", "2023 -> 2024"),
    ),
    # "buyers by upfront 24-26", "'24–'26", "2024-26": a span of years said with a hyphen (outsider98: "24-26" had
    # been dropped, and the ranking ran over every deal); only a rising pair, so "25-24" stays as typed, and not after
    # "vs", where "Q1 25 vs 23-24" is a tracker's two-year period set against a quarter
    TerseShorthand(
        "span of years with a hyphen",
        re.compile(
            rf"(?<!\bvs\s)(?<!\bvs\.\s)(?<!\bversus\s)(?:\b20|(?<![\w$.,#-])['’]?)(1[89]|2\d)\s*[-–]\s*['’]?(1[89]|2\d){_NOT_AMOUNT}",
            _I,
        ),
        _rising_span,
        "rank buyers by upfront 24-26, top 3",
        (
            "$24-26m upfront",
            "a 24-26 month trial",
            "24-26 deals",
            "IBI-24-26 program",
            "2024-2026 deals",
            "Q1 25 vs 23-24",
        ),
    ),
    # "across the 24-26 deals", "the '24-'26 deals": after "the" the span names which deals ("24-26 deals" alone
    # may be a count); so after a possessive, "all their 24-26 deals" (outsider100)
    TerseShorthand(
        "the deals of a span of years",
        re.compile(
            r"(?:(?<=\bthe\s)|(?<=\btheir\s)|(?<=\bits\s)|(?<=\bour\s)|(?<=\byour\s)|(?<=\bhis\s)|(?<=\bher\s))"
            r"(?:20|['’])?(1[89]|2\d)\s*[-–]\s*['’]?(1[89]|2\d)(?=\s+deals?\b)",
            _I,
        ),
        _rising_span,
        "equity across the 24-26 deals, total",
        ("24-26 deals", "the 24-26m deals", "there 24-26 deals"),
    ),
)

_AFTER_WORD_RE = re.compile(
    rf"(\b{_YEAR_AFTER}\s+){_YY}{_NOT_AMOUNT}|(\b{_YEAR_AFTER_PREPOSITION}\s+){_YY}{_CLAUSE_END}", _I
)
# "ADC deals 24?", "top 3 upf 24": two digits after a deal or measure word; before "deals" only after a ticker
# ("sum of HRS 25 deals", "MRK 24 deals"): "24 deals in 2025" is a count
_BEFORE_DEALS_RE = re.compile(rf"(\b[A-Z]{{2,5}}\s){_YY}(?=\s+(?:deals?|upf|upfronts?|tot)\b)")

# "and 24?", "what about '23?", "25?": a follow-up asking the same for another year, said as two digits alone
_BARE_YEAR_RE = re.compile(
    r"^(\s*(?:(?:and|what about|how about)\s+)?(?:for\s+|in\s+)?)['’]?(1[89]|2\d)(\s*\??\s*)$", _I
)
# "how many 24 deals in the table", "# 25 deals": the deals of that year counted ("24 deals" alone is a count)
_COUNTED_YEAR_RE = re.compile(r"(\b(?:how many|number of|count of)\s+)['’]?(1[89]|2\d)(?=\s+deals?\b)", _I)
# "median tcv for 24 deals", "avg uf across 25 deals": an average or median of the deals of a year (outsider100), a
# year the tables hold; "24 deals" alone is a count
_AVERAGED_YEAR_RE = re.compile(
    r"(\b(?:median|mean|average|avg)\b[^?]{0,40}?\b(?:for|of|across|among|over|in)\s+(?:the\s+|all\s+)?)['’]?(1[89]|2\d)"
    r"(?=\s+deals?\b)",
    _I,
)
_FULL_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")  # "median upfront for 24 deals in 2025": its year is said
# "globaldata 24 china deal $", "pharmcube 24 deal count": two digits right after a tracker's name are its year
_TRACKER_YEAR_RE = re.compile(
    r"(\b(?:"
    + "|".join(re.escape(name) for name in sorted(REPORTERS, key=len, reverse=True))
    + r")(?:\.org|\.com)?\s+)"
    + _YY
    + _NOT_AMOUNT,
    _I,
)


# "12 out of 25", "10 of 24", "4 ADC deals of 21", "3rd of 22": after a count or an ordinal, "of" two digits is
# the whole the count is out of, no year ("top 3 of 25," is the year: a ranking's size said before it)
_COUNT_BEFORE_OF_RE = re.compile(
    r"(?:\bout|(?<!\btop\s)(?<!\bbottom\s)\b\d+(?:st|nd|rd|th)?(?:\s+[A-Za-z][\w-]*){0,3})\s+$", _I
)


def _written_company(rule: TerseShorthand, entities: EntityIndex) -> Callable[[re.Match[str]], str]:
    """The rule's words where group 1 is wholly a company the index reads ("MRK", "GSK's"), else the match kept."""

    def written(match: re.Match[str]) -> str:
        words = match.group(1)
        covered = {i for m in entities.find_companies(words).mentions for i in range(m.start, m.end)}
        if any(not char.isspace() and i not in covered for i, char in enumerate(words)):
            return match.group()
        return match.expand(rule.written) if isinstance(rule.written, str) else rule.written(match)

    return written


def _bare_year(match: re.Match[str], held: frozenset[str]) -> str:
    """ "and 24?" -> "and 2024?" only for a year the tables hold: "and 20?" after "the 10 biggest deals" is a count."""
    year = f"20{match.group(2)}"
    return f"{match.group(1)}{year}{match.group(3)}" if year in held else match.group()


def _after_word(match: re.Match[str], held: frozenset[str]) -> str:
    """ "deals 24" -> "deals 2024", "in 24?" -> "in 2024?" (the groups of whichever alternative matched)."""
    if match.group(1) is not None:
        return f"{match.group(1)}20{match.group(2)}"
    before = match.string[: match.start(3)]
    if match.group(3).lower().startswith("of") and _COUNT_BEFORE_OF_RE.search(before):  # "12 out of 25?"
        return match.group()
    # after a preposition only a year the tables hold: "the top 3 of 18?" is a count
    return f"{match.group(3)}20{match.group(4)}" if f"20{match.group(4)}" in held else match.group()


def terse_spelt(question: str, entities: EntityIndex) -> str:
    """``question`` with each terse shorthand spelt out; a question with none comes back unchanged.

    ``entities`` is the router's index: the companies a buyer's name must be and the years its tables hold."""
    held = entities.held_years
    for rule in TERSE_SHORTHANDS:
        question = rule.pattern.sub(
            _written_company(rule, entities) if rule.names_a_company else rule.written, question
        )
    question = _BARE_YEAR_RE.sub(lambda m: _bare_year(m, held), question)  # "and 24?"
    question = _COUNTED_YEAR_RE.sub(lambda m: f"{m.group(1)}20{m.group(2)}", question)  # "how many 24 deals"
    question = _AVERAGED_YEAR_RE.sub(  # "median tcv for 24 deals"
        lambda m: (
            f"{m.group(1)}20{m.group(2)}"
            if f"20{m.group(2)}" in held and not _FULL_YEAR_RE.search(m.string)
            else m.group()
        ),
        question,
    )
    question = _TRACKER_YEAR_RE.sub(lambda m: f"{m.group(1)}20{m.group(2)}", question)  # "globaldata 24"
    question = _AFTER_WORD_RE.sub(lambda m: _after_word(m, held), question)  # "ADC deals 24?", "ADC deals in 24?"
    return _BEFORE_DEALS_RE.sub(lambda m: f"{m.group(1)}20{m.group(2)}", question)  # "HRS 25 deals in table"
