"""The eleventh session's review: a tracker missing a figure is named as the one missing it, two trackers asked
for different parts of a year keep both figures, a deal count asked beside an average stays the count, and
"show which assets are in phase 2" is no trial result. Figures come from market_stats.csv."""

from __future__ import annotations

from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from assistant.routing.tracker_both import same_period


def test_the_tracker_without_the_figure_is_the_one_named_missing(assistant: Assistant) -> None:
    answer = assistant.ask(
        "What deal count did Goodwin give for 2024, and what did biotochina.org count for the same year?"
    )
    assert "counted 80 deals in 2024" in answer.answer, answer.answer
    assert "Goodwin reports no deal count for 2024; it reports one for 2023" in answer.answer, answer.answer


def test_two_trackers_for_different_parts_of_a_year_keep_both_figures(assistant: Assistant) -> None:
    answer = assistant.ask("What was IQVIA's total for H1 2025, and what did PharmCube give for 2025?")
    assert "$48.5 billion" in answer.answer and "$135.7 billion" in answer.answer, answer.answer
    answer = assistant.ask(
        "What was PharmCube's total value for 2025, and what did CPHIIC report for January to August 2025?"
    )
    assert "$135.7 billion" in answer.answer and "$87.4 billion" in answer.answer, answer.answer


def test_same_period_reads_the_part_of_the_year() -> None:
    assert same_period("Goodwin's 2023 count", "and what did biotochina count for the same year")
    assert same_period("CPHIIC's 2024 value", "and PharmCube's 2024 number")
    assert not same_period("IQVIA's total for H1 2025", "and what did PharmCube give for 2025")
    assert not same_period("PharmCube's 2025 value", "and CPHIIC for January to August 2025")


def test_a_count_beside_an_average_is_still_the_count(router: Router) -> None:
    call = router.route("How many deals did PharmCube count in 2024 vs 2025, average deal size?").tool_calls[0]
    assert call.args["metric"] == "deal_count", call
    call = router.route(
        "how much larger was PharmCube's average deal in 2025 than in 2024 (total value divided by number of deals)?"
    ).tool_calls[0]
    assert call.args["metric"] == "average_deal_value", call


def test_showing_which_assets_are_in_a_phase_is_no_trial_result(router: Router) -> None:
    plan = router.route("Can you show which of Hengrui's licensed assets are in phase 2?")
    assert plan.unheld_measure != "trial efficacy", plan
    assert router.route("what Lp(a) reduction did HRS-5346 show in its phase 2?").unheld_measure == "trial efficacy"
