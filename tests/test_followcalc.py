"""Follow-ups that compute on the answer before (seventeenth session, followcalc): expected deals come from deals.csv
and companies.csv.

* A money bound the answer says back but the question now asked does not state ("how many of those had an american
  buyer" after "$100M or more"; a bare "how many were above 100m") is among the answer's figures as the bound asked,
  a filter and not a result; a bound the question states in dollars adds no such figure.
* "how many exceeded 400m" after an average counts the averaged set by the averaged measure (had counted every deal
  by total value).
* "everyone, not just merck", "across every buyer, not only astrazeneca", "all buyers rather than only roche" drop
  the company asked about before (had kept it), and stay in our table.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import Money, render_money
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)
_MAIN = [d for d in _TABLES.deals if d.scope == "main"]
_COUNTRY = {c.name: c.country for c in _TABLES.companies}
_M = Decimal(10) ** 6


def _ask(assistant: Assistant, *questions: str) -> Answer:
    history: list[Turn] = []
    for question in questions[:-1]:
        history.append(Turn(question=question, answer=assistant.ask(question, history)))
    return assistant.ask(questions[-1], history)


def _upfront(deal: Deal) -> Decimal | None:
    return deal.upfront.amount


def _count(keep: Any) -> int:
    return sum(1 for d in _MAIN if keep(d))


def _counted(answer: Answer) -> Decimal | None:
    return next((f.value for f in answer.figures if f.unit == "count"), None)


@pytest.mark.parametrize(
    ("questions", "bound", "keep"),
    [
        (
            ("which 2024 deals had an upfront of $100M or more", "how many of those had an american buyer"),
            100 * _M,
            lambda d: (
                d.year == 2024 and (_upfront(d) or 0) >= 100 * _M and any(_COUNTRY.get(n) == "US" for n in d.licensees)
            ),
        ),
        (
            ("average upfront of Hengrui's deals?", "how many were above 100m"),
            100 * _M,
            lambda d: "Jiangsu Hengrui Pharmaceuticals" in d.licensors and (_upfront(d) or 0) > 100 * _M,
        ),
        (
            ("mean upfront for 2025 deals?", "how many exceeded 400m"),
            400 * _M,
            lambda d: d.year == 2025 and (_upfront(d) or 0) > 400 * _M,
        ),
    ],
)
def test_a_bound_carried_or_bare_is_the_bound_asked(
    assistant: Assistant, questions: tuple[str, ...], bound: Decimal, keep: Any
) -> None:
    answer = _ask(assistant, *questions)
    assert _counted(answer) == _count(keep), answer.answer
    asked = [f for f in answer.figures if f.value == bound and f.unit == "USD"]
    assert len(asked) == 1 and "bound asked" in asked[0].label and not asked[0].citations, answer.figures


def test_a_bound_said_in_dollars_adds_no_figure(assistant: Assistant) -> None:
    answer = _ask(assistant, "how many 2024 deals had an upfront of at least $100 million?")
    assert _counted(answer) == _count(lambda d: d.year == 2024 and (_upfront(d) or 0) >= 100 * _M)
    assert not [f for f in answer.figures if "bound asked" in f.label]


@pytest.mark.parametrize(
    ("questions", "year"),
    [
        (
            (
                "how many deals has MSD done with chinese biotechs in your table",
                "how many deals in total were in your table for 2024, everyone not just merck",
            ),
            2024,
        ),
        (
            (
                "how many chinese deals did AstraZeneca sign in 2025?",
                "and across every buyer, not only astrazeneca, how many 2025 deals does the table hold?",
            ),
            2025,
        ),
        (("number of Roche deals in 2025", "what about all buyers rather than only roche, 2025 count?"), 2025),
        (("how many 2024 deals, not just Merck's?",), 2024),
    ],
)
def test_everyone_not_just_one_company_counts_every_deal(
    assistant: Assistant, questions: tuple[str, ...], year: int
) -> None:
    answer = _ask(assistant, *questions)
    assert _counted(answer) == _count(lambda d: d.year == year), answer.answer
    assert "licensee" not in answer.answer.split(";")[0], answer.answer


def test_a_sum_widened_to_everyone_keeps_its_measure_and_year(assistant: Assistant) -> None:
    answer = _ask(assistant, "Merck's upfront total for 2024", "and summed over everyone, not just merck?")
    total = sum((_upfront(d) or Decimal(0)) for d in _MAIN if d.year == 2024)
    assert total in {f.value for f in answer.figures}, answer.answer
    assert "Merck" not in answer.answer.split(":")[0], answer.answer


def test_everyone_but_one_is_no_widening(assistant: Assistant) -> None:
    """ "not just" lifts a limit; "excluding" sets one: Merck's deals are left out, not the filter dropped."""
    answer = _ask(assistant, "how many 2024 deals excluding Merck's?")
    merck = _count(lambda d: d.year == 2024 and "Merck & Co." in d.licensees)
    assert _counted(answer) == _count(lambda d: d.year == 2024) - merck, answer.answer


def _mean(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


_TABLE = [d for d in _TABLES.deals if d.scope in ("main", "context")]  # the table's default scopes


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (
            ("median upfront FY24?", "ex-Curon, mean?"),
            _mean(
                [
                    d.upfront.amount
                    for d in _TABLE
                    if d.year == 2024 and d.upfront.amount is not None and "Curon Biopharmaceutical" not in d.licensors
                ]
            ),
        ),
        (
            ("sum of Merck's upfronts to chinese licensors?", "and the mean without Curon?"),
            _mean(
                [
                    d.upfront.amount
                    for d in _TABLE
                    if "Merck & Co." in d.licensees
                    and d.upfront.amount is not None
                    and "Curon Biopharmaceutical" not in d.licensors
                ]
            ),
        ),
    ],
)
def test_the_set_before_without_one_company(
    assistant: Assistant, questions: tuple[str, ...], expected: Decimal
) -> None:
    answer = _ask(assistant, *questions)
    values = [f.value for f in answer.figures if f.unit == "USD" and f.value is not None]
    assert any(abs(v - expected) <= Decimal("0.005") * expected for v in values), answer.answer
    assert "no deal of Curon" in answer.answer, answer.answer


def test_ex_after_one_deal_is_not_a_set(assistant: Assistant) -> None:
    """After one deal's figure there is no set to leave Curon out of: no average over other deals is made up."""
    answer = _ask(assistant, "what did Merck pay Curon upfront?", "ex-Curon, mean?")
    assert "average" not in answer.answer, answer.answer


def _deal(deal_id: str) -> Deal:
    return next(d for d in _TABLES.deals if d.deal_id == deal_id)


@pytest.mark.parametrize(
    ("questions", "left", "right", "measure"),
    [
        (
            ("upfront novo paid united labs for UBT251?", "vs the regeneron-hansoh upfront? difference"),
            "unitedlab-novonordisk-2025",
            "hansoh-regeneron-2025",
            "upfront",
        ),
        (
            ("what did Pfizer pay 3SBio upfront?", "and versus Takeda-Innovent?"),
            "3sbio-pfizer-2025",
            "innovent-takeda-2025",
            "upfront",
        ),
        (
            ("total deal value of the GSK Hengrui deal?", "difference vs HRS-9531?"),
            "hengrui-gsk-2025",
            "hengrui-kailera-2024",
            "total",
        ),
    ],
)
def test_versus_another_deal_compares_with_the_deal_before(
    assistant: Assistant, questions: tuple[str, ...], left: str, right: str, measure: str
) -> None:
    answer = _ask(assistant, *questions)
    a, b = _deal(left).figure(measure).amount, _deal(right).figure(measure).amount  # type: ignore[arg-type]
    assert a is not None and b is not None
    assert [c.tool for c in answer.tool_calls] == ["compare"], answer.tool_calls
    assert f"{render_money(Money(amount=abs(a - b)))} more" in answer.answer, answer.answer


def test_versus_the_same_deal_is_no_comparison(assistant: Assistant) -> None:
    answer = _ask(assistant, "what did Pfizer pay 3SBio upfront?", "vs the Pfizer-3SBio one?")
    assert "compare" not in [c.tool for c in answer.tool_calls]
    assert "$1.25 billion upfront" in answer.answer, answer.answer  # the one deal's terms again
