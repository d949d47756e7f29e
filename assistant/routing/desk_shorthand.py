"""A portfolio manager's shorthand for periods, areas and scope, spelt out before the question is read
(outsider28).

"# deals in the data for CY2024", "q3 25 deal count", "onc vs I&I", "2025 $ + # deals per pharmcube",
"iqvia h1 25 vs fy24": each shorthand below is a plain record, a name, the pattern it takes and the words it
writes, with its example and the phrasings it must not take (``tests/test_outsider28_shorthand.py`` runs
them). An area's abbreviation writes a word ``wording.AREAS`` reads as one of the therapeutic areas of
``deals.csv`` (the test checks each against the table), so the vocabulary stays the table's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE
# A two-digit year an analyst means: 2018-2029 ("q3 25"); "q3 5" or "h1 99" stay as typed.
_YY = r"(1[89]|2\d)"


@dataclass(frozen=True)
class DeskShorthand:
    name: str
    pattern: re.Pattern[str]
    written: str
    example: str
    not_for: tuple[str, ...] = ()


def token(words: str, flags: int = _I) -> re.Pattern[str]:
    """A shorthand as a whole token: not inside a word, a drug code ("CV-301") or a hyphenated name."""
    return re.compile(rf"(?<![\w&/-])(?:{words})(?![\w&/-])", flags)


# "q3 25", "Q3-25", "q3'25", "q3/25", "h1 25", "1h 25": a quarter or half with its two-digit year.
# "3Q25" and "Q3 2025" the period readers take already; "q3 25 deals" with a four-digit year elsewhere
# ("q3 25 deals in 2024") is a count of that quarter's deals, so there the number before "deals" stays.
_PART_YEAR_RE = re.compile(
    rf"(?<![\w-])(?:([qh])([1-4])(?:\s*[-'’/]\s*|\s+)|([1-4])([qh])\s*[-'’/]?\s*){_YY}"
    r"(?![\w%$-]|[.,]\d|\s*(?:m|bn|b|million|billion)\b)",
    _I,
)
_FOUR_DIGIT_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_COUNTED_RE = re.compile(r"\s+(?:deals?|transactions?|licen[cs]es|agreements)\b", _I)

DESK_SHORTHANDS: tuple[DeskShorthand, ...] = (
    # "CY2024", "CY 24", "CY'25": a calendar year is the year; "FY24" / "full year 24" the whole year.
    DeskShorthand(
        "calendar year",
        re.compile(r"(?<![\w-])(?:cy|fy|full[\s-]year)\s*['’]?\s*(?:20)?(1[89]|2\d)(?![\w%$.-])", _I),
        r"20\1",
        "# deals in the data for CY2024",
        ("CY-2024 program", "cycle 2024"),
    ),
    # "in the data", "in the data set", "across the data": our rows; "the data from PharmCube" is a tracker's.
    DeskShorthand(
        "our dataset",
        re.compile(
            r"\b(?:in|across|from|within)\s+the\s+data\b(?!\s*(?:set|base|from|of|by|per|compiled|reported|cited)\b)"
            r"(?!\s*\(?(?:pharmcube|iqvia|caixin|reuters|globaldata|goodwin|informa|nmpa))",
            _I,
        ),
        "in the dataset",
        "# deals in the data for 2024",
        ("the data from PharmCube", "in the data PharmCube compiled"),
    ),
    # "ytd 2026 pace", "2026 pace, value": a tracker's pace is its deals and their value so far, asked together
    # ("on pace to beat 2025", "the pace of deals" are words of their own).
    DeskShorthand(
        "pace",
        re.compile(r"(?<!\bon )(?<!\bthe )\bpace\b(?:\s*[,:-]?\s*(?:total\s+)?(?:value|\$))?(?=\s*[?.!]?\s*$)", _I),
        "total value and number of deals",
        "ytd 2026 pace, value",
        ("is 2026 on pace?", "ytd 2026 pace, # of deals"),
    ),
    # "how much $ of equity components", "$ in upfronts": the dollars of the measure named after it, not the deals'
    # total value (outsider98 had been answered the trackers' market totals)
    DeskShorthand(
        "dollars of a measure",
        re.compile(
            r"(?:(?<=^)|(?<=[\s,(/:]))\$\s+(?:of|in)\s+(?=(?:the\s+)?(?:equity|up[\s-]?fronts?|milestones?)\b)", _I
        ),
        "",
        "how much $ of equity got disclosed across 2025 deals",
        ("$ for Hengrui in 2025?", "$ of total value"),
    ),
    # "$ + # deals", "$ and #": a bare dollar sign is the value asked for, a bare "#" the number of.
    # "$ for Hengrui in 2025?": a company's (or a period's) deals' value, not "which deal?"
    DeskShorthand(
        "dollars for",
        re.compile(r"(?:(?<=^)|(?<=[\s,(/:]))\$(?=\s+(?:for|of)\b)", _I),
        "total value",
        "$ for Hengrui in 2025?",
        ("$ + # deals", "$135.7 billion"),
    ),
    # "share of 2025 value, and how much in $?": the amount in dollars asked beside a share, not a value
    DeskShorthand(
        "in dollars",
        re.compile(r"\bin\s+\$(?=\s*(?:terms\b|[?.,;)]|$))", _I),
        "in dollars",
        "top 10 licensors' share of 2025 value, and how much in $?",
        ("deals in $1bn+ range", "in $ billions"),
    ),
    # "ok and who's top by headline $": "headline" names the value ("headline value value" read as no follow-up)
    DeskShorthand(
        "headline dollars",
        re.compile(r"\bheadline(?:\s+value)?\s+\$(?:bn|b|mn|mm|m)?(?!\w)(?!\s*\d)", _I),
        "headline value",
        "ok and who's top by headline $",  # and "hengrui gsk headline value $bn": the unit goes with the "$"
        ("headline $1.3bn", "headline $ 12.5bn"),
    ),
    DeskShorthand(
        "value",
        re.compile(r"(?:(?<=^)|(?<=[\s,(/:]))\$(?!\s*(?:\d|value\b|amount\b|figure\b))", _I),
        "value",
        "2025 $ + # deals per pharmcube",
        ("$135.7 billion", "$1bn+ deals"),
    ),
    DeskShorthand(
        "number of",
        re.compile(r"(?:(?<=^)|(?<=[\s,(/+&]))#\s*(?=(?:deals?|transactions?|licen[cs]es|agreements)\b)", _I),
        "number of ",
        "$ + # deals per pharmcube",
        ("deal #3", "#1 deal"),
    ),
    # "ytd 2026 pace, value", "2025 value?": a bare "value" standing as the figure asked is the total value
    # ("deal value", "market value", "the value of the upfront" name their own).
    DeskShorthand(
        "total value",
        re.compile(
            r"(?:(?<=^)|(?<=[,;:(]\s)|(?<=[,;:(])|(?<=\s-\s)|(?<=\d{4}\s)|(?<=\bytd\s)|(?<=\bpace\s))value"
            r"(?=\s*(?:[?.!,;+&)]|$|and\b|plus\b|n\b|vs\.?\b|versus\b))",
            _I,
        ),
        "total value",
        "ytd 2026 pace, value",
        ("market value of Hengrui?", "deal value?", "value of the upfront"),
    ),
    # "onc vs I&I 2024 count", "CV 2025 count": a bare "count" right after a year, closing the question, is the
    # number of that year's deals ("does the equity count?" is a verb).
    DeskShorthand(
        "deal count",
        re.compile(r"(?<=\b(?:19|20)\d\d\s)count(?=\s*[?.!]*\s*$)", _I),
        "deal count",
        "onc vs I&I 2024 count",
        ("does the equity count?", "oncology 2024 deal count", "would that count"),
    ),
    # Therapeutic areas as analysts shorten them; each writes a word wording.AREAS reads.
    DeskShorthand("oncology", token(r"onc|onco"), "oncology", "onc vs immunology deal count 2025", ("immuno-onc",)),
    DeskShorthand(
        "immunology", token(r"i\s?&\s?i|immuno|immunol"), "immunology", "I&I deals in 2025", ("immuno-oncology",)
    ),
    DeskShorthand("cardiovascular", token(r"cv|cvd"), "cardiovascular", "CV deals 2024", ("CV-301",)),
    DeskShorthand("neurology", token(r"cns|neuro|neurosci(?:ence)?"), "neurology", "# of CNS deals"),
    DeskShorthand("respiratory", token(r"resp"), "respiratory", "resp deals 2025"),
    # "met" only beside another area or a deal word, in lower case: "MET" is a target ("c-Met ADC") and
    # "the deal met expectations" a verb.
    DeskShorthand(
        "metabolic",
        re.compile(
            r"(?-i:(?<![\w&/-])(?:metab|met)(?![\w&/-]))"
            r"(?=\s+(?:deals?|vs\.?|versus|or|and|count|space|area|transactions?)\b|\s*[?,]|\s*$)"
            r"(?<!\bdeal met)(?<!\bdeals met)(?<!\bthat met)(?<!\bwhich met)(?<!\bwho met)",
        ),
        "metabolic",
        "onc vs met deal count 2025",
        ("c-Met ADC", "the deal met expectations", "MET inhibitor deals"),
    ),
    # Modalities: "TCE" a T-cell engager, "bispec" a bispecific.
    DeskShorthand("T-cell engager", token(r"tces?"), "T-cell engager", "TCE deals in 2025"),
    DeskShorthand("bispecific", token(r"bispecs?|bi-specs?"), "bispecific", "bispec deals 2025"),
    # "split between the two co-licensors": the licensors of the deal before, a pointer back like "them" (read
    # as words the question went to every co-licensed deal's article: Mabwell–Kalexo's split, not Windward's)
    DeskShorthand(
        "the co-licensors",
        re.compile(r"\b(?:the|both)\s+(?:two\s+)?co-?licen[cs]ors\b", _I),
        "them",
        "How is the consideration split between the two co-licensors?",
        ("Which deals had co-licensors?", "List deals with two co-licensors"),
    ),
)


def desk_spelt(question: str) -> str:
    """``question`` with each desk shorthand spelt out; a question with none comes back unchanged."""
    full_year = bool(_FOUR_DIGIT_YEAR_RE.search(question))
    question = _PART_YEAR_RE.sub(lambda match: _part_year(match, full_year), question)
    for rule in DESK_SHORTHANDS:
        question = rule.pattern.sub(rule.written, question)
    return question


def _part_year(match: re.Match[str], full_year: bool) -> str:
    if full_year and _COUNTED_RE.match(match.string, match.end()):
        return match.group()  # "q3 25 deals in 2024": twenty-five deals of a quarter of 2024
    letter = (match.group(1) or match.group(4)).upper()
    number = match.group(2) or match.group(3)
    return f"{letter}{number} 20{match.group(5)}"
