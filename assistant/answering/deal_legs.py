"""Kinds of text answer the first list of kinds (``answer_types``) misses (outsider12, review round 4):

- "the reverse leg of the Kelun / Crescent deal", "what went the other way": the licence that runs
  back to the Chinese company, which a sentence about a "reciprocal in-licence" states, not one that
  merely repeats "reverse";
- "anything happen after Simcere's deal with AbbVie was signed?", "any news since?": an event after
  signing, which a later paragraph reports ("a report dated 2026-02-03 said ... an additional $40
  million payment");
- "how many programmes did GSK license from Hengrui's pipeline?": the number of programmes a deal
  covers, which a sentence counting them states ("covering up to 12 programmes").

Each is (name, what the question says, what a sentence holding it says), as in ``answer_types``.
"""

from __future__ import annotations

import re

from assistant.routing.table_asks import AFTER_SIGNING_RE

_I = re.IGNORECASE
_NEXT = (
    r"\bended up happening\b|\bhow did [^?]{0,60}\bend up\s*(?:\?|$)|\bwhat came (?:next|after|of)\b|\bwhat happened (?:next|then|afterwards?|after (?:that|it|the))\b|"
    r"\bsince then\b|\bwhat(?:'s| was)? next\b|\bwhat became of\b"
)
LATER_TYPES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "reverse_leg",
        re.compile(
            r"\breverse (?:leg|deal|licen[cs]e|part|side|direction|transaction)\b|\bthe other (?:way|direction)\b|"
            r"\bflip side\b|\breciprocal\b|\bin-?licen[cs]e (?:leg|part|side)\b",
            _I,
        ),
        re.compile(
            r"\breciprocal\b|\bboth directions\b|\bin-licen[cs]e\b|\btook (?:[\w-]+ ){0,3}rights to\b|\bin return\b", _I
        ),
    ),
    (
        "after_signing",
        # "what ended up happening with the ImmuneOnco-Axion deal?", "what came next for Argo and Novartis?",
        # "and since then?" (text15b): the same later events, which "came back ... for a much larger pact",
        # "went on to sign" and "rights reverted" state
        re.compile(rf"{AFTER_SIGNING_RE.pattern}|{_NEXT}", _I),
        re.compile(
            r"\breport dated\b|\breceived (?:an? )?(?:additional|further|second|new)\b|\badditional \$|"
            r"\bsubsequently\b|\bremains active\b|\bterminat\w*|\bacquired\b|\bexercised\b|"
            r"\bcame back\b|\bwent on to\b|\breverted\b",
            _I,
        ),
    ),
]
_ITEMS = r"(?:programmes|programs|assets|molecules|candidates|compounds|drugs|medicines)"
_HOW_MANY = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
LATER_TYPES.append(
    (
        "item_count",
        re.compile(rf"\bhow many (?:[\w-]+ ){{0,2}}?{_ITEMS}\b", _I),
        re.compile(rf"\b(?:{_HOW_MANY})\s+(?:[\w-]+\s+){{0,3}}?{_ITEMS}\b", _I),
    )
)
LATER_SEARCH_WORDS = {
    "reverse_leg": "reciprocal in-licence both directions rights",
    "after_signing": "report dated received additional payment remains active later",
    "item_count": "up to programmes programs covering",
}
