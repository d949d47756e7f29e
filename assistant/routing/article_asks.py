"""Questions about one named deal that only an article answers (issue 11, outsider7 and outsider8).

A deal named beside "which diseases", "list the molecules in the package", "who is backing it",
"what did Kelun get back", "what triggers the $8 million payment", "has either side put out a
press release", "why the gap" between two reported values or "how many ADCs" in one pact asks
for the deal's content or its story, not its terms: the table's row would answer a different
question. ``read_article_asks`` marks such a question (``Slots.deal_content``) and the rule
"an article's account of one deal" (``rules.RULES``) sends it to the articles. Each pattern
comes with its examples in ``tests/test_outsider78_classes.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.routing.contract_clauses import read_contract_clauses
from assistant.routing.deal_events import read_deal_events
from assistant.routing.deal_status import read_status_ask
from assistant.routing.deal_story import story_asked
from assistant.routing.drug_profile import read_drug_profile
from assistant.routing.package_words import package_asked
from assistant.routing.story_words import read_story_words

_I = re.IGNORECASE
# "which autoimmune diseases is GSK going after", "what indications does the deal cover"
INDICATIONS_RE = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:diseases?|indications?|conditions?|tumou?r types?)\b|\bgoing after\b|"
    r"\b(?:aimed|targeted) at which\b",
    _I,
)
# "list the molecules in the obesity package", "which programmes does the pact cover": the deal's contents
CONTENTS_RE = re.compile(
    r"\b(?:list|name|which|what)\s+(?:are\s+|were\s+)?(?:the\s+|all\s+)?(?:\w+\s+)?"
    r"(?:molecules|compounds|assets|programs|programmes|candidates|drugs|antibodies)\b(?!\s+(?:did|has|have|does)\b)",
    _I,
)
# "Roche licensed which Chinese assets?", "which assets from China did Novartis take? list the deals": a
# company's deals across its partners, listed; not what one deal holds
DEALS_ASSETS_RE = re.compile(
    r"\b(?:chinese|china(?:'s)?)\s+(?:\w+\s+)?(?:assets|drugs|molecules|programs|programmes|candidates)\b|"
    r"\b(?:assets|drugs|molecules|candidates)\s+(?:from|out of)\s+(?:china|chinese)\b|"
    r"\b(?:list|show|table|all|every)\s+(?:\w+\s+){0,2}?(?:deals|transactions)\b",
    _I,
)
# "which drugs does it cover", "what is included in the package": what one deal holds
COVERS_RE = re.compile(
    r"\b(?:does|did|do)\s+(?:it|the\s+\w+|that\s+\w+|this\s+\w+)\s+(?:cover|include|contain|comprise|span)\b|"
    r"\b(?:covered|included|contained) (?:by|in) (?:the|that|this|it)\b",
    _I,
)
# "how many ADCs and at what stage", "how many molecules were in the package": items within one deal
CONTENT_COUNT_RE = re.compile(
    r"\bhow many\s+(?:\w+\s+)?(?:ADCs?|molecules|compounds|assets|programs|programmes|candidates|drugs|antibodies|targets)\b",
    _I,
)
# "who's backing it", "which investors are behind Braveheart", "funded by whom"
BACKERS_RE = re.compile(
    r"\bwho(?:'s|’s| is| are| was| were)?\s+(?:backing|funding|financing|bankrolling|behind)\b|\bbackers?\b|"
    r"\b(?:backed|funded|financed) by (?:whom|who|which)\b|\bwhich (?:investors|vcs|funds)\b",
    _I,
)
# "runs both ways: what did Kelun get back", "what does 'reverse' mean here"
REVERSE_RE = re.compile(
    r"\b(?:get|got|gets|getting|receive[sd]?|take|took) back\b|\bboth ways\b|\bin the other direction\b|"
    r"\breverse(?:d)?\b|\btwo-way\b|\b(?:going|goes|went|flowing|coming) the other way\b|\bthe other way (?:round|around)\b|"
    r"\bin the opposite direction\b",
    _I,
)
# "what triggers the $8 million", "what is the near-term payment tied to", "what does it depend on"
TRIGGER_RE = re.compile(
    r"\bwhat (?:triggers?|unlocks?|sets off)\b|\btriggered by\b|\bwhat (?:is|was|are|were)\b[^?]{0,80}?\b(?:tied|linked) to\b|"
    r"\b(?:depends?|contingent|conditional) (?:up)?on what\b|\bwhat (?:does|did|do)\b[^?]{0,80}?\bdepend on\b|"
    r"\bwhat (?:condition|event)s?\b|"
    # "is the licence effective at signing or are there conditions?": when the deal takes effect, and on what
    r"\beffective (?:at|on|upon|from) (?:signing|announcement|closing)\b|\bare there (?:any )?conditions\b|"
    r"\b(?:closing|regulatory) conditions\b|\bwhen does (?:it|the (?:deal|licen[cs]e|agreement)) (?:take|come into) effect\b",
    _I,
)
# "put out a press release or term sheet", "outlets reported $4.7bn, others $18.5bn: why the gap?"
# ("why do some reports put the upfront at $888 million" stays the deal's terms beside the articles)
SOURCES_RE = re.compile(
    r"\bpress releases?\b|\bterm sheets?\b|\b(?:primary|original) sources?\b|"
    r"\bwhy the (?:gap|difference|discrepancy|mismatch)\b|\bothers (?:reported|said|put it) at\b|"
    # "why do people quote different headlines", "some outlets had it at $4.7bn, not $18.5bn": two reported values
    r"\b(?:quot|cit|giv|gave|report|us|had|put)\w*\s+(?:\w+\s+){0,3}?different (?:[\w-]+\s+)?(?:headlines?|figures?|numbers?|totals?|values?)\b|"
    r"\b(?:some|other|several) (?:outlets|reports|sources|media|articles|papers)\b[^?]{0,80}\bnot\s+(?:the\s+)?\$",
    _I,
)
# "why did people call the deal a milestone for China biotech": a landmark, not milestone payments
LANDMARK_RE = re.compile(r"\ba (?:\w+ )?milestone (?:for|in)\b|\blandmark\b|\bwatershed\b|\bfirst of its kind\b", _I)
# "what did Verdiva license from Sciwind?": with both parties named, what the one deal covers
PAIR_LICENSED_RE = re.compile(
    r"\bwhat (?:exactly |actually )?(?:did|has|does|have)\b[^?]{0,30}?\b(?:in-?)?licen[cs]e[ds]?\b[^?]{0,20}?\bfrom\b",
    _I,
)
# "which assets did Kailera get from Hengrui?", "what drug did Calico acquire from Mabwell?": the asset a buyer
# got from its licensor, which the deal's article names (group 1: a word for the asset)
_GOT = (
    r"(?:get|gets|got|gotten|(?:in-?)?licen[cs]e[ds]?|buy|bought|acquire[ds]?|obtain(?:ed)?|receive[ds]?|take|took|"
    r"pick(?:ed)? up|secure[ds]?)"
)
GOT_FROM_RE = re.compile(
    r"\b(?:what|which)\s+(?:exactly\s+|actually\s+|else\s+|all\s+)?((?:[\w-]+\s+)?(?:assets?|drugs?|molecules?|compounds?|candidates?|"
    r"programs?|programmes?|antibod(?:y|ies)|products?|medicines?)\s+)?(?:did|has|have|does|do)\b[^?]{0,40}?\b"
    + _GOT
    # "what did GSK get from Hengrui", "what does GSK actually get in the Hengrui deal"
    + r"\b[^?]{0,30}?\b(?:from|in|under|out of|through)\b",
    _I,
)
_ONE_DEAL_RE = re.compile(r"\b(?:deal|pact|agreement|licen[cs]e|transaction)\b(?!s)|\bwhat else\b|\bbeyond\b", _I)
# "which KRAS drug was it?", "and the drug itself - what is it derived from?": the drug, an article's fact
DRUG_ITSELF_RE = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:drug|asset|molecule|compound|candidate|antibody|inhibitor)\s+"
    r"(?:was|is|were|are)\s+(?:it|that|this|they|those)\b|\bderived from\b|\bthe (?:drug|asset|molecule) itself\b|"
    r"\bwhere (?:does|did) (?:it|the drug|the molecule) come from\b",
    _I,
)
# "across their first six collaborations", "the previous three deals": a number of a pair's deals the
# articles count (our table may hold fewer of them), so only an article can answer for all of them
EARLIER_DEALS_RE = re.compile(
    r"\b(?:first|earlier|previous|prior|past|other)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:collaborations|partnerships|deals|agreements|tie-?ups|pacts)\b",
    _I,
)
# "how often have Lilly and Innovent teamed up", "how many collaborations have they signed", "partnered how
# many times": with two companies named, the pair's running tally, which an article states ("the seventh
# collaboration") and our table may hold only one deal of
_TEAMED = r"(?:partner(?:ed|s)?|collaborat\w*|team(?:ed|s)? up|work(?:ed|s)? together|join(?:ed|s)? forces)"
PAIR_TALLY_RE = re.compile(
    rf"\bhow often\b[^?]{{0,60}}\b{_TEAMED}|\b{_TEAMED}\b[^?]{{0,30}}\bhow (?:many times|often)\b|"
    # "innovent lly - how many collabs is that now w/ lilly": the chat word, "collabs"
    r"\b(?:how many|number of)\s+(?:collaborations|collabs|partnerships|tie-?ups|alliances)\b",
    _I,
)
# "the gap between signing and disclosure", "how long after signing did it close": the time between two
# events of one deal, which its article dates (no money term answers it)
_EVENT = r"(?:sign\w*|announce\w*|disclos\w*|clos\w*|complet\w*|effective|exercis\w*|terminat\w*)"
DATE_GAP_RE = re.compile(
    rf"\b(?:gap|lag|delay|time|interval|how long|how many (?:days|weeks|months))\b[^?]{{0,40}}\b(?:between|after|before|from)\s+"
    rf"(?:the\s+|its\s+)?{_EVENT}",
    _I,
)
WHY_RE = re.compile(r"\bwhy\b|为什么|为何", _I)


def read_article_asks(slots: Any, text: str, role: Callable[[str], str]) -> None:
    """Mark ``slots`` (``intents.Slots``, read from ``text`` with company names blanked) when the
    question asks for a named deal's content or story rather than its terms. ``role`` is a company's
    side in the table (licensor or licensee)."""
    read_story_words(slots, text)  # signing days, what came back, downsides (outsider27)
    read_deal_events(slots, text)  # what became of the deal, its closing, the pair's first deal (session 9)
    read_status_ask(slots, text)  # "and did that deal actually close?": the row's status and its date
    read_contract_clauses(slots, text)  # governing law, diligence, change of control: no article states them
    read_drug_profile(slots, text)  # what a named drug targets or is developed for: its article's opening
    if DRUG_ITSELF_RE.search(text) and not slots.count:
        slots.text_kind = True  # after a figure, the articles answer it (``Router``'s "a text question after a figure")
    if DATE_GAP_RE.search(text) and not slots.count:
        slots.text_kind = True  # the deal's dates, from its article, even after a figure
        # "How long after signing?" asks it of the deal talked about
        slots.refers_back = slots.refers_back or not (slots.mentions or slots.asset)
    if not (slots.mentions or slots.asset):
        return
    if PAIR_TALLY_RE.search(text) and len({m.name for m in slots.mentions}) >= 2 and not slots.periods:
        slots.unheld_measure = "earlier collaborations"  # ``checks.partners_counted`` adds the table's count
    named = (
        INDICATIONS_RE.search(text)
        or BACKERS_RE.search(text)
        or REVERSE_RE.search(text)
        or TRIGGER_RE.search(text)
        or SOURCES_RE.search(text)
        or (
            CONTENTS_RE.search(text)
            and slots.op in (None, "find")
            and not slots.periods
            and not (len(slots.mentions) == 1 and DEALS_ASSETS_RE.search(text))
        )
        or (COVERS_RE.search(text) and len(slots.mentions) >= 2 and slots.op in (None, "find") and not slots.metrics)
        or (CONTENT_COUNT_RE.search(text) and len(slots.mentions) >= 2 and not re.search(r"\bdeals?\b", text, _I))
        or (PAIR_LICENSED_RE.search(text) and len(slots.mentions) >= 2 and not slots.metrics)
        or (EARLIER_DEALS_RE.search(text) and len(slots.mentions) >= 2)
        or (
            len(slots.mentions) >= 2
            and not (slots.metrics or slots.count)
            # "what did GSK buy from Hansoh in 2025" lists that year's deals; "in the Sept 2025 Argo deal" is one,
            # and "beyond the liver siRNA, what else did Novartis get from Argo in 2025" asks that deal's scope
            and (not slots.periods or _ONE_DEAL_RE.search(text))
            and _got_asset(slots, text, role)
        )
        or (WHY_RE.search(text) and LANDMARK_RE.search(text))
        or (DATE_GAP_RE.search(text) and not slots.count)
        or story_asked(slots, text)  # a charge, an acquirer, a change, a stage, what followed, the tally
        or package_asked(slots, text)  # "argo/novartis sept 25 - what assets r in it" (``package_words``)
    )
    if named:
        slots.deal_content = True


def _got_asset(slots: Any, text: str, role: Callable[[str], str]) -> bool:
    """ "Which assets did Kailera get from Hengrui?" names the asset; "what did Kailera get from Hengrui?"
    asks for it only when the receiver (the company named first) is the buyer: what Hengrui got from
    Kailera is the deal's money, its terms."""
    match = GOT_FROM_RE.search(text)
    if not match:
        return False
    receiver = min(slots.mentions, key=lambda m: m.start)
    return bool(match.group(1)) or role(receiver.name) == "licensee"
