"""False premises, second pass (outsider67's residuals), each class with wordings other than the outsider and
phrasing files', and a true premise of each answered plainly. The deals are found in deals.csv, never written here."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.count_claims import stated_count
from tests.conftest import DOCUMENTS

_DEALS = load_tables(DOCUMENTS).deals


def _pair(licensor: str, licensee: str, year: int | None = None) -> Deal:
    held = [
        deal
        for deal in _DEALS
        if any(licensor in n for n in deal.licensors)
        and any(licensee in n for n in deal.licensees)
        and year in (None, deal.year)
    ]
    assert len(held) == 1, held
    return held[0]


# --- 1. a payment asked the wrong way round: the figure, and who paid whom
@pytest.mark.parametrize(
    ("question", "licensor", "licensee", "year"),
    [
        ("Upfront-wise, what did Argo hand Novartis for the siRNA pair in January 2024?", "Argo", "Novartis", 2024),
        ("How much did Akeso pay Summit up front for ivonescimab?", "Akeso", "Summit", None),
        # money handed over for the rights is a payment, rights said or not
        (
            "In January 2024, how much did Argo hand over to Novartis upfront for the siRNA rights?",
            "Argo",
            "Novartis",
            2024,
        ),
    ],
)
def test_a_payment_the_wrong_way_round_says_who_paid(
    assistant: Assistant, question: str, licensor: str, licensee: str, year: int | None
) -> None:
    deal = _pair(licensor, licensee, year)
    answer = assistant.ask(question)
    assert not answer.abstained and answer.route == "table"
    assert f"The direction is reversed: {deal.licensees[0]} paid {deal.licensors[0]}" in answer.answer
    assert [f.value for f in answer.figures][:1] == [deal.upfront.amount]


@pytest.mark.parametrize(
    ("question", "licensor", "licensee"),
    [
        ("What did Summit hand Akeso up front for ivonescimab?", "Akeso", "Summit"),
        # the licensor first, but giving the rights, paid (passive) or licensing to: the right way round
        ("What rights did Hengrui give GSK, and for how much upfront?", "Hengrui", "GSK"),
        ("How much did Akeso get paid by Summit upfront?", "Akeso", "Summit"),
        ("Was Hengrui paid $500 million by GSK?", "Hengrui", "GSK"),
        ("What did Hengrui license to GSK, and for how much upfront?", "Hengrui", "GSK"),
        ("How much did Hengrui sell GSK the rights for upfront?", "Hengrui", "GSK"),
    ],
)
def test_a_payment_the_right_way_round_has_no_note(
    assistant: Assistant, question: str, licensor: str, licensee: str
) -> None:
    deal = _pair(licensor, licensee)
    answer = assistant.ask(question)
    assert "reversed" not in answer.answer and [f.value for f in answer.figures][:1] == [deal.upfront.amount]


# --- 2. a total asked of a pair's deal with a year it lacks (read as a sum): the year corrected, the total given.
# Read as one deal's look-up ("Total value of Curon's 2023 licence to Merck?") it is still refused (event_years).
@pytest.mark.parametrize(
    ("question", "licensor", "licensee"),
    [
        ("Curon's 2023 bispecific deal with Merck - what was it worth in total?", "Curon", "Merck"),
        ("Akeso's 2021 ivonescimab deal with Summit, what was it worth in total?", "Akeso", "Summit"),
    ],
)
def test_a_total_with_a_wrong_year_is_the_pair_deal(
    assistant: Assistant, question: str, licensor: str, licensee: str
) -> None:
    deal = _pair(licensor, licensee)
    answer = assistant.ask(question)
    assert not answer.abstained and answer.route == "table"
    assert "The year asked is not the deal's" in answer.answer and deal.announced in answer.answer
    assert deal.total.amount in [f.value for f in answer.figures]


def test_a_total_with_the_right_year_is_not_corrected(assistant: Assistant) -> None:
    deal = _pair("Curon", "Merck")
    answer = assistant.ask(f"Curon's {deal.year} bispecific deal with Merck - what was it worth in total?")
    assert "not the deal's" not in answer.answer and deal.total.amount in [f.value for f in answer.figures]


# --- 3. a count claimed with "only"/"just" or under a tag: the table's count and the deals counted
@pytest.mark.parametrize(
    ("question", "buyer", "year"),
    [
        ("AstraZeneca just did one deal with a Chinese biotech in 2025, didn't it?", "AstraZeneca", 2025),
        ("Roche only signed one China licensing deal in 2024, right?", "Roche", 2024),
    ],
)
def test_a_claimed_count_is_counted(assistant: Assistant, question: str, buyer: str, year: int) -> None:
    held = [d for d in _DEALS if buyer in d.licensees and d.year == year and d.scope in ("main", "context")]
    answer = assistant.ask(question)
    assert not answer.abstained and answer.route == "table"
    assert [f.value for f in answer.figures][:1] == [len(held)]
    assert all(deal.licensors[0].split()[0] in answer.answer for deal in held)


@pytest.mark.parametrize(
    "question",
    ["Which Merck partners did just one deal with it?", "Which Chinese company did just one deal with Merck?"],
)
def test_a_which_question_with_just_one_is_no_count_claim(assistant: Assistant, question: str) -> None:
    # it asks which partners did one deal each (Hengrui, Hansoh, LaNova, Curon; Kelun did two), not a count
    assert not stated_count(question)
    answer = assistant.ask(question)
    merck = [d for d in _DEALS if "Merck & Co." in d.licensees and d.scope in ("main", "context")]
    assert f"holds {len(merck)} deals" not in answer.answer
    assert not any(call.args.get("operation") == "count" for call in answer.tool_calls)
