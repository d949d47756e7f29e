"""What kind of answer a text question wants, so the composer quotes a sentence that has it.

"When did X close?" wants a sentence with a date; "What type of drug?" one naming a
modality; "Which territory?" one naming a region. A span holding the wanted kind of thing
scores higher than one that only shares words with the question.
"""

from __future__ import annotations

import re

from assistant.answering.deal_legs import LATER_SEARCH_WORDS, LATER_TYPES
from assistant.answering.drug_purpose import PURPOSE_TYPE
from assistant.answering.ending_terms import ENDING_TERMS_SEARCH_WORDS, ENDING_TERMS_TYPES
from assistant.answering.event_dates import dated_event
from assistant.answering.measure_words import MEASURE_SEARCH_WORDS
from assistant.answering.package_kinds import MEMBERS_TYPE, PACKAGE_SEARCH_WORDS, TERRITORY_TYPE
from assistant.answering.story_kinds import SOURCES_TYPES, STORY_REQUIRED, STORY_SEARCH_WORDS, STORY_TYPES
from assistant.dates import MONTH_PATTERN
from assistant.routing.analyst_wording import DRUG_BOUGHT_RE
from assistant.routing.paid_after import PAID_HOW_SEARCH_WORDS, PAID_HOW_TYPES, PAYMENT_ASKED_RE

_TYPES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        # "How much did Lilly put into Innovent over their previous five partnerships?": money over a pair's
        # earlier deals, which only a sentence stating an amount for those earlier deals answers, not the
        # sentences about the latest deal's terms.
        "earlier_money",
        re.compile(
            r"\bhow much\b[^?]{0,80}\b(?:first|earlier|previous|prior|past|other)\s+(?:two|three|four|five|six|seven|"
            r"eight|nine|ten|\d+)\s+(?:collaborations|partnerships|deals|agreements|tie-?ups|pacts)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:earlier|previous|prior|past|first)\b[^.]{0,80}\b(?:collaborations|partnerships|deals|agreements)\b"
            r"[^.]{0,80}(?:\$|US\$)\s?\d|(?:\$|US\$)\s?\d[^.]{0,80}\b(?:earlier|previous|prior|past)\s+"
            r"(?:collaborations|partnerships|deals|agreements)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "How many people does Hansoh employ?", "Innovent's headcount": a company's staff, which only a
        # sentence giving a number of employees answers, not one about its deals.
        "headcount",
        re.compile(
            r"\bhow many (?:people|employees|staff|workers|scientists)\b|\bemploy(?:s|ees|ing)?\b|\bheadcount\b|"
            r"\bworkforce\b|\bstaff (?:size|numbers?|count)\b|\bpeople work(?:s|ing)? (?:at|for)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b\d[\d,]* (?:employees|staff|people|workers)\b|\bemploys\b|\bworkforce\b|\bheadcount\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "How many times have Innovent and Lilly partnered?", "which tie-up is this for them?": a
        # pair's running tally, which the sentence numbering the deal ("the seventh collaboration")
        # answers, not the one dating it.
        "tally",
        re.compile(
            r"\bhow many times\b|\bhow often\b[^?]{0,40}\b(?:partner|work|team|deal|collaborat)\w*|"
            r"\bwhich (?:number|tie-up|collaboration|partnership)\b|\bhow many (?:collabs|collaborations|partnerships|tie-?ups|alliances)\b|"
            r"\bhow many (?:previous|prior|earlier) "
            r"(?:deals|collaborations|partnerships|tie-ups)\b|"
            # "the innovent-lilly deal is their what, 5th tie-up?": a place in the pair's tally, said or guessed
            # ("their first deal together" asks whether they had partnered before: ``story_kinds``' pair_history)
            r"\btheir (?:what|which|second|third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th))\b[^?]{0,20}?"
            r"\b(?:tie-?ups?|collaborations?|partnerships?|deals?(?: together)?|pacts?|alliances?)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
            r"(?:[a-z-]+\s+)?(?:collaboration|deal|partnership|agreement|licen[cs]e|tie-up|pact)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "Will AstraZeneca exercise its options next year?", "Is Roche going to launch it soon?": a future
        # event, which only a sentence stating a plan or an expectation answers; the articles report
        # what has happened, and a sentence about the signed terms is no forecast.
        "forecast",
        re.compile(
            r"^\s*(?:and )?(?:will|would|is|are|does|do)\b[^?]{0,80}\b(?:next (?:year|month|quarter)|"
            r"in the (?:coming|next) (?:months|years|quarters?)|soon|eventually|in the future|"
            r"in 20(?:2[7-9]|[3-9]\d))\b|\b(?:going|likely|expected|set|planning|poised) to [^?]{0,60}\b(?:next|soon|"
            r"eventually|coming|future|20(?:2[7-9]|[3-9]\d))\b|"
            # a company's next move with no date: "Will Pfizer exercise its option, and when?", "When will
            # AbbVie opt in?", "Is Novartis going to exercise its options?" ("Will you list ..." asks us)
            r"^\s*(?:and |so |but )?(?:will|when (?:will|would))\s+(?!(?:you|u|we)\b)[^?]{0,80}\b(?:exercise|opt|decide|"
            r"launch|buy|acquire|terminate|extend|expand|pay|close|file|seek|start|begin|license|take|happen)\w*\b|"
            r"^\s*(?:and |so |but )?(?:is|are)\b[^?]{1,40}\bgoing to\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:expects?|expected|plans?|planned|intends?|forecasts?|projects?|guidance|scheduled|anticipates?)\b"
            r"[^.]{0,60}\b(?:to|in|by|for)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "By what percentage did InnoCare's shares fall after the deal?", "How did XtalPi's stock react?":
        # a market move of a company's shares, which only a sentence reporting such a move answers.
        "share_move",
        re.compile(
            r"\b(?:shares?|stocks?|share price|stock price)\b[^?]{0,40}?\b(?:fall|fell|fallen|drop|rise|rose|risen|jump|surg|"
            r"soar|plung|plummet|slump|tumbl|climb|sink|sank|react|mov|gain|los[et]|spik|rall|crash)\w*|"
            r"\b(?:fall|drop|rise|jump|surge|plunge|gain|loss|move|reaction)s? (?:in|of) [^?]{0,30}\b(?:shares|stock|share price)\b|"
            r"\bwhat happened to [^?]{0,30}\b(?:shares|stock|share price|stock price)\b|\b(?:share|stock|market) reaction\b|"
            # "what did Innovent's share price do on the day", "did hengrui shares go up when the deal came out"
            r"\bwhat (?:did|does|do) [^?]{0,40}\b(?:shares|stock|share price|stock price) do\b|"
            r"\b(?:shares?|stocks?|share price|stock price) (?:go|goes|went|gone|going|trade[ds]?) (?:up|down|higher|lower)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:shares?|stocks?|share price|stock price)\b[^.]{0,60}?\b(?:fell|dropped|rose|jumped|surged|soared|plunged|"
            r"plummeted|slumped|tumbled|climbed|sank|gained|lost|rallied|spiked|closed (?:up|down))\b|\b(?:shares?|stock) (?:were|was) up\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "What's 3SBio stock trading at right now?", "Hengrui's share price today": a market quote,
        # which only a sentence giving a price per share answers, not one about the company.
        "share_quote",
        re.compile(
            r"\b(?:shares?|stocks?)\b[^?]{0,30}\b(?:trad(?:e|es|ing)|quoted|priced|going for)\b|\btrading at\b|"
            r"\b(?:share|stock) price\b|\bprice (?:per|a) (?:new )?share\b|\bwhat (?:is|are|'s) [^?]{0,30}\b(?:shares|stock) at\b|"
            r"\bprice\b[^?]{0,40}?\bper\s+(?:[\w-]+\s+)?share\b",  # "what price did takeda pay per innovent share"
            re.IGNORECASE,
        ),
        re.compile(
            r"\bapiece\b|\bper share\b|\ba share\b[^.]{0,20}\$|\btrad(?:ed|ing) at\b|\bclosed at\b|"
            r"\bshare price (?:of|was|is|rose|fell)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "Did SSGJ-707 hit its primary endpoint in the phase 3 trial?": a trial's outcome, which only a
        # sentence reporting results answers, not the one saying what the drug is.
        "trial_result",
        re.compile(
            r"\bendpoints?\b|\b(?:trial|study|phase [1-3i]+\w*)\b[^?]{0,40}\b(?:results?|data|readouts?|outcomes?|"
            r"succe\w*|fail\w*|positive|negative)\b|\b(?:succeed|fail)\w* in (?:the |its |a )?(?:phase|trial|clinic)|"
            r"\bresponse rates?\b|\boverall survival\b|\bprogression-free\b|\befficacy\b|\btopline\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bendpoints?\b|\bresponse rates?\b|\boverall survival\b|\bprogression-free\b|\bhazard ratio\b|"
            r"\btopline\b|\b(?:trial|study) (?:showed|met|missed|found)\b|\bresults? (?:showed|from (?:the|a) (?:phase|trial))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "date",
        # "... when announced?": a Chinese question read in English keeps its word order
        re.compile(
            r"^\s*when\b|\bwhat (?:date|day|month|year)\b|\bhow long\b|\bsince when\b|"
            r"\bwhen (?:announced|signed|closed|disclosed|struck|agreed|completed|terminated)\b",
            re.IGNORECASE,
        ),
        re.compile(  # "October 2025", "21 October", "October 21, 2025", "2025-10-21"
            rf"\b{MONTH_PATTERN}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}\b|\b\d{{1,2}}\s+{MONTH_PATTERN}|"
            r"\b(?:19|20)\d{2}-\d{2}\b"
        ),
    ),
    MEMBERS_TYPE,  # what a deal is made of ("what assets r in it", ``package_kinds``)
    (
        "modality",
        re.compile(
            r"\b(?:what|which) (?:type|kind|sort|class|modality)\b|\bwhat (?:drug|molecule|asset|medicine) (?:is|was)\b|"
            r"\bwhat is (?:it|the drug)\b(?! for)|\bwhat(?:'s| is| was)\b[^?]{0,40}\b(?:drug|asset|molecule|medicine)\b[^?]{0,40}\bcalled\b|"
            r"\b(?:what|which)(?:'s| is| are| were| was)? (?:the )?(?:drug|asset|molecule|candidate|tech|technology)s?\b(?! for| deals?)|"
            # "what did Calico license from Mabwell?", "what did Kailera get from Hengrui?": the asset a buyer got,
            # which the deal's opening names, not the sentence about what it paid
            r"\bwhat (?:exactly |actually |else |all )?(?:did|has|have|does)\b[^?]{0,30}?\b(?:(?:in-?)?licen[cs]e[ds]?|get|got|"
            r"buy|bought|acquire[ds]?|obtain(?:ed)?|take|took|pick(?:ed)? up)\b[^?]{0,20}?\b(?:from|in|under)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bantibod(?:y|ies)\b|\bbispecific\b|\btrispecific\b|\bADCs?\b|\bantibody[- ]drug conjugates?\b|"
            r"\bsmall[- ]molecules?\b|\bpeptides?\b|\bsiRNA\b|\bRNAi\b|\bcell therap(?:y|ies)\b|\bCAR-T\b|"
            r"\bfusion proteins?\b|\binhibitors?\b|\bagonists?\b|\bT-cell engagers?\b|\bvaccines?\b|\bGLP-1\b|\bplatform\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "Where is Mabwell headquartered?", "Which city is Sciwind based in?": a company's home, which the
        # sentence saying where it is based answers, not the one naming a deal's territory.
        "home",
        re.compile(
            r"\bwhere\b[^?]{0,40}\b(?:based|headquartered|located|from)\b|\bheadquarter\w*|\bHQ\b|"
            r"\bhead office\b|\b(?:which|what) city\b|"
            # where a company belongs: "is Earendil a Chinese company?", "where is it incorporated?"
            r"\bincorporated\b|\bnationality\b|"
            r"^\s*(?:is|are|was|were)\b[^?]{0,40}\b(?:a |an )?(?:Chinese|American|US|U\.S\.) (?:company|firm|biotech|one|group)\b|"
            r"\b(?:really|actually|truly) (?:a |an )?(?:Chinese|American|US)\b|"
            r"\b(?:Chinese|American|US) or (?:an? )?(?:Chinese|American|US)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bbased in\b|\bheadquartered in\b|\bheadquarters in\b|\bhead office\b|\bincorporated in\b|"
            r"\baffiliate of\b",
            re.IGNORECASE,
        ),
    ),
    TERRITORY_TYPE,  # where the rights run ("territory excl?", ``package_kinds``)
    (
        # "What happened to the deal?", "What became of it?": an event after signing.
        "event",
        re.compile(
            r"\bwhat happened\b|\bwhat became of\b|\bwhat(?:'s| is) (?:the )?latest\b|"
            r"\bwhy (?:did|was|were) [^?]{0,60}\b(?:end|ended|terminated|cancell?ed|dropped)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bterminat|\bended\b|\breturned\b|\breverted\b|\bdiscontinu|\bcancell?ed\b|\bacquired\b|"
            r"\bbought\b|\bcompleted\b|\bcame back\b|\bwent on to\b",  # "what happened after": the pact that followed
            re.IGNORECASE,
        ),
    ),
    (
        # "Who bought LaNova?", "Who acquired it?": the buyer of a company, not a licensee.
        "acquirer",
        re.compile(
            r"\bwho\b[^?]{0,30}\b(?:buy|buying|bought|acquir\w*|purchas\w*|took over|take over)\b|"
            r"\bacquirers?\b|\bacquired by\b|\bnew owners?\b|\b(?:which|what) (?:company|firm|group) (?:bought|acquired|took over)\b|"
            # yes/no: "did anyone end up buying LaNova?", "was it taken over?", "has X been acquired?"
            r"\b(?:anyone|anybody|someone|somebody|another company|a buyer)\b[^?]{0,30}\b(?:buy\w*|bought|acquir\w*|purchas\w*|take over|took over)\b|"
            r"^\s*(?:was|were|has|have|did)\b[^?]{0,40}\b(?:bought|acquired|purchased|taken over)\b|"
            r"\b(?:get|got|gotten|been|ever) (?:bought|acquired|purchased|taken over)\b|"
            r"\b(?:bought|acquired|taken over) by (?:anyone|anybody|someone|another)\b",
            re.IGNORECASE,
        ),
        re.compile(r"\bacquir\w*|\bbought\b|\bpurchas\w*|\btakeover\b|\btook over\b|\bstake of\b", re.IGNORECASE),
    ),
    (
        # "Who is Kailera?", "Is that the Google one?", "Who is behind it?": what a company is, who backs it.
        "identity",
        re.compile(
            r"^\s*who (?:even |exactly |actually |really )?(?:is|are|was|were)\b(?! the (?:buyer|licensee|licensor|partner|seller|acquirer)s?\b)|"
            r"\bis (?:that|it|this) the [^?]{0,30}\bone\b|\bwho(?:'s| is| are) behind\b|\bbacked by\b|"
            r"\bparent(?: company)?\b|\bowned by\b|\bwhat (?:kind of )?company is\b|"
            r"\b(?:who|(?:which|what) (?:company|firm|group))\b[^?]{0,20}\bowns?\b|"  # owns: a parent or an acquirer
            # who funds a company: "who's backing Kailera?", "its investors", "who funded the newco?"
            r"\bwho(?:'s| is| are| was| were)? (?:back|fund|financ|bankroll)\w*|\bbackers?\b|\binvestors? (?:in|behind)\b|"
            r"\b(?:its|their|[A-Za-z]+'s) (?:investors|backers|financiers)\b|\bfunded by\b|\bwhose company\b|"
            # "whose subsidiary is that", "who set it up", "who formed the newco": a parent or founder
            r"\bwhose (?:subsidiary|unit|affiliate|division)\b|\bwho (?:set|formed|founded|created|started|spun)\b|"
            r"\b(?:which|what) (?:investors|funds|firms|vcs|venture (?:capital )?(?:firms|investors|funds)) (?:are |were )?(?:behind|backing|back)\b|"
            # "which VCs are behind it?", "Braveheart's investors - who are they?", "is that Google's biotech?"
            r"\b(?:vcs?|venture capital\w*|investors)\b[^?]{0,40}\bwho\b|\bwho\b[^?]{0,40}\b(?:vcs?|venture capital\w*|investors)\b|"
            r"\bis (?:that|it|this) (?:the |an? )?[^?]{0,30}\b(?:company|biotech|firm|unit|subsidiary|affiliate)\b|"
            r"^\s*(?:is|are)\b[^?]{0,40}\bpart of\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bbacked by\b|\b[A-Z][A-Za-z]+-(?:backed|owned|founded)\b|\bNewCo\b|\bsubsidiary\b|\bparent\b|"
            r"\b(?:owned|acquired) by\b|\bfounded\b|\bspun (?:out|off)\b|\b(?:unit|business|arm|division) of\b|\bsigned as\b|\bknown as\b|\bformerly\b|"
            r"\bbackers\b|\binvestors\b|\bfunded by\b|\braised \$[^.]{0,40}\bfrom\b|\bassociated with\b|\baffiliate of\b|"
            r"\b(?:the|an?) [A-Z][A-Za-z]+ company\b|\bnew company\b|\bnewly created\b|\b(?:formed|set up) (?:with|by)\b",
        ),
    ),
    PURPOSE_TYPE,  # what a drug treats or targets (``drug_purpose``)
    (
        # "Is 2026 on track to beat 2025?", "How is this year going so far?": a year-to-date figure.
        "pace",
        re.compile(
            r"\bon (?:track|pace|course)\b|\bpace\b|\bso far (?:this year|in \d{4})\b|\byear[- ]to[- ]date\b|\bytd\b",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\bby (?:mid-|early |late |the end of )?{MONTH_PATTERN}|\bso far\b|\bon (?:track|pace)\b|"
            r"\byear[- ]to[- ]date\b|\bbusier\b|\bfirst (?:weeks|months)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "Has BMS paid any milestones yet?", "Did Simcere get more money after signing?": a payment made.
        "payment",
        PAYMENT_ASKED_RE,  # the router's own reading of "a payment already made" (``paid_after``)
        re.compile(
            r"\b(?:paid|received|receives|triggered)\b[^.]{0,80}\b(?:milestone|additional|further)\b|\badditional \$\s?\d",
            re.IGNORECASE,
        ),
    ),
    (
        # "Why isn't the Earendil deal counted as Chinese?", "Could you explain why it isn't counted?", "the reasons":
        # the sentence that gives the reason ("because ...", "gave two main reasons") answers, not one
        # that only repeats the question's words.
        "reason",
        re.compile(
            r"^\s*(?:and )?why\b|\bwhy (?:is|are|was|were|do|does|did|has|have|isn't|aren't|wasn't|don't|doesn't|would)\b|"
            r"\bhow come\b|\breasons?\b|\bwhat (?:drives|drove|is driving|explains|motivates|lies behind)\b|"
            r"\bwhat(?:'s|’s| is| was) behind\b|\b(?:explain|tell me|wonder(?:ing)?|know) why\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bbecause\b|\breasons?\b|\bdue to\b|\bdriven\b|\bowing to\b|\bso (?:the|that|it|they)\b|\bthe result\b|"
            r"\bin order to\b|\bwant access\b|\bneed (?:new|to)\b",
            re.IGNORECASE,
        ),
    ),
]
_TYPES = (
    PAID_HOW_TYPES + SOURCES_TYPES + _TYPES + LATER_TYPES
)  # two reported values before any why; the reverse leg; an event
_TYPES += ENDING_TERMS_TYPES + STORY_TYPES  # the terms on termination; a target, a trial size (outsider27)
BONUS = 0.3
# Events after signing live in a deal article's later paragraphs, which share few words with the
# question ("Who ended up buying LaNova?" vs "acquired by Sino Biopharm"): the search is told the
# words such a sentence uses, and the composer looks further down the passages for one.
SEARCH_WORDS = (
    {
        "event": "terminated ended rights returned later acquired",
        "acquirer": "acquired by bought company",
        "identity": "backed by investors company formed",
        "purpose": "disease treatment designed to",
        "payment": "paid received payment reported",
        "pace": "so far by mid early busier logged",
        "reason": "reasons because",
        "share_move": "shares rose fell",
        "home": "based in headquartered",
    }
    | LATER_SEARCH_WORDS
    | ENDING_TERMS_SEARCH_WORDS
    | STORY_SEARCH_WORDS
    | PAID_HOW_SEARCH_WORDS
    | PACKAGE_SEARCH_WORDS
)


def measure_words(measure: str | None) -> str:
    return MEASURE_SEARCH_WORDS.get(measure or "", measure or "")


# Kinds a deal article's opening sentences answer: what was licensed, what it is for, who the partner is.
OPENING_KINDS = ("modality", "purpose", "identity")

# "How much did Kailera raise from its backers?", "What size was the financing round?": an amount,
# which the sentence stating it answers, not the opening that says who the backers are.
_AMOUNT_RE = re.compile(
    r"\bhow (?:much|big|large)\b|\bwhat (?:size|amount)\b|\bhow many dollars\b|\bsize of\b|"
    r"\brais(?:e|es|ed|ing)\b|\bfunding round\b|\bfinancing\b",
    re.IGNORECASE,
)


def asks_amount(query: str) -> bool:
    return bool(_AMOUNT_RE.search(query))


def wanted_type(query: str) -> str | None:
    drug_bought = bool(DRUG_BOUGHT_RE.search(query))  # "who bought LaNova's LM-299?": its licensee, no takeover
    return next(
        (name for name, asks, _ in _TYPES if asks.search(query) and not (drug_bought and name == "acquirer")), None
    )


# Kinds no other sentence can stand in for: without a sentence naming a buyer, a payment made or a
# share move, the articles do not answer "Who bought it?", "Has BMS paid any milestones yet?" or
# "How far did InnoCare's shares fall?" (a sentence about shares paid in the deal is not a move).
REQUIRED = (
    "acquirer",
    "payment",
    "share_move",
    "share_quote",
    "trial_result",
    "headcount",
    "forecast",
    "earlier_money",
    "ending_terms",
    *STORY_REQUIRED,
)


def missing(query: str, texts: list[str]) -> bool:
    """The question wants a required kind of fact and none of ``texts`` holds one."""
    kind = wanted_type(query)
    if kind not in REQUIRED or (kind == "acquirer" and DRUG_BOUGHT_RE.search(query)):  # "who bought CN201?"
        return False
    holds = next(pattern for name, _, pattern in _TYPES if name == kind)
    return not any(holds.search(text) or (kind == "forecast" and dated_event(query, text)) for text in texts)


def search_words(query: str) -> str:
    """Words to add to the search for the kind of answer ``query`` wants ("" for most)."""
    return SEARCH_WORDS.get(wanted_type(query) or "", "")


def type_bonus(kind: str | None, text: str, query: str = "") -> float:
    """A bonus for a span that holds the kind of thing asked for ("When will it close?": the date it closed)."""
    if kind is None:
        return 0.0
    holds = next(pattern for name, _, pattern in _TYPES if name == kind)
    return BONUS if holds.search(text) or (kind == "forecast" and dated_event(query, text)) else 0.0
