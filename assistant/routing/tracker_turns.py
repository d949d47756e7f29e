"""A follow-up on a tracker's figure that names no tracker of its own, asked whole with the trackers before.

* "so average each deal is how much?", "what's that per deal?" after "PharmCube 2025 total value of china
  out-licensing?": the same tracker's average deal size for that period ("PharmCube 2025 total value ...: average
  deal size?"). Alone it named no tracker and no period, and the tool gave the latest average any tracker
  reported (PharmCube's Greater China 2026 year to date).
* "so how far apart are the two 2024 numbers?" after "what did CPHIIC say 2024 was worth?" and "and pharmcube's
  2024?": the gap between the two trackers the turns before named ("CPHIIC and PharmCube 2024: how far apart
  ..."), which ``tracker_gaps`` sets side by side. Alone it went to the articles.

* "how much higher is that than PharmCube's 2024 figure, in percent?" after "what figure did CPHIIC give for 2024?":
  the gap between the tracker before and the one named now ("CPHIIC and PharmCube 2024: how much higher ...").

* "what does that mean - is it the same thing as pharmcube's number?" after "what did GlobalData say about chinese
  licensing in 2024?": whether the two trackers measure the same thing, asked of both ("GlobalData and PharmCube
  2024: ..."), so the articles' account of each one's scope is found. Alone it named PharmCube only and the answer
  explained PharmCube's two series, not GlobalData's large-pharma universe.

* "and what did those big deals add up to?" after "how many chinese biopharma companies signed partnerships worth
  $1 billion or more in 2024, per Informa Connect?": the same tracker's value of those deals, for that period and
  bound ("Informa 2024 worth $1 billion or more: what did those ... add up to?"). Alone it summed every row of
  our table.

A follow-up naming a tracker, a company or our table is its own question and is left alone.
"""

from __future__ import annotations

import re

from assistant.routing.tracker_gaps import GAP_RE, named_trackers
from assistant.routing.wording import REPORTER_RE, TABLE_RE

_I = re.IGNORECASE
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
# "average each deal", "avg per deal", "per deal", "each deal is how much", "average deal size", "mean deal"
_PER_DEAL_RE = re.compile(
    r"\b(?:average|avg|mean)\b[^?]{0,20}\b(?:deal|transaction)s?\b|\b(?:per|each|a)\s+(?:deal|transaction)\b", _I
)
# the words of a follow-up that only points back: "so", "and", "then", "that", "those", "the two ... numbers"
_BACK_RE = re.compile(r"^\W*(?:so|and|then|ok|okay|right|well)\b|\b(?:that|those|these|them|they|the two)\b", _I)
# a part of the year said before: "IQVIA H1 2025 total?", "Q1 2025"
_PART_RE = re.compile(r"\b(?:H[12]|Q[1-4])\b(?=\s*'?(?:19|20)?\d\d\b)", _I)
# a sum asked of what the turn before counted: "add up to", "in total", "sum", "combined", "worth altogether"
_SUM_RE = re.compile(
    r"\badd(?:ed)? up\b|\bin total\b|\btotal(?:l?ed)?\b|\bsum(?:med)?\b|\bcombined\b|\baltogether\b", _I
)
_POINTER_RE = re.compile(r"\b(?:those|these|they|them|their)\b", _I)
# a bound on the deals said before: "worth $1 billion or more", "$1bn+", "over $1 billion", "billion-dollar"
_BOUND_RE = re.compile(
    r"(?:\b(?:worth|of|over|above|at least|more than)\s+)?\$\s?\d[\d.,]*\s*(?:bn|billion|b|m|million)\b\+?(?:\s+or more)?|"
    r"\bbillion[- ]dollar\b",
    _I,
)
# whether two trackers measure one thing: "the same thing as", "comparable with", "like for like"
_SAME_RE = re.compile(
    r"\bsame (?:thing|figure|number|measure|series|universe|scope)\b|\bcomparable\b|\blike[- ]for[- ]like\b", _I
)
# the turns before the follow-up that may name its trackers: the last two, never further back
_TURNS = 2


def tracker_followed(question: str, earlier: tuple[str, ...]) -> str:
    """``question`` asked whole after ``earlier`` when it is such a follow-up; else ``question``."""
    if not earlier or TABLE_RE.search(question):
        return question
    if REPORTER_RE.search(question):
        return _against_the_tracker_before(question, earlier[-1])
    before = earlier[-1].strip().rstrip("?？.!。 ")
    per_deal = _PER_DEAL_RE.search(question) and _BACK_RE.search(question) and not _YEAR_RE.search(question)
    if per_deal and REPORTER_RE.search(before) and len(set(_YEAR_RE.findall(before))) == 1:
        return f"{before}: average deal size?"
    tracker = REPORTER_RE.search(before)
    years = _YEAR_RE.findall(before)
    if _SUM_RE.search(question) and _POINTER_RE.search(question) and tracker and len(set(years)) == 1:
        bound = _BOUND_RE.search(before)
        asked = question.strip()
        return f"{tracker.group()} {years[0]}{' ' + bound.group() if bound else ''}: {asked[:1].lower()}{asked[1:]}"
    if GAP_RE.search(question) and _BACK_RE.search(question):
        recent = " ".join(earlier[-_TURNS:])
        trackers = named_trackers(recent)
        years = sorted(set(_YEAR_RE.findall(f"{recent} {question}")))
        if len(trackers) == 2 and len(years) == 1:
            asked, part = question.strip(), _PART_RE.search(recent)
            period = f"{part.group().upper()} {years[0]}" if part else years[0]
            return f"{trackers[0]} and {trackers[1]} {period}: {asked[:1].lower()}{asked[1:]}"
    return question


def _against_the_tracker_before(question: str, before: str) -> str:
    """ "How much higher is that than PharmCube's 2024 figure, in percent?" after "What figure did CPHIIC give for
    2024?": the gap between the tracker before and the one named now, for the one year said ("CPHIIC and PharmCube
    2024: how much higher ..."); else ``question``, a question of its own."""
    now, then = named_trackers(question), named_trackers(before)
    asks = GAP_RE.search(question) or _SAME_RE.search(question)
    if len(now) != 1 or len(then) != 1 or now == then or not (asks and _BACK_RE.search(question)):
        return question
    years = sorted(set(_YEAR_RE.findall(f"{before} {question}")))
    if len(years) != 1:
        return question
    part = _PART_RE.search(before)
    period = f"{part.group().upper()} {years[0]}" if part else years[0]
    asked = question.strip()
    return f"{then[0]} and {now[0]} {period}: {asked[:1].lower()}{asked[1:]}"
