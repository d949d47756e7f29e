"""The speaker's own company is no filter on the peer group it asks about (outsider32, a CFO benchmarking a deal).

"We're Evopoint: our Astellas upfront was $130M — how does that stack up against the median upfront on 2025 ADC
deals?", "Curon here — what did MSD hand over in upfronts in 2024 altogether?", "We (Jacobio) got $100M from AZ.
What's AZ's average upfront?", "Mabwell's Calico deal is $596M all-in. What's the median 2025 total?": read word by
word, the speaker's company (and its partner) are filters, and the peer group's figure becomes the speaker's one deal.
The names the speaker gives itself ("we're X", "X here", "X CFO:", "we (X)", "us (X)") and its own deal's partner
("our Y deal", "our $1.2bn from Y", "what Y paid us") say who is asking and which deal is set against the group,
never the group: they are set aside when the question still names a group to compute over (a period, a type, an
area, another company) and asks a group's figure (an average, a median, a ranking, a sum, a count, a list). A company
also named in the asking part stays ("What's AZ's average upfront?"), and a bare "we"/"our" in the ask keeps
everything ("how much did we get in 2025?" is the speaker's own deals). ``one_deal.deal_between_them`` calls it
before the rules decide; its examples are the tests (``tests/test_outsider32_classes.py``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from assistant.corpus.tables import Deal, MoneyField
from assistant.routing.entities import Mention

_I = re.IGNORECASE
# "we're X", "we are X", "I'm with X", "this is X", "speaking for X": the speaker's own company comes next
_SELF_BEFORE_RE = re.compile(
    r"\b(?:we(?:'re|’re|\s+are)|i(?:'m|’m|\s+am)\s+(?:with|at|from)|this\s+is|here\s+at|speaking\s+for|"
    r"on\s+behalf\s+of|i\s+work\s+(?:at|for))\s+$",
    _I,
)
# "we (X)", "us (Hansoh)", "Were we (Keymed, $15M from Belenos)": the parenthesis names the speaker and its deal
_SELF_PAREN_RE = re.compile(r"\b(?:we|us|our|me)\s*\(([^()]{1,80})\)", _I)
# "Curon here —", "Innovent CFO:", "RemeGen's BD team here:": a sign-off before the question
_SELF_AFTER_RE = re.compile(
    r"^(?:'s)?\s+(?:here\b|(?:cfo|ceo|coo|cbo|cso|bd|finance|corp\s*dev|strategy|board|ir)\b(?:\s+(?:team|head|here))*)",
    _I,
)
# "our Astellas upfront", "our deal with Y", "our $1.2bn from Takeda": the speaker's partner follows "our"
_OUR_PARTNER_RE = re.compile(
    r"\bour\s+(?:(?:\$?\d[\d.,]*\s*(?:[mb]n?|million|billion)?|deal|agreement|licen[cs](?:e|ing)|partnership|"
    r"upfront|payment|tie-up|transaction|own)\s+){0,3}(?:(?:with|from|to|by)\s+)?$",
    _I,
)
# "what Regeneron paid us", "X gave us": the partner named before what it paid the speaker
_PAID_US_RE = re.compile(r"^(?:'s)?\s+(?:paid|pays|gave|gives|owes|sent|handed|wired)\s+(?:us|me)\b", _I)
# "Leads Biolabs benchmarking our Dianthus deal": the speaker doing something to its own deal
_SELF_VERB_RE = re.compile(r"^\s+\w+ing\s+(?:our|us)\b", _I)
# a bare "we", "us", "our" left in the ask: the speaker's own deals are the scope ("what did we get in 2025?")
_BARE_SELF_RE = re.compile(r"\b(?:we|us|our|ours|ourselves)\b(?!\s+(?:table|data(?:set|base)?|list|rows|records))", _I)
# a sentence stating one deal's money before a separate question: "Mabwell's Calico deal is $596M all-in."
_STATED_MONEY_RE = re.compile(r"\$\s?\d|\b\d[\d.,]*\s*(?:[mb]n?|million|billion)\b", _I)
# "beat what Regeneron paid us", "topped ours", "more than we got": the speaker's deal is the group's bound
_BEAT_RE = re.compile(
    r"\b(?:beat|beats|topped|tops|exceeded|exceeds|above|over|more\s+than|higher\s+than|bigger\s+than|larger\s+than)"
    r"\s+(?:what|ours|our|we|the\s+one\s+we)\b",
    _I,
)
MONEY_FIELDS: tuple[MoneyField, ...] = ("upfront", "milestones", "total", "equity")
# the figures of a group: what a peer group is asked for
GROUP_OPS = frozenset({"average", "median", "rank", "min", "max", "sum", "find", "compare"})


def speaker_mentions(question: str, mentions: list[Mention]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The mentions that name the speaker or its own deal's partner, and the spans that say so."""
    own: list[Mention] = []
    spans = [(m.start(), m.end()) for m in _SELF_PAREN_RE.finditer(question)]
    statement = _stated_deal_sentence(question)
    if statement is not None:
        spans.append(statement)
    for mention in mentions:
        before, after = question[: mention.start], question[mention.end :]
        said_before = _SELF_BEFORE_RE.search(before) or _OUR_PARTNER_RE.search(before)
        said_after = _PAID_US_RE.match(after) or _SELF_VERB_RE.match(after)
        if not before.strip() and (header := _SELF_AFTER_RE.match(after)):
            said_after = header
        if said_before:
            spans.append((said_before.start(), mention.end))
        if said_after:
            spans.append((mention.start, mention.end + said_after.end()))
        if said_before or said_after or any(start <= mention.start < end for start, end in spans):
            own.append(mention)
    return own, spans


def _stated_deal_sentence(question: str) -> tuple[int, int] | None:
    """The span of a first sentence that states money or speaks as "we" before a separate question sentence."""
    stop = re.search(r"[.!](?:\s+|$)", question)
    if stop is None or "?" in question[: stop.end()] or "?" not in question[stop.end() :]:
        return None
    first = question[: stop.end()]
    if _STATED_MONEY_RE.search(first) or re.match(r"\s*(?:we|our)\b", first, _I):
        return 0, stop.end()
    return None


def _ask_without(question: str, spans: list[tuple[int, int]]) -> str:
    """``question`` with the speaker's spans blanked: what remains is the ask."""
    text = question
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def without_the_speaker(slots: Any, question: str, deals: list[Deal]) -> Any:
    """``slots`` without the speaker's own company and partner, when the question asks a peer group's figure
    and still names the group; ``slots`` unchanged otherwise. ``slots`` are ``intents.Slots``."""
    if not slots.mentions or slots.deal_id or not (slots.op in GROUP_OPS or slots.count):
        return slots
    own, spans = speaker_mentions(question, slots.mentions)
    if not own:
        return slots
    if _BARE_SELF_RE.search(_ask_without(question, [(m.start, m.end) for m in slots.mentions] + spans)):
        return slots  # "what did we get in 2025 in total?": the speaker's deals are the scope
    named_apart = {m.name for m in slots.mentions if m not in own}
    kept = [m for m in slots.mentions if m not in own or m.name in named_apart]
    group = kept or slots.periods or slots.modality or slots.therapeutic_area or slots.target or slots.bounds
    if len(kept) == len(slots.mentions) or not group:
        return slots
    update: dict[str, Any] = {"mentions": kept, "single_deal": False}
    if slots.op == "compare":  # "how does our $130M stack up against the median": the group's median is asked
        update["op"] = slots.per_deal or next((w for w in ("median", "average") if w in slots.words), None)
        update["split_at"], update["per_deal"], update["strong_text"] = None, None, False
        if update["op"] is None:
            return slots
    if (bound := _beaten_bound(slots, question, own, deals)) is not None:
        update["bounds"], update["exclusive"] = {**slots.bounds, bound[0]: bound[1]}, [*slots.exclusive, bound[0]]
    return slots.model_copy(update=update)


def _beaten_bound(slots: Any, question: str, own: list[Mention], deals: list[Deal]) -> tuple[str, Decimal] | None:
    """ "the deals where the upfront beat what Regeneron paid us": the speaker's deal's figure as the group's bound."""
    metric: MoneyField = next((m for m in MONEY_FIELDS if m == (slots.metric or "total")), "total")
    if not _BEAT_RE.search(question) or (slots.metric or "total") != metric:
        return None
    named = {m.name for m in own}
    years = {p.year for p in slots.periods if p.year}
    held = [d for d in deals if named <= {*d.licensors, *d.licensees} and (not years or d.year in years)]
    amount = held[0].figure(metric).amount if len(held) == 1 else None
    return (f"min_{metric}_usd", amount) if amount is not None else None
