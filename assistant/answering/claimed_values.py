"""What a claim's own figure is, when it is not the figure asked about.

A fact-checker's claim often carries a real figure put in the wrong place: "Kite gave Pregene $1.52 billion
upfront" ($1.52 billion is the milestones), "PharmCube put full-year 2024 at $55.4 billion" (CPHIIC's figure),
"our draft puts the 2025 count at 186 deals, citing NextPharma" (PharmCube's Greater China series). The answer
gave the true figure and never said what the claimed one was, so a reader could not tell the claim was wrong, or
why. After the answer, each figure the claim states that the answer does not hold is looked up among the deal's
other figures (upfront, milestones, total, equity) or the trackers' reported statistics of the period, and a
sentence says whose figure it is, cited to the sentence that states it, with a tracker's own caveat ("not
confirmed by a second source"). A figure found nowhere is not repeated: nothing could cite it. Examples in
``tests/test_claims9.py``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.answer import Answer, AnswerFigure
from assistant.answering.article_claims import HEARSAY_RE, article_on_figure, bare_amounts
from assistant.answering.composer import citation_for
from assistant.answering.snapshot import Snapshot
from assistant.corpus.provenance import Provenance
from assistant.corpus.tables import Deal, MarketStat
from assistant.dates import month_words
from assistant.money import find_money, numbers_in, render_amount
from assistant.routing.chinese_wording import has_chinese, in_english
from assistant.routing.claim_corrections import is_claim
from assistant.routing.plan import Plan
from assistant.tools.dealbook import names
from assistant.tools.term_sentences import asset_said

# A stated figure matches a reported one when it rounds to it ("$1.5bn" for $1.52 billion does not; "$55.4bn" does)
_ROUNDING = Decimal("0.005")
# A claimed figure this close to one of the deal's own is that figure, rounded, not another deal's
_OWN_ROUNDING = Decimal("0.025")
# A count stated: "186 deals", "54 Chinese drugmakers"; not a year, not a money amount
_COUNT_RE = re.compile(r"(?<![$\d.,/])\b(\d{1,4})\b(?![.,]\d|\s*(?:%|percent|bn|billion|m\b|mn|million))")
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
# a figure put as the premise of a superlative: "wuxi bio got 925mm upfront from candid - biggest cdmo upfront ever?"
_PREMISED_RE = re.compile(
    r"\d(?:[\d.,]*)\s*(?:mm|m|mn|bn|b|million|billion)\b[^?]{0,60}?\bup[\s-]?front\b[^?]*?"
    r"\b(?:biggest|largest|highest|richest|record|most|greatest)\b",
    re.IGNORECASE,
)
# "worth 12 billion dollar in total, including the 500m upfront, yes?": the claim is of the deal's total
_TOTAL_CLAIMED_RE = re.compile(r"\b(?:in total|total(?: deal)? value|worth|headline|altogether)\b", re.IGNORECASE)
# a note: its sentence, the quote that holds it, and the deal's own figure it says (one of the answer's figures)
Note = tuple[str, Provenance, AnswerFigure | None]
_DEAL_FIGURES = {"upfront": "upfront payment", "milestones": "milestone payments", "total": "total deal value",
                 "equity": "equity investment"}  # fmt: skip


# a figure seen elsewhere and put to us: "I've seen LaNova–Merck quoted at $888m upfront. Is that the right upfront
# number?", "Some outlets are running $4.7bn for it. Reconcile pls.", "首付 8.88亿美金，没错吧" (outsider110, 118, 122)
_PUT_TO_US_RE = re.compile(
    r"\b(?:quoted|reported|running|cited|floated|pegged|billed|touted)\s+(?:at|as|with)\b|\breconcil\w*|"
    r"\b(?:outlets?|press|media|headlines?|reports?)\b|\bis (?:that|this|it) the (?:right|correct|real|actual)\b|"
    r"\bI(?:['’]ve| have)? (?:seen|read|heard)\b|没错|对吗|对不对|是不是|吗\s*[?？]?\s*$|"
    # "wuxi bio got 925m upfront from candid?": a figure said as what a party got or paid, asked back
    r"\b(?:got|gets|paid|pays|received|receives|bagged|landed|pocketed)\s+(?:an?\s+)?(?:us)?\$?\d[\d.,]*\s*(?:mm|m|mn|bn|b|million|billion)\b[^?]*\?|"
    # "Roche paid MediLink $570m upfront for YL211 right?": a figure said, then asked to be confirmed
    r"\$?\d[\d.,]*\s*(?:mm|m|mn|bn|b|million|billion)\b[^?]{0,80}?,?\s+(?:right|correct|true|yes)\s*\?",
    re.IGNORECASE,
)


def with_claimed_values(snap: Snapshot, question: str, plan: Plan, answer: Answer) -> None:
    """Add to ``answer`` whose figure each of the claim's figures is, when it is not the one answered."""
    claimed = is_claim(question) or HEARSAY_RE.search(question) or _PREMISED_RE.search(question)
    claimed = claimed or _PUT_TO_US_RE.search(question)
    if plan.route != "table" or not claimed or not answer.figures:
        return
    tools = {call.tool for call in plan.tool_calls}
    if not tools <= {"get_deal", "market_stat", "aggregate"}:  # a sum over one deal ("its September 2025 deal") too
        return
    held = [Decimal(figure.value) for figure in answer.figures if figure.value is not None]
    held += numbers_in(answer.answer)
    notes: list[Note] = []
    english = in_english(question, snap.router.entities.cjk, snap.router.corpus_end) if has_chinese(question) else ""
    for value, unit in _stated(english or question):  # "首付 8.88亿美金": $888 million
        if any(_near(value, known) for known in held):
            continue  # the answer holds it: the claim's figure is the one answered
        if tools & {"get_deal", "aggregate"}:
            notes += _deal_notes(snap, plan, value, unit, held if _TOTAL_CLAIMED_RE.search(question) else None)
        if "market_stat" in tools:
            notes += _stat_notes(snap, question, value, unit)
    for sentence, provenance, figure in notes[:2]:
        same = (provenance.doc_id, provenance.paragraph, provenance.quote)
        n = next((c.n for c in answer.citations if (c.doc_id, c.paragraph, c.quote) == same), 0)
        if not n:
            n = len(answer.citations) + 1
            answer.citations.append(citation_for(provenance, snap.docs, n))
        answer.answer = f"{answer.answer} {sentence[:-1]} [{n}]."
        if figure is not None:  # "This deal's total deal value is up to $11.4 billion": one of the answer's figures
            answer.figures.append(figure.model_copy(update={"citations": [n]}))


def _stated(question: str) -> list[tuple[Decimal, str]]:
    """The figures ``question`` states: money amounts, and counts that are no year."""
    found: list[tuple[Decimal, str]] = []
    spans = []
    for mention in find_money(question):
        spans.append((mention.start, mention.end))
        if mention.amount is not None:
            found.append((mention.amount, "USD"))
    for match in _COUNT_RE.finditer(question):
        if _YEAR_RE.fullmatch(match.group(1)) or any(start <= match.start() < end for start, end in spans):
            continue
        found.append((Decimal(match.group(1)), "count"))
    known = {value for value, _ in found}
    return found + [(value, "USD") for value in bare_amounts(question) if value not in known]


def _near(value: Decimal, known: Decimal) -> bool:
    return abs(value - known) <= _ROUNDING * abs(known) if known else value == known


def _deal_notes(snap: Snapshot, plan: Plan, value: Decimal, unit: str, held: list[Decimal] | None) -> list[Note]:
    """Whose figure ``value`` is in the deal answered; ``held`` (the answer's figures) when the claim is of
    the deal's total, whose own total is then said too unless the answer holds it."""
    if unit != "USD":
        return []
    deal_ids = {deal_id for call in plan.tool_calls for deal_id in snap.tools.run(call).deal_ids}
    notes: list[Note] = []
    for deal_id in sorted(deal_ids)[:1] if len(deal_ids) == 1 else []:
        deal = snap.tables.deal(deal_id)
        for name, words in _DEAL_FIGURES.items():
            figure = deal.figure(name)  # type: ignore[arg-type]
            if figure.amount is None or not figure.quote or not _near(value, figure.amount):
                continue
            provenance = snap.resolver.quote(deal.doc_id, figure.quote)
            if provenance is not None:
                notes.append((f"The {render_amount(value)} in the claim is this deal's {words}.", provenance, None))
            total = deal.figure("total").amount
            if held is not None and name != "total" and total and not any(_near(total, known) for known in held):
                notes += _own_figure(snap, deal, "total")  # the claim's "total" is another figure: the true one
            break
        else:
            # "$2 billion" of a $2.012 billion deal rounds this deal's own figure: no other deal's is meant
            own = [deal.figure(name).amount for name in _DEAL_FIGURES]  # type: ignore[arg-type]
            if not any(amount and abs(value - amount) <= _OWN_ROUNDING * amount for amount in own):
                told: list[Note] = [(sentence, at, None) for sentence, at in article_on_figure(snap, deal, value)]
                notes += _other_deals_figure(snap, deal, value) or told
    return notes


def _other_deals_figure(snap: Snapshot, deal: Deal, value: Decimal) -> list[Note]:
    """A claimed figure that is one of a party's other deals': "Innovent's DLL3 ADC licence to Roche, valued at up
    to $11.4 billion" ($11.4 billion is Innovent's Takeda deal): whose figure it is, and this deal's own."""
    parties = {*deal.licensors, *deal.licensees}
    others = [other for other in snap.tables.deals if other.deal_id != deal.deal_id]
    for other in [other for other in others if parties & {*other.licensors, *other.licensees}]:
        for name, words in _DEAL_FIGURES.items():
            figure = other.figure(name)  # type: ignore[arg-type]
            if figure.amount is None or not figure.quote or not _near(value, figure.amount):
                continue
            theirs = snap.resolver.quote(other.doc_id, figure.quote)
            if theirs is None:
                return []
            when, licensors = month_words(other.announced[:7]), names(other.licensors)
            notes: list[Note] = [
                (
                    f"The {render_amount(value)} in the claim is the {words} of {licensors}'{'' if licensors.endswith('s') else 's'} {when} "
                    f"deal with {names(other.licensees)} for {asset_said(other)}, not of this one.",
                    theirs,
                    None,
                )
            ]
            return notes + _own_figure(snap, deal, name)
    return []


def _own_figure(snap: Snapshot, deal: Deal, name: str) -> list[Note]:
    """This deal's own figure ``name`` said, cited to its quote, and as a figure of the answer; nothing when it is
    undisclosed."""
    own = deal.figure(name)  # type: ignore[arg-type]
    ours = snap.resolver.quote(deal.doc_id, own.quote) if own.amount is not None and own.quote else None
    if ours is None or own.amount is None:
        return []
    up_to = {"up_to": "up to ", "approx": "about ", "at_least": "at least "}.get(own.qualifier, "")
    label = f"{_DEAL_FIGURES[name]}, {names(deal.licensors)} → {names(deal.licensees)}, {deal.announced}"
    expression = f"deals[{deal.deal_id}].{name}"
    figure = AnswerFigure(label=label, value=own.amount, qualifier=own.qualifier, expression=expression)
    return [(f"This deal's {_DEAL_FIGURES[name]} is {up_to}{render_amount(own.amount)}.", ours, figure)]


def _stat_notes(snap: Snapshot, question: str, value: Decimal, unit: str) -> list[Note]:
    years = set(_YEAR_RE.findall(question))
    matching: list[MarketStat] = [
        stat
        for stat in snap.tables.market_stats
        if stat.unit == unit and _near(value, stat.value) and (not years or stat.period[:4] in years)
    ]
    notes: list[Note] = []
    for stat in matching[:1]:
        provenance = snap.resolver.quote(stat.doc_id, stat.quote)
        if provenance is None:
            continue
        said = render_amount(value) if unit == "USD" else f"{value}"
        caveat = f" ({stat.note})" if "not confirmed" in stat.note else ""
        notes.append(
            (
                f"The {said} figure is the one {stat.reporter} reported, for {stat.scope}, {stat.period}{caveat}.",
                provenance,
                None,
            )
        )
    return notes
