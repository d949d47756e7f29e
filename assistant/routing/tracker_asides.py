"""A later part that only adds the trackers, or the other period, of a tracker ask (session 14, two trackers).

* **The trackers said after the ask, in other words.** "in first half 2025 how many deals over 1 billion each? i
  read two different numbers, vision and freshfromchina" and "2025 H1 超过10亿美元的大单有几笔? Vision Lifesciences 和
  freshfromchina 的数字分别是?" were split at the "?", the tracker part read as a text question, and the count given
  of every tracker with freshfromchina's 16 first. A later part that names two trackers and nothing of its own (no
  year, no figure, no measure: "the numbers of each", "both please", "I read two different numbers") is joined to
  the tracker-less ask before it (``trackers_said_joined``), so that both trackers are asked, the first named first.
* **One tracker's other period said after the ask.** "IQVIA 说 2025 上半年投向中国合作的金额多少? 比 2024 全年多多少?" gave the
  H1 2025 $48.5B alone and sent "比 2024 全年多多少" to the articles. A later part that names a year, a comparison
  ("比 … 多/少", "more/less than", "higher than", "vs", "compared with") and no tracker or measure of its own is
  joined to the part before it when that part names one tracker and one period (``other_period_joined``): IQVIA's
  H1 2025 figure against its full 2024 one, and the difference.

Not taken: a later part asking a measure of its own ("and the deal value?"), a part naming a company or a deal,
a part before that names no tracker (our table's rows) or two years already.
"""

from __future__ import annotations

import re

from assistant.routing.same_side import Spans
from assistant.routing.tracker_both import measures_asked
from assistant.routing.tracker_gaps import named_trackers, trackers_said
from assistant.routing.wording import REPORTER_RE

_I = re.IGNORECASE
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])|(?<!\d)(?:19|20)\d\d(?=年)")
_DIGIT_RE = re.compile(r"\d")
# a comparison with another period: "比 2024 全年多多少", "more than 2024", "higher than in 2024", "vs full-year 2024"
_AGAINST_RE = re.compile(
    r"比|相比|\b(?:more|less|higher|lower|bigger|smaller|above|below|up|down)\s+(?:than|from|on|over|vs)\b"
    r"|\b(?:vs\.?|versus|compared (?:to|with)|against|than)\b",
    _I,
)
# at most this many words beside the tracker names in a part that only adds trackers
_MAX_WORDS = 9


def trackers_said_joined(parts: list[str], spans: Spans | None = None) -> list[str]:
    """``parts`` with a later part naming two trackers and no ask of its own joined to the tracker-less part
    before it: "… how many deals over 1 billion each? i read two different numbers, vision and freshfromchina"."""
    for at in range(1, len(parts)):
        before, part = parts[at - 1], parts[at]
        if len(trackers_said(part)) != 2 or named_trackers(before) or _DIGIT_RE.search(part):
            continue
        if _names_company(before, spans) or _names_company(part, spans):
            continue  # "Which Hengrui deals were over $1bn in 2025? vision and freshfromchina both mention them"
        rest = REPORTER_RE.sub(" ", re.sub(r"\bvision\b", " ", part, flags=_I))
        if measures_asked(part) - measures_asked(before) or len(re.findall(r"\w+", rest)) > _MAX_WORDS:
            continue
        joined = f"{before.rstrip(' ?？,;:-')} - {part.strip(' ?？')}"
        return [*parts[: at - 1], joined, *parts[at + 1 :]]
    return parts


def other_period_joined(parts: list[str], spans: Spans | None = None) -> list[str]:
    """``parts`` with a later part setting the tracker's figure against another year joined to the part before:
    "IQVIA 说 2025 上半年投向中国合作的金额多少? 比 2024 全年多多少?" is one ask of IQVIA's two periods."""
    for at in range(1, len(parts)):
        before, part = parts[at - 1], parts[at]
        if named_trackers(part) or len(named_trackers(before)) != 1 or not _AGAINST_RE.search(part):
            continue
        if _names_company(part, spans):
            continue  # "…? Was Hengrui's 2024 total less than that?": the company's own ask
        years, before_years = set(_YEAR_RE.findall(part)), set(_YEAR_RE.findall(before))
        if len(years) != 1 or len(before_years) != 1 or years == before_years:
            continue
        if measures_asked(part) - measures_asked(before):
            continue  # "and its share in 2024?": a measure of its own
        joined = f"{before.rstrip(' ?？,;:-')}, {part.strip(' ?？')}"
        return [*parts[: at - 1], joined, *parts[at + 1 :]]
    return parts


def _names_company(text: str, spans: Spans | None) -> bool:
    """Whether ``text`` names a company (``spans`` is the router's company reader; ``None`` reads none)."""
    return bool(spans and spans(text))
