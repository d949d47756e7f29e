"""Pointing back at a row of a ranking: "the second one", "the last of those", "number 3".

After "Which Chinese licensors had the largest deals in 2025?", "the second one" means the
second row of that answer, not a new ranking. The router asks ``row_pointed_at`` for the
row and picks it from the ranking it replayed.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.deal_sets import asks_text
from assistant.routing.entities import EntityIndex, Mention
from assistant.routing.followup_asks import asks_party, changes_hands
from assistant.routing.intents import Slots
from assistant.tools.schema import ToolCall

# "drop the top one", "remove the second", "without the last one": that row left out of the ranking
DROP_WORDS = frozenset(["drop", "remove", "exclude", "without", "minus", "omit", "skip", "ignore", "lose"])
# What a row can be pointed at in: a ranking's rows, or a list of deals in the order it was given.
ROW_KINDS = ("rank", "find_deals")
_WORDS = {
    "first": 0,
    "1st": 0,
    "top": 0,
    "second": 1,
    "2nd": 1,
    "third": 2,
    "3rd": 2,
    "fourth": 3,
    "4th": 3,
    "fifth": 4,
    "5th": 4,
    "sixth": 5,
    "6th": 5,
    "seventh": 6,
    "7th": 6,
    "eighth": 7,
    "8th": 7,
    "ninth": 8,
    "9th": 8,
    "tenth": 9,
    "10th": 9,
    "last": -1,
    "bottom": -1,
    "final": -1,
}
_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
# "the second one", "the last of those", "the third deal", "the 2nd licensor", "the last one on the list";
# a quarter or half ("the second quarter of 2025") is a period, not a row.
_ORDINAL_RE = re.compile(
    rf"\bthe ({_WORD})(?: one| deal| licensor| licensee| company| row| entry| of (?:those|them|these|the list)|(?=\s*[?.!,]|\s*$))"
    r"(?!\s+(?:quarter|half|q[1-4]|h[12])\b)",
    re.IGNORECASE,
)
# "who's 4th?", "and who is 2nd?", "who came in fifth?", "which one ranks third?": a place asked of the ranking before
_PLACE_ASKED_RE = re.compile(
    rf"^\s*(?:and\s+|so\s+)?(?:who|which(?:\s+one)?|what)(?:'s|’s|\s+is|\s+was|\s+came(?:\s+in)?|\s+comes(?:\s+in)?"
    rf"|\s+ranks?|\s+ranked|\s+placed|\s+finished)\s+(?:in\s+)?(?:the\s+)?({_WORD})(?:\s+place)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
# "2nd one?", "second one?", "and the 3rd?", "what about the fourth one?": the whole question is the ordinal,
# with no "the" before it (``_ORDINAL_RE`` needs one), so a row of the ranking before is asked
_BARE_ORDINAL_RE = re.compile(
    rf"^\W*(?:(?:and|so|ok|okay|then|now)\W+)?(?:(?:what|how)\s+about\s+)?(?:the\s+)?({_WORD})"
    r"(?:\s+(?:one|deal|row|place|entry|company|licensor|licensee))?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
# "who bought in third place" ("who bought no. 3", spelt out by ``pm_shorthand``), "who sold the fourth?", "who was
# the buyer of the 2nd?": a party of a row of the ranking before, asked with the place alone
_PARTY_PLACE_RE = re.compile(
    rf"^\W*(?:(?:and|so|ok|okay|then)\W+)?(?:who|which (?:company|firm|pharma))\s+(?:bought|sold|licensed|paid(?: for)?|"
    rf"(?:was|is) the (?:buyer|seller|licensee|licensor|payer)(?: (?:of|in|for))?)\s+(?:it\s+)?(?:in\s+)?(?:the\s+)?"
    rf"({_WORD})(?:\s+(?:place|one|deal|spot))?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
# "第二名 is who, how much?", "第三位呢": a Chinese place of the ranking before, whatever words follow it
_CJK_PLACE_RE = re.compile(r"第\s*([二三四五六七八九十2-9])\s*(?:名|位)")
_CJK_PLACES = {"二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "七": 6, "八": 7, "九": 8, "十": 9}
# "number 2", "no. 3", "#4"
_NUMBER_RE = re.compile(r"(?:\bnumber|\bno\.|#)\s*(\d{1,2})\b", re.IGNORECASE)


def row_pointed_at(question: str) -> int | None:
    """The 0-based row a question points at (-1 for the last), or None when it points at none."""
    match = _ORDINAL_RE.search(question) or _PLACE_ASKED_RE.search(question) or _BARE_ORDINAL_RE.search(question)
    match = match or _PARTY_PLACE_RE.search(question)
    if match:
        return _WORDS[match.group(1).lower()]
    if place := _CJK_PLACE_RE.search(question):
        return _CJK_PLACES.get(place.group(1), int(place.group(1)) - 1 if place.group(1).isdigit() else 0)
    number = _NUMBER_RE.search(question)
    if number and 1 <= int(number.group(1)) <= 50:
        return int(number.group(1)) - 1
    return None


def asks_the_articles(own: Any, picked: object, question: str) -> bool:
    """A follow-up the articles answer ("why?", "what kind of drug is it?", a company's later buyer), unless it asks
    the party of a ranking's row it picked ("who bought the no. 2"), which that deal's terms name."""
    return (asks_text(own, question) or changes_hands(own)) and not asks_party(picked, question)


def reaching(call: ToolCall, position: int) -> ToolCall:
    """The ranking asked far enough to hold ``position``: "the #2" after "the biggest deal of 2026" (a
    ranking of one row) is the second row of that ranking, not its first again. "The last" stays its last."""
    n = call.args.get("n")
    if call.tool != "rank" or position < 0 or not isinstance(n, int) or n > position:
        return call
    return ToolCall(tool=call.tool, args={**call.args, "n": position + 1})


def pick_row(rows: list[str], position: int) -> str | None:
    """The row at ``position`` (-1 for the last) when the ranking has it."""
    if not rows or position >= len(rows) or position < -len(rows):
        return None
    return rows[position]


def slots_for_row(own: Slots, ranking: Slots, row: str, entities: EntityIndex) -> Slots | None:
    """This turn's slots about one row of a ranking: a deal (its terms, or the term asked), or a
    company ranked by a sum or count (that company's figure over the ranking's deals)."""
    if row in entities.deal_parties:
        asks_a_term = bool(own.metrics or own.pay_cue or own.count)
        return own.model_copy(
            update={
                "mentions": [Mention(name=name, start=0, end=0) for name in entities.deal_parties[row]],
                "deal_id": row,
                "periods": own.periods,  # the deal pins its year; a later "compare that with X" must not pin X to it
                "overview": own.overview or not asks_a_term,
                "op": None,
                "n": None,
                "acquisition": False,  # "who bought the no. 2": that deal's buyer, no company changing hands
            }
        )
    if row not in entities.companies:
        return None  # a modality or area row: no follow-up on it yet
    picked = ranking.model_copy(deep=True)
    if DROP_WORDS & set(own.words):  # "drop the top one": the ranking again, without that row's company
        picked.excluded = list(dict.fromkeys([*ranking.excluded, row]))
        return picked
    picked.mentions = [Mention(name=row, start=0, end=0)]
    picked.dimension, picked.n, picked.singular = None, None, False
    if own.metrics:
        picked.metrics, picked.metric_spans, picked.count = own.metrics, own.metric_spans, False
    if picked.rank_by_count or picked.count:
        picked.op, picked.count, picked.rank_by_count = None, True, False
    else:
        picked.op = "sum"
    picked.words = own.words
    return picked


# "Medilink's first deal with Roche", "the latest CSPC–AstraZeneca deal": a pair's deals by date.
# ("earlier" / "later" are left out: "as asked earlier", "milestones due later" name no deal)
_BY_DATE = {"first": 0, "earliest": 0, "original": 0, "initial": 0, "oldest": 0}
_BY_DATE |= {"second": 1, "third": 2, "latest": -1, "newest": -1, "recent": -1}


def dated_deal(deals: list[Deal], words: set[str]) -> str | None:
    """The one deal of several a word of order picks by announcement date ("first", "latest"), or None."""
    positions = {_BY_DATE[word] for word in words if word in _BY_DATE}
    if len(positions) != 1:
        return None
    ordered = sorted(deals, key=lambda deal: deal.announced)
    return pick_row([deal.deal_id for deal in ordered], positions.pop())
