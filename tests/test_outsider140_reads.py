"""What a comps analyst, a dictating executive, a VC partner and a Beijing policy researcher asked (outsider140,
142, 144, 145), read as asked.

One part of a named deal as a share of the deal is that part over its total, also after a one-deal ranking; "TV/UF
multiple" ranks deals by total over upfront; "total biobucks" gives the milestones and the headline; a royalty or
territory asked alone names its deal; "a d c" spelt out is ADC; "the newer one from september" is the pair's other
deal; a pair's deal pinned by its area quotes its own article; "how much in total?" after a count of deals with
equity sums the equity; a share of deals that came with a term is counted; Chinese "中位数呢", "在X到Y之间", "那2024年呢"
and "哪天" are read; a claim's figure that is another deal of the pair says which.
"""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from tests.conftest import conversation, one_call, route


@pytest.mark.parametrize(
    ("question", "share"),
    [
        (
            "what share of the 3sbio pfizer deal is upfront?",
            "the upfront payment is about 20.7% of the total deal value",
        ),
        ("what % of hengrui's gsk deal is upfront", "the upfront payment is about 4.0% of the total deal value"),
        ("what proportion of the Akeso Summit deal was milestones?", "the milestone package is about 90.0% of"),
    ],
)
def test_one_part_of_a_named_deal_is_a_share_of_its_total(assistant: Assistant, question: str, share: str) -> None:
    text = assistant.ask(question).answer
    assert share in text and "market statistic" not in text


def test_a_share_of_that_after_a_one_deal_ranking_is_of_that_deal(assistant: Assistant) -> None:
    text = conversation(assistant, "which deal had the biggest upfront in 2025?", "what share of that is upfront?")
    assert "3SBio–Pfizer" in text and "the upfront payment is about 20.7% of the total deal value" in text


def test_a_share_of_a_period_after_a_ranking_is_not_the_deals_own(router: Router) -> None:
    plan = route(router, "what share of 2025 upfronts is that?", ["which deal had the biggest upfront in 2025?"])
    assert not any(call.args.get("right_metric") == "total" for call in plan.tool_calls)


@pytest.mark.parametrize(
    ("question", "ascending"),
    [
        ("which 2025 deal had the highest TV/UF multiple?", False),
        ("lowest TV/UF multiple of anything since 2024?", True),
    ],
)
def test_tv_over_uf_ranks_deals_by_total_over_upfront(router: Router, question: str, ascending: bool) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["metric"] == "total_multiple"
    assert bool(call.args.get("ascending")) is ascending


def test_the_lowest_multiple_is_said_to_two_places(assistant: Assistant) -> None:
    text = assistant.ask("lowest TV/UF multiple of anything since 2024?").answer
    assert "Curon Biopharmaceutical licensed CN201 to Merck & Co." in text and "1.86 times" in text


def test_total_biobucks_gives_both_readings(router: Router) -> None:
    plan = route(router, "azn total biobucks across its china deals in the table")
    assert [call.args["metric"] for call in plan.tool_calls] == ["milestones", "total"]
    alone = route(router, "biobucks across AstraZeneca's china deals, summed")
    assert [call.args["metric"] for call in alone.tool_calls] == ["milestones"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "hansoh roche deal what territory does roche get",
            "Territory licensed to Roche by Hansoh Pharmaceutical Group",
        ),
        ("royalties on the hengrui kailera deal?", "Royalties to Jiangsu Hengrui Pharmaceuticals from Kailera"),
    ],
)
def test_a_term_asked_alone_names_its_deal(assistant: Assistant, question: str, said: str) -> None:
    assert said in assistant.ask(question).answer


def test_letters_spelt_out_make_a_modality(assistant: Assistant) -> None:
    text = assistant.ask("how many a d c deals were there in twenty twenty four").answer
    assert text.startswith("Our table holds 3 deals with modality ADC, announced in 2024")


@pytest.mark.parametrize(
    ("follow_up", "deal_id"),
    [
        ("and the newer one from september whats the upfront on that", "argo-novartis-2025"),
        ("and the september one, milestones?", "argo-novartis-2025"),
    ],
)
def test_the_pairs_other_deal_by_its_date(router: Router, follow_up: str, deal_id: str) -> None:
    call = one_call(route(router, follow_up, ["argo novartis twenty twenty four deal upfront"]))
    assert call.tool == "get_deal" and call.args["deal_id"] == deal_id


def test_the_older_one_after_the_later_deal(router: Router) -> None:
    call = one_call(route(router, "what about the older one?", ["argo novartis 2025 deal upfront"]))
    assert call.args["deal_id"] == "argo-novartis-2024" and call.args["metric"] == "upfront"


@pytest.mark.parametrize(
    "question", ["when was the CSPC AstraZeneca obesity deal announced?", "石药和阿斯利康的减重交易是哪天宣布的？"]
)
def test_a_pairs_deal_pinned_by_its_area_quotes_its_own_article(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "January 30, 2026" in answer.answer and "7 October 2024" not in answer.answer
    assert {c.doc_id for c in answer.citations} == {"deal-cspc-astrazeneca-2026"}


def test_in_total_after_a_count_of_deals_with_equity_sums_the_equity(assistant: Assistant) -> None:
    text = assistant.ask("how many deals in the table disclosed an equity amount? how much in total?").answer
    assert "5 (8.2%) disclosed the equity investment" in text and "the equity investments sum to $417.5 million" in text
    assert "total deal values" not in text


def test_a_share_of_deals_with_equity_is_counted(assistant: Assistant) -> None:
    text = assistant.ask("what share of AZ's China deals came with an equity investment?").answer
    assert "Our table holds 5 deals with licensee AstraZeneca" in text and "1 (20.0%) disclosed" in text


def test_pharmcubes_leader_asked_by_highest(assistant: Assistant) -> None:
    text = assistant.ask(
        "according to PharmCube, which Chinese company had the highest out-licensing value in 2025?"
    ).answer
    assert text.startswith("Per PharmCube NextPharma (via Caixin), the licensors ranked")
    assert "First, Jiangsu Hengrui Pharmaceuticals: $16.7 billion" in text


def test_a_tracker_total_and_over_how_many_deals(assistant: Assistant) -> None:
    text = assistant.ask(
        "what did PharmCube say total China out-licensing was for 2025, and over how many deals?"
    ).answer
    assert "$135.7 billion" in text and "157 deals" in text


def test_chinese_median_too_is_a_second_ask(assistant: Assistant) -> None:
    text = assistant.ask("2024年这些交易的平均首付款是多少？中位数呢？").answer
    assert (
        "the average upfront payment is about $186 million" in text
        and "the median upfront payment is $110 million" in text
    )


def test_chinese_range_is_two_bounds(router: Router) -> None:
    call = one_call(route(router, "2024年总金额在10亿到15亿美元之间的交易有几笔？"))
    assert call.args["filter"]["min_total_usd"] == "1000000000" and call.args["filter"]["max_total_usd"] == "1500000000"


def test_chinese_year_again_then_a_count(assistant: Assistant) -> None:
    text = conversation(assistant, "PharmCube统计的2025年中国对外授权总额是多少？", "那2024年呢？交易数多少？")
    assert "a total deal value of $51.9 billion for 2024" in text and "94 deals" in text


def test_which_day_after_a_deal_is_that_deals_date(assistant: Assistant) -> None:
    text = conversation(assistant, "翰森制药授权给Regeneron的是什么药？", "哪天宣布的？首付款多少？")
    assert "2 June 2025" in text and "$80 million upfront" in text and "MediLink" not in text


def test_the_near_term_breakdown_is_said_when_asked(assistant: Assistant) -> None:
    text = assistant.ask("Leads Biolabs Dianthus: upfront, and how much is near-term?").answer
    assert "made up of $30 million paid upfront and $8 million" in text


def test_a_claimed_figure_of_the_pairs_other_deal_names_it(assistant: Assistant) -> None:
    text = assistant.ask("Roche paid MediLink $570m upfront for YL211 right?").answer
    assert "The $570 million in the claim is the upfront payment of MediLink Therapeutics' January 2026 deal" in text
    assert "for YL201, not of this one" in text


def test_a_companys_deals_added_up_against_the_trackers_credit(assistant: Assistant) -> None:
    for question in (
        "what do Hengrui's 2025 deals add up to in total value, and does that match PharmCube's $16.7bn?",
        "恒瑞2025年那几笔对外授权，总金额加起来多少？和PharmCube说的167亿美元对得上吗？",
    ):
        text = assistant.ask(question).answer
        assert "$16.7 billion" in text and "sum to up to $16.669 billion" in text


def test_a_trackers_count_of_one_companys_deals_is_not_its_value(assistant: Assistant) -> None:
    text = assistant.ask("how many 2025 deals did hengrui sign in total, per pharmcube?").answer
    assert text.startswith("No reported market statistic gives the company deal count")
    assert "reported Jiangsu Hengrui Pharmaceuticals' cross-border out-licensing deal value" not in text


def test_a_point_in_a_review_is_what_it_wrote(router: Router) -> None:
    plan = route(router, "what's the first-in-class vs best-in-class point in the Caixin review?")
    assert plan.route == "text" and not plan.tool_calls


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "What upfront did Pfizer pay Akeso for ivonescimab?",
            "Our table has no deal between Pfizer and Akeso for Ivonescimab: Akeso licensed it to Summit Therapeutics",
        ),
        ("What upfront did Roche pay Hengrui for HRS-9821?", "Jiangsu Hengrui Pharmaceuticals licensed it to GSK"),
    ],
)
def test_a_drug_asked_of_the_wrong_partner_names_its_deal(assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert said in answer.answer and answer.abstained and "$500 million" not in answer.answer


def test_a_pair_named_the_other_way_round_is_no_wrong_partner(assistant: Assistant) -> None:
    text = assistant.ask("iza-bren: any milestone from BMS to SystImmune in 2025?").answer
    assert "no deal between" not in text and "$250 million milestone" in text


def test_the_measure_compared_with_a_named_deal_starts_from_the_deal_before(router: Router) -> None:
    call = one_call(
        route(
            router,
            "how does the upfront compare with remegen's vor deal?",
            ["what was the upfront on the remegen abbvie deal?"],
        )
    )
    assert (
        call.tool == "compare"
        and call.args["left"]["licensee"] == "AbbVie"
        and call.args["right"]["licensee"] == "Vor Bio"
    )


def test_where_a_deal_ranks_says_its_place_first(assistant: Assistant) -> None:
    text = assistant.ask("Where does the Innovent-Lilly deal rank by upfront among 2026 deals?").answer
    assert text.startswith("Innovent Biologics–Eli Lilly ranks fourth of the 7 deals ranked")
    again = conversation(
        assistant, "Where does the Innovent-Lilly deal rank by upfront among 2026 deals?", "and by headline value?"
    )
    assert again.startswith("Innovent Biologics–Eli Lilly ranks second of the 6 deals ranked")


def test_line_up_by_a_measure_is_a_ranking(router: Router) -> None:
    call = one_call(route(router, "Line up the PD-1/VEGF bispecific out-licensing deals since 2024 by upfront."))
    assert call.tool == "rank" and call.args["metric"] == "upfront"


def test_a_deal_in_a_list_is_named_with_its_drug(assistant: Assistant) -> None:
    text = assistant.ask("how many deals has abbvie done with chinese licensors since 2024?").answer
    assert "RemeGen for RC148 (2026-01-12)" in text and "FutureGen Biopharmaceutical for FG-M701" in text


def test_several_drugs_named_for_one_sum_are_all_summed(assistant: Assistant) -> None:
    text = assistant.ask(
        "combined upfront for the 3 big PD-1/VEGF bispecific licences since 2024 — LM-299, SSGJ-707 and RC148?"
    ).answer
    assert "the upfront payments sum to $2.488 billion" in text


def test_a_royalty_rate_asked_of_a_drug_alone_is_its_rows_band(assistant: Assistant) -> None:
    text = assistant.ask("HS-20094: milestones, and what royalty rate?").answer
    assert (
        "up to $1.93 billion" in text
        and "Royalties to Hansoh Pharmaceutical Group from Regeneron for HS-20094: low double-digit" in text
    )


def test_a_trackers_milestones_to_upfront_ratio_said_that_way_round(assistant: Assistant) -> None:
    text = assistant.ask(
        "Sino Drug Watch, as of end-Aug 2025: upfront vs potential milestones - what's the ratio of milestones to upfront?"
    ).answer
    assert "about 11.92 times the $2.6 billion of upfront payments" in text


def test_which_of_those_was_first_and_second_ranks_two(router: Router) -> None:
    plan = route(
        router, "Which of those had the largest upfront, and which was second?", ["List the 2025 GLP-1 licensing deals"]
    )
    assert one_call(plan).args["n"] == 2


def test_a_drug_named_beside_a_company_it_never_dealt_with_is_no_premise(assistant: Assistant) -> None:
    text = assistant.ask("How does Akeso's ivonescimab compare with Merck's Keytruda in trials?").answer
    assert "no deal between" not in text


@pytest.mark.parametrize(
    ("follow_up", "deal_id"),
    [("and the earliest one?", "cspc-astrazeneca-2024"), ("and the newer one?", "cspc-astrazeneca-2025")],
)
def test_the_earliest_of_three_deals_is_the_first(router: Router, follow_up: str, deal_id: str) -> None:
    before = (
        "what was the upfront of the cspc astrazeneca 2026 deal?"
        if "earliest" in follow_up
        else ("what was the upfront of the cspc astrazeneca 2024 deal?")
    )
    assert one_call(route(router, follow_up, [before])).args["deal_id"] == deal_id
