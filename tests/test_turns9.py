"""Issue 11's follow-up classes, tuned on outsider37's long conversation (never on the held-out set): a count
and a sum said as "number of deals and upfront in total"; ... Expected figures come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Answer, Turn
from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

_TABLES = load_tables(DOCUMENTS)
_ROWS = [d for d in _TABLES.deals if d.scope != "borderline"]


def one_call_of(answer: Answer):
    assert len(answer.tool_calls) == 1, answer.tool_calls
    return answer.tool_calls[0]


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


# --- "leave out X" / "drop X": the deals before without X, measured as this turn asks
@pytest.mark.parametrize(
    ("history", "follow_up", "keep", "operation", "metric"),
    [
        (
            ["how many deals has MSD done with chinese biotechs in your table"],
            "leave out the 2022 ones - what's the combined upfront of the rest?",
            lambda d: "Merck & Co." in d.licensees and d.year != 2022,
            "sum",
            "upfront",
        ),
        (
            ["roche's chinese deals, total upfront?"],
            "set aside the 2024 one - what's the upfront of the rest added up?",
            lambda d: "Roche" in d.licensees and d.year != 2024,
            "sum",
            "upfront",
        ),
        (
            ["how many cancer deals were there in 2024 in your table"],
            "drop the ADCs, how many are left",
            lambda d: d.therapeutic_area == "Oncology" and d.year == 2024 and "ADC" not in d.modality,
            "count",
            None,
        ),
        (
            ["how many immunology deals were signed in 2025 per your table"],
            "excluding the bispecific antibodies, how many remain?",
            lambda d: d.therapeutic_area == "Immunology" and d.year == 2025 and d.modality != "Bispecific antibody",
            "count",
            None,
        ),
    ],
)
def test_the_deals_before_without_some_are_measured_as_asked(
    assistant, history: list[str], follow_up: str, keep, operation: str, metric: str | None
) -> None:
    turns = [Turn(question=q, answer=assistant.ask(q)) for q in history]
    answer = assistant.ask(follow_up, turns)
    call = one_call_of(answer)
    assert call.args["operation"] == operation and (metric is None or call.args["metric"] == metric), call
    kept = [d for d in _ROWS if keep(d)]
    wanted = Decimal(len(kept)) if operation == "count" else _upfronts(keep)
    assert any(f.value == wanted for f in answer.figures), (wanted, answer.answer)


def test_a_qualifier_word_leaves_out_that_kind_of_the_deals_before(assistant) -> None:
    """ "drop the bispecific one" after the 2025 ADCs: the bispecific ADC, not the (absent) bispecific antibodies."""
    turns: list[Turn] = []
    for q in ("how many ADC deals were signed in 2025, bispecific ADCs included", "total upfront across them?"):
        turns.append(Turn(question=q, answer=assistant.ask(q, turns)))
    answer = assistant.ask("drop the bispecific one", turns)
    wanted = _upfronts(lambda d: d.year == 2025 and d.modality == "ADC")
    assert any(f.value == wanted for f in answer.figures), (wanted, answer.answer)


@pytest.mark.parametrize("question", ["how much did upfronts drop 2024 to 2025?", "did deal counts drop in 2025?"])
def test_a_fall_said_with_drop_leaves_no_year_out(router: Router, question: str) -> None:
    plan = route(router, question)
    assert all(not c.args.get("filter", {}).get("exclude_years") for c in plan.tool_calls), plan.tool_calls


# --- "how does that compare with Y" carries the measure and the period the conversation is about
def test_a_comparison_after_a_count_and_a_sum_compares_the_sums(router: Router) -> None:
    history = ["roche's chinese deals: how many, and total upfront"]
    call = one_call(route(router, "how does that compare with novartis", history))
    assert call.tool == "compare" and call.args["metric"] == "upfront" and call.args["operation"] == "sum", call
    assert (call.args["left"]["licensee"], call.args["right"]["licensee"]) == ("Roche", "Novartis")


@pytest.mark.parametrize("narrowing", ["only counting 2024 onward?", "only counting deals from 2024 onward?"])
def test_a_period_said_alone_narrows_the_sum_before(router: Router, narrowing: str) -> None:
    history = ["GSK's china deals?", "combined upfront?"]
    call = one_call(route(router, narrowing, history))
    assert call.tool == "aggregate" and call.args["operation"] == "sum" and call.args["metric"] == "upfront", call
    assert call.args["filter"]["licensee"] == "GSK" and call.args["filter"]["date_from"] == "2024-01-01", call
    compared = one_call(
        route(router, "how does that compare with Novartis over the same period", [*history, narrowing])
    )
    assert compared.tool == "compare" and compared.args["right"] == {**compared.args["left"], "licensee": "Novartis"}


def test_a_period_with_a_subject_of_its_own_is_a_new_question(router: Router) -> None:
    plan = route(router, "only Merck's 2024 deals?", ["GSK's china deals?", "combined upfront?"])
    assert all(c.args.get("filter", {}).get("licensee") != "GSK" for c in plan.tool_calls), plan.tool_calls
