"""Multi-part asks where one part was dropped or answered from the wrong source (outsider48-51).

A count and a sum of our deals in one question: "How many deals has CSPC done with AstraZeneca and what do the
upfronts add up to?" had answered the count and, for the sum, a tracker's market upfront total (or nothing); the
sum is over the deals counted, in our table, and both figures are stated."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import render_amount
from assistant.routing.decompose import split_parts
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _rows(keep: Callable[[Deal], bool]) -> list[Deal]:
    return [d for d in _TABLES.deals if d.scope == "main" and keep(d)]


def _sum(rows: list[Deal], field: str) -> Decimal:
    return sum((getattr(d, field).amount for d in rows if getattr(d, field).amount is not None), Decimal(0))


def _hengrui_2025(d: Deal) -> bool:
    return "Jiangsu Hengrui Pharmaceuticals" in d.licensors and d.year == 2025


def _cspc_az(d: Deal) -> bool:
    return "CSPC Pharmaceutical Group" in d.licensors and "AstraZeneca" in d.licensees


def _of_2024(d: Deal) -> bool:
    return d.year == 2024


def _roche_2025(d: Deal) -> bool:
    return "Roche" in d.licensees and d.year == 2025


def _innovent(d: Deal) -> bool:
    return "Innovent Biologics" in d.licensors


# --- count_and_sum.py: a count and a sum of the same deals, each answered from our table
@pytest.mark.parametrize(
    ("question", "keep", "field"),
    [
        # a bare "what did the upfronts add up to" after "how many … deals": over the deals counted, not a tracker's
        (
            "How many out-licensing deals did 恒瑞医药 sign in 2025, and what did the upfronts add up to?",
            _hengrui_2025,
            "upfront",
        ),
        ("How many deals has CSPC done with AstraZeneca and what do the upfronts add up to?", _cspc_az, "upfront"),
        # a bare period: a sum of upfronts is ours, so the count is our table's too (not a tracker's 94 deals)
        ("how many deals were struck in 2024 and what did the upfronts total?", _of_2024, "upfront"),
        # "their combined headline value", "the total 首付款 across them": the join's article and a Chinese measure
        ("Innovent — number of deals and their combined headline value?", _innovent, "total"),
        ("How many deals in 2024 in the table, and the total 首付款 across them?", _of_2024, "upfront"),
        # the sum first, the count said last with what it spans ("…in total, and over how many deals?")
        (
            "How much upfront did Roche pay Chinese companies in 2025 in total, and over how many deals?",
            _roche_2025,
            "upfront",
        ),
    ],
)
def test_a_count_and_a_sum_are_both_answered_over_our_rows(
    assistant: Assistant, question: str, keep: Callable[[Deal], bool], field: str
) -> None:
    rows = _rows(keep)
    answer = assistant.ask(question)
    assert sorted(c.args.get("operation") for c in answer.tool_calls) == ["count", "sum"], answer.tool_calls
    assert {c.tool for c in answer.tool_calls} == {"aggregate"}, answer.tool_calls
    assert f"{len(rows)} deals" in answer.answer, answer.answer
    assert render_amount(_sum(rows, field)) in answer.answer, answer.answer


def test_a_clause_sum_between_a_count_and_a_ranking_is_kept(assistant: Assistant) -> None:
    """ "For 2024: how many deals …, how much upfront cash did they carry in total, and which buyer spent the most
    upfront?" had lost its middle part (and asked it of a tracker): three answers, the sum over our 2024 rows."""
    rows = _rows(_of_2024)
    answer = assistant.ask(
        "For 2024: how many deals are in your table, how much upfront cash did they carry in total, "
        "and which buyer spent the most upfront?"
    )
    assert [c.tool for c in answer.tool_calls] == ["aggregate", "aggregate", "rank"], answer.tool_calls
    assert f"{len(rows)} deals" in answer.answer and render_amount(_sum(rows, "upfront")) in answer.answer
    assert "Merck & Co." in answer.answer


def test_a_bare_sum_without_a_count_before_it_is_left_alone() -> None:
    """Only a sum after a count is given the count's deals; a sum alone is one question."""
    assert len(split_parts("What did the upfronts add up to?")) == 1


# --- elided_asks.py: two deals of one company in one ask, each deal's figure answered
def _one(licensor: str, licensee: str) -> Deal:
    (deal,) = [d for d in _TABLES.deals if licensor in d.licensors and licensee in d.licensees]
    return deal


@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        # the measure said again before the second company: read whole, only the first had been asked
        (
            "Hansoh: upfront from Regeneron and upfront from Roche?",
            [("Hansoh Pharmaceutical Group", "Regeneron"), ("Hansoh Pharmaceutical Group", "Roche")],
        ),
        (
            "Innovent: upfront from Takeda and upfront from Eli Lilly?",
            [("Innovent Biologics", "Takeda"), ("Innovent Biologics", "Eli Lilly")],
        ),
        # "and how much to B" keeps the payer the first ask named (Harbour BioMed alone had been asked back)
        (
            "百时美施贵宝 paid how much upfront to 百利天恒 and how much to Harbour BioMed?",
            [("SystImmune", "Bristol Myers Squibb"), ("Harbour BioMed", "Bristol Myers Squibb")],
        ),
        (
            "What did Merck pay Curon upfront, and how much to LaNova?",
            [("Curon Biopharmaceutical", "Merck & Co."), ("LaNova Medicines", "Merck & Co.")],
        ),
    ],
)
def test_two_deals_of_one_company_are_both_answered(
    assistant: Assistant, question: str, pairs: list[tuple[str, str]]
) -> None:
    answer = assistant.ask(question)
    for licensor, licensee in pairs:
        deal = _one(licensor, licensee)
        assert deal.upfront.amount is not None
        assert render_amount(deal.upfront.amount) in answer.answer, answer.answer
        assert any(
            c.args.get("licensor") == licensor and c.args.get("licensee") == licensee for c in answer.tool_calls
        ), answer.tool_calls


def test_a_bare_how_much_names_the_first_payer() -> None:
    assert split_parts("What did AstraZeneca pay Harbour BioMed upfront, and how much to CSPC?") == [
        "What did AstraZeneca pay Harbour BioMed upfront?",
        "What did AstraZeneca pay CSPC upfront?",
    ]


# --- analyst_wording.ADD_UP_DEALS_RE: "across all 2025 deals" sums our rows, as "across all the 2025 deals" did
@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Total upfront money paid across all 2025 deals?", 2025),
        ("What did the upfronts come to over all 2024 deals?", 2024),
    ],
)
def test_a_sum_across_all_of_a_years_deals_is_ours(assistant: Assistant, question: str, year: int) -> None:
    """It had been read as a tracker's market upfront total, refused where no tracker reported one for 2025."""
    rows = [d for d in _TABLES.deals if d.year == year and d.scope != "borderline"]
    answer = assistant.ask(question)
    assert not answer.abstained and [c.tool for c in answer.tool_calls] == ["aggregate"], answer.tool_calls
    assert render_amount(_sum(rows, "upfront")) in answer.answer, answer.answer
