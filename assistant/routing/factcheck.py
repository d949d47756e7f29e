"""A fact-checker's wordings (the classes of outsider23.jsonl) that the first reading misses.

- A superlative claim about a named deal ("My draft calls Hengrui–GSK the largest deal of 2025 -
  right?") is checked against the ranking of every deal of the period, not the one deal named:
  ranking that deal alone confirms any claim.
- "ADC deals, counting bispecific ADCs too" widens the filter to ADCs (a bispecific ADC is one);
  it is no filter on bispecific ADCs alone.
- "your 2025 rows" is our table, as "your rows" is.
- "Ranking 2025 deals by total value, who's third?" asks that place of the ranking.

Each wording comes with its examples in ``tests/test_factcheck_wording.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol

from assistant.corpus.tables import Deal
from assistant.money import find_money
from assistant.routing.wording import MODALITIES, POSITIONS
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# A claim put to us about a deal: the words of a fact-checker or of someone's copy.
CLAIM_WORDS_RE = re.compile(
    r"\b(?:is it (?:true|correct|right|accurate)|is (?:that|this|it) (?:right|correct|true|accurate)|"
    r"(?:can you )?(?:confirm|verify|fact[- ]?check)|does (?:your|the|our) (?:table|data)\s+(?:agree|back|confirm|support)|"
    r"(?:my|our|the) (?:draft|copy|piece|story|article|line|roundup|headline|lede|text)|"
    r"(?:i|we|they|someone|reporters?) (?:wrote|write|say|said|claim(?:ed)?|called|call|described|describe)|"
    r"calls?|called|describes?|described|am i right|really)\b|\b(?:right|correct|true|accurate)\s*\??\s*$",
    _I,
)
_CLAIM_REPLIES = {"correct", "right", "true", "accurate", "draft", "copy", "wrong", "yes", "no"}
_SUPERLATIVE = r"(?:largest|biggest|richest|highest|most valuable|priciest|heftiest|fattest)"
# the superlative and what it ranks: "the largest China out-licensing deal", "the biggest upfront"
SUPERLATIVE_RE = re.compile(
    rf"\b{_SUPERLATIVE}\s+((?:[\w$.,'-]+\s+){{0,4}}?)(?:deal|pact|transaction|agreement|licen[cs]e|upfront|"
    r"payment|cheque|check|headline)\b",
    _I,
)
# Words that say nothing of which deals are ranked ("the largest China out-licensing deal of 2025")
_GENERIC = {
    "china", "chinese", "out-licensing", "outlicensing", "licensing", "cross-border", "headline", "total",
    "value", "ever", "single", "one", "deal", "biotech", "pharma", "drug", "upfront", "cash", "the", "a",
    "dollar", "money", "recorded", "tracked", "of", "in", "by", "so", "far", "year's", "outbound",
}  # fmt: skip
# "its largest deal", "Hengrui's biggest deal": a ranking of that company's deals, kept
_OWN_RANKING_RE = re.compile(rf"\b(?:its|their|his|her|[A-Za-z][\w-]*'s)\s+(?:[\w-]+\s+)?{_SUPERLATIVE}\b", _I)

# "counting bispecific ADCs too", "bispecific ADCs included", "including bispecific ADCs": a wider set
_INCLUDED_BEFORE_RE = re.compile(
    r"\b(?:counting|count|including|include|incl\.?|plus|as well as|along with|together with|if (?:you|we) count|treating|"
    r"lumping in)\s+(?:the\s+|any\s+)?$",
    _I,
)
# "bispecific ADCs too", "... are counted as ADCs", "... get treated as ADCs", "... lumped in"
_INCLUDED_AFTER_RE = re.compile(
    r"^\s*(?:deals?\s+)?(?:(?:are|is|were|get|gets|being|be)\s+)?(?:too|included|counted|treated|classed|grouped|"
    r"lumped|folded|as well|also)\b",
    _I,
)
# "your 2025 rows", "the 2024 rows in your table": our own rows
YEAR_ROWS_RE = re.compile(r"\b(?:your|our|ur|the|my)\s+(?:(?:19|20)\d{2}|['’]\d{2})\s+(?:rows|records|entries)\b", _I)
_PLACES = "|".join(sorted(POSITIONS, key=len, reverse=True))
# "who's third", "what's second", "who sits fourth", "which one is third"
PLACE_ASKED_RE = re.compile(
    rf"\b(?:who|what|which(?: one| deal)?)(?:['’]s|\s+is|\s+was|\s+sits|\s+sat|\s+lands?|\s+takes?|\s+comes?)\s+"
    rf"(?:at\s+|in\s+)?(?:number\s+)?({_PLACES})\b(?!\s+(?:deal|quarter|half|time|round))",
    _I,
)

# A forecast asked for: "I want a forecast for the headline", "what will full-year 2026 value come to?"
FORECAST_RE = re.compile(
    r"\b(?:a|an|any|some|the|your|a rough)\s+(?:[\w-]+\s+)?(?:forecasts?|projections?|predictions?|outlook)\b|"
    r"\bwhat will\b[^?]{0,60}\b(?:come to|come in at|end up|land at|amount to|add up to)\b|"
    r"\b(?:full|whole|entire)[- ]year\b[^?]{0,60}\bwill\b|\bwill\b[^?]{0,60}\b(?:full|whole|entire)[- ]year\b",
    _I,
)

# "the $18.5bn CSPC–AZ headline": a figure stated before the word still names the deal's total
STATED_HEADLINE_RE = re.compile(
    r"\b(?:the|its|their)\s+(?:US)?\$\s?[\d.,]+\s*(?:bn|b|billion|m|mn|million)?\s+(?:[^\s?]+\s+){0,2}?headline\b"
    r"(?!\s+(?:news|stor))",
    _I,
)
CallsFor = Callable[[str, Any], list[ToolCall]]
# A stated figure matches a deal's when it rounds to it ("$3.3bn" for up to $3.288 billion)
_ROUNDING = Decimal("0.05")


class Readable(Protocol):
    """The slots ``read_factcheck`` reads and corrects (``intents.Slots``)."""

    mentions: list[Any]
    unknown: list[str]
    guesses: dict[str, list[str]]
    metrics: list[str]
    metric_spans: list[tuple[int, int]]
    modality: str | None
    unheld_measure: str | None
    in_table: bool
    op: str | None
    count: bool
    position: int | None


def read_factcheck(slots: Any, text: str) -> None:
    """Correct ``slots`` (read from ``text``, company names blanked) for the wordings above."""
    _read(slots, text)


def _read(slots: Readable, text: str) -> None:
    said = CLAIM_WORDS_RE.findall(text)
    if slots.mentions and said:
        # "Correct?", "Draft copy: ...": the words of a claim, no company the table does not know
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", " ".join(said))} | _CLAIM_REPLIES
        slots.unknown = [word for word in slots.unknown if word.lower() not in words]
        slots.guesses = {word: names for word, names in slots.guesses.items() if word.lower() not in words}
    if YEAR_ROWS_RE.search(text):
        slots.in_table = True
    headline = STATED_HEADLINE_RE.search(text)
    if headline and "total" not in slots.metrics:
        slots.metrics.append("total")
        slots.metric_spans.append((headline.start(), headline.end()))
    if slots.unheld_measure is None and FORECAST_RE.search(text):
        slots.unheld_measure = "prediction"  # only an article stating one answers it
    slots.modality = widened_modality(slots.modality, text)
    place = PLACE_ASKED_RE.search(text)
    if place and slots.op in (None, "rank", "find") and not slots.count and slots.position is None:
        slots.op, slots.position = "rank", POSITIONS[place.group(1).lower()]


def widened_modality(modality: str | None, text: str) -> str | None:
    """The modality of the rest of the question when the one read is only named as included in it."""
    pattern = next((pattern for name, pattern in MODALITIES if name == modality), None)
    found = pattern.search(text) if pattern else None
    if modality is None or found is None:
        return modality
    before, after = text[: found.start()], text[found.end() :]
    if not (_INCLUDED_BEFORE_RE.search(before) or _INCLUDED_AFTER_RE.search(after)):
        return modality
    rest = f"{before} {after}"
    outside = next((name for name, pattern in MODALITIES if pattern.search(rest)), None)
    # "ADC deals, counting bispecific ADCs too": a bispecific ADC is an ADC; two unrelated modalities stay
    return outside if outside and outside != modality and outside.lower() in modality.lower() else modality


def deal_by_stated_amount(slots: Any, deals: list[Deal], question: str) -> Any:
    """A share of one of a pair's deals named by its stated figure ("what % of the $18.5bn CSPC–AZ headline is
    upfront?"): that deal, not the sum over all the pair's deals. ``slots`` are ``intents.Slots``."""
    if slots.op != "share" or slots.deal_id or len(slots.companies) != 2 or len(slots.measures) < 2:
        return slots
    stated = [mention.amount for mention in find_money(question) if mention.amount is not None]
    named = set(slots.companies)
    held = [deal for deal in deals if named <= {*deal.licensors, *deal.licensees}]
    matching = [
        deal
        for deal in held
        if any(
            figure.amount is not None and abs(figure.amount - amount) <= _ROUNDING * figure.amount
            for amount in stated
            for figure in (deal.total, deal.upfront, deal.milestones)
        )
    ]
    if len(matching) != 1 or len(held) < 2:
        return slots
    # the deal's own asset narrows both sides of the share to it (its first words, when they name it alone)
    deal = matching[0]
    short = re.split(r"\s*[(;]", deal.asset)[0].strip()
    alone = short and sum(short.lower() in other.asset.lower() for other in held) == 1
    return slots.model_copy(update={"asset": short if alone else deal.asset, "asset_deal": deal.deal_id})


def deal_share_of_period(slots: Any, calls_for: CallsFor) -> list[ToolCall]:
    """ "What share of 2025 upfront cash in your table came from the 3SBio–Pfizer deal?": the pair's deals
    against every deal of the period in our rows (``slots`` are ``intents.Slots``; ``calls_for`` is
    ``ToolArgs.tool_calls``). Empty when the question is not that."""
    named = list(dict.fromkeys(m.name for m in slots.mentions))
    if slots.op != "share" or not slots.in_table or slots.reporter or slots.market_metric or len(named) != 2:
        return []
    if len(slots.measures) > 1 or not (slots.single_deal or "deal" in slots.words):
        return []  # "the 3SBio–Pfizer deal": one pair's deal, not one company's deals set against another's
    part = calls_for("find_deals", slots.model_copy(update={"op": "find"}))[0].args["filter"]
    whole_slots = slots.model_copy(
        update={"op": "find", "mentions": [], "deal_id": None, "asset": None, "asset_deal": None, "assets": []}
    )
    whole = calls_for("find_deals", whole_slots)[0].args["filter"]
    return [ToolCall(tool="compare", args={"metric": (slots.measures or ["total"])[0], "left": part, "right": whole})]


def claim_checked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A one-deal ranking of the very deal a claim names, re-aimed at every deal of the period."""
    if len(calls) != 1 or calls[0].tool != "rank" or calls[0].args.get("dimension", "deal") != "deal":
        return calls
    args = calls[0].args
    wanted: dict[str, Any] = args.get("filter") or {}
    named = (wanted.get("licensor") and wanted.get("licensee")) or wanted.get("asset") or wanted.get("deal_ids")
    if not named or args.get("n", 5) != 1 or args.get("position") or args.get("ascending"):
        return calls
    superlative = SUPERLATIVE_RE.search(question)
    if superlative is None or not CLAIM_WORDS_RE.search(question) or _OWN_RANKING_RE.search(question):
        return calls
    said = {word.lower().strip(".,'") for word in superlative.group(1).split()}
    kept = {"year", "quarter", "month", "half", "date_from", "date_to", "scopes", "exclusive", "status"}
    if said - _GENERIC:
        kept |= {"modality", "therapeutic_area"}  # "the largest respiratory deal": that area's deals
    wider = {key: value for key, value in wanted.items() if key in kept}
    return [ToolCall(tool="rank", args={**args, "filter": wider, "n": 3})]
