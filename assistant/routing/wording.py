"""The wording the router reads: compiled patterns for metrics, operations, cues and filters.

All patterns are compiled once, at import, as constants; ``intents`` reads a question through them into ``Slots``.
"""

from __future__ import annotations

import re

from assistant.routing.analyst_wording import (
    FUNDS_RAISED_RE,
    INVESTMENT_PLEDGE_RE,
    NOT_SHARING,
    PARTNERED_RE,
    STOCK_BOUGHT,
    UNHELD_ANALYST_MEASURES,
)
from assistant.routing.shorthand import BARE_HEADLINE, LARGE_PHARMA_SHARE, SHORT_MILESTONES


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# "Who leads Verdiva Bio?", "who runs Akeso": its chief executive ("who leads the 2025 table" ranks)
_WHO_LEADS = r"^\W*who (?:leads|runs|heads) (?![^?]*\b(?:the|in|among|by|for|on|with|all|this|last|deals?|20\d\d)\b)"
# How a share price moves: "Akeso shares jumped" is the stock, not an equity stake in a deal.
_MOVE = (
    r"(?:rise|rose|risen|fall|fell|fallen|jump(?:ed)?|drop(?:ped)?|trade[ds]?|move[ds]?|surge[ds]?|soar(?:ed)?|"
    r"climb(?:ed)?|slump(?:ed)?|react(?:ed)?|price[sd]?|gain(?:ed)?|tumble[ds]?|rall(?:y|ied))"
)
METRIC_RES: list[tuple[str, re.Pattern[str]]] = [
    (
        "upfront",
        _re(
            r"\bcash(?=\s+and\s+(?:in\s+)?(?:equity|shares|stock)\b)|首付款|预付款|首付|\bup[\s-]?fronts?\b|\bufs?\b|\bdown[\s-]?payments?\b|\binitial payments?\b|\bsigning (?:fee|payment)s?\b|\b(?:paid |cash |payable )?(?:up )?(?:at|on) signing\b|\b(?:cash|paid|payable) (?:at|on) (?:the )?clos(?:e|ing)\b"
        ),
    ),
    ("milestones", _re(r"里程碑|\bmilestones?\b|\bbio[\s-]?bucks\b|\bcontingent payments?\b|" + SHORT_MILESTONES)),
    (
        "equity",
        _re(
            rf"股权|\bequity\b|\bstakes?\b|\bshare purchases?\b|\bwarrants\b|\bshares\b(?! {_MOVE}){NOT_SHARING}|"
            + STOCK_BOUGHT
        ),
    ),
    ("royalties", _re(r"特许权使用费|销售分成|\broyalt(?:y|ies)\b")),
    (
        "total",
        _re(
            r"总金额|总额|交易额|\b(?:deal|total|headline|aggregate|overall|combined|potential) values?\b|\b(?:(?:the|its|their)\s+(?:[\w-]+\s+)?|deal\s+)headline\b(?! (?:news|stor))|['’]s\s+(?:[\w/-]+\s+)?headline\b(?! (?:news|stor))|(?:%|\b(?:percent|percentage|share|fraction|proportion)) of\s+headline\b(?! (?:news|stor))|\bheadline (?:numbers?|figures?|amounts?|prices?|totals?|exposures?|commitments?)\b|\b(?:aggregate|total|overall|combined|summed) headline\b(?! (?:news|stor))|"
            + BARE_HEADLINE
            + r"|\bworth\b|\bhow (?:big|large)\b|"
            r"\bvalued\b|\bdeal sizes?\b|\bsize of\b|\bvalue of\b|\btotal\b|\b(?:(?:aggregate|total|overall)\s+)?potential\s+consideration\b"
        ),
    ),
]
COUNT_RE = _re(
    r"多少(?:笔|个|项|家)|几笔|几家|#\s*(?:of\s+)?(?:deals?|transactions?)\b|\b(?:more|fewer) (?:(?:china|chinese|licen[cs]ing|out-licen[cs]ing|in-licen[cs]ing|cross-border|bd) )?deals?\b(?!\s+(?:value|size|money|terms|worth))|\bhow many\b(?! times| (?:bio[\s-]?bucks|dollars|millions|billions|percent(?:age points)?)\b)(?!\s+(?:\w+\s+)?(?:patients|people|subjects|participants|volunteers|employees|staff|workers|trials|studies|sites|shares|years|months|weeks|days|countries|doses|indications|targets|molecules|compounds)\b)|\bnumber of\b|\b(?:no\.|num|nr\.?)\s*of\b|\bcount of\b|\bdeal (?:counts?|numbers|volumes?)\b|\bhow often\b"
)
# "How many companies licensed to Merck?": the different companies, not the deals (group 1: a side word)
DISTINCT_RE = _re(
    r"多少家|几家|\b(?:how many|number of|count of) (?:different |distinct |unique |separate |individual )?"
    r"((?:chinese |western |foreign |global |multinational |big |us |european |japanese )?(?:pharma |drug |biotech |biopharma )?"
    r"(?:companies|licensors|licensees|partners|firms|biotechs|drugmakers|pharmas|buyers|sellers|counterparties|multinationals|licensing partners))\b"
)
IN_LICENSING_RE = _re(r"\b(?:licensed|licensing|bought|buying|acquired|sourced) (?:\w+ )?from\b|\bin[\s-]?licens")
LICENSOR_SIDE_RE = _re(r"\b(?:chinese|licensors|sellers)\b")
LICENSEE_SIDE_RE = _re(
    r"\b(?:western|foreign|global|multinationals?|big|us|european|japanese|licensees|buyers|pharmas)\b"
)
SHARE_RE = _re(
    r"\bshare\b(?! purchase)|(?:\bpercent(?:age)?\b|%)(?!\s+(?:more|fewer|less|higher|lower|bigger|larger|smaller)\b)|\bproportion\b|\bfraction\b|\bslice\b|\bportion\b|\bwhat part of\b|占比|比例"
)
# "60% of the 2025 value — in dollars that's how much?": the share is given, an amount is asked.
IN_DOLLARS_RE = _re(r"\bin (?:us )?dollars\b|\bhow many dollars\b|\bdollar (?:amount|value|terms)\b|\bin usd\b")
# "% growth", "growth %", "by what %", "growth rate", "how much bigger ... than 2024, in percent": a rate, even beside "vs".
RATE_OF_CHANGE_RE = _re(
    r"(?:%\s*|\b(?=\w+\s*\(?%))(?:growth|increase|change|chg|rise|decline|difference)|\bpercent(?:age)? (?:growth|increase|change|rise|decline)\b|"
    r"\bgrowth rate\b|\bby what (?:%|percent(?:age)?)|\b(?:growth|increase|change|rise|decline),? (?:in|as an?) (?:%|percent(?:age)?)|"
    r"\b(?:gr[eo]w|grown|big|bigger|larger|higher|versus|vs)\b[^?%]{0,80}?,? in (?:%|percent(?:age)?(?: terms)?)(?!\s+of)"
)
SHARE_WORD_RE = _re(r"\bshare\b(?! purchase)|\bproportion\b|\bfraction\b|\bslice\b|\bportion\b|\bwhat part of\b|占比")
# "how many times the 2024 level", "how much bigger than in 2021": a multiple; "how many more": a difference.
RATIO_RE = _re(
    r"\bhow many times\b|\btimes (?:the|as|bigger|larger|higher|greater|more)\b|\b(?:\d+|two|three|ten)-?fold\b|"
    r"\bmultiple of\b|\bhow much (?:bigger|larger)\b|\bmultiple (?:on|for|in)\b|"
    r"\b(?:milestones?|upfronts?|totals?|equity|headline)[- ]to[- ](?:milestones?|upfronts?|totals?|equity|headline)\b"
)
# "ratio" compares two periods, two sides or one deal's two measures (of one period's two, what no table holds)
RATIO_WORD_RE = _re(r"\bratio\b")
DIFFERENCE_RE = _re(
    r"\bhow (?:many|much) more\b|\bgap between\b|\bthe gap\b|\babsolute (?:increase|change|growth|difference|rise|gain)\b|\bin (?:absolute|dollar) terms\b"
)
# "..., and by how much?", "By how much did IQVIA's H1 figure beat 2024?": a difference, unless growth asks a rate
BY_HOW_MUCH_RE = _re(r"\bby how (?:much|many)\b")
GROWTH_RE = _re(
    r"增长|增幅|下降|下滑|\bgr[eo]w(?:th|n|s)?\b|\bincreas(?:e|ed|es)\b|\brise\b|\brose\b|\brisen\b|\bjump(?:ed)?\b|\bchanged?\b|\bchg\b|"
    r"\bdeclin(?:e|ed)\b|\bfell\b|\bfall(?:en|s)?\b(?!\s+(?:under|into|within|in|on|outside)\b)|\bdrop(?:ped)?\b|\bdecreas(?:e|ed|es)\b|\bshr[iau]nk\b|"
    r"\bclimb(?:ed)?\b|\bsurged?\b|\b(?:go|goes|gone|went|going) (?:up|down)\b|\bsoar(?:ed)?\b|\bslump(?:ed)?\b|\bplunged?\b|\byear[- ]over[- ]year\b|\byoy\b|\bup from\b|\b(?:doubl|tripl|quadrupl|halv)(?:ed|ing)\b"
)
# "Which licensor's deal count went up the most?": a growth ranking of companies, which no tool computes.
WHICH_MOST_RE = _re(r"\b(?:which|what)\b[^?]*\bthe most\b")
MEDIAN_RE = _re(r"\bmedian\b|中位数")
AVERAGE_RE = _re(r"\baverage\b|\bavg\b|\btypical\b|\bmean (?:upfront|value|deal|size|total|milestone|payment)")
# "stingiest upfront of 2024", "the most modest cheque": the smallest, however it is said.
MIN_RE = _re(
    r"最小|最低|最少|\bsmallest\b|\blowest\b|\bleast\b|\bminimum\b|\bcheapest\b|\bsting(?:iest|y)\b|\bskimpiest\b|"
    r"\btiniest\b|\bmeag(?:re|er)st\b|\bpaltriest\b|\bslimmest\b|\bthinnest\b|\bmost (?:modest|meag(?:re|er)|frugal|miserly)\b|"
    r"\bleast (?:generous|lucrative|valuable|expensive)\b"
)
RANK_RE = _re(
    r"最大|最高|最多|排名|\blargest\b|\bbiggest\b|\bbusiest\b|\bmost prolific\b|\btop\b(?! (?:all|the whole|the full) of\b)|\bhighest\b|\bmost\b|\brank(?:ed|ing|s)?\b|\bleading\b|\bleaders?\b|\bleads\b|\bled\b(?!\s+(?:by|to)\b)|^\W*(?:which|who)\b[^?]*?\btopped\b(?!\s+\$)|"
    r"\bmaximum\b|\brichest\b|\bon top\b|\bfattest\b|\bheftiest\b|\bpriciest\b|\bcostliest\b|\bjuiciest\b|\bbiggest-ticket\b|\bmost (?:lucrative|valuable|expensive|generous)\b"
)
COMPARE_RE = _re(
    r"更多|更少|更高|更大|相比|对比|比较|\bcompared?\b|\bcomparison\b|\b(?:stack|stacks|stacked|measure|measures) up\b|\bvs\.?(?!\w)|\bversus\b|\bdifference\b|\bdiffer\b|"
    r"\b(?:more|less|bigger|larger|smaller|higher|lower|greater)\b[^?]{0,40}?\bthan\b|"
    r"\b(?:more|less|bigger|larger|smaller|higher|lower|greater)\b[^?]{0,80}?\bor\b|"
    r"^\s*(?:did|does|do|was|were|is|has|have)\b[^?]{1,60}\bor\b[^?]{1,60}\b(?:more|less|bigger|larger|smaller|higher|lower|greater)\b|"
    r"^(?!\W*(?:which|who)\b)[^?]*?\b(?:topped|outstripped|eclipsed|overt(?:ook|aken)|surpass(?:ed|es)?|beaten|exceed(?:ed|s)?)\s+"
    r"(?:(?:all|the whole|the full|the entire)\b|\S+['’]s\b|(?:19|20)\d\d\b)|\btop (?:all|the whole|the full) of\b"
)
SIDE_SPLIT_RE = _re(r"\bthan\b|\bvs\.?(?!\w)|\bversus\b|\bcompar(?:e|ed|es|ing) (?:with|to)\b|\bagainst\b")
OR_SPLIT_RE = _re(r"\bor\b")
WITH_SPLIT_RE = _re(r"\bwith\b(?=(?:(?!\band\b)[^?'’]){1,40}['’]s\s+(?:[\w.&-]+\s+){0,3}(?:deal|pact|agreement)s?\b)")
GROUP_BY_RE = _re(r"\b(?:by|per|each|every) (year|licensor|licensee|modality|therapeutic area)\b")
SUM_RE = _re(
    r"合计|总计|总共|\badd(?:s|ed|ing)? (?:up|together)\b|\btot(?:al)?(?:s|l?ed|l?ing)? up\b|\btotall?ed\b|\btall(?:ied|ying)\b|\btally up\b|\bacross the (?:\w+ )?deals\b|\bin total\b(?!\s+(?:deal\s+|headline\s+)?value)|\bcombined\b|\baltogether\b|\ball together\b|\bsum(?:med)?\b|\bcumulative(?:ly)?\b|\bin aggregate\b|"
    r"\btotal (?:up[\s-]?fronts?|milestones?|equity|amount|payments?|paid|spent|spend)\b|\ball (?:of )?(?:its|their|his|her|the)? ?deals\b|"
    r"\bacross (?:all|its|their|every)\b|\bin all\b|\boverall\b|\btotal\b(?![^?]{0,40}\b(?:which|what)\s+deals\b)[^?]{0,40}\bdeals\b"
)
FIND_RE = _re(
    r"哪些交易|列出|\blist\b|\bshow\b|\b(?:which|what)\s+(?:other\s+)?deals\b|\b(?:which|what)\s+(?:[\w/.×-]+\s+){1,3}deals\b|\bname (?:the|all) deals\b|\benumerate\b|\bwhich (?:licens|licenc|agreement)|"
    r"\bname (?:every|each|all)\b|\bevery (?:chin(?:a|ese) )?(?:partner|licensor|company|deal)s?\b|\b(?:every |all (?:the |of the )?)chin(?:a|ese) (?:partner|licensor|compan(?:y|ie)|biotech|firm|drugmaker)s?\b(?=[^?]{0,40}\b(?:signed|partnered|worked|dealt|teamed|licen[cs]ed from)\b)|"
    r"\ball (?:the |of the )?(?:chinese )?(?:partners|licensors|deals)\b|\bwho (?:were|are) (?:the |its |their )?(?:chinese )?(?:partners|licensors)\b"
)
TERMS_RE = _re(
    r"多少|条款|\bhow much\b|\bterms?\b|\bdetails?\b|\bstructured?\b|\bworth\b|\bvalues?\b|\bfinancials?\b|\beconomics\b"
)
PAY_RE = _re(
    r"\bpa(?:y|id|ys|ying)\b|\breceiv(?:e|ed|es|ing)\b|\bearn(?:ed|s)?\b|\bg[eo]t\b(?!\s+(?:announc|sign|clos|done|terminat|"
    r"approv|struck|ink|agreed|complet|disclos|made|public|off))|\bcost\b|\bspen[dt]\b|\bbring\b"
)
# "What does the Hengrui–GSK deal cover?": the answer starts with the deal's opening sentence.
DEAL_SCOPE_RE = _re(r"\b(?:cover(?:s|ed)?|includ(?:e|es|ed)|involv(?:e|es|ed)|what (?:is|was) [^?]{0,60}\babout)\b")
OVERVIEW_RE = _re(r"\btell me about\b|\bdescribe\b|\bsummar(?:y|ise|ize)\b|\boverview\b|\bwhat do we know about\b")
SINGLE_DEAL_RE = _re(r"\b(?:the|this|that|their|its)\s+(?:[\w&.'\-–—/]+\s+){0,4}(?:deal|pact|tie-up|agreement)\b(?!s)")
STRONG_TEXT_RE = _re(
    r"为什么|原因|风险|趋势|\bwhy\b|\bexplain|\breasons?\b|\bwhat drove\b|\bdrivers?\b|\bdriving\b|\bwhat (?:does|do|did) [^?]{1,60}\bmean\b|"
    r"\bmeaning\b|\brisks?\b|\brisky\b|\btrends?\b|\bdescribe\b|\btell me about\b|\bstrateg|\boutlook\b|\bimpact\b|"
    r"\bimplications?\b|\bsignifican|\bconcerns?\b|\bchallenges?\b|\bcontext\b(?!(?:\s*(?:and|or|&|/|,)\s*(?:the\s+)?borderline)?\s+(?:rows?|deals?|entries|sections?|scope)\b)|\bbackground\b|\brationale\b|\bmotivat|"
    r"\bsummar(?:y|ise|ize)\b|\boverview\b|\bwhat happened\b|\bpurpose\b|\bhow come\b|(?:^|[.?!;]\s+)reconcile\b(?![^?.]{0,40}\bwith\b)|"
    r"\bwhat (?:did|does|do|will) (?:that|it|this|they|the \w+) (?:include|cover|consist of)\b|\bwhat(?:'s| is| was) included\b|"
    r"\b(?:does|did|do) (?:that|it|this) (?:include|cover)\b"
)
WEAK_TEXT_RE = _re(
    r"\bwho\b|\bwhen\b|\bwhere\b|\bhow (?:do|does|did|is|are|was|were|has|have|will|would|could|can|should)\b|"
    r"\bwhat (?:is|are) (?:a|an)\b|\bdefin|\bwhat kind\b|\bwhat type\b|\bmechanism\b|\bstatus\b|"
    r"\bterminat|\bapproved?\b"
)
# "What kind of drug is it?", "Who bought them?": a question an article answers, even after a figure.
TEXT_KIND_RE = _re(
    r"\bwhat (?:kinds?|types?|sorts?|class) of (?:drug|asset|molecule|medicine|therapy|product|antibody)s?\b|"
    r"\bwhat(?:'s| is| are| was| were) (?:the|that|this|those|these) (?:drug|asset|molecule|candidate|compound)s?\b|"
    r"\bwhat (?:does|did|do) (?:it|they|the drugs?|the assets?) (?:treat|target|do)\b|"
    r"\bwhat (?:indications?|diseases?|conditions?|targets?) (?:is|are|was|were|does|did|do)\b|\bwhat (?:is|was|are|were) (?:it|they) for\b|"
    r"\bwhich (?:drug|asset|molecule|candidate)s?\b(?! deals?)|"
    r"\bwhen (?:was|were|did|is) (?:it|that|this|the deal)\b|"
    r"\bwho (?:ended up )?(?:bought|buying|acquired|took over)\b|\bwhat happened\b"
)
# "Who ended up buying LaNova, and for how much?", "LaNova's acquirer": a company changing hands (an article's)
ACQUISITION_RE = _re(
    r"\bwho (?:ended up |later |eventually )?(?:bought|buying|acquired|took over|owns)\b|\bacquirers?\b|\bacquired? by\b|"
    r"\bnew owners?\b|\bparent company\b|\bowned by\b|\btakeover\b|\b(?:which|what) (?:company|firm|group) (?:bought|acquired|owns)\b|"
    r"\b(?:take|took|taking) over\b|\b(?:anyone|anybody|someone|somebody)\s+(?:\w+\s+){0,2}?(?:buy|bought|buying|acquire|acquired)\b|\b(?:buy|bought|buying) out\b|\bacquisition of (?!(?:the )?(?:rights?|licen|an? licen))"
)
# "Who was the buyer?", "Who licensed it?": a party of the deal an earlier turn singled out.
PARTY_ASK_RE = _re(
    r"\bwho (?:was|is|were|are) the (?:buyer|licensee|licensor|seller|partner|payer)s?\b|"
    r"\bwho (?:bought|paid|licensed|sold|got|signed) (?:it|that|this|them|those|the (?:deal|drug|asset|rights))\b"
)
# "Who else did they license to?", "Which other partners?": the deals other than the one named.
OTHERS_RE = _re(
    r"\bwho else\b|\b(?:which|what) other (?:partners|licensees|licensors|companies|buyers)\b|"
    r"\b(?:any|which|what) other\s+(?:[\w-]+\s+)?(?:deals|licen[cs]es|agreements)\b|\bwhat else (?:has|have|did)\b[^?]{0,40}\b(?:done|do|sign(?:ed)?|licen[cs]e[ds]?|bought|buy|partner(?:ed)?|struck|inked)\b|\bother deals\b"
)
FROM_THEM_RE = _re(r"\b(?:from|licensed to) (?:them|it)\b")
THAT_YEAR_RE = _re(r"\b(?:that|the same) year\b")
FOLLOWUP_RE = _re(r"^\s*(?:and|what about|how about|what of|same (?:for|with|question)|also|or|then|now|ok(?:ay)?,?)\b")
PRONOUN_RE = _re(
    r"\b(?:it|its|they|them|their|theirs|this deal|that deal|the deal|this one|that one|the company|these|those)\b|"
    r"\binstead\s*[?.!]*\s*$"  # "why do some outlets quote 4.7 billion instead?": of the figure before
)
# "the drug" points back only in a question with no filter, period or operation of its own ("who bought the drug?")
THE_DRUG_RE = _re(r"\bthe (?:drug|asset|molecule|candidate|compound)s?\b")
MARKET_RE = _re(
    r"\bchinese\b|\bchina\b|\bmarket\b|\bout-?licens(?:ing|ed)\b|\boverall\b|\bindustry\b|\bsector\b|\bcross-border\b|"
    r"\ball deals\b|\brecord\b|\btrackers?\b|\breported\b|\bdeals\b"
)
# "Hong Kong-listed names", "listed in Hong Kong": where shares trade; "ex-Greater China": a territory. No deal scope.
GREATER_CHINA_RE = _re(
    r"(?<!ex-)(?<!ex )(?<!outside )(?<!excluding )\bgreater china\b|(?<!listed in )\bhong kong\b(?![\s-]+(?:listed|stock|exchange|shares))|\btaiwan\b"
)
N_RE = _re(  # "top 3", "5 largest", "which three 2024 deals"; never a year ("top 2024 deal by upfront": one deal)
    r"\btop[\s-]?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(\d{1,3}|two|three|four|five|ten) (?:largest|biggest|highest)\b|\b(?:which|what|name|list)\s+(two|three|four|five|ten)\s+(?:[\w-]+\s+){0,3}?(?:deals|licensors|licensees|companies|buyers)\b"
)
# "the second largest deal", "3rd-biggest licensor", "runner-up": one place of a ranking
_PLACE = r"(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
POSITION_RE = _re(
    rf"\b{_PLACE}[\s-]+(?:largest|biggest|highest|most|richest|top|best|leading|busiest)\b|\brunner[\s-]?up\b|"
    rf"\b(?:came|comes|ranked|ranks|placed|finished|was|is|were|are) (?:in )?{_PLACE}\b(?! (?:deal|quarter|half|time|round))|"
    rf"\bin {_PLACE} place\b|\bnumber two\b"
)
POSITIONS = {f"{n}{suffix}": n for n in range(1, 51) for suffix in ("st", "nd", "rd", "th")}
POSITIONS |= {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
POSITIONS |= {"tenth": 10}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
NUMBER_WORDS |= {"ten": 10}
# Company facts outside licensing deals: no table column holds them, so only a passage that
# names the same measure can answer ("Hengrui's revenue" is not its deals' upfront payments).
_NOT_TERMS = r"\bsales\b(?![- ]?(?:milestones?|based|royalt|threshold))"
_FORECAST_VERB = r"\b(?:expect|forecast|project|estimat|predict|could\b[^?]{0,30}\b(?:bring|generate|earn|make))\w*\b"
_FORECAST = rf"{_FORECAST_VERB}[^?]{{0,40}}{_NOT_TERMS}|{_NOT_TERMS}[^?]{{0,40}}{_FORECAST_VERB}"
UNHELD_MEASURE_RES: list[tuple[str, re.Pattern[str]]] = [
    ("revenue", _re(r"\brevenues?\b(?![- ](?:shar|based))|\bturnover\b|营收|营业收入")),
    ("profit", _re(r"\b(?:net )?profits?\b(?![- ]shar)|\bnet (?:income|loss)\b|\bearnings\b|净利润")),
    (
        "regulatory approval",
        _re(r"\b(?:fda|nmpa|ema|regulatory) (?:approval|filing)\b|\bget approv|\bbe approved\b|获批"),
    ),
    ("market capitalisation", _re(r"\bmarket cap(?:itali[sz]ation)?\b|\bmarket (?:value|valuation)\b|市值")),
    # "What peak sales does Lilly expect?": a forecast, which no sentence about sales milestones states
    (
        "sales forecast",
        _re(rf"\bpeak[- ]sales\b|\bsales (?:forecast|projection|estimate|expectation|guidance|consensus)|{_FORECAST}"),
    ),
    ("sales", _re(r"\b(?:annual |product |net |drug |peak )?sales\b|销售额")),
    (
        "trial results",
        _re(
            r"\b(?:trial|clinical|phase [1-3i]+) (?:results?|data|readouts?)\b|\bresponse rates?\b|\boverall survival\b|\bhazard ratios?\b|\bprogression[- ]free\b|\bpfs\b|"
            r"\btrials? (?:shows?|showed|shown|found|demonstrat\w*|reveal\w*|met|missed|achiev\w*)\b"
        ),
    ),
    (
        "share price",
        _re(
            rf"\b(?:share|stock) prices?|\bprice (?:per|a) share\b|\bshares at\b[^?]{{0,40}}?\b(?:apiece|each|a share)\b|\bshares? {_MOVE}|"
            r"\bstocks? (?:react|reaction|rose|fell|jumped|dropped|moved?)|\b(?:share|stock|market) reaction\b|股价"
        ),
    ),
    ("chief executive", _re(r"\bceo\b|\bchief executive\b|\bchairman\b|\bfounder\b|" + _WHO_LEADS)),
    ("headquarters", _re(r"\bheadquarter(?:s|ed)\b|\bbased in which\b")),
    *UNHELD_ANALYST_MEASURES,
    ("funds raised", FUNDS_RAISED_RE),
    ("investment pledge", INVESTMENT_PLEDGE_RE),
    ("earlier collaborations", PARTNERED_RE),
]
# Revenue and profit words next to deal terms are about the deal ("licensing revenue",
# "royalties on net revenue", "potential earnings from the Summit deal"), not the company.
DEAL_TERMS_RE = _re(r"licens|\bdeals?\b|royalt|milestone|upfront|授权|交易")
MARKET_METRIC_RES: list[tuple[str, re.Pattern[str]]] = [
    # "the ten biggest licensors" is the trackers' top-10 share; "the ten largest 2026 deals" is a ranking
    (
        "top10_share",
        _re(
            r"\btop[\s-]?(?:10|ten)\b|\b(?:10|ten) (?:biggest|largest|leading|top)(?: chinese)? "
            r"(?:licensors|companies|firms|drugmakers|biotechs|sellers|players)\b"
        ),
    ),
    (
        "share_of_global_deal_volume",
        _re(r"\b(?:global|world(?:wide|'s)?)\b[^?]{0,40}\b(?:volume|number of deals|deal count)\b"),
    ),
    (
        "share_of_global_value",
        _re(r"\bshare of (?:global|world(?:wide)?)\b|\b(?:global|worldwide) (?:out-?licensing )?(?:deal )?value\b"),
    ),
    # "keep seeing", "kept asking" go on doing something: no money kept
    ("retained_after_termination", _re(r"\b(?:keep|kept)\b(?!\s+\w+ing\b)|\bretain(?:ed|s)?\b|\bhold on to\b")),
    ("share_of_large_pharma_deals", _re(LARGE_PHARMA_SHARE)),
    (
        "licensor_count",
        _re(
            r"(?:\bhow many |\bnumber of |#\s*)(?:chinese )?(?:companies|cos|drugmakers|licensors|firms|biotechs|biopharmas?)\b(?!\s+(?:deals?|partnerships?|transactions?|agreements?)\b)"
        ),
    ),
]
DIMENSION_RES: list[tuple[str, re.Pattern[str]]] = [
    ("modality", _re(r"\bmodalit(?:y|ies)\b(?!\s*[=:]\s*\w)|\b(?:drug|asset) types?\b")),
    ("therapeutic_area", _re(r"\btherapeutic areas?\b|\bdisease areas?\b|\bareas?\b|\bindications?\b")),
    (
        "licensee",
        _re(
            r"\blicensees?\b|\bbuyers?\b|\bmultinationals?\b|\bbig pharmas?\b|\bpharmas\b|\bacquirers?\b|(?<!its )(?<!their )(?<!licensing )\bpartners?\b|"
            r"\bin-?licens|\bwestern\b|\bmncs?\b|\bspenders?\b|\bpayers?\b|\b(?:paid|spent|pays|spends|bought|buys)\b|"
            r"\b(?:with|from) (?:the )?(?:chinese|china) (?:companies|company|drugmakers?|biotechs?|firms?|pharmas?|licensors?)\b|"
            r"跨国|外资药企|引进"
        ),
    ),
    (
        "licensor",  # "top 5 China out-licensing deals by upfront": deals ranked, not licensors (outsider96)
        _re(
            r"\blicensors?\b|\bchinese (?:compan(?:y|ies)|drugmakers?|biotechs?|firms?|pharmas?)\b|\bdrugmakers?\b|"
            r"\bbiotechs?\b|\bsellers?\b|\bout-?licens(?!ing\s+(?:deals?|transactions?)\b)|\blicensed\b|\breceived\b|\bearned\b|\bsold\b|\bcompan(?:y|ies)\b"
        ),
    ),
    ("deal", _re(r"\bdeals?\b|\btransactions?\b|\bagreements?\b")),
]
# The question asks for a ranking itself, not only its winner.
EXPLICIT_RANK_RE = _re(r"\brank(?:ed|ing|s)?\b|\bleague table\b|\bleaderboard\b|排名")
RANK_BY_COUNT_RE = _re(
    r"\bmost deals\b|\bnumber of deals\b|\bbusiest\b|\bmost prolific\b|\bdeal counts?\b|\bhow many deals\b|\bmost active\b|\blicensed the most\b|\bby count\b|\bmost often\b|"
    r"\bmost (?:agreements|transactions|licen[cs]es|licensing deals|partnerships|collaborations)\b|"
    r"\b(?:closed|signed|struck|inked|did|made|announced) the most\b|交易最多|最多(?:的)?交易|数量最多"
)
SINGULAR_RE = _re(
    r"哪个|哪一个|哪家|\bwhich of\b[^?]{0,60}\b(?:was|is|has|had|carries|carried)\b|\b(?:largest|biggest|highest|top|smallest|richest)\s+(?:[\w-]+\s+)?deal\b(?!s)|"
    r"\bwhich (?:chinese )?(?:company|licensor|licensee|buyer|multinational|pharma|modality|area|deal|one|drugmaker|biotech)\b|\bthe (?:largest|biggest|highest|smallest|top) (?:\w+ )?(?:deal|company|licensor|licensee|upfront|payment)\b|\bwho\b"
)
MODALITIES: list[tuple[str, re.Pattern[str]]] = [
    ("Bispecific ADC", _re(r"\bbispecific adcs?\b")),
    ("ADC", _re(r"\badcs?\b|\bantibody[- ]drug conjugates?\b")),
    ("Trispecific T-cell engager", _re(r"\btrispecifics?\b|\bt[- ]cell engagers?\b")),
    ("Bispecific antibody", _re(r"\bbispecifics?\b(?! adc)|\bbsabs?\b")),
    ("siRNA", _re(r"\bsirnas?\b|\brnai\b")),
    ("Small molecule", _re(r"\bsmall[- ]molecules?\b")),
    ("Peptide", _re(r"\bpeptides?\b")),
    ("Monoclonal antibody", _re(r"\bmonoclonal\b|\bmabs?\b")),
    ("Cell therapy", _re(r"\bcell therap(?:y|ies)\b|\bcar-?t\b")),
    ("Fusion protein", _re(r"\bfusion proteins?\b")),
    ("Platform / multi-program", _re(r"\bplatform\s*(?:/|or|and)\s*multi|\bmulti-?program|\bplatform (?:deal|collab)")),
]
AREAS: list[tuple[str, re.Pattern[str]]] = [
    ("Oncology", _re(r"\boncology\b|\bcancers?\b|\btumou?rs?\b")),
    ("Immunology", _re(r"\bimmunology\b|\bautoimmune\b|\binflammat")),
    ("Metabolic", _re(r"\bmetabolic\b|\bobesity\b|\bweight[- ]loss\b|\bdiabetes\b")),
    ("Cardiovascular", _re(r"\bcardiovascular\b|\bcardiac\b|\bcardio\b|\bheart\b")),
    ("Neurology", _re(r"\bneurology\b|\balzheimer'?s?\b|\bneuro")),
    ("Respiratory", _re(r"\brespiratory\b|\bcopd\b|\basthma\b")),
    ("Fibrosis", _re(r"\bfibrosis\b")),
]
# "deals with no disclosed upfront", "whose upfront was not disclosed": a figure the deal kept private.
UNDISCLOSED_RE = _re(
    r"\bundisclosed\b|\b(?:no|not|never|without(?: an?| any)?)\s+(?:publicly\s+)?(?:disclosed|revealed|published)\b|"
    r"(?:\bnot|n[’']t) (?:been )?(?:disclosed|revealed|made public|published)\b|\bdid(?:n't| not) (?:disclose|reveal|publish)\b|未披露|\bkept (?:private|confidential|secret)\b|\bwith no (?:headline|total|upfront|milestones?)\b(?:\s*/\s*\w+)?(?:\s+(?:value|figure|amount))?"
)
STATUS_RE = _re(r"\bterminate(?:d|(?=\s*[咗了?]))|\bcancell?ed|\bended\b|\breturned|\bhanded back|\bscrapped|终止")
# "Were any of these deals terminated?", "any siRNA deals?": the deals that meet the filter, listed.
# "What did Pfizer license from China in 2025?": the company's deals, listed (not one span of text)
WHAT_LICENSED_RE = _re(
    r"\bwhat (?:else )?(?:did|has|have|does)\b[^?]{0,30}?\b(?:in-?)?(?:licen[cs]e[ds]?|bought|buy|sourced?)\b(?! (?:deals?|agreements?|terms))|"
    r"\b(?:what|which) (?:chinese )?(?:drugs|assets|molecules|candidates|programs|programmes|products|companies|licensors|biotechs|firms|drugmakers|partners) (?:did|has|have|does)\b"
)
NARROWING_RE = _re(r"\b(?:ones|of (?:them|those|these)|among (?:them|those|these)|just the|only the)\b|^\s*any\b")
ANY_DEALS_RE = _re(
    r"\bany\b[^?]{0,60}\b(?:deals?|licen[cs](?:es|ing)|agreements|transactions)\b|\bany\b[^?]{0,20}\??\s*$"
)
REPORTERS = [
    "PharmCube",
    "Caixin",
    "Reuters",
    "NewsChina",
    "SCMP",
    "NMPA",
    "CPHIIC",
    "IQVIA",
    "GlobalData",
    "Goodwin",
    "biotochina",
    "Informa",
    "Sino Drug Watch",
    "Vision Lifesciences",
    "freshfromchina",
]
REPORTER_RE = _re(r"\b(" + "|".join(re.escape(r) for r in REPORTERS) + r")\b")
# Our rows, not a tracker's market figure: "in the table", "in table", "our table", "the deal table".
# "in the database", "your dataset", "on file", "do you have", "tabled deals", "the 24-26 set": the same rows.
TABLE_RE = _re(
    r"\b(?:the|our|your|ur|this|in) (?:(?:core|main|primary|curated|compiled) )?(?:deal )?table\b|\b(?:deal|core|main) table\b|\bour (?:deal )?(?:data(?:set|base)?|rows)\b|\btabled (?:deals|transactions|rows)\b|\b(?:the|this|your|our) (?:20)?2\d\s?[-–]\s?(?:20)?2\d (?:deal )?(?:set|data ?set|sample|table)\b|"
    r"\b(?:the|your|this|my) (?:deal |licensing )?(?:data ?(?:set|base)|db|records|spreadsheet|rows|deal list)\b|"
    r"\b(?:your|ur) (?:deal |licensing )?data\b|\b(?:our|your|ur) (?:(?:19|20)\d{2} |tracked |listed )?(?:deals|transactions)\b|\bon (?:file|record)\b|\bdo (?:you|we) (?:have|hold|track|list|cover)\b|"
    r"\b(?:you|we) (?:have|hold|track|list|cover|recorded|logged)\b[^?]{0,30}\b(?:deals?|transactions?|rows)\b|"
    r"\b(?:deals?|transactions?|rows) (?:that )?(?:you|we) (?:guys |all )?(?:have|hold|track|list|cover|follow|log|keep)\b|"
    r"数据库|数据集|你们的数据|表格里|表中"
)
# Several deals of one company: "paid Chinese licensors", "its 2025 deals", "across the deals".
PLURAL_DEALS_RE = _re(
    r"\bdeals\b|\bchinese (?:licensors|companies|biotechs|drugmakers|firms|partners|assets|groups)\b|"
    r"\b(?:licensors|licensees|partners|transactions|agreements)\b|\bacross\b"
)
# A question that points back at the previous answer ("which had the largest upfront?" after a list: which of those).
REFERENCE_RE = _re(
    r"\b(?:that|this|it|those|these|them|their|which one|the one)\b|"
    r"^\s*(?:and |so |ok,? )?which (?:had|has|was|were|paid|got|carried|came with|brought)\b"
)
YEAR_BEFORE_RE = _re(
    r"\b(?:the|a) year (?:before|earlier|prior)\b|\b(?:the )?(?:previous|prior|preceding) year\b|\bthe year after\b"
)
# The subject of a ranking is a single deal: "which ADC deal", "the biggest deal", "the biggest cheque",
# "Roche's largest upfront" (one payment; "the most upfront" is a sum).
DEAL_SUBJECT_RE = _re(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}(?:deal|transaction|agreement)\b(?!s)|"
    r"\b(?:largest|biggest|highest|top|smallest|richest|fattest|heftiest|juiciest|priciest|costliest|single|"
    r"most (?:generous|lucrative|valuable|expensive))\s+"
    r"(?:(?!(?:buyer|licensee|licensor|spender|payer|compan|pharma|drugmaker|biotech|"
    r"total|combined|cumulative|overall|aggregate)\w*\b)[\w-]+\s+){0,2}"
    r"(?:deal|transaction|agreement|cheque|check|upfront|payment)\b(?!s)|\bthe\s+(?:largest|biggest|highest|smallest)\s+one\b"
)
# "Which licensee paid the largest upfront?": the subject is a company, ranked, not one deal.
WHICH_PARTY_RE = _re(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:licensee|licensor|buyer|seller|compan(?:y|ies)|pharma|drugmaker|biotech|"
    r"partner|multinational|mnc)s?\b(?!')"
)
# Misspelt metric words ("milestons", "upfrnt") are matched against these.
METRIC_WORDS = {"upfront": "upfront", "upfronts": "upfront", "milestones": "milestones", "milestone": "milestones"}
METRIC_WORDS |= {"royalties": "royalties", "royalty": "royalties", "equity": "equity"}
# Words that set a market-wide scope: a question with them is a new question, not a follow-up.
SCOPE_RE = _re(r"\bchinese\b|\bchina\b|\bmarket\b|\bout-?licens|\bindustry\b|\bsector\b|\bcross-border\b|\btrackers?\b")
