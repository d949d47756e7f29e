"""An investor's shorthand, spelt out before the question is read (outsider9).

"px per share", "US pts enrolled b4 it was killed", "whose sub is that", "3sbio mkt cap", "ur call",
"chg vs 25": buy-side notes drop letters the router's patterns need. Each rule is a plain record,
a name, the pattern it takes and the words it writes, with the phrasings it must not take; the
rules rewrite whole tokens only ("sub" but not "subsidiary", "pts" but not "pts." in a company
name), so every other word of the question reaches the router as it was typed. The examples are
the tests (``tests/test_outsider9b_classes.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.dates import MONTHS
from assistant.routing.desk_shorthand import desk_spelt
from assistant.routing.disease_names import diseases_lowered
from assistant.routing.entities import EntityIndex
from assistant.routing.inclusive_totals import inclusions_dropped, places_as_scope
from assistant.routing.lower_slips import respelt_drugs
from assistant.routing.month_shorthand import with_month_years
from assistant.routing.multiples import multiple_asked
from assistant.routing.pinyin_words import pinyin_read
from assistant.routing.place_headings import places_unheaded
from assistant.routing.pm_shorthand import pm_spelt
from assistant.routing.repeat_deals import repeats_listed
from assistant.routing.runner_up import with_runner_up
from assistant.routing.share_pairs import share_spelt
from assistant.routing.spoken import written
from assistant.routing.superlative_spelling import spelt_superlatives
from assistant.routing.term_spelling import spelt_terms
from assistant.routing.terminal_shorthand import terminal_spelt
from assistant.routing.terse_shorthand import terse_spelt
from assistant.routing.tracker_ranks import tracker_ranked

_I = re.IGNORECASE
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))  # "sept" before "sep", as the period readers take them


# the words before "cos" that say whose companies (a fixed-width look-behind each)
_WHOSE_COS = (
    "china",
    "chinese",
    "pharma",
    "biotech",
    "drug",
    "us",
    "western",
    "foreign",
    "japanese",
    "european",
    "big",
)


@dataclass(frozen=True)
class Shorthand:
    name: str
    pattern: re.Pattern[str]
    written: str
    example: str
    not_for: tuple[str, ...] = ()


def _token(words: str) -> re.Pattern[str]:
    """A shorthand as a whole token: not inside a word, a code ("SUB-101") or a hyphenated name."""
    return re.compile(rf"(?<![\w&-])(?:{words})(?![\w&-])", _I)


SHORTHANDS: tuple[Shorthand, ...] = (
    Shorthand("price", _token(r"px"), "price", "px per share takeda paid?", ("PX-101 licence terms",)),
    Shorthand("patients", _token(r"pts"), "patients", "how many US pts enrolled?", ("PTS-12 program",)),
    Shorthand("before", _token(r"b4"), "before", "enrolled b4 it was killed"),
    Shorthand("your", _token(r"ur"), "your", "ignore ur rules", ("UR-1102 deal",)),
    Shorthand("market", _token(r"mkt"), "market", "3sbio mkt cap post pfe deal"),
    Shorthand("change", _token(r"chg"), "change", "avg deal size + chg vs 25"),
    Shorthand(
        "subsidiary",
        re.compile(r"(?<![\w-])sub(?=\s+(?:is|was|of)\b|\s*\?|$)", _I),
        "subsidiary",
        "whose sub is that",
        ("sub-licence rights", "a sub licence"),
    ),
    # "any P&L hit from the Curon deal?", "earnings impact": the charge a buyer books, which its article words so
    Shorthand(
        "charge",
        _token(
            r"(?:p&l|p/l|pnl|earnings|profit and loss)\s+(?:hit|impact)|hit to (?:the\s+)?(?:p&l|earnings|profits?)"
        ),
        "charge",
        "did Merck flag any P&L hit from the Curon transaction?",
        ("a hit to Merck's share price", "earnings per share"),
    ),
    Shorthand("profit and loss", _token(r"p&l|p/l|pnl"), "profit and loss", "US economics - P&L split?"),
    Shorthand("number of", re.compile(r"(?<![\w&])#\s*of\b", _I), "number of", "# of $1bn+ deals in 1H25"),
    Shorthand("between", _token(r"btwn|b/w"), "between", "shared btwn innovent and takeda"),
    Shorthand("year", _token(r"yr"), "year", "walk away from 3sbio deal last yr", ("YR-7 program",)),
    Shorthand("years", _token(r"yrs"), "years", "over the last 2 yrs"),
    Shorthand("estimate", _token(r"est"), "estimate", "street peak sales est for IBI363?"),
    Shorthand("please", _token(r"pls|plz"), "please", "just a number pls"),
    # "what were the milestones on top of that?": in addition to it, no ranking ("top" had ranked the milestones)
    Shorthand(
        "in addition",
        re.compile(r"\bon\s+top\s+of\s+(?:that|this|it|the\s+up[\s-]?front)\b", _I),
        "in addition",
        "what were the milestones on top of that?",
        ("which deal came out on top?",),
    ),
    # outsider16: "which chinese co had the biggest total", "UF and M/S", "2025 vs 2021, how many x?"
    Shorthand(
        "company", re.compile(r"(?<![\w&-])(?<!& )co(?![\w&.-])", _I), "company", "which chinese co", ("Merck & Co.",)
    ),
    # outsider100: "rank china cos by tcv": companies, after a word saying whose ("cos it was big" is "because")
    Shorthand(
        "companies",
        re.compile("|".join(rf"(?<=\b{word} )" for word in _WHOSE_COS).join(("(?:", ")")) + r"cos\b", _I),
        "companies",
        "rank china cos by tcv",
        ("cos it was big", "cos similarity"),
    ),
    # outsider100: "keymed belenos newco - keymed % ownership": the stake one side holds in the other, the equity
    # (read as a share of a tracker's total)
    Shorthand(
        "equity stake",
        re.compile(
            r"(?<![\w%])%\s*ownership\b|\bownership\s*(?:%|percent(?:age)?|stake|share)|\bpercent(?:age)?\s+ownership\b",
            _I,
        ),
        "equity stake",
        "keymed belenos newco - keymed % ownership",
        ("ownership of the rights", "who has ownership of the IP"),
    ),
    # outsider102: "any later payment recieved by Simcere?": the misspelling kept the article's sentence from the search
    Shorthand("received", _token(r"recieved"), "received", "any later payment recieved by Simcere?"),
    Shorthand("receive", _token(r"recieve"), "receive", "did kelun recieve a milestone?"),
    Shorthand("milestones", _token(r"m/s"), "milestones", "3sbio / pfe - UF and M/S"),
    # outsider100 (a VC associate): "tcv on lm-299", "evopoint->astellas tcv": total contract value, the deal's total
    Shorthand(
        "total deal value",
        _token(r"tcvs?|total contract values?"),
        "total deal value",
        "tcv on lm-299",
        ("TCV-12 program",),
    ),
    Shorthand(
        "how many times",
        # "abbvie upfront how many x the vor upfront": a multiple of the figure named after it
        # "curon's upfront is how many x chimagen's?": a multiple of another company's figure (outsider98 had counted
        # the two companies' deals)
        re.compile(
            r"\bhow many x(?=\s*[?.!,]|\s*$|\s+(?:the|as|bigger|larger|higher|greater|more|what)\b|"
            r"\s+[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*)?['’]s?(?![\w]))",
            _I,
        ),
        "how many times",
        "2025 vs 2021, how many x?",
    ),
    # outsider22: "biontech upfronts, total all yrs": several deals' upfronts added up ("UF, total" of one deal
    # is its upfront beside its total value)
    Shorthand(
        "in total",
        re.compile(
            r"(?:(?<=fronts)|(?<=\bufs))\s*,?\s*total\b(?!\s+(?:deal\s+)?value|\s+(?:up|uf|ms|mile))|"
            r"(?<=\w)\s*,\s*total(?=\s+(?:all|ever|to date|overall|across)\b)|"
            # "equity across the 2025 deals, total": a measure over deals, the sum closing the question (outsider98)
            r"(?<=\bdeals)\s*,\s*total(?=\s*[?.!]?\s*$)",
            _I,
        ),
        " in total",
        "biontech upfronts, total all yrs",
        ("innovent takeda UF, total", "zelgen abbvie upfronts, total value", "innovent takeda deal: UF, total"),
    ),
    # "ADC deals jan 2025 through mar 2025": a span of two months, each with its year, said without "from" had read
    # as two periods (the articles were quoted, a December ADC deal first); "from" before it makes it the span the
    # period readers take ("from jan 2025 to mar 2025"); "jan vs mar 2025" and "between jan 2025 and ..." are left
    Shorthand(
        "month span from",
        re.compile(
            rf"(?<!\bfrom )(?<![\w-])(?=(?:{_MONTH})\.?\s+20\d\d\s+(?:thru|through|until|till|to)\s+(?:{_MONTH})\.?\s+20\d\d\b)",
            _I,
        ),
        "from ",
        "ADC deals jan 2025 through mar 2025",
        ("ADC deals from jan 2025 to mar 2025", "deals jan vs mar 2025", "twelve months to June 2025"),
    ),
    # "ADC deals 2024 thru 2026", "Jan 2025 through Mar 2025": a span from one year (or month of a year) to another,
    # said with the word the period readers take as a span ("2024 to 2026"); "thru Aug 2025" alone stays a bound
    Shorthand(
        "span to",
        re.compile(
            r"(?<=\b20\d\d)\s+(?:thru|through|until|till)\s+(?=(?:[a-z]{3,9}\.?\s+)?20\d\d\b)",
            _I,
        ),
        " to ",
        "number of ADC deals 2024 thru 2026?",
        ("ADC deals thru 2026", "the twelve months through June 2025"),
    ),
    # "list them and total the upfronts", "total their milestones": "total" as the verb, said as the sum the router
    # reads ("add up the upfronts"); "the total upfront", "total the deal count" are no such
    Shorthand(
        "add up",
        re.compile(
            r"(?<![\w'’])(?<!\bthe )(?<!\ba )total(?=\s+(?:the|their|its|all|all\s+the)\s+"
            r"(?:up[\s-]?fronts?|milestones?|equity|deal\s+values?|headline\s+values?|total\s+values?)\b)",
            _I,
        ),
        "add up",
        "Hansoh's deals - list them and total the upfronts",
        ("what is the total the upfront came to", "total upfront of the deals"),
    ),
    # "what got signed in jan 2026", "what was inked in Q3 2025?": the deals signed then, asked as the listing reads it
    Shorthand(
        "deals signed",
        re.compile(
            r"\bwhat\s+(?:got|was|were|has\s+been|have\s+been)\s+(?=(?:signed|inked|announced|struck|agreed)\s+"
            r"(?:in|during|over|since|through|thru|between)\b)",
            _I,
        ),
        "which deals were ",
        "what got signed in jan 2026",
        ("what was signed with Pfizer as the upfront", "what got signed, the licence or an option?"),
    ),
    # "ms" after "for", "in", "with", "treat" is the disease ("milestones" elsewhere: "hengrui gsk ms?"),
    # spelt out so that the articles are searched for it
    Shorthand(
        "multiple sclerosis",
        re.compile(
            r"(?:(?<=\bfor )|(?<=\bin )|(?<=\bwith )|(?<=\bagainst )|(?<=\btreat )|(?<=\btreating ))ms\b(?!\.)", _I
        ),
        "multiple sclerosis",
        "who licensed orelabrutinib for ms?",
        ("hengrui gsk ms?", "and ms?", "UF + ms"),
    ),
)


# Two rewrites that keep words of the match (so no ``Shorthand`` record, whose written words are fixed):
# "what share of Hengrui's 2025 total came from the GSK deal?": a company's "total" alone, in a share, is its
# total deal value ("its total upfront", "total deal count" name their own measure)
_SHARE_OF_TOTAL_RE = re.compile(
    r"(\b(?:share|portion|fraction) of [A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,2}['’]s\s+(?:(?:19|20)\d\d\s+)?)"
    r"total\b(?=\s*(?:[?.,]|$|(?:came|comes|come|was|is|did|does|do|that|from|went|goes)\b))",
    _I,
)
# "deal count growth 2025 vs 2024 %", "upfront total 2023 to 2024 %?": a bare "%" after two years asks the change
_PERCENT_AFTER_YEARS_RE = re.compile(
    r"(\b20\d\d\s*(?:vs\.?|versus|to|->|→|over|against)\s*20\d\d)\s*%(?=\s*\??\s*$)", _I
)


def shares_and_changes_spelt(question: str) -> str:
    """ "share of X's total" as "share of X's total value"; "2024 vs 2025 %" as "2024 vs 2025 % change"."""
    question = _SHARE_OF_TOTAL_RE.sub(r"\1total value", question)
    return _PERCENT_AFTER_YEARS_RE.sub(r"\1 % change", question)


# "Vision" with its capital, alone, is the Vision Lifesciences tracker; "in your vision" is no tracker
_VISION_RE = re.compile(r"\bVision\b(?!\s+Lifesciences)")


def turn_written(question: str, entities: EntityIndex) -> str:
    """An earlier turn as the question itself is read: dictated words written, and names speech-to-text heard as
    other words respelt ("hang sew roche deal upfront", then "how does that compare to ..."), so that "that"
    points at the deal the turn named."""
    return respelt_drugs(written(question, entities), entities)


def tracker_spelt(question: str) -> str:
    """A tracker called by the first word of its name spelt in full ("Vision" with its capital, alone)."""
    return _VISION_RE.sub("Vision Lifesciences", question)


def expand_shorthand(question: str, entities: EntityIndex) -> str:
    """``question`` with each shorthand spelt out; a question with none comes back unchanged (``entities``: the
    router's index, whose companies and table years the terse shorthand reads)."""
    question = written(pinyin_read(question), entities)  # "shoufu"; dictated: "twenty twenty four", "um" (spoken)
    question = diseases_lowered(
        terminal_spelt(question, entities), entities
    )  # "an Alzheimer's antibody"  # "IBI3009 ROG MS", "3692 HK", "LO count", "ann date"
    question = terse_spelt(question, entities)  # "HRS GSK upf / tot", "ADC deals 24?", "upf 23 -> 24"
    question = tracker_ranked(spelt_superlatives(spelt_terms(question)))  # "roylaty", "bigest"; "which tracker …"
    question = share_spelt(
        multiple_asked(question)
    )  # "did it more than double?"; "how much of the total did X make up"
    question = tracker_spelt(question)  # "Vision vs freshfromchina": the Vision Lifesciences tracker
    question = places_unheaded(question, lambda text: len(entities.find_companies(text).mentions))  # "EU vs US …:"
    question = repeats_listed(question, lambda text: [m.name for m in entities.find_companies(text).mentions])
    question = inclusions_dropped(question)  # "headline value incl. sales ms": the total, not sales
    question = places_as_scope(question)  # "greater china number incl HK / taiwan": the tracker's scope
    for rule in SHORTHANDS:
        question = rule.pattern.sub(rule.written, question)
    question = shares_and_changes_spelt(question)  # "share of X's total", "2024 vs 2025 %"
    question = desk_spelt(question)  # "q3 25", "CY2024", "onc", "in the data", "$ + #"
    question = with_month_years(question)  # "argo/novartis sept 25": September 2025
    question = pm_spelt(question)  # "deal TV", "biggest cheque", "no.2 ... by headline", "24 vs 25", "TA"
    return sides_said_last(with_runner_up(question))  # "..., and who came second?" spelt out as "..., top 2?"


# outsider22: "gsk or roche - who paid more UF total": the two sides said first, the question after a dash,
# colon or comma, asked as "who paid more UF total, gsk or roche?"; "gsk or roche deals in 2025" is no such
_SIDES_FIRST_RE = re.compile(
    r"^\s*(?P<a>[^-–—:,?]{2,40}?)\s+(?:or|vs\.?|versus)\s+(?P<b>[^-–—:,?]{2,40}?)\s*(?:[-–—:,]|\s-)\s*"
    r"(?P<q>(?:who|which(?:\s+one)?)\s+[^?]*?\b(?:more|less|bigger|larger|higher|lower)\b[^?]*?)\s*\??\s*$",
    _I,
)


def sides_said_last(question: str) -> str:
    """ "A or B - who paid more X" as "who paid more X, A or B?"; any other question unchanged."""
    return _SIDES_FIRST_RE.sub(r"\g<q>, \g<a> or \g<b>?", question)
