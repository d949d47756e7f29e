"""A policy researcher's long, hedged questions (outsider18's classes).

- **A clause that only illustrates or explains is no filter.** "I'd rather not lean on the mean given
  outliers like the Pfizer and Takeda deals - what is the median upfront …": the companies named
  after "like" / "such as" in a clause beside the question, a premise ("- I assume GeneQuantum is
  first?") and a sentence giving the asker's motive ("I want both because a couple of large Merck
  deals skew the average") say why, not what: they are dropped (``plain_question``).
- **Leaving out undisclosed figures is what a sum does anyway.** "leaving aside any deal whose
  total was not disclosed" asks for the deals that disclosed one, never for the undisclosed ones:
  the clause is dropped, and the answer says how many deals had the figure undisclosed.
- **An inclusion note in brackets** ("ADC deals (bispecific ADCs included)") keeps the wider
  reading the word already has: dropped.
- **Our rows, said in other words.** "your own dataset - not the trackers", "counting only the
  deals that stated a total" (a tracker has no rows to leave out) is our table; "potential value"
  is the headline (total) value.
- **Borderline deals let in.** "including the two borderline cases - WuXi Biologics/Candid and
  Earendil Labs/Sanofi" widens the table sections counted (``with_borderline``); the names
  after it illustrate and are dropped.

- **What no source breaks down** (``read_research_asks``): a cause's share of a change ("how much of
  the 2025 surge can be attributed to NMPA reforms") and a breakdown of a tracker's count ("of
  PharmCube's 157 deals, how many were NewCos") are unheld measures: the articles answer only with a
  passage that states one, and none does, so the answer says so instead of the tracker's total.
- **A share of disclosed money by kind of deal** ("what proportion of 2025's disclosed upfront went to
  platform or multi-program deals") is a share of our rows; "platform deals" is the table's
  platform / multi-program modality.

``plain_question`` runs first in ``Router._route_one`` and ``decompose.split_parts``, ``read_research_asks``
after ``intents.read_slots``; their examples are the tests (``tests/test_research_wording.py``).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.followup_verbs import verbs_said
from assistant.routing.group_words import in_group_words
from assistant.routing.market_not_ours import market_asked
from assistant.routing.opinion_asks import read_opinion_ask
from assistant.routing.period_narrowing import narrows_by_period
from assistant.routing.place_gaps import read_place_gap
from assistant.routing.summed_words import read_summed_ours
from assistant.routing.top_share import read_top_share
from assistant.routing.whole_value import upfront_included, whole_value_spelt
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_WH = r"(?:what|how|which|who|when|where|why|is|was|were|did|does|do|are|can|could|give|list|tell|show)\b"
# A clause illustrated by names: "given outliers like the Pfizer and Takeda deals", "such as GSK's"
_ILLUSTRATES = r"\b(?:like|such as|e\.g\.|for example|for instance|say)\b"
_REASON_LEAD = r"(?:given|with|despite|considering|because of|since|as)\b"
# Clause delimiters: a spaced dash, a semicolon, a colon.
_DASH_SPLIT_RE = re.compile(r"\s+[-–—]+\s+|\s*;\s*|:\s+")
# "…, given giants such as the GSK and Takeda agreements?": a trailing clause that explains
_TRAILING_REASON_RE = re.compile(rf",\s*{_REASON_LEAD}[^,?;]*?{_ILLUSTRATES}[^,?;]*(?=[?.!]*\s*$)", _I)
# A premise set beside the question: "I assume GeneQuantum is first?", "I take it 3SBio/Pfizer is on top"
_PREMISE_RE = re.compile(
    r"^(?:and\s+)?(?:i\s+(?:assume|presume|suppose|guess|take it|think|believe|imagine|reckon)|"
    r"i'?m\s+(?:guessing|assuming|thinking)|presumably|surely)\b",
    _I,
)
# A sentence of motive: "I want both because …", "I ask since …"
_MOTIVE_RE = re.compile(
    r"^(?:i|we)(?:'d|'m| am| would| want| need| ask| asking| prefer| care)\b[^?]*"
    r"\b(?:because|since|as|so that|given)\b[^?]*$",
    _I,
)
_DISCLOSURE = (
    r"(?:un(?:disclosed|stated|reported|known)|not\s+(?:been\s+)?(?:disclosed|stated|reported|given|made public|"
    r"published)|(?:was|were|is|are)n[’']t\s+(?:disclosed|stated|reported|given)|never\s+(?:been\s+)?"
    r"(?:disclosed|stated|reported)|(?:did|does|do)(?:\s+not|n[’']t)\s+(?:disclose|state|report|give)|"
    r"no\s+(?:disclosed|stated|reported|public)|without\s+(?:a|an|any)?\s*(?:disclosed|stated|reported|public))"
)
# "leaving aside any deal whose total was not disclosed", "excluding deals without a disclosed upfront"
_DROP_UNDISCLOSED_RE = re.compile(
    r",?\s*\b(?:leaving|setting|putting|leave|set|put)\s+aside|,?\s*\b(?:excluding|ignoring|disregarding|"
    r"omitting|dropping|not counting|leaving out|leave out|skipping|minus|(?:and\s+)?(?:skip|exclude|ignore|drop|omit))\b",
    _I,
)
_UNDISCLOSED_TAIL_RE = re.compile(
    rf"\s+(?:(?:any|all|the|those)?\s*(?:deals?|ones?|rows?|transactions?|agreements?)|any(?= where))\b[^,;?]{{0,50}}?"
    rf"{_DISCLOSURE}"
    r"[^,;?]*",
    _I,
)
# "(bispecific ADCs included)", "(including bispecific ADCs)", "(incl. X)": a note of what the word covers
_INCLUSION_NOTE_RE = re.compile(
    r"\s*\((?:(?:incl\.?|including|inclusive of|plus|counting)\s+[^()]*|[^()]*\b(?:included|counted|too|as well)"
    r")\)",
    _I,
)
# "(Earendil Labs with Sanofi, for instance)": an example in brackets
_EXAMPLE_NOTE_RE = re.compile(rf"\s*\([^()]*{_ILLUSTRATES}[^()]*\)", _I)
# "your own dataset", "our own table": our rows
_OWN_ROWS_RE = re.compile(
    r"\b(?:your|our|ur|my)\s+own\s+(?:deal\s+)?(?:data(?:\s?(?:set|base))?|table|rows|records|numbers|figures|"
    r"list|sample|tally|count)\b",
    _I,
)
# "- not the trackers -", "rather than the trackers", "not the trackers' figures": a source set aside
_NOT_TRACKERS_RE = re.compile(
    r"\s*[-–—,(]?\s*\b(?:not|rather than|instead of|as opposed to)\s+(?:from\s+|using\s+)?(?:the\s+|any\s+)?"
    r"(?:market\s+)?trackers?(?:['’]s?)?(?:\s+(?:figures|numbers|counts|totals|data|tallies))?\s*[-–—,)]?",
    _I,
)
# "counting only the deals that stated a total", "only deals that disclosed an upfront": our rows
_ONLY_DISCLOSED_RE = re.compile(
    r"\b(?:counting|including|using|taking)?\s*only\s+(?:the\s+)?(?:deals?|ones?|rows?)\s+(?:that|which|with)\s+"
    r"(?:(?:stated|disclosed|reported|gave|give|state|disclose|report)\s+)?(?:a|an|the|one|their)?\s*"
    r"(?:(?:disclosed|stated|reported)\s+)?(?:total|upfront|milestones?|headline(?:\s+value)?|figure|value)\b",
    _I,
)
_POTENTIAL_VALUE_RE = re.compile(r"\bpotential\s+(?:deal\s+)?value\b", _I)
# "…, deal count included": the figure asked for, and the count beside it
_COUNT_INCLUDED_RE = re.compile(
    r",?\s*(?:with\s+)?(?:the\s+)?(?:deal count|number of deals|count)\s+(?:included|too|as well)\b", _I
)
_A_VALUE_WORD_RE = re.compile(r"\bvalue|\$|\bup[\s-]?fronts?\b|\bmilestones?\b|\bworth\b|\bbillion\b", _I)
# "how many times as many deals": how many times more, a ratio of two counts
_TIMES_AS_MANY_RE = re.compile(r"\bhow many times as many\b", _I)
# "including the two borderline cases", "with the borderline ones counted", "borderline deals included"
BORDERLINE_RE = re.compile(
    r"\b(?:including|incl\.?|with|plus|counting|count(?:ed|ing)?\s+in)\s+(?:the\s+)?(?:\w+\s+)?borderline\b|"
    r"\bborderline\s+(?:\w+\s+)?(?:included|counted|too|as well)\b|\bborderline\b[^?.;]{0,30}\b(?:counted|included)\b",
    _I,
)
# The names listed right after the borderline words: "- WuXi Biologics/Candid and Earendil Labs/Sanofi -"
_BORDERLINE_NAMES_RE = re.compile(
    r"(\bborderline\s+(?:cases?|deals?|ones?|rows?|entries)\b)(?:\s*[-–—:]\s*[^-–—?]+?\s*[-–—]\s*|\s*\([^)]*\))",
    _I,
)


def plain_question(question: str) -> str:
    """``question`` without the clauses that explain, illustrate or set aside what sums leave out anyway."""
    text = _EXAMPLE_NOTE_RE.sub(
        "", _INCLUSION_NOTE_RE.sub("", in_group_words(market_asked(upfront_included(question))))
    )  # "not your table"
    text = _BORDERLINE_NAMES_RE.sub(r"\1, ", text)
    text = _without_motives(text)
    text = _without_side_clauses(text)
    text = _TRAILING_REASON_RE.sub("", text)
    text = _without_undisclosed_exclusion(text)
    text = _OWN_ROWS_RE.sub("your table", text)
    if re.search(r"\byour table\b|\bour (?:deal )?table\b|\byour (?:deal )?data", text, _I):
        text = _NOT_TRACKERS_RE.sub(" ", text)
    text = _ONLY_DISCLOSED_RE.sub("in your table", text)
    text = whole_value_spelt(_POTENTIAL_VALUE_RE.sub("total value", text))  # "all-in value incl. milestones"
    text = _TIMES_AS_MANY_RE.sub("how many times more", text)
    if not _A_VALUE_WORD_RE.search(_COUNT_INCLUDED_RE.sub("", text)):
        text = _COUNT_INCLUDED_RE.sub(": total value and deal count", text)
    return re.sub(r"\s{2,}", " ", re.sub(r"\s+([,?.!])", r"\1", text)).strip(" ,;-")


# a question leaning on the clause before it: "how many deals did it sign", "what were their upfronts", "is that right"
_POINTS_BACK_RE = re.compile(
    r"\b(?:it|its|they|their|them|those|these|this one|that one|that deal|the deal|the same)\b|\b(?:is|was|are|were) that\b",
    _I,
)
_PERIOD_WORD_RE = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:year|quarter|half|month|h[12]|q[1-4])\b", _I)


def _without_motives(text: str) -> str:
    """Sentences giving the asker's motive or premise, when another sentence asks the question."""
    sentences = re.split(r"(?<=[?.!])\s+", text.strip())
    if len(sentences) < 2:
        return text
    kept = [s for s in sentences if not (_MOTIVE_RE.match(s.strip()) or _PREMISE_RE.match(s.strip()))]
    if not kept or len(kept) == len(sentences) or _POINTS_BACK_RE.search(" ".join(kept)):
        return text  # "I believe Pfizer paid 3SBio $1.25 billion. Is that right?": the premise is the question
    return " ".join(kept)


def _without_side_clauses(text: str) -> str:
    """Dash- or semicolon-set clauses that only illustrate or state a premise, beside one that asks."""
    pieces = _DASH_SPLIT_RE.split(text)
    if len(pieces) < 2:
        return text
    side = [
        bool(_PREMISE_RE.match(p.strip()))
        or (bool(re.search(_ILLUSTRATES, p, _I)) and not re.match(rf"^\s*(?:and\s+)?{_WH}", p, _I))
        for p in pieces
    ]
    asking = [p for p, is_side in zip(pieces, side, strict=True) if not is_side]
    if not any(side) or not asking or not any(re.search(rf"\b{_WH}|\?", p, _I) for p in asking):
        return text
    rest = " ".join(asking)
    if _POINTS_BACK_RE.search(rest) or not _PERIOD_WORD_RE.search(rest):
        # "For a company like Hengrui - how many deals did it sign?", "A deal like Curon's: what did Merck pay?":
        # the clause names what the question is about; only a question with a subject of its own drops it
        return text
    joined = " - ".join(p.strip() for p in asking)
    return joined if joined.rstrip().endswith("?") or not text.rstrip().endswith("?") else joined + "?"


def _without_undisclosed_exclusion(text: str) -> str:
    for lead in _DROP_UNDISCLOSED_RE.finditer(text):
        tail = _UNDISCLOSED_TAIL_RE.match(text, lead.end())
        if tail:
            return text[: lead.start()] + text[tail.end() :]
    return text


def with_borderline(calls: list[ToolCall], question: str) -> None:
    """Widen the table sections of every deal filter when the question lets the borderline deals in."""
    if not BORDERLINE_RE.search(question):
        return
    for call in calls:
        for key in ("filter", "left", "right"):
            deal_filter = call.args.get(key)
            if isinstance(deal_filter, dict):
                deal_filter["scopes"] = ["main", "borderline"]


# "how much of the 2025 surge can be attributed to NMPA reforms", "what fraction of the jump is due to
# faster approvals": a cause's share of a change, which no table holds and no source quantifies
_HOW_MUCH_OF = r"(?:how much|what (?:fraction|share|part|portion|percentage|proportion)|to what (?:extent|degree))"
_CAUSED = (
    r"(?:attribut\w*|due to|because of|caused by|driven by|contribut\w*|explained by|owed to|owing to|thanks to|"
    r"accounted for by|result of)"
)
_POLICY_CAUSE = (
    r"(?:reforms?|polic(?:y|ies)|approvals?|regulat\w*|nmpa|subsid\w*|governments?|tariffs?|incentives?|"
    r"fast[- ]track\w*|priority review)"
)
_POLICY_EFFECT_RE = re.compile(
    rf"\b{_HOW_MUCH_OF}\b[^?]{{0,80}}\b{_CAUSED}\b[^?]{{0,60}}\b{_POLICY_CAUSE}\b|"
    rf"\b{_HOW_MUCH_OF}\b[^?]{{0,60}}\b{_POLICY_CAUSE}\b[^?]{{0,40}}\b{_CAUSED}\b",
    _I,
)
# "Of PharmCube's 157 deals in 2025, how many were NewCos", "How many of the 186 Greater China deals …":
# a tracker's count broken down; trackers report totals only. A year is no count: "what share of that do the 2024
# deals in your table add up to" sets our 2024 rows against the tracker's figure (``tracker_table``)
_OF_THE_COUNT = (
    r"(?:of|among|out of)\s+(?:the\s+|its\s+|their\s+|\w+['’]s\s+)?(?:[\w-]+\s+){0,3}?(?!(?:19|20)\d\d\b)\d[\d,]*\s+"
    r"(?:[\w-]+\s+){0,3}?deals\b"
)
_BREAKDOWN_RE = re.compile(
    rf"\b{_OF_THE_COUNT}[^?]{{0,60}}\b(?:how many|what (?:share|proportion|percentage|fraction|number))\b|"
    rf"\b(?:how many|what (?:share|proportion|percentage|fraction|number))\s+{_OF_THE_COUNT}",
    _I,
)
# "platform or multi-program deals": the table's platform modality
_PLATFORM_RE = re.compile(
    r"\b(?:platform|multi-?program(?:me)?|multi-?asset)s?\b(?:\s+or\s+(?:platform|multi-?program(?:me)?|"
    r"multi-?asset)s?)?\s+(?:deals?|agreements?|transactions?|licen[cs]es?)\b",
    _I,
)
_DISCLOSED_MONEY_RE = re.compile(
    r"\bdisclosed\s+(?:(?:19|20)\d\d\s+)?(?:up[\s-]?fronts?|milestones?|total|headline|deal value|money)", _I
)
PLATFORM = "Platform / multi-program"


def read_research_asks(slots: Any, question: str) -> None:
    """Mark ``slots`` (``intents.Slots``) with what a researcher's wording asks that the rest does not read."""
    if not slots.unheld_measure and _POLICY_EFFECT_RE.search(question):
        slots.unheld_measure = "effect of a policy or reform on deal numbers"
    if not slots.unheld_measure and slots.reporter and _BREAKDOWN_RE.search(question):
        slots.unheld_measure = "breakdown of a tracker's deal count"
    if slots.modality is None and _PLATFORM_RE.search(question):
        slots.modality = PLATFORM
    share_of_ours = slots.op == "share" and not slots.reporter and not slots.mentions
    if share_of_ours and (slots.modality or slots.therapeutic_area) and _DISCLOSED_MONEY_RE.search(question):
        slots.in_table = True  # "2025's disclosed upfront money": our rows' disclosed figures, no tracker's
    read_top_share(slots, question)  # "what % of 2025's value did the three largest deals take": deals ranked
    read_place_gap(slots, question)  # "the gap between the largest and second-largest 2025 deals": two ranked
    read_summed_ours(slots, question)  # "sum of 2024 upfronts?": our rows summed
    read_opinion_ask(slots, question)  # "caixin take on best-in-class vs first-in-class": what the reporter wrote


# "for the same year", "over that period", "in the same period": the period the turn before asked about
_SAME_PERIOD_RE = re.compile(
    r"\b(?:for|in|over|during|of)\s+(?:the\s+same|that\s+same|that|this)\s+(?:year|period|half|quarter|window)\b", _I
)


def same_period(slots: Any, previous: Any, question: str) -> None:
    """A follow-up naming no period of its own but "the same year" takes the turn before's periods."""
    if previous is not None and not slots.periods and previous.slots.periods and _SAME_PERIOD_RE.search(question):
        slots.periods = list(previous.slots.periods)
    verbs_said(slots, previous, question)  # "total of the upfronts", "same but upfront sum": the verb said
    narrows_by_period(slots, previous, question)  # "only counting 2024 onward?": the same ask over those years
