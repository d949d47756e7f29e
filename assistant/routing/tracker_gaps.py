"""The gap between two trackers' figures for one period: "CPHIIC and PharmCube disagree on 2024 - what's the
gap?", "how far apart are IQVIA and PharmCube", "by how much does GlobalData's total trail CPHIIC's",
"difference between freshfromchina's and IQVIA's H1 2025 totals".

Read word by word, the first tracker named was the only one asked (or "difference" became a change over
time in it). The plan asks one figure of each tracker for the period, and their gap
(``MarketStatArgs.compare_reporter``); the tool says both, each cited, and that they are two trackers.

``OWN_ASK_RE`` is the one test, for tracker_table (its series checks too), company_against and table_vs_tracker,
that a part naming a deal, a ranking or a company asks our own rows ("the single biggest 2025 deal in your table"),
not a tracker's figure set against the table. It is the union of the copies it replaced: tracker_table and
company_against took table_vs_tracker's 哪/最 (a Chinese part with 哪 or 最 now leaves them too), table_vs_tracker
took their "deal by". Checked with "恒瑞2025年的交易总额,医药魔方统计的和表里加起来的差多少?", "2024年PharmCube统计多少笔交易?
表里有几笔?", "2025年PharmCube统计的交易数量和表里的比差多少?" and the like: the same answers as with the narrower copies.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.wording import REPORTER_RE, REPORTERS
from assistant.tools.schema import ToolCall

# "gap", "difference", "far apart", "trail", "higher than", "by how much", "disagree", "discrepancy"
GAP_RE = re.compile(
    r"\b(?:gap|differ(?:ences?|s|ed)?|far apart|apart|trail(?:s|ed|ing)?|lags?|lagg(?:ed|ing)|exceed(?:s|ed)?|"
    r"higher|lower|bigger|smaller|larger|above|below|by how much|how much (?:more|less)|disagree\w*|"
    r"discrepanc(?:y|ies)|spread|delta|diff)\b",
    re.IGNORECASE,
)


PERCENT_RE = re.compile(r"%|\bper\s?cent(?:age)?\b|\bpct\b", re.IGNORECASE)
# Two names of one series: "Reuters' PharmCube", "PharmCube (via Reuters)", "PharmCube via Caixin"
_ONE_SERIES_RE = re.compile(r"^(?:['’]s?|\s|\(|\)|via|per|from|by|in)*$", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
# The outlets that carried a tracker's figures, as market_stats.csv names them in its reporter column ("PharmCube
# NextPharma (via Caixin)", "NMPA data via state media (per SCMP)"); tests/test_market11.py checks them against it.
OUTLETS = frozenset({"Caixin", "Reuters", "NewsChina", "SCMP"})
# an ask of our table's own rows beside a tracker's figure: "which deals", "the biggest", "list them", "哪笔", "最大"
OWN_ASK_RE = re.compile(r"\b(?:biggest|largest|smallest|top|which|who|deal by|rank\w*|list)\b|哪|最", re.IGNORECASE)


def own_trackers(text: str) -> list[str]:
    """The trackers ``text`` names, not counting an outlet that only carried one: "PharmCube via Caixin" →
    ["PharmCube"]."""
    return [name for name in named_trackers(text) if name not in OUTLETS]


# Short names of a tracker: "NextPharma" is PharmCube's database ("PharmCube NextPharma (via Caixin)" in
# market_stats.csv); a bare "vision" is Vision Lifesciences only beside another tracker ("vision vs freshfromchina"),
# not in "vision loss".
_ALIAS_RE = re.compile(
    r"\b(?:(?P<nextpharma>NextPharma)|(?P<vision>vision)(?!\s+(?:lifesciences|loss|care|impair\w*|disorders?|problems?|"
    r"therap\w*|drugs?|science)))\b",
    re.IGNORECASE,
)


def _with_aliases(question: str, matches: list[re.Match[str]], aliases: bool = True) -> list[tuple[int, int, str]]:
    found = [(match.start(), match.end(), match.group(1).lower()) for match in matches]
    for alias in _ALIAS_RE.finditer(question) if aliases else ():
        if alias.group("nextpharma"):
            found.append((alias.start(), alias.end(), "pharmcube"))
        elif {word for *_, word in found} - {"vision lifesciences"} and _listed(question, alias, found):
            found.append((alias.start(), alias.end(), "vision lifesciences"))  # "vision vs freshfromchina"
    return sorted(found)


# what joins two trackers listed or set against each other: "vision vs freshfromchina", "vision and X", "X, vision"
_JOIN_RE = re.compile(r"^\W*(?:vs\.?|versus|and|or|against|than|,|/|&|和|与|跟)?\W*$", re.IGNORECASE)


def _listed(question: str, alias: re.Match[str], found: list[tuple[int, int, str]]) -> bool:
    """Whether the bare "vision" at ``alias`` sits in a list or comparison with a tracker found ("vision and
    freshfromchina", "freshfromchina vs vision"), not in ordinary words ("in line with the industry's vision")."""
    return any(
        _JOIN_RE.match(question[end : alias.start()] if end <= alias.start() else question[alias.end() : start])
        for start, end, _ in found
    )


def named_trackers(question: str) -> list[str]:
    """The trackers named, in order, each once; two names of one series ("Reuters' PharmCube") are one."""
    return _distinct(question, _with_aliases(question, list(REPORTER_RE.finditer(question)), aliases=False))


def trackers_said(question: str) -> list[str]:
    """``named_trackers`` with a short name read as its tracker ("NextPharma" is PharmCube, "vision vs
    freshfromchina" names Vision Lifesciences); only for two trackers set side by side or against each other."""
    return _distinct(question, _with_aliases(question, list(REPORTER_RE.finditer(question))))


def _distinct(question: str, spans: list[tuple[int, int, str]]) -> list[str]:
    kept = [
        span
        for at, span in enumerate(spans)
        if at == 0 or not _ONE_SERIES_RE.match(question[spans[at - 1][1] : span[0]])
    ]
    names = [next(name for name in REPORTERS if name.lower() == word) for *_, word in kept]
    return list(dict.fromkeys(names))


def trackers_gapped(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A market figure asked as the gap between two named trackers, as that gap; else ``calls``."""
    if not calls or any(call.tool != "market_stat" for call in calls) or not GAP_RE.search(question):
        return calls
    trackers = trackers_said(question)
    if len(trackers) != 2 or len(set(_YEAR_RE.findall(question))) > 1:  # two years: a change over time
        return calls
    args = calls[0].args
    period = args.get("period") or next((call.args.get("period") for call in calls if call.args.get("period")), None)
    if not period or args.get("subject"):
        return calls
    metric = args.get("metric", "total_value")
    gap = {"metric": metric, "period": period, "reporter": trackers[0], "compare_reporter": trackers[1]}
    if PERCENT_RE.search(question):  # "how much higher, in percent": the gap over the lower figure too
        gap["derive"] = "growth"
    return [ToolCall(tool="market_stat", args=gap)]


# the gap itself asked as a figure ("gap + why", "what's the difference and why"); "why do they differ" is a reason
_GAP_FIGURE_RE = re.compile(
    r"\b(?:gap|difference|diff|delta|spread|how far apart|by how much|how much (?:more|less|higher|lower|bigger))\b",
    re.IGNORECASE,
)


def gap_and_why_read(slots: Any, text: str) -> None:
    """ "2024 total - PharmCube says 51.9, CPHIIC 55.4? gap + why": two trackers named for one period, their gap
    asked as a figure with a "why" beside it, had gone to the articles (a why is the articles'), which quoted both
    figures and never the gap. The gap is the tool's (both figures cited, the gap, and that the two trackers count
    with different scopes and definitions, which is the why): the why no longer sends it to the articles alone."""
    if not (slots.strong_text and slots.reporter and not slots.companies and _GAP_FIGURE_RE.search(text)):
        return
    if len(trackers_said(text)) == 2 and len(set(_YEAR_RE.findall(text))) <= 1:
        slots.strong_text = False
