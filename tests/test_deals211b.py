"""Second-wave deal classes (outsider44-47): a sum asked after a list ("what do they add up to?",
"what's that all together?") sums the listed deals' measure, the one the list was bounded on, never a
tracker's market total. Expected figures come from deals.csv (main and context rows)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)
_ANY = [d for d in _TABLES.deals if d.scope != "borderline"]


def _money(amount: Decimal) -> str:
    """How the answer writes a sum: "$3.885 billion", "$265 million"."""
    if amount >= 1_000_000_000:
        return f"${amount / 1_000_000_000:.3f}".rstrip("0").rstrip(".") + " billion"
    return f"${amount / 1_000_000:.0f} million"


def _sum(metric: str, keep: Callable[[Decimal], bool]) -> Decimal:
    amounts = [d.figure(metric).amount for d in _ANY]
    return sum((a for a in amounts if a is not None and keep(a)), Decimal(0))


def _after(assistant: Assistant, first: str, question: str) -> str:
    before = assistant.ask(first)
    return assistant.ask(question, [Turn(question=first, answer=before)]).answer


# -- A sum after a list sums the listed deals ----------------------------------------------------
@pytest.mark.parametrize(
    ("first", "question", "metric", "keep"),
    [
        ("Which deals had total value under $1bn?", "what do they add up to?", "total", lambda a: a < 10**9),
        ("Which deals had total value under $1bn?", "what's that all together?", "total", lambda a: a < 10**9),
        (
            "list the deals with more than $500m paid upfront",
            "what do they come to in total?",
            "upfront",
            lambda a: a > 5 * 10**8,
        ),
        ("Which deals paid at least $1bn upfront?", "how much do they make combined?", "upfront", lambda a: a >= 10**9),
    ],
)
def test_a_sum_after_a_list_sums_its_deals(
    assistant: Assistant, first: str, question: str, metric: str, keep: Callable[[Decimal], bool]
) -> None:
    answer = _after(assistant, first, question)
    assert _money(_sum(metric, keep)) in answer
    assert "tracker" not in answer and "$135.7 billion" not in answer


# -- A type or area said of one deal narrows that side only ----------------------------------------
@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("cspc-AZ obesity deal total is how many times the 3sbio-pfizer one?", "3.06 times"),
        ("what multiple of the 3sbio-pfizer headline value is the cspc-astrazeneca obesity deal's?", "$6.05 billion"),
    ],
)
def test_an_area_said_of_one_deal_narrows_that_side_only(assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question).answer
    assert "$18.5 billion" in answer and said in answer
    assert "holds no deal" not in answer


# -- Growth measures the later deal against the earlier --------------------------------------------
@pytest.mark.parametrize(
    ("question", "percent"),
    [
        (
            "By what percentage did the upfront CSPC received from AstraZeneca grow between their October 2024 "
            "Lp(a) deal and the January 2026 obesity deal?",
            "1,100.0% more",
        ),
        ("percent change in the upfront AZ paid CSPC, from the 2024 deal to the 2026 one?", "1,100.0% more"),
    ],
)
def test_growth_puts_the_later_deal_first(assistant: Assistant, question: str, percent: str) -> None:
    answer = assistant.ask(question).answer
    assert percent in answer and "less" not in answer


# -- "across all the 2024 deals": a sum over our rows, not a tracker's total -------------------------
@pytest.mark.parametrize(
    ("question", "metric", "year"),
    [
        ("total upfront across all the 2024 deals?", "upfront", 2024),
        ("what's the upfront total across all the 2025 deals?", "upfront", 2025),
        ("headline value across every deal announced in 2024, in total?", "total", 2024),
    ],
)
def test_a_sum_across_the_deals_is_over_our_rows(assistant: Assistant, question: str, metric: str, year: int) -> None:
    answer = assistant.ask(question).answer
    amounts = [d.figure(metric).amount for d in _ANY if d.year == year]
    assert _money(sum((a for a in amounts if a is not None), Decimal(0))) in answer
    assert "tracker reported" not in answer


# -- A later part naming one side of "X Y deal:" is about that deal -----------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "和铂医药 AZ deal: upfront, and what stake did AZ take for how much?",
        "harbour biomed astrazeneca deal: upfront, and how much equity did AZ take?",
    ],
)
def test_a_later_part_naming_one_side_keeps_the_deal(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question).answer
    assert "$175 million" in answer and "$105 million" in answer and "9.15%" in answer
    assert "which one" not in answer


# -- "upfront income" is the upfront the licensor received -------------------------------------------
def test_upfront_income_is_the_upfront(assistant: Assistant) -> None:
    answer = assistant.ask("what was Hansoh's upfront income in 2025?").answer
    amounts = [
        d.figure("upfront").amount for d in _ANY if d.year == 2025 and "Hansoh Pharmaceutical Group" in d.licensors
    ]
    assert _money(sum((a for a in amounts if a is not None), Decimal(0))) in answer
