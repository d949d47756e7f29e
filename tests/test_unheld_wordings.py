"""Facts no table holds, asked in words the unheld-measure patterns missed, and endings assumed in
contractions: "how many ppl does hansoh employ" (had been a count of its deals), "how many pipeline
assets does kelun have in total" ("in total" read as the deal total), "what did the phase 3 trial
show?" (had been a deal listing), "why'd GSK pull out of the Hengrui deal?" and "reason Novo scrapped
the licence" (had been answered with the deal's terms, not the premise corrected)."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from tests.conftest import route


@pytest.mark.parametrize(
    "question",
    [
        "how many ppl does hansoh employ",
        "How many people does Akeso employ today?",
        "how many pipeline assets does kelun have in total",
        "what did Kailera's phase 3 HRS9531 obesity trial show?",
        "Has the HRS-9821 trial shown any benefit in COPD yet?",
        "How much is a Hengrui share worth right now?",  # had been Hengrui's share of a tracker's total
        "What does one Akeso share cost?",
    ],
)
def test_an_unheld_fact_gets_no_table_figure(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls
    assert plan.unheld_measure


def test_a_deal_word_near_pipeline_is_still_the_deal(router: Router) -> None:
    plan = route(router, "how big was the total GSK paid for Hengrui's pipeline?")
    assert [call.tool for call in plan.tool_calls] == ["get_deal"]


def test_a_share_of_a_total_is_still_a_share(router: Router) -> None:
    plan = route(router, "What share of 2025 deal value did Hengrui have?")
    assert [call.args.get("derive") for call in plan.tool_calls] == ["share"]


@pytest.mark.parametrize(
    "question",
    [
        "why'd gsk pull out of the hengrui copd deal?",
        "reason novo scrapped the united labs UBT251 licence last yr?",
    ],
)
def test_an_ending_assumed_in_a_contraction_is_corrected(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained
    assert "assumes the deal ended" in answer.answer and "not terminated" in answer.answer


def test_a_drugs_sales_need_a_sales_figure_but_royalties_on_sales_do_not(assistant: Assistant) -> None:
    sales = assistant.ask("How much did Pfizer book in SSGJ-707 sales in 2025")
    assert sales.abstained  # "royalties apply to sales" names sales and states no sales figure
    royalties = assistant.ask("What royalties does 3SBio get on sales?")
    assert not royalties.abstained and "royalt" in royalties.answer.lower()


@pytest.mark.parametrize(
    "question",
    [
        "Which Chinese licensor spent the most on R&D in H1 2025?",  # had ranked buyers by deal value
        "How much did Hengrui invest in research and development last year?",
    ],
)
def test_rd_spending_in_other_words_is_unheld(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls and plan.unheld_measure == "R&D spending"


def test_spending_on_licences_is_still_deal_money(router: Router) -> None:
    plan = route(router, "Which buyer spent the most on Chinese licences in 2025?")
    assert [call.tool for call in plan.tool_calls] == ["rank"]
