"""The wording of analysts' questions that ``wording`` misses, read by ``analyst.refine`` (issue 11).

Compiled once, at import, as constants; the coverage check reads them like ``wording``'s.
"""

from __future__ import annotations

import re

from assistant.routing.unheld_facts import ASKED as UNHELD_FACTS_ASKED


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# "Have any of these deals fallen apart?", "Which deals fell through?", "called off": terminated.
FELL_APART_RE = _re(
    r"\bf(?:a|e)ll(?:en|s|ing)? (?:apart|through)\b|\bfalling (?:apart|through)\b|\bcollaps(?:e|ed|es)\b|"
    r"\bcalled off\b|\bunwound\b|\bterminations?\b|\bwalked away\b|\bpulled out\b|\bgave (?:the )?(?:rights )?back\b|"
    r"\bgive (?:the )?(?:rights )?back\b|\bno longer (?:active|in force|alive)\b"
)
# "kept under wraps", "kept confidential", "withheld": a figure the deal did not disclose.
UNDER_WRAPS_RE = _re(
    r"\b(?:kept|keep|keeps|stayed|remained|was|were|is|are)\s+(?:under wraps|secret|confidential|private|quiet|hidden)\b|"
    r"\bunder wraps\b|\bwithheld\b|\bconfidential\b|\bsecret\b|\bunrevealed\b|\bnot (?:been )?(?:announced|shared)\b"
)
# "How many times has CSPC licensed to AstraZeneca?": a count of deals, not a multiple.
TIMES_COUNT_RE = _re(
    r"\bhow many (?:separate |different )?(?:times|occasions)\s+(?:has|have|had|did|does|do|was|were)\b"
    # "how many times did Novartis's upfront to Argo grow from 2024 to 2025?": a multiple of a figure
    r"(?![^?.;]{0,80}\b(?:grow|grew|grown|rise|rose|risen|increase[ds]?|jump(?:ed)?|climb(?:ed)?|multipl(?:y|ied)|"
    r"expand(?:ed)?|balloon(?:ed)?|go up|went up|gone up|shr[iu]nk|shrank|fall|fell|fallen|decrease[ds]?|drop(?:ped)?)\b)|"
    r"\bon how many occasions\b|\bnumber of times\b|"
    # "RemeGen has out-licensed how many times, and to whom?": the licensing verb before the question words
    r"\b(?:out-?licen[cs]\w*|licen[cs]ed(?: out)?|sold|signed|inked|struck)\b(?: [\w-]+){0,2}? how many (?:separate "
    r"|different )?(?:times|occasions)\b(?! (?:more|less|bigger|larger|higher|greater|smaller|as|the|over)\b)"
)
# "Hansoh's two GSK licences - which one came with the bigger upfront?": the pair's deals compared.
WHICH_BIGGER_RE = _re(r"\bwhich\b[^?]{0,60}\b(?:bigger|larger|higher|greater|smaller|lower|richer|more)\b")
# "Count the deals that paid more than $1bn upfront": a count, not a list.
# "Does the upfront count the equity?", "does the table count X as Chinese": 'count' as include, a yes/no
COUNT_VERB_RE = _re(
    r"^\s*(?:please\s+)?count\b|"
    r"^(?!\s*(?:does|do|did|would|will|should|is|was|doesn't|didn't)\b)[^?]*\bcount (?:the|all|up)\b"
)
# "Did Merck do any ADC deals?", "any siRNA deals with Novartis?": the company's deals of that kind, listed.
ANY_PLURAL_RE = _re(r"\bany\b[^?]{0,40}\b(?:deals|licen[cs]es|agreements|pacts|transactions)\b")
# "Japanese buyers", "companies from Japan": the licensee's country, as companies.csv writes it.
ADJECTIVES = {
    "japanese": ["Japan"],
    "american": ["US"],
    "us": ["US"],
    "u.s.": ["US"],
    "british": ["UK"],
    "uk": ["UK"],
    "swiss": ["Switzerland"],
    "german": ["Germany"],
    "korean": ["South Korea"],
    "south korean": ["South Korea"],
    "danish": ["Denmark"],
    "indian": ["India"],
    "french": ["France"],
    "european": ["UK", "Switzerland", "Germany", "Denmark", "France"],
}
# "EU pharma", "EU buyers": an analyst's word for European companies; the answer names the countries counted
# (the UK and Switzerland among them), so the loose reading is shown, not hidden
ADJECTIVES |= {"eu": ADJECTIVES["european"], "e.u.": ADJECTIVES["european"]}
PLACES = {
    "japan": ["Japan"],
    "the us": ["US"],
    "the u.s.": ["US"],
    "the united states": ["US"],
    "america": ["US"],
    "the uk": ["UK"],
    "britain": ["UK"],
    "switzerland": ["Switzerland"],
    "germany": ["Germany"],
    "korea": ["South Korea"],
    "south korea": ["South Korea"],
    "denmark": ["Denmark"],
    "india": ["India"],
    "france": ["France"],
    "europe": ADJECTIVES["european"],
}
_PARTY_NOUNS = (
    r"(?:companies|company|firms?|pharmas?|drugmakers?|buyers?|licensees?|partners?|multinationals?|groups?|"
    r"players?|biotechs?|acquirers?|big pharmas?)"
)
LICENSEE_COUNTRY_RE = _re(
    r"(?<![\w.])(" + "|".join(re.escape(a) for a in sorted(ADJECTIVES, key=len, reverse=True)) + r")"
    r"(?:[\s-]based)?\s+"  # "a US-based buyer"
    r"(?:(?:pharma|drug|biotech|biopharma|big|pharmaceutical|drug-?making)\s+){0,2}" + _PARTY_NOUNS + r"\b"
)
# "deals where the buyer was Japanese", "the licensee is Swiss": the buyer's country said after it
LICENSEE_IS_RE = _re(
    r"\b(?:buyers?|licensees?|partners?|acquirers?|in-?licensors?)\s+(?:is|are|was|were)\s+(?:an?\s+)?("
    + "|".join(re.escape(a) for a in sorted(ADJECTIVES, key=len, reverse=True))
    + r")(?!\w)"
)
# "Give us buyers ...", "show us partners": the pronoun, no country (a verb that takes a person before 'us')
US_PRONOUN_RE = _re(r"\b(?:give|gives|show|shows|tell|tells|get|find|send|bring|list|offer|let|help|hand|walk)\s+us\b")
# "Is Earendil Labs a Chinese or American company?": a company's nationality asked (the text before the adjective)
NATIONALITY_ASKED_RE = _re(r"^\s*(?:is|was|isn't|wasn't)\b[^?]{1,80}\b(?:an?|or)\s+$")
# "What do Japanese companies see in ...", "what did Swiss companies say", "are European pharmas worried":
# an opinion or a reason, which the articles give; no list of that country's deals
VIEW_RE = _re(
    r"\bwhy\b|\bhow come\b|\bwhat (?:do|does|did) [^?]{1,60}\b(?:see|think|say|said|like|want|make of|expect|feel)\b|"
    r"\b(?:worried|concerned|nervous|wary|cautious|keen|eager|excited|skeptical|sceptical|attracted)\b|"
    r"\b(?:say|said|says|think|thinks|view|views|feel|feels) (?:about|of|on)\b"
)
# "the upfront in the first deal of 2026": one deal picked by date, no sum or tracker total of the period
DEAL_BY_DATE_RE = _re(
    r"\bthe (?:very )?(?:first|earliest|last|latest|most recent|newest|final)\s+(?:[\w-]+\s+){0,2}"
    r"(?:deal|pact|agreement|transaction|licen[cs]e)\b(?!s)"
)
# "what deal was announced on Dec 21, 2025?", "three deals were signed on Oct 16 2025 - which ones?": that day's deals
DEALS_DATED_RE = _re(
    r"\b(?:what|which)\s+(?:deals?|ones?|licen[cs]es?|agreements?|transactions?|pacts?)\s+(?:was|were|got|had been)\s+"
    r"(?:announced|signed|struck|inked|unveiled)\b|\b(?:deals?|licen[cs]es?|agreements?|transactions?|pacts?)\s+"
    r"(?:was|were)\s+(?:announced|signed|struck|inked|unveiled)\b.*\bwhich(?:\s+ones?)?\s*\??\s*$"
)
# "How many American buyers ...?": the different licensees from that country, not their deals.
HOW_MANY_PARTIES_RE = _re(
    r"\b(?:how many|number of|count of)\s+(?:different |distinct )?(?:[\w.-]+\s+){0,2}" + _PARTY_NOUNS + r"\b"
)
# "How many pharma companies paid over $500 million upfront?": the payers, licensees ("received": licensors)
PAYING_PARTIES_RE = _re(
    r"\b(?:how many|number of|count of)\s+(?:[\w.-]+\s+){0,2}"
    + _PARTY_NOUNS
    + r"\s+(?:(?:have|had|has|that|which|who)\s+)?"
    r"(?:paid|pay|spent|spend|bought|buy|in-?licensed|acquired|committed)\b"
)
LICENSEE_PLACE_RE = _re(
    _PARTY_NOUNS
    + r"\s+(?:(?:is|are|was|were)\s+)?(?:from|(?:based|headquartered|hq'?d|domiciled|located|incorporated)\s+in|in)\s+("
    + "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True))
    + r")\b"
)
# Company facts outside the deal table, which only an article can state (``wording.UNHELD_MEASURE_RES``):
# "How much did Kailera raise at launch?", "How much did AstraZeneca say it would invest in Beijing?"
FUNDS_RAISED_RE = _re(
    r"\brais(?:e|ed|es|ing)\b(?! (?:the|its|their) (?:upfront|offer|bid|stake))|\b(?:funding|financing) rounds?\b|"
    r"\bseries [a-e]\b(?! preferred)|\b(?:seed|venture|private) rounds?\b|\bwho led (?:the|its|their) round\b"
)
INVESTMENT_PLEDGE_RE = _re(
    r"\b(?:would|will|plans? to|pledged? to|promised to|committed to|vowed to) invest\b|"
    r"\binvestment (?:pledge|plan|commitment)s?\b|"
    r"\binvest(?:ment)? in (?:beijing|shanghai|china|the country|a (?:new )?(?:plant|site|facility|hub|cent(?:re|er)))\b"
    # "investment in china partnerships" (IQVIA's measure) is money put into deals, which trackers report
    r"(?!['’]?s?\s+(?:partnerships?|deals?|licens\w*|biotechs?|assets?|drugs?|companies|collaborations?)\b)"
)
# Stock bought in a deal is its equity ("put into Harbour BioMed stock", "how much Innovent stock did
# Takeda buy"); a stock that moves ("Akeso stock rose", "Akeso's stock after Summit bought") is a share
# price, no deal figure, and so is "the stock market".
STOCK_BOUGHT = (
    r"\b(?:into|bought|buys?|buying|purchas\w*)\s+(?:(?!(?:move[ds]?|moving|affect\w*|hit|lift\w*|boost\w*|sen[dt]s?|hurt)\b)"
    r"[\w'-]+\s+){0,5}stock\b(?!\s+(?:price|react|rose|fell|jump|drop))|"
    r"\bstock\b(?!\s+(?:market|exchange|price))(?:\s+(?!(?:after|when|once|following|since|as|before)\b)[\w'-]+){0,3}"
    r"\s+(?:buy|bought|purchased?|acquired?|take|took|pick(?:ed)? up|snap(?:ped)? up)\b|\bstock (?:purchase|investment)s?\b"
)
# The verb: "who shares the commercial rights", "shares development costs" is no equity stake
NOT_SHARING = r"(?!\s+(?:the|its|their|development|commercial|costs?|rights|profits?|responsibilit\w*|control)\b)"
# A sum only beside a money measure ("how much did Merck pay Kelun upfront across the two deals"); "were the
# terms the same across both deals", "how was the deal put together", "does the tally include" ask no sum
LOOSE_SUM_RE = _re(
    r"\bacross (?:both|the two)\b|\bput together\b|\btally\b|\ball told\b|\btaken together\b|\bbetween them\b|"
    r"\b(?:worth|valued?|come to|amount(?:ed)? to)\b[^?.]{0,20}\btogether\b"  # "what were those deals worth together?"
)
NO_SUM_RE = _re(r"\bsame\b|\bdiffer|\binclud|\bcount\b")
# How often two companies worked together before, a count only an article states ("the seventh
# collaboration between Innovent and Lilly"); the last branch is how a passage says it.
PARTNERED_RE = _re(
    r"\bhow many times\b[^?]{0,60}\b(?:partner(?:ed)?|collaborat\w*|team(?:ed)? up|work(?:ed)? together|join(?:ed)? forces)\b|"
    r"\b(?:how many|number of)\s+(?:previous|prior|earlier|past|former)\s+(?:collaborations?|partnerships?|tie-ups?|deals?)\b|"
    r"\b(?:which|what) (?:number )?(?:collaboration|partnership|tie-up)\b[^?]{0,40}\b(?:is|was) (?:this|it)\b|"
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) "
    r"(?:collaboration|partnership|tie-up) between\b"
)
# "What royalty percentage does Roche owe Hansoh?": a rate the articles may state, no share of a market.
PERCENT_RE = _re(r"\bpercent(?:age)?\b|%")
# "add up the headline values of the 2026 deals", "total upfront across all (the) 2024 deals?", "over every deal":
# a sum over our rows (each deal), unless a tracker is named
ADD_UP_DEALS_RE = _re(
    r"\b(?:add(?:ing)?|sum(?:ming)?|tally(?:ing)?) (?:up|together)\b[^?.]{0,60}\bdeals?\b|\bdeals?\b[^?.]{0,60}\badd(?:ed)? up\b|"
    r"\b(?:across|over)\s+(?:all(?:\s+of)?(?:\s+(?:the|our|your))?|every)\b[^?.]{0,30}\bdeals?\b|"
    # "total upfront of all deals", "加埋所有deal嘅首期" (read "in total all deal upfront"), no year after: every
    # deal we hold (the trackers' totals are of periods, and none was named)
    r"(?:\b(?:of|for)\s+(?:all|every)(?:\s+(?:the|our|your))?|\bin total all)\s+deals?\b(?![^?.]{0,30}(?:19|20)\d\d)|"
    # "sum of milestones across 2024 deals", "over the 2025 deals": a year's deals added up are our rows (outsider98
    # had set a tracker's missing total beside it); a tracker reports a year's total, not one "across" its deals
    r"\b(?:across|over)\s+(?:the\s+)?(?:19|20)\d\d\s+deals\b"
)
# A payment already made ("Has BMS paid any milestones yet?", "Did Simcere get more money after the
# deal was signed?") is an event an article reports, not the ceiling the table holds.
# "how much has AstraZeneca actually wired to CSPC so far?", "so far, how much has Madrigal handed over?"
_MONEY_MOVED = r"\b(?:paid|pay|received?|get|got|wired?|transferred|sent|handed over|remitted|disbursed)\b"
_SO_FAR = r"\b(?:yet|so far|to date|since (?:signing|then|the (?:\d{4} )?(?:deal|agreement|signing))|after (?:the|signing|it)|more money|any more|additional)\b"
PAYMENT_MADE_RE = _re(
    rf"\b(?:has|have|did)\b[^?]{{0,60}}{_MONEY_MOVED}[^?]{{0,60}}{_SO_FAR}|"
    rf"^\s*(?:so far|to date)\b[^?]{{0,60}}\b(?:has|have)\b[^?]{{0,60}}{_MONEY_MOVED}"
)
# Measures an analyst asks of a deal or a company that no table column holds: a valuation ("the highest
# net present value") and a pipeline's size ("how many clinical-stage programmes does Innovent have in its
# pipeline?", which a count of its deals does not answer). An article answers only where it states one.
_PIPELINE = r"(?:in (?:its|their|the(?: company's)?) (?:clinical )?pipelines?|pipelines?)\b"
# "how big was the upfront GSK paid for Hengrui's pipeline?", "how many programmes did GSK license from
# Hengrui's pipeline?", "how many assets in the pipeline did Novartis get?": a deal's money or content, not
# the pipeline's size
_NOT_SIZE = (
    r"\b(?:deals?|upfronts?|up-fronts?|(?<!\bin )total|paid|pay|payments?|value|worth|price|milestones?|equity|"
    r"licen[cs]e[ds]?|in-?licen[cs]e[ds]?|get|got|take|took|buy|bought|acquired?|obtain(?:ed)?|optioned)\b"
)
# "How much did AbbVie sell in 2025 of drugs it licensed from Chinese companies?", "how much did Novartis
# sell of its China-licensed drugs?": product sales asked with the verb (not "sell the rights ... for",
# "sold its stake to", which are the deal's money)
SALES_VERB_RE = _re(
    r"\b(?:sell|sells|sold|selling)\b[^?]{0,30}\b(?:of|worth of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:drugs?|products?|medicines?|doses?|units?)\b|"
    r"\bhow much\b[^?]{0,40}\b(?:sell|sold)\b(?![^?]*\b(?:for|rights?|to|stake|shares?)\b)|"
    # "how much did Summit make selling ivonescimab": money earned on the market (not "make from the deal")
    r"\b(?:make|made|making|earn(?:ed|s)?|generat(?:e|ed|es)|br(?:ing|ought) in|t(?:ake|ook) in)\b[^?]{0,30}?\bselling\b"
)


UNHELD_ANALYST_MEASURES = [
    # "how much royalty did Akeso collect?", "royalty income Akeso booked": money received, not the deal's royalty
    # terms ("what royalties does Akeso get", "how much royalty could Akeso earn" are the row's band); no table
    # holds receipts (outsider68)
    (
        "royalty receipts",
        _re(
            r"\bhow much (?:in )?royalt(?:y|ies)\b(?![^?]{0,40}\b(?:will|would|could|can|may|might|stands? to|"
            r"eligible|entitled)\b)[^?]{0,40}\b(?:collect(?:ed)?|receive[d]?|earn(?:ed)?|book(?:ed)?|"
            r"pocket(?:ed)?|brought in|took in|bring in|take in)\b|\broyalt(?:y|ies) (?:income|receipts|revenues?)\b|"
            r"\broyalt(?:y|ies)\b[^?]{0,30}\b(?:collected|received|earned|booked|pocketed|brought in|took in)\b|"
            # "what royalties did Akeso receive from them?": the past asks money received
            r"\bwhat royalt(?:y|ies)\s+(?:did|has|have)\b[^?]{0,40}\b(?:receive|collect|earn|book|pocket)\b"
        ),
    ),
    # "how many ppl does X employ" (not "what payload does YL201 employ"), "headcount", "staff"
    (
        "number of employees",
        _re(r"\bemployees\b|\bhow many\b[^?]{0,40}\bemploy|\bheadcount\b|\bworkforce\b|\bstaff\b|员工"),
    ),
    # "R&D spend", "spent the most on R&D", "invest in research and development": a company's budget
    (
        "R&D spending",
        _re(
            r"\b(?:r&d|research and development) (?:spend(?:ing)?|budget|expenses?|expenditure)\b|"
            # "How much R&D does Hengrui spend?", "how much R&D did Innovent fund last year"
            r"\bhow much (?:r&d|research and development)\b[^?]{0,30}\b(?:spen[dt]s?|spending|budget\w*|fund\w*|invest\w*)\b|"
            r"\b(?:spen[dt]|spends|spending|invest(?:ed|s|ing)?)\b[^?]{0,30}\bon (?:r&d|research and development)\b|"
            r"\binvest(?:ed|s|ing)? in (?:r&d|research and development)\b"
            # "invest in research and development partnerships": deals, not a budget
            r"(?!\s+(?:partnerships?|deals?|collaborations?|alliances?|agreements?|tie-?ups?|licen[cs]\w*))"
        ),
    ),
    ("sales", SALES_VERB_RE),
    ("net present value", _re(r"\br?npvs?\b|\bnet present values?\b|\bdiscounted cash[- ]flows?\b|\bdcf\b")),
    # "What's Innovent's valuation now, post-Takeda?": the company's worth, not its deal's headline value
    (
        "valuation",
        _re(r"(?<!deal )(?<!deal's )\bvaluations?\b(?!\s+(?:of|for)\s+(?:the|this|that)\s+(?:deal|pact|agreement))"),
    ),
    # "How likely is GSK to exercise all 11 options?", "the odds of approval": a forecast no row holds
    (
        "likelihood",
        _re(r"\bhow (?:likely|probable)\b|\b(?:probability|odds|likelihood|chances?)\s+(?:of|that|is|are)\b"),
    ),
    # "How profitable is Innovent?": the company's profit, not its deals' money
    ("profitability", _re(r"\bprofitab\w*")),
    # "what's Akeso worth?" (not "what's the Akeso deal worth?", nor the deal's money: "what was the equity piece
    # worth", "what's the upfront worth"): the company's market value
    (
        "market value",
        _re(
            r"^(?![^?]*\b(?:deal|pact|agreement|licen|transaction|collab|partnership|tie-?up|asset|drug|program|"
            r"equity|up-?front|milestone|warrant|payment|option|stake|royalt)\w*)"
            r"\W*(?:so\s+)?(?:what(?:'s|’s| is| was)|how much is)\s+(?:[\w'’.&-]+\s+){0,4}?worth\s*[?.!]*\s*$"
        ),
    ),
    # "How much cash does Kailera have?": a company's cash position, which no deal row holds
    (
        "cash position",
        _re(
            r"\bhow much cash (?:does|do|did)\b[^?]{0,40}\b(?:have|hold|holds|sit on|got|left)\b|\bcash (?:position|pile|reserves?|on hand|balance|runway)\b"
        ),
    ),
    (
        "pipeline size",
        _re(
            rf"\bhow (?:many|big|large)\b(?:(?!{_NOT_SIZE})[^?]){{0,60}}\b{_PIPELINE}(?![^?]{{0,40}}{_NOT_SIZE})|"
            r"\b(?:size of|number of \w+ in) (?:its|their|the) pipeline"
        ),
    ),
    *UNHELD_FACTS_ASKED,  # advisers, IPO plans, development stage, trial efficacy (``unheld_facts``)
]

# "Which Chinese companies out-licensed PD-1/VEGF bispecifics?", "which biotechs licensed ADCs to Roche":
# the parties of the deals a filter picks, i.e. those deals listed (outsider16); not with an "or"
# ("PD-1 or PD-L1 x VEGF"): one filter holds one target, and a list of half of them is a wrong answer
WHICH_PARTIES_LICENSED_RE = re.compile(
    r"^(?![^?]*\bor\b)[^?]*?\b(?:which|what)\s+(?:chinese\s+|china\s+)?(?:companies|company|licensors|biotechs|drugmakers|firms|groups|"
    r"buyers|licensees|multinationals|pharmas)\b[^?]*?\b(?:out-?licen[cs]\w*|licen[cs]ed|partnered|sold)\b",
    re.IGNORECASE,
)

# "Who licensed drugs to Pfizer?", "Which companies sold assets to Merck?", "Who did Hengrui license to?",
# "Who are AbbVie's Chinese partners?": a named company's counterparties, i.e. its deals listed with
# them. Company names are blanked in the text read, so the preposition ends the ask (or a period follows).
_COUNTERPARTY = (
    r"(?:who|(?:which|what)\s+(?:chinese\s+|china\s+|western\s+|foreign\s+)?(?:companies|company|licensors|licensees|"
    r"biotechs|drugmakers|firms|groups|buyers|partners|pharmas?|multinationals))"
)
PARTIES_OF_NAMED_RE = re.compile(
    rf"^\W*{_COUNTERPARTY}\s+(?:(?:has|have|had|did|does|do|else|all)\s+){{0,2}}(?:out-?licen[cs]\w*|licen[cs]\w*|sold|sell|partnered|bought|buy|"
    r"signed|done deals|did deals|struck deals)\b[^?]{0,30}?\b(?:to|with|from)\b"
    r"\s*(?:(?:in|during|since|over|last|this)\b[^?]{0,20})?\W*$|"
    r"^\W*who (?:are|were|is|was)\b[^?]{0,30}\b(?:partners|licensors|licensees|counterparties)\b\W*$",
    re.IGNORECASE,
)

# "who bought CN201?", "who bought the rights to ivonescimab?", "who bought Akeso's ivonescimab rights?": a drug
# (a code, or a generic name's stem: -mab, -cept, -tide, -tinib, -mig) or its rights bought was licensed; no
# company was taken over
# (session 24: the code in lower case, "who bought cn201", or said first, "cn201 (cd3xcd19 tce) - who bought it")
DRUG_BOUGHT_RE = re.compile(
    r"(?i:\b(?:buy|buys|bought|acquir\w*|purchas\w*|took over|take over)\s+(?:the\s+)?(?:rights\s+to\s+)?)"
    r"\b(?i:[A-Z]{2,5}-?\d{2,5}[A-Z]?)\b|"
    r"(?i:^[^?]{0,30}?(?<![\w-])[A-Z]{2,5}-?\d{2,5}[A-Z]?\b[^?]{0,60}?\b(?:who|which\s+\w+)\s+(?:bought|acquired|purchased)\s+"
    r"(?:it|them|that|the\s+(?:drug|asset|rights|molecule))\b)|"
    r"(?i:\b(?:buy|buys|bought|acquir\w*|purchas\w*)\b[^?]{0,40}?\b(?:(?:rights?|licen[cs]e)\s+(?:to|for|of|on)\b|"
    r"\w+'s\s+\w+\s+rights\b|"
    r"\w{3,}(?:mab|cept|tide|tinib|mig|ciclib|parib)\b))|"
    r"(?i:\b(?:buy|buys|bought|acquir\w*|purchas\w*)\b)[^?]{0,40}?"  # "LaNova's LM-299", "9MW3811"
    r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,8}(?:-[A-Z0-9]{1,6})?(?![\w-])"
)

# "the three most expensive deals", "the 2 priciest", "two most valuable": the cut said before a superlative
# other than largest / biggest / highest (``wording.N_RE`` reads those)
CUT_SAID_RE = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:most\s+\w+|best|\w+iest|\w{3,}est)\b", re.IGNORECASE
)

# "Who were the buyers in the three largest deals of 2024?", "the licensors behind the top 5 deals": the deals
# are ranked, their parties named in each row (a ranking of buyers by summed value answers another question)
PARTIES_OF_TOP_DEALS_RE = re.compile(
    r"\b(?:in|of|behind|for|from|on)\s+(?:the\s+)?(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:largest|biggest|top|richest|most valuable|most expensive|priciest|highest[- ]value)\s+(?:[\w-]+\s+)?"
    r"(?:deals|transactions|agreements|licen[cs]es|licensing deals)\b",
    re.IGNORECASE,
)

# "Top three 2025 deals by headline value - licensor, licensee and value for each": the deals ranked, the parties
# named as fields each row shows (two fields listed, or "for each"); "top 3 buyers across 2025 deals" ranks buyers
TOP_DEALS_SAID_RE = re.compile(
    r"\b(?:top|largest|biggest|richest|most valuable|most expensive|priciest)\s+"
    r"(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+)?"
    r"(?:deals|transactions|agreements|licen[cs]es)\b",
    re.IGNORECASE,
)
_SIDE_FIELD = (
    r"(?:licensors?|licensees?|buyers?|sellers?|partners?|(?:total\s+|headline\s+|deal\s+)?values?|amounts?|upfronts?)"
)
SIDES_AS_FIELDS_RE = re.compile(
    rf"\b(?:licensors?|licensees?|buyers?|sellers?)\b[^?.]{{0,40}}\bfor\s+each\b|"
    rf"\b{_SIDE_FIELD}\s*(?:,|&|/|\band\b)\s*(?:the\s+)?{_SIDE_FIELD}\b",
    re.IGNORECASE,
)
# "deals whose upfront figure includes near-term payments", "how many deals report an 'upfront' that bundles near-term
# (or option) payments", "which upfronts fold in near-term money": the deals the table marks ``incl_near_term``
NEAR_TERM_UPFRONT_RE = _re(
    r"\bup[\s-]?fronts?\b['’\"]?(?:\s+(?:figures?|payments?|amounts?|numbers?))?[^?.;]{0,40}?\b(?:includ\w*|bundl\w*|"
    r"lump\w*|combin\w*|folds?\s+in|fold(?:ed|ing)\s+in|counts?|count(?:ed|ing)|mix\w*)\b[^?.;]{0,20}?\bnear[\s-]?term\b"
)
