"""Companies that a list of one kind of deal names as members or leaves out, not as its filter (session 11).

- Members: "every PD-1xVEGF bispecific deal in the table incl akeso/summit". The kind (a target, a
  modality or an area) says which deals to list. The companies after "incl" / "including" / "such as"
  are some of those deals, named so that the list comes back whole. They do not narrow it to their
  own deal, which is what the first reading did: it quoted the Akeso–Summit articles.
- Left out: "name every trispecific T-cell engager deal — leave out the borderline WuXi Biologics/Candid
  one". A company named after a leave-out word, with a word or two between ("the borderline"), is left
  out, and so is each name joined to it by "/", "and", "or", "&" or ",". The first reading kept both
  names as the filter and listed only the deal the question left out.

- Named in a bracket after the deals: "aggregate upfronts on the PD-1xVEGF bispecific licences in the table
  (LaNova, 3SBio, RemeGen RC148)" (session 24, outsider110). The bracket lists the kind's deals; its drug code
  ("RC148") is one member, not the filter (``codes_bracketed``), and its companies are members as above.

``read_kind_members`` runs in ``kind_lists.read_kind_lists``, ``codes_bracketed`` in ``intents.read_slots``. Its examples are the tests in
``tests/test_kinds11.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.orderings import EXCLUDED_NEXT_RE

_I = re.IGNORECASE
# "incl akeso/summit", "including the Innovent one", "such as Summit's": the names after it are members
# "the PD-1xVEGF licences in the table (LaNova, 3SBio, RemeGen RC148)": a bracket after the deals names them too
MEMBERS_BEFORE_RE = re.compile(
    r"\b(?:incl\.?|including|includ(?:e|es|ed)|such as|e\.g\.?,?|among them|among others)\s+(?:the\s+)?$|"
    r"\b(?:deals|licen[cs]es|transactions|agreements|pacts|ones)\b[^()?]{0,40}\(\s*(?:i\.e\.,?\s+|namely\s+)?$",
    _I,
)
# The words between that describe the deal left out ("the borderline"); a measure or a preposition is no
# description: "the upfront excluding the equity for Innovent Takeda" takes a measure out, no company.
_NOT_A_DESCRIPTION = (
    r"(?:deals?|and|but|then|for|of|to|from|with|in|on|by|at|upfronts?|milestones?|equity|totals?|values?|royalt\w*|"
    r"payments?|paid|pay|cash)"
)
# "leave out the borderline", "excluding the two", "except for": the names after it are left out
LEFT_OUT_BEFORE_RE = re.compile(
    rf"\b(?:exclud(?:e|es|ed|ing)|not counting|leav(?:e|ing) out|except(?: for)?|other than|apart from|aside from|"
    r"but not|minus|without|ignor(?:e|ing)|skip(?:ping)?|drop(?:ping)?|omit(?:ting)?|not(?=\s+(?:the|its|their)\b))\s+"
    rf"(?:(?:the|its|their|that|those|this|these|one|two)\s+)?(?:(?!{_NOT_A_DESCRIPTION}\b)[a-z][\w-]*\s+){{0,2}}$",
    _I,
)
# between two names of one group: "WuXi Biologics/Candid", "Akeso and Summit", "Akeso, Summit"
JOINED_RE = re.compile(r"^\s*(?:/|&|,|\band\b|\bor\b|[–-])\s*$", _I)


def read_kind_members(slots: Any, text: str) -> None:
    """Drop from ``slots.mentions`` the companies named as members of a kind's list, and move those left out
    to ``slots.excluded`` (``text`` is the question with names blanked, positions kept)."""
    if not slots.mentions:
        return
    left_out = _named_after(slots.mentions, text, LEFT_OUT_BEFORE_RE)
    # the names right after "excluding" are ``our_rows._companies_left_out``'s, with its re-ranking after them
    if left_out and not all(EXCLUDED_NEXT_RE.search(text[max(0, m.start - 40) : m.start]) for m in left_out):
        slots.excluded = list(dict.fromkeys([*slots.excluded, *(m.name for m in left_out)]))
        slots.mentions = [m for m in slots.mentions if m not in left_out]
        slots.single_deal = False
    kind = slots.modality or slots.therapeutic_area or slots.target
    members = _named_after(slots.mentions, text, MEMBERS_BEFORE_RE) if kind else []
    if members and len(members) == len(slots.mentions):
        slots.mentions, slots.single_deal = [], False


def _named_after(mentions: list[Any], text: str, before: re.Pattern[str]) -> list[Any]:
    """The mentions right after a ``before`` wording, and the names joined to one of them."""
    found: list[Any] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for at, mention in enumerate(ordered):
        joined = at and ordered[at - 1] in found and JOINED_RE.match(text[ordered[at - 1].end : mention.start])
        if joined or before.search(text[max(0, mention.start - 50) : mention.start]):
            found.append(mention)
    return found


# a bracket after the deals listing two names or more: "licences in the table (LaNova, 3SBio, RemeGen RC148)"
_LISTED_BRACKET_RE = re.compile(
    r"\b(?:deals|licen[cs]es|transactions|agreements|pacts)\b[^()?]{0,40}\(([^()]*(?:,|\band\b|&|/)[^()]*)\)", _I
)


def codes_bracketed(slots: Any, question: str, entities: Any) -> None:
    """Leave out of ``slots`` the drug codes said only inside a bracket that lists the deals of a kind said outside
    it (a target, a modality or an area): the kind is the filter, and the target it names is read."""
    spans = [match.span(1) for match in _LISTED_BRACKET_RE.finditer(question)]
    if not slots.assets or not spans or not all(any(a <= at < b for a, b in spans) for *_, at in slots.assets):
        return
    outside = question
    for start, end in spans:
        outside = outside[:start] + " " * (end - start) + outside[end:]
    target = entities.find_target(outside)
    if target or slots.modality or slots.therapeutic_area:
        slots.assets, slots.asset, slots.asset_deal, slots.target = [], None, None, target
    if target:  # the target's other deals, none of whose parties the bracket names, are left out (Akeso-Summit)
        inside = " ".join(question[start:end] for start, end in spans)
        named = {m.name for m in entities.find_companies(inside).mentions}
        others = [
            deal
            for deal in entities.payment_terms.deals
            if any(t in deal.asset for t in target.split("|")) and not named & {*deal.licensors, *deal.licensees}
        ]
        slots.excluded = list(dict.fromkeys([*slots.excluded, *(name for deal in others for name in deal.licensors)]))
