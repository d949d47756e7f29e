"""One deal's figure asked together with a part that is no figure: when it was signed, when it closed, which
territories it covers, what kind of drug it licensed.

"LaNova/Merck LM-299: upfront and closing date", "lanova merck upfront & when did it close", "when was
innovent/takeda signed & how much upfront", "石药集团 AZ obesity deal 2026, total is how much and announced when?",
"Hengrui Kailera deal total value, and what kind drug was licensed?", "akeso summit upfront and which territories
did summit get": the figure was answered and the other part dropped (no split at "&" or ": ... and ...") or asked
on its own without the deal ("What kind drug was licensed?" answered from another company's article).

``facet_parts`` (run last in ``decompose.split_parts``) asks the figure first, as the question or its figure part
words it, and then each other part as a follow-up of that deal ("When did that deal close?"): the router carries
the deal of the part before, so the answer comes from that deal's row or its own article. Only a question naming
one deal (one or two companies, no comparison, no ranking, one figure) is read this way.
"""

from __future__ import annotations

import re

from assistant.routing.distribute import Spans

_I = re.IGNORECASE

# the figure asked: "upfront", "total value", "headline", "how much", 首付, 总额, 多少
_FIGURE_RE = re.compile(
    r"\bup[\s-]?fronts?\b|\btotal\b|\bheadline\b|\bdeal value\b|\bvalue\b|\bworth\b|\bmilestones?\b|\bbio[\s-]?bucks\b|"
    r"\bhow much\b|首付|总额|总价|金额|多少钱|多少",
    _I,
)
# two different figures ("upfront and headline value") are one lookup of the deal's terms, not this reading
_MEASURES = (
    re.compile(r"\bup[\s-]?fronts?\b|首付", _I),
    re.compile(r"\btotal\b|\bheadline\b|\bdeal value\b|\bworth\b|总额|总价", _I),
    re.compile(r"\bmilestones?\b|\bbio[\s-]?bucks\b|里程碑", _I),
)
_DATE_WORD = r"(?:\bwhen\b|\bdate\b|\bwhat day\b|\bwhich (?:day|month)\b)"
# "when" that opens a question ("when did it close", "& when signed"), not a clause: "how much cash did the
# Chinese side get when it was signed" asks the cash at signing, "market value when Merck signed" a market value
_ASKS_WHEN = r"(?:^|[,;:&+?]\s*|\b(?:and|plus|also)\s+)when\b"
# closing: "closing date", "when did it close", "when is it expected to close", "did the deal close"
_CLOSE_RE = re.compile(
    rf"{_ASKS_WHEN}[^?;]{{0,40}}\bclos(?:e|ed|ing)\b|\bclos(?:e|ed|ing)\b[^?;]{{0,20}}{_DATE_WORD}|"
    r"\b(?:did|has|is) (?:it|that|the deal|this) (?:\w+ )?(?:close|closed|closing)\b|交割|完成交易",
    _I,
)
# signing: "when was X signed", "announced when", "plus the date it was announced", "when signed", 何时宣布
_SIGNED_RE = re.compile(
    rf"{_ASKS_WHEN}[^?;]{{0,40}}\b(?:signed|announced|inked|struck|unveiled|agreed)\b|"
    r"\bdate\b[^?;]{0,20}\b(?:signed|announced|inked|struck|unveiled)\b|"
    rf"\b(?:signed|announced|inked|struck|unveiled|signing|announcement)\b[^?;]{{0,20}}{_DATE_WORD}|"
    r"(?:什么时候|何时|哪天)[^？?]{0,6}(?:宣布|签|公布)|(?:宣布|签署?|公布)[^？?]{0,6}(?:什么时候|何时|哪天)",
    _I,
)
# territory: "which territories did summit get", "what territory", "which markets", 哪些地区
_TERRITORY_RE = re.compile(
    r"\bterritor(?:y|ies)\b|\bwhich (?:markets|regions|countries)\b|\bwhere\b[^?;]{0,30}\brights\b|地区|区域",
    _I,
)
# kind of drug: "what kind drug was licensed", "what type of drugs", "modality", "which drug", 什么药; not "what kind
# of royalty rate" or "what kind of rights"
_KIND_RE = re.compile(
    r"\bwhat (?:kind|type|sort|class)s?(?: of)? (?:drugs?|assets?|molecules?|therap(?:y|ies)|modalit(?:y|ies)|medicines?)\b|"
    r"\bwhat (?:kind|type|sort|class)s?(?: of)?\s*(?:was|were|is)\b|\bmodality\b|"
    r"\b(?:what|which) (?:drugs?|assets?|molecules?|products?)\b|\bwhat was licen[cs]ed\b|什么药|哪类药|什么类型",
    _I,
)
FACETS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_SIGNED_RE, "When was that deal announced?"),
    (_CLOSE_RE, "When did that deal close?"),
    (_TERRITORY_RE, "Which territories does that deal cover?"),
    (_KIND_RE, "What kind of drug was licensed in that deal?"),
)
# more than one deal, or deals ranked or compared: the other readers' questions
_NOT_ONE_DEAL_RE = re.compile(
    r"\b(?:deals|vs\.?|versus|compare\w*|each|both|all|every|largest|biggest|smallest|highest|lowest|top|most|"
    r"least|first|latest|last|average|median|sum|combined|which deal|respectively)\b|比较|最大|最高|哪笔",
    _I,
)


def asked_facets(question: str) -> list[str]:
    """The follow-ups a question asks besides a figure, in FACETS order ("When did that deal close?")."""
    asked = [follow_up for pattern, follow_up in FACETS if pattern.search(question)]
    if FACETS[1][1] in asked and FACETS[0][1] in asked and not re.search(r"\b(?:signed|announced|inked)\b", question):
        asked.remove(FACETS[0][1])  # "when did it close": one date, the closing
    return asked


def facet_parts(parts: list[str], question: str, spans: Spans | None) -> list[str]:
    """``parts`` as the deal's figure and then each other part asked of that deal, when ``question`` names one deal,
    asks one figure of it and something no figure answers; else ``parts`` unchanged.

    "lanova merck upfront & when did it close" -> ["lanova merck upfront & when did it close", "When did that deal
    close?"]: the whole question's figure is the upfront; "akeso summit upfront and which territories did summit
    get" -> ["Akeso summit upfront", "Which territories does that deal cover?"]."""
    if spans is None or _NOT_ONE_DEAL_RE.search(question):
        return parts
    named = {question[start:end].lower() for start, end in spans(question)}
    if not 1 <= len(named) <= 2 or sum(bool(measure.search(question)) for measure in _MEASURES) > 1:
        return parts
    if not _FIGURE_RE.search(question):
        return parts
    follow_ups = asked_facets(question)
    if not follow_ups:
        return parts
    figure = [part for part in parts if _FIGURE_RE.search(part) and not asked_facets(part)]
    others = [part for part in parts if part not in figure]
    if len(parts) > 1 and (len(figure) != 1 or not all(asked_facets(part) for part in others)):
        return parts  # a part that is neither the figure nor a follow-up of the deal: not this reading
    if len(parts) == 1 or not spans(figure[0]):
        # the router reads the figure out of the whole question: "what territory did BMS get in the SystImmune
        # deal and what was the upfront" names the deal only in the part that is no figure
        figure = [question.strip().rstrip("?？. ")]
    return [figure[0].rstrip("?？. "), *[follow_up.rstrip("?") for follow_up in follow_ups]]
