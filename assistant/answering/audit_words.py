"""What a question says, in the plan audit's own words (``plan_audit``): measures, rankings, years, trackers.

A vocabulary of its own, sharing nothing with the router's rules, so that the audit can catch a rule's
misreading instead of repeating it. Each pattern names one thing a question can ask for.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# One measure each; words that could name two (a bare "value", "total", "cash") are left out.
UPFRONT = re.compile(
    r"\bup[\s-]?fronts?\b|\buf(?:ps?)?\b|\bupfs?\b|\bcash (?:at|on) signing\b|\bsigning (?:cash|payments?|fees?)\b|"
    r"\b(?:cash|money|payments?) (?:on )?day[- ]one\b|\bday[- ]one (?:cash|money|payments?)\b|"
    r"\binitial payments?\b|首付|預付|预付|首期款",
    _I,
)
MILESTONES = re.compile(r"\bmilestones?\b|\bmsts?\b|\bmlstns?\b|里程碑", _I)
EQUITY = re.compile(r"\bequity\b|\bstakes?\b|股权|股權|入股|买股|買股", _I)
HEADLINE = re.compile(
    r"(?<!news )\bheadline\b|\btcvs?\b|\bdeal (?:values?|sizes?)\b|\btotal (?:deal |contract |potential )?values?\b|"
    r"\bpotential (?:values?|consideration)\b|\baggregate (?:deal )?values?\b|总额|總額|总包|總包|总价|總價",
    _I,
)
RANKED = re.compile(
    r"\btop[\s-]?\d+\b|\btop (?:one|two|three|five|ten)\b|\blargest\b|\bbiggest\b|\bsmallest\b|\bhighest\b|"
    r"\blowest\b|\brank(?:ed|ing|s)?\b|\bleaderboard\b|最大|最高|最小|最低|排名|前[一二三四五六七八九十\d]",
    _I,
)
DEALS = re.compile(r"\bdeals?\b|\btransactions?\b|\blicen[cs]es?\b|\bagreements?\b|\btie-?ups?\b|交易|几单|幾單", _I)
COMPANIES = re.compile(
    r"\bwho\b|\bwhose\b|\bwhich (?:(?:chinese|western|big|foreign|u\.?s\.?) )?(?:compan|licensor|licensee|buyer|seller|multinational|"
    r"firm|pharma|partner|biotech|mnc|drugmaker|player|acquir|bidder|sponsor|one|side|cos?\b|group)|"
    r"\b(?:licensors?|licensees?|buyers?|sellers?|companies|company|cos?|pharmas|mncs?|multinationals?|big pharma|drugmakers?|biotechs|firms|"
    r"players|partners|acquirers|bidders|countries|country|modalit\w*|areas?)\b|哪家|哪个公司|哪個公司|谁|誰",
    _I,
)
# A year or a span of years as people write them: 2025, '25, FY25, 24-26, 25年
YEAR = re.compile(
    r"(?<![\d$.,])(?:20[12]\d)(?![\d%])|['’]2\d\b|\bfy\s?2\d\b|(?<![\d$.,])2\d\s?[-–/]\s?2\d(?![\d%]|[.,]\d)|"
    r"(?<!\d)(?:20)?2\d\s?年",
    _I,
)
TWO_DIGITS = re.compile(r"(?<!\d)(?:20)?(1\d|2\d)(?!\d)")
# A money amount said in the question bounds the deals ("upfront above $100m"), it does not ask for a sum.
AMOUNT = re.compile(r"\$|\bus\$|\d\s?(?:m|mm|bn|b|k)\b|\d\s?(?:million|billion)\b|亿|億|万美元", _I)
# A tracker named: its own figures are asked, not a sum over our table.
TRACKER = re.compile(
    r"\bpharmcube\b|\bcaixin\b|\bsino drug watch\b|\bdealforma\b|\bnextpharma\b|医药魔方|醫藥魔方|财新|財新", _I
)
OUR_TABLE = re.compile(
    r"\btable\b|\bdata\s?set\b|\b(?:your|ur|our|the) (?:data|db|database|set|sheet|list)\b|\bin the data\b|"
    r"表里|表裡|表中|你们的表|你們的表",
    _I,
)
MULTIPLE = re.compile(
    r"\bhow many (?:x|times (?:larger|bigger|more|greater|higher|the|as|over|that|what))\b|\b\d+(?:\.\d+)?\s?x\b|"
    r"\b(?:as )?a multiple of\b|\bwhat multiple\b|\bratio\b|\btimes (?:as|bigger|larger|more|greater)\b|倍",
    _I,
)
# Our table said only to set it aside: "the market figure, not your own table"
NOT_OUR_TABLE = re.compile(r"\bnot (?:in |from )?(?:your|ur|our|the) (?:own )?(?:table|rows|data|deals)\b", _I)
# A year said to bring deals in or set them aside ("incl. the 2023 ones", "without the 2023 deals"),
# with a whole-table plan.
YEAR_AS_SCOPE = re.compile(
    r"\b(?:incl\w*|counting|count in|besides|as well as|along with|plus|all years|any year|entire|whole|ever|"
    r"all[- ]time|pre-?\s?20\d\d|without|except\w*|excluding|set(?:ting)? aside|leav\w* out|other than|apart from)\b|"
    # "the 2023 ones too", "also 2023": a year brought in, not "..., and also how many deals"
    r"(?:20)?\d\d(?:\s+[\w-]+){0,2}\s+(?:too|also|as well)\b|\b(?:also|too)\s+(?:in\s+|the\s+)?(?:20)?\d\d\b|"
    r"包括|包含|算上|除了|不算",
    _I,
)
# A year corrected away: "2025 not 2024", "2024 rather than 2025"
NOT_YEAR = re.compile(
    r"\b(?:not|rather than|instead of)\s+(?:in\s+)?((?:20)?\d\d)\b|\b((?:20)?\d\d)\s+(?:is )?wrong\b", _I
)
# A measure named as a part of another ("headline total incl. sales milestones", "首付总额": the
# upfronts' sum) is not asked for itself.
MEASURE_WORD = (
    r"(?:up[\s-]?fronts?|uf(?:ps?)?|milestones?|msts?|equity|headline(?: total| value)?|total(?: deal)? value|tcv)"
)
PART_OF = re.compile(
    # a part of the total: "headline total incl. sales milestones", "worth if every milestone is hit"
    rf"\b(?:incl(?:uding|\.|s)?|inclusive of|plus|counting)\s+(?:the\s+|any\s+|all\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{MEASURE_WORD}\b|"
    r"\bif (?:every|each|all)(?: of)?(?: the)? milestones?\b|"
    # a gloss in brackets or after "i.e.": "the headline value (upfront plus milestones)"
    r"\([^)]*(?:\+|\bplus\b|\band\b|\bincl\w*)[^)]*\)|\bi\.?e\.?,?\s[^?.;]*|"
    # a measure set aside: "just the milestones, not the headline total", "upfront rather than equity"
    rf"\b(?:not|rather than|instead of|excluding|excl\.?|ex\.?|without|minus|less|leaving out|apart from|other than|"
    rf"stripping out|net of)\s+(?:the\s+|any\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{MEASURE_WORD}\b|"
    r"(?:首付款?|里程碑|up[\s-]?fronts?|uf(?:ps?)?|milestones?)\s*(?:的)?(?:总额|總額)",
    _I,
)
# The parts summed are the headline: "upfront plus milestones", "milestones (including the upfront payment)"
SUM_OF_PARTS = re.compile(
    r"(?:up[\s-]?fronts?|uf(?:ps?)?)\s*(?:\+|plus)\s*(?:the\s+|all\s+)?(?:milestones?|msts?)|"
    r"(?:milestones?|msts?)\s*\(?\s*(?:\+|plus|incl\w*\.?)\s*(?:the\s+)?up[\s-]?fronts?(?:\s+payments?)?\s*\)?",
    _I,
)
# A sum asked of a measure ("the upfronts added up", "首付加起来")
SUM_ASKED = re.compile(
    r"\bsum\w*|\badd\w* (?:\w+ )?up\b|\btotal (?:of )?(?:the |all )?(?:up[\s-]?fronts?|uf(?:ps?)?|milestones?|equity)|"
    r"(?:up[\s-]?fronts?|uf(?:ps?)?|milestones?)\s(?:total|sum)|\bcombined\b|\bin total\b|加起来|加起來|合计|合計|一共|总共|總共",
    _I,
)
# Money asked beside a count ("how many deals and how much", "多少单、多少钱"), no measure named
MONEY_OF_COUNTED = re.compile(r"\bhow much money\b|多少钱|多少錢|金额|金額|\bworth\b|\bdollar value\b", _I)
EDGE = re.compile(
    r"\b(?:before|prior to|pre|after|post|earlier than|later than|older than|newer than)[\s-]+(?:(?:the\s+)?(?:start|end)\s+of\s+)?"
    r"((?:20)?\d\d)\b|((?:20)?\d\d)\s?年?(?:之前|以前|前|之后|之後|以后|以後)",
    _I,
)
# How the upfront is paid asked ("is it all at signing", "cash vs paper", "how much of that upfront is equity")
UPFRONT_SPLIT = re.compile(
    r"\bhow (?:is|was|'s) (?:it|the up-?front|the uf) (?:paid|split|structured)|\bhow it'?s paid\b|"
    r"\ball (?:paid )?at signing\b|\bcash (?:vs\.?|versus|or) (?:paper|stock|shares|equity|warrants)\b|"
    r"\bhow much of (?:it|that|the|its)(?: up-?front| uf)? is (?:equity|cash|stock)\b|\bcash (?:up-?front |uf )?net\b|"
    r"分几期|分幾期|怎么付|怎麼付",
    _I,
)
STATUS_FACET = "the deal's status (closed, ended or still running)"
# What kind of fact about one deal a question asks for besides its money, and the words an answer that
# gives it holds ("did 3sbio pfe actually close": closed, closing, terminated, still active ...).
FACETS = (
    (
        "how the upfront is paid (cash, shares, instalments)",
        UPFRONT_SPLIT,
        re.compile(
            r"\bcash\b|\binstal|\btranche|\bwithin \d+ days\b|\bin two parts\b|\bwarrant|\bshares\b|\bequity\b|\bstock\b|"
            r"\bnear-term\b|分期",
            _I,
        ),
    ),
    (
        "the date it was announced",
        re.compile(
            r"(?<!\bby )\b(?:announce(?:ment|d)?|signing|deal) date\b|\bwhen (?:was|were|did) (?:it|the deal|they|this) "
            r"(?:announced|signed|announce|sign)\b",
            _I,
        ),
        re.compile(
            r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|"
            r"aug|sep|oct|nov|dec)|\b20\d\d-\d\d-\d\d\b|\d+月",
            _I,
        ),
    ),
    (
        STATUS_FACET,
        re.compile(
            # "did 3sbio pfe actually close", "closed yet?", "when's close", "expected closing"; not "closed the
            # most transactions" or "cash at close"
            r"\b(?:did|has|have|had|was|is|will)\b[^?.;]{0,40}?(?<!\bat )\bclos(?:e|ed)\b(?!\s+(?:to\b|(?:the\s+)?(?:most|more|fewer|\d)))|"
            r"\bclosed yet\b|\bwhen(?:'s|'d| did| does| will| is| was)?\s+(?:\w+\s+){0,3}?clos(?:e|ing)\b|"
            r"\b(?:expected|anticipated|due)\s+(?:to\s+)?clos(?:e|ing)\b|\bclos(?:ing|e) date\b|"
            # an ending that happened ("was it terminated?"), not one supposed ("if Novartis does terminate")
            r"\b(?:was|were|is|has been|been|got|get)\s+(?:it\s+|the deal\s+)?terminated\b|\bterminated\s*\?|\btermination\b|"
            r"\bstill (?:active|live|alive|in force|going|on)\b|\bin force\b|\bwalk(?:ed)? away\b|\bhanded back\b|\bstatus\b|"
            "终止|終止|交割",
            _I,
        ),
        re.compile(
            r"\bclos(?:e|ed|ing)\b|terminat\w*|\bstatus\b|\bactive\b|\bended\b|\breturned\b|\bin force\b|"
            r"\bcompleted\b|\blive\b|\bstill\b|终止|終止|交割",
            _I,
        ),
    ),
    (
        "the territory",
        re.compile(r"\bterritor(?:y|ies)\b|\bwhich (?:markets|regions)\b|地区|地區|区域|區域|权益范围|權益範圍", _I),
        re.compile(
            r"\bterritor\w*|\bworld(?:wide)?\b|\bglobal\b|\boutside\b|\bex-|\brights\b|\bexcept\b|\bexclud\w*|地区|地區|全球",
            _I,
        ),
    ),
    (
        "the royalties",
        re.compile(r"\broyalt\w*|特许权使用费|特許權使用費|销售分成|銷售分成", _I),
        re.compile(r"royalt|特许|特許|分成", _I),
    ),
    (
        "the kind of drug (its modality)",
        re.compile(
            r"\bmodalit\w*|\bwhat (?:kind|type|sort) of (?:drug|molecule|asset|therapy|medicine|product)\b|"
            r"\bin vivo or ex vivo\b|\bex vivo or in vivo\b|什么类型的药|什麼類型的藥|药物类型|藥物類型",
            _I,
        ),
        re.compile(
            r"\bADCs?\b|\bantibod|\bbispecific|\bCAR-?T\b|\bcell therap|\bsiRNA|\bRNAi\b|\bsmall[- ]molecule|\bpeptide|"
            r"\bvaccine|\bconjugate|\bmodalit|\bin vivo\b|\bprotein\b|\boligonucleotide|\bGLP-1\b|\binhibitor|\bagonist|"
            r"\bdegrader|\bgene therap|\bmAbs?\b|\bbsAbs?\b|\bT[- ]cell engager|\bTCEs?\b|抗体|抗體|偶联|偶聯|小分子|细胞|細胞",
            _I,
        ),
    ),
)
# An answer that says a part went unanswered has not answered it with something else.
PART_DECLINED = re.compile(r"\bdo(?:es)? not (?:answer|say|give)\b|\bnot disclosed\b|\b(?:was|were) not reported\b", _I)
# An average asked ("avg uf", "the mean upfront", 平均); "I mean" is no average.
AVERAGE = re.compile(
    r"\bavg\b|\baverages?\b|\bmedian\b|平均|中位|均值|"
    # the noun, not the verb ("what does the near-term bit mean", "I mean")
    r"\b(?:the|a|their|its) mean\b|\bmean (?:and|or|up-?fronts?|uf|totals?|tcv|headline|deal|values?|sizes?|milestones?|of)\b",
    _I,
)
# Companies named as what is ranked ("rank china cos by tcv", "the top licensors"), in the plural.
_PLURAL_COMPANIES = (
    r"(?:licensors|licensees|buyers|sellers|companies|cos|pharmas|mncs|multinationals|drugmakers|biotechs|firms|"
    r"players|partners|acquirers|bidders)"
)
# the ranked noun itself ("rank china cos by tcv", "the top 3 licensors"), not a counterparty ("upfronts to Chinese
# licensors ... which one was the biggest")
COMPANIES_RANKED = re.compile(
    rf"\brank(?:ing|ed)?\s+(?:the\s+)?(?:[\w.-]+\s+){{0,2}}?{_PLURAL_COMPANIES}\b|"
    rf"\b(?:top|biggest|largest|leading|most active)\s+(?:\d+\s+|three\s+|five\s+|ten\s+)?(?:[\w.-]+\s+)?{_PLURAL_COMPANIES}\b|"
    r"\bby (?:company|licensor|licensee|buyer|seller)\b|\bcompany,? not deal\b|公司排名|药企排名|藥企排名",
    _I,
)
# The words a sentence that gives a measure holds: an article's answer to "tcv?" that names only the
# upfront and the near-term payments has not given the total.
MEASURE_GIVEN = {
    "upfront": re.compile(r"up-?front|\bsigning\b|\binitial payment|首付|預付|预付", _I),
    "milestones": re.compile(r"milestone|里程碑", _I),
    "equity": re.compile(r"\bequity\b|\bstakes?\b|\bshares\b|股", _I),
    "total": re.compile(r"\btotal|\bworth\b|\bvalued\b|\bvalues?\b|\bheadline\b|\bin all\b|\boverall\b|总额|總額", _I),
}
# A question that continues the one before it ("and versus their AI discovery deal?"): its other side is there.
CONTINUES = re.compile(r"^\W*(?:and|or|what about|how about|versus|vs\.?|compared (?:to|with))\b", _I)
# Each year on its own ("2024 and 2025 separately", "各签了几笔"): one figure over the span does not answer it.
EACH_YEAR = re.compile(
    r"\bseparately\b|\beach year\b|\bper year\b|\byear by year\b|\bby year\b|\byear[- ]on[- ]year\b|"
    r"\b(?:for|in) each\b|\brespectively\b|各|分别|分別|逐年",
    _I,
)
# Each figure and their sum asked ("首付款分别是多少？加起来呢？", "uf each and sum", "combined upfront of the two")
SUM_OF_EACH = re.compile(
    r"\bsum\b|\badd(?:ed)? up\b|\bcombined\b|\bin total\b|\btogether\b|\baltogether\b|加起来|加起來|合计|合計|一共|总共|總共",
    _I,
)
# Two things set side by side ("X vs Y", "how many times bigger", "谁高"): one deal's terms alone do not answer it.
COMPARED = re.compile(
    r"\bvs\.?(?=\s)|\bversus\b|\bcompared? (?:to|with)\b|\bhow many times\b|\bwho wins\b|\bside by side\b|"
    r"\b(?:bigger|larger|smaller|higher|lower|more|less) than (?:the |their |its |that )?(?![$\d])|"
    r"谁高|誰高|谁多|誰多|谁大|誰大|哪个高|哪個高|哪个大|哪個大|相比|对比|對比",
    _I,
)
# One deal's figure split in two ("MS split dev vs sales", "the breakdown"): its parts compared, not two deals.
SPLIT = re.compile(
    r"\bsplit\b|\bbreak-?down\b|\bdev(?:elopment)?\b[^?.;]{0,30}\b(?:vs\.?|versus)\s+sales\b|拆分|构成|構成", _I
)
# Drug codes ("CN201", "LM-299", "HRS-9821"): two of them name two deals.
DRUG_CODE = re.compile(r"\b[A-Z]{1,5}[- ]?\d{2,5}[A-Z]?\b")
# Deals asked to be counted ("how many deals", "几笔", "how many times did they sign"): a count is the answer.
DEALS_COUNTED = re.compile(
    r"\bhow many\b(?!\s+(?:x|times\s+(?:larger|bigger|more|greater|higher|as)))|\b(?:number|count|#)\s+of\b|\bcount\b|"
    r"几笔|幾筆|多少笔|多少筆|几单|幾單|多少单|几次|幾次|几个交易|多少个交易|多少项|几项|数量",
    _I,
)
