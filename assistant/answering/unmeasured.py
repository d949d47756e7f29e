"""A money fact of one deal that no table column is, asked beside the deal's terms: its article answers.

The table holds five measures of a deal (upfront, milestones, total, equity, royalties). A question about one
named deal whose key noun is another money fact was planned as one of them, and the answer stood in a
measure for the asked fact, a confident answer to a different question:

- an accounting charge: "A story says Merck booked a charge for the Curon deal. How big?" (had: the total,
  up to $1.3 billion; the article: a pre-tax charge of about $750 million)
- the cash part of a mixed sum: "how much of that was actual cash, stripping out the shares?" (had: the
  equity, $100 million; the article: about $1.1 billion), "how was the $125m upfront split between cash and
  warrants" (had: the terms; the article: $45 million in cash and $80 million in warrants)
- money handed back: "did ImmuneOnco have to hand money back after Axion pulled out?" (had: the row listed;
  the article: ImmuneOnco keeps the $35 million it had received): money said as paid back (``MONEY_BACK``), not "what did
  Novartis pay Argo upfront back in January 2024?" (a date), which stays the table's
- an option's mechanics: "hengrui/gsk option mechanics - when does gsk get to opt in?" (had: the terms; the
  article: at the end of Phase 1)
- a market move of a party's shares planned as terms: "did hengrui shares go up when the gsk deal came out"
  (the word "shares" names the equity column; no article reports a move, so the question is refused)

A profit-and-loss split ("the US P&L split on 363") is re-planned only when its plan was one deal's terms. "What's the
P&L split on the SystImmune BMS deal?" and "how is the profit shared between Pfizer and 3SBio?" are planned for the
articles before this rule and never reach it; no article states those splits, and nothing here makes the answer say so.

``unmeasured`` re-plans such a question for the articles, filtered to the deal's two parties; the abstention
check then answers from the sentence that states the fact or refuses. "How much cash did Pfizer pay upfront?",
"what equity did Takeda take?" (a measure's own wording) and "how much cash and equity did Takeda commit?"
(both columns) stay the table's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answering.answer_types import wanted_type
from assistant.answering.asked_synonyms import MONEY_BACK
from assistant.corpus.tables import Deal
from assistant.routing.plan import Plan

if TYPE_CHECKING:
    from assistant.answering.snapshot import Snapshot

RULE = "a money fact of one deal that no table column is"
_I = re.IGNORECASE
_MIXED = r"(?:warrants?|shares?|stock|equity|stake)"
PROFIT_SPLIT = r"\bp&l\b|\bp/l\b|\bpnl\b|\bprofits?[- ](?:and[- ]loss\w*|split|shar\w*)|\b(?:split|shar\w*|divid\w*)\b[^?]{0,30}\bprofits?\b"
NOT_A_MEASURE_RE = re.compile(
    # an accounting charge: "booked a charge", "a pre-tax charge", "write-off", "how much will it expense"
    r"\b(?:a|the|its|their|any|pre-?tax|one-?time|non-?cash|accounting|r&d|ipr&d)\s+(?:[\w-]+\s+)?charges?\b|"
    r"\bwr(?:ite|ote|itten)[- ]?(?:off|down)s?\b|\bimpairments?\b|\bexpens(?:e|ed|ing)\b(?!\s+(?:ratio|report))|"
    # the cash part of a mixed sum: "actual cash", "stripping out the shares", "cash rather than warrants"
    r"\b(?:actual|real|pure|hard|straight|true)\s+cash\b|\bcash\s+(?:part|portion|component|element|piece|bit)\b|"
    rf"\bstrip(?:ping|ped)?\s+out\b|\b(?:excluding|net of|minus|less|leaving out|without)\s+(?:the\s+)?{_MIXED}\b|"
    rf"\bcash\s+(?:or|vs\.?|versus|rather than|instead of)\s+(?:in\s+)?{_MIXED}\b|"
    rf"\b{_MIXED}\s+(?:or|vs\.?|versus|rather than)\s+(?:in\s+)?cash\b|\bsplit\s+between\s+cash\b|"
    # money handed back: "hand money back", "refund", "repay", "claw back", "keep the money"
    rf"{MONEY_BACK}|\brefund\w*|\brepa(?:y|id)\w*|\bclaw\w*[- ]?back\b|"
    r"\b(?:keep|kept|retain\w*)\s+(?:the\s+|any\s+|its\s+)?(?:money|cash|upfront|payments?)\b|"
    # an option's mechanics: "opt in", "option mechanics", "when can GSK exercise its option"
    r"\bopt(?:s|ed|ing)?[- ]in\b|\boption\s+(?:mechanics|structure|works?|exercise|window|trigger|timing)\b|"
    r"\bexercis\w*\s+(?:its|the|an|their|that)\s+(?:[\w-]+\s+)?options?\b|"
    # a profit-and-loss split: "the US P&L split on 363", "how do they divide the US profits"
    rf"{PROFIT_SPLIT}",
    _I,
)
# a kind only a sentence reporting it answers, whatever measure word it is said beside ("shares", "price")
_SENTENCE_KINDS = ("share_move",)


def _one_deal(snap: Snapshot, plan: Plan) -> Deal | None:
    """The one deal a table plan asks about (every call a lookup or listing of it), or None."""
    calls = plan.tool_calls
    if plan.route != "table" or not calls or any(c.tool not in ("get_deal", "find_deals") for c in calls):
        return None
    ids = {c.args.get("deal_id") for c in calls} - {None}
    if len(ids) == 1:
        return next((d for d in snap.tables.deals if d.deal_id in ids), None)
    deals = snap.pair_deals(plan.companies)
    years = {int(c.args["year"]) for c in calls if c.args.get("year")}
    if len(years) == 1:
        deals = [d for d in deals if d.year in years]
    assets = {str(c.args["asset"]).lower() for c in calls if c.args.get("asset")}
    if len(deals) > 1 and len(assets) == 1:
        deals = [d for d in deals if next(iter(assets)) in d.asset.lower()]
    return deals[0] if len(deals) == 1 else None


def asks_unmeasured(question: str) -> bool:
    """The question's key noun is a money fact no table column holds ("a charge", "the cash part", "opt in")."""
    return bool(NOT_A_MEASURE_RE.search(question)) or wanted_type(question) in _SENTENCE_KINDS


_PLAIN = frozenset(["between", "the", "a", "an", "its", "their", "any", "and", "or", "of", "in", "to"])


def _row_says(deal: Deal, asked: str) -> bool:
    """The row's own notes word the asked fact: Windward's equity note "split not disclosed" answers "what's the split
    between cash and parent-company equity?", which the terms answer shows."""
    match = NOT_A_MEASURE_RE.search(asked)
    words = {w for w in re.findall(r"[a-z&]+", match.group(0).lower())} - _PLAIN if match else set()
    notes = set(re.findall(r"[a-z&]+", f"{deal.equity_note} {deal.status_note}".lower()))
    return bool(words & notes)


def unmeasured(snap: Snapshot, plan: Plan, asked: str) -> Plan:
    """``plan`` re-planned for the deal's articles when it answers one deal's terms but the question as ``asked``
    asks a money fact no column is ("Merck booked a charge for the Curon deal. How big?", whose plan read only
    "how big" after its lead-in); otherwise ``plan`` as it was."""
    if not asks_unmeasured(asked):
        return plan
    deal = _one_deal(snap, plan)
    if deal is None or _row_says(deal, asked):
        return plan
    companies = list(dict.fromkeys([*deal.licensors, *deal.licensees]))
    query = f"{asked} ({' & '.join(companies)})"  # a follow-up's own words, its deal named
    return plan.model_copy(
        update={
            "route": "text",
            "tool_calls": [],
            "text_query": query,
            "passage_filter": {"companies": companies},
            "companies": companies,
            "unheld_measure": None if re.search(PROFIT_SPLIT, asked, _I) else plan.unheld_measure,
            "rule": RULE,
            "interpretation": f"the articles on the {' & '.join(deal.licensors)}–{' & '.join(deal.licensees)} "
            f"deal ({deal.announced[:7]}): a money fact no table column holds",
        }
    )
