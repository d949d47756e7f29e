"""Analysts' wordings the first reading of a question misses, read after it (issue 11).

``read_slots`` reads a question through ``wording``; ``refine`` then corrects the slots for
wordings of a few classes that reading took for something else: "fallen apart" is a
termination, not a decline; "kept under wraps" is undisclosed, not money kept after a
termination; "how many times has CSPC licensed to AstraZeneca" counts deals, it multiplies
nothing; "which one came with the bigger upfront" compares; "Japanese buyers" filters on the
licensee's country (companies.csv); a royalty "percentage" is a rate no table holds, not a
share of the market. Each pattern comes with its examples in ``tests/test_outsider4_classes.py``; the
eighth session's (a company's counterparties asked with "who", a buyer's country said after it, a cut
said before a superlative, a year before one) in ``tests/test_session8_lead.py``.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from assistant.routing.analyst_wording import (
    ADJECTIVES,
    ANY_PLURAL_RE,
    COUNT_VERB_RE,
    CUT_SAID_RE,
    DEAL_BY_DATE_RE,
    DEALS_DATED_RE,
    FELL_APART_RE,
    HOW_MANY_PARTIES_RE,
    LICENSEE_COUNTRY_RE,
    LICENSEE_IS_RE,
    LICENSEE_PLACE_RE,
    NATIONALITY_ASKED_RE,
    PARTIES_OF_NAMED_RE,
    PARTIES_OF_TOP_DEALS_RE,
    PAYING_PARTIES_RE,
    PERCENT_RE,
    PLACES,
    SIDES_AS_FIELDS_RE,
    TIMES_COUNT_RE,
    TOP_DEALS_SAID_RE,
    UNDER_WRAPS_RE,
    US_PRONOUN_RE,
    VIEW_RE,
    WHICH_BIGGER_RE,
    WHICH_PARTIES_LICENSED_RE,
)
from assistant.routing.asset_lists import assets_listed
from assistant.routing.example_names import drop_example_names
from assistant.routing.reason_asks import read_reason_asks
from assistant.routing.targets import WHOSE_ASSETS_RE
from assistant.routing.territory_asks import places_not_money
from assistant.routing.territory_places import place_read
from assistant.routing.tracker_stats import unreported_statistic
from assistant.routing.unheld_pick import stricter_measure
from assistant.routing.upfront_split import upfront_split_asked
from assistant.routing.wording import DEAL_TERMS_RE, N_RE, NUMBER_WORDS, SINGULAR_RE, UNHELD_MEASURE_RES

YEAR_RE = re.compile(r"(?:19|20)\d\d")


class Readable(Protocol):
    """The slots ``refine`` reads and corrects (``intents.Slots``, which imports this module)."""

    mentions: list[Any]
    unknown: list[str]
    guesses: dict[str, list[str]]
    metrics: list[str]
    count: bool
    op: str | None
    derive: str | None
    status: str | None
    undisclosed: list[str]
    market_metric: str | None
    licensee_countries: list[str]
    unheld_measure: str | None
    distinct: str | None
    periods: list[Any]
    n: int | None
    dimension: str | None
    singular: bool

    @property
    def metric(self) -> str | None: ...

    @property
    def has_filters(self) -> bool: ...


# "the short version I can give my CEO", "for our chief executive": who will read the answer, not a fact asked
_AUDIENCE_RE = re.compile(
    r"\b(?:my|our)\s+(?:ceo|cfo|coo|chief executive|chairman|founder|boss|board|md|head of bd)\b", re.IGNORECASE
)


def refine(slots: Readable, text: str) -> None:
    """Correct ``slots`` (read from ``text``, company names blanked) for the wordings above."""
    assets_listed(slots, text)  # "glp-1 assets out-licensed since 2024 - who were the buyers?": those deals listed
    place_read(slots, text)  # "does Regeneron's Hansoh licence include Taiwan?": the deal's territory, no series
    places_not_money(slots, text)  # "which markets did Akeso keep?": places, not money kept after a termination
    drop_example_names(slots, text)  # "why would a hengrui-type co out-license ...": no company's question
    read_reason_asks(slots, text)  # "what makes one tracker's total differ from another's?": a reason (text16b)
    if FELL_APART_RE.search(text):
        slots.status = "terminated"
        if slots.op == "growth":  # "fallen" is no decline here
            slots.op = None
        if slots.op is None and not slots.count:
            slots.op = "find"
    wraps = UNDER_WRAPS_RE.search(text)
    if wraps:
        if slots.market_metric == "retained_after_termination":
            slots.market_metric = None  # "kept under wraps" keeps no money
        if slots.metric in ("upfront", "milestones", "total", "equity"):
            slots.undisclosed = [str(slots.metric)]
        if slots.op is None and not slots.count and slots.undisclosed:
            slots.op = "find"
    top = N_RE.search(text) if slots.op == "rank" else None
    if top and YEAR_RE.fullmatch(top.group(2) or ""):  # "the 2025 largest deal": a year, not a top 2025
        slots.n, slots.singular = None, bool(SINGULAR_RE.search(text))
    cut = CUT_SAID_RE.search(text) if slots.op == "rank" and not top else None
    if cut:  # "the three most expensive ADC licences": a top three
        slots.n = int(cut.group(1)) if cut.group(1).isdigit() else NUMBER_WORDS[cut.group(1).lower()]
        slots.singular = False
    fields = bool(TOP_DEALS_SAID_RE.search(text) and SIDES_AS_FIELDS_RE.search(text))  # "- licensor, licensee, value"
    if (
        slots.op == "rank"
        and slots.dimension in ("licensor", "licensee")
        and (PARTIES_OF_TOP_DEALS_RE.search(text) or fields)
    ):
        slots.dimension = "deal"  # "who were the buyers in the three largest deals of 2024?": those deals ranked
    if TIMES_COUNT_RE.search(text) and slots.mentions:
        slots.count = True
        if slots.op == "compare" and slots.derive == "ratio":
            slots.op, slots.derive = None, None
    if slots.op is None and len(slots.mentions) >= 2 and WHICH_BIGGER_RE.search(text):
        slots.op = "compare"
    if COUNT_VERB_RE.search(text):
        slots.count = True
        slots.op = None if slots.op == "find" else slots.op
    if slots.op is None and not slots.count and slots.mentions and slots.has_filters and ANY_PLURAL_RE.search(text):
        slots.op = "find"
    if not slots.mentions and not slots.count and slots.op in (None, "sum") and DEAL_BY_DATE_RE.search(text):
        slots.op = "find"  # "the first deal of 2026": the period's deals by date, the first named with its terms
    if slots.op is None and not (slots.count or slots.metrics or slots.mentions) and slots.periods:
        slots.op = "find" if DEALS_DATED_RE.search(text) else None  # "what deal was announced on Dec 21, 2025?"
    if slots.distinct == "other" and PAYING_PARTIES_RE.search(text):
        slots.distinct = "licensee"  # "how many pharma companies paid ...": the payers
    countries, said = _licensee_countries(text)
    if countries:
        slots.licensee_countries = countries
        # "Swiss", "Switzerland": a country, not a company the table does not know
        slots.unknown = [word for word in slots.unknown if word.lower() not in said]
        slots.guesses = {word: names for word, names in slots.guesses.items() if word.lower() not in said}
        if slots.unheld_measure == "headquarters" and "headquarter" in said:
            slots.unheld_measure = None  # "licensees headquartered in Switzerland": a filter, not a fact asked
        if slots.count and slots.distinct is None and HOW_MANY_PARTIES_RE.search(text):
            slots.distinct = "licensee"  # "How many American buyers signed deals?": companies, not deals
        if slots.op is None and not slots.count and not slots.metrics and not VIEW_RE.search(text):
            slots.op = "find"  # "Which Japanese pharma companies have licensed Chinese drugs?": their deals
    listed = slots.op is None and not (slots.count or slots.metrics) and slots.has_filters
    if listed and WHICH_PARTIES_LICENSED_RE.search(text):
        slots.op = "find"  # "which Chinese companies out-licensed PD-1/VEGF bispecifics?": those deals
    counterparties = slots.mentions and not slots.has_filters and PARTIES_OF_NAMED_RE.search(text)
    if slots.op is None and not (slots.count or slots.metrics) and counterparties:
        slots.op = "find"  # "Who licensed drugs to Pfizer?", "Who are AbbVie's partners?": its deals, listed
    if listed and not slots.mentions and WHOSE_ASSETS_RE.search(text):
        slots.op = "find"  # "which B7-H3 assets were licensed out, and to whom?": those deals, with their licensees
    if slots.unheld_measure == "funds raised" and DEAL_TERMS_RE.search(text):
        slots.unheld_measure = None  # "raised from out-licensing", "raised in upfronts": deal money
    if "royalties" in slots.metrics and slots.op == "share" and PERCENT_RE.search(text):
        slots.op, slots.unheld_measure = None, "royalty rate"
    if slots.unheld_measure and _AUDIENCE_RE.search(text):
        unheld = dict(UNHELD_MEASURE_RES).get(
            slots.unheld_measure
        )  # "royalty rate" is set above, no pattern of its own
        if unheld is not None and not unheld.search(_AUDIENCE_RE.sub(" ", text)):
            slots.unheld_measure = None  # "why are MNCs buying in China - the short version for my CEO"
    slots.unheld_measure = stricter_measure(text, slots.unheld_measure)  # "sales ... and the royalties received"
    unreported_statistic(slots)  # "the median deal size in PharmCube's 2025 dataset": no tracker reports one
    upfront_split_asked(slots, text)  # "how much of that upfront is equity": the upfront, with what it includes


def _licensee_countries(text: str) -> tuple[list[str], str]:
    """The countries a licensee is said to be from, and the words that said it (lower case)."""
    pronouns = {match.end() for match in US_PRONOUN_RE.finditer(text)}
    for adjective in LICENSEE_COUNTRY_RE.finditer(text):
        if adjective.end(1) in pronouns:  # "give us buyers ...": the reader, not the US
            continue
        if not NATIONALITY_ASKED_RE.search(text[: adjective.start()]):  # "is X a Chinese or American company"
            return list(ADJECTIVES[adjective.group(1).lower()]), adjective.group().lower()
    said_after = LICENSEE_IS_RE.search(text)
    if said_after:
        return list(ADJECTIVES[said_after.group(1).lower()]), said_after.group().lower()
    place = LICENSEE_PLACE_RE.search(text)
    return (list(PLACES[place.group(1).lower()]), place.group().lower()) if place else ([], "")
