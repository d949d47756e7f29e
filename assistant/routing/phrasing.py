"""Standalone questions for follow-ups, written from the merged slots.

"And the milestones?" becomes "What were the milestones of the 3SBio–Pfizer deal?":
retrieval, the composer and the user all see a full question.
"""

from __future__ import annotations

from assistant.routing.intents import Side, Slots
from assistant.routing.periods import Period

METRIC_PHRASES = {
    "upfront": "upfront payment",
    "milestones": "milestone payments",
    "total": "total deal value",
    "equity": "equity investment",
    "royalties": "royalties",
}
DEAL_QUESTIONS = {
    "upfront": "What was the upfront payment of the {deal} deal{period}?",
    "milestones": "What were the milestones of the {deal} deal{period}?",
    "total": "What was the total value of the {deal} deal{period}?",
    "equity": "What equity investment was part of the {deal} deal{period}?",
    "royalties": "What royalties does the {deal} deal{period} carry?",
    None: "What are the terms of the {deal} deal{period}?",
}
DIMENSION_PLURALS = {
    "licensor": "Chinese licensors",
    "licensee": "licensees",
    "modality": "modalities",
    "therapeutic_area": "therapeutic areas",
}


def period_phrase(periods: list[Period], word: str = "in") -> str:
    if not periods:
        return ""
    if len(periods) == 1:
        return f" {word} {periods[0].label}"
    return f" from {periods[0].label} to {periods[-1].label}"


def parties(names: list[str], default: str = "Chinese licensors") -> str:
    return " and ".join(names) if names else default


def _deals_of(names: list[str]) -> str:
    return f"deals involving {' and '.join(names)}" if names else "Chinese out-licensing deals"


def _filters(slots: Slots) -> str:
    words = [w for w in (slots.modality, slots.therapeutic_area) if w]
    return f" {' '.join(words)}" if words else ""


def describe(kind: str, slots: Slots, deal: str, market_args: dict[str, object] | None = None) -> str:
    """A full question for a table route."""
    when = period_phrase(slots.periods)
    metric = slots.metric if slots.metric != "royalties" else "total"
    phrase = METRIC_PHRASES.get(metric or "total", "total deal value")
    who = parties(slots.companies)
    if kind == "get_deal":
        year = f" ({slots.periods[0].year})" if slots.periods else ""
        return DEAL_QUESTIONS.get(slots.metric, DEAL_QUESTIONS[None]).format(deal=deal, period=year)
    if kind == "find_deals":
        return f"Which{_filters(slots)} deals did {who} sign{when}?"
    if kind == "aggregate":
        if slots.count and slots.op not in ("min", "average", "median"):
            return f"How many{_filters(slots)} deals did {who} sign{when}?"
        operation = {"average": "average ", "median": "median ", "min": "smallest "}.get(
            slots.op or "", "" if metric in (None, "total") else "total "
        )
        return f"What was the {operation}{phrase} of{_filters(slots)} {_deals_of(slots.companies)}{when}?"
    if kind == "rank":
        by = "number of deals" if slots.rank_by_count and not slots.metrics else phrase
        if slots.dimension in DIMENSION_PLURALS:
            return f"Which {DIMENSION_PLURALS[slots.dimension]} ranked highest by {by}{when}?"
        among = f" involving {who}" if slots.companies else ""
        return f"What were the largest{_filters(slots)} deals by {by}{among}{when}?"
    if kind == "compare":
        if len(slots.sides) == 2:
            left, right = (_side_label(side) for side in slots.sides)
            return f"How did the {phrase} of {left} compare with that of {right}?"
        if len(slots.companies) >= 2:
            return (
                f"How did the {phrase} of {slots.companies[0]} compare with {' and '.join(slots.companies[1:])}{when}?"
            )
        return f"How did the {phrase} of {_deals_of(slots.companies)} compare{period_phrase(slots.periods)}?"
    if kind == "market_stat" and market_args:
        return _market_question(market_args)
    return f"What was the {phrase} of {_deals_of(slots.companies)}{when}?"


def _side_label(side: Side) -> str:
    names = "–".join(side.companies) or "Chinese out-licensing"
    asset = f" ({side.asset})" if side.asset else ""
    return f"the {names}{asset} deals{period_phrase(side.periods)}"


def _market_question(args: dict[str, object]) -> str:
    period = f" in {args['period']}" if args.get("period") else ""
    metric = str(args.get("metric"))
    derive = args.get("derive")
    if derive == "growth":
        thing = "number of" if metric == "deal_count" else "total value of"
        return f"How much did the {thing} Chinese out-licensing deals grow from {args.get('compare_period')} to {args.get('period')}?"
    if derive == "average_deal_size":
        return f"What was the average size of Chinese out-licensing deals{period}?"
    if derive == "share":
        return f"What share of Chinese out-licensing deal value{period} did {args.get('subject')} account for?"
    if derive == "top10_amount":
        return f"How much deal value did the top 10 Chinese licensors account for{period}?"
    if metric == "deal_count":
        return f"How many out-licensing deals did Chinese companies sign{period}?"
    if metric == "total_value":
        return f"What was the total value of Chinese out-licensing deals{period}?"
    return f"What was the reported {metric.replace('_', ' ')}{period}?"


def rewrite_text_question(previous: Slots, previous_question: str, current: Slots, names: list[str]) -> str:
    """The previous text question with the follow-up's new company or period put in."""
    edits: list[tuple[int, int, str]] = []
    appended: list[str] = []
    if current.periods:
        label = period_phrase(current.periods).strip()
        if previous.periods:
            edits.append((previous.periods[0].start, previous.periods[-1].end, label.split(" ", 1)[1]))
        else:
            appended.append(label)
    if current.mentions:
        new = " and ".join(names)
        if previous.mentions:
            edits.append((previous.mentions[0].start, previous.mentions[-1].end, new))
        else:
            appended.append(f"for {new}")
    text = previous_question
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    if appended:
        text = text.rstrip(" ?.") + " " + " ".join(appended) + "?"
    return text
