"""What a hedge-fund PM, a Hong Kong banker, a BD scout and a compliance analyst asked (outsider150, 152, 154,
156), and what the last session left open, read as asked.

Two named deals' TV/UF (or milestones-to-upfront) multiples are each deal's own multiple, not their upfronts
compared; a pair's deal named by its area ("the CSPC AstraZeneca obesity deal") is that one of the pair's three; a
share of a year's deals that came with equity counts all the year's deals and says the share; the gap between the
first two deals of a ranking is said in dollars and percent.
"""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from tests.conftest import conversation, one_call, route


@pytest.mark.parametrize(
    ("question", "multiples"),
    [
        (
            "compare the TV/UF multiple of the CSPC AstraZeneca obesity deal with the 3SBio Pfizer deal",
            ("up to 15.42 times as much", "about 4.84 times as much"),
        ),
        ("which has the higher TV/UF, 3sbio-pfizer or curon-merck?", ("about 4.84 times", "up to 1.86 times")),
        (
            "compare the milestones-to-upfront ratio of the 3sbio pfizer deal and the hengrui gsk deal",
            ("up to 3.84 times as much", "about 24 times as much"),
        ),
    ],
)
def test_two_deals_multiples_are_each_deals_own(
    assistant: Assistant, question: str, multiples: tuple[str, str]
) -> None:
    text = assistant.ask(question).answer
    assert all(multiple in text for multiple in multiples), text


def test_a_pairs_deal_named_by_its_area_is_that_deal(router: Router) -> None:
    plan = route(router, "which had the bigger upfront, the cspc astrazeneca obesity deal or the hengrui gsk deal")
    call = one_call(plan)
    assert call.tool == "compare" and call.args["left"].get("therapeutic_area") == "Metabolic"


def test_a_share_of_the_years_deals_with_equity_counts_them_all(assistant: Assistant) -> None:
    text = assistant.ask("what % of 2025 deals had an equity component").answer
    assert "Our table holds 33 deals announced in 2025" in text and "Of these, 5 (15.2%) disclosed" in text


@pytest.mark.parametrize(
    ("question", "gap"),
    [
        (
            "how big was the gap between the largest and second-largest 2025 deals by total value?",
            "The first is about $500 million above the second (about 4.0% more)",
        ),
        (
            "what was the second-largest deal of 2025 by total value, and how far behind #1 was it",
            "The first is about $500 million above the second",
        ),
        (
            "how much bigger was the largest 2024 upfront than the second largest?",
            "The first is $112 million above the second (about 19.0% more)",
        ),
    ],
)
def test_the_gap_between_the_first_two_places_is_said(assistant: Assistant, question: str, gap: str) -> None:
    answer = assistant.ask(question)
    assert gap in answer.answer and "PharmCube" not in answer.answer
    assert any(call.tool == "rank" and call.args.get("gap") for call in answer.tool_calls)


@pytest.mark.parametrize(
    ("question", "tool", "metric"),
    [("top5 2025 by TV", "rank", "total"), ("top5 2024 deals by total value", "rank", "total")],
)
def test_top_n_written_together_ranks_deals(router: Router, question: str, tool: str, metric: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"], call.args["n"]) == (tool, metric, 5)


def test_cantonese_added_up_sums_the_deals_before(router: Router) -> None:
    call = one_call(route(router, "嗰兩單 upfront 加埋幾多?", ["翰森 2025 年簽咗邊幾單 out-licensing?"]))
    assert (call.tool, call.args["operation"], call.args["metric"]) == ("aggregate", "sum", "upfront")
    assert call.args["filter"]["licensor"] == "Hansoh Pharmaceutical Group"


def test_which_ones_were_with_a_buyer_narrows_the_list(assistant: Assistant) -> None:
    text = conversation(assistant, "Show me all of Hansoh's licensing deals.", "Which ones were with GSK?")
    assert "Our table holds 2 deals with licensor Hansoh Pharmaceutical Group, licensee GSK" in text


def test_another_deal_after_that_is_the_pairs_next(router: Router) -> None:
    plan = route(
        router, "did those two do another deal after that?", ["tell me about MediLink's YL211 deal with Roche"]
    )
    assert one_call(plan).args["deal_id"] == "medilink-roche-2026"


def test_a_lower_case_company_the_table_lacks_is_not_ranked_away(router: Router) -> None:
    plan = route(router, "beigene's biggest outlicense 2025 - upfront?")
    assert not plan.tool_calls and plan.rule == "a company the table does not know"


def test_terminate_in_a_cantonese_count_is_the_status(router: Router) -> None:
    call = one_call(route(router, "有冇 deal 已經 terminate 咗? 幾多單?"))
    assert call.tool == "aggregate" and call.args["filter"]["status"] == "terminated"


def test_a_walked_away_premise_after_given_is_corrected(assistant: Assistant) -> None:
    text = assistant.ask(
        "Given Pfizer walked away from the 3SBio SSGJ-707 deal, did 3SBio get to keep the $1.25b upfront?"
    ).answer
    assert "assumes the deal ended" in text and "closed on 24 July 2025" in text
    assert "market statistic" not in text


def test_list_all_of_a_companys_deals_with_dates_is_a_list(router: Router) -> None:
    plan = route(router, "List all of 翰森's deals you have, including pre-2024 ones, with announcement dates.")
    assert one_call(plan).tool == "find_deals"


def test_the_rights_coming_back_is_the_story_not_a_repeat_deal(router: Router) -> None:
    plan = route(router, "did the rights come back after the ImmuneOnco Axion deal ended?")
    assert plan.route == "text" and not plan.tool_calls


def test_a_smaller_first_side_says_its_ratio_to_the_second(assistant: Assistant) -> None:
    text = conversation(assistant, "荣昌 abbvie RC148 upfront", "ratio vs 3sbio pfe upfront?")
    assert "the first 0.52 times the second" in text


def test_compared_with_a_chinese_named_deal(assistant: Assistant) -> None:
    text = conversation(assistant, "百利天恒 BMS iza-bren upfront 幾多?", "同三生 Pfizer 嗰單 upfront 比, 差幾多?")
    assert "$450 million less" in text


@pytest.mark.parametrize(
    ("history", "question", "share"),
    [
        (
            "What did Hengrui's 2025 deals add up to in headline value?",
            "what share of that is the GSK programme deal?",
            "the first side is about 75.0% of the second",
        ),
        (
            "How much has AstraZeneca committed upfront across its Chinese deals in the table?",
            "and what share of that was the Jan 2026 CSPC cheque?",
            "the first side is about 71.2% of the second",
        ),
    ],
)
def test_one_deal_as_a_share_of_the_sum_before(assistant: Assistant, history: str, question: str, share: str) -> None:
    assert share in conversation(assistant, history, question)


def test_the_two_biggest_cheques_share_of_a_years_upfronts(assistant: Assistant) -> None:
    text = assistant.ask("in 2024 what % of upfront money went to the two biggest cheques?").answer
    assert "about 53.2%" in text


def test_so_far_in_cantonese_reads_the_trackers_pace(assistant: Assistant) -> None:
    text = assistant.ask("2026 開年到而家 average deal size 幾大? 比 2025 高幾多?").answer
    assert "about $1.3 billion" in text and "76%" in text


def test_a_gap_asked_after_a_count_keeps_the_tracker(assistant: Assistant) -> None:
    text = conversation(
        assistant, "PharmCube 2025 全年 China out-licensing total value 幾多?", "deal count 呢? 比 2024 多咗幾多單?"
    )
    assert "a rise of 63 deals" in text


def test_credited_with_is_the_trackers_company_figure(router: Router) -> None:
    call = one_call(route(router, "how much was 恒瑞 credited with for 2025 out-licensing in total?"))
    assert (call.tool, call.args["metric"]) == ("market_stat", "company_total_value")


def test_a_claimed_figure_then_a_question_answers_both(assistant: Assistant) -> None:
    text = assistant.ask(
        "Merck paid LaNova $888mm upfront for LM-299 — what were the milestones on top of that?"
    ).answer
    assert "$588 million upfront" in text and "up to $2.7 billion in milestone payments" in text


def test_the_top_deal_as_a_share_of_the_total_it_was_ranked_from(assistant: Assistant) -> None:
    text = conversation(
        assistant,
        "What deals are in your table for 2026?",
        "Which of those is the biggest by headline value?",
        "what share of the 2026 total does it represent?",
    )
    assert "CSPC Pharmaceutical Group" in text and "about 46.0%" in text


@pytest.mark.parametrize(
    ("question", "bounds"),
    [
        ("2024 deals w upfront $100-200m (incl) - count + names", ("min_upfront_usd", "max_upfront_usd")),
        ("2025 deals with TV $1-1.5bn", ("min_total_usd", "max_total_usd")),
    ],
)
def test_an_amount_range_with_a_dash_bounds_both_ends(router: Router, question: str, bounds: tuple[str, str]) -> None:
    call = one_call(route(router, question))
    assert all(bound in call.args["filter"] for bound in bounds) and not call.args["filter"].get("exclusive")


def test_a_trackers_upfronts_on_billion_dollar_partnerships(router: Router) -> None:
    plan = route(router, "Informa Connect 2024: total upfront on the $1bn+ partnerships signed by Chinese biopharmas?")
    call = one_call(plan)
    assert (call.tool, call.args["metric"], call.args["reporter"]) == ("market_stat", "upfront_total", "Informa")


def test_an_upfront_bound_before_deals_stays_on_the_upfront(router: Router) -> None:
    call = one_call(route(router, "upfront over $100m deals in 2025"))
    assert "min_upfront_usd" in call.args["filter"]


def test_a_lead_that_asks_keeps_its_period(assistant: Assistant) -> None:
    text = assistant.ask(
        "For deals from 2024 onward, add up every equity investment where a dollar amount was disclosed. "
        "Which deals make up the number?"
    ).answer
    assert "the equity investments sum to $417.5 million" in text


def test_upfront_paid_as_stock_is_the_equity_part(assistant: Assistant) -> None:
    text = assistant.ask("Hengrui HRS-1893 to Braveheart: how much of the upfront came as Braveheart stock?").answer
    assert "$32.5 million paid in equity" in text


def test_deals_and_dollars_so_far_is_the_trackers_count_and_value(router: Router) -> None:
    plan = route(router, "2026 ytd pace - deals and $ so far?")
    assert [call.args["metric"] for call in plan.tool_calls] == ["deal_count", "total_value"]


def test_a_when_part_naming_nothing_is_asked_of_the_pair_before(assistant: Assistant) -> None:
    text = assistant.ask("ImmuneOnco 同 Axion 嗰單點解會散? 幾時 terminate?").answer
    assert "6 January 2026" in text and "3SBio" not in text


def test_a_list_then_a_dash_and_a_question_answers_both(assistant: Assistant) -> None:
    text = assistant.ask("List Roche's licences from Chinese companies – which had the biggest upfront?").answer
    assert "Our table holds 4 deals with licensee Roche" in text and "The largest upfront payments" in text


@pytest.mark.parametrize("question", ["sum of 2024 upfronts?", "add up the 2024 upfronts"])
def test_a_sum_asked_in_words_is_our_rows(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["operation"], call.args["metric"]) == ("aggregate", "sum", "upfront")


def test_a_total_of_a_year_is_still_the_trackers(router: Router) -> None:
    assert one_call(route(router, "total 2024 upfronts")).tool == "market_stat"


def test_a_share_of_one_measure_after_the_largest_deal_is_that_deals(assistant: Assistant) -> None:
    text = conversation(
        assistant, "Which deal in your table has the largest headline value?", "what share of that is upfront?"
    )
    assert "the upfront payment is about 6.5% of the total deal value" in text


def test_an_increase_asked_after_a_year_on_the_same_basis_is_between_the_two_years(assistant: Assistant) -> None:
    text = conversation(
        assistant,
        "What was PharmCube's total for Chinese out-licensing in 2025?",
        "and for 2024 on the same basis? what's the % increase in deal count?",
    )
    assert "the deal count went from 94 in 2024 to 157 in 2025" in text


def test_a_drug_kind_the_deal_is_not_is_corrected(assistant: Assistant) -> None:
    text = assistant.ask("the GLP-1 3SBio licensed to Pfizer — what were the milestones?").answer
    assert text.startswith("Our sources do not describe it as a GLP-1: 3SBio licensed SSGJ-707 to Pfizer")
    assert "up to $4.8 billion" in text


def test_a_drug_kind_the_deals_article_names_is_no_correction(assistant: Assistant) -> None:
    text = assistant.ask("what did Merck pay for the GLP-1 Hansoh licensed to it?").answer
    assert "do not describe" not in text and "$112 million upfront" in text


def test_why_a_figure_instead_points_at_the_deal_before(assistant: Assistant) -> None:
    text = conversation(
        assistant,
        "What's the total value of CSPC's January 2026 weight-loss deal with AstraZeneca?",
        "why do some outlets quote 4.7 billion instead?",
    )
    assert "leaves out the sales milestones" in text
