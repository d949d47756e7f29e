"""The asker's own context in a chatty message, set aside before the question is read (outsider85).

"we're modelling the back end of our term sheet this week (yes, another PD-1/VEGF bispecific, shocking I know)
and I need the milestone ceiling on Pfizer's SSGJ-707 licence from 3SBio. just the milestones please, not the
headline total": a BD head says what they are working on before the ask. Their own things are no deal of the
table and no filter: "our term sheet" asks no deal's contract terms, "our potential partner's asset is a
PD-L1xVEGF" names no target to filter on, an aside in brackets naming no company sets nothing, and "not the
headline total" after the measure asked is the measure they do not want. Each rule is a plain record (name,
pattern, the words written, an example and phrasings it must not take: ``tests/test_shorthand.py``); the rules
run first in ``leadin.focused``, so the lead-in reader sees the message without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.routing.entities import EntityIndex

_I = re.IGNORECASE


@dataclass(frozen=True)
class OwnContext:
    name: str
    pattern: re.Pattern[str]
    written: str
    example: str
    not_for: tuple[str, ...] = ()


_OURS = r"\b(?:our|my|the\s+client's|our\s+client's)\s+(?:own\s+|potential\s+|prospective\s+)?(?:(?:partner|client|target)['’]s\s+)?"
_MEASURE = (
    r"(?:headline\s+(?:total|value|number|figure)|headline|total(?:\s+(?:deal\s+)?value)?|biobucks|"
    r"up[\s-]?fronts?(?:\s+payments?)?|milestones?(?:\s+payments?)?|equity)"
)

OWN_CONTEXTS: tuple[OwnContext, ...] = (
    # "the back end of our term sheet", "our term sheet", "my deck": the asker's own document, no deal's terms
    OwnContext(
        "the asker's own document",
        re.compile(
            rf"(?:\bthe\s+(?:[\w-]+\s+){{0,2}}of\s+)?{_OURS}(?:term[\s-]?sheets?|models?|decks?|memos?|valuations?|"
            r"spreadsheets?|comps?\s+tables?|investment\s+memo|ic\s+memo|board\s+papers?)\b",
            _I,
        ),
        "our model",
        "we're modelling the back end of our term sheet this week",
        ("what were the terms of the 3SBio deal?", "the term sheet Pfizer signed with 3SBio"),
    ),
    # "our potential partner's asset is a PD-L1xVEGF", "our lead molecule is a CD3 bispecific": the asker's asset
    OwnContext(
        "the asker's own asset",
        re.compile(
            rf"{_OURS}(?:asset|drug|molecule|candidate|program|programme|lead(?:\s+asset)?|compound)s?\s+"
            r"(?:is|are)\s+(?:also\s+)?(?:an?\s+)?[^,.;:?!]{1,60}?(?=\s+and\b|[,.;:?!]|$)",
            _I,
        ),
        "",
        "our potential partner's asset is a PD-L1xVEGF and their banker keeps waving the deal around",
        ("what asset is in the Pfizer deal?",),
    ),
    # "we have a CD3 bispecific so it's a comp", "we've got a GLP-1 too": the asker's own asset, said as a comparison
    OwnContext(
        "the asker's own asset, had",
        re.compile(
            r"\b(?:we|i)\s*(?:have|['’]ve\s+got|['’]ve|have\s+got)\s+(?:an?\s+|our\s+own\s+)[^,.;:?!]{1,50}?"
            r"(?:\s+(?:so|too|as\s+well)\b[^,.;:?!]{0,40})?(?=[,.;:?!]|$)",
            _I,
        ),
        "",
        "What did Merck pay Curon upfront for CN201? we have a CD3 bispecific so it's a comp",
        ("what do we have on Hengrui?",),
    ),
    # ", not the headline total", "rather than the upfront" closing a clause: the measure not wanted
    OwnContext(
        "a measure not wanted",
        re.compile(
            rf"\s*[,;–—-]?\s*(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:just\s+|only\s+)?(?:on\s+|by\s+)?(?:the\s+|a\s+)?"
            rf"{_MEASURE}"
            r"(?=\s*(?:please|pls)?\s*[.?!;]?\s*$|\s*,\s*(?:just|only)\b)",  # "…, not the milestones, just the upfront"
            _I,
        ),
        "",
        "just the milestones please, not the headline total",  # "the total, not just the milestones" too
        ("is 12bn the total or not?", "which deals had an upfront but not the total disclosed?"),
    ),
)
# "(yes, another PD-1/VEGF bispecific, shocking I know)": an aside in brackets
_ASIDE_RE = re.compile(r"\s*\(([^()]{3,160})\)")
# an aside that says something of the question stays: an amount or a year ("(in 2024)", "(over $1bn)"), a date
# ("(to mid-February)"), a filter said ("(leave out the bispecific ADC)", "(not counting options)"), a measure ("(including the upfront payment)", "(headline value)"), a scope ("(in our
# table)", "(ex-China)") or a side ("(the buyer)")
_SAYS_SOMETHING_RE = re.compile(
    r"\$|\d\s*(?:m|bn|b|k|million|billion|%)\b|\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    r"dec)[a-z]*\b|\b(?:q[1-4]|h[12]|[12]h|fy|cy|ytd|year|quarter|month|since|before|after|through|until|to|from|"
    r"in|incl\w*|excl\w*|ex|except|without|only|just|not|plain|pure|conventional|leav\w*\s+out|left\s+out|omit\w*|ignor\w*|minus|skip\w*|drop\w*|"
    r"other\s+than|apart\s+from|aside\s+from|counting|up[\s-]?fronts?|milestones?|bio[\s-]?bucks|total|headline|values?|"
    r"equity|royalt\w*|near[\s-]term|cash|deals?|licen[cs]\w*|buyers?|sellers?|licensors?|licensees?|table|data|"
    r"dataset|tracker|reported|per|each|vs|versus|median|average|mean|sum|count|number|terminated|status)\b",
    _I,
)

# "(or PD-L1)", "(and GLP-1)": another coded name beside the one before, asked as well (the outsider92 list of PD-1 x
# VEGF licences had dropped "(or PD-L1)" as an aside and missed ImmuneOnco's PD-L1xVEGF deal)
_ALTERNATIVE_CODE_RE = re.compile(r"^\s*(?:or|and|/)\s+[A-Za-z][A-Za-z0-9.-]*\d[A-Za-z0-9.-]*\s*$", _I)


def _aside_dropped(match: re.Match[str], entities: EntityIndex) -> str:
    """An aside in brackets that names no company, asset, figure, period, measure or scope is dropped ("(yes,
    another PD-1/VEGF bispecific, shocking I know)"); any other stays."""
    aside = match.group(1)
    if _ALTERNATIVE_CODE_RE.match(aside):
        return match.group()  # "PD-1 (or PD-L1) x VEGF": a second target read by ``targets``, not an aside
    if entities.find_companies(aside).mentions or entities.find_assets(aside) or _SAYS_SOMETHING_RE.search(aside):
        return match.group()
    return ""


def without_own_context(question: str, entities: EntityIndex) -> str:
    """``question`` without the asker's own context; a question with none comes back unchanged. A message of one
    short clause is left as typed (nothing before its ask to set aside)."""
    if len(question.split()) < 12:
        return without_measure_not_wanted(question)  # "compare them on total, not on milestones": short, still read
    spelt = _ASIDE_RE.sub(lambda match: _aside_dropped(match, entities), question)
    for rule in OWN_CONTEXTS:
        spelt = rule.pattern.sub(rule.written, spelt)
    spelt = re.sub(r"\s+([,.;:?!])", r"\1", re.sub(r"\s{2,}", " ", spelt)).strip()
    spelt = re.sub(r"[,;]\s*(?=[.?!]|$)", "", spelt)
    return spelt or question


def without_measure_not_wanted(question: str) -> str:
    """``question`` without a closing "…, not just the milestones": the rule of ``OWN_CONTEXTS`` for a message read
    into English from Chinese ("请给total不是只给milestone"), which the lead-in reader saw before it was English."""
    rule = next(rule for rule in OWN_CONTEXTS if rule.name == "a measure not wanted")
    return re.sub(r"\s+([,.;:?!])", r"\1", rule.pattern.sub(rule.written, question)).strip() or question
