"""A buy-side analyst's terminal shorthand, spelt out before the question is read (outsider84).

"IBI3009 ROG MS", "jacobio pan-KRAS lic to AZN, MS pot", "HBM7020 otsuka headline val", "3692 HK / ROG CDH17
ADC - ann date", "FY25 ADC LO count, incl bsADCs": measures in capitals ("MS" = milestones, "MS pot" / "MS
exposure" the same), "headline val" the total value, "LO count" a count of out-licensing deals, "px move" the
share price, "ann date" the announcement date, "bsADC" a bispecific ADC, "total disclosed equity $" the sum of
the equity, and a listed company said by its exchange code ("3692 HK", "1093.HK", "600276.SH") written as the
company's name. Each rule is a plain record, as in ``pm_shorthand``: a name, the pattern, the words written
(those the router's own patterns read), its example and the phrasings it must not take
(``tests/test_shorthand.py`` runs them). The exchange codes are ``companies.csv`` aliases, read from the entity
index, so no company is named here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.routing.pm_shorthand import PmShorthand

if TYPE_CHECKING:
    from assistant.routing.entities import EntityIndex

_I = re.IGNORECASE

# "MS" is also multiple sclerosis: after a word that names a disease's place ("for MS", "into MS", "treat MS",
# "relapsing MS") or before a patient or trial word ("MS patients", "MS indication") it stays as typed
_DISEASE_BEFORE = (
    "for",
    "in",
    "into",
    "with",
    "against",
    "treat",
    "treats",
    "treating",
    "treated",
    "target",
    "targeting",
    "relapsing",
    "progressive",
    "of",
)
_NOT_AFTER = "".join(rf"(?<!\b{word} )" for word in _DISEASE_BEFORE)
_DISEASE_AFTER = (
    r"(?!\s+(?:patients?|pts|indications?|trials?|studies|study|drugs?|therapy|therapies|treatments?|market|space|"
    r"programs?|programmes?|assets?|franchise|field|area|lupus|neuromyelitis)\b)"
)
# the words an analyst puts after "MS" that say it is a sum of money ("MS pot", "MS exposure", "MS ceiling")
_MONEY_AFTER = r"(?:\s+(?:pot|exposure|ceiling|pool|bucket|package|potential|load))?"

TERMINAL_SHORTHANDS: tuple[PmShorthand, ...] = (
    # "MS" in capitals: the milestones ("ms" in lower case is read by ``shorthand.SHORT_MILESTONES``)
    PmShorthand(
        "milestones in capitals",
        re.compile(rf"{_NOT_AFTER}(?<![\w&/.-])MS{_MONEY_AFTER}(?![\w&/.-]){_DISEASE_AFTER}"),
        "milestones",
        "jacobio pan-KRAS lic to AZN, MS pot",
        (
            "is orelabrutinib going into MS?",
            "Zenas is taking it for MS",
            "MS patients enrolled",
            "relapsing MS drugs",
            "MS-101 program",
        ),
    ),
    # "ms pot", "ms exposure" in lower case: the money words after it make it the milestones, not the disease
    PmShorthand(
        "milestone pot",
        re.compile(rf"{_NOT_AFTER}(?<![\w&/.-])ms\s+(?:pot|exposure|ceiling|pool|bucket)\b", _I),
        "milestones",
        "biggest ms pot in the dataset",
        ("drugs for ms pot",),
    ),
    # "headline val", "total val", "deal val": the value ("val" alone is no word the router reads)
    PmShorthand(
        "value",
        re.compile(r"(?:(?<=\bheadline )|(?<=\btotal )|(?<=\bdeal ))val\b\.?", _I),
        "value",
        "HBM7020 otsuka headline val",
        ("val-101 program",),
    ),
    # "LO" in capitals: out-licensing; "LO count" / "LO deals" a count of out-licensing deals
    PmShorthand(
        "out-licensing deal",
        re.compile(r"(?<![\w&/.-])LOs?(?=\s+(?:count|number|tally|total|value|volume)\b)"),
        "out-licensing deal",
        "FY25 ADC LO count, incl bsADCs",
        ("LO-101 count",),
    ),
    # (a bare "LO" stays as typed: "Sino Bio TDI01 LO - UF and MS" written "out-licensing - upfront" read as the
    # trackers' market upfront total, not a deal of the table)
    # "px move", "px reaction on the deal day": the share price ("px" alone is a price: ``trade_shorthand``)
    PmShorthand(
        "share price",
        re.compile(
            r"(?<![\w-])(?:stock\s+|share\s+)?px(?=\s+(?:moves?|reaction|change|jump|pop|drop|fall|rise|performance|"
            r"action|up|down)\b)",
            _I,
        ),
        "share price",
        "2269 HK px move on the candid deal day",
        ("PX-101 move",),
    ),
    # "ann date", "annc date", "ann. date": the announcement date
    PmShorthand(
        "announcement date",
        re.compile(r"(?<![\w-])(?:ann|annc|anncd|annct)\.?\s+(?:date|day)\b", _I),
        "announcement date",
        "3692 HK / ROG CDH17 ADC - ann date",
        ("Ann Arbor date",),
    ),
    # "total disclosed equity $ across every deal", "sum of disclosed upfronts": the sum of the figure (a sum leaves
    # the undisclosed ones out and says how many), not a list of the deals that disclose it
    PmShorthand(
        "sum of the disclosed figures",
        re.compile(
            r"\b(total|sum of(?: the| all)?|aggregate|combined)\s+disclosed\s+(equity|up[\s-]?fronts?|milestones?)"
            r"(?:\s+(?:\$|usd|dollars?)(?![\w\d]))?",
            _I,
        ),
        r"\1 \2",
        "total disclosed equity $ across every deal in the table",
        ("which deals disclosed equity?", "deals with disclosed equity"),
    ),
    # "bsADC", "bsADCs", "bs-ADC": a bispecific ADC
    PmShorthand(
        "bispecific ADC",
        re.compile(r"(?<![\w&/.-])bs[\s-]?ADC(s?)\b", _I),
        r"bispecific ADC\1",
        "FY25 ADC LO count, incl bsADCs",
        ("BS ADCC assay",),
    ),
)

# An exchange code: digits and the exchange, with a dot, a space or nothing between ("3692 HK", "1093.HK",
# "600276.SH", "4502 JP"); never part of an amount or a longer number
_EXCHANGE_CODE_RE = re.compile(r"(?<![\w$.,])(\d{4,6})(?:\.|\s+|)(HK|SH|SZ|T|JP|KS|KQ)\b(?![.,]\d)", _I)
# A bare listed number ("1801 takeda UF") when it is no year of the tables and no amount
_BARE_CODE_RE = re.compile(
    r"(?<![\w$.,#-])(\d{4,6})(?![\w%$.,-]|\s*(?:m|mm|bn|b|k|million|billion|deals?|x|times|percent)\b)", _I
)


def _exchange_codes(entities: EntityIndex) -> dict[str, str]:
    """Each exchange-code alias of ``companies.csv`` as "3692.HK" (upper case) -> the company's name."""
    codes: dict[str, str] = {}
    for company in entities.companies.values():
        for alias in company.aliases:
            found = re.fullmatch(r"(\d{4,6})\.([A-Za-z]{1,2})", alias.strip())
            if found:
                codes[f"{found.group(1)}.{found.group(2).upper()}"] = company.name
    return codes


def _by_number(codes: dict[str, str]) -> dict[str, str]:
    """The numbers that name one company whatever the exchange ("1801" -> Innovent)."""
    names: dict[str, set[str]] = {}
    for code, name in codes.items():
        names.setdefault(code.split(".")[0], set()).add(name)
    return {number: next(iter(found)) for number, found in names.items() if len(found) == 1}


def exchange_codes_named(question: str, entities: EntityIndex) -> str:
    """ "3692 HK / ROG" -> "Hansoh Pharmaceutical Group / ROG": an exchange code written as its company's name
    (the articles name the company, never its code); a number no company is listed under stays as typed."""
    if not re.search(r"\d{4}", question):
        return question
    codes = _exchange_codes(entities)

    def named(match: re.Match[str]) -> str:
        return codes.get(f"{match.group(1)}.{match.group(2).upper()}", match.group())

    question = _EXCHANGE_CODE_RE.sub(named, question)
    numbers = _by_number(codes)

    def bare(match: re.Match[str]) -> str:
        number = match.group(1)
        if number in entities.held_years or re.fullmatch(r"(?:19|20)\d\d", number):
            return match.group()
        return numbers.get(number, match.group())

    return _BARE_CODE_RE.sub(bare, question)


def terminal_spelt(question: str, entities: EntityIndex) -> str:
    """``question`` with each terminal shorthand spelt out; a question with none comes back unchanged."""
    for rule in TERMINAL_SHORTHANDS:
        question = rule.pattern.sub(rule.written, question)
    return exchange_codes_named(question, entities)
