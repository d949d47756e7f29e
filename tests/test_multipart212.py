"""Multi-part asks where one part was dropped or misread (outsider52-54, second wave).

Both ends of a ranking ("largest and smallest 2024 deals by total value?") or an average and an end ("Median
upfront for 2024 deals, and the biggest?") had answered one of the two; a second deal pair after "and" ("headline
value of the Hengrui-GSK deal and of Innovent-Takeda?") had been dropped; "upfront as a % of headline for
3SBio–Pfizer" had gone to a tracker; "biggest upfront ever, which company?" had ranked companies by summed upfront.
The figures are computed here from the real table."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import render_amount
from assistant.routing.both_ends import both_ends
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _deal(licensor: str, licensee: str, year: int | None = None) -> Deal:
    found = [
        d
        for d in _TABLES.deals
        if any(licensor in name for name in d.licensors)
        and any(licensee in name for name in d.licensees)
        and (year is None or d.year == year)
    ]
    assert len(found) == 1, found
    return found[0]


def _ends(field: str, keep: Callable[[Deal], bool]) -> tuple[Deal, Deal]:
    rows = [d for d in _TABLES.deals if keep(d) and getattr(d, field).amount is not None]
    rows.sort(key=lambda d: getattr(d, field).amount)
    return rows[-1], rows[0]


def _median(field: str, keep: Callable[[Deal], bool]) -> Decimal:
    values = sorted(getattr(d, field).amount for d in _TABLES.deals if keep(d) and getattr(d, field).amount is not None)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def _of_2024(d: Deal) -> bool:
    return d.year == 2024


# --- both_ends.py: two ends of one ranking, or an average and an end, each answered
@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("largest and smallest 2024 deals by total value?", "total"),
        ("biggest and smallest upfront among 2024 deals?", "upfront"),
        ("the top and the bottom 2024 deal by headline value?", "total"),
    ],
)
def test_both_ends_of_a_ranking_are_answered(assistant: Assistant, question: str, field: str) -> None:
    top, bottom = _ends(field, _of_2024)
    answer = assistant.ask(question)
    assert [c.args.get("ascending", False) for c in answer.tool_calls] == [False, True], answer.tool_calls
    for deal in (top, bottom):
        assert deal.licensees[0] in answer.answer, answer.answer
        assert render_amount(getattr(deal, field).amount) in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "highest"),
    [
        ("Median upfront for 2024 deals, and the biggest?", True),
        ("what was the median 2024 upfront, and the smallest one?", False),
    ],
)
def test_an_average_and_an_end_are_both_answered(assistant: Assistant, question: str, highest: bool) -> None:
    top, bottom = _ends("upfront", _of_2024)
    end = top if highest else bottom
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["aggregate", "rank"], answer.tool_calls
    assert render_amount(_median("upfront", _of_2024)) in answer.answer, answer.answer
    assert render_amount(end.upfront.amount) in answer.answer and end.licensors[0] in answer.answer, answer.answer


def test_a_question_about_the_gap_between_the_ends_stays_whole() -> None:
    assert both_ends("what is the gap between the largest and smallest 2024 deals?") == []
    assert both_ends("how many times bigger was the largest 2024 upfront than the smallest?") == []


# --- second_pair.py: a second pair after "and", the measure left unsaid
@pytest.mark.parametrize(
    ("question", "pairs", "field"),
    [
        (
            "headline value of the Hengrui-GSK deal and of Innovent-Takeda?",
            [("Hengrui", "GSK", None), ("Innovent", "Takeda", None)],
            "total",
        ),
        (
            "how much Novartis pay Argo upfront in 2024, and Madrigal to Ribo?",
            [("Argo", "Novartis", 2024), ("Ribo", "Madrigal", None)],
            "upfront",
        ),
        (
            "upfront of the Chimagen-GSK deal and of Hansoh-Regeneron?",
            [("Chimagen", "GSK", None), ("Hansoh", "Regeneron", None)],
            "upfront",
        ),
        (
            "what did Merck pay Curon upfront in 2024, and GSK to Chimagen?",
            [("Curon", "Merck", None), ("Chimagen", "GSK", None)],
            "upfront",
        ),
    ],
)
def test_each_pair_is_answered(
    assistant: Assistant, question: str, pairs: list[tuple[str, str, int | None]], field: str
) -> None:
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["get_deal", "get_deal"], answer.tool_calls
    for licensor, licensee, year in pairs:
        assert render_amount(getattr(_deal(licensor, licensee, year), field).amount) in answer.answer, answer.answer


def test_a_comparison_of_two_pairs_stays_one_compare(assistant: Assistant) -> None:
    answer = assistant.ask("was the Hengrui-GSK deal bigger than Innovent-Takeda?")
    assert [c.tool for c in answer.tool_calls] == ["compare"], answer.tool_calls


# --- wording.py: "headline" after "% of" is the deal's headline value
@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        (
            "upfront as a % of headline for 3SBio–Pfizer, and for Innovent–Takeda?",
            [("3SBio", "Pfizer"), ("Innovent", "Takeda")],
        ),
        ("upfront as % of headline for Kelun-Crescent?", [("Kelun", "Crescent")]),
    ],
)
def test_upfront_as_a_share_of_each_deals_headline(
    assistant: Assistant, question: str, pairs: list[tuple[str, str]]
) -> None:
    answer = assistant.ask(question)
    assert answer.route == "table" and {c.tool for c in answer.tool_calls} == {"compare"}, answer.tool_calls
    for licensor, licensee in pairs:
        deal = _deal(licensor, licensee)
        assert deal.upfront.amount is not None and deal.total.amount is not None
        share = (deal.upfront.amount / deal.total.amount * 100).quantize(Decimal("0.1"))
        assert f"{share}%" in answer.answer, answer.answer


# --- rank_asks.py: the biggest upfront (one payment) ranks deals, not companies' sums
@pytest.mark.parametrize(
    "question",
    ["biggest upfront ever in table, which company and how much?", "which company got the biggest upfront ever?"],
)
def test_the_biggest_single_upfront_names_its_deal(assistant: Assistant, question: str) -> None:
    top, _ = _ends("upfront", lambda d: True)
    answer = assistant.ask(question)
    assert answer.tool_calls[0].args.get("dimension") == "deal", answer.tool_calls
    assert render_amount(top.upfront.amount) in answer.answer, answer.answer
    assert top.licensors[0] in answer.answer and top.licensees[0] in answer.answer, answer.answer


def test_a_summed_upfront_still_ranks_companies(assistant: Assistant) -> None:
    answer = assistant.ask("which licensor racked up the biggest upfront?")
    assert answer.tool_calls[0].args.get("dimension") == "licensor", answer.tool_calls


# --- share_order.py: the whole named first ("what percent of headline was upfront") is still the whole
@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("what percent of headline was upfront for Hansoh-Regeneron?", ("Hansoh", "Regeneron")),
        ("What share of the Curon deal's total was paid upfront", ("Curon", "Merck")),
    ],
)
def test_the_part_is_set_against_the_whole(assistant: Assistant, question: str, pair: tuple[str, str]) -> None:
    deal = _deal(*pair)
    assert deal.upfront.amount is not None and deal.total.amount is not None
    answer = assistant.ask(question)
    call = answer.tool_calls[0]
    assert (call.args.get("metric"), call.args.get("right_metric")) == ("upfront", "total"), answer.tool_calls
    share = (deal.upfront.amount / deal.total.amount * 100).quantize(Decimal("0.1"))
    assert f"upfront payment is about {share}% of the total deal value" in answer.answer, answer.answer
    assert "% more" not in answer.answer, answer.answer
