"""Text answers and false premises (outsider39-43's text family): a wrong signing year beside a drug named by code,
name or target is corrected and the deal's figure given; words that are no names (month shorthand, a polite
opener, the asker's own CEO) do not make a text question abstain. Expected values are read from deals.csv."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.money import render_amount
from assistant.routing.claim_corrections import premise_joined
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = {deal.deal_id: deal for deal in load_tables(DOCUMENTS).deals}


def _deal(deal_id: str) -> Deal:
    return _DEALS[deal_id]


# --- a wrong signing year beside the drug named: the year is corrected, the deal's figure given
@pytest.mark.parametrize(
    ("question", "deal_id", "field"),
    [
        ("Hansoh's 2024 ADC deal with GSK for HS-20089, upfront how much?", "hansoh-gsk-2023-10", "upfront"),
        ("GSK paid Hansoh for the B7-H4 ADC in 2024 right? how much upfront", "hansoh-gsk-2023-10", "upfront"),
        ("What were the milestones on GSK's 2024 deal for Hansoh's B7-H3 ADC?", "hansoh-gsk-2023-12", "milestones"),
        (
            "康方生物 licensed ivonescimab to Summit Therapeutics in early 2024, I think? How much can Akeso collect "
            "in milestone payments under that deal?",
            "akeso-summit-2022",
            "milestones",
        ),
        (
            "Summit took ivonescimab from Akeso in 2023 I believe - what was the upfront?",
            "akeso-summit-2022",
            "upfront",
        ),
    ],
)
def test_a_wrong_year_beside_the_drug_is_corrected_with_the_figure(
    assistant: Assistant, question: str, deal_id: str, field: str
) -> None:
    deal = _deal(deal_id)
    answer = assistant.ask(question)
    assert answer.route == "table" and not answer.abstained, answer.answer
    assert deal.announced[:4] in answer.answer and "date is wrong" in answer.answer
    amount = getattr(deal, field).amount
    assert amount is not None and any(figure.value == amount for figure in answer.figures)
    assert render_amount(amount) in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much did GSK pay Hansoh upfront in their 2025 deal?",  # a pair, no drug named: no figure
        "How much did Novo Nordisk pay United Labs upfront in its 2023 deal?",
    ],
)
def test_a_wrong_year_with_no_drug_named_gets_no_figure(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route != "table" or all(call.args.get("year") for call in plan.tool_calls), plan


def test_a_hedged_premise_is_one_question_with_its_ask() -> None:
    joined = premise_joined("GSK paid Hansoh for the B7-H4 ADC in 2024 right? how much upfront")
    assert joined == "GSK paid Hansoh for the B7-H4 ADC in 2024 right, how much upfront"
    assert len(split_parts("Did Merck sign in 2023? How much upfront?")) == 2  # a yes/no then an ask: two
    assert premise_joined("Is that right? What about Hengrui?") == "Is that right? What about Hengrui?"


def test_the_drug_named_by_its_target_picks_the_pair_deal(router: Router) -> None:
    call = one_call(route(router, "GSK paid Hansoh for the B7-H3 ADC in 2024, right? What upfront?"))
    assert call.args["deal_id"] == "hansoh-gsk-2023-12" and "year" not in call.args
