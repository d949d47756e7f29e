"""One deal's several parts (outsider68/69, session 15): the real assistant over the real tables, figures and
dates from deals.csv.

* whether and when a deal closed, asked beside or after one of its figures, is the row's status and its date
  (``deal_status``): "and also did that deal actually close, and when?" had been dropped;
* a follow-up summing "those" deals after a ranking of one period sums that period's deals (``winner``);
* a list asked with the milestones shows each row's milestones, once (``list_measures``, ``multipart``);
* royalties received ("how much royalty did Akeso collect?") are refused, the rate no answer (``analyst_wording``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.dates import human_date
from assistant.routing.deal_status import asks_status
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _ROWS = {row["deal_id"]: row for row in csv.DictReader(_handle)}


def _upfront(deal_id: str) -> Decimal:
    return Decimal(_ROWS[deal_id]["upfront_usd"])


@pytest.mark.parametrize(
    ("question", "history", "deal_id"),
    [
        (
            "What did Merck pay LaNova upfront for LM-299, and also did that deal actually close, and when?",
            (),
            "lanova-merck-2024",
        ),
        ("Did that deal actually close?", ("What did Merck pay LaNova upfront for LM-299?",), "lanova-merck-2024"),
        (
            "How much upfront did Pfizer pay 3SBio for SSGJ-707, and did the deal ever actually close?",
            (),
            "3sbio-pfizer-2025",
        ),
        ("Innovent-Takeda upfront, and has that deal closed yet?", (), "innovent-takeda-2025"),
    ],
)
def test_a_closing_asked_with_a_figure_is_the_rows_status_and_date(
    assistant: Assistant, question: str, history: tuple[str, ...], deal_id: str
) -> None:
    row = _ROWS[deal_id]
    answer = _ask(assistant, question, *history)
    assert row["status"] == "closed"
    said = f"closed on {human_date(row['status_date'])} ({row['status_date']})"
    assert said in answer.answer, answer.answer
    assert any(call.args.get("metric") == "status" for call in answer.tool_calls), answer.interpretation
    if not history:  # the figure asked beside it is still given
        assert _upfront(deal_id) in _values(answer), answer.answer


def test_a_deal_with_no_closing_says_the_table_records_none(assistant: Assistant) -> None:
    row = _ROWS["hengrui-ideaya-2024"]
    answer = _ask(assistant, "Did the Hengrui IDEAYA deal close?")
    assert row["status"] == "announced" and not row["status_date"]
    assert "recorded in our table as announced; the table records no closing" in answer.answer, answer.answer


def test_an_expected_closing_or_a_money_ask_is_no_status_ask() -> None:
    assert asks_status("and when did it close?")
    assert asks_status("did the Innovent Takeda deal close?")
    assert not asks_status("When is the Innovent Takeda deal expected to close?")
    assert not asks_status("what did Merck pay upfront, and did it close?")
    assert not asks_status("how many deals closed in 2025?")


def _year_upfronts(licensee: str, year: str) -> Decimal:
    return sum(
        (
            _upfront(deal_id)
            for deal_id, row in _ROWS.items()
            if row["licensee"] == licensee and row["announced"][:4] == year and row["upfront_usd"]
        ),
        Decimal(0),
    )


@pytest.mark.parametrize(
    ("question", "history", "licensee", "year"),
    [
        (
            "and how much did it pay upfront in total across those?",
            "which buyer signed the most China deals in 2024?",
            "Merck & Co.",
            "2024",
        ),
        (
            "and what did it pay upfront across those deals?",
            "which licensee signed the most deals in 2025?",
            "AstraZeneca",
            "2025",
        ),
    ],
)
def test_a_sum_across_those_after_a_ranking_of_a_year_is_that_years(
    assistant: Assistant, question: str, history: str, licensee: str, year: str
) -> None:
    answer = _ask(assistant, question, history)
    every_year = sum(
        (_upfront(d) for d, r in _ROWS.items() if r["licensee"] == licensee and r["upfront_usd"]), Decimal(0)
    )
    values = _values(answer)
    assert _year_upfronts(licensee, year) in values and every_year not in values, answer.answer


def test_its_largest_one_after_a_ranking_of_a_year_still_ranks_every_year(assistant: Assistant) -> None:
    answer = _ask(assistant, "its largest one by upfront?", "Which licensee signed the most deals in 2025?")
    assert _upfront("cspc-astrazeneca-2026") in _values(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "deal_ids"),
    [
        (
            "Who licensed the oral Lp(a) drug to Merck in 2025, and how much could they get in milestones?",
            ["hengrui-merck-2025"],
        ),
        (
            "which deals did Merck sign in 2024 and what were their milestones?",
            ["curon-merck-2024", "lanova-merck-2024", "hansoh-merck-2024"],
        ),
    ],
)
def test_a_list_asked_with_its_milestones_shows_each_rows_milestones_once(
    assistant: Assistant, question: str, deal_ids: list[str]
) -> None:
    answer = _ask(assistant, question)
    values = _values(answer)
    for deal_id in deal_ids:
        assert Decimal(_ROWS[deal_id]["milestones_usd"]) in values, answer.answer
    assert [call.tool for call in answer.tool_calls] == ["find_deals"], answer.interpretation  # the list once


@pytest.mark.parametrize(
    "question",
    [
        "What were ivonescimab's global sales in 2025 and how much royalty did Akeso collect?",
        "How much royalty has Hansoh collected from GSK so far?",
    ],
)
def test_royalties_received_are_refused_not_answered_with_the_rate(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    assert answer.abstained and "royalty receipts" in answer.answer, answer.answer
    assert _ROWS["akeso-summit-2022"]["royalties"] not in answer.answer


def test_the_royalty_terms_asked_are_still_the_rows_band(assistant: Assistant) -> None:
    answer = _ask(assistant, "what royalties does Akeso get from Summit?")
    assert _ROWS["akeso-summit-2022"]["royalties"] in answer.answer, answer.answer
