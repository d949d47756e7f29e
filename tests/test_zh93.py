"""Session-21 Chinese/English asks of a Shanghai banker (outsider93's classes, probed with our own wordings
and other deals): a pointing 几单 summed (``chinese_few_deals``). Expected sums come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from assistant.routing.chinese_few_deals import few_deals_read
from tests.conftest import DOCUMENTS

_DEALS = load_tables(DOCUMENTS).deals


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        ("2025年几单出海的总额加起来多少", "2025年 the deals 出海的总额加起来多少"),
        ("在那几笔交易里里程碑合计是多少钱", "在 the deals 交易里里程碑合计是多少钱"),
    ],
)
def test_a_pointing_few_deals_reads_the_deals(chunk: str, expected: str) -> None:
    assert few_deals_read(chunk) == expected


@pytest.mark.parametrize(
    "chunk",
    [
        "一共签了几笔交易?加起来总额多少?",  # the count, then its sum: chinese_count_sum
        "签了几单交易加起来总额多少",  # a count with its verb
        "诺华一共几单",  # a count, no sum
        "几单是ADC?首付合计多少",  # the count's own sentence
    ],
)
def test_a_counting_few_deals_is_left_alone(chunk: str) -> None:
    assert few_deals_read(chunk) == chunk


@pytest.mark.parametrize(
    ("question", "side", "company", "year", "measure"),
    [
        ("信达生物2025年几单出海的总额加起来是多少?", "licensors", "Innovent Biologics", "2025", "total"),
        ("罗氏在这几笔中国交易里首付一共付了多少", "licensees", "Roche", "", "upfront"),
        ("诺华那几单 licence-in 的里程碑合计多少钱?", "licensees", "Novartis", "", "milestones"),
    ],
)
def test_the_few_deals_summed_give_the_sum(
    assistant: Assistant, question: str, side: str, company: str, year: str, measure: str
) -> None:
    deals = [d for d in _DEALS if company in getattr(d, side) and d.announced.startswith(year)]
    total = sum(a for d in deals if (a := d.figure(measure).amount) is not None)  # type: ignore[arg-type]
    answer = assistant.ask(question)
    assert [c.tool for c in answer.tool_calls] == ["aggregate"], answer.tool_calls
    assert render_amount(Decimal(total)) in answer.answer, (render_amount(Decimal(total)), answer.answer)
    assert "sum to" in answer.answer, answer.answer
