"""Wording for rows set in an order or one measure taken from another: "largest upfront to
smallest", "sort those by upfront", "the upfront, stripping out the share purchase"."""

from __future__ import annotations

import re


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# "largest upfront to smallest", "sort those by upfront, biggest first", "in descending order": every row,
# in order (group 1 set: smallest first).
_BIG = r"(?:largest|biggest|highest|most|richest|top)"
_SMALL = r"(?:smallest|lowest|least|cheapest|bottom)"
SORT_RE = _re(
    rf"\b({_SMALL})\b[^?.]{{0,40}}?\b(?:to|down to|up to|through)\s+(?:the\s+)?{_BIG}\b|\b({_SMALL}) first\b|"
    rf"\bin (asc)ending order\b|\b(ascending)\b|从小到大|"
    rf"\b{_BIG}\b[^?.]{{0,40}}?\b(?:to|down to|through)\s+(?:the\s+)?{_SMALL}\b|\b{_BIG} first\b|\bin descending order\b|\bdescending\b|"
    r"\b(?:sort|sorted|sorting|order|ordered|arrange|arranged|rank all|list|line(?:d)? up|lining up)\b[^?.]{0,60}?\bby (?:the |their |its )?(?:size|up[\s-]?fronts?|milestones?|"
    r"total|value|deal value|headline value|equity|amount)\b|从大到小|按[^?？]{0,10}排序"
)
# "If you strip out the share purchase, how much of the upfront was cash?": one measure less another.
EXCLUDING_RE = _re(
    r"\bstrip(?:ping|ped)? out\b|\bexclud(?:e|es|ed|ing)\b|\bnet of\b|\bminus\b|\bless the\b|\b(?:take|taking|took) out\b|"
    r"\bleav(?:e|ing) out\b|\bnot counting\b|\bsubtract(?:ing|ed)?\b|\bdeduct(?:ing|ed)?\b|\bremov(?:e|ing|ed)\b|"
    r"\bwithout (?:the )?(?:equity|stake|share purchase)|扣除|不含"
)
# "Merck's 2024 upfronts, excluding the LaNova deal": the company named next is left out, not asked about.
EXCLUDED_NEXT_RE = _re(
    r"\b(?:exclud(?:e|es|ed|ing)|not counting|leav(?:e|ing) out|except(?: for)?|other than|apart from|aside from|"
    r"but not|minus|without)\s+(?:(?:with|from|to)\s+)?(?:the\s+|its\s+|their\s+)?$|(?:不含|除了|除去|扣除)\s*$"
)
# "At what price did Takeda buy the new shares?": a price per share, which no table column holds.
PER_SHARE_RE = _re(r"\bprice\b|\bapiece\b|\bper share\b|\beach share\b|\ba share\b|每股")
# "excluding the WuXi and Earendil ones", "without the borderline WuXi and Earendil cases": a list of names left
# out, each of them, whether or not another company is asked about ("Earendil/Sanofi one" is one deal: no list).
_NAME = r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)?"
LISTED_LEFT_OUT_RE = re.compile(
    r"\b(?i:exclud(?:e|es|ed|ing)|without|leav(?:e|ing) out|not counting|except(?: for)?|other than)\s+(?:the\s+)?"
    rf"(?:(?:borderline|old|two)\s+)?({_NAME}(?:\s*,\s*{_NAME})*\s*(?:,\s*)?(?:and|or|&)\s+{_NAME})\s+"
    r"(?:ones?|deals?|cases?|rows?|transactions?)\b"
)
