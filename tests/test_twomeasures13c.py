"""One deal or one group asked for two measures at once (session 13, wave 3): the second measure was dropped.

Classes: one deal's total asked in a clause of its own beside another measure (``routing.total_apart``: the
deal's terms answer both); a group's two measures asked summed (``routing.measure_sums``); a payment term no
column holds asked where its money comes from, after its deal was named (``routing.payment_terms``,
``routing.term_carried``). Expected figures come from deals.csv."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from tests.conftest import DOCUMENTS

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _ROWS = {row["deal_id"]: row for row in csv.DictReader(_handle)}


def _said(value: str | Decimal) -> str:
    """$1,200,000,000 as the answers write it: "1.2 billion"; $80,000,000: "80 million"."""
    amount = Decimal(value)
    big = amount >= 10**9
    figure = (amount / Decimal(10 ** (9 if big else 6))).normalize()
    return f"{figure:f} {'billion' if big else 'million'}"


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        (
            "what did AZ pay CSPC upfront for the once-monthly obesity portfolio and whats the total deal value",
            "cspc-astrazeneca-2026",
        ),
        ("信达生物和武田那笔交易,首付款多少?总额多少?", "innovent-takeda-2025"),
        ("恒瑞医药和GSK的交易：upfront是多少，total headline value又是多少？", "hengrui-gsk-2025"),
        ("翰森和再生元那笔交易:首付款是多少?交易总额呢?", "hansoh-regeneron-2025"),
        ("荣昌生物和AbbVie的授权：upfront多少，headline total又是多少？", "remegen-abbvie-2026"),
        ("Hengrui-GSK: upfront? total?", "hengrui-gsk-2025"),
    ],
)
def test_total_asked_apart_gives_the_terms(assistant: Assistant, question: str, deal_id: str) -> None:
    row = _ROWS[deal_id]
    answer = assistant.ask(question)
    assert [call.tool for call in answer.tool_calls] == ["get_deal"]
    assert answer.tool_calls[0].args.get("metric") is None
    assert _said(row["upfront_usd"]) in answer.answer
    assert _said(row["total_usd"]) in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "what was the total upfront of the Hengrui GSK deal?",
        "Hengrui–GSK upfront: how big?",  # the size of the upfront, no total asked
        "My notes say the Hengrui GSK deal was worth about $12.5 billion - how much was upfront?",  # total stated
    ],
)
def test_one_measure_stays_one_measure(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.tool_calls[0].args.get("metric") == "upfront"
    assert _said(_ROWS["hengrui-gsk-2025"]["upfront_usd"]) in answer.answer


def test_paid_for_an_option_is_the_upfront(assistant: Assistant) -> None:
    answer = assistant.ask("How much did AbbVie pay Simcere at signing for the SIM0500 option?")
    assert [call.tool for call in answer.tool_calls] == ["get_deal"]
    assert answer.tool_calls[0].args.get("metric") == "upfront"


def _group(licensor: str, year: str) -> tuple[int, Decimal, Decimal]:
    rows = [r for r in _ROWS.values() if r["licensor"] == licensor and r["announced"].startswith(year)]
    rows = [r for r in rows if r["scope"] == "main"]
    return (
        len(rows),
        sum((Decimal(r["upfront_usd"]) for r in rows), Decimal(0)),
        sum((Decimal(r["milestones_usd"]) for r in rows), Decimal(0)),
    )


@pytest.mark.parametrize(
    ("question", "licensor", "count_asked"),
    [
        ("恒瑞医药2025年几笔对外授权,首付款加起来多少?里程碑合计又是多少?", "Jiangsu Hengrui Pharmaceuticals", True),
        ("Hengrui 2025: total upfronts and total milestones?", "Jiangsu Hengrui Pharmaceuticals", False),
        (
            "CSPC's 2025 licensing deals - combined upfronts and combined milestones?",
            "CSPC Pharmaceutical Group",
            False,
        ),
        ("翰森制药2025年的授权交易,首付款合计多少?里程碑加起来又是多少?", "Hansoh Pharmaceutical Group", False),
    ],
)
def test_group_sums_both_measures(assistant: Assistant, question: str, licensor: str, count_asked: bool) -> None:
    count, upfront, milestones = _group(licensor, "2025")
    answer = assistant.ask(question)
    ops = {(call.args.get("operation"), call.args.get("metric")) for call in answer.tool_calls}
    assert {("sum", "upfront"), ("sum", "milestones")} <= ops
    assert _said(upfront) in answer.answer and _said(milestones) in answer.answer
    if count_asked:
        assert f"{count} deals" in answer.answer


def test_average_of_two_measures_is_not_summed(assistant: Assistant) -> None:
    answer = assistant.ask("Merck's deals: average upfront and milestones?")
    assert all(call.args.get("operation") != "sum" for call in answer.tool_calls)


def test_bounding_measure_is_not_summed(assistant: Assistant) -> None:
    answer = assistant.ask("2025 deals with an upfront over $100m: how many, and total milestones?")
    assert ("sum", "upfront") not in {(c.args.get("operation"), c.args.get("metric")) for c in answer.tool_calls}


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("Pfizer-三生制药: upfront, plus how much could come from the China option?", []),
        ("3SBio–Pfizer upfront, and how much is on offer under the China option?", []),
        ("how much could come from the China option?", ["what did Pfizer pay 3SBio upfront?"]),
    ],
)
def test_option_money_from_the_deals_article(assistant: Assistant, question: str, history: list[str]) -> None:
    earlier = [Turn(question=q, answer=assistant.ask(q)) for q in history]
    answer = assistant.ask(question, earlier)
    assert "150 million" in answer.answer  # notes: "Plus up to $150M China option payments"; the article's words
    if not history:
        assert _said(_ROWS["3sbio-pfizer-2025"]["upfront_usd"]) in answer.answer


def test_option_after_a_deal_without_one_is_left_alone(assistant: Assistant) -> None:
    assert "option" not in _ROWS["hengrui-merck-2025"]["notes"].lower()
    earlier = [Turn(question="what did Merck pay Hengrui upfront?")]
    plan = assistant._snapshot.router.route("how much could come from the China option?", earlier)
    assert "Merck & Co." not in plan.companies and "Merck & Co." not in plan.standalone_question
