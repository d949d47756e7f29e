"""Tenth-session refusals (outsider39-43): questions the table and the articles do not answer got a confident
answer to another question. Each class with its wordings, and the answerable neighbours it must leave alone.
Expected rows and figures come from deals.csv."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.routing.royalty_rates import no_band
from tests.conftest import DOCUMENTS

_TABLES = load_tables(DOCUMENTS)
_DEALS = {d.deal_id: d for d in _TABLES.deals}
_COMPANIES = " ".join(f"{c.name} {' '.join(c.aliases)}" for c in _TABLES.companies).lower()


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("who were 3SBio's financial advisers on the Pfizer deal", "deal advisers"),
        ("which bank or law firm advised Hansoh on the Roche HS-20110 deal?", "deal advisers"),
        ("who acted as legal counsel for Hengrui on the GSK agreement?", "deal advisers"),
        ("when's Kailera planning to IPO?", "listing plans"),
        ("Has Kailera filed to go public yet?", "listing plans"),
        ("What clinical phase was HS-20110 in when Roche licensed it?", "development stage"),
        ("how much weight loss did UBT251 show in trials?", "trial efficacy"),
        ("how well did SSGJ-707 work in the clinic - any efficacy numbers?", "trial efficacy"),
        ("What is Hengrui's 19.9% stake in Kailera worth in dollars today?", "current stake value"),
        ("Hengrui FY25 revnue?", "company revenue"),
    ],
)
def test_a_fact_no_column_holds_is_refused(assistant: Assistant, router: Router, question: str, measure: str) -> None:
    plan = router.route(question)
    assert plan.route == "text" and not plan.tool_calls and plan.unheld_measure == measure, plan
    answer = assistant.ask(question)
    assert answer.abstained and not answer.figures, answer.answer
    assert measure in answer.answer and "$" not in answer.answer


def test_a_stage_an_article_states_is_answered(assistant: Assistant) -> None:
    """deal-jacobio-astrazeneca-2025: "JAB-23E73 was in phase 1 at the time"."""
    answer = assistant.ask("What phase was JAB-23E73 in when AstraZeneca licensed it?")
    assert not answer.abstained and "phase 1" in answer.answer, answer.answer


def test_the_stake_value_without_today_is_the_deals_equity(router: Router) -> None:
    plan = router.route("What's the dollar value of the 19.9% Kailera stake Hengrui received?")
    assert [c.tool for c in plan.tool_calls] == ["get_deal"] and plan.tool_calls[0].args.get("metric") == "equity"


@pytest.mark.parametrize(
    "question",
    [
        "Could you tell me the overall survival results from the phase 3 trials of ivonescimab that Summit has been "
        "running? I'd like to understand whether the Akeso deal paid off clinically.",
        "What was 恒瑞医药's total 2025 revenue? want to size the GSK upfront against their top line",
        "Hengrui FY25 revnue, and what % came from licensing income?",
    ],
)
def test_a_later_part_about_the_refused_fact_is_refused_too(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and not answer.figures and "$" not in answer.answer, answer.answer


def test_a_followup_asking_trial_results_is_refused(assistant: Assistant) -> None:
    history = [Turn(question="upfront novo paid united labs for UBT251?")]
    answer = assistant.ask("how much weight loss did UBT251 show in trials?", history)
    assert answer.abstained and not answer.figures, answer.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("how much did amgen pay upfront for its chinese GLP-1 licence?", "amgen"),
        ("how much did bayer pay upfront for its chinese ADC licence?", "bayer"),
        ("what upfront did vertex hand over for a china-sourced bispecific in 2025?", "vertex"),
        ("total milestones biogen agreed to for chinese immunology assets", "biogen"),
    ],
)
def test_an_unknown_payer_is_not_dropped(assistant: Assistant, question: str, name: str) -> None:
    assert name not in _COMPANIES
    answer = assistant.ask(question)
    assert answer.abstained and not answer.figures and "$" not in answer.answer, answer.answer
    assert name in answer.interpretation


def test_a_known_payer_in_lower_case_is_still_summed(assistant: Assistant) -> None:
    answer = assistant.ask("how much did astrazeneca pay upfront in 2025?")
    az = [d for d in _DEALS.values() if "AstraZeneca" in d.licensees and d.announced.startswith("2025")]
    assert not answer.abstained and az
    assert all(d.licensors[0] in answer.answer for d in az), answer.answer


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("top royalty tier on CR-003 (Kelun/Crescent)?", "kelun-crescent-2025"),
        ("What are the exact royalty percentages Crescent owes Kelun on SKB105?", "kelun-crescent-2025"),
        ("What exact royalty percentages will Roche pay Hansoh on sales of HS-20110?", "hansoh-roche-2025"),
        ("highest royalty tier Roche pays Hansoh for HS-20110, in %?", "hansoh-roche-2025"),
    ],
)
def test_a_royalty_rate_the_row_does_not_state_is_refused(assistant: Assistant, question: str, deal_id: str) -> None:
    assert no_band(_DEALS[deal_id]) and _DEALS[deal_id].royalties == "tiered"
    answer = assistant.ask(question)
    assert answer.abstained and not answer.figures and "%" not in answer.answer, answer.answer
    assert "royalty rate" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "royalty tiers Leads Biolabs gets from Dianthus on DNTH212?",
        "what royalty range does Dianthus pay Leads Biolabs?",
    ],
)
def test_a_royalty_band_the_row_states_is_answered(assistant: Assistant, question: str) -> None:
    band = _DEALS["leads-dianthus-2025"].royalties
    assert not no_band(_DEALS["leads-dianthus-2025"])
    answer = assistant.ask(question)
    assert not answer.abstained and band in answer.answer, answer.answer
