"""A deal's terms the table holds in words, asked of one deal: its royalty band, its equity piece, its territory.

deals.csv keeps, per deal, the royalties as stated ("tiered double-digit", "low double-digit"), the equity
figure with its note ("$80M of the upfront paid in warrants", "split not disclosed") and the territory.
A one-deal lookup that names such a field with a word around it the coverage check does not know ("and the
royalty rate?", "the size of the equity tranche Pfizer took", "the split between cash and parent-company
equity") was sent to the articles and refused when no passage named "rate" or "tranche", though the row
answers it. The coverage check calls this for such a lookup (only when every leftover measure is one of
``FRAME_WORDS``): the question becomes the deal's ``get_deal`` when it names one deal and the row holds the
field. Text plans are left alone: the older files label a royalty percentage asked from scratch as not
disclosed (a refusal) and a territory question as the articles'.
"""

from __future__ import annotations

import re

from assistant.corpus.tables import Deal
from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall

# What was asked of the field, not why: "why such low royalties?" stays with the articles.
_WHY_RE = re.compile(r"\b(?:why|how come|what explains|reason)\b", re.IGNORECASE)
# A royalty RATE or percentage is the coverage check's canonical leftover (tests/test_coverage.py, and the older
# files label it a refusal): the band or tier the row states is asked only in those words.
_ROYALTY_RE = re.compile(
    r"\broyalt(?:y|ies)\b[^?.]{0,20}\b(?:bands?|tiers?|tiered|range|levels?|terms?)\b|"
    r"\b(?:bands?|tiers?|range|levels?)\b[^?.]{0,20}\broyalt(?:y|ies)\b|"
    r"^\W*(?:and|what about)\s+(?:the\s+)?royalt(?:y|ies)\b",
    re.IGNORECASE,
)
# A royalty rate or percentage is the row's only when the row states a band ("low double-digit"): the band is
# what was disclosed (``no_band`` rows, "tiered", go to the articles: ``royalty_rates``)
_ROYALTY_RATE_RE = re.compile(
    r"\broyalt(?:y|ies)\s+(?:rates?|percent(?:ages?)?)\b|\b(?:rates?|percent(?:ages?)?)\s+of\s+(?:the\s+)?royalt",
    re.IGNORECASE,
)
_OTHER_FIGURE_RE = re.compile(r"\b(?:upfronts?|milestones?|biobucks|total|value|worth|equity)\b", re.IGNORECASE)
# A band the row states: "double-digit", "high teens", "up to 12%"
_BAND_RE = re.compile(r"digit|teens|\d|percent", re.IGNORECASE)
_EQUITY_RE = re.compile(
    r"\bequity\s+(?:tranche|stake|piece|portion|component|investment|purchase)s?\b|"
    r"\b(?:cash|upfront)\b[^?.]{0,40}\b(?:versus|vs\.?|and|or)\s+(?:[\w-]+\s+){0,2}?(?:equity|shares|stock|warrants)\b",
    re.IGNORECASE,
)
_TERRITORY_RE = re.compile(
    r"\bterritor(?:y|ies)\b|\bcarve[\s-]?outs?\b|\bcarved\s+out\b|\b(?:which|what)\s+markets\b|"
    r"\b(?:hold|holds|held|keep|keeps|kept)\s+back\b|\b(?:rights?|role)\s+(?:in|inside|within)\s+(?:mainland\s+)?[A-Z]",
    re.IGNORECASE,
)
# The words around a field the coverage check leaves over: "the royalty rate", "the equity tranche", "the split
# between cash and equity". A leftover measure of its own ("the price per share", "cash or stock?") is not the field.
FRAME_WORDS = frozenset({"rate", "rates", "tranche", "tranches", "split", "splits"})
_CODE_RE = re.compile(r"\b[A-Za-z]*\d[\w-]*\b|\b[A-Z]{2,}[\w-]*\b")


def _field(question: str) -> tuple[str, str | None] | None:
    """The field asked and the get_deal metric that answers it (None: the deal's full terms, which state the
    territory)."""
    if _WHY_RE.search(question):
        return None
    if _ROYALTY_RE.search(question) or _ROYALTY_RATE_RE.search(question):
        return "royalties", "royalties"
    if _EQUITY_RE.search(question):
        return "equity", "equity"
    if _TERRITORY_RE.search(question):
        return "territory", None
    return None


def no_band(deal: Deal) -> bool:
    """The row says there are royalties, or nothing, but gives no rate or band."""
    return not _BAND_RE.search(deal.royalties or "")


def _holds(deal: Deal, field: str, question: str) -> bool:
    if field == "royalties" and _ROYALTY_RATE_RE.search(question) and not _ROYALTY_RE.search(question):
        return not no_band(deal)  # "what royalty rate did Akeso get?": the band its row states
    if field == "royalties":
        return bool(deal.royalties)
    if field == "equity":
        return deal.equity.amount is not None or bool(deal.equity_note)
    return bool(deal.territory) and not deal.territory.lower().startswith(("unknown", "not disclosed"))


_DRUG_CODE_RE = re.compile(r"(?<![\w-])[A-Z]{1,6}-?\d{3,5}[A-Z]?(?![\w-])")


def the_deal(question: str, companies: list[str], deals: list[Deal]) -> Deal | None:
    """The one deal ``companies`` (and a drug code or year the question names) point at, if exactly one; with no
    company named, the one deal whose asset has the drug code asked ("What royalty rate for HS-20094?")."""
    if not companies:  # a drug code proper, letters then three digits or more ("HS-20094"; not "KRAS", "TROP2")
        codes = {c.lower() for c in _DRUG_CODE_RE.findall(question)}
        coded = [d for d in deals if codes & {c.lower() for c in _DRUG_CODE_RE.findall(d.asset)}]
        return coded[0] if len(coded) == 1 else None
    found = [d for d in deals if set(companies) <= {*d.licensors, *d.licensees}]
    if len(found) > 1:
        codes = {c.lower() for c in _CODE_RE.findall(question)}
        named = [d for d in found if codes & {c.lower() for c in _CODE_RE.findall(d.asset)}]
        years = set(re.findall(r"\b20\d\d\b", question))
        found = named or [d for d in found if str(d.year) in years] or found
    return found[0] if len(found) == 1 else None


def field_of_the_deal(plan: Plan, deals: list[Deal]) -> Plan:
    """A lookup asking one deal's royalty band, equity piece or territory, which the coverage check would send to
    the articles for the words around the field ("the equity tranche"), becomes that deal's row."""
    if plan.route not in ("text", "table") or plan.clarification:
        return plan
    asked = _field(plan.question) or _field(plan.standalone_question)
    # "is the carve-out mainland China or all of Greater China?" of a deal named by both parties: its territory,
    # not the tracker "Greater China" names
    carve_out = asked is not None and asked[0] == "territory" and len(set(plan.companies)) == 2
    market = bool(plan.tool_calls) and all(call.tool == "market_stat" for call in plan.tool_calls)
    if any(call.tool != "get_deal" for call in plan.tool_calls) and not (carve_out and market):
        return plan  # a ranking or a sum over deals is no one deal's terms
    if asked is None:
        return plan
    field, metric = asked
    rate = field == "royalties" and not _ROYALTY_RE.search(plan.question) and _ROYALTY_RATE_RE.search(plan.question)
    if rate and _OTHER_FIGURE_RE.search(plan.question):
        return plan  # "the upfront and the royalty rate": another figure asked too, which the row alone would drop
    deal = the_deal(f"{plan.question} {plan.standalone_question}", plan.companies, deals)
    if deal is None or not _holds(deal, field, f"{plan.question} {plan.standalone_question}"):
        return plan
    args: dict[str, object] = {"deal_id": deal.deal_id, "licensor": deal.licensors[0], "licensee": deal.licensees[0]}
    if metric:
        args["metric"] = metric
    if str(deal.year) in re.findall(r"\b20\d\d\b", plan.question):
        args["year"] = deal.year  # the year named is applied, so no "which period?" follows
    return plan.model_copy(
        update={
            "route": "table",
            "tool_calls": [ToolCall(tool="get_deal", args=args)],
            "text_query": None,
            "unheld_measure": None,
            "rule": f"one deal's {field}, which its row states",
            "interpretation": f"the {field} of one deal: {deal.label}, as our deal table states it",
        }
    )
