"""outsider87 (a Paris sell-side analyst, the European buyer's side): each class of failure fixed, with the eval's
phrasing and at least one other phrasing of the same need; on the real tables, router, tools and assistant."""

from __future__ import annotations

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.inclusive_totals import inclusions_dropped
from assistant.routing.place_headings import places_unheaded
from assistant.routing.slashed_phrases import slashes_spelt


# -- short years take their bound: "since '24" is 2024 onward --
def test_since_short_year_is_an_open_range(assistant: Assistant) -> None:
    answer = assistant.ask("Who paid the most upfront in total since '24?")
    assert answer.tool_calls[0].args["filter"]["date_from"] == "2024-01-01"
    assert "AstraZeneca" in answer.answer and "$1.685 billion" in answer.answer


def test_a_short_year_with_no_bound_is_still_that_year(assistant: Assistant) -> None:
    answer = assistant.ask("Who paid the most upfront in '24?")
    assert (
        answer.tool_calls[0].args["filter"].get("year") == 2024
        and "date_from" not in answer.tool_calls[0].args["filter"]
    )


# -- "EU pharma", "EU buyers": the European licensees, the countries named --
def test_eu_pharma_is_the_european_licensees(assistant: Assistant) -> None:
    answer = assistant.ask("Smallest disclosed upfront any EU pharma paid for a Chinese asset?").answer
    assert "BioNTech" in answer and "$25 million" in answer and "UK or Switzerland" in answer


def test_eu_buyers_list_with_a_bound(assistant: Assistant) -> None:
    answer = assistant.ask("EU buyers, upfront >=150m since 2024 - list pls").answer
    assert "9 deals" in answer and "SciNeuro" in answer and "Chimagen" in answer and "Harbour" in answer


def test_eu_companies_sum(assistant: Assistant) -> None:
    answer = assistant.ask("What did EU companies pay upfront in 2025 in total?").answer
    assert "UK or Switzerland or Germany or Denmark or France" in answer and "$1.405 billion" in answer


# -- ranking_candidates: named guesses at the winner are no filter --
def test_candidates_for_first_place_rank_everyone(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Who paid the most upfront cash in aggregate to Chinese biotechs since '24 - AZ or MSD or someone else?"
    )
    assert len(answer.tool_calls) == 1 and "licensee" not in answer.tool_calls[0].args["filter"]
    assert (
        "First, AstraZeneca: $1.685 billion" in answer.answer and "Second, Merck & Co.: $1.6 billion" in answer.answer
    )


def test_candidates_deep_in_the_ranking_are_reached(assistant: Assistant) -> None:
    answer = assistant.ask("Which buyer has the largest total deal value since 2024: Novartis, GSK or another company?")
    assert "First, AstraZeneca" in answer.answer and "Sixth, Novartis: up to $11.19 billion" in answer.answer


def test_a_ranking_of_deals_per_company_is_kept(assistant: Assistant) -> None:
    answer = assistant.ask("What was the biggest deal of AZ and of Merck?")
    assert [call.args["filter"]["licensee"] for call in answer.tool_calls] == ["AstraZeneca", "Merck & Co."]


# -- glossed_measures: biobucks said again as the total after a dash or colon --
def test_biobucks_restated_as_total_values(assistant: Assistant) -> None:
    answer = assistant.ask("AZ cumulative biobucks from China deals - sum of total deal values?")
    assert answer.tool_calls[0].args["metric"] == "total" and "$32.415 billion" in answer.answer


def test_biobucks_restated_after_a_colon(assistant: Assistant) -> None:
    assert "$32.415 billion" in assistant.ask("AZ biobucks: the total deal values summed?").answer


def test_biobucks_alone_are_still_milestones(assistant: Assistant) -> None:
    assert assistant.ask("AZ biobucks - sum?").tool_calls[0].args["metric"] == "milestones"


# -- inclusive_totals: "headline value incl. sales ms" asks the total --
def test_headline_value_including_sales_milestones(assistant: Assistant) -> None:
    answer = assistant.ask("AZN/CSPC obesity deal Jan-26 - headline value incl. sales ms?")
    assert answer.route == "table" and "$18.5 billion" in answer.answer and "4.7 billion" not in answer.answer


def test_total_of_the_deal_including_sales_milestones(assistant: Assistant) -> None:
    answer = assistant.ask(
        "What is the total deal value of the CSPC AstraZeneca 2026 deal, including sales milestones?"
    )
    assert answer.tool_calls[0].tool == "get_deal" and "$18.5 billion" in answer.answer


def test_inclusions_dropped_leaves_other_asks() -> None:
    assert inclusions_dropped("Hansoh Roche total (incl. all milestones)?") == "Hansoh Roche total?"
    said = "How much of the AZ/CSPC 2026 total is sales milestones?"
    assert inclusions_dropped(said) == said
    assert inclusions_dropped("the upfront including near-term payments") == "the upfront including near-term payments"


# -- zero_counts: none of a kind inside a set the table holds is 0 --
def test_how_many_of_those_were_adcs_is_zero(assistant: Assistant) -> None:
    answer = assistant.ask("how many of those were ADCs?", [Turn(question="AZ's 2025 China deals?")])
    assert not answer.abstained and answer.figures[0].value == 0
    assert "0 deals" in answer.answer and "Small molecule" in answer.answer


def test_oncology_deals_of_a_metabolic_buyer_is_zero(assistant: Assistant) -> None:
    answer = assistant.ask("How many oncology deals did Novo Nordisk sign?")
    assert not answer.abstained and answer.figures[0].value == 0 and "Metabolic" in answer.answer


def test_a_count_over_an_empty_set_is_still_refused(assistant: Assistant) -> None:
    assert assistant.ask("How many deals did Pfizer sign in 2023?").abstained


# -- measures_compared: two sides, two measures --
def test_two_deals_compared_on_upfront_and_milestones(assistant: Assistant) -> None:
    answer = assistant.ask("AZ: CSPC Lp(a) (Oct-24) vs Jacobio pan-KRAS (Dec-25) terms - upfront and ms")
    assert [call.args["metric"] for call in answer.tool_calls] == ["upfront", "milestones"]
    assert "$100 million" in answer.answer and "$1.92 billion" in answer.answer


def test_two_buyers_compared_on_two_measures(assistant: Assistant) -> None:
    answer = assistant.ask("Merck vs GSK in 2025: upfront and milestones?")
    assert [call.args["metric"] for call in answer.tool_calls] == ["upfront", "milestones"]


# -- place_headings: "EU vs US …:" heads two named deals --
def test_place_heading_before_two_named_deals(assistant: Assistant) -> None:
    answer = assistant.ask("EU vs US record cheques: AZ-CSPC (Jan 26) upfront vs Pfizer-3SBio upfront").answer
    assert "$1.2 billion" in answer and "$1.25 billion" in answer and "$50 million less" in answer


def test_place_heading_without_companies_keeps_the_places(assistant: Assistant) -> None:
    answer = assistant.ask("EU vs US buyers: who paid more upfront in 2025?").answer
    assert "licensee based in US" in answer


def test_places_unheaded_keeps_the_heading_measure() -> None:
    def count(text: str) -> int:
        return sum(name in text for name in ("Roche", "Hansoh", "Takeda", "Innovent"))

    said = "Swiss vs Japanese buyers: Roche-Hansoh vs Takeda-Innovent upfront"
    assert places_unheaded(said, count) == "buyers: Roche-Hansoh vs Takeda-Innovent upfront"


# -- deal_asks: a drug's target as a bare noun among the figures --
def test_target_between_figures_is_stated(assistant: Assistant) -> None:
    answer = assistant.ask("Roche/Hansoh HS-20110: target; upfront; ms?").answer
    assert "CDH17" in answer and "$80 million" in answer and "$1.45 billion" in answer


def test_moa_beside_an_upfront(assistant: Assistant) -> None:
    answer = assistant.ask("Merck/LaNova LM-299: upfront; MoA?").answer
    assert "$588 million" in answer and "PD-1 and VEGF" in answer


# -- slashed_phrases: "from A / from B" asks each --
def test_upfront_from_two_buyers_split_by_a_slash(assistant: Assistant) -> None:
    answer = assistant.ask("Innovent: upfront from Roche (IBI3009) / from Lilly (Feb 26)?").answer
    assert "$80 million" in answer and "$350 million" in answer


def test_slashes_spelt_only_with_a_preposition_each_side() -> None:
    assert slashes_spelt("Merck's upfront to Kelun / to Hansoh?") == "Merck's upfront to Kelun and to Hansoh?"
    assert slashes_spelt("AZN/CSPC upfront/total from Roche / Lilly") == "AZN/CSPC upfront/total from Roche / Lilly"


# -- repeat_deals: "did Roche come back later?" lists the pair's deals --
def test_did_the_buyer_come_back_later(assistant: Assistant) -> None:
    answer = assistant.ask(
        "MediLink/Roche YL211: upfront+near-term, total per Scrip; and did Roche come back later?"
    ).answer
    assert "$50 million" in answer and "$1.05 billion" in answer and "YL201" in answer and "$570 million" in answer


def test_any_follow_on_deal_between_a_pair(assistant: Assistant) -> None:
    answer = assistant.ask("any follow-on deal between Argo and Novartis?").answer
    assert "2024-01-07" in answer and "2025-09-03" in answer


def test_again_as_remind_me_is_no_repeat(assistant: Assistant) -> None:
    answer = assistant.ask("What did Merck pay Hengrui again?")
    assert answer.tool_calls[0].tool == "get_deal"


def test_a_figure_of_the_new_deal_is_no_repeat(assistant: Assistant) -> None:
    answer = assistant.ask("How much did Eli Lilly pay Innovent upfront in their new deal?")
    assert answer.tool_calls[0].tool == "get_deal" and "$350 million" in answer.answer


def test_upfront_total_of_a_tracker_is_one_measure(assistant: Assistant) -> None:
    answer = assistant.ask("sum the 2023 upfronts in your table and compare it with biotochina's 2023 upfront total")
    assert "$2.22 billion" in answer.answer and "milestone" not in answer.interpretation
