"""Twelfth-session money filters (outsider48-51's classes, probed with our own wordings): a bound said of
the equity bounds the equity, not the total ("an equity investment of at least $100 million" had listed
every deal with equity, bounded on its total); a band whose measure is said once after it ("more than
$150m but less than $500m upfront") is one band on that measure (it had been a total over $150m and an
upfront under $500m); the upfront as a share of the deal's own total is a filter ("an upfront below 3% of
the headline value" had gone to the articles). Expected deals come from deals.csv."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from tests.conftest import DOCUMENTS

_DEALS = [d for d in load_tables(DOCUMENTS).deals if d.scope != "borderline"]  # main and context
_M = Decimal(10) ** 6


def _with(measure: str, keep: Callable[[Decimal], bool]) -> list[Deal]:
    return [d for d in _DEALS if (amount := d.figure(measure).amount) is not None and keep(amount)]  # type: ignore[arg-type]


def _share(keep: Callable[[Decimal], bool]) -> list[Deal]:
    both = [d for d in _DEALS if d.upfront.amount is not None and d.total.amount]
    return [d for d in both if keep(d.upfront.amount / d.total.amount)]  # type: ignore[operator]


def _lists(assistant: Assistant, question: str, expected: list[Deal], named: bool = True) -> str:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert [c.tool for c in answer.tool_calls] in (["find_deals"], ["aggregate"]), answer.tool_calls
    assert f"Our table holds {len(expected)} deal" in answer.answer, (len(expected), answer.answer)
    for deal in expected if named else []:
        assert deal.licensors[0] in answer.answer, (deal.deal_id, answer.answer)
    return answer.answer


@pytest.mark.parametrize(
    ("question", "keep"),
    [
        ("Which deals included an equity investment of at least $100 million?", lambda a: a >= 100 * _M),
        ("which partners put more than $50 million of equity into the deal", lambda a: a > 50 * _M),
        ("deals where the buyer also took an equity stake bigger than $90M", lambda a: a > 90 * _M),
        ("Which licensees took an equity stake under $90 million?", lambda a: a < 90 * _M),
    ],
)
def test_an_equity_bound_bounds_the_equity(
    assistant: Assistant, question: str, keep: Callable[[Decimal], bool]
) -> None:
    expected = _with("equity", keep)
    assert 0 < len(expected) < len(_with("equity", lambda a: True))  # the bound leaves some equity deals out
    said = _lists(assistant, question, expected)
    assert "equity investment of" in said and "a total of" not in said, said
    for deal in expected:  # each listed with the equity it was kept for
        assert f"equity ${deal.equity.amount / _M:g} million" in said, (deal.deal_id, said)


def test_an_equity_bound_and_a_total_bound_stay_apart(assistant: Assistant) -> None:
    expected = [d for d in _with("equity", lambda a: a > 50 * _M) if (d.total.amount or 0) > 5000 * _M]
    said = _lists(assistant, "deals with an equity stake above $50 million and a total over $5 billion", expected)
    assert len(expected) == 2 and "Harbour" not in said, said


@pytest.mark.parametrize(
    ("question", "measure", "low", "high"),
    [
        ("Any deals with more than $150m but less than $500m upfront?", "upfront", 150, 500),
        ("deals paying over $100 million but under $200 million up front", "upfront", 100, 200),
        ("Deals with more than $2bn and less than $3bn in milestones", "milestones", 2000, 3000),
        ("deals with more than $3bn but under $5bn headline value", "total", 3000, 5000),
    ],
)
def test_a_band_said_before_its_measure_is_one_band(
    assistant: Assistant, question: str, measure: str, low: int, high: int
) -> None:
    expected = _with(measure, lambda a: low * _M < a < high * _M)
    _lists(assistant, question, expected)


def test_two_bounds_that_leave_no_band_stay_on_their_measures(assistant: Assistant) -> None:
    """'worth more than $1bn but less than $50m upfront': no band (1bn > 50m): a total and an upfront bound."""
    expected = [d for d in _with("total", lambda a: a > 1000 * _M) if (d.upfront.amount or 10**12) < 50 * _M]
    _lists(assistant, "deals worth more than $1bn but less than $50m upfront", expected)


@pytest.mark.parametrize(
    ("question", "keep"),
    [
        ("Which deals had an upfront below 3% of the headline value?", lambda s: s < Decimal("0.03")),
        ("Which deals paid less than 2% of their total value upfront?", lambda s: s < Decimal("0.02")),
        ("deals where the upfront was at least 20% of the headline total", lambda s: s >= Decimal("0.2")),
        ("how many deals had an upfront under 5% of total deal value?", lambda s: s < Decimal("0.05")),
    ],
)
def test_the_upfront_as_a_share_of_its_total_is_a_filter(
    assistant: Assistant, question: str, keep: Callable[[Decimal], bool]
) -> None:
    expected = _share(keep)
    said = _lists(assistant, question, expected, named="how many" not in question)  # a count names none
    assert "of the total (both disclosed)" in said, said


def test_equity_said_of_deals_bounded_by_their_total_stays_a_sum(assistant: Assistant) -> None:
    """'how much equity was invested in deals over $1bn?': the bound is on the deals (their total), the
    equity is what is summed; it is no equity bound (no deal has $1bn of equity)."""
    answer = assistant.ask("how much equity was invested in deals over $1bn?")
    assert [c.tool for c in answer.tool_calls] == ["aggregate"], answer.tool_calls
    assert Decimal(answer.tool_calls[0].args["filter"]["min_total_usd"]) == 10**9, answer.tool_calls
    summed = sum(d.equity.amount for d in _with("equity", lambda a: True) if (d.total.amount or 0) > 10**9)
    assert f"${summed / _M:g} million" in answer.answer, (summed, answer.answer)
