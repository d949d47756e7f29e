"""What a question asks for, read from its wording: metric, operation, filters, cues.

``read_slots`` turns one question into ``Slots``; the router decides the tool from
them and merges them with the previous turn's for follow-ups. All patterns are
compiled once, at import, as constants.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import BaseModel, Field

from assistant.entities import EntityIndex, Mention
from assistant.periods import Period, find_periods


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


METRIC_RES: list[tuple[str, re.Pattern[str]]] = [
    (
        "upfront",
        _re(
            r"首付款|预付款|首付|\bup[\s-]?fronts?\b|\bdown[\s-]?payments?\b|\binitial payments?\b|\bsigning (?:fee|payment)s?\b|\bpaid (?:up )?at signing\b"
        ),
    ),
    ("milestones", _re(r"里程碑|\bmilestones?\b|\bbio[\s-]?bucks\b|\bcontingent payments?\b")),
    ("equity", _re(r"股权|\bequity\b|\bstakes?\b|\bshare purchases?\b")),
    ("royalties", _re(r"特许权使用费|销售分成|\broyalt(?:y|ies)\b")),
    (
        "total",
        _re(
            r"总金额|总额|交易额|\b(?:deal|total|headline|aggregate|overall|combined|potential) values?\b|\bworth\b|\bhow (?:big|large)\b|"
            r"\bvalued\b|\bdeal sizes?\b|\bsize of\b|\bvalue of\b|\btotal\b"
        ),
    ),
]
COUNT_RE = _re(r"多少(?:笔|个|项)|几笔|\bhow many\b|\bnumber of\b|\bcount of\b|\bdeal count\b|\bhow often\b")
SHARE_RE = _re(r"\bshare\b(?! purchase)|\bpercent(?:age)?\b|\bproportion\b|\bfraction\b|%")
GROWTH_RE = _re(
    r"\bgr[eo]w(?:th|n)?\b|\bincreas(?:e|ed|es)\b|\brise\b|\brose\b|\brisen\b|\bjump(?:ed)?\b|\bchanged?\b|"
    r"\bdeclin(?:e|ed)\b|\bfell\b|\bdrop(?:ped)?\b|\byear[- ]over[- ]year\b|\byoy\b|\bup from\b"
)
AVERAGE_RE = _re(r"\baverage\b|\bavg\b|\btypical\b|\bmean (?:upfront|value|deal|size|total|milestone|payment)")
MIN_RE = _re(r"\bsmallest\b|\blowest\b|\bleast\b|\bminimum\b|\bcheapest\b")
RANK_RE = _re(
    r"\blargest\b|\bbiggest\b|\btop\b|\bhighest\b|\bmost\b|\brank(?:ed|ing|s)?\b|\bleading\b|\bleaders?\b|\bleads\b|"
    r"\bmaximum\b|\brichest\b"
)
COMPARE_RE = _re(
    r"\bcompared?\b|\bcomparison\b|\bvs\.?(?!\w)|\bversus\b|\bdifference\b|\bdiffer\b|"
    r"\b(?:more|less|bigger|larger|smaller|higher|lower|greater)\b[^?]{0,40}?\bthan\b|"
    r"\b(?:more|less|bigger|larger|smaller|higher|lower|greater)\b[^?]{0,40}?\bor\b"
)
SIDE_SPLIT_RE = _re(r"\bthan\b|\bvs\.?(?!\w)|\bversus\b|\bcompared (?:with|to)\b|\bagainst\b")
GROUP_BY_RE = _re(r"\b(?:by|per|each|every) (year|licensor|licensee|modality|therapeutic area)\b")
SUM_RE = _re(
    r"\bin total\b|\bcombined\b|\baltogether\b|\ball together\b|\bsum(?:med)?\b|\bcumulative(?:ly)?\b|\bin aggregate\b|"
    r"\btotal (?:up[\s-]?fronts?|milestones?|equity|amount|payments?|paid|spent|spend)\b|\ball (?:of )?(?:its|their|his|her|the)? ?deals\b|"
    r"\bacross (?:all|its|their)\b|\bin all\b|\boverall\b|\btotal\b[^?]{0,40}\bdeals\b"
)
FIND_RE = _re(
    r"\blist\b|\bshow\b|\b(?:which|what) deals\b|\bname (?:the|all) deals\b|\benumerate\b|\bwhich (?:licens|agreement)"
)
TERMS_RE = _re(
    r"多少|条款|\bhow much\b|\bterms?\b|\bdetails?\b|\bstructured?\b|\bworth\b|\bvalues?\b|\bfinancials?\b|\beconomics\b"
)
PAY_RE = _re(
    r"\bpa(?:y|id|ys|ying)\b|\breceiv(?:e|ed|es|ing)\b|\bearn(?:ed|s)?\b|\bget\b|\bgot\b|\bcost\b|\bspen[dt]\b|\bbring\b"
)
OVERVIEW_RE = _re(r"\btell me about\b|\bdescribe\b|\bsummar(?:y|ise|ize)\b|\boverview\b|\bwhat do we know about\b")
SINGLE_DEAL_RE = _re(r"\b(?:the|this|that|their|its)\s+(?:[\w&.'-]+\s+){0,4}deal\b(?!s)")
STRONG_TEXT_RE = _re(
    r"为什么|原因|风险|趋势|\bwhy\b|\bexplain|\breasons?\b|\bwhat drove\b|\bdrivers?\b|\bdriving\b|\bwhat (?:does|do|did) [^?]{1,60}\bmean\b|"
    r"\bmeaning\b|\brisks?\b|\brisky\b|\btrends?\b|\bdescribe\b|\btell me about\b|\bstrateg|\boutlook\b|\bimpact\b|"
    r"\bimplications?\b|\bsignifican|\bconcerns?\b|\bchallenges?\b|\bcontext\b|\bbackground\b|\brationale\b|\bmotivat|"
    r"\bsummar(?:y|ise|ize)\b|\boverview\b|\bwhat happened\b|\bpurpose\b|\bhow come\b"
)
WEAK_TEXT_RE = _re(
    r"\bwho\b|\bwhen\b|\bwhere\b|\bhow (?:do|does|did|is|are|was|were|has|have|will|would|could|can|should)\b|"
    r"\bwhat (?:is|are) (?:a|an)\b|\bdefin|\bwhat kind\b|\bwhat type\b|\bmechanism\b|\bstatus\b|"
    r"\bterminat|\bapproved?\b"
)
FOLLOWUP_RE = _re(r"^\s*(?:and|what about|how about|what of|same (?:for|with|question)|also|or|then|now|ok(?:ay)?,?)\b")
PRONOUN_RE = _re(
    r"\b(?:it|its|they|them|their|theirs|this deal|that deal|the deal|this one|that one|the company|these|those)\b"
)
MARKET_RE = _re(
    r"\bchinese\b|\bchina\b|\bmarket\b|\bout-?licens(?:ing|ed)\b|\boverall\b|\bindustry\b|\bsector\b|\bcross-border\b|"
    r"\ball deals\b|\brecord\b|\btrackers?\b|\breported\b|\bdeals\b"
)
GREATER_CHINA_RE = _re(r"\bgreater china\b|\bhong kong\b|\btaiwan\b")
MONEY_RE = _re(
    r"\b(more than|greater than|larger than|bigger than|over|above|exceeding|at least|less than|smaller than|under|below)\s+"
    r"(?:us)?\$?\s?(\d+(?:\.\d+)?)\s?(billion|bn|b|million|mn|m)\b"
)
BILLION_DOLLAR_RE = _re(r"\bbillion[- ]dollar deals?\b|\b(?:\$\s?1|one)[- ]?(?:billion|bn|b)\+? deals?\b")
N_RE = _re(
    r"\btop[\s-]?(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(\d+|two|three|four|five|ten) (?:largest|biggest|highest)\b"
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
MARKET_METRIC_RES: list[tuple[str, re.Pattern[str]]] = [
    ("top10_share", _re(r"\btop[\s-]?(?:10|ten)\b")),
    (
        "share_of_global_deal_volume",
        _re(r"\b(?:global|world(?:wide|'s)?)\b[^?]{0,40}\b(?:volume|number of deals|deal count)\b"),
    ),
    (
        "share_of_global_value",
        _re(r"\bshare of (?:global|world(?:wide)?)\b|\b(?:global|worldwide) (?:out-?licensing )?(?:deal )?value\b"),
    ),
    ("share_of_large_pharma_deals", _re(r"\blarge pharma\b|\bbig pharma deals\b")),
    (
        "licensor_count",
        _re(
            r"\bhow many (?:chinese )?(?:companies|drugmakers|licensors|firms|biotechs)\b|\bnumber of (?:chinese )?(?:companies|drugmakers|licensors)\b"
        ),
    ),
]
DIMENSION_RES: list[tuple[str, re.Pattern[str]]] = [
    ("modality", _re(r"\bmodalit(?:y|ies)\b|\b(?:drug|asset) types?\b")),
    ("therapeutic_area", _re(r"\btherapeutic areas?\b|\bdisease areas?\b|\bareas?\b|\bindications?\b")),
    (
        "licensee",
        _re(
            r"\blicensees?\b|\bbuyers?\b|\bmultinationals?\b|\bbig pharmas?\b|\bpharmas\b|\bacquirers?\b|\bpartners?\b|"
            r"\bin-?licens|\bwestern\b|\bmncs?\b|\b(?:paid|spent|pays|spends|bought|buys)\b"
        ),
    ),
    (
        "licensor",
        _re(
            r"\blicensors?\b|\bchinese (?:companies|company|drugmakers?|biotechs?|firms?|pharmas?)\b|\bdrugmakers?\b|"
            r"\bbiotechs?\b|\bsellers?\b|\bout-?licens|\blicensed\b|\breceived\b|\bearned\b|\bsold\b|\bcompan(?:y|ies)\b"
        ),
    ),
    ("deal", _re(r"\bdeals?\b|\btransactions?\b|\bagreements?\b")),
]
RANK_BY_COUNT_RE = _re(
    r"\bmost deals\b|\bnumber of deals\b|\bhow many deals\b|\bmost active\b|\blicensed the most\b|\bby count\b|\bmost often\b"
)
SINGULAR_RE = _re(
    r"\b(?:largest|biggest|highest|top|smallest|richest)\s+(?:[\w-]+\s+)?deal\b(?!s)|"
    r"\bwhich (?:company|licensor|licensee|buyer|multinational|pharma|modality|area|deal|one|chinese company|drugmaker)\b|\bthe (?:largest|biggest|highest|smallest|top) (?:\w+ )?(?:deal|company|licensor|licensee|upfront|payment)\b|\bwho\b"
)
MODALITIES: list[tuple[str, re.Pattern[str]]] = [
    ("Bispecific ADC", _re(r"\bbispecific adcs?\b")),
    ("ADC", _re(r"\badcs?\b|\bantibody[- ]drug conjugates?\b")),
    ("Trispecific T-cell engager", _re(r"\btrispecifics?\b|\bt[- ]cell engagers?\b")),
    ("Bispecific antibody", _re(r"\bbispecifics?\b(?! adc)")),
    ("siRNA", _re(r"\bsirna\b|\brnai\b")),
    ("Small molecule", _re(r"\bsmall[- ]molecules?\b")),
    ("Peptide", _re(r"\bpeptides?\b")),
    ("Monoclonal antibody", _re(r"\bmonoclonal\b|\bmabs?\b")),
    ("Cell therapy", _re(r"\bcell therap(?:y|ies)\b|\bcar-?t\b")),
    ("Fusion protein", _re(r"\bfusion proteins?\b")),
]
AREAS: list[tuple[str, re.Pattern[str]]] = [
    ("Oncology", _re(r"\boncology\b|\bcancers?\b|\btumou?rs?\b")),
    ("Immunology", _re(r"\bimmunology\b|\bautoimmune\b|\binflammat")),
    ("Metabolic", _re(r"\bmetabolic\b|\bobesity\b|\bweight[- ]loss\b|\bdiabetes\b|\bglp-?1\b")),
    ("Cardiovascular", _re(r"\bcardiovascular\b|\bcardiac\b|\bheart\b")),
    ("Neurology", _re(r"\bneurology\b|\balzheimer'?s?\b|\bneuro")),
    ("Respiratory", _re(r"\brespiratory\b|\bcopd\b|\basthma\b")),
    ("Fibrosis", _re(r"\bfibrosis\b")),
]
STATUS_RE = _re(r"\bterminated\b|\bcancell?ed\b|\bended\b|\breturned\b")
REPORTERS = [
    "PharmCube",
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
_REPORTER_RE = _re(r"\b(" + "|".join(re.escape(r) for r in REPORTERS) + r")\b")


class Slots(BaseModel):
    """Everything the wording of one question (or a merged follow-up) says."""

    mentions: list[Mention] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)
    unknown: list[str] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    metrics: list[str] = Field(default_factory=list)
    metric_spans: list[tuple[int, int]] = Field(default_factory=list)
    count: bool = False
    op: str | None = None  # rank, min, compare, sum, average, find, growth, share
    n: int | None = None
    group_by: str | None = None
    split_at: int | None = None
    dimension: str | None = None
    rank_by_count: bool = False
    singular: bool = False
    asset: str | None = None
    asset_deal: str | None = None
    modality: str | None = None
    therapeutic_area: str | None = None
    status: str | None = None
    min_total: Decimal | None = None
    max_total: Decimal | None = None
    market_metric: str | None = None
    market_words: bool = False
    reporter: str | None = None
    strong_text: bool = False
    weak_text: bool = False
    figure_cue: bool = False
    pay_cue: bool = False
    overview: bool = False
    single_deal: bool = False
    followup_marker: bool = False
    pronoun: bool = False
    content_words: int = 0

    @property
    def companies(self) -> list[str]:
        return list(dict.fromkeys(m.name for m in self.mentions))

    @property
    def metric(self) -> str | None:
        specific = [m for m in self.metrics if m != "total"]
        return specific[0] if specific else ("total" if self.metrics else None)

    @property
    def has_filters(self) -> bool:
        return bool(
            self.modality or self.therapeutic_area or self.status or self.min_total or self.max_total or self.asset
        )


def read_slots(question: str, entities: EntityIndex, corpus_end: str) -> Slots:
    slots = Slots()
    found = entities.find_companies(question)
    slots.mentions, slots.ambiguous, slots.unknown = found.mentions, found.ambiguous, found.unknown
    # Company names are not wording: "Leads Biolabs" ranks nothing, "Summit" compares nothing.
    text = question
    for mention in slots.mentions:
        text = text[: mention.start] + " " * (mention.end - mention.start) + text[mention.end :]
    for match in MONEY_RE.finditer(text):
        amount = Decimal(match.group(2)) * (Decimal(10) ** (9 if match.group(3).lower().startswith("b") else 6))
        if match.group(1).lower() in ("less than", "smaller than", "under", "below"):
            slots.max_total = amount
        else:
            slots.min_total = amount
    if BILLION_DOLLAR_RE.search(text):
        slots.min_total = Decimal(10) ** 9
    # Amounts are filters, not comparisons: read the rest without them.
    text = BILLION_DOLLAR_RE.sub(_blank, MONEY_RE.sub(_blank, text))
    slots.periods = find_periods(question, corpus_end)
    for metric, pattern in METRIC_RES:
        for match in pattern.finditer(text):
            slots.metrics.append(metric)
            slots.metric_spans.append((match.start(), match.end()))
            break
    slots.count = bool(COUNT_RE.search(text))
    asset = entities.find_asset(question)
    if asset:
        slots.asset, slots.asset_deal = asset
    slots.modality = next((name for name, pattern in MODALITIES if pattern.search(text)), None)
    slots.therapeutic_area = next((name for name, pattern in AREAS if pattern.search(text)), None)
    if STATUS_RE.search(text):
        slots.status = "terminated"
    reporter = _REPORTER_RE.search(text)
    if reporter:
        slots.reporter = next(r for r in REPORTERS if r.lower() == reporter.group(1).lower())
    elif GREATER_CHINA_RE.search(text):
        slots.reporter = "PharmCube (via Reuters)"
    slots.market_metric = next((name for name, pattern in MARKET_METRIC_RES if pattern.search(text)), None)
    if slots.min_total == Decimal(10) ** 9 and not slots.mentions and not slots.market_metric:
        slots.market_metric = "deals_over_1b_count" if slots.count else None
    slots.market_words = bool(MARKET_RE.search(text))
    slots.op = _operation(text, slots)
    if slots.op == "rank":
        slots.dimension = next((name for name, pattern in DIMENSION_RES if pattern.search(text)), "deal")
        slots.rank_by_count = bool(RANK_BY_COUNT_RE.search(text))
        number = N_RE.search(text)
        if number:
            raw = number.group(1) or number.group(2)
            slots.n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw.lower()]
        slots.singular = bool(SINGULAR_RE.search(text))
    group = GROUP_BY_RE.search(text)
    if group and slots.op != "rank":
        slots.group_by = group.group(1).lower().replace(" ", "_")
    split = SIDE_SPLIT_RE.search(text)
    slots.split_at = split.start() if split else None
    slots.strong_text = bool(STRONG_TEXT_RE.search(text))
    slots.weak_text = bool(WEAK_TEXT_RE.search(text))
    slots.figure_cue = bool(slots.metrics or slots.count or slots.op or TERMS_RE.search(text))
    slots.pay_cue = bool(PAY_RE.search(text))
    slots.overview = bool(OVERVIEW_RE.search(text))
    slots.single_deal = bool(SINGLE_DEAL_RE.search(text))
    slots.followup_marker = bool(FOLLOWUP_RE.search(text))
    slots.pronoun = bool(PRONOUN_RE.search(text))
    slots.content_words = _content_words(question, slots)
    return slots


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _operation(text: str, slots: Slots) -> str | None:
    if SHARE_RE.search(text) and slots.metric != "equity":
        return "share"
    if GROWTH_RE.search(text) and not COMPARE_RE.search(text):
        return "growth"
    if MIN_RE.search(text):
        return "min"
    if RANK_RE.search(text) and not re.search(r"\bat most\b|\bmost recent\b", text, re.IGNORECASE):
        return "rank"
    if COMPARE_RE.search(text):
        return "compare"
    if AVERAGE_RE.search(text):
        return "average"
    if SUM_RE.search(text):
        return "sum"
    if FIND_RE.search(text):
        return "find"
    return None


_FILLER_TEXT = """and what about how the a an of for in on with same question also or then now ok okay please it its they their
    them this that deal deals one was were is are did does do so too then again instead"""
_FILLER = frozenset(_FILLER_TEXT.split())


def _content_words(question: str, slots: Slots) -> int:
    """Words not explained by an entity, a period or a metric: few of them make an elliptical follow-up."""
    covered = (
        [(m.start, m.end) for m in slots.mentions] + [(p.start, p.end) for p in slots.periods] + slots.metric_spans
    )
    count = 0
    for match in re.finditer(r"[^\W\d_]+", question):
        if any(s <= match.start() < e for s, e in covered) or match.group().lower() in _FILLER:
            continue
        count += 1
    return count
