"""Computations asked in spoken or chatty words (outsider83-85): a year pointed at ("the second year", "than the
year before"), a repair closed by "I mean", "a hundred mil", "the total potential value, the biobucks", a bracket
naming a company's deals, a ranking's size said after it, a growth "since 2021", a yes/no frame before the figure
that answers it, a market average compared with one a tracker reported, and a part-year count with its value.
Each class on the real tables, router, tools and assistant, in the eval's wording and in one of our own."""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.deal_glosses import without_deal_gloss
from assistant.routing.decompose import split_parts
from assistant.routing.framing_asks import frame_dropped
from assistant.routing.late_repairs import late_repaired
from assistant.routing.ranking_sizes import size_joined
from assistant.routing.spoken import said_amounts, written
from assistant.routing.year_pointers import years_pointed
from tests.conftest import bundled_entities


# -- a year pointed at ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("Hengrui upfronts, 2024 against 2025, how much more in the second year", "more in 2025"),
        ("Hansoh deals 2023 vs 2025: how many in the earlier year?", "many in 2023?"),
        ("how many fewer deals did Merck do in 2025 than the year before", "2025 than in 2024"),
        ("did AbbVie pay more upfront in 2026 compared with the previous year", "compared with in 2025"),
        ("what's the growth since 2021", "growth from 2021 to 2025"),
    ],
)
def test_a_year_pointed_at_is_written_as_the_year(asked: str, read: str) -> None:
    assert read in years_pointed(asked, "2026-02-20")


@pytest.mark.parametrize(
    "asked",
    [
        "deals signed the year before the merger",  # no comparison, no year
        "2023, 2024 and 2025: which was the second year with most deals?",  # three years
        "how many deals since 2024",  # no growth asked
    ],
)
def test_a_year_pointer_without_its_years_is_left_as_asked(asked: str) -> None:
    assert years_pointed(asked, "2026-02-20") == asked


def test_the_second_year_of_two_compares_the_sums(assistant: Assistant) -> None:
    answer = assistant.ask(
        "恒瑞 upfronts, twenty twenty-four against twenty twenty-five, how much more did they bring in the second year"
    )
    assert answer.route == "table" and "$185 million" in answer.answer and "$783 million" in answer.answer


def test_fewer_than_the_year_before_compares_two_counts(assistant: Assistant) -> None:
    answer = assistant.ask("how many fewer Chinese deals did Merck do in twenty twenty-five than the year before")
    assert answer.tool_calls[0].tool == "compare" and "2 fewer" in answer.answer


def test_more_than_the_previous_year_in_other_words(assistant: Assistant) -> None:
    answer = assistant.ask("How many more deals did AstraZeneca sign in 2025 than in the previous year?")
    call = next(call for call in answer.tool_calls if call.tool == "compare")  # each count, then the gap
    assert {call.args["left"].get("year"), call.args["right"].get("year")} == {2024, 2025}
    assert "3 deals" in answer.answer


# -- a repair closed by "I mean"; "mil" ----------------------------------------------------------
def test_a_repair_closed_by_i_mean_replaces_the_word_before_the_dots() -> None:
    said = (
        "which Chinese company signed up the biggest combined headline value last... in 2025 I mean, company not deal"
    )
    assert late_repaired(said) == (
        "which Chinese company signed up the biggest combined headline value in 2025, company not deal"
    )
    assert late_repaired("what did Merck pay in 2023... 2024 I mean") == "what did Merck pay in 2024"
    assert late_repaired("the upfront, I mean the milestones") == "the upfront, I mean the milestones"
    assert late_repaired("sales were... I mean, good") == "sales were... I mean, good"


def test_the_company_ranking_after_a_late_repair(assistant: Assistant) -> None:
    answer = assistant.ask(
        "which Chinese company signed up the biggest combined headline value last... in twenty twenty-five I mean, "
        "company not deal"
    )
    assert answer.tool_calls[0].tool == "rank" and "Hengrui" in answer.answer and "16.669 billion" in answer.answer


def test_a_top_buyer_after_a_late_repair_in_other_words(assistant: Assistant) -> None:
    answer = assistant.ask("which buyer paid the most upfront this... in twenty twenty-four I mean")
    call = answer.tool_calls[0]
    assert call.tool == "rank" and call.args["filter"].get("year") == 2024 and "Merck" in answer.answer


def test_mil_is_million_and_the_evaluator_reads_amounts_said() -> None:
    said = "twenty twenty-five deals with an upfront under a hundred mil but a headline over one and a half billion"
    assert written(said, bundled_entities()) == (
        "2025 deals with an upfront under 100 million but a headline over 1.5 billion"
    )
    assert said_amounts("more than a hundred million dollars up front") == "more than $100 million up front"


def test_two_money_bounds_said_aloud_list_the_deals(assistant: Assistant) -> None:
    answer = assistant.ask(
        "twenty twenty-five deals with an upfront under a hundred mil but a headline over one and a half billion"
    )
    assert answer.tool_calls[0].tool == "find_deals" and "3 deals" in answer.answer
    assert all(name in answer.answer for name in ("Regeneron", "Roche", "MultiValent"))


def test_a_count_above_an_amount_said_aloud_in_other_words(assistant: Assistant) -> None:
    answer = assistant.ask("how many twenty twenty-five deals had an upfront of at least five hundred mil")
    assert "more than" not in answer.answer and "3SBio" in answer.answer and "Takeda" in answer.answer


# -- the biobucks beside the total -------------------------------------------------------------------
@pytest.mark.parametrize(
    "followup", ["sorry, and the total potential value, the biobucks", "and the headline value, the biobucks?"]
)
def test_the_biobucks_glossed_by_the_total_ask_the_total(assistant: Assistant, followup: str) -> None:
    first = "what's the upfront on the 石药 AstraZeneca deal from January"
    answer = assistant.ask(followup, [Turn(question=first, answer=assistant.ask(first))])
    assert answer.tool_calls[0].args.get("metric") == "total" and "$18.5 billion" in answer.answer


# -- a bracket naming a company's deals -----------------------------------------------------------------
def test_a_bracket_naming_all_of_a_companys_deals_is_dropped() -> None:
    entities = bundled_entities()
    said = "Madrigal has done two China deals (CSPC's oral GLP-1 and then the Ribo siRNA package). The total?"
    assert without_deal_gloss(said, entities) == "Madrigal has done two China deals. The total?"
    partial = "Merck's 2024 upfronts (the Curon and LaNova ones) in total?"
    assert without_deal_gloss(partial, entities) == partial  # only some of Merck's partners: a filter


def test_the_combined_value_of_a_companys_deals_named_in_brackets(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Madrigal has done two China deals now I think? (CSPC's oral GLP-1 and then the Ribo siRNA package.) "
        "What's the combined headline value across both?"
    )
    assert answer.route == "table" and "$6.475 billion" in answer.answer and "Dianthus" not in answer.answer


def test_a_bracket_whose_companies_are_named_again_keeps_the_sides(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Madrigal's two China deals (CSPC and Ribo) — how much larger is the Ribo one by total value?"
    )
    assert answer.tool_calls[0].tool == "compare" and "$2.325 billion" in answer.answer


def test_the_most_times_since_a_year_is_no_growth(assistant: Assistant) -> None:
    answer = assistant.ask("Which pharma shows up as licensee the most times since 2024?")
    assert "AstraZeneca: 5 deals" in answer.answer and "2025-12-31" not in answer.answer


def test_a_bracket_of_names_only_is_kept_for_the_scene_to_read() -> None:
    said = "BMY UF paid to china names total (systimmune + harbour)"
    assert without_deal_gloss(said, bundled_entities()) == said


def test_a_bracket_of_both_partners_in_other_words(assistant: Assistant) -> None:
    answer = assistant.ask("Madrigal's China deals (Ribo and CSPC): what did they pay upfront in total?")
    assert "$180 million" in answer.answer


# -- a ranking's size said after it --------------------------------------------------------------------
def test_a_size_after_a_ranking_is_joined_to_it() -> None:
    assert size_joined("what were the smallest upfronts anyone took? bottom 3 deals. I want to show my CEO") == (
        "what were the smallest upfronts anyone took, bottom 3 deals? I want to show my CEO"
    )
    assert size_joined("How many deals in 2025? top 5") == "How many deals in 2025? top 5"


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        (
            "On the other end - what were the smallest upfronts anyone took? bottom 3 deals. I want to show my CEO "
            "what 'bad' looks like",
            "ImmuneOnco",
        ),
        ("which buyers paid the most upfront in 2025? top five please", "Pfizer"),
    ],
)
def test_a_ranking_with_its_size_said_after_it(assistant: Assistant, asked: str, first: str) -> None:
    answer = assistant.ask(asked)
    assert len(answer.tool_calls) == 1 and answer.tool_calls[0].args["metric"] == "upfront"
    assert first in answer.answer and "Third" in answer.answer


# -- growth since a year, a frame before the figure, a reported average's change -----------------------------
def test_growth_since_2021_is_the_trackers_change_to_2025(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Someone on our board claims the China licensing market is like 10x what it was a few years ago. Is that "
        "right? what's the growth since 2021"
    )
    assert answer.tool_calls[0].tool == "market_stat" and "$13.9 billion" in answer.answer
    assert "$137.7 billion" in answer.answer and "890.6%" in answer.answer


def test_how_much_the_market_has_grown_since_2021_in_other_words(assistant: Assistant) -> None:
    answer = assistant.ask("how much has total deal value grown since 2021?")
    assert answer.tool_calls[0].tool == "market_stat" and "890.6%" in answer.answer


def test_a_yes_no_frame_before_its_figure_is_dropped() -> None:
    parts = ["Is 2026 running hotter than 2025", "what's the average deal size so far this year vs last year"]
    assert frame_dropped(parts) == parts[1:]
    kept = ["Was 2025's upfront total bigger than 2024's", "what was the biggest deal"]
    assert frame_dropped(kept) == kept
    assert len(split_parts("Is 2026 running hotter than 2025? what's the average deal size so far this year")) == 1


@pytest.mark.parametrize(
    "asked",
    [
        "Is 2026 running hotter than 2025? what's the average deal size so far this year vs last year",
        "is this year busier than last year? average deal size 2026 so far vs last year",
    ],
)
def test_the_average_deal_against_last_year_is_the_trackers(assistant: Assistant, asked: str) -> None:
    answer = assistant.ask(asked)
    assert answer.route == "table" and answer.tool_calls[0].tool == "market_stat"
    assert "$1.3 billion" in answer.answer and "76%" in answer.answer


def test_the_average_deal_against_last_year_in_our_table_stays_ours(assistant: Assistant) -> None:
    answer = assistant.ask("Average deal size, 2026 so far vs 2025, in your table (headline values please)")
    assert answer.tool_calls[0].tool == "compare" and "$6.71 billion" in answer.answer


def test_two_whole_years_averages_stay_our_tables(assistant: Assistant) -> None:
    answer = assistant.ask("how does the average deal size in 2025 compare with 2024")
    assert answer.tool_calls[0].tool == "compare"


# -- a part-year count with its value -------------------------------------------------------------------
@pytest.mark.parametrize("asked", ["2026 ytd pace per pharmcube GC - # deals", "how many deals so far in 2026?"])
def test_a_part_year_count_comes_with_its_value(assistant: Assistant, asked: str) -> None:
    answer = assistant.ask(asked).answer
    assert "38 deals" in answer and "$49 billion" in answer


def test_a_whole_years_count_comes_alone(assistant: Assistant) -> None:
    answer = assistant.ask("PharmCube's 2025 deal count").answer
    assert "157 deals" in answer and "$135.7 billion" not in answer
