"""Kinds of text answer a journalist asks for that ``answer_types`` and ``deal_legs`` miss (outsider27).

- "YL201 hits which antigen?", "what does HS-20110 bind to?": the drug's target, which the sentence
  saying what it "targets" or is "against" names, not the one about the deal's history;
- "How does HRS-1893 work, mechanistically?": how the drug acts (an inhibitor, an engager, what it binds);
- "did Kelun get anything back besides cash?", "what did it receive in exchange?": the reverse leg of a
  two-way deal, which the sentence about the reciprocal in-licence states;
- "the downsides of the boom Caixin warned about": the sentence listing the risks;
- "why do people quote different headlines for the Evopoint/Astellas ADC?", "some outlets had it at $4.7bn, not
  $18.5bn": the sentence saying how the reported figures differ ("the sources disagree", "leaves out the sales
  milestones"), which comes before any "why" (``SOURCES_TYPES``, put first by ``answer_types``);
- "How many patients are enrolled in the phase 3?": a trial's size, which only a sentence giving a number
  of patients answers; a sentence saying what the drug is does not (a required kind: none, no answer).

Each is (name, what the question says, what a sentence holding it says), as in ``answer_types``.
"""

from __future__ import annotations

import re

from assistant.answering.event_kinds import EVENT_SEARCH_WORDS, EVENT_TYPES
from assistant.routing.article_asks import SOURCES_RE
from assistant.routing.story_words import DOWNSIDE_RE, GOT_BACK_RE

_I = re.IGNORECASE
STORY_TYPES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "enrolment",
        re.compile(
            r"\benrol(?:l)?(?:s|ed|ing|ment|ments)?\b|\bhow many (?:patients|subjects|participants|volunteers)\b|"
            r"\b(?:sample|trial|study|cohort) size\b",
            _I,
        ),
        re.compile(r"\b\d[\d,]*\s+(?:patients|subjects|participants|volunteers|people)\b|\benrol\w*", _I),
    ),
    (
        "target",
        re.compile(
            r"\b(?:which|what) (?:antigens?|receptors?|proteins?|epitopes?|pathways?)\b|\bhits? (?:which|what)\b|"
            r"\bwhat (?:does|did|do) [^?]{1,50}?\b(?:hit|bind|go after|block|attack|act on|recogni[sz]e)\b|"
            r"\b(?:binds?|blocks?) (?:to )?(?:which|what)\b",
            _I,
        ),
        # a token with a capital or a digit after the verb: "targets B7-H3", "against TL1A", "binds BCMA"
        re.compile(r"\b(?:[Tt]argets?|against|binds?|blocks?)\s+(?:both\s+)?\S*[A-Z0-9]"),
    ),
    (
        "mechanism",
        re.compile(
            # "how does HRS-1893 work", "how does the drug work"; "how does the US profit split work" is no drug's
            r"(?i:\bhow (?:does|do|did)\s+)(?:(?i:it|they|the (?:drug|molecule|asset|antibody|candidate|medicine|"
            r"compound|therapy))|[A-Z][A-Za-z]*-?\d[\w-]*)\s+(?i:(?:actually\s+)?work)\b|"
            r"(?i:\bmechanistic\w*|\bmode of action\b|\bmechanism of action\b)"
        ),
        re.compile(
            r"\b(?:inhibitors?|agonists?|antagonists?|engagers?|blocks?|binds?|targets?|against|conjugates?|"
            r"bispecific|trispecific|degraders?)\b",
            _I,
        ),
    ),
    (
        "given_back",
        GOT_BACK_RE,
        re.compile(
            r"\breciprocal\b|\bboth directions\b|\bin-licen[cs]e\b|\btook (?:[\w-]+ ){0,3}rights to\b|\bin return\b", _I
        ),
    ),
    (
        "downside",
        DOWNSIDE_RE,
        re.compile(r"\brisks?\b|\bwarn\w*|\bconcerns?\b|\bdownsides?\b|\bcrowd\w*|\bwalk away\b", _I),
    ),
]
SOURCES_TYPES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "sources_differ",
        SOURCES_RE,  # the router's reading of two reported values of one deal
        re.compile(
            r"\bdisagree\w*|\bdiffer\w*|\bleaves? out\b|\bon (?:that|this) reading\b|\binstead\b|\bcombined figure\b|"
            r"\b(?:some|other) (?:outlets|reports|sources)\b|\bthe table uses\b",
            _I,
        ),
    )
]
STORY_SEARCH_WORDS = {
    "sources_differ": "sources disagree figure reported outlets leaves out instead table uses",
    "enrolment": "patients enrolled trial",
    "target": "targets against binds",
    "mechanism": "inhibitor targets binds designed to",
    "given_back": "reciprocal in-licence both directions rights",
    "downside": "risks boom crowding terminate",
} | EVENT_SEARCH_WORDS
STORY_TYPES += EVENT_TYPES  # a pair's earlier deals, the closing, the platform (session 9)
# a trial's size: no sentence giving one, no answer
STORY_REQUIRED = ("enrolment",)
