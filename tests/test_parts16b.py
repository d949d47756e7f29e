"""Multi-part asks that dropped a part (parts16b): the ranked winner's other measure, a count with the sum over the
same span, two deals of one company with a measure each, each deal's figure and another summed, and the cash part
of an upfront. Expected figures and names are read from deals.csv and the articles, not written by hand."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import render_amount
from assistant.routing.count_and_sum import count_and_sum_parts
from assistant.routing.winner_parts import winner_parts
from tests.conftest import DOCUMENTS, article_sentence, conversation, says

_TABLES = load_tables(DOCUMENTS)
_DEALS = {deal.deal_id: deal for deal in _TABLES.deals}


_ask = conversation  # a follow-up asked after the turns before it


def _amount(deal_id: str, field: str) -> str:
    amount = _DEALS[deal_id].figure(field).amount  # type: ignore[arg-type]
    assert amount is not None
    return render_amount(amount)


def _top(year: str, field: str) -> Deal:
    deals = [d for d in _TABLES.deals if d.announced.startswith(year) and d.scope == "main"]
    return max((d for d in deals if d.figure(field).amount is not None), key=lambda d: d.figure(field).amount)  # type: ignore[arg-type, return-value]


# --- A: the one deal a ranking picks, then another measure of it


@pytest.mark.parametrize(
    ("question", "year", "ranked", "asked"),
    [
        (
            "Biggest upfront paid to a Chinese licensor in 2024 — who paid it to whom, and what milestones came on top?",
            "2024",
            "upfront",
            "milestones",
        ),
        ("Top upfront of 2025: who got it, and how big were the milestones?", "2025", "upfront", "milestones"),
        (
            "Biggest milestone package of 2025 - whose deal was it, and how much was paid upfront?",
            "2025",
            "milestones",
            "upfront",
        ),
    ],
)
def test_winner_then_its_other_measure(assistant: Assistant, question: str, year: str, ranked: str, asked: str) -> None:
    winner = _top(year, ranked)
    answer = _ask(assistant, question)
    assert _amount(winner.deal_id, ranked) in answer
    assert _amount(winner.deal_id, asked) in answer
    assert "The largest milestone payments" not in answer or ranked == "milestones"  # no second ranking


def test_winner_parts_leaves_own_reach_alone() -> None:
    parts = ["What was the largest deal of 2024", "What were the total milestones across 2024 deals"]
    assert winner_parts(parts) == parts
    assert winner_parts(["Top 5 upfronts of 2025", "what milestones"]) == ["Top 5 upfronts of 2025", "what milestones"]
    assert winner_parts(["Biggest upfront of 2024 - who paid it", "what milestones came on top"])[1] == (
        "What were its milestones"
    )


# --- B: a count and a sum over one span


def test_count_and_sum_keep_the_span() -> None:
    parts = count_and_sum_parts("Roche: number of deals with Chinese licensors since 2024 and the combined upfront")
    assert parts[1].endswith("since 2024")
    assert len(count_and_sum_parts("CSPC x AZ: how many deals, upf combined")) == 2


def test_roche_count_and_upfront_since_2024(assistant: Assistant) -> None:
    deals = [d for d in _TABLES.deals if "Roche" in d.licensees and d.announced >= "2024"]
    total = sum(d.upfront.amount or 0 for d in deals)
    answer = _ask(assistant, "Roche: number of deals with Chinese licensors since 2024 and the combined upfront?")
    assert f"{len(deals)} deals" in answer
    assert render_amount(total) in answer


def test_pair_count_and_upf_combined(assistant: Assistant) -> None:
    deals = [d for d in _TABLES.deals if "CSPC Pharmaceutical Group" in d.licensors and "AstraZeneca" in d.licensees]
    answer = _ask(assistant, "CSPC x AZ: how many deals, upf combined?")
    assert render_amount(sum(d.upfront.amount or 0 for d in deals)) in answer


# --- C: two deals of one company, a different measure beside each


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "Mabwell: upfront from Calico, and headline on the Kalexo siRNA deal?",
            ("mabwell-calico-2025", "upfront"),
            ("mabwell-kalexo-2025", "total"),
        ),
        (
            "Hansoh: upfront from Regeneron, milestones from Roche?",
            ("hansoh-regeneron-2025", "upfront"),
            ("hansoh-roche-2025", "milestones"),
        ),
        (
            "石药 2025 年和 AstraZeneca、Madrigal 两单的里程碑分别是多少",
            ("cspc-astrazeneca-2025", "milestones"),
            ("cspc-madrigal-2025", "milestones"),
        ),
    ],
)
def test_each_deal_its_own_measure(
    assistant: Assistant, question: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    answer = _ask(assistant, question)
    assert _amount(*first) in answer
    assert _amount(*second) in answer


def test_both_measures_of_both_deals_left_whole(assistant: Assistant) -> None:
    from assistant.routing.decompose import split_parts

    router = assistant.snapshot.router
    question = "Mabwell: upfront and headline of the Calico and Kalexo deals?"
    assert "What was the upfront of the Mabwell–Calico Life Sciences deal?" not in split_parts(
        question, router.company_spans
    )


# --- D: each deal's figure, and another measure combined


def test_each_upfront_and_combined_headline(assistant: Assistant) -> None:
    ids = ("hansoh-gsk-2023-10", "hansoh-gsk-2023-12")
    answer = _ask(assistant, "The two Hansoh–GSK ADC deals in 2023: each upfront, and the combined headline value?")
    for deal_id in ids:
        assert _amount(deal_id, "upfront") in answer
    total = sum(_DEALS[deal_id].total.amount or 0 for deal_id in ids)
    assert render_amount(total) in answer


# --- E: the cash part of an upfront, in the article's words


def test_cash_part_of_the_upfront_quoted(assistant: Assistant) -> None:
    answer = _ask(assistant, "What did Vor Bio pay 荣昌生物 upfront?", "how much of that was actual cash?")
    assert says(answer, article_sentence("deal-remegen-vor-2025", r"in cash"))
    assert "warrants" in answer


def test_cash_split_not_said_is_not_invented(assistant: Assistant) -> None:
    answer = _ask(assistant, "How much of Windward Bio's upfront to Kelun was cash?")
    assert "not disclosed" in answer
    assert "In the article's words" not in answer
