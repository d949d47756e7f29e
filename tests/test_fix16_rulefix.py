"""Review2 faults 4-8 (session 16): rules that answered a different question than the one asked.

Each near-miss wording is asked of the real assistant over the real tables, beside the wording the rule was made
for, and the answer is checked for the figures and names that answer it."""

from __future__ import annotations

from assistant.answering.assistant import Assistant

_ABSTAINS = "The indexed articles do not answer this question"


# --- 4. winner_parts: a typical figure is not the ranked winner's; "record" alone picks no deal


def test_typical_upfront_is_the_average_not_the_winners(assistant: Assistant) -> None:
    answer = assistant.ask("What was the biggest deal of 2025 by total value? And what upfront is typical?", [])
    assert "GeneQuantum" in answer.answer and "$13 billion" in answer.answer
    assert "average upfront payment is about $184 million" in answer.answer
    assert [c.tool for c in answer.tool_calls] == ["rank", "aggregate"]


def test_typical_adc_deal_milestones_are_not_systimmunes(assistant: Assistant) -> None:
    question = (
        "What's the largest upfront on record for a Chinese ADC? And what milestones does a typical ADC deal carry?"
    )
    answer = assistant.ask(question, [])
    assert "$800 million" in answer.answer  # SystImmune-BMS, the top ADC upfront
    assert "average milestone package" in answer.answer
    assert "$7.6 billion" not in answer.answer
    assert answer.tool_calls[1].args["operation"] == "average"


def test_winners_milestones_still_asked_of_the_winner(assistant: Assistant) -> None:
    question = (
        "Biggest upfront paid to a Chinese licensor in 2024 — who paid it to whom, and what milestones came on top?"
    )
    answer = assistant.ask(question, [])
    assert "$700 million" in answer.answer and "up to $600 million in milestone payments" in answer.answer


def test_record_year_picks_no_one_deal() -> None:
    from assistant.routing.winner_parts import _picks_one

    assert not _picks_one("Was 2025 a record year for out-licensing")
    assert _picks_one("What was the record upfront for a Chinese ADC")


# --- 5. example_names: "Hengrui kind of dominated" keeps Hengrui as the subject


def test_kind_of_hedge_keeps_the_company(assistant: Assistant) -> None:
    answer = assistant.ask("Hengrui kind of dominated 2025 - what was its total deal value that year?", [])
    assert "$135.7 billion" not in answer.answer  # the market total, read without Hengrui
    assert "Hengrui" in answer.answer and "GSK" in answer.answer and "Merck" in answer.answer


def test_hengrui_type_co_is_still_an_example(assistant: Assistant) -> None:
    question = "why would a hengrui-type co out-license to an MNC instead of going global alone"
    answer = assistant.ask(question, [])
    assert "Chinese licensors also have their own reasons to prefer multinational partners" in answer.answer
    assert "IDEAYA" not in answer.answer


# --- 6. claim_tail: a request after the claim is a part of its own


def test_request_after_a_claim_is_answered(assistant: Assistant) -> None:
    question = (
        "What was the Curon-Merck upfront? My colleague says the milestones were $600M. Also list Merck's other 2024 "
        "deals."
    )
    answer = assistant.ask(question, []).answer
    assert "$700 million upfront" in answer
    assert (
        "LaNova" in answer and "Hansoh" in answer and "3 deals with licensee Merck & Co., announced in 2024" in answer
    )


def test_a_bare_claim_still_joins_its_question(assistant: Assistant) -> None:
    answer = assistant.ask("What were Hengrui's total revenues in 2025? A draft says 30 billion yuan.", [])
    assert answer.abstained and "total revenues" in answer.answer


# --- 7. market_facts: "does the best job of" and "consensus view on the size" are ordinary questions


def test_best_job_of_counting_is_the_tracker_article(assistant: Assistant) -> None:
    answer = assistant.ask("Which tracker does the best job of counting China out-licensing deals?", []).answer
    assert "job numbers" not in answer
    assert "80" in answer and "94" in answer and "biotochina.org" in answer


def test_consensus_view_on_upfront_gives_the_upfront(assistant: Assistant) -> None:
    answer = assistant.ask("What was the consensus view on the size of the Innovent-Takeda upfront?", []).answer
    assert "$1.2 billion upfront" in answer and "price target" not in answer


def test_jobs_and_target_price_still_refused(assistant: Assistant) -> None:
    jobs = assistant.ask("How many American jobs have been created or lost because of these licensing deals?", [])
    assert jobs.answer.startswith(_ABSTAINS) and "job numbers" in jobs.answer
    target = assistant.ask("what's consensus target price on Hengrui after the GSK deal?", [])
    assert target.answer.startswith(_ABSTAINS) and "price target" in target.answer


# --- 8. unheld_facts: a deal that failed or was terminated is the deal's status, not a trial outcome


def test_deal_failed_is_its_status(assistant: Assistant) -> None:
    answer = assistant.ask("Has the ImmuneOnco-Axion deal failed because of the trial?", []).answer
    assert "trial efficacy" not in answer
    assert "terminated" in answer and "2026-01-06" in answer and "$35 million" in answer


def test_curon_deal_fail_is_not_refused(assistant: Assistant) -> None:
    answer = assistant.ask("Did the Curon deal fail after the trial, and was it terminated?", []).answer
    assert "trial efficacy" not in answer and not answer.startswith(_ABSTAINS)
    assert "Curon" in answer and "$700 million" in answer


def test_drug_worked_in_trial_still_refused(assistant: Assistant) -> None:
    answer = assistant.ask("did telitacicept actually work in the lupus trial?", []).answer
    assert answer.startswith(_ABSTAINS) and "trial efficacy" in answer
