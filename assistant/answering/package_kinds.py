"""Two kinds of text answer asked by a bare noun as often as by a wh-question (text16b), for ``answer_types``.

- "members": what a deal is made of. "List the molecules in the Hengrui package", "which assets did Kailera
  get?", and an analyst's shorthand: "argo/novartis sept 25 - what assets r in it", "how is the Hengrui-GSK
  pact put together?", "break down what Novartis got". (Not "what sits under option?" alone: split off a
  question naming the deal, it names none, and other deals' options answered it.)
  The sentence that answers names several asset codes, or enumerates the parts ("received options on 2
  discovery-stage molecules ..., a right of first negotiation on BW-00112", "The package also includes two
  preclinical small molecules", "GSK also gained options on up to 11 further Hengrui programs"); before,
  "what assets" was read as the drug's kind and the siRNA opening answered it, or an equity sentence did.
- "territory": where the licensee's rights run. "Which territory?", "where?", and the bare noun: "YL201 roche
  - territory excl?", "geography of the licence": the sentence with "worldwide except mainland China, Hong
  Kong and Macau" answers, not the no-termination sentence (which had shared more of the question's names).
Each is (name, what the question says, what a sentence holding it says), as in ``answer_types``.
"""

from __future__ import annotations

import re

from assistant.routing.package_words import MEMBERS_ASKED_RE

_I = re.IGNORECASE
MEMBERS_TYPE: tuple[str, re.Pattern[str], re.Pattern[str]] = (
    "members",
    MEMBERS_ASKED_RE,  # the question side is the router's too (``routing.package_words``)
    re.compile(
        r"\b[A-Z]{2,}-?\d{3,}\w*\b[^.]*\b[A-Z]{2,}-?\d{3,}\w*\b|"
        r"\boptions? on (?:up to )?\d+\b|\boptions? on (?:two|three|four|five|six)\b|\bright of first negotiation\b|"
        r"\b(?:package|portfolio) (?:also )?(?:includes|has|comprises)\b|\bhas \d+ assets\b|\bseveral parts\b|"
        r"\b(?:two|three|four|five|\d+) (?:[\w-]+ ){0,3}(?:molecules|candidates|programs|assets|compounds)\b",
        _I,
    ),
)
TERRITORY_TYPE: tuple[str, re.Pattern[str], re.Pattern[str]] = (
    "territory",
    re.compile(
        r"\b(?:which|what) (?:territor(?:y|ies)|regions?|markets?|countries)\b|^\W*(?:and\s+)?where\W*$|"
        # "where" of rights only ("where can glenmark sell it?"), not of an event ("where did the consortium meet?")
        r"\bwhere\b(?=[^?]{0,50}\b(?:sell\w*|market\w*|rights?|licen[cs]\w*|commerciali[sz]\w*|territor\w*|"
        r"develop\w*|keeps?|kept|holds?|covers?|launch\w*|valid|appl(?:y|ies))\b)|"
        # the bare noun: "territory excl?", "geography?", "ex-China rights?"
        r"\bterritor(?:y|ies|ial)\b|\bgeograph(?:y|ies|ic)\b|\bex-(?:China|US|Asia)\b",
        _I,
    ),
    re.compile(
        r"\bworldwide\b|\bglobal(?:ly)?\b|\boutside (?:of )?(?:mainland )?China\b|\bGreater China\b|"
        r"\bUnited States\b|\bU\.S\.|\bEurope\b|\bJapan\b|\bex-China\b|\brights\b|\bexcept\b|\bexcluding\b",
        _I,
    ),
)
# what the sentence answering each kind says, added to the search (the enumerating paragraph shares few of the
# question's words: "what assets r in it" and "Novartis received options on 2 discovery-stage molecules")
PACKAGE_SEARCH_WORDS = {
    "members": "assets molecules programs candidates options includes package parts right of first negotiation",
    "territory": "rights worldwide except outside territory keeps",
}
# A sentence announcing how many assets a deal has ("licensed three autoimmune drug candidates to Zenas", "The
# deal has several parts") promises the sentences after it that name them, when the question asks for them:
# "list the drugs InnoCare licensed to Zenas" wants the next sentence's "an oral IL-17AA/AF inhibitor and a
# TYK2 inhibitor" too (``composer._keep_promises``).
LIST_PROMISE_RE = re.compile(
    r"\b(?:two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+){0,2}(?:candidates|assets|molecules|programs|"
    r"programmes|compounds|drugs|parts|components)\b",
    _I,
)
