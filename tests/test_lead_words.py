"""A question's first words say what it asks for: "List all deals with …" is a list (not a sum over
"all deals"), "Which Hengrui deals …" lists Hengrui's deals, and "how much did Chinese drugmakers
license out in 2025" asks for the market's total value. Expected rows come from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)


def _rows(predicate) -> set[str]:
    return {d.deal_id for d in _TABLES.deals if d.scope != "borderline" and predicate(d)}


@pytest.mark.parametrize(
    "question",
    [
        "List all deals with an upfront payment of at least $500 million.",
        "please list all the deals with upfront of $500 million or more",
        "Show me all deals with an upfront of at least $500m",
        "can you name all deals with an upfront above $499 million?",
    ],
)
def test_a_list_asked_first_is_a_list_not_a_sum(assistant: Assistant, router: Router, question: str) -> None:
    plan = router.route(question)
    assert [c.tool for c in plan.tool_calls] == ["find_deals"], plan
    answer = assistant.ask(question)
    big = _rows(lambda d: d.upfront.amount is not None and d.upfront.amount >= Decimal(500_000_000))
    assert len(big) >= 5
    listed = {c.doc_id for c in answer.citations}
    for deal_id in big:
        deal = next(d for d in _TABLES.deals if d.deal_id == deal_id)
        assert deal.licensors[0] in answer.answer, (deal_id, answer.answer)
    assert listed, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "List the combined upfront of all Pfizer deals",
        "show me the total upfront across all deals signed with AbbVie",
    ],
)
def test_a_sum_word_keeps_the_sum(router: Router, question: str) -> None:
    plan = router.route(question)
    assert plan.tool_calls and plan.tool_calls[0].tool == "aggregate", plan


@pytest.mark.parametrize(
    "question",
    ["Which Hengrui deals are in the table?", "what hengrui deals are there", "Which Hengrui deals do you have?"],
)
def test_which_company_deals_lists_them(router: Router, question: str) -> None:
    plan = router.route(question)
    assert [c.tool for c in plan.tool_calls] == ["find_deals"], plan
    assert plan.tool_calls[0].args["filter"]["licensor"] == "Jiangsu Hengrui Pharmaceuticals"


@pytest.mark.parametrize(
    "question",
    [
        "How much did Chinese drugmakers license out in 2025?",
        "how much did chinese biotechs out-license in 2025",
    ],
)
def test_how_much_licensed_out_is_the_market_total(assistant: Assistant, router: Router, question: str) -> None:
    plan = router.route(question)
    call = plan.tool_calls[0]
    assert call.tool == "market_stat" and call.args["metric"] == "total_value" and call.args["period"] == "2025"
    answer = assistant.ask(question)
    assert "$135.7 billion" in answer.answer and not answer.abstained


def test_how_much_a_company_licensed_out_sums_its_deals(router: Router) -> None:
    call = router.route("how much did Hengrui license out in 2025").tool_calls[0]
    assert call.tool == "aggregate" and call.args["metric"] == "total" and call.args["operation"] == "sum"
    assert call.args["filter"]["licensor"] == "Jiangsu Hengrui Pharmaceuticals"


@pytest.mark.parametrize(
    "question",
    ["How much did Zai Lab make from out-licensing in 2025?", "how much did Zai Lab license out in 2025"],
)
def test_a_company_the_table_lacks_gets_no_market_total(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and not answer.tool_calls, answer.answer
