"""The eighth review's regressions (base b96a483, head 291217c): the last merges' company dives
(``routing/company_dives.py``), kinds ranked by money (``routing/group_money.py``), the widened
stock-bought wording and two Chinese phrases answered ordinary questions wrongly. Each class with the
probes that found it; expected values are read from deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, route

_DEALS = list(load_tables(DOCUMENTS).deals)
_RANKED = [deal for deal in _DEALS if deal.scope in ("main", "context")]


def _top(year: int, field: str):
    dated = [d for d in _RANKED if d.announced.startswith(str(year)) and getattr(d, field).amount is not None]
    return max(dated, key=lambda d: getattr(d, field).amount)


# --- group_money.py: "which area / modality was the largest deal" asks one deal's kind, not a money ranking of kinds
@pytest.mark.parametrize(
    ("question", "year", "field", "kind"),
    [
        ("What therapeutic area was the largest deal by value in 2024?", 2024, "total", "therapeutic_area"),
        ("Which modality had the largest single upfront in 2025?", 2025, "upfront", "modality"),
    ],
)
def test_the_kind_of_the_top_deal_is_not_a_kind_ranking(
    assistant: Assistant, question: str, year: int, field: str, kind: str
) -> None:
    answer = assistant.ask(question)
    assert not any(c.tool == "rank" and c.args.get("dimension") == kind for c in answer.tool_calls), answer.tool_calls
    top = _top(year, field)
    assert top.licensors[0] in answer.answer, (question, answer.answer)


def test_the_modality_of_the_largest_upfront_deal_is_that_deal(router: Router) -> None:
    plan = route(router, "What modality is the deal with the largest upfront?")
    assert all(c.args.get("dimension") != "modality" for c in plan.tool_calls), plan.tool_calls


# --- company_dives.py: a yes/no or "after" question about one company's first/latest deal is no ranking of the pair
@pytest.mark.parametrize(
    "question",
    [
        "Is the CSPC–Madrigal deal CSPC's latest deal?",
        "What was the first deal Hengrui signed after the GSK deal?",
        "Was Hengrui's GSK deal its first deal with a big pharma?",
    ],
)
def test_a_pair_named_in_a_first_or_latest_question_is_not_ranked_alone(router: Router, question: str) -> None:
    plan = route(router, question)
    for call in plan.tool_calls:
        if call.tool == "rank" and call.args.get("metric") == "announced":
            wanted = call.args["filter"]
            assert not (wanted.get("licensor") and wanted.get("licensee")), (question, call.args)


def test_a_latest_deal_yes_no_is_no_ranking_of_the_pair(assistant: Assistant) -> None:
    cspc = [d for d in _RANKED if "CSPC Pharmaceutical Group" in d.licensors]
    latest = max(cspc, key=lambda d: d.announced)
    answer = assistant.ask("Is the CSPC–Madrigal deal CSPC's latest deal?")
    # never "the latest ... CSPC–Madrigal (of 1 deal)": a yes/no check is no ranking of the pair's deals
    assert not any(call.tool == "rank" for call in answer.tool_calls), answer.tool_calls
    assert latest.deal_id != "cspc-madrigal-2025" and "latest" not in answer.answer.lower(), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Was the 2024 Argo-Novartis agreement the first RNAi out-licensing deal from a Chinese biotech?",
        "What did Novartis say about its first Argo deal?",
    ],
)
def test_a_text_question_about_a_first_deal_keeps_its_articles(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "text" in answer.route, (question, answer.route, answer.answer)


# --- company_dives.py: a share of a company's DEALS is a count share, not a money comparison
@pytest.mark.parametrize(
    ("question", "whole", "part"),
    [
        ("What % of GSK's deals were with Hansoh?", "GSK", "Hansoh Pharmaceutical Group"),
        ("What share of AstraZeneca's deals in our table were with CSPC?", "AstraZeneca", "CSPC Pharmaceutical Group"),
    ],
)
def test_a_share_of_a_buyers_deals_counts_them(assistant: Assistant, question: str, whole: str, part: str) -> None:
    answer = assistant.ask(question)
    assert not any(c.tool == "compare" and c.args.get("metric") == "total" for c in answer.tool_calls), (
        answer.tool_calls
    )
    deals = [d for d in _RANKED if whole in d.licensees]
    mine = [d for d in deals if part in d.licensors]
    share = Decimal(100 * len(mine)) / len(deals)
    assert f"{len(mine)} of the {len(deals)}" in answer.answer and f"{share:.1f}%" in answer.answer, answer.answer


def test_a_share_of_all_deals_involving_a_company_counts_them(router: Router) -> None:
    plan = route(router, "What share of all deals in the table involve Merck?")
    assert not any(c.tool == "compare" and c.args.get("metric") == "total" for c in plan.tool_calls), plan.tool_calls


# --- analyst_wording.py: a stock that moves after buying rights is a share price, not the deal's equity
def test_buying_rights_then_the_stock_moving_is_no_equity_term(router: Router) -> None:
    plan = route(router, "Did Summit buying rights to ivonescimab move its stock?")
    assert not any(c.args.get("metric") == "equity" for c in plan.tool_calls), plan.tool_calls


# --- chinese_phrases.py: 百分比 is "percentage", not 百分 + "vs"; 第二是谁 asks the second place too
def test_percentage_in_chinese_is_no_comparison(router: Router) -> None:
    plan = route(router, "恒瑞医药占2025年总交易额的百分比？")
    assert " vs" not in (plan.standalone_question or ""), plan.standalone_question
    assert not any(c.tool == "get_deal" for c in plan.tool_calls), plan.tool_calls


def test_who_is_second_in_chinese_ranks_two(assistant: Assistant) -> None:
    answer = assistant.ask("2025年首付款最多的买家是谁，第二是谁？", [Turn(question=q) for q in []])
    assert any(c.tool == "rank" and c.args.get("n", 1) >= 2 for c in answer.tool_calls), answer.tool_calls
