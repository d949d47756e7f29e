"""One tracker's change between two periods, asked for its gap, its percent or both.

* **The change asked in a bare part of its own.** "IQVIA: first half 2025 already more than full 2024? by how
  much", "How many more deals in 2025 than 2024 according PharmCube? and the % change": split at the "?", the
  second part named no figure and was read as a new ask (the 2025 value with no earlier period, or the growth of
  the total value instead of the count). A later part that asks only how much, by what percent or the change
  ("by how much %", "and the % change", "how big a gap?"), after a part naming a tracker, is joined back to it
  (``change_part_joined`` from ``decompose.split_parts``); so is one naming the measure of the part before
  ("PharmCube's mainland deal count went from what in 2024 to what in 2025, and what's the % increase in number of
  deals?" had read the second part as the growth from 2023 to 2024).
* **The gap asked, not only the rate.** "IQVIA: H1 2025 vs full-yr 2024 -- difference?" had been read as the
  growth rate alone (8.3%, no $3.7 billion); "how many more deals …, and the % change" as the rate alone. A
  one-tracker growth or difference between two periods whose question asks the gap ("difference", "gap", "how
  many more", a bare "by how much") is asked as ``derive="change"``: "a rise of $3.7 billion, or about 8.3%"
  (``gap_and_rate`` from ``buckets.reshaped``). A bare "how much bigger/larger" reads three ways, so it is
  answered all three (``derive="bigger"``): "IQVIA: H1 2025 versus full year 2024 - how much bigger was the
  half-year?" had been the multiple alone, "about 1.08 times", with no $3.7 billion, and "How much bigger was
  Greater China out-licensing in 2025 than in 2021?" wants the multiple (9.91 times); both now get "a rise of
  $3.7 billion, or about 8.3% (about 1.08 times the 2024 level)". "How many times bigger" stays a multiple,
  "how much bigger in %" the rate.

Not taken: two trackers set against each other (``compare_reporter``), a company's figure, an average (its
change is the tracker's own reported one), a share (it moves in points), a percent asked alone ("by how much,
in %", "how much higher in percent"), a later part naming its own
figure, tracker or period.
"""

from __future__ import annotations

import re

from assistant.routing.tracker_both import measures_asked
from assistant.routing.tracker_gaps import PERCENT_RE, named_trackers
from assistant.routing.tracker_more import IN_DOLLARS_RE
from assistant.routing.wording import BY_HOW_MUCH_RE, REPORTER_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# a part asking only the size of a change: "by how much", "by how much %", "and the % change", "how big a gap",
# "what's the difference", "in %?"
_BARE_CHANGE_PART_RE = re.compile(
    r"^\W*(?:(?:and\s+)?if so\W*)?(?:and\s+)?(?:also\s+)?(?:(?:what(?:'s| is| was)?|give)\s+)?(?:the\s+)?(?:"
    r"(?:by\s+)?how\s+(?:much|many\s+(?:more|fewer|extra)|big(?:\s+(?:a|the)\s+(?:gap|difference|jump))?)"
    r"(?:\s+(?:more|higher|bigger|up))?"
    r"|(?:by\s+)?what\s+(?:%|percent(?:age)?|pct)"
    r"|(?:%|percent(?:age)?|pct)\s*(?:change|growth|increase|rise|gain|up|diff(?:erence)?)?"
    r"|(?:change|growth|increase|rise|gain|gap|diff(?:erence)?)|in\s+(?:%|percent(?:age)?|pct)(?:\s+terms)?"
    r")(?:\s+(?:in|as\s+a|as)\s*(?:%|percent(?:age)?|pct|terms|dollars|\$))?"
    r"(?:\s*(?:%|percent(?:age)?|pct))?\s*(?:(?:is|was)\s+(?:it|that)|then|too|as well|exactly)?\W*$",
    _I,
)
# the measure a change part names after it ("% increase in number of deals", "percentage rise in upfronts"): the
# part before's own measure is no new ask
_MEASURE_TAIL_RE = re.compile(
    r"\s+(?:in|of|for)\s+(?:the\s+)?(?P<measure>number of deals|deal counts?|counts?|deals|upfronts?(?: totals?)?|"
    r"(?:total |deal )?values?)\s*\??$",
    _I,
)
_LEADING_AND_RE = re.compile(r"^\W*(?:and|also|plus)\s+", _I)
# a period named in a part: then it is an ask of its own
_PERIOD_SAID_RE = re.compile(
    r"(?:19|20)\d\d|\b(?:h[12]|q[1-4]|[12]h|fy|cy)\s*['’]?\d\d\b|\b(?:h[12]|q[1-4]|ytd|fy)\b|['’]\d\d\b", _I
)
# the gap asked in so many words: "difference", "gap", "how many more / extra", "in absolute terms"
_GAP_NOUN_RE = re.compile(
    r"\bdiff(?:erence)?\b|\bgap\b|\bhow many (?:more|extra|additional|fewer)\b|\babsolute\b|\bin (?:dollar|\$) terms\b",
    _I,
)


def change_part_joined(parts: list[str]) -> list[str]:
    """``parts`` with a bare change part ("by how much %") joined to the tracker's part before it."""
    for at in range(1, len(parts)):
        before, part = parts[at - 1], parts[at]
        tail = _MEASURE_TAIL_RE.search(part)
        if tail and measures_asked(tail.group("measure")) <= measures_asked(before):
            part = part[: tail.start()]  # "what's the % increase in number of deals" after "deal count went from…"
        if not _BARE_CHANGE_PART_RE.match(part) or _PERIOD_SAID_RE.search(part) or named_trackers(part):
            continue
        if not named_trackers(before) or len(_PERIOD_SAID_RE.findall(before)) < 2:
            continue  # one tracker's two periods: "IQVIA H1 2025 … full 2024"
        # joined by a dash, not "and": "in 2024 and in percent" would be distributed as two periods
        joined = f"{before.rstrip(' ?,;+-')} - {_LEADING_AND_RE.sub('', part).strip(' ?')}"
        return [*parts[: at - 1], joined, *parts[at + 1 :]]
    return parts


# "how much bigger / larger" with no multiple said ("how many times", "fold", "ratio"): a gap, not a multiple
_BIGGER_RE = re.compile(r"\bhow much (?:bigger|larger|greater)\b", _I)
_TIMES_RE = re.compile(r"\btimes\b|\bfold\b|\bmultiples?\b|\bratio\b|\bx\b", _I)


# a change said as a multiple: "the number of deals nearly tripled from 2024 to 2025, right?" (outsider129 wanted
# "about 1.67 times", the rate alone had said 67%)
_MULTIPLE_WORD_RE = re.compile(
    r"\b(?:doubl|tripl|quadrupl|halv)(?:ed|ing|es)?\b|\b(?:two|three|four|\d+(?:\.\d+)?)[- ]?fold\b", _I
)


def gap_and_rate(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A one-tracker change asked for its gap as that gap and its rate (``derive="change"``); a change said as a
    multiple, the gap, the rate and the multiple (``derive="bigger"``); else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat":
        return calls
    args = calls[0].args
    multiple = args.get("derive") == "growth" and args.get("compare_period") and _MULTIPLE_WORD_RE.search(question)
    if multiple and "share" not in str(args.get("metric")) and "average" not in str(args.get("metric")):
        return [ToolCall(tool="market_stat", args={**args, "derive": "bigger"})]
    # "how much bigger was the half-year?" reads three ways (the gap, the rate, the multiple): all three are said
    bigger = args.get("derive") == "ratio" and _BIGGER_RE.search(question) and not _TIMES_RE.search(question)
    bigger = bigger and not IN_DOLLARS_RE.search(question)  # "in dollar terms, how much bigger": the gap
    if bigger:
        args = {**args, "derive": "growth"}
    if args.get("derive") not in ("growth", "difference") or args.get("compare_reporter") or args.get("subject"):
        return calls
    if "average" in str(args.get("metric")) or not args.get("reporter"):
        return calls
    if not args.get("compare_period") or args.get("compare_period") == args.get("period"):
        return calls
    if "share" in str(args.get("metric")):
        return calls  # a share moves in points only
    said_gap, percent = _GAP_NOUN_RE.search(question), PERCENT_RE.search(question)
    asked_gap = said_gap or ((BY_HOW_MUCH_RE.search(question) or _BIGGER_RE.search(question)) and not percent)
    if args.get("derive") == "growth" and not asked_gap:
        return calls  # the rate asked ("by how much, in %", "how much higher in percent")
    if args.get("derive") == "difference" and not (said_gap and percent):
        return calls  # the gap alone, asked alone
    return [ToolCall(tool="market_stat", args={**args, "derive": "bigger" if bigger else "change"})]


# the milestones alone as the base: "relative to the milestones", "against its potential milestones", "vs milestones"
_AGAINST_MILESTONES_RE = re.compile(
    r"\b(?:relative to|compared (?:to|with)|against|versus|vs\.?|over|divided by|measured against)\s+"
    r"(?:the\s+|its\s+|their\s+|those\s+)?(?:(?:potential|possible|contingent|total)\s+)*"
    r"(?:milestones?|biobucks)(?:\s+payments?)?\b(?!\s*(?:\+|plus|and|&)\s*(?:the\s+)?up-?fronts?)",
    _I,
)


def milestones_as_base(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A tracker's upfront share asked "relative to the milestones" as its upfront over its milestones alone; else
    ``calls``. "Sino Drug Watch tallied upfronts and potential milestones … how large were the upfronts relative to
    the milestones, in %?" had been the upfront over upfront plus milestones (7.74%, not 8.39%): the scene named
    both, the base named the milestones."""
    if len(calls) != 1 or calls[0].tool != "market_stat" or calls[0].args.get("derive") != "upfront_share":
        return calls
    if not _AGAINST_MILESTONES_RE.search(question):
        return calls
    return [ToolCall(tool="market_stat", args={**calls[0].args, "derive": "upfront_to_milestones"})]


_UPFRONT_WORD_RE = re.compile(r"\bup-?fronts?\b", _I)
_MILESTONE_WORD_RE = re.compile(r"\bmilestones?\b|\bbiobucks\b", _I)
# a proportion asked: "in percentage terms", "what %", "ratio", "relative to", "how many times"
_PROPORTION_RE = re.compile(
    r"%|\bper\s?cent(?:age)?\b|\bpct\b|\bratio\b|\brelative to\b|\bhow many times\b|\bas a (?:share|fraction|proportion)\b",
    _I,
)


def upfront_ratio_asked(question: str) -> bool:
    """Whether ``question`` asks one tracker's upfront in proportion to its milestones, one ask the router reads
    whole: "sino drug watch ytd 2025 upfronts against the milestone payments, what %?" had been split into the
    upfront and the milestones asked each on its own, and the percent refused."""
    trackers = named_trackers(question)
    if len(trackers) != 1 or not _PROPORTION_RE.search(question):
        return False
    return bool(_UPFRONT_WORD_RE.search(question) and _MILESTONE_WORD_RE.search(question))


# "# chinese cos w $1bn+ partnerships": "#" as "how many", "w" as "with"
_NUMBER_SIGN_RE = re.compile(r"(^|[:;]\s*|\s[-–—]\s*)#\s*(?:of\s+)?(?=[a-z])", _I)
_W_RE = re.compile(r"\bw/?(?=\s+(?:\$|\d|billion|bn))", _I)
# "chinese drug companies", "pharma cos": the companies the count reads
_COMPANY_NOUN_RE = re.compile(
    r"\b(?:drug|pharma(?:ceutical)?|biotech|biopharma)\s+(?:companies|cos|firms|makers)\b", _I
)
_COS_RE = re.compile(r"\bcos\b(?!')", _I)  # "chinese cos": companies
_HOW_MANY_RE = re.compile(r"\bhow many\b", _I)
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
# "…, and total upfront on them", "… and what those totalled": a tracker's second figure of the same deals
_MEASURE_ON_THEM_RE = re.compile(
    r"^(?P<head>.+?\S)\s*(?:,\s*(?:and|&)?|&|\band\b|\+)\s+(?:"
    r"(?:the\s+|their\s+)?(?P<tail>(?:(?:total|combined|aggregate|overall)\s+)?(?:up-?fronts?|values?))\s+"
    r"(?:on|of|for|across)\s+(?:them|those|these|those deals|these deals)"
    r"|what\s+(?:those|they|these)\s+(?P<totalled>totall?ed|were worth|added up to|came to))\s*\??$",
    _I,
)


def count_and_measure(question: str) -> list[str] | None:
    """A tracker's count asked with a second figure of the same deals, as two asks of that tracker and year:
    "Informa: how many Chinese cos did $1bn+ partnerships in 2024, and total upfront on them?" → the count, and
    "What total upfront did Informa report for 2024?" (the count had been read as a deal count and refused, the
    upfront dropped); "informa: # chinese cos w $1bn+ partnerships in 2024 and what those totalled" the same with
    the total value. ``None`` when ``question`` is not one."""
    trackers = named_trackers(question)
    if len(trackers) != 1:
        return None
    spelt = _W_RE.sub("with", _NUMBER_SIGN_RE.sub(r"\1how many ", question.strip()))
    spelt = _COS_RE.sub("companies", _COMPANY_NOUN_RE.sub("companies", spelt))
    match = _MEASURE_ON_THEM_RE.match(spelt)
    if not match or not _HOW_MANY_RE.search(match.group("head")):
        return None
    year = _YEAR_RE.search(match.group("head"))
    if not year:
        return None
    tail = match.group("tail") or "total value"
    tracker = REPORTER_RE.search(question).group(1)  # type: ignore[union-attr]
    return [match.group("head").rstrip(" ,?") + "?", f"What {tail} did {tracker} report for {year.group(0)}?"]
