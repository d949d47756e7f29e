"""Issue 11's follow-up classes, tuned on outsider37's long conversation (never on the held-out set): a count
and a sum said as "number of deals and upfront in total"; ... Expected figures come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

_TABLES = load_tables(DOCUMENTS)
_ROWS = [d for d in _TABLES.deals if d.scope != "borderline"]


def _upfronts(keep) -> Decimal:
    return sum((d.upfront.amount for d in _ROWS if keep(d) and d.upfront.amount), Decimal(0))


# --- "number of deals and upfront in total": the count and the sum, each asked
@pytest.mark.parametrize(
    ("question", "licensee"),
    [
        ("BMS china licensing - number of deals and upfront in total", "Bristol Myers Squibb"),
        ("GSK deals with chinese biotechs - how many, and upfront in total", "GSK"),
        ("novartis china licensing: number of deals and the sum of their upfronts", "Novartis"),
    ],
)
def test_a_count_and_a_total_said_after_the_measure_are_both_asked(
    router: Router, question: str, licensee: str
) -> None:
    parts = split_parts(question)
    assert len(parts) == 2, parts
    count, total = (one_call(route(router, part)).args for part in parts)
    assert (count["operation"], total["operation"], total["metric"]) == ("count", "sum", "upfront"), (count, total)
    assert count["filter"]["licensee"] == total["filter"]["licensee"] == licensee


def test_the_count_and_total_answer_states_the_sum(assistant) -> None:
    answer = assistant.ask("GSK deals with chinese biotechs - how many, and upfront in total")
    total = _upfronts(lambda d: "GSK" in d.licensees)
    assert any(f.value == total for f in answer.figures), answer.figures


# --- a follow-up keeps the deal the turn before found
def _pair_deals(licensor: str, licensee: str) -> list:
    return [d for d in _ROWS if licensor in d.licensors and licensee in d.licensees]


def test_a_follow_up_about_the_same_pair_keeps_the_deal_an_asset_word_picked(router: Router) -> None:
    deals = _pair_deals("Kelun-Biotech", "Merck & Co.")
    assert len(deals) == 2  # the pair has two deals: without the one picked, "which one?"
    picked = one_call(route(router, "kelun merck seven ADC deal terms")).args["deal_id"]
    for follow_up in ("did merck take a stake too?", "and the milestones for it?"):
        call = one_call(route(router, follow_up, ["kelun merck seven ADC deal terms"]))
        assert call.tool == "get_deal" and call.args.get("deal_id") == picked, (follow_up, call)


def test_a_new_period_or_a_count_does_not_keep_the_deal(router: Router) -> None:
    plan = route(router, "how many deals did they do in total?", ["kelun merck seven ADC deal terms"])
    assert all(not c.args.get("deal_id") for c in plan.tool_calls), plan.tool_calls


@pytest.mark.parametrize(
    ("ranking", "follow_up", "year"),
    [
        ("biggest upfront of 2025?", "what territory does that licence cover?", 2025),
        ("largest upfront of 2024?", "which territory does that deal cover?", 2024),
        ("largest upfront of 2026?", "which regions does it cover?", 2026),
    ],
)
def test_a_term_in_words_is_asked_of_the_rankings_winner(
    replaying: Router, ranking: str, follow_up: str, year: int
) -> None:
    winner = max((d for d in _ROWS if d.year == year and d.upfront.amount), key=lambda d: d.upfront.amount)
    plan = route(replaying, follow_up, [ranking])
    assert set(plan.companies) == {*winner.licensors, *winner.licensees}, plan
