"""The rules the deal extractor reads articles with: figures, party roles, names and dates.

Each figure rule is a plain record (duckling style): a readable name, the field it fills,
a pattern over the sentence with every US-dollar amount replaced by ``§`` (other
currencies by ``¤``, so a rule never takes them), and examples it must and must not
take. ``tests/test_extraction.py`` runs every rule's examples.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

MONEY_TOKEN = "§"
OTHER_MONEY_TOKEN = "¤"
# A qualifier may stand between the cue and the amount ("milestones of up to §").
_Q = (
    r"(?:(?:up to|as much as|about|approximately|around|roughly|nearly|almost|some|an estimated|more than|over|"
    r"at least|upwards of|in excess of|above|a further|an additional|additional|further)\s+)*"
)
_M = _Q + r"(?P<m>§)"


@dataclass(frozen=True)
class FigureRule:
    """A way articles state one figure of a deal: ``pattern`` holds the amount as group ``m``."""

    name: str
    field: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()


def _rule(
    name: str, field: str, pattern: str, examples: tuple[str, ...] = (), counter: tuple[str, ...] = ()
) -> FigureRule:
    return FigureRule(name, field, re.compile(pattern.replace("{M}", _M), re.IGNORECASE), examples, counter)


# Order matters only where two rules could take the same amount: the earlier wins.
FIGURE_RULES: tuple[FigureRule, ...] = (
    _rule(
        "total combined upfront and milestones",
        "total",
        r"{M} in combined up-?front and milestone",
        ("WuXi Biologics can receive up to $925 million in combined upfront and milestone payments.",),
    ),
    _rule(
        "upfront including near-term",
        "upfront",
        r"{M} in up-?front(?:,| and)[^.;§]{0,30}near-term",
        ("Otsuka agreed to pay Harbour BioMed $47 million in upfront and near-term payments.",),
        ("Sanofi agreed to pay Earendil Labs $50 million in near-term payments.",),
    ),
    _rule(
        "amount then upfront",
        "upfront",
        r"{M}\s+(?:in\s+)?(?:cash\s+)?up[- ]?front\b(?! and milestone)",
        ("Novartis agreed to pay Argo Biopharmaceutical $185 million upfront.", "BMS pays about $90 million up front."),
    ),
    _rule(
        "upfront payment of",
        "upfront",
        r"\bup-?front (?:payment|consideration|fee)s? (?:of|to [^,.;§]{1,60}? (?:is|was)) (?:¤,? )?{M}",
        (
            "Pfizer agreed to an upfront payment of $1.25 billion to 3SBio.",
            "Vor Bio's upfront consideration to RemeGen is $125 million, made up of cash and warrants.",
        ),
    ),
    _rule(
        "upfront was",
        "upfront",
        r"\bup-?front (?:is|was) {M}",
        ("The table follows the SEC filing: the ImmuneOnco–Axion upfront was $10 million.",),
    ),
    _rule(
        "milestones of",
        "milestones",
        r"\bmilestones?(?: and [a-z]+)?(?: payments?)?(?: [^.;§¤]{0,40}?)? (?:of|as|come to|comes to|add|at) {M}",
        (
            "3SBio is also eligible for milestone payments of up to $4.8 billion.",
            "Further milestone payments to Zelgen Biopharmaceuticals add up to $1.075 billion.",
            "XtalPi can also receive further milestone and royalty payments of about $5.89 billion.",
        ),
    ),
    _rule(
        "amount in milestones",
        "milestones",
        r"{M} in (?:[\w-]+ ){0,4}?(?:milestones?\b|further payments)",
        (
            "Akeso can also collect up to $4.5 billion in milestone payments from Summit Therapeutics.",
            "SciNeuro can receive up to $1.5 billion in further payments, including research funding.",
        ),
    ),
    _rule(
        "further payments of",
        "milestones",
        r"\bfurther payments of {M}",
        ("Pharmaphorum describes further payments of up to $1.34 billion.",),
    ),
    _rule(
        "equity of",
        "equity",
        r"\bequity (?:investment |stake |purchase )?(?:of|worth|valued at) {M}",
        ("Pfizer also made an equity investment of $100 million in 3SBio.",),
        ("Hengrui received a 19.9% equity stake in the NewCo.",),
    ),
    _rule(
        "equity valued at",
        "equity",
        r"\bequity\b[^.;§]{0,40}?\bvalued at {M}",
        ("The warrant portion of the upfront gives RemeGen equity in Vor Bio valued at $80 million.",),
    ),
    _rule(
        "equity element",
        "equity",
        r"\bequity (?:element|portion|component) (?:is|was) (?:a )?{M}",
        ("The equity element is a $100 million purchase of newly issued Innovent Biologics shares by Takeda.",),
    ),
    _rule(
        "worth",
        "total",
        r"\bworth {M}",
        ("The Argo–Novartis agreements together were reported to be worth up to $4.165 billion.",),
    ),
    _rule(
        "valued at",
        "total",
        r"\bvalued\b[^.;§]{0,80}? at {M}",
        ("Reports valued the InnoCare–Zenas agreement at more than $2 billion in total.",),
    ),
    _rule(
        "value of the deal",
        "total",
        r"\bvalue\b(?! of that)[^.;§]{0,80}?\b(?:at|as|is|was) {M}",
        (
            "The total value of the Curon–Merck deal was reported as up to $1.3 billion.",
            "The headline value attached to the GeneQuantum Healthcare transaction is about $13 billion.",
        ),
        ("Caixin credits Innovent Biologics with more than $10 billion in licensing deal value across 2025.",),
    ),
    _rule(
        "our own sum",
        "total",
        r"\b(?:own sum|sums? to|comes? to|come to|gives?)\b(?: [^.;§]{0,60}?\b(?:is|of))? {M}",
        (
            "Our own sum of the upfront payment and the milestones is about $6.05 billion.",
            "Adding the stated upfront and milestones gives our own sum of about $2.02 billion.",
            "The Chimagen–GSK deal sums to up to $850 million; this total is our own sum.",
        ),
    ),
    _rule("in total", "total", r"{M} in total\b", ("The Ribo–Madrigal deal is up to $4.4 billion in total.",)),
)

# A sentence that reports a figure second-hand or hedges it does not state the deal's term.
HEDGE_RE = re.compile(
    r"\b(?:spoke of|misreading|confidence in that figure is low|some (?:outlets|coverage|reports)|"
    r"one (?:report|outlet|chinese report)|rather than a round figure|circulated)\b",
    re.IGNORECASE,
)
# Words addressed to a reader or a model, not reported news: the sentence is never read for figures.
INSTRUCTION_RE = re.compile(
    r"\b(?:ignore (?:all |any )?(?:previous |prior )?instructions?|instructions?|assistant|system prompt|"
    r"tell (?:every|the|all) (?:reader|user)s?|record (?:in|that)|deal table|you must|disregard)\b",
    re.IGNORECASE,
)
CALC_RE = re.compile(r"\bour own\b|\bown (?:sum|calculation)\b|\bAdding\b", re.IGNORECASE)
# "Adding the upfront and milestones gives ...": a sentence that sums the parts states a total, nothing else.
SUM_SENTENCE_RE = re.compile(r"^(?!.*\bsubtract).*\bup-?front\b.*\bmilestones?\b", re.IGNORECASE)
COUNTERPARTY_RE = re.compile(
    r"\b(?:partnership|collaboration|agreement|deal|alliance|licen[cs]e) with\b", re.IGNORECASE
)
NEW_TERMS_RE = re.compile(r"\b(?:additional|amend\w*|new milestone|expan\w*)\b", re.IGNORECASE)
# An amount this large for one licensing deal is a typo or a lie; the largest on record is about $18.5 billion.
MAX_PLAUSIBLE_USD = 10**11

# Party roles. A payer is the licensee; whoever is paid, eligible or receives is the licensor.
PAY_RE = re.compile(
    r"\b(?:(?:agreed|committed) to (?:pay|make)|will (?:also )?(?:pay|make)|is paying|pays|paid|committed|"
    r"agreed to an up-?front|agreed to make)\b",
    re.IGNORECASE,
)
RECEIVE_RE = re.compile(
    r"\b(?:is (?:also )?eligible|was eligible|becomes eligible|can (?:also )?(?:earn|receive|collect)|"
    r"is (?:also )?entitled|is due|will (?:also )?receive|receives)\b",
    re.IGNORECASE,
)
LICENSE_OUT_RE = re.compile(r"\b(?:out-licensed|licensed|licenses|to license|granted|grants)\b")
GRANT_RE = re.compile(r"^(?:granted|grants)$")
POSSESSIVE_PAY_RE = re.compile(r"'s up-?front (?:payment|consideration)s? to\b", re.IGNORECASE)
LICENSE_IN_RE = re.compile(r"\b(?:gained|received|obtained|acquired|took|takes|holds)\b[^.;]{0,40}\brights\b")
TO_RE = re.compile(r"\bto\b")
FROM_RE = re.compile(r"\bfrom\b")

_GENERIC_NAME_TEXT = """the and of bio pharma pharmaceutical pharmaceuticals biosciences bioscience biologics therapeutics
    biotherapeutics medicines labs life sciences group holdings inc ltd co company limited biopharma
    biopharmaceutical biopharmaceuticals biotech oncology health healthcare shenzhen suzhou shanghai beijing
    nanjing hangzhou jiangsu sichuan chengdu guangzhou wuhan zhejiang hong kong china chinese"""
GENERIC_NAME_WORDS = frozenset(_GENERIC_NAME_TEXT.split())
_NAME_SUFFIX = (
    r"(?:Bio|Biotherapeutics|Pharma|Pharmaceuticals?|Therapeutics|Biosciences|Biologics|Medicines|"
    r"Biopharma(?:ceuticals?)?|Oncology|Labs|Biotech)"
)
NEW_NAME_RE = re.compile(r"\b(?:[A-Z][A-Za-z0-9-]+ ){1,3}" + _NAME_SUFFIX + r"\b")

# Dates as the briefs write them.
_MONTH = r"(?P<month>" + "|".join(calendar.month_name[1:]) + r")"
DATE_RES = (
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mm>\d{2})-(?P<dd>\d{2})\b"),
    re.compile(r"\b(?P<day>\d{1,2}) " + _MONTH + r" (?P<year>(?:19|20)\d{2})\b"),
    re.compile(r"\b" + _MONTH + r" (?P<day>\d{1,2}),? (?P<year>(?:19|20)\d{2})\b"),
    re.compile(r"\b" + _MONTH + r",? (?P<year>(?:19|20)\d{2})\b"),
)
YEAR_ONLY_RE = re.compile(r"\bin (?P<year>(?:19|20)\d{2})\b")
ANNOUNCED_BEFORE_RE = re.compile(r"\b(?:announced|disclosed) on\s*$", re.IGNORECASE)

MODALITY_WORDS = (
    ("ADC", r"antibody-drug conjugate|\bADCs?\b"),
    ("siRNA", r"\bsiRNA\b|\bRNAi\b"),
    ("Trispecific antibody", r"trispecific"),
    ("Bispecific antibody", r"bispecific"),
    ("Cell therapy", r"CAR-T|cell therapy"),
    ("Small molecule", r"small[- ]molecule|inhibitor"),
    ("Peptide", r"peptide|GLP-1"),
    ("Antibody", r"antibod"),
)
AREA_WORDS = (
    ("Oncology", r"cancer|tumou?r|oncolog|lymphoma|leukemia|myeloma"),
    ("Metabolic", r"obesity|diabet|GLP-1|metabolic"),
    ("Cardiovascular", r"cardiovascular|hypertension|lipoprotein|cardiac"),
    ("Immunology", r"autoimmun|immunolog|asthma|COPD|inflammat|dermatitis"),
    ("Neurology", r"neurolog|alzheimer|parkinson|pain"),
)
ASSET_CODE_RE = re.compile(r"\b[A-Z]{1,5}-?\d{2,5}[A-Z]?\b(?: \([A-Z]{1,5}-?\d{2,5}\))?")
TERRITORY_RE = re.compile(
    r"\b(?:worldwide|global|the world) (?:rights )?(?:outside|excluding|ex-)[^.;,]{0,60}|"
    r"\b(?:outside|excluding) (?:Greater China|mainland China(?:, Hong Kong and Macau)?|China)|\bglobal rights\b",
    re.IGNORECASE,
)
