"""The sixth review's regressions (base b96a483, head 5eb2170, all fixed): the issue-11 routing round (research_wording,
deal_sets, buckets, chinese_wording) answered ordinary questions about something else. Each class with the
probes that found it; every expected value is read from deals.csv."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from tests.conftest import DOCUMENTS

_DEALS = {deal.deal_id: deal for deal in load_tables(DOCUMENTS).deals}
_RANKED = [deal for deal in _DEALS.values() if deal.scope in ("main", "context")]  # what a plain ranking reads


def _money(amount: float) -> str:
    """A figure as answers print it ("$1.25 billion", "$570 million")."""
    if amount >= 1_000_000_000:
        return f"${amount / 1_000_000_000:g} billion"
    return f"${amount / 1_000_000:g} million"


def _field(deal_id: str, field: str) -> str:
    amount = getattr(_DEALS[deal_id], field).amount
    assert amount is not None
    return _money(amount)


def _main(licensor: str, year: int) -> list:
    return [
        deal
        for deal in _DEALS.values()
        if deal.scope == "main" and licensor in deal.licensors and str(deal.announced).startswith(str(year))
    ]


def _ask(assistant: Assistant, question: str, history: list[str] | None = None):
    return assistant.ask(question, [Turn(question=h) for h in history or []])


# --- 1. an aside ("like X", "say X", "for instance X", "I assume ...") that holds the only company is dropped


@pytest.mark.parametrize(
    "question",
    [
        "For a company like Hengrui - how many deals did it sign in 2025?",
        "I assume you track Hengrui; how many deals did it do in 2025?",
    ],
)
def test_an_aside_naming_the_only_company_keeps_it_for_a_count(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    count = len(_main("Jiangsu Hengrui Pharmaceuticals", 2025))
    assert not any(call.tool == "market_stat" for call in answer.tool_calls), (question, answer.answer)
    assert f"{count} deals" in answer.answer, (question, answer.answer)


def test_an_aside_naming_the_only_company_keeps_it_for_a_sum(assistant: Assistant) -> None:
    answer = _ask(assistant, "For instance Hengrui; what was its total upfront in 2024?")
    total = sum(deal.upfront.amount or 0 for deal in _main("Jiangsu Hengrui Pharmaceuticals", 2024))
    assert _money(total) in answer.answer, answer.answer


def test_say_company_keeps_the_company_in_a_ranking(assistant: Assistant) -> None:
    answer = _ask(assistant, "Say Hengrui: what was its biggest deal in 2025?")
    top = max(_main("Jiangsu Hengrui Pharmaceuticals", 2025), key=lambda deal: deal.total.amount or 0)
    assert top.licensees[0] in answer.answer and _field(top.deal_id, "total") in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "deal_ids", "field"),
    [
        ("Take a big platform deal like Hengrui-GSK: what was the upfront?", ["hengrui-gsk-2025"], "upfront"),
        ("I believe Merck signed with Curon - what was the upfront?", ["curon-merck-2024"], "upfront"),
        ("A deal like Curon's: what did Merck pay?", ["curon-merck-2024"], "upfront"),
        ("Say the Takeda deal: what was the milestone total?", ["innovent-takeda-2025"], "milestones"),
        (
            "I believe the Hansoh GSK deals were ADCs; what were their upfronts?",
            ["hansoh-gsk-2023-10", "hansoh-gsk-2023-12"],
            "upfront",
        ),
        ("I believe Pfizer paid 3SBio $1.25 billion upfront. Is that right?", ["3sbio-pfizer-2025"], "upfront"),
    ],
)
def test_an_aside_naming_the_deal_is_not_a_reason_to_ask_back(
    assistant: Assistant, question: str, deal_ids: list[str], field: str
) -> None:
    answer = _ask(assistant, question)
    assert not answer.abstained and answer.tool_calls, (question, answer.answer)
    for deal_id in deal_ids:
        assert _field(deal_id, field) in answer.answer, (question, deal_id, answer.answer)


# --- 2. "which year / quarter / month had the largest single deal" asks where one deal falls, not a sum by period


def _top(field: str, modality: str | None = None, year: int | None = None):
    rows = [
        deal
        for deal in _RANKED
        if (modality is None or deal.modality == modality)
        and (year is None or str(deal.announced).startswith(str(year)))
    ]
    return max(rows, key=lambda deal: getattr(deal, field).amount or 0)


@pytest.mark.parametrize(
    ("question", "field", "modality", "year"),
    [
        ("Which year had the largest single deal?", "total", None, None),
        ("Which quarter had the largest upfront deal?", "upfront", None, None),
        ("In which quarter was the largest upfront paid?", "upfront", None, None),
        ("What month had the biggest single upfront?", "upfront", None, None),
        ("Which month saw the biggest deal?", "total", None, None),
        ("Which year saw the highest upfront in one deal?", "upfront", None, None),
        ("Which month did the biggest ADC deal happen in?", "total", "ADC", None),
        ("Which quarter had the most valuable single deal in 2025?", "total", None, 2025),
    ],
)
def test_a_single_deal_superlative_names_that_deal(
    assistant: Assistant, question: str, field: str, modality: str | None, year: int | None
) -> None:
    top = _top(field, modality, year)
    answer = _ask(assistant, question)
    assert top.licensors[0] in answer.answer and _field(top.deal_id, field) in answer.answer, (question, answer.answer)


# --- 3. "which of them paid more than $X" after a listing is a filter, not "which one was bigger"


def test_which_of_them_over_a_bound_lists_every_deal_over_it(assistant: Assistant) -> None:
    answer = _ask(assistant, "Which of them paid more than $500 million upfront?", ["List Merck's deals in 2024"])
    over = [
        deal
        for deal in _DEALS.values()
        if deal.scope == "main"
        and "Merck & Co." in deal.licensees
        and str(deal.announced).startswith("2024")
        and (deal.upfront.amount or 0) > 500_000_000
    ]
    assert len(over) >= 2
    for deal in over:
        assert deal.licensors[0] in answer.answer, (deal.deal_id, answer.answer)


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("Which of these had less than $100 million upfront?", ["List AbbVie's deals"]),
        ("Which of those had higher milestones than $2 billion?", ["List Roche's deals"]),
    ],
)
def test_which_of_them_against_a_bound_is_no_ranking(assistant: Assistant, question: str, history: list[str]) -> None:
    answer = _ask(assistant, question, history)
    assert answer.tool_calls and not any(call.tool == "rank" for call in answer.tool_calls), (question, answer.answer)


def test_which_one_is_more_recent_is_not_a_ranking_by_money(assistant: Assistant) -> None:
    history = ["What did Merck pay Curon upfront?", "What did Merck pay LaNova upfront?"]
    answer = _ask(assistant, "Which one is more recent?", history)
    later = max((_DEALS["curon-merck-2024"], _DEALS["lanova-merck-2024"]), key=lambda deal: str(deal.announced))
    assert later.licensors[0] in answer.answer, answer.answer


# --- 4. "each" after a listing asks each deal's modality or contents, not its total value


@pytest.mark.parametrize(
    ("question", "history", "licensee", "year"),
    [
        ("What modality was each?", ["List Merck's deals in 2024"], "Merck & Co.", 2024),
        ("What does each deal cover?", ["List Roche's deals"], "Roche", None),
    ],
)
def test_each_after_a_listing_answers_what_was_asked(
    assistant: Assistant, question: str, history: list[str], licensee: str, year: int | None
) -> None:
    answer = _ask(assistant, question, history)
    rows = [
        deal
        for deal in _DEALS.values()
        if deal.scope == "main"
        and licensee in deal.licensees
        and (year is None or str(deal.announced).startswith(str(year)))
    ]
    for deal in rows:
        said = deal.modality if "modality" in question else deal.asset.split()[0]
        assert said in answer.answer, (question, deal.deal_id, said, answer.answer)


# --- 5. Chinese wording


def test_chinese_when_announced_keeps_its_when(assistant: Assistant) -> None:
    announced = _DEALS["zelgen-abbvie-2025"].announced  # 2026-01-01: the date the deal was disclosed
    year, month, day = (int(part) for part in str(announced).split("-"))
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]  # fmt: skip
    answer = _ask(assistant, "泽璟制药的交易是什么时候宣布的?")
    assert f"{months[month - 1]} {day}, {year}" in answer.answer, answer.answer


def test_chinese_respectively_of_one_pair_is_no_sum_over_other_deals(assistant: Assistant) -> None:
    answer = _ask(assistant, "诺华和舶望制药的两笔交易首付款分别是多少?")
    assert not any(call.tool == "aggregate" for call in answer.tool_calls), answer.answer
