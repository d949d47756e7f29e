"""A fund manager's shorthand, spelt out before the question is read (outsider34).

"LLY innovent feb deal TV", "biggest cheque ever", "no.2 2026 deal by headline", "avg upfront 24 vs 25",
"which TA had the most deals": each rule below is a plain record, a name, the pattern it takes and the
words it writes, with its example and the phrasings it must not take (``tests/test_shorthand9.py`` runs
them). The words written are the ones the router's own patterns read ("total value", "largest upfront",
"second largest", "2024 vs 2025", "therapeutic area"), so no vocabulary is kept here beyond the shorthand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.routing.desk_shorthand import token

_I = re.IGNORECASE
_PLACE_WORDS = {1: "", 2: "second ", 3: "third ", 4: "fourth ", 5: "fifth "}


@dataclass(frozen=True)
class PmShorthand:
    name: str
    pattern: re.Pattern[str]
    written: str | Callable[[re.Match[str]], str]
    example: str
    not_for: tuple[str, ...] = ()


def _place(match: re.Match[str]) -> str:
    """ "no.2" as "second largest", "#1" as "largest"."""
    return f"{_PLACE_WORDS[int(match.group(1))]}largest"


def _place_said(match: re.Match[str]) -> str:
    """ "number 2 is which", "at #3": "in second place", "in third place" (no "largest": "#2 on summed upfront among
    buyers" ranks the buyers, and "second largest upfront" would read as one deal); "#1" as "top"."""
    return f"in {_PLACE_WORDS[int(match.group(1))]}place" if int(match.group(1)) > 1 else "top"


def _pace_spelt(match: re.Match[str]) -> str:
    """ "deals and $" as the number of deals and their value in a question about the year's pace ("so far", "ytd")."""
    paced = re.search(r"\b(?:so\s+far|ytd|to\s+date|pace)\b", match.string, re.IGNORECASE)
    return "number of deals and total value" if paced else match.group()


def _amount_band(match: re.Match[str]) -> str:
    """ "$100-200m" as "between $100m and $200m"; a falling pair ("$4.8bn-$1.25bn", a subtraction) as written."""
    low_unit, high_unit = (match.group(2) or match.group(4)).lower(), match.group(4).lower()
    scale = {"b": 1000, "bn": 1000, "billion": 1000}

    def millions(amount: str, unit: str) -> float:
        return float(amount) * scale.get(unit, 1)

    if millions(match.group(1), low_unit) >= millions(match.group(3), high_unit):
        return match.group()
    return f"between ${match.group(1)}{match.group(2) or match.group(4)} and ${match.group(3)}{match.group(4)}"


def _two_years(match: re.Match[str]) -> str:
    return f"20{match.group(1)} {match.group(2)} 20{match.group(3)}"


# A two-digit year an analyst means: 2018-2029; an apostrophe before it is allowed ("'24 vs '25").
_YY = r"['’]?(1[89]|2\d)"
# Nothing that makes the number an amount or a count: "24 vs 25 deals", "24m vs 25m", "24.5".
_NOT_AMOUNT = r"(?![\w%$-]|[.,]\d|\s*(?:m|bn|b|k|million|billion|deals?|transactions?|x|times|percent)\b)"

PM_SHORTHANDS: tuple[PmShorthand, ...] = (
    # "TV/UF multiple": the total value over the upfront (the slash keeps "TV" below from taking it)
    PmShorthand(
        "total value over upfront",
        re.compile(r"(?<![\w&/-])TV\s*/\s*(?:UF|up[\s-]?front)(?![\w&/-])", _I),
        "total value to upfront",
        "highest TV/UF multiple",
        ("TV/radio ads",),
    ),
    # "TV" is the deal's total value ("TV" in capitals, or "tv" after a deal word)
    PmShorthand("total value", token(r"TV", 0), "total value", "LLY innovent feb deal TV", ("TV-101 program",)),
    PmShorthand(
        "total value (lower case)",
        re.compile(r"(?:(?<=\bdeal\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\bthe\s)|(?<=\btotal\s)|(?<=\+\s))tv(?![\w&/-])", _I),
        "total value",
        "top 3 by tv 2025",
        ("a tv ad campaign",),
    ),
    # "the biggest cheque", "largest check written": the largest upfront payment, the cash a buyer hands over
    # ("equity check", "fact check", "check the deal" are other words)
    PmShorthand(
        "largest upfront",
        re.compile(
            r"\b(biggest|largest|fattest|heftiest|highest|smallest|lowest|top)\s+(?:(?:single|upfront|cash|signing)\s+)?"
            r"(?:cheque|check)s?\b",
            _I,
        ),
        r"\1 upfront",
        "biggest cheque ever in ur table",
        ("fact check the biggest deal", "the equity check", "biggest equity check"),
    ),
    # "who paid the most cash day one", "biggest day-one cash", "cash on day 1": the upfront, the money a buyer
    # hands over at signing (outsider98: read as the total deal value, and the buyers ranked by headline)
    PmShorthand(
        "day-one cash",
        re.compile(
            r"\b(?:cash|money|payments?|payouts?)\s+(?:(?:on|at|from)\s+)?day[\s-](?:one|1)(?![\w-])|"
            r"\bday[\s-](?:one|1)\s+(?:cash|money|payments?|payouts?|cheques?|checks?)\b",
            _I,
        ),
        "upfront",
        "who paid the most cash day one in 2024",
        ("what happened on day one of the deal", "day one of the trial"),
    ),
    # "no.2 2026 deal by headline", "#2 deal of 2025", "number 3 2024 deal": a place in a ranking
    PmShorthand(
        "place in a ranking",
        re.compile(
            r"(?<![\w#])(?:no\.?\s?|#\s?|number\s+)([1-5])(?![\w.,%$])"
            r"(?=\s+(?:(?:19|20)\d\d\s+)?(?:deal\b|upfront\b|licens(?:or|ee)\b|buyer\b|seller\b|transaction\b|by\b))",
            _I,
        ),
        _place,
        "no.2 2026 deal by headline",
        ("deal #3 terms", "# 2 deals", "number 2 of 5"),
    ),
    # "2025 upfront ranking, number 2 is which deal?", "who sits at number 2?", "who's #2 on total upfront": a place
    # said as a number before "is"/"on" or closing the clause (outsider40-41); not "on the #3" or "what about number 2",
    # a row of the ranking before (the follow-up readers take those)
    PmShorthand(
        "place said as a number",
        re.compile(
            r"(?:\bat\s+)?(?<![\w#])(?<!\bthe\s)(?<!\babout\s)(?<!\bon\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bin\s)(?:no\.?\s?|#\s?|number\s+)([1-5])(?![\w.,%$])"
            r"(?=\s+(?:is|was|on|spot|place|position)\b|\s*[?,;]|\s*$)",
            _I,
        ),
        _place_said,
        "2025 year upfront ranking, number 2 is which deal?",
        (
            "number 2 of 5",
            "deal #3 terms",
            "is that the number 1 reason?",
            "a number 2 pencil",
            "the licensee on the #3",
        ),
    ),
    # "by headline", "headline?" closing the question: the total value; "sum of headline", "avg headline" too (outsider96:
    # "# deals in your table, sum of headline" had dropped the sum)
    PmShorthand(
        "headline value",
        re.compile(
            r"(?:(?<=\bby\s)|(?<=\bsum\sof\s)|(?<=\bsum\sof\sthe\s)|(?<=\bavg\s)|(?<=\baverage\s)|(?<=\bmean\s)|"
            r"(?<=\bmedian\s)|(?<=\bsummed\s))headline(?!\s+(?:values?|totals?|figures?|numbers?|amounts?|news))\b",
            _I,
        ),
        "headline value",
        "no.2 2026 deal by headline",
        ("by headline value",),
    ),
    # "24 vs 25", "'25 v '24", "24 versus 25": two years compared
    PmShorthand(
        "two years",
        re.compile(rf"(?<![\w$.,'’-]){_YY}\s*(vs\.?|v\.?|versus)\s*{_YY}{_NOT_AMOUNT}", _I),
        _two_years,
        "avg upfront 24 vs 25, table",
        ("24 vs 25 deals", "$24m vs 25m", "2024 vs 2025"),
    ),
    # "yoy %", "y/y", "year-on-year growth": the growth from one year to the next
    PmShorthand(
        "growth",
        re.compile(r"(?<![\w-])(?:yoy|y/y|y-o-y|year[\s-](?:over|on)[\s-]year)(?:\s+(?:growth|change))?(?![\w/-])", _I),
        "growth",
        "vs 2024 yoy %",
        ("yoyo",),
    ),
    # "metabolic deals 2025", "ADC deals 2024 who": the deals of that year ("deals 2025 vs 2024" too)
    PmShorthand(
        "deals of a year",
        re.compile(r"(?<=\bdeals\s)(?=(?:19|20)\d\d\b(?![\w%$.,-]\d|\s*(?:m|bn|b|million|billion)\b))", _I),
        "in ",
        "metabolic deals 2025 who",
        ("deals in 2025", "deals 2025m"),
    ),
    # "leaving bispecific ADCs aside", "setting the 2022 deals aside": those left out, as the exclusion readers say it
    PmShorthand(
        "left out",
        re.compile(
            r"\b(?:leav(?:e|ing)|set(?:ting)?|put(?:ting)?)\s+(?!(?:it|that|this|them|those|these)\b)((?:[\w$.-]+\s+){1,4}?)aside\b",
            _I,
        ),
        lambda match: f"leaving out {match.group(1).strip()}",
        "bispecific antibody deals (leaving bispecific ADCs aside)",
        ("leave it aside for now? no", "aside from Pfizer"),
    ),
    # "upfront $100-200m", "$1-1.5bn": a range of amounts, as "between $100m and $200m" (had been no bound at all)
    PmShorthand(
        "amount range",
        re.compile(
            r"\$\s?(\d+(?:\.\d+)?)\s*(mm|mn|m|bn|b)?\s*[-–]\s*\$?\s?(\d+(?:\.\d+)?)\s*(mm|mn|m|bn|b|million|billion)\b",
            _I,
        ),
        _amount_band,
        "2024 deals w upfront $100-200m",
        ("HRS-9821 $500m upfront", "so milestones are $4.8bn-$1.25bn?"),
    ),
    # "how much of the upfront came as Braveheart stock?", "paid in shares": the equity part (outsider154)
    PmShorthand(
        "equity",
        re.compile(
            r"\b((?:came|come|comes|paid|payable|received|given)\s+(?:in|as))\s+((?:[A-Z][\w-]*\s+)?)(?:stock|shares)\b"
            r"(?!\s+(?:price|market|exchange))"
        ),
        lambda m: f"{m.group(1)} {m.group(2)}equity",
        "how much of the upfront came as Braveheart stock?",
        ("did the stock jump", "a rise in shares"),
    ),
    # "2026 ytd pace - deals and $ so far?": the number of deals and their value (had gone to the articles)
    PmShorthand(
        "deals and value",
        re.compile(
            r"(?<!\blist\b)(?<!\bshow\b)\bdeals\s*(?:and|&|\+)\s*(?:\$(?!\s?\d)|value\b|dollars?\b|money\b)"
            r"(?![^?]*\b(?:each|per)\b)",
            _I,
        ),
        _pace_spelt,
        "2026 ytd pace - deals and $ so far?",
        ("ADC deals and value of $1bn",),
    ),
    # "top5 2025 by TV", "top10 deals": the number written apart ("top5" was read as no ranking: a tracker's total)
    PmShorthand(
        "top n", re.compile(r"(?<![\w-])top(\d{1,2})(?![\w-])", _I), r"top \1", "top5 2025 by TV", ("TOP1-ADC",)
    ),
    # "TA" is a therapeutic area ("TA" in capitals; "top TAs")
    PmShorthand("therapeutic area", token(r"TA(s?)", 0), r"therapeutic area\1", "which TA had the most deals 2025"),
)


def pm_spelt(question: str) -> str:
    """``question`` with each fund manager's shorthand spelt out; a question with none comes back unchanged."""
    for rule in PM_SHORTHANDS:
        question = rule.pattern.sub(rule.written, question)
    return question
