"""A follow-up widened to everyone: "how many deals in total were in your table for 2024, everyone not just merck".

After a question about one company's deals ("how many deals has MSD done with chinese biotechs"), a follow-up that
says "everyone, not just merck", "across every buyer, not only astrazeneca" or "summed over all licensees rather
than only Roche" asks the same figure over every company: the company asked about before is no longer a filter.

Two readers:

* ``without_only_named`` (on the question text): "not just/only <company>" names the company the question is *not*
  limited to, so it is dropped; when no word for everyone is left it says "across all companies" instead
  ("and the 2024 count, not just Merck's?" -> "and the 2024 count across all companies?").
* ``all_parties`` (on the merged slots of a follow-up): a word for everyone ("everyone", "every buyer", "all
  licensees", "across the board") with no company named drops the earlier companies of that side (buyers and
  licensees: the licensee side; sellers and licensors: the licensor side; companies and everyone: both).

Not taken: "everyone but Merck" or "excluding Merck" (Merck left out, a different question), or a follow-up that
names a company of its own ("all of Pfizer's deals"), nor "not only Merck but also GSK" / "not just Merck as well
as GSK" (review2): a second company added to the first, both asked, not everyone. A preposition between is read
("not just with Curon").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.routing.entities import EntityIndex

# "everyone", "every buyer", "all the licensees", "across the board", "the whole table"
_EVERYONE_RE = re.compile(
    r"\b(?:every(?:one|body)|all\s+(?:of\s+)?(?:the\s+)?(?P<many>buyers|licensees|licensors|sellers|companies|pharmas?"
    r"|biotechs|partners|acquirers|parties)|every\s+(?P<one>buyer|licensee|licensor|seller|company|pharma|biotech"
    r"|partner|acquirer|party)|across\s+the\s+board|(?:the\s+)?whole\s+table)\b",
    re.I,
)
# "not just", "not only", "rather than only", "instead of just": the company after it is no limit
_NOT_JUST_RE = re.compile(
    r"[,;\s]*\b(?:not|rather\s+than|instead\s+of)\s+(?:just|only|merely|solely|simply)\s+"
    r"(?:(?:with|from|to|by|for|of|at|in)\s+)?(?:the\s+)?$",
    re.I,
)
# "not only Merck but also GSK", "not just Merck, as well as GSK": a company added, not everyone
_BUT_ALSO_RE = re.compile(r"^(?:'s|’s)?[,;]?\s*(?:but(?:\s+also)?|as\s+well\s+as|and\s+also|plus)\b", re.I)
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b|'\d{2}\b")
_TABLE_RE = re.compile(r"\b(?:your|our|the)\s+(?:table|data(?:set)?)\b", re.I)
_SIDES = {"buyer": "licensee", "licensee": "licensee", "pharma": "licensee", "acquirer": "licensee"}
_SIDES |= {"seller": "licensor", "licensor": "licensor", "biotech": "licensor"}


def without_only_named(question: str, entities: EntityIndex, earlier: tuple[str, ...] = ()) -> str:
    """``question`` without a "not just <company>" limit it lifts; itself when it has none. Asked first, the
    widened count is our table's ("how many 2024 deals, not just Merck's?": our 13, not a tracker's 94)."""
    for mention in reversed(entities.find_companies(question).mentions):
        lead = _NOT_JUST_RE.search(question[: mention.start])
        if lead is None:
            continue
        if _BUT_ALSO_RE.search(question[mention.end :]):
            return question  # "not only Merck but also GSK": both asked, read by the older path
        end = mention.end + (2 if question[mention.end : mention.end + 2] in ("'s", "’s") else 0)
        rest = question[end:]
        widened = question[: lead.start()]
        if not _EVERYONE_RE.search(question):
            widened += " across all companies"
        # asked first, or with a period of its own (no follow-up merge to keep), the widened figure is our table's
        own = not earlier or _YEAR_RE.search(question)
        return widened + (" in your table" if own and not _TABLE_RE.search(question) else "") + rest
    return question


def all_parties(words: list[str], own_companies: list[str], merged: Any, role: Callable[[str], str]) -> None:
    """Drop from ``merged`` the earlier companies of the side a word for everyone widens to, in place."""
    said = _EVERYONE_RE.search(" ".join(words))
    if said is None or own_companies:
        return
    kind = (said.group("many") or said.group("one") or "").lower().rstrip("s")
    side = _SIDES.get(kind)  # "companies", "parties", "everyone" name no side: every earlier company is dropped
    kept = [m for m in merged.mentions if side is not None and role(m.name) not in (side, "both")]
    if len(kept) < len(merged.mentions):
        # a company's figure widened to everyone is still our table's, not a tracker's market figure
        merged.mentions, merged.in_table = kept, True
