"""The classes of outsider18.jsonl (a policy researcher's long, hedged questions), each read in other
wordings on the real tables: a clause that illustrates, explains or states a premise names no filter;
"leaving aside the deals whose total was not disclosed" is what a sum does anyway; an inclusion note in
brackets keeps the word's wider reading; "your own dataset, not the trackers" is our rows; borderline deals
let in widen the table sections; two statistics, two kinds of deal, two trackers or one tracker's two
measures asked together are asked one by one; a cause's share of a change and a breakdown of a tracker's
count are held nowhere and refused; a share of "disclosed" money by modality is our rows'. The examples are
not the outsider's words."""

from __future__ import annotations

import pytest

from assistant.routing.decompose import split_parts
from assistant.routing.research_parts import research_parts
from assistant.routing.research_wording import plain_question
from assistant.routing.router import Router
from tests.conftest import one_call, route


def _filter(plan: object) -> dict[str, object]:
    return one_call(plan).args["filter"]  # type: ignore[arg-type]


# -- clauses that illustrate, explain or state a premise ------------------------------------------
@pytest.mark.parametrize(
    ("question", "operation", "year"),
    [
        (
            "Big cheques like the Merck and Novartis ones distort averages - what was the median upfront in 2024?",
            "median",
            2024,
        ),
        (
            "What was the median milestone package among 2025 deals, given giants such as the GSK and Takeda ones?",
            "median",
            2025,
        ),
        (
            "what was the average upfront of the 2024 deals you track? I ask because Merck's two deals look large",
            "average",
            2024,
        ),
    ],
)
def test_companies_that_only_illustrate_are_no_filter(router: Router, question: str, operation: str, year: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == operation, call
    assert call.args["filter"] == {"year": year, "exclusive": []}, call


@pytest.mark.parametrize(
    ("question", "metric", "position"),
    [
        ("Which deal had the third-biggest upfront in 2025 - I take it 3SBio/Pfizer is on top?", "upfront", 3),
        ("Which 2024 deal ranks second by total value? I'm guessing the Kailera one leads.", "total", 2),
    ],
)
def test_a_premise_beside_a_ranking_is_no_filter(router: Router, question: str, metric: str, position: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["metric"] == metric and call.args["position"] == position, call
    assert set(call.args["filter"]) <= {"year", "exclusive"}, call


def test_companies_asked_about_with_like_stay_the_filter(router: Router) -> None:
    """No clause beside the question: "big pharmas like Merck" is what is asked about."""
    call = one_call(route(router, "What did big pharmas like Merck pay upfront in 2024?"))
    assert "Merck & Co." in str(call.args), call


@pytest.mark.parametrize(
    "question",
    [
        "Adding up upfronts, what did the 2025 deals in your table come to, setting aside any deal whose upfront was never disclosed?",
        "What is the combined headline value of the 2024 deals you track, excluding deals where the total wasn't disclosed?",
        "Sum the 2026 deals' total values, ignoring the ones that did not disclose a total",
    ],
)
def test_leaving_out_undisclosed_figures_is_no_filter_on_them(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == "sum", call
    assert "undisclosed" not in call.args["filter"], call


def test_asking_for_the_undisclosed_ones_still_filters_on_them(router: Router) -> None:
    call = one_call(route(router, "How many 2025 deals had an undisclosed upfront?"))
    assert call.args["filter"].get("undisclosed") == ["upfront"], call


def test_an_inclusion_note_in_brackets_keeps_the_wider_word(router: Router) -> None:
    call = one_call(route(router, "How much upfront did 2025 ADC deals (including bispecific ADCs) bring in?"))
    assert call.args["filter"]["modality"] == "ADC", call


@pytest.mark.parametrize(
    "question",
    [
        "How many 2025 deals are in the table if the borderline ones are counted too?",
        "Counting the borderline cases too (Earendil Labs with Sanofi, for instance), what was the 2025 upfront total in your table?",
        "Including the two borderline cases - WuXi Biologics/Candid and Earendil Labs/Sanofi - how many 2025 deals are there in the table?",
    ],
)
def test_borderline_deals_let_in_widen_the_sections(router: Router, question: str) -> None:
    deal_filter = _filter(route(router, question))
    assert deal_filter["scopes"] == ["main", "borderline"] and set(deal_filter) == {"year", "exclusive", "scopes"}


def test_without_the_borderline_words_the_main_section_is_counted(router: Router) -> None:
    assert "scopes" not in _filter(route(router, "How many 2025 deals does the table hold?"))


# -- our rows, not the trackers ------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Looking only at your own data rather than the trackers, how many times as many deals were logged in 2025 as in 2024?",
        "In our own dataset, not the trackers' figures, how many times more deals are there for 2025 than for 2024?",
    ],
)
def test_our_own_data_is_our_rows(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.tool_calls and all(call.tool in ("aggregate", "compare") for call in plan.tool_calls), plan
    assert any(call.args.get("metric") == "count" for call in plan.tool_calls), plan


@pytest.mark.parametrize(
    "question",
    [
        "What was the mean potential value per deal in 2024, counting only deals that disclosed a total?",
        "For 2025, what was the average total value per deal, counting only the deals that stated a total?",
    ],
)
def test_an_average_over_deals_that_disclosed_is_our_rows(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate" and call.args["operation"] == "average" and call.args["metric"] == "total", call


def test_a_tracker_average_deal_size_stays_the_trackers(router: Router) -> None:
    call = one_call(route(router, "What was the average deal size in 2025 according to PharmCube?"))
    assert call.tool == "market_stat", call


# -- shares of our rows' disclosed money ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "modality", "area"),
    [
        ("What percentage of 2025's disclosed milestones went to platform deals?", "Platform / multi-program", None),
        ("What share of the disclosed 2025 upfront money went to oncology deals?", None, "Oncology"),
        (
            "What fraction of the disclosed 2024 headline value went to multi-program deals?",
            "Platform / multi-program",
            None,
        ),
    ],
)
def test_a_share_of_disclosed_money_is_our_rows(
    router: Router, question: str, modality: str | None, area: str | None
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare", call
    assert call.args["left"].get("modality") == modality and call.args["left"].get("therapeutic_area") == area


# -- refused: a cause's share of a change, a breakdown of a tracker's count ----------------------
@pytest.mark.parametrize(
    ("question", "measure"),
    [
        (
            "What fraction of the 2025 jump in deal value is due to China's drug regulatory reforms?",
            "effect of a policy or reform on deal numbers",
        ),
        (
            "How much did faster clinical trial approvals contribute to the boom in 2025?",
            "effect of a policy or reform on deal numbers",
        ),
        ("Of the 94 deals PharmCube counted for 2024, how many were ADCs?", "breakdown of a tracker's deal count"),
        (
            "How many of the 186 Greater China deals in 2025 were NewCo structures?",
            "breakdown of a tracker's deal count",
        ),
    ],
)
def test_what_no_source_breaks_down_is_an_unheld_measure(router: Router, question: str, measure: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and plan.unheld_measure == measure and not plan.tool_calls, plan


@pytest.mark.parametrize(
    "question",
    [
        "How many deals did PharmCube count in 2024?",
        "Of the 2025 deals in your table, how many were ADCs?",
        "How much of the 2025 upfront total came from Pfizer's deal?",
    ],
)
def test_counts_and_sums_worded_alike_are_not_refused(router: Router, question: str) -> None:
    assert route(router, question).unheld_measure is None


# -- two statistics in one breath ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Give me the average and the median milestone figure for the 2025 deals in your table.",
            [
                "Give me the average milestone figure for the 2025 deals in your table?",
                "Give me the median milestone figure for the 2025 deals in your table?",
            ],
        ),
        (
            "What's the median total deal value of the 2024 deals you track, and the mean?",
            [
                "What's the median total deal value of the 2024 deals you track?",
                "What's the mean total deal value of the 2024 deals you track?",
            ],
        ),
        (
            "In 2024, did oncology or immunology deals bring in more upfront? Give both totals.",
            [
                "In 2024, did oncology deals bring in more upfront?",
                "In 2024, did immunology deals bring in more upfront?",
            ],
        ),
        (
            "Which pulled in more milestones in 2025, ADC or bispecific antibody deals, and what were the two sums?",
            [
                "Which pulled in more milestones in 2025, ADC deals?",
                "Which pulled in more milestones in 2025, bispecific antibody deals?",
            ],
        ),
        (
            "For 2023, what deal count did Goodwin give, versus its total value?",
            ["For 2023, what deal count did Goodwin give?", "For 2023, what total value did Goodwin give?"],
        ),
    ],
)
def test_two_statistics_are_asked_one_by_one(question: str, parts: list[str]) -> None:
    assert research_parts(question) == parts
    assert split_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "What was the median upfront in 2025?",
        "Did Merck or Pfizer pay more upfront in 2024?",
        "Compare the total value of 2024 and 2025",
        "Did Hengrui or Hansoh sign more ADC deals in 2025?",
        "How many deals did PharmCube count in 2025, and how many did Goodwin count in 2023?",
    ],
)
def test_one_statistic_or_a_company_pair_is_not_split_here(question: str) -> None:
    assert research_parts(question) is None


def test_a_plain_question_is_left_alone() -> None:
    question = "What did Pfizer pay 3SBio upfront, and what did Merck pay LaNova?"
    assert plain_question(question) == question


# -- a tracker follow-up for "the same year" -----------------------------------------------------
@pytest.mark.parametrize(
    ("earlier", "question", "period"),
    [
        (
            "What was the Greater China deal count for 2021?",
            "and what did the Greater China series show in value for the same year?",
            "2021",
        ),
        (
            "What total value did CPHIIC report for 2024?",
            "and what did the IQVIA series show for that same year?",
            "2024",
        ),
    ],
)
def test_the_same_year_is_the_year_asked_before(router: Router, earlier: str, question: str, period: str) -> None:
    call = one_call(route(router, question, [earlier]))
    assert call.tool == "market_stat" and call.args.get("period") == period, call


def test_a_count_included_asks_the_value_and_the_count() -> None:
    parts = split_parts("and what did the IQVIA series show for the same year, deal count included?")
    assert [part.rsplit(":", 1)[-1].strip(" ?") for part in parts] == ["total value", "deal count"], parts


def test_higher_or_lower_than_another_tracker_is_their_gap() -> None:
    """Research wording reads the two statistics one by one; the question as a whole asks which is higher, so it is
    asked as the two trackers' gap (``tracker_which_more``), which states both figures and the difference."""
    question = "What total value did CPHIIC report for 2024, and was it higher or lower than the IQVIA figure?"
    assert research_parts(question) == [
        "What total value did CPHIIC report for 2024?",
        "What total value did IQVIA report for 2024?",
    ]
    assert split_parts(question) == ["What was the gap between CPHIIC's 2024 total value and IQVIA's 2024 total value?"]
