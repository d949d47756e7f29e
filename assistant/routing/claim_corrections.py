"""A claim put to us whose partner or year no deal matches, while its asset or its pair names one deal.

- "Hansoh sold HS-10535 to Regeneron - was Regeneron really the buyer?": the drug code names one deal,
  whose partner is another company. Looked up with the claim's partner, no row matches and the claim is
  refused; the deal the code names is the one the claim is about, so it is looked up, and the answer says
  whose deal it is (``answering.claim_notes``).
- "Did Merck sign the LaNova LM-299 deal in 2023, as my draft says?": the year stated is the claim being
  checked, not a filter. When the asset, or the pair (narrowed by the kind of drug or the area named),
  names one deal announced outside that year, the year is dropped and the answer states the real date.

Only claims: a question in a claim's words, or a yes/no question. "How much did Novo pay United Labs in
its 2023 deal?" asks about a deal that does not exist, and is still refused. A figure asked of a drug, by
its code or its name, beside one of its deal's parties and a partner of that party's other deal ("How much
did AbbVie pay RemeGen upfront for telitacicept?", outsider27: AbbVie licensed RemeGen's RC148) is a claim
too: the drug names the deal, and the partner was mixed up with the pair's. A pair with no deal at all
("How much did Pfizer pay Akeso for ivonescimab?") asks about a deal that does not exist, and is refused. Each wording comes with its
examples in ``tests/test_claim_corrections.py``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.entities import Mention
from assistant.routing.factcheck import CLAIM_WORDS_RE

_I = re.IGNORECASE
# "Was it Pfizer that ...", "Did Roche take ...": a yes/no question, after any "Check:" lead
_YES_NO_RE = re.compile(r"^\s*(?:[\w-]+\s*:\s*)?(?:did|was|were|is|has|had)\b", _I)
# "Check: ...", "is the timing right", "right year?", "wrong partner"
_CHECK_RE = re.compile(
    r"\bcheck\b|\btiming\b|\b(?:right|correct|wrong|accurate)\s+(?:year|date|month|partner|buyer|licensee|licensor)\b",
    _I,
)

# The year a claim gives is the deal's when it dates the signing ("signed in 2023", "the 2024 licence", "is the
# timing right"); "did BMS pay SystImmune a milestone in 2025?" dates a payment, which the articles answer.
_SIGNING_RE = re.compile(
    r"\b(?:sign\w*|struck|strike|ink(?:ed|s)?|announc\w*|licen[cs]\w*|sold|sell|bought|buy|took|take|deal|pact|"
    r"agreement|timing|date|year|upfront|up-front)\b",
    _I,
)

# "Anything off there?", "is anything wrong", "true or false", "X's claim that ...", "print it as fact": a claim
ANYTHING_OFF_RE = re.compile(
    r"\b(?:anything|something|what(?:['’]s| is))\s+(?:off|wrong|amiss|inaccurate|incorrect|mistaken|misleading)\b|"
    r"\btrue\s+or\s+(?:false|not)\b|\bclaims?\s+that\b|\bas\s+(?:confirmed\s+|established\s+|settled\s+)?fact\b",
    _I,
)

# "..., right?", "in early 2024, I think?", "As I understand it, ...", "My notes say ...": the asker states a premise and asks
# on it; what they believe is put to us as a claim would be, so a wrong year or partner in it is corrected
_HEDGE_RE = re.compile(
    r"\b(?:right|correct|yes|no|isn['’]t it|wasn['’]t it|didn['’]t (?:they|it|he|she))\s*[?,]|"
    r"\bI (?:think|believe|recall|gather)\b|\bas I (?:understand|recall|remember)\b|\bif I (?:recall|remember)\b|"
    r"\bIIRC\b|\b(?:my|our) (?:notes|records|understanding)\b|\bI (?:read|heard|saw) (?:that|somewhere)\b",
    _I,
)
# the hedge's question mark before the ask it leads to: "in 2024 right? how much upfront" is one question
_HEDGE_ASK_RE = re.compile(
    r"(\b(?:right|correct|isn['’]t it|wasn['’]t it)|\bI (?:think|believe))\s*\?\s+"
    r"(?=(?:\([^()]*\)\s*)?(?:how|what|and|so|then)\b)",  # "… I think? (A's and B's) What's …": a bracket between
    _I,
)
# "Madrigal licensed SYH2086 from Hengrui - how much upfront?", "Kelun sold SKB264 to Pfizer in 2022; the upfront?":
# a statement of who licensed what, then the ask on it; the statement is the asker's premise, put to us as a claim.
# Only a dash, a semicolon or a colon ends it: "Since the Harbour–AstraZeneca deal was signed in 2024, what ..." is
# an event's year (``event_years``)
_STATED_RE = re.compile(
    r"^\s*(?!(?:is|was|were|are|did|does|do|has|had|can|could|what|how|who|which|when|why)\b)[^?]{0,80}?"
    r"\b(?:licen[cs]ed|sold|bought|acquired|in-?licensed|out-?licensed|took|signed|inked|struck)\b[^?]{0,80}?"
    r"(?:\s[-–—]+\s*|\s*[;:]\s*)(?=(?:how|what|and|so|which|who|upfront|up-front)\b)",
    _I,
)
_ASKED_RE = re.compile(r"\s*(?:is|was|were|are|did|does|do|has|had|can|could|what|how|who|which|when|why)\b", _I)

# Signing may precede the announcement the table records by a few days
_SLACK = timedelta(days=7)


# "is the upfront 588m or 888m?", "upfront 是588m 还是 888m": two figures offered, one of them a claim to check
_EITHER_RE = re.compile(
    r"\$?\d+(?:\.\d+)?\s*(?:m|mn|bn|b|million|billion)\b\s*(?:,\s*)?(?:or|还是|或者|或)\s*\$?\d+(?:\.\d+)?\s*(?:m|mn|bn|b|million|billion)\b",
    re.IGNORECASE,
)


def is_claim(question: str) -> bool:
    """The question puts a claim to us to check (its partner, its date), rather than asking for a figure."""
    return bool(
        CLAIM_WORDS_RE.search(question)
        or _YES_NO_RE.search(question)
        or _CHECK_RE.search(question)
        or ANYTHING_OFF_RE.search(question)
        or _HEDGE_RE.search(question)
        or _STATED_RE.search(question)
        or _EITHER_RE.search(question)
    )


def premise_joined(question: str) -> str:
    """A premise hedged as a question, joined to the ask that follows it: "GSK paid Hansoh for the B7-H4 ADC in
    2024 right? how much upfront" is one question (how much, on the premise), not a yes/no and a bare ask."""
    stated = _STATED_RE.search(question)
    if stated and re.search(r"[;:]\s*$", stated.group()):  # "Pfizer in-licensed SKB264 from Kelun; what upfront?"
        return re.sub(r"\s*[;:]\s*$", " - ", stated.group()) + question[stated.end() :]
    hedge = _HEDGE_ASK_RE.search(question)
    statement = question[: hedge.start()] if hedge else ""
    # "Is that right? What about Hengrui?": a question, then another; only a statement is a premise
    if hedge is None or len(statement.split()) < 4 or _ASKED_RE.match(statement):
        return question
    return question[: hedge.start()] + hedge.group(1) + ", " + question[hedge.end() :]


def drug_dated(slots: Any, deal: Deal, question: str) -> bool:
    """The one drug named (by code, name, or its target beside its pair) is ``deal``'s, and the year said dates
    the signing, not a payment, outside the deal's: "Hansoh's 2024 ADC deal with GSK for HS-20089, upfront?"
    is about the 2023 deal whatever its wording; "How much did Novo pay United Labs in its 2023 deal?" names
    no drug, and a pair with no deal that year is refused."""
    named = slots.asset_deal == deal.deal_id or (bool(slots.target) and not slots.assets)
    periods = [period for period in slots.periods if not period.bound]
    return (
        named
        and bool(periods)
        and len(periods) == len(slots.periods)
        and not announced_within(deal, periods)
        and dates_the_signing(question)
    )


def corrects(slots: Any, deal: Deal, deals: list[Deal], question: str) -> bool:
    """The question states something of ``deal`` that is to be checked, not a filter to apply: a claim, a
    partner mixed up beside the deal's drug, or a wrong year beside it."""
    return is_claim(question) or partner_wrong_for_asset(slots, deal, deals) or drug_dated(slots, deal, question)


def dates_the_signing(question: str) -> bool:
    """The question's year dates the deal's signing, not a payment made under it."""
    return bool(_SIGNING_RE.search(question))


def announced_within(deal: Deal, periods: list[Any]) -> bool:
    """The deal was announced in one of ``periods`` (``periods.Period``), or within a week of its edge (a deal
    signed on 30 December and disclosed on 1 January was signed in the claim's year); a deal dated only to its
    year is when that year is the period's."""
    if len(deal.announced) == 10:
        day = date.fromisoformat(deal.announced)
        for period in periods:
            start, end = date.fromisoformat(period.date_from), date.fromisoformat(period.date_to)
            if start - _SLACK <= day <= end + _SLACK:
                return True
    for period in periods:
        if deal.year != period.year:
            continue
        month = int(deal.announced[5:7]) if len(deal.announced) >= 7 else None
        if month is None or period.first_month <= month <= period.last_month:
            return True
    return False


def partner_wrong_for_asset(slots: Any, deal: Deal, deals: list[Deal]) -> bool:
    """The one drug named is ``deal``'s, and beside one of its parties the question names a company that is
    none of them but did another deal with that party: "What upfront did Merck pay Hengrui for trastuzumab
    rezetecan?"."""
    if len(slots.assets) != 1 or slots.asset_deal != deal.deal_id:
        return False
    parties = {*deal.licensors, *deal.licensees}
    named = set(slots.companies)
    if not named & parties or not named - parties:
        return False
    return any(named <= {*other.licensors, *other.licensees} for other in deals if other.deal_id != deal.deal_id)


def _one_deal(slots: Any, deals: list[Deal]) -> Deal | None:
    """The one deal the asset or the companies (narrowed by the drug's kind or area) name, or ``None``."""
    if len(slots.assets) == 1 and slots.asset_deal:
        return next((deal for deal in deals if deal.deal_id == slots.asset_deal), None)
    named = set(slots.companies)
    if slots.assets or not named:
        return None
    held = [deal for deal in deals if named <= {*deal.licensors, *deal.licensees}]
    for wanted, field in ((slots.modality, "modality"), (slots.therapeutic_area, "therapeutic_area")):
        narrowed = [deal for deal in held if wanted and getattr(deal, field).lower() == wanted.lower()]
        if len(held) > 1 and narrowed:
            held = narrowed
    # "paid Hansoh for the B7-H4 ADC in 2024 right? how much upfront": the target the drug is named by, as the table's
    # asset writes it, picks the deal whose figure is asked; "is Hansoh's B7-H4 deal a 2024 comp?" asks no figure,
    # and the article dating the deal answers it
    wanted = slots.target if slots.metrics else None
    narrowed = [deal for deal in held if wanted and wanted.lower() in deal.asset.lower()]
    if len(held) > 1 and len(narrowed) == 1:
        held = narrowed
    return held[0] if len(held) == 1 else None


def claim_corrected(slots: Any, deals: list[Deal], question: str) -> Any:
    """``slots`` (``intents.Slots``) aimed at the one deal a claim is about, its wrong partner or year dropped;
    unchanged when the question is no claim or names no one deal."""
    if slots.op is not None or slots.count or slots.sides or slots.bounds or slots.min_total or slots.max_total:
        return slots
    deal = _one_deal(slots, deals)
    if deal is None or not corrects(slots, deal, deals, question):
        return slots
    parties = [*deal.licensors, *deal.licensees]
    strangers = [name for name in slots.companies if name not in parties]
    bounded = any(period.bound for period in slots.periods)
    wrong_year = bool(slots.periods) and not bounded and not announced_within(deal, slots.periods)
    wrong_year = wrong_year and dates_the_signing(question)
    if not (strangers and slots.asset_deal == deal.deal_id) and not wrong_year:
        return slots
    kept = [mention for mention in slots.mentions if mention.name in parties]
    said = {mention.name for mention in kept}
    mentions = kept + [Mention(name=name, start=0, end=0) for name in parties if name not in said]
    # the deal's terms answer the claim even when it names no figure ("Was it Pfizer that licensed X?")
    update: dict[str, Any] = {
        "mentions": mentions,
        "deal_id": deal.deal_id,
        "overview": slots.overview or not slots.metrics,
    }
    if wrong_year:
        update["periods"] = []
    return slots.model_copy(update=update)
