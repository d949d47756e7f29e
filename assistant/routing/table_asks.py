"""Wordings of questions about our own rows that the first reading misses (the classes of
outsider12.jsonl), read after ``analyst.refine``.

"How many deals have closed?" filters on the table's status ``closed`` as "terminated" does on
``terminated``. Each pattern comes with its examples in ``tests/test_outsider12_classes.py``.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from assistant.routing.claim_asks import read_claim_asks
from assistant.routing.company_dives import company_by_date, read_company_share
from assistant.routing.company_lists import read_company_lists
from assistant.routing.count_claims import read_count_claim
from assistant.routing.deal_part_share import read_deal_part_share, read_deals_with_a_term
from assistant.routing.every_deal import read_every_deal, read_row_by_date
from assistant.routing.factcheck import read_factcheck
from assistant.routing.glossed_measures import gloss_read
from assistant.routing.growth_words import read_growth_rate
from assistant.routing.kind_sums import kind_summed
from assistant.routing.lead_words import read_lead_words
from assistant.routing.list_tails import read_list_tails
from assistant.routing.low_places import read_low_place
from assistant.routing.measure_total import total_of_measure
from assistant.routing.our_rows import read_our_rows
from assistant.routing.payer_ranks import read_payer_rank
from assistant.routing.ratio_ranks import asked_ratio
from assistant.routing.series_told import told_apart_read
from assistant.routing.total_apart import total_apart
from assistant.routing.tracker_gaps import gap_and_why_read
from assistant.routing.tracker_periods import read_tracker_periods
from assistant.routing.tracker_shares import read_tracker_ratio
from assistant.routing.tracker_table import table_share_read
from assistant.routing.tracker_twos import read_value_whole
from assistant.routing.unsupported_asks import unsupported_ask
from assistant.routing.upfront_shares import read_upfront_share
from assistant.routing.wording import DIMENSION_RES, MIN_RE, NUMBER_WORDS

_I = re.IGNORECASE
# "deals that have closed", "how many have actually closed", "completed deals": the table's status closed.
# A deal named beside it ("when did the Pfizer deal close?") asks for a date, not a filter. "Which licensor has
# closed the most transactions?" closes deals (signs them): a count or "the most" after it is no status.
CLOSED_RE = re.compile(
    r"\b(?:have|has|had|were|was|are|is)\s+(?:\w+ly\s+)?(?:closed|completed)\b"
    r"(?!\s+(?:the\s+)?(?:most|more|fewest|fewer|least|\d+|an?|one|two|three|four|five|several|many)\s+"
    r"(?:\w+\s+){0,2}?(?:deals?|transactions?|agreements?|licen[cs]es?|partnerships?|pacts?)\b)|"
    r"\b(?:closed|completed)\s+(?:deals?|transactions?)\b|\b(?:deals?|transactions?)\s+(?:that\s+)?(?:closed|completed)\b",
    _I,
)
# "Which licensed drugs have completed Phase 3 trials?": a trial's completion, which the table does not hold,
# not the deal's status; "completed" beside a trial word is no closed deal.
_TRIAL = r"(?:phase|trials?|stud(?:y|ies)|enrol?l?ments?|recruitment|dosing|readouts?|endpoints?|clinical)"
TRIAL_COMPLETION_RE = re.compile(
    rf"\bcomplet(?:ed|es|e|ing|ion)\b[^?.]{{0,40}}\b{_TRIAL}\b|\b{_TRIAL}\b[^?.]{{0,40}}\bcomplet(?:ed|es|e|ing|ion)\b",
    _I,
)

# "bagged the most China deals", "the most licensing deals", "landed the most 2025 deals": a count,
# whatever the verb; a word of value between ("the most lucrative deals") is no count, nor is a word
# of value after the verb ("struck the most expensive deal", "won the most valuable deal": one deal ranked).
_VALUE_WORDS = (
    r"money|cash|value|upfront|dollars|valuable|expensive|lucrative|lavish|big|costly|generous|pricey|rich|"
    r"hefty|sizable|sizeable|juicy|massive|huge|large|high-value|high-priced|remunerative"
)
# "signed the most lucrative deal", "inked the most expensive deal": one deal ranked by its value, whatever
# the verb (the first reading counts deals for "signed the most").
MOST_VALUABLE_DEAL_RE = re.compile(
    rf"\bthe\s+most\s+(?:{_VALUE_WORDS})\s+(?:[\w-]+\s+){{0,2}}?(?:deal|transaction|agreement|pact|licen[cs]e)\b(?!s)",
    _I,
)
MOST_DEALS_RE = re.compile(
    r"\bmost\s+(?:(?:china|chinese|licensing|out-?licensing|in-?licensing|cross-border|partnering|\d{4})[\s-]+){1,2}"
    r"(?:deals|transactions|agreements|licen[cs]es|partnerships)\b|"
    r"\b(?:bagged|landed|secured|clinched|sealed|scored|notched|won|got|booked|penned|struck|inked|signed|closed)\s+"
    rf"the\s+most\b(?!\s+(?:{_VALUE_WORDS})\b)",
    _I,
)

# "the latest deal in your data", "the most recent transaction", "the earliest 2024 deal": one deal
# picked by its announcement date. "first" and "last" only with a period or our table named
# ("the first deal" after a list may be that list's first row).
# "the latest deal value total PharmCube reported", "the latest deal count": a market measure, not one deal.
_DATED = (
    r"\s+(?:[\w-]+\s+){0,3}?(?:deal|transaction|agreement|pact|licen[cs]ing deal|partner|partnership|buyer|"
    r"licensee|licensor|collaborator|collaboration)\b(?!s)"
    r"(?!\s+(?:values?|counts?|totals?|tall(?:y|ies)|volumes?|numbers?|figures?|stats|statistics|data|activity|flows?)\b)"
)
TRACKER_RE = re.compile(r"\btrackers?\b", _I)
# "who did Merck first license from?", "whom did Hengrui most recently partner with?": its deals by date
_DATED_VERB_RE = re.compile(
    r"\b(first|earliest|last|latest|most recently)\s+(?:out-?|in-?)?(?:licen[cs]ed?|bought|buy|partnered|partner|signed|"
    r"sign|teamed|struck|inked|sold|did a deal)\b",
    _I,
)
BY_DATE_RE = re.compile(rf"\b(latest|most recent|newest|earliest|oldest){_DATED}", _I)
FIRST_LAST_RE = re.compile(rf"\b(first|last){_DATED}", _I)
_OLDEST_FIRST = ("earliest", "oldest", "first")
_NOTHING_AFTER_RE = re.compile(r"\s*(?:ever|overall|of all(?: time)?|so far|to date|yet)?\s*[?.!]*\s*$", _I)
_ASKING_ONLY_RE = re.compile(
    r"^(?:\s*(?:what(?:'s|’s|s| is| was)?|which(?: is| was)?|show|tell|give|me|us|the|our|your|ur)\b)*\s*$", _I
)
# "Cheapest upfront of 2025 — and the runner-up?": the first two of the ranking, not the second alone.
AND_RUNNER_UP_RE = re.compile(
    r"\b(?:and|plus|with|,|—|-)\s+(?:the\s+|its\s+)?(?:runner[\s-]?up|next(?:\s+one)?|second(?:\s+one|\s+place)?)\b"
    # "and the second biggest?" after a ranking asks that place alone (``RankArgs.position``)
    r"(?!\s+(?:big|larg|high|small|low|cheap|rich|great|most|least)\w*)",
    _I,
)
# "bottom three 2024 deals", "the five smallest upfronts", "cheapest 3 deals": the smallest N, in order.
_N = r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
BOTTOM_N_RE = re.compile(
    rf"\bbottom[\s-]?{_N}\b|\b{_N}\s+(?:smallest|lowest|cheapest|least valuable)\b|"
    rf"\b(?:smallest|lowest|cheapest)\s+{_N}\b",
    _I,
)


# "Which Chinese biotech will Merck sign its next deal with?", "who is AstraZeneca likely to partner
# with next": a deal not yet made, which no source reports. Paying or closing ("will Pfizer pay the
# milestones?", "when will the deal close?") is about a deal made, and is not here.
FUTURE_DEAL_RE = re.compile(
    r"\b(?:will|going to|gonna|likely to|expected to|about to|set to|poised to|plans? to)\s+(?:\w+\s+){0,3}?"
    r"(?:sign|ink|strike|do|make|announce|license|licence|in-?license|partner|team up|buy|acquire)\b"
    r"[^?]{0,60}\b(?:next|upcoming|future)\b|"
    r"\b(?:next|upcoming|future)\s+(?:[\w-]+\s+){0,2}?(?:deal|partner|licensee|licensor|transaction|buyer)s?\b"
    r"[^?]{0,40}\b(?:will|going to|likely|expected|be)\b",
    _I,
)

# "Anything happen after Simcere's deal with AbbVie was signed?", "any news since?": an event after
# signing, which a deal article's later paragraph reports; the deal's terms answer another question.
AFTER_SIGNING_RE = re.compile(
    r"\b(?:anything|something|what(?:'s| has)?)\s+(?:else\s+)?(?:happen(?:ed)?|changed?|new)\b[^?]{0,80}"
    r"\b(?:after|since)\b|\bany (?:news|updates?|developments?|follow-?ups?)\b|"
    r"\bwhat(?:'s| has)? (?:happened|changed) since\b|\bsince (?:the deal |it )?(?:was )?signed\b",
    _I,
)
# "Which pharma landed the most deals": a count of the buyers' deals, not of single deals.
BUYER_SIDE_RE = re.compile(
    r"\b(?:which|what)\s+(?:big\s+)?(?:pharma|multinational|mnc|buyer|acquirer|licensee)s?\b", _I
)
# a company's deals added up: "in total", "overall", "combined", "across its deals"
SUMMED_RE = re.compile(
    r"\b(?:in total|overall|combined|altogether|all told|summed|cumulative(?:ly)?|in aggregate)\b|"
    r"\bacross (?:all )?(?:its|their|the(?:ir)? \w+) deals\b|\blowest total\b|\bleast in total\b",
    _I,
)
SELLER_SIDE_RE = re.compile(
    r"\b(?:which|what)\s+(?:chinese\s+)?(?:biotech|drugmaker|licensor|seller|compan(?:y|ies)|firm)s?\b", _I
)


def without_names(question: str, spans: list[tuple[int, int]]) -> str:
    """``question`` with the company names at ``spans`` blanked (same length), and the dash or slash
    joining two of them ("the Hengrui–GSK headline", "Kelun / Crescent") blanked with them: a joiner
    left alone parts "the" from "headline" as if a word stood between."""
    text = question
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    for (_, end), (start, _) in zip(sorted(spans), sorted(spans)[1:], strict=False):
        if end <= start and question[end:start].strip() in ("–", "—", "-", "/"):
            text = text[:end] + " " * (start - end) + text[start:]
    return text


class Readable(Protocol):
    """The slots this module reads and sets (``intents.Slots``)."""

    mentions: list[Any]
    status: str | None
    op: str | None
    count: bool
    rank_by_count: bool
    metrics: list[str]
    n: int | None
    sort: str | None
    position: int | None
    dimension: str | None
    singular: bool
    by_date: bool
    periods: list[Any]
    in_table: bool
    reporter: str | None
    unheld_measure: str | None
    deal_content: bool
    metric_spans: list[tuple[int, int]]  # and what ``lead_words`` and ``every_deal`` read
    unknown: list[str]
    asset: str | None
    acquisition: bool
    party_ask: bool
    bounds: dict[str, Any]
    min_total: Any
    max_total: Any
    with_total: bool  # ``total_apart``'s

    @property
    def has_filters(self) -> bool: ...


def read_table_asks(slots: Readable, text: str) -> None:
    """Correct ``slots`` (read from ``text``) for the wordings above."""
    read_lead_words(slots, text)  # "list all deals with …": a list; "how much did chinese drugmakers license out"
    read_every_deal(slots, text)  # "every GSK deal", "upfront on each", "deals worth under $1bn in total": lists
    read_list_tails(slots, text)  # "novartis chinese partner deals, which?", "deals announced in october 2025?"
    read_row_by_date(slots, text)  # "which one came first?" after a list: its deals by date
    read_company_lists(slots, text)  # "Hengrui 2025 licensing deals: who were the buyers?"; "recorded as closed"
    read_factcheck(slots, text)  # "your 2025 rows", "counting bispecific ADCs too", "who's third"
    read_growth_rate(slots, text)  # "Hengrui upfront 2024 vs 2025, grow by how many percent?": a rate, no share
    table_share_read(slots, text)  # "ur table has how many 2024 deals vs pharmcube 94? what % is that": counted
    read_tracker_periods(slots, text)  # "pharmcube 2025 vs 2024, as a %", "how much higher?", "2023 on their numbers?"
    read_value_whole(slots, text)  # "Informa 2024 $1bn+ partnerships: upfront is how many % of value?": of its total
    told_apart_read(slots, text)  # "157 deals in one place and 186 in another for 2025? which is right": both series
    gap_and_why_read(slots, text)  # "2024 - PharmCube 51.9, CPHIIC 55.4? gap + why": the two trackers' gap
    read_tracker_ratio(slots, text)  # "Sino Drug Watch 2025: upfront-to-milestone ratio?": its upfront over milestones
    read_count_claim(slots, text)  # "AbbVie signed two deals in 2025, accurate?": our deals counted
    read_claim_asks(slots, text)  # "verify: Roche's payment to MediLink for YL201 was $570m"; "Anything off?"
    gloss_read(slots, text)  # "by biobucks / total value": one measure named twice, the plain one asked
    total_apart(slots, text)  # "X upfront, and what's the total deal value?": the deal's terms answer both
    read_low_place(slots, text)  # "the 2nd smallest 2024 upfront": a rank from the bottom, that place shown
    read_payer_rank(slots, text)  # "which pharma wrote the biggest cheques to Chinese licensors": licensees
    closed = CLOSED_RE.search(text)
    if TRIAL_COMPLETION_RE.search(text):
        slots.unheld_measure = slots.unheld_measure or "trial completion"  # no column holds it: an article may
        closed = closed if closed and "complet" not in closed.group().lower() else None
    if slots.status is None and not slots.mentions and closed:
        slots.status = "closed"
        if slots.op is None and not slots.count:
            slots.op = "find"  # "which deals have closed?": the deals that have, listed
    if slots.op == "rank" and not slots.metrics and MOST_DEALS_RE.search(text):
        slots.rank_by_count = True
    if slots.op == "rank" and slots.rank_by_count and MOST_VALUABLE_DEAL_RE.search(text):
        slots.rank_by_count, slots.dimension, slots.singular = False, "deal", True
    if slots.op == "rank" and slots.rank_by_count and slots.dimension in (None, "deal"):
        # single deals have no count: the companies named by "which pharma" / "which biotech" are ranked
        side = "licensee" if BUYER_SIDE_RE.search(text) else "licensor" if SELLER_SIDE_RE.search(text) else None
        slots.dimension, slots.singular = side or slots.dimension, slots.singular and side is None
    if FUTURE_DEAL_RE.search(text):
        slots.unheld_measure = "future deal"  # answered only by a passage naming one: none does
        return
    if slots.mentions and AFTER_SIGNING_RE.search(text):
        slots.deal_content = True  # the story after signing: an article's account of the deal
    _ranked_by_date(slots, text)
    tracked = TRACKER_RE.search(text)  # "the latest deal value total PharmCube reported": a tracker's
    dated = BY_DATE_RE.search(text) or FIRST_LAST_RE.search(text) or _DATED_VERB_RE.search(text)
    company_by_date(slots, text, None if tracked else dated)
    if slots.op in ("min", "rank") and not slots.count and AND_RUNNER_UP_RE.search(text):
        _smallest_first(slots, text, 2) if slots.op == "min" else _ranked(slots, text, 2)
    bottom = BOTTOM_N_RE.search(text)
    if bottom and not slots.count and slots.op in (None, "min", "rank", "find"):
        raw = next(group for group in bottom.groups() if group)
        _smallest_first(slots, text, int(raw) if raw.isdigit() else NUMBER_WORDS[raw.lower()])
    read_our_rows(slots, text)  # "at least two deals" is no minimum
    smallest = MIN_RE.search(re.sub(r"\bat least\b", " ", text, flags=re.IGNORECASE))
    if slots.op == "min" and smallest and not slots.count and slots.dimension in (None, "deal"):
        # "smallest 2025 deal by headline value (where disclosed)?", "the lowest upfront AstraZeneca has paid a
        # Chinese partner": the deal at the bottom of the ranking, named with its figure (a partner is no
        # company ranked); the undisclosed ones are said and left unranked. "which company received the least
        # upfront in total", "which licensee paid the least overall": a side's sums, smallest first
        side = "licensee" if BUYER_SIDE_RE.search(text) else "licensor" if SELLER_SIDE_RE.search(text) else None
        slots.dimension = side if side and SUMMED_RE.search(text) else "deal"
        _smallest_first(slots, text, 1)
    kind_summed(slots, text)  # "how much has Roche put upfront into chinese ADCs": its ADC deals summed
    total_of_measure(slots, text)  # "total cash at signing Novartis paid": the upfronts summed
    read_deals_with_a_term(slots, text)  # "what share of AZ's deals came with an equity investment": counted
    read_deal_part_share(slots, text)  # "what share of the 3sbio pfizer deal is upfront": of its total
    read_company_share(slots, text)  # "what % of GSK's headline value is the Hengrui deal": our rows
    asked_ratio(slots, text)  # "which deal had the highest ratio of milestones to upfront?": deals ranked
    read_upfront_share(slots, text)  # "deals with an upfront below 3% of the headline value": a filter, listed
    unsupported_ask(slots, text)  # "which modality grew fastest": no tool ranks groups by growth, so refused


def _ranked(slots: Readable, text: str, n: int) -> None:
    slots.op, slots.n, slots.position, slots.singular = "rank", n, None, False
    if slots.dimension is None:
        slots.dimension = next((name for name, pattern in DIMENSION_RES if pattern.search(text)), "deal")


def _smallest_first(slots: Readable, text: str, n: int) -> None:
    _ranked(slots, text, n)
    slots.sort = "ascending"


def _ranked_by_date(slots: Readable, text: str) -> None:
    if slots.mentions or slots.count or (slots.metrics and slots.op not in (None, "find", "rank", "min")):
        return
    if slots.reporter or TRACKER_RE.search(text):
        return  # "the latest deal value total PharmCube reported": a tracker's figure
    scoped = bool(slots.periods or slots.in_table)
    dated = BY_DATE_RE.search(text) or (FIRST_LAST_RE.search(text) if scoped else None)
    # Unless a period or our table bounds it, nothing may stand beside "the latest deal": "latest deal
    # terms for zai lab", "beigene newest out-licensing deal" name a company the table may not know,
    # which the ranking would silently drop.
    if dated is None:
        return
    alone = _NOTHING_AFTER_RE.match(text[dated.end() :]) and _ASKING_ONLY_RE.match(text[: dated.start()])
    if not (scoped or alone):
        return
    slots.op, slots.by_date, slots.dimension, slots.n, slots.position = "rank", True, "deal", 1, None
    slots.sort = "ascending" if dated.group(1).lower() in _OLDEST_FIRST else "descending"
