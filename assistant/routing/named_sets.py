"""Sets of deals a question names by its own words, read after the first reading (issue 11, seventh session).

- "What were the upfront and the total of each of AstraZeneca's 2025 China deals?": each deal with its
  figures, listed, not their sum ("total" there is each deal's total value);
- "Merck's 2024 deals", "AbbVie deals 2025", "deals signed by Hansoh": a set of deals named with no question
  word, measure or count, listed (the articles had been quoted about the company);
- "How many deals did Merck do, excluding 2022?", "GSK's total upfront, excluding 2023": a year left out of
  the deals (``DealFilter.exclude_years``), never the one asked.

``our_rows.read_our_rows`` calls each; the examples are the tests (``tests/test_each_deal_listed.py``,
``tests/test_period_left_out.py``).
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")

# "the upfront of each of AstraZeneca's 2025 deals", "their upfronts individually": each deal's figure, listed
_EACH_OF_RE = re.compile(r"\beach of\b|\bevery one of\b|\bindividually\b|\bone by one\b|\brespectively\b", _I)
_SUMMED_RE = re.compile(r"\b(?:sum(?:med)?|combined|add(?:ed)? up|altogether|together|in total|aggregate)\b", _I)


def each_deal_listed(slots: Any, text: str) -> None:
    """ "What were the upfront and the total of each of AstraZeneca's 2025 China deals?": one company's (or a
    filter's) deals, each with its figures, not their sum ("total" there is each deal's total value). One
    pair's deals are looked up one by one elsewhere (``tool_args``)."""
    if slots.op not in (None, "sum") or slots.count or not slots.metrics or slots.asset or slots.single_deal:
        return
    if slots.reporter:
        return  # "PharmCube's value for 2024 and 2025, respectively": a tracker's figures, never our rows
    if not _EACH_OF_RE.search(text) or _SUMMED_RE.search(text) or len({m.name for m in slots.mentions}) > 1:
        return
    if not (slots.mentions or slots.periods or slots.has_filters):
        return  # "and their headline values, respectively?": the deals before, each looked up (``deal_sets``)
    slots.op, slots.in_table = "find", True


# "Merck's 2024 deals", "AbbVie deals 2025", "deals signed by Hansoh": a set of deals named, with no question
# word, measure or count: those deals, listed (the articles had been quoted about the company)
_DEALS_WORD_RE = re.compile(r"\b(?:deals|transactions|agreements|licen[cs]es|pacts|tie-?ups)\b", _I)
_WH_ANYWHERE_RE = re.compile(r"\b(?:what|which|who|whose|why|how|when|where)\b|什么|哪|谁|为什么|如何|何时", _I)
_ASKS_RE = re.compile(
    r"^\W*(?:so\s+|and\s+)?(?:what|why|how|when|who|whose|where|which|is|are|was|were|did|does|do|can|could|"
    r"has|have|tell|explain|describe|summari[sz]e)\b",
    _I,
)


def deals_named(slots: Any, text: str) -> None:
    """A set of deals named with no question word, measure or count: those deals listed from our table."""
    if slots.op is not None or slots.count or slots.metrics or slots.asset or slots.strong_text:
        return
    if not slots.mentions or slots.content_words > 6 or _CJK_RE.search(text):
        return  # "amgen deals ytd": no company the table holds; a Chinese question's ask is read elsewhere
    if _DEALS_WORD_RE.search(text) and not _ASKS_RE.search(text) and not _WH_ANYWHERE_RE.search(text):
        slots.op, slots.in_table = "find", True


# "excluding 2022", "leaving out the 2023 deals", "ex-2024", "other than its 2025 ones": a year left out
_YEAR_LEFT_OUT_RE = re.compile(
    r"(?:\b(?:exclud(?:e|es|ed|ing)|not counting|leav(?:e|ing) out|except(?: for)?|other than|apart from|aside from|"
    r"minus|without|ignor(?:e|ing)|set(?:ting)? aside|(?:leav(?:e|ing)|put(?:ting)?) aside|strip(?:ping)? out|ex|"
    r"(?:drop(?:ping)?|skip(?:ping)?|tak(?:e|ing) out)(?=\s+the\b))[\s-]+(?:the\s+|any\s+|its\s+|their\s+)?"
    r"(?:deals?\s+(?:from|in|of|signed in|announced in)\s+)?)$",
    _I,
)


_JOINED_RE = re.compile(r"\s*(?:,|&|and|or)\s*", _I)


def years_left_out(slots: Any, text: str, named_tracker: bool) -> None:
    """ "How many deals did Merck do, excluding 2022?": the year is left out of the deals, not the one asked
    (read as a period it answered with 2022's deals alone). No tracker reports a total less a year: our rows."""
    if named_tracker:
        return
    left_out: list[Any] = []
    for period in sorted(slots.periods, key=lambda p: p.start):
        if not period.whole_year or period.bound:
            continue
        joined = left_out and _JOINED_RE.fullmatch(text[left_out[-1].end : period.start])  # "excluding 2022 and 2023"
        if joined or _YEAR_LEFT_OUT_RE.search(text[: period.start]):
            left_out.append(period)
    if not left_out:
        return
    slots.periods = [period for period in slots.periods if period not in left_out]
    slots.exclude_years = sorted({period.year for period in left_out})
    slots.in_table = slots.plural = True  # a year left out of several deals: "GSK's total upfront, excluding 2023"
    if slots.excluding:  # "excluding" left a year out, not one measure out of another ("the upfront, excluding equity")
        slots.excluding, slots.op = False, None
