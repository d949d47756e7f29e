"""One deal named once, then a list of asks about it, some figures and some facts of its article (outsider84-85).

An analyst's terminal shorthand and a BD head's long message both name the deal first and then list what they want:

    "1093.HK/AZN jan-26: UF; MS; when's close"
    "united labs UBT251 NOVO: UF; MS; territory"
    "On RemeGen's telitacicept deal with Vor Bio: what was the upfront, how was it split between cash and stock,
     and what are the milestones?"
    "The NewCo structure keeps coming up. On the Hengrui/Kailera one, who backed the NewCo, how much did it raise,
     and what did Hengrui get in the NewCo?"

The split at ";" and ", and" left bare terms ("MS", "territory") too short to be a part, and every later part
without the deal ("When's close?" answered from nowhere). ``deal_asks`` reads the subject (the words before the
first ":" or " - ", or an "On/For <deal>," clause) and the asks after it (split at ";", ",", "and", numbers), and:

- each figure ask ("UF", "MS", "further $", "what was the upfront", "the total") becomes its own part with the
  subject: "1093.HK/AZN jan-26 upfront", "1093.HK/AZN jan-26 milestones";
- each fact ask that ``FACTS`` knows (closing, territory, how the upfront is paid, near-term payments, how
  co-licensors split the money, letter of intent and definitive agreement dates, backers, money raised, what a
  party got, what the drug is) is left to ``answering.deal_facts``, which states it from the deal's own article
  beside the figures, when there is a figure part; with no figure asked, each is a part with the subject;
- any other ask is a part with the subject ("LaNova/MRK LM-299: who owns LaNova now"), in shorthand between
  semicolons only: "Regarding X, please state the upfront consideration, the milestone ceiling, and the licensed
  territory" is left to the router, and ``answering.deal_facts`` still states a fact it names.

Only a subject naming a company or a drug code, two asks or more, and at least one ask the plain split would
lose (a fact ask, or a bare shorthand term) take this reading; "X: upfront and milestones" is the router's.
"""

from __future__ import annotations

import re

from assistant.routing.distribute import Spans

_I = re.IGNORECASE
# shorthand a trader or a BD head writes for a deal's figures, and the words the router reads for them
_FIGURES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:uf|upf|ufp|up[\s-]?front(?:\s+payments?)?|cash\s+at\s+signing)$", _I), "upfront"),
    (
        re.compile(
            r"^(?:ms|msts?|mlstns|milestones?(?:\s+payments?)?|bio[\s-]?bucks|further\s+(?:\$|payments?|money))$", _I
        ),
        "milestones",
    ),
    (re.compile(r"^(?:tv|total(?:\s+(?:deal\s+)?value)?|headline(?:\s+value)?|deal\s+value)$", _I), "total value"),
    (re.compile(r"^(?:eq|equity(?:\s+investment)?)$", _I), "equity"),
)
# what an ask says before its term: "what was the", "and what are the", "how much is the"
_ASK_LEAD_RE = re.compile(
    r"^(?:(?:and|plus|also|n|&)\s+)?(?:(?:what|how\s+much)\s+(?:was|were|is|are|'s)\s+)?(?:the\s+)?(?:deal'?s\s+)?", _I
)
# The facts of a deal its article states and no column holds, as a question names them: (name, pattern).
FACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("closing", re.compile(r"\bclos(?:e|ed|ing)\b|\bcompletion\b|\bwhen\b[^;,]{0,30}\bcomplete", _I)),
    (
        "territory",
        re.compile(r"\bterritor(?:y|ies)\b|\bwhich\s+(?:markets|regions|countries)\b|\bwhere\b.*\brights\b", _I),
    ),
    (
        "payment form",
        re.compile(
            r"\bhow\s+(?:is|was|will|are|were)\s+(?:it|that|the\s+(?:\S+\s+)?up[\s-]?front|the\s+money)\s+(?:be\s+)?"
            r"(?:paid|made\s+up|structured|split)\b|\bsplit\s+between\s+cash\b|"
            # "and how the upfront is paid": the question said as a clause
            r"\bhow\s+the\s+(?:\S+\s+)?up[\s-]?front(?:\s+\S+)?\s+(?:is|was|will\s+be)\s+(?:paid|structured|made\s+up|split)\b|"
            # "upfront and how it's paid" (outsider96: the instalments had been dropped)
            r"\bhow\s+(?:it|that)(?:'s|’s|\s+is|\s+was|\s+gets)\s+(?:paid|structured|made\s+up|split)\b|\bcash\s+(?:vs\.?|versus|and|or)\s+"
            r"(?:stock|shares|equity|warrants)\b|\bpaid\s+in\s+(?:cash|shares|stock)\b|\b(?:all\s+)?in\s+cash\b|"
            # "uf, warrant piece, territory": the part of the upfront paid in warrants or stock (outsider100)
            r"^(?:the\s+)?(?:warrants?|stock|shares?)(?:\s+(?:piece|part|portion|component|bit|element|leg))?$",
            _I,
        ),
    ),
    ("near-term", re.compile(r"\bnear[\s-]?term\b", _I)),
    # "what are the China option payments worth" (outsider110): the option on rights not licensed yet
    ("option payments", re.compile(r"\boption\s+(?:payments?|fees?|exercise\s+fees?)\b", _I)),
    (
        "co-licensor split",
        re.compile(
            r"\bhow\s+do\s+(?:they|\w+\s+and\s+\w+)\s+(?:split|share|divide)\b|\b(?:split|share|divide)\s+the\s+"
            r"(?:money|payments|proceeds|economics)\b|\bwho\s+gets\s+what\b",
            _I,
        ),
    ),
    ("agreement dates", re.compile(r"\bLOI\b|\bletter\s+of\s+intent\b|\bDA\s+dates?\b|\bdefinitive\s+agreement\b", _I)),
    ("backers", re.compile(r"\bwho(?:'s|\s+is|\s+are)?\s+(?:backed|backing|behind|funded|funding)\b|\bbackers\b", _I)),
    ("raised", re.compile(r"\bhow\s+much\s+did\s+(?:it|the\s+newco|they)\s+raise\b|\bamount\s+raised\b", _I)),
    (
        "party's share",
        re.compile(
            r"\bwhat\s+did\s+\w+\s+get\s+in\s+the\s+newco\b|\bstake\s+in\s+the\s+newco\b|"
            # "what % of Vor do the warrants represent", "what percentage of X does the stake amount to"
            r"\bwhat\s+(?:%|percent(?:age)?|share)\s+of\s+\w+[^?,;]{0,30}\b(?:warrants?|stake|shares|equity)\b",
            _I,
        ),
    ),
    # "Hansoh/Roche: upfront, milestones, announce date?": the day the deal was made public (outsider96 had dropped it)
    (
        "announced",
        re.compile(
            r"\bannounce(?:ment)?\s+date\b|\bdate\s+(?:it\s+was\s+)?announced\b|\bwhen\s+(?:was\s+(?:it|the\s+deal)\s+)?"
            r"announced\b|\bannounced\s+when\b|\bdeal\s+date\b",
            _I,
        ),
    ),
    # "which number collab is it between them?", "how many times have they partnered?": the article's count of the
    # pair's deals ("the seventh collaboration between ...")
    (
        "collaboration count",
        re.compile(
            r"\bwhich\s+(?:number|no\.?|#)\s+(?:collab\w*|partnership|deal|tie-?up|agreement)\b|"
            r"\bhow\s+many\s+(?:times|collab\w*|partnerships|deals|tie-?ups)\b[^?;,]{0,40}\b(?:partnered|together|"
            r"between\s+them|worked)\b|\b(?:nth|which)\s+(?:collab\w*|partnership)\b",
            _I,
        ),
    ),
    # "Roche/Hansoh HS-20110: target; upfront; ms?": what the drug acts on, a bare noun between the figures
    (
        "target",
        re.compile(
            r"^(?:(?:the|its|drug'?s?)\s+)?(?:targets?|mechanism(?:\s+of\s+action)?|moa|mode\s+of\s+action)$|"
            r"^what\s+(?:does|do)\s+(?:it|they)\s+target$",
            _I,
        ),
    ),
    (
        "drug",
        re.compile(
            r"^(?:what\s+is\s+it|what\s+(?:sort|kind|type)\s+of\s+(?:drug|asset|molecule)(?:\s+is\s+it)?|indications?|"
            r"what(?:'s|\s+is)\s+it\s+for|(?:what(?:'s|\s+is|\s+was)?\s+(?:the\s+|its\s+)?)?modality(?:\s+is\s+it)?|"
            # "n whats the lead drug", "and what's the lead asset" (outsider98: the total before it had been dropped)
            r"(?:(?:and|n|&)\s+)?what(?:'s|s|\s+is|\s+was)\s+(?:the\s+)?(?:lead\s+)?(?:drug|asset|molecule|program))$",
            _I,
        ),
    ),
)
# "1093.HK/AZN jan-26: …", "xtalpi dovetree 100mm UF - …": the subject ends at the first colon or spaced dash
# (the last one before the first ask: "Kailera - Hengrui: upfront+near-term, …" names the pair)
_SUBJECT_RE = re.compile(r"^(?P<subject>[^:;?,]{3,120})\s*(?::|\s[-–—]\s)\s*(?P<asks>\S.*)$")
# "…. On the Hengrui/Kailera one, who backed …": a clause naming the deal before the asks, after a scene-setting sentence
_ON_CLAUSE_RE = re.compile(
    r"(?:^|[.!?]\s+)(?P<subject>(?:on|for|re|regarding|about|with)\s+[^,:;?]{3,80}?)\s*[,:]\s*(?P<asks>\S.*)$", _I
)
# asks split at "?", ";", ",", a spaced dash ("milestones — and has it closed?": the milestones had been lost in the
# closing ask), "and what…", "(a)", "1)", "+"
_ASK_SPLIT_RE = re.compile(
    r"\?\s+|\s*;\s*(?:and\s+)?|\s*,\s*(?:and\s+)?|\s+[-–—]\s+(?:and\s+)?|\s+and\s+(?=(?:what|how|who|whose|which|when|where|is|are|was|were|did|"
    r"does|do)\b)|\s*(?<![\w(])\(?\d\)\s*|\s*(?<![\w(])\(?[a-e]\)\s+|\s*\+\s*",  # not "lp(a)"
    _I,
)
# "…? asking because we may get pushback on territory": why the asker asks, no ask of its own
_ASIDE_RE = re.compile(
    r"^(?:asking|because|as\s+we|since\s+we|we(?:'re|\s+are|\s+may|\s+might)|i(?:'m|\s+am)|fyi|all\s+(?:three|four|3|4)|"
    r"please|pls|thanks)\b",
    _I,
)
# a bracketed gloss on an ask, "modality (in vivo or ex vivo car-t)", read without it (outsider100); "(a)", "(1)" mark asks
_GLOSS_RE = re.compile(r"\s*\((?![a-e1-9]\))[^()]{3,80}\)")
_PLEASE_RE = re.compile(r"[\s,]+(?:please|pls|plz|thanks|thx)\s*$", _I)
# "near-term and milestones": two asks joined by "and" when each is a figure or a fact on its own
_AND_RE = re.compile(r"\s+(?:and|&|plus)\s+", _I)
_DRUG_CODE_RE = re.compile(r"\b[A-Za-z]{2,6}-?\d{3,5}\b")
# "A + B … to C", "A and B … to C": co-licensors of one deal; the deal is asked by the first and the licensee
_CO_LICENSORS_RE = re.compile(r"\s*(?:\+|&|\band\b)\s*$", _I)


def _figure(ask: str) -> str | None:
    term = _ASK_LEAD_RE.sub("", ask.strip().rstrip("?.! ")).strip()
    return next((word for pattern, word in _FIGURES if pattern.match(term)), None)


def fact_asked(ask: str) -> str | None:
    """The name of the deal fact ``ask`` asks for ("when's close" -> "closing"), or None."""
    text = ask.strip().rstrip("?.! ")
    return next((name for name, pattern in FACTS if pattern.search(text)), None)


def _subject_and_asks(question: str, spans: Spans) -> tuple[str, list[str]] | None:
    text = question.strip()
    for match in (_SUBJECT_RE.match(text), _ON_CLAUSE_RE.search(text)):
        if match is None:
            continue
        subject = match.group("subject").strip()
        if not (spans(subject) or _DRUG_CODE_RE.search(subject)):
            continue
        pieces = [_PLEASE_RE.sub("", ask.strip(" ,;?.")) for ask in _ASK_SPLIT_RE.split(match.group("asks")) if ask]
        pieces = [_unglossed(piece) for piece in pieces]  # "modality (in vivo or ex vivo car-t) + uf": a gloss
        asks = [ask for piece in pieces if piece and not _ASIDE_RE.match(piece) for ask in _joined_asks(piece)]
        return subject, asks
    return None


def _unglossed(piece: str) -> str:
    """An ask without its bracketed gloss when only the gloss kept it from reading as a figure or a fact
    ("modality (in vivo or ex vivo car-t)"); kept whole when it reads as one with it ("how was the upfront
    structured (cash vs. warrants)": the gloss names the split)."""
    return piece if _figure(piece) or fact_asked(piece) else _GLOSS_RE.sub("", piece).strip()


def _joined_asks(ask: str) -> list[str]:
    pieces = _AND_RE.split(ask)
    if len(pieces) > 1 and all(_figure(piece) or fact_asked(piece) for piece in pieces):
        return pieces
    return [ask]


def _one_licensee(subject: str, spans: Spans) -> str:
    """ "The Kelun + Harbour co-licence of the TSLP antibody to Windward Bio" -> "Kelun … to Windward Bio": two
    licensors said together and a licensee after "to" are one deal, asked by its first licensor and its licensee."""
    found = spans(subject)
    if len(found) != 3:
        return subject
    (_, end1), (start2, end2), (start3, _) = found
    if not _CO_LICENSORS_RE.search(subject[end1:start2]) or not re.search(
        r"\bto\s+(?:the\s+)?$", subject[end2:start3], _I
    ):
        return subject
    return f"{subject[:end1].rstrip()} {subject[end2:].lstrip()}".strip()


def deal_asks(question: str, spans: Spans | None) -> list[str] | None:
    """The parts of a one-deal question listing several asks (see the module docstring), or None."""
    if spans is None:
        return None
    read = _subject_and_asks(question, spans)
    if read is None:
        return None
    subject, asks = read
    if len(asks) < 2 or len(asks) > 6:
        return None
    figures = [_figure(ask) for ask in asks]
    if not spans(subject) and not any(figures):
        return None  # "HS-20093 - what is it and what did GSK get": the drug's (part_topics); deal_facts still reads it
    facts = [fact_asked(ask) if figure is None else None for ask, figure in zip(asks, figures, strict=True)]
    # a bare term the plain split drops ("UF; MS; …": a part needs two words), said between semicolons
    bare = ";" in question and any(figure and len(ask.split()) == 1 for ask, figure in zip(asks, figures, strict=True))
    if not (any(facts) or bare) or any(len(ask.split()) > 14 for ask in asks):
        return None
    if ";" not in question and any(not figure and not fact for figure, fact in zip(figures, facts, strict=True)):
        return None  # "Regarding X, please state the upfront consideration, …": an ask of its own words, the router's
    subject = _one_licensee(re.sub(r"^(?:on|for|re|regarding|about|with)\s+", "", subject, flags=_I), spans)
    asked = list(dict.fromkeys(figure for figure in figures if figure))
    if "payment form" in facts and "upfront" not in asked:
        asked.insert(0, "upfront")  # "how was the upfront paid, …, and the milestones?": the upfront it splits, stated
    parts = [f"{subject} {figure}" for figure in asked]
    for ask, figure, fact in zip(asks, figures, facts, strict=True):
        # a fact is stated by deal_facts from the deal's article; the first asks the deal when no figure does
        if figure is None and (not fact or not parts):
            parts.append(f"{subject}: {ask}")
    return parts


def asked_facts(question: str, spans: Spans | None) -> list[str]:
    """The deal facts a one-deal question with several asks names, in the order asked ("closing", "territory")."""
    read = _subject_and_asks(question, spans) if spans is not None else None
    if read is None or len(read[1]) < 2:
        return []
    return list(dict.fromkeys(fact for ask in read[1] if _figure(ask) is None and (fact := fact_asked(ask))))
