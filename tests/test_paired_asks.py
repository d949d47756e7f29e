"""Two asks sharing words the split would give to only one of them: "…, and for how much?" after a count of
deals asks what they were worth; a period said once at the end is the period of both asks; "the largest deal
of 2024 and the largest of 2025" is one ranking per year (it had been one ranking over both years, so one
year's winner went unanswered). The real assistant over the real tables."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.paired_asks import closing_period_shared, how_much_spelt, two_periods
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _largest(year: int):
    deals = [
        d for d in _TABLES.deals if d.scope != "borderline" and d.announced.startswith(str(year)) and d.total.amount
    ]
    return max(deals, key=lambda d: d.total.amount)


def test_the_wordings() -> None:
    assert how_much_spelt("How many deals did Chinese firms license out in 2024, and for how much?") == (
        "How many deals did Chinese firms license out in 2024 and what were they worth?"
    )
    assert (
        how_much_spelt("how many deals and how much money in 2025?")
        == "how many deals and what were they worth in 2025?"
    )
    assert how_much_spelt("How much did Pfizer pay, and for how much?") == "How much did Pfizer pay, and for how much?"
    assert closing_period_shared(["how many deals", "what were they worth in 2025"]) == [
        "how many deals in 2025",
        "what were they worth in 2025",
    ]
    assert (
        closing_period_shared(["how many deals in total", "which was biggest in 2025"])[0] == "how many deals in total"
    )
    assert two_periods("largest deal of 2024 and largest deal of 2025?") == [
        "largest deal of 2024",
        "largest deal of 2025",
    ]
    assert two_periods("the largest deal between 2024 and 2025") is None
    assert split_parts("which was the top licensor in 2024 and the top in 2025?") == [
        "Which was the top licensor of 2024?",
        "Which was the top licensor of 2025?",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "How many deals did Chinese firms license out in 2024, and for how much?",
        "how many deals and how much money in 2024?",
        "how many deals were there in 2024 and what were they worth",
    ],
)
def test_a_count_and_its_worth_are_both_answered(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    calls = [(call.tool, call.args.get("metric"), call.args.get("period")) for call in answer.tool_calls]
    assert calls == [("market_stat", "deal_count", "2024"), ("market_stat", "total_value", "2024")], calls
    assert "94" in answer.answer and "$51.9 billion" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "what were the largest deal of 2024 and the largest of 2025?",
        "largest deal of 2024 and largest deal of 2025?",
        "Which was the biggest deal in 2024 and the biggest in 2025?",
    ],
)
def test_each_period_gets_its_own_winner(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    for year in (2024, 2025):
        deal = _largest(year)
        assert deal.licensors[0] in answer.answer, (year, answer.answer)
    assert len(answer.tool_calls) == 2


def test_a_greater_china_scope_said_once_holds_for_the_part_pointing_back(assistant: Assistant) -> None:
    answer = assistant.ask("How many deals did PharmCube count for Greater China in 2025 and what were they worth?")
    assert "186" in answer.answer and "$137.7 billion" in answer.answer, answer.answer
    assert "$135.7 billion" not in answer.answer  # the mainland series is another scope


@pytest.mark.parametrize(
    "question",
    [
        "Did Chinese out-licensing more than double in 2025?",
        "Did the value of China's out-licensing deals triple in 2025?",
        "By what multiple did Chinese out-licensing grow in 2025?",
    ],
)
def test_a_change_asked_as_a_multiple_is_the_ratio(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert [call.args.get("derive") for call in answer.tool_calls] == ["ratio"], answer.tool_calls
    assert "2.61 times" in answer.answer and "$51.9 billion" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "licensee", "figure"),
    [
        ("Which company bought DB-1418, and what was the total deal value?", "Avenzo Therapeutics", "$1.2 billion"),
        ("Which company bought 9MW3811, and what was the total deal value?", "Calico Life Sciences", "$596 million"),
        ("Who licensed IBI363 and how much was paid upfront?", "Takeda", "$1.2 billion"),
    ],
)
def test_a_drug_code_asked_first_is_the_subject_of_the_figure_after(
    assistant: Assistant, question: str, licensee: str, figure: str
) -> None:
    # the second part named nothing ("what was the total deal value?") and was dropped as "a metric of nothing named"
    answer = assistant.ask(question)
    assert figure in answer.answer and licensee.split()[0] in answer.answer, answer.answer
    assert any(call.tool == "get_deal" for call in answer.tool_calls)


def test_double_a_named_year_is_against_that_year(assistant: Assistant) -> None:
    # "more than double 2024": 2024 is the base (a review found 2023 and 2024 compared)
    answer = assistant.ask("Was China's 2025 deal value more than double 2024?")
    assert "$51.9 billion" in answer.answer and "$135.7 billion" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("BMS paid how much upfront to SystImmune and how much from milestones?", "$7.6 billion"),
        ("What did AstraZeneca pay Harbour BioMed upfront, and how much to date?", "$175 million"),
    ],
)
def test_a_bare_how_much_of_a_measure_or_a_time_names_no_other_payee(
    assistant: Assistant, question: str, said: str
) -> None:
    answer = assistant.ask(question)
    assert said in answer.answer and "which one" not in answer.answer, answer.answer
