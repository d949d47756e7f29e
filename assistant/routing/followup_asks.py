"""Follow-ups asking another fact of the deal before than its terms (follow16): the drug's kind, its buyer, the
company's later buyer.

A yes/no on the kind of drug the deal before is about is asked of its article's account of the drug.

After "What did Novo pay United Labs upfront?", "is that one of those GLP-1 things?" had been read as the upfront
again (the pronoun carried the figure asked before), and after "What did Merck pay Curon upfront?", "is that a
bispecific?" likewise: the reader asks what kind of drug it is, which the deal's article opens with ("UBT251 is a
peptide that activates 3 receptors at once, GLP-1, GIP and glucagon"). The question is asked as "What kind of drug
is it (<the kind named>)?", which the router sends to the articles after a figure ("a text question after a
figure") and whose answer leads with the deal's opening.

The kind named must be a drug's kind: one of the table's modalities (``wording.MODALITIES``: ADC, bispecific,
peptide, siRNA ...), a target the table's assets name (``EntityIndex.targets``: GLP-1, PD-1/VEGF, CD3 ...) or a
drug-class word (agonist, inhibitor, antibody, engager). Examples (``tests/test_follow16.py``):

- takes, after a turn: "is that one of those GLP-1 things?", "is it a bispecific?", "so is this an ADC drug?",
  "is the drug a PD-1/VEGF one?", "isn't that a peptide?"
- leaves: "is that a record?", "is it a big deal?", "is that one of the largest upfronts?" (no drug kind), "is that
  a lot for an ADC?", "is that a record for a bispecific?" (a value judgement: the kind must follow "a/an/one of
  those" with at most one word before it, and no "lot/record/big ... for"), any
  first question ("is ivonescimab a bispecific?" names its drug and is read as it stands)

"who keeps greater china?" is asked as "Which territory does the licence cover in the deal?" of the deal before (after "What did Hengrui
get from GSK?" it had read PharmCube's Hengrui value). "who's the buyer?" is "who is the buyer?" (``wording.PARTY_ASK_RE``), the deal before's party. And after "Who
licensed LM-299 to Merck?", "who bought that company afterwards, and for how much?" asks LaNova's acquirer and the
price (``changes_hands``), an article's account as "who bought that company afterwards?" already was, not the LM-299
deal's terms that "how much" had made it.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.entities import EntityIndex
from assistant.routing.wording import MODALITIES

_I = re.IGNORECASE
# "is that one of those GLP-1 things?", "is it a bispecific?", "is the drug an ADC?": group "kind" is what is named
_KIND_ASKED_RE = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|wait|hmm)\W+)?(?:is|isn't|isnt|was|wasn't)\s+(?:it|that|this|the (?:drug|asset|molecule|"
    r"candidate|compound))\s+(?:(?:also|basically|actually|just|really)\s+)?(?:a|an|one of (?:those|these|the))\s+"
    r"(?!(?:lot|record|big|bigger|high|good|fair|cheap|expensive|norm|typical|usual|bargain|steal|premium)\b)"
    r"(?P<kind>[\w/+.-]+(?:\s+[\w/+.-]+)?)"
    r"(?:\s+(?:things?|drugs?|ones?|molecules?|types?|kinds?|class(?:es)?|stuff))?(?:\s+(?:or not|too|as well))?\s*[?？.!]*\s*$",
    _I,
)
# a class of drug no modality value spells: "agonist", "inhibitor", "antibody", "engager", "degrader"
_CLASS_RE = re.compile(
    r"\b(?:agonists?|antagonists?|inhibitors?|antibod(?:y|ies)|engagers?|degraders?|blockers?)\b", _I
)


# "who's the buyer?", "who’s the licensor": the party ask of ``wording.PARTY_ASK_RE`` ("who is the buyer?") with its
# verb contracted, which had read as no follow-up at all and searched every article for "buyer"
_WHO_IS_RE = re.compile(r"\bwho['’]s(?= (?:the|its|their) (?:buyer|licensee|licensor|seller|partner|payer)s?\b)", _I)


# "who keeps greater china?", "and who retains the rights in China?": after a deal, the territory its licensor kept,
# which names no deal (it had searched every article for Greater China); asked "... in the deal?", the place
# still drew a tracker's figure ("greater china": PharmCube's Hengrui value; "retains": retained_after_termination),
# so it is asked as the territory the licence covers, which the article states (and so what the licensor kept)
_WHO_KEEPS_RE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|then)\W+)?who\s+(?:keeps|kept|retains|retained|holds on to|held on to)\s+"
    r"(?:the\s+)?(?:rights?\s+(?:in|to|for)\s+)?[\w .-]{2,30}?\s*[?？.!]*\s*$",
    _I,
)


# "who bought it", after a turn about one company's deal ("total value of the jacobio pan-kras deal?"): the deal's buyer,
# not an acquirer of the company the turn named (it had searched the articles for a takeover of Jacobio, and refused)
_WHO_BOUGHT_IT_RE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|then)\W+)?who\s+(?:bought|licensed|acquired|got)\s+(?:it|that(?: one)?|this(?: one)?)"
    r"\s*[?？.!]*\s*$",
    _I,
)
_DEAL_TURN_RE = re.compile(
    r"\b(?:deal|licen[cs]e|agreement|transaction|up[\s-]?fronts?|milestones?|total value|headline|biobucks)\b", _I
)


def kind_asked(question: str, earlier: tuple[str, ...], entities: EntityIndex) -> str:
    """ "What kind of drug is it (GLP-1)?" for a yes/no on the drug kind of the deal before; "who is the buyer?" for
    "who's the buyer?" and for "who bought it" after a deal's terms; else ``question``."""
    question = _WHO_IS_RE.sub("who is", question) if earlier else question
    # only the seller named before: the buyer is what is asked ("How much did GSK pay Hengrui upfront?" named the
    # buyer, so "Who bought it?" there asks after the company, which no article reports)
    one_named = bool(earlier) and len({m.name for m in entities.find_companies(earlier[-1]).mentions}) == 1
    if one_named and _WHO_BOUGHT_IT_RE.match(question) and _DEAL_TURN_RE.search(earlier[-1]):
        return "who is the buyer?"
    if earlier and _WHO_KEEPS_RE.match(question):
        return "Which territory does the licence cover in the deal?"
    asked = _KIND_ASKED_RE.match(question) if earlier else None
    if asked is None:
        return question
    kind = asked.group("kind")
    named = (
        any(pattern.search(kind) for _, pattern in MODALITIES) or _CLASS_RE.search(kind) or entities.targets.find(kind)
    )
    return f"What kind of drug is it ({kind})?" if named else question


def changes_hands(own: Any) -> bool:
    """A follow-up asking who bought a company (``Slots.acquisition``: "who bought that company afterwards, and for
    how much?"), neither a ranking ("which company bought the most?") nor a count."""
    return bool(own.acquisition) and own.op is None and not own.count


# "who bought the no. 2", "who sold it", "which licensor was that": a party of the deal, not a company changing hands
_PARTY_WORDS_RE = re.compile(
    r"\bwho\s+(?:bought|sold|licensed|paid)\b|\b(?:buyer|seller|licensee|licensor|payer)s?\b", re.IGNORECASE
)


# a company changing hands after the deal: "who bought the no. 2 company later on?", "who acquired it afterwards?"
_LATER_BOUGHT_RE = re.compile(
    r"\b(?:later|afterwards?|subsequently|eventually|since then)\b|\bacqui(?:red|res?|sition)\b|\btook over\b|"
    r"\bwho\s+(?:bought|purchased)\b[^?]{0,40}\b(?:company|firm|biotech|licensor)\b",
    re.IGNORECASE,
)


def asks_party(picked: object, question: str) -> bool:
    """A row picked from a ranking of deals asked by its party: "who bought the no. 2" is that deal's buyer (its
    licensee), which the row's terms name, not a company bought (``wording.ACQUISITION_RE``'s "who bought"). "who
    bought the no. 2 company later on?" asks who acquired the row's company afterwards (LaNova, by Sino Biopharm),
    which the articles tell; it had given the LaNova–Merck licence terms."""
    if picked is None or _LATER_BOUGHT_RE.search(question):
        return False
    return bool(_PARTY_WORDS_RE.search(question))
