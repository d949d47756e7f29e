"""A reader's words for a fact the articles say in other words, added to what the composer looks for (text15b).

The composer scores a sentence by the question's word stems it shares (``composer.select_sentences``), so a
question worded unlike its article missed the sentence that answers it, as a British spelling did before
``composer._SPELLINGS``. Each entry is (what the question says, the words the articles use for it):

- "What accounting hit did Merck flag on the Curon deal?", "any write-off?": "a pre-tax charge of about $750 million";
- "who were the NewCo's backers?", "who funded Kailera?": "backed by Bain Capital ...", "investors", "led by";
- "argo nvs jan 24 - why notable", "what made the deal stand out?": "the first significant overseas out-licensing";
- "What exactly did GSK receive in the Hengrui agreement?": "a licence ... and GSK also gained options on up to 11";
- "which bigger company does Kite belong to?", "Kite's parent": "Gilead's cell-therapy business";
- "who bought it and when?" (a drug), "who's the buyer?": "RemeGen licensed telitacicept to Vor Bio" (follow16);
- "where can glenmark sell hengrui's HER2 drug?": "Glenmark's licence ... covers emerging markets" (follow16);
- "who's DoveTree linked to?": "DoveTree, the company associated with Gregory Verdine" (outsider116).
"""

from __future__ import annotations

import re

# money paid back: "hand money back", "give the $35 million back", "pay back the upfront"; not "paid Argo upfront back
# in January 2024", "pay MediLink back in 2024" ("back in <a time>" dates the payment)
_BACK_WHEN = (
    r"(?!\s+(?:in|on|during|around|at|from|to|then|when)\b(?:\s+(?:early|late|mid|the|about)\b)?\s*"
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]\b|h[12]\b|spring|summer|autumn|fall|winter|"
    r"that\b|those\b|then\b|the\s+day|$))"
)
_HANDED = r"\b(?:hand|give|gave|giv|pay|paid|send|sent|return)\w*"
_MONEY = r"(?:money|cash|it|them|upfront|payments?|funds?|fees?|anything|something|any|some|all|million|m|bn|billion|\$[\d.,]+\w*)"
MONEY_BACK = (
    rf"{_HANDED}\s+(?:[\w$.,]+\s+){{0,3}}?{_MONEY}\s+back\b{_BACK_WHEN}|"
    rf"{_HANDED}\s+back\s+(?:the|any|some|all|its|their|that|this|what|everything|money|cash|\$)"
)

_I = re.IGNORECASE
ASKED_SYNONYMS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\baccounting (?:hit|charge|impact|cost)|\bhit to (?:its |the )?(?:earnings|profits?|p&l|books)|"
            r"\bwrite-?(?:offs?|downs?)\b|\bbook(?:ed)? (?:a |an )?(?:loss|expense|hit)",
            _I,
        ),
        "pre-tax charge book",
    ),
    (
        re.compile(r"\bbackers?\b|\bbacked\b|\bfunded by\b|\bwho (?:invested|funded|financed)\b|\bfinanciers?\b", _I),
        "backed investors led",
    ),
    (
        re.compile(
            r"\bwhy (?:was |is )?(?:it |this |that |the deal )?(?:notable|significant|special|remarkable|important)\b|"
            r"\b(?:notable|noteworthy|remarkable) (?:about|for)\b|\bstand(?:s|ing)? out\b|\bwhy notable\b|"
            r"\bwhat made (?:it|this|that|the deal) (?:notable|special|significant)\b|"
            # "why was the argo novartis deal such a big deal?", "why did it matter?" (follow16)
            r"\bsuch a big deal\b|\bso (?:notable|significant|special|important|remarkable)\b|"
            r"\bwhy (?:did|does|do|would)\b[^?]{0,60}?\bmatter\b",
            _I,
        ),
        "first significant largest record",
    ),
    (
        re.compile(
            r"\bwhat (?:exactly )?(?:did|does) [\w.&' -]{1,30}? (?:receive|get|obtain|gain|walk away with)\b", _I
        ),
        "gained licence license options rights",
    ),
    (
        # "what is telitacicept?" then "who bought it and when?": the drug's buyer is its licensee, and the article
        # says "RemeGen licensed telitacicept to Vor Bio in a deal announced on 25 June 2025", never "bought"
        re.compile(
            r"\bwho (?:bought|buys|purchased) (?:it|them|that|this|the (?:drug|asset|molecule|candidate))\b|"
            r"\b(?:the |its )?(?:buyers?|purchasers?)\b(?! of (?:the )?compan)",
            _I,
        ),
        "licensed license granted",
    ),
    (
        # "where can glenmark sell hengrui's HER2 drug?", "which countries can Novo market it in?": the territory the
        # licence covers ("Glenmark's licence ... covers emerging markets: the world excluding ...") (follow16)
        re.compile(
            r"\bwhere (?:can|could|may|might|will|would|does|do|is|are)\b[^?]{0,60}?\b(?:sell|market|commerciali[sz]e|"
            r"launch|distribute)\b|\b(?:which|what) (?:markets|countries|regions|territories|geograph(?:y|ies))\b"
            r"[^?]{0,40}?\b(?:sell|market|commerciali[sz]e|launch|distribute|covered|cover|include)",
            _I,
        ),
        "covers territory markets world excluding rights",
    ),
    (
        # "why do different sources give different totals for china's licensing deals?", "what makes one tracker's
        # total differ from another's?" (a market total; one deal's disputed value is ``story_kinds``'): the trackers "do not all measure the same thing", "count only" mainland
        # licensors or "cover Greater China" (text16b; the Goodwin-vs-biotochina example had answered)
        re.compile(
            r"\b(?:trackers?|databases|totals|counts|estimates)\b[^?]{0,60}?"
            r"\b(?:differ\w*|disagree\w*|vary|varies|don't match|do not match|diverge\w*|inconsistent)\b|"
            r"\bdifferent (?:sources|trackers|databases)\b[^?]{0,40}?\bdifferent (?:totals|counts|numbers|figures)\b|"
            r"\b(?:tracker|source)'s\b[^?]{0,60}?\bdiffer\w* from another\b",
            _I,
        ),
        "measure count only cover scope include interchangeable",
    ),
    (
        re.compile(r"\bbelongs? to\b|\bparent(?: company| group)?\b|\bowned by\b|\bsubsidiary of\b|\bunit of\b", _I),
        "business subsidiary unit owned",
    ),
    # "who's DoveTree linked to?", "who is the newco tied to?": "DoveTree, the company associated with Gregory Verdine"
    (
        re.compile(
            r"\bwho(?:'s| is| was| are| were)?\b[^?]{0,40}?\b(?:linked|tied|connected|affiliated|associated)\s+(?:to|with)\b",
            _I,
        ),
        "associated founded founder backed",
    ),
    # the money facts ``unmeasured`` sends to a deal's article, said the reader's way (textfacts, session 17):
    # "did ImmuneOnco have to refund anything?": "ImmuneOnco keeps the $35 million it had received"
    (
        re.compile(
            rf"\brefund\w*|\brepa(?:y|id)\w*|{MONEY_BACK}|\bclaw\w*[- ]?back\b",
            _I,
        ),
        "keeps received",
    ),
    # "the upfront excluding the shares": "Stripping out that equity, ... the cash upfront at about $1.1 billion"
    (
        re.compile(
            r"\b(?:actual|real|pure|hard)\s+cash\b|\bstrip\w*\s+out\b|\bexcluding\s+(?:the\s+)?(?:equity|shares?|stock)\b",
            _I,
        ),
        "stripping cash",
    ),
    # "when does GSK get to opt in?": "GSK can exercise its option at that point"
    (re.compile(r"\bopt(?:s|ed|ing)?[- ]in\b", _I), "exercise option point"),
    # "who ended up owning LaNova?", "who owns it now?": "LaNova Medicines was later acquired by Sino Biopharm" (o129)
    (
        re.compile(
            r"(?<!its )(?<!their )(?<!our )(?<!my )(?<!your )\b(?:own(?:s|ed|ing)?|owner|parent)\b|\bbought\s+(?:out\s+)?(?:the\s+)?company\b|\btook\s+over\b",
            _I,
        ),
        "acquired acquisition later",
    ),
]


def synonym_words(query: str) -> str:
    """The article's words for what ``query`` asks in its own ("accounting hit": "pre-tax charge"), or ""."""
    return " ".join(words for asks, words in ASKED_SYNONYMS if asks.search(query))
