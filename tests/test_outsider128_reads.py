"""What a biotech BD director benchmarking terms asked (outsider128), read as asked.

A sentence that only narrows the question before it joins it; "which three 2024 deals" ranks three; "include
bispecific ADCs" widens the ADCs; "across those three" after a top three is those three deals; "how does that
compare" after one of a pair's deals starts from that deal; "not the milestones, just the upfront" wants the upfront.
"""

from __future__ import annotations

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.narrowing_tail import narrowing_joined
from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        (
            "What was the average upfront on 2025 ADC deals? Just plain ADCs, not bispecific ADCs, and skip any where "
            "the upfront wasn't disclosed.",
            "What was the average upfront on 2025 ADC deals, just plain ADCs, not bispecific ADCs, and skip any where "
            "the upfront wasn't disclosed?",
        ),
        ("How many deals did Hengrui do in 2025? Include the borderline ones.", None),
        (
            "What's the median upfront for bispecific deals from 2024 on? Leave out Earendil and the pre-2024 deals.",
            "What's the median upfront for bispecific deals from 2024 on, leave out Earendil?",
        ),
        ("What did Pfizer pay 3SBio? What did Takeda pay Innovent?", "unchanged"),  # two questions
        ("Top 3 deals by upfront? Include 2026.", "unchanged"),  # a year alone: read apart, as before
        ("What did Pfizer pay 3SBio? Not sure it matters.", "unchanged"),  # an aside
        ("I cover ADCs. Only plain ones. What was the 2025 average?", "unchanged"),  # after a statement
        ("What did Pfizer pay 3SBio? Only cash, how much was it?", "unchanged"),  # a question word: its own ask
    ],
)
def test_a_sentence_that_only_narrows_joins_the_one_before(asked: str, read: str | None) -> None:
    if read == "unchanged":
        assert narrowing_joined(asked) == asked
    elif read is None:
        assert narrowing_joined(asked) == "How many deals did Hengrui do in 2025, include the borderline ones?"
    else:
        assert narrowing_joined(asked) == read


def test_the_narrowed_average_is_over_the_plain_adcs_of_the_year(assistant: Assistant) -> None:
    answer = assistant.ask(
        "What was the average upfront on 2025 ADC deals? Just plain ADCs, not bispecific ADCs, and skip any where the "
        "upfront wasn't disclosed."
    )
    assert "$77.6 million" in answer.answer and "Duality" not in answer.answer
    assert len(answer.tool_calls) == 1


@pytest.mark.parametrize(
    ("question", "n"),
    [("Which three 2024 deals had the biggest total deal value?", 3), ("which two deals were largest", 2)],
)
def test_which_n_deals_ranks_n(router: Router, question: str, n: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["n"] == n


def test_bispecific_adcs_included_widen_the_adcs(router: Router) -> None:
    call = one_call(route(router, "Rank the ADC deals by upfront — include bispecific ADCs — and give me the top 3."))
    assert call.args["filter"]["modality"] == "ADC" and call.args["n"] == 3


def test_across_those_three_after_a_top_three_is_those_deals(assistant: Assistant) -> None:
    first = assistant.ask("Top 3 deals by upfront in 2024?")
    answer = assistant.ask(
        "What's the average upfront across those three?", [Turn(question=first.question, answer=first)]
    )
    assert answer.tool_calls[0].args["filter"]["deal_ids"] == [
        "curon-merck-2024",
        "lanova-merck-2024",
        "chimagen-gsk-2024",
    ]
    assert "$529" in answer.answer


def test_that_after_one_of_a_pairs_deals_is_that_deal(assistant: Assistant) -> None:
    first = "What upfront is AstraZeneca paying CSPC on the weight-management portfolio?"
    answer = assistant.ask("How does that compare with the upfront on their 2024 Lp(a) deal?", [Turn(question=first)])
    call = answer.tool_calls[0]
    assert call.tool == "compare" and call.args["left"]["deal_ids"] == ["cspc-astrazeneca-2026"]
    assert "12 times" in answer.answer


def test_that_after_a_pair_with_one_deal_is_read_as_before(router: Router) -> None:
    plan = route(
        router, "How does that compare with the upfront on Merck's LaNova deal?", ["What did Merck pay Curon upfront?"]
    )
    assert one_call(plan).args["left"].get("licensor") == "Curon Biopharmaceutical"


def test_not_one_measure_just_another_wants_the_other(router: Router) -> None:
    call = one_call(route(router, "What did Pfizer pay 3SBio, not the milestones, just the upfront?"))
    assert (call.tool, call.args.get("metric")) == ("get_deal", "upfront")


@pytest.mark.parametrize(
    "question",
    [
        "What's the average headline value of 2025 ADC deals (plain ADCs), and is one deal skewing it?",
        "average headline of 2025 conventional ADC deals",
    ],
)
def test_plain_adcs_leave_out_the_bispecific_ones(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.args["filter"]["modality"] == "ADC" and call.args["filter"]["exclude_modalities"] == ["Bispecific ADC"]


@pytest.mark.parametrize(
    "question",
    [
        "I've seen LaNova–Merck quoted at $888m upfront. Is that the right upfront number for LM-299?",
        "礼新给默沙东那单首付 8.88亿美金，没错吧",
    ],
)
def test_a_figure_seen_elsewhere_is_explained_from_the_article(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "$588 million" in answer.answer and "$300 million technology-transfer" in answer.answer


def test_a_change_said_as_a_multiple_gets_the_multiple(assistant: Assistant) -> None:
    answer = assistant.ask("The number of Chinese out-licensing deals nearly tripled from 2024 to 2025, right?")
    assert answer.tool_calls[0].args["derive"] == "bigger" and "1.67 times" in answer.answer


def test_cash_claimed_of_an_upfront_paid_partly_in_warrants_says_the_split(assistant: Assistant) -> None:
    answer = assistant.ask("RemeGen got $125 million in cash upfront from Vor Bio - right?")
    assert "$45 million in cash" in answer.answer


def test_who_owns_a_licensor_now_finds_the_acquisition(assistant: Assistant) -> None:
    answer = assistant.ask("Who ended up owning LaNova after its Merck deal?")
    assert answer.answer.startswith("LaNova Medicines was later acquired by Sino Biopharm")


def test_option_payments_and_a_part_said_twice(assistant: Assistant) -> None:
    answer = assistant.ask(
        "3SBio-Pfizer: what's the territory, what are the China option payments worth, and what royalty rate applies?"
    )
    assert "$150 million in China option payments" in answer.answer
    assert answer.answer.count("Royalties to 3SBio: tiered double-digit") == 1


@pytest.mark.parametrize(
    "question",
    [
        "main deals with milestones >= $5bn",
        "median headline of oncology deals, main scope",
        "licensors ranked by summed 2025 headline value, top 3 (main)",
    ],
)
def test_main_deals_named_keep_to_the_main_rows(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.args["filter"]["scopes"] == ["main"]


def test_the_main_deals_of_a_year_are_its_biggest_not_a_scope(router: Router) -> None:
    assert "scopes" not in str(route(router, "what were the main deals of 2025?").tool_calls)


def test_a_screen_written_with_field_names(router: Router) -> None:
    call = one_call(
        route(router, "all ADC deals sorted by upfront desc (modality = ADC, excl. bispecific ADCs), main scope")
    )
    assert (call.tool, call.args["dimension"]) == ("rank", "deal")
    assert call.args["filter"]["modality"] == "ADC" and call.args["filter"]["exclude_modalities"] == ["Bispecific ADC"]
    call = one_call(route(router, "main deals with no headline/total value"))
    assert call.tool == "find_deals" and call.args["filter"]["undisclosed"] == ["total"]


def test_the_range_said_with_its_ends_asks_both_ends(assistant: Assistant) -> None:
    answer = assistant.ask("the range (min and max) of upfronts in 2024")
    assert "$10 million" in answer.answer and "$700 million" in answer.answer


def test_only_after_a_list_narrows_that_list(replaying: Router) -> None:
    first = "bispecific antibody deals (modality = Bispecific antibody) 2024 onward, main deals only"
    call = one_call(route(replaying, "only upfront >= $100m", [first]))
    assert call.args["filter"]["modality"] == "Bispecific antibody" and call.args["filter"]["min_upfront_usd"]


def test_main_scope_only_after_a_list_is_that_list_on_the_main_rows(router: Router) -> None:
    call = one_call(route(router, "main scope only", ["deals with upfront >= $500m in the table"]))
    assert call.args["filter"]["scopes"] == ["main"] and call.args["filter"]["min_upfront_usd"]


@pytest.mark.parametrize(
    "question",
    [
        "evopoint astellas 1.34b, total or on top of shoufu?",
        "does the $1.34bn include the upfront in the evopoint astellas deal?",
    ],
)
def test_what_a_stated_figure_covers_gives_the_sources_accounts(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert "FiercePharma" in answer.answer and "Pharmaphorum" in answer.answer


@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "The Innovent-Takeda deal of October 2025 is worth $10.2 billion in total, including the $1.2 billion "
            "upfront, correct?",
            11_400_000_000,
        ),
        (
            "Argo's September 2025 deal with Novartis is worth 5.2 billion dollar in total, with 160 Mio. upfront, yes?",
            5_360_000_000,
        ),
    ],
)
def test_a_claimed_total_that_is_the_milestones_gets_the_true_total_as_a_figure(
    assistant: Assistant, question: str, total: int
) -> None:
    answer = assistant.ask(question)
    assert "in the claim is this deal's milestone payments" in answer.answer
    assert any(figure.value == total and figure.qualifier == "up_to" for figure in answer.figures)


@pytest.mark.parametrize(
    "question",
    [
        "頭期款不到1億美元、但總額超過15億美元的案子有哪幾筆?已經終止的不要算",
        "upfront under $100 million but total value over $1.5 billion: which deals?",
    ],
)
def test_which_deals_under_bounds_on_the_total_lists_them(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals" and call.args["filter"]["min_total_usd"] == "1500000000"
    if "終止" in question:
        assert call.args["filter"]["exclude_statuses"] == ["terminated"]


def test_only_a_kind_after_a_top_five_ranks_that_kind_again(replaying: Router) -> None:
    call = one_call(route(replaying, "only the ADC ones", ["Top 5 deals of 2025 by headline value?"]))
    assert call.args["filter"]["modality"] == "ADC" and "deal_ids" not in call.args["filter"]


def test_who_even_is_a_company_is_what_it_is(assistant: Assistant) -> None:
    assert "Alphabet" in assistant.ask("who even is calico").answer


@pytest.mark.parametrize(
    ("question", "metric"),
    [("what % of 2025 deals were ADCs?", "count"), ("what % of the 2025 deal value was ADC deals?", "total")],
)
def test_a_percent_of_deals_counts_them_and_of_value_sums_it(router: Router, question: str, metric: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare" and call.args["metric"] == metric


def test_percent_more_deals_is_a_change_not_a_share(assistant: Assistant) -> None:
    answer = assistant.ask("how much percent more deals were announced in 2025 than in 2024 in your table?")
    assert "153.8% more" in answer.answer


def test_the_biggest_one_then_its_buyer_is_one_deal(replaying: Router) -> None:
    plan = route(
        replaying, "what about the biggest one in 2024, who was the buyer there", ["largest upfront in the table?"]
    )
    assert one_call(plan).args["dimension"] == "deal"


def test_how_much_of_an_upfront_came_as_cash_gives_the_cash_part(assistant: Assistant) -> None:
    answer = assistant.ask("Of Vor Bio's upfront to RemeGen, how much came as cash rather than warrants?")
    assert any(figure.value == 45_000_000 for figure in answer.figures)


def test_a_count_by_area_is_our_tables_breakdown(router: Router) -> None:
    call = one_call(route(router, "count of deals by therapeutic area in 2025 (main scope)"))
    assert call.tool == "aggregate" and call.args["group_by"] == "therapeutic_area"


def test_and_the_oldest_one_after_a_pairs_count_is_that_deal(replaying: Router) -> None:
    plan = route(replaying, "and the oldest one's upfront?", ["How many deals has CSPC done with AZ?"])
    assert one_call(plan).args["deal_id"] == "cspc-astrazeneca-2024"
