"""Classes of questions from the third outsider set (issue 11), each in several phrasings, with a
phrasing it must leave alone; the tool side checked against values computed by hand from deals.csv."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from assistant.answer import Turn
from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import AggregateArgs, CompareArgs, DealFilter, FindDealsArgs, RankArgs, ToolCall
from tests.conftest import DOCUMENTS


def _calls(router: Router, question: str, history: list[str] | None = None) -> list[tuple[str, dict[str, Any]]]:
    plan = router.route(question, [Turn(question=q) for q in history or []])
    return [(call.tool, call.args) for call in plan.tool_calls]


# -- "in the database", "your dataset", "on file": our rows, not a tracker's count --------------
@pytest.mark.parametrize(
    "question",
    [
        "how many 2023 deals are in the database?",
        "How many deals from 2024 do you have on file?",
        "Number of 2026 transactions recorded in your data?",
        "你们的数据库里有多少笔2024年的交易?",
        "what's the 2022 deal count in the dataset?",
    ],
)
def test_a_count_of_our_records_is_counted_in_our_table(router: Router, question: str) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "aggregate" and args["operation"] == "count"


def test_a_bare_count_is_still_the_trackers(router: Router) -> None:
    assert _calls(router, "How many deals were there in 2025?")[0][0] == "market_stat"


def test_how_many_more_deals_in_our_records_gives_both_counts_and_the_gap(router: Router, tools: DealTools) -> None:
    calls = _calls(router, "how many more deals does your dataset have for 2025 than for 2024")
    assert [tool for tool, _ in calls] == ["aggregate", "aggregate", "compare"]
    gap = tools.run(ToolCall(tool=calls[2][0], args=calls[2][1]))
    values = {figure.label: figure.value for figure in gap.figures}
    assert values["difference in number of deals, first side minus second"] == Decimal(33 - 13)


def test_compare_counts_deals_on_each_side(tools: DealTools) -> None:
    args = CompareArgs(metric="count", left=DealFilter(year=2026), right=DealFilter(year=2022))
    result = tools.invoke(args)
    counts = [figure.value for figure in result.figures if figure.unit == "count"]
    assert counts == [Decimal(7), Decimal(3), Decimal(4)]
    assert "4 more on the first side" in " ".join(line.text for line in result.lines)


# -- a count asked beside a sum over "their" deals is ours too ----------------------------------
@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "How many deals so far in 2026, and what do their upfronts add up to?",
            "How many deals so far in 2026 (in our table)?",
        ),
        (
            "how many ADC deals were signed in 2025, and what were their combined milestones?",
            "How many ADC deals were signed in 2025 (in our table)?",
        ),
    ],
)
def test_a_count_beside_their_upfronts_is_a_count_of_our_rows(router: Router, question: str, first: str) -> None:
    parts = split_parts(question)
    assert parts[0] == first
    assert _calls(router, parts[0])[0][1]["operation"] == "count"
    tool, args = _calls(router, parts[1], [parts[0]])[0]
    assert tool == "aggregate" and args["operation"] == "sum"


def test_two_questions_without_their_keep_their_own_scope() -> None:
    assert split_parts("How many deals were there in 2025, and what was the total value?")[0] == (
        "How many deals were there in 2025?"
    )


# -- a superlative in other words is one deal of our table ---------------------------------------
@pytest.mark.parametrize(
    ("question", "operation"),
    [
        ("stingiest upfront of 2024?", "min"),
        ("Which 2025 deal had the skimpiest upfront?", "min"),
        ("least generous upfront in 2026", "min"),
        ("2024年最低的首付款是多少?", "min"),
        ("What was the most modest upfront paid in 2025?", "min"),
    ],
)
def test_a_smallest_in_other_words_is_a_minimum_over_our_deals(router: Router, question: str, operation: str) -> None:
    # the bottom deal of a ranking, like the top deal for "largest" (multipart11: labels ask for the deal named)
    [(tool, args)] = _calls(router, question)
    assert operation == "min" and tool == "rank" and args["ascending"] and args["n"] == 1
    assert args["metric"] == "upfront" and args["dimension"] == "deal"


@pytest.mark.parametrize("question", ["most generous upfront of 2024?", "juiciest upfront of 2025"])
def test_a_largest_in_other_words_is_the_top_deal(router: Router, question: str) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "rank" and args["n"] == 1 and args["dimension"] == "deal"


# -- bounds in other words, two at once ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "bounds"),
    [
        (
            "any deals where the upfront was under $150M but the potential value topped $5B?",
            {"max_upfront_usd": "150000000", "min_total_usd": "5000000000"},
        ),
        ("which deals since 2024 came with at least half a billion dollars upfront", {"min_upfront_usd": "500000000"}),
        ("Which 2024 deals paid north of a quarter of a billion upfront?", {"min_upfront_usd": "250000000"}),
        ("deals with more than a billion dollars upfront", {"min_upfront_usd": "1000000000"}),
        ("list the deals topping $10 billion in headline value", {"min_total_usd": "10000000000"}),
        ("deals whose upfront fell short of $20 million", {"max_upfront_usd": "20000000"}),
    ],
)
def test_bounds_in_other_words_filter_the_list(router: Router, question: str, bounds: dict[str, str]) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "find_deals"
    assert {k: v for k, v in args["filter"].items() if k.endswith("_usd")} == bounds


def test_a_number_word_without_million_or_billion_is_no_bound(router: Router) -> None:
    [(_, args)] = _calls(router, "Which 2025 deals had an upfront over one of the trackers' averages?")
    assert not any(k.endswith("_usd") for k in args.get("filter", {}))


def test_a_list_states_its_bounds_as_figures(tools: DealTools) -> None:
    result = tools.invoke(FindDealsArgs(filter=DealFilter(min_upfront_usd=Decimal(10) ** 9, exclusive=[])))
    bound = [figure for figure in result.figures if figure.label.startswith("bound asked for")]
    assert [figure.value for figure in bound] == [Decimal(10) ** 9]


# -- every row, in the order asked -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "ascending"),
    [
        ("2026 oncology deals, largest upfront to smallest", False),
        ("List 2024 deals from the smallest upfront to the largest", True),
        ("rank all 2026 deals by total value", False),
        ("把2026年的交易按首付款从大到小排序", False),
        ("Hansoh's deals by upfront in descending order", False),
    ],
)
def test_a_sort_lists_every_row_in_order(router: Router, question: str, ascending: bool) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "rank" and args["n"] == 50 and args.get("ascending", False) is ascending


def test_sort_those_after_a_list_sorts_that_list(router: Router) -> None:
    [(tool, args)] = _calls(router, "sort those by upfront, biggest first", ["List Hengrui's out-licensing deals"])
    assert tool == "rank" and args["n"] == 50
    assert args["filter"]["licensor"] == "Jiangsu Hengrui Pharmaceuticals"


def test_the_smallest_alone_is_still_a_minimum(router: Router) -> None:
    [(tool, args)] = _calls(router, "What was the smallest upfront in 2025?")
    assert tool == "rank" and args["ascending"] and args["n"] == 1


def test_an_ascending_ranking_starts_with_the_smallest(tools: DealTools) -> None:
    result = tools.invoke(RankArgs(metric="upfront", filter=DealFilter(year=2024), n=50, ascending=True))
    assert result.rows[0] == "immuneonco-axion-2024" and result.rows[-1] == "curon-merck-2024"
    assert len(result.rows) == 13


# -- one measure of a deal as a share of another ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("What % of the Hengrui–GSK headline number is actually paid up front", []),
        ("What share of the 3SBio–Pfizer deal's total value is the upfront?", []),
        ("RemeGen–AbbVie: milestones as a percentage of the headline value?", []),
        (
            "What share of it is that upfront?",
            ["How much did Otsuka pay Harbour upfront?", "What's the deal's total value?"],
        ),
    ],
)
def test_a_share_of_one_deals_two_measures_sets_them_side_by_side(
    router: Router, question: str, history: list[str]
) -> None:
    [(tool, args)] = _calls(router, question, history)
    assert tool == "compare" and {args["metric"], args["right_metric"]} in (
        {"upfront", "total"},
        {"milestones", "total"},
    )
    assert args["left"] == args["right"]


def test_a_company_share_of_the_year_is_still_the_trackers(router: Router) -> None:
    [(tool, args)] = _calls(router, "What share of 2025 deal value did Hengrui account for?")
    assert tool == "market_stat" and args["derive"] == "share"


def test_one_deals_part_is_stated_as_a_percent_of_its_whole(tools: DealTools) -> None:
    one = DealFilter(licensor="Jiangsu Hengrui Pharmaceuticals", licensee="GSK")
    result = tools.invoke(CompareArgs(metric="total", right_metric="upfront", left=one, right=one))
    share = [figure for figure in result.figures if figure.label == "upfront payment as a percent of total deal value"]
    assert [figure.value for figure in share] == [Decimal("4.0")]  # 500 million of 12.5 billion


# -- a company's share of the market total, in other words ------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "What slice of 2025's total China licensing value came from Hengrui?",
        "What portion of 2025 licensing value did Hengrui account for?",
        "恒瑞占2025年中国授权交易总额的比例是多少?",
        "Hengrui's percentage of the 2025 total deal value?",
    ],
)
def test_a_slice_or_portion_of_the_year_is_a_company_share(router: Router, question: str) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "market_stat" and args["derive"] == "share" and args["period"] == "2025"


# -- growth of a measure no tracker reports for both years: our table's sums --------------------------
@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("by what percentage did total upfront payments grow from 2024 to 2025?", "upfront"),
        ("2025 vs 2024 upfront growth, in %", "upfront"),
        ("By what percentage did milestone money change between 2024 and 2025?", "milestones"),
        ("2024年到2025年首付款增长了多少?", "upfront"),
    ],
)
def test_growth_no_tracker_reports_for_both_years_is_our_tables(router: Router, question: str, metric: str) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "compare" and args["metric"] == metric
    assert (args["left"]["year"], args["right"]["year"]) == (2025, 2024)


@pytest.mark.parametrize(
    "question", ["How much did the total value of deals grow from 2024 to 2025?", "2024年到2025年交易总额增长了多少?"]
)
def test_growth_a_tracker_reports_for_both_years_is_the_trackers(router: Router, question: str) -> None:
    [(tool, args)] = _calls(router, question)
    # "how much did it grow" with no unit is the rise in money and in percent (``change``), the percent among them
    assert tool == "market_stat" and args["derive"] in ("growth", "change")


# -- one measure less another: "strip out the share purchase", "excluding the warrants" ----------------
@pytest.mark.parametrize(
    "question",
    [
        "If you strip out the share purchase, how much of Takeda's upfront to Innovent was actual cash?",
        "RemeGen Vor upfront excluding the warrants",
        "Braveheart's upfront to Hengrui minus the shares: how much cash?",
        "信达生物与武田制药的首付款扣除股权部分后是多少?",
    ],
)
def test_an_upfront_net_of_the_equity_in_it_is_its_two_measures(router: Router, question: str) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "compare" and {args["metric"], args["right_metric"]} == {"upfront", "equity"}


def test_an_equity_paid_beside_the_upfront_is_not_taken_out_of_it(router: Router) -> None:
    [(tool, _)] = _calls(router, "3SBio's upfront from Pfizer net of the equity investment?")
    assert tool == "get_deal"  # both terms stated; no subtraction the article does not make


def test_excluding_a_deal_is_no_two_measure_subtraction(router: Router) -> None:
    calls = _calls(router, "What did Merck pay upfront in 2024, excluding the LaNova deal?")
    assert all(args.get("right_metric") is None for _, args in calls)


# -- "how does that compare with ..." after a one-deal ranking compares that deal ----------------------
def test_that_after_a_one_deal_ranking_is_its_winner(tools: DealTools) -> None:
    def top_deal(call: ToolCall) -> str | None:
        found = tools.run(call).deal_ids
        return found[0] if found else None

    router = Router(load_tables(DOCUMENTS), top_deal=top_deal)
    history = ["AZ deals in 2025?", "which had the largest upfront?"]
    [(tool, args)] = _calls(router, "how does that compare with the upfront on AZ's 2026 CSPC deal", history)
    assert tool == "compare" and args["left"]["licensor"] == "Harbour BioMed" and args["left"]["year"] == 2025
    assert args["right"]["licensor"] == "CSPC Pharmaceutical Group" and args["right"]["year"] == 2026
    novartis = ["List Novartis's China deals", "which one had the largest upfront?"]
    [(_, stacked)] = _calls(router, "and how does that stack up against the SciNeuro upfront?", novartis)
    assert stacked["left"]["year"] == 2024 and stacked["right"]["licensor"] == "SciNeuro Pharmaceuticals"


def test_which_had_after_a_list_ranks_that_list(router: Router) -> None:
    [(tool, args)] = _calls(router, "which had the largest upfront?", ["AZ deals in 2025?"])
    assert tool == "rank" and args["filter"]["licensee"] == "AstraZeneca" and args["filter"]["year"] == 2025


# -- "how many patients" is not a count of deals -------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "How many patients were enrolled in the US before the ImmuneOnco/Axion deal was scrapped?",
        "how many US patients had Axion dosed when the deal ended?",
        "How many employees does Hengrui have after its GSK deal?",
    ],
)
def test_how_many_of_something_else_is_no_deal_count(router: Router, question: str) -> None:
    plan = router.route(question)
    assert not any(call.args.get("operation") == "count" for call in plan.tool_calls)


def test_how_many_deals_is_still_a_count(router: Router) -> None:
    [(tool, args)] = _calls(router, "How many deals did Hengrui sign in 2025?")
    assert tool == "aggregate" and args["operation"] == "count"


# -- the money kept after a termination, asked as a follow-up ------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["how much did immuneonco get to keep after it ended?", "how much money did they retain after the termination?"],
)
def test_money_kept_after_a_termination_is_the_reported_figure(router: Router, question: str) -> None:
    [(tool, args)] = _calls(router, question, ["Tell me about the ImmuneOnco–Axion deal"])
    assert tool == "market_stat" and args["metric"] == "retained_after_termination"


# -- a company "excluded" is left out of the sum, never the one asked about ---------------------------
@pytest.mark.parametrize(
    ("question", "kept", "left_out"),
    [
        ("What did Merck pay upfront in 2024, excluding the LaNova deal?", "Merck & Co.", "LaNova Medicines"),
        ("Merck's 2024 upfronts not counting Curon", "Merck & Co.", "Curon Biopharmaceutical"),
        ("How many deals did AstraZeneca sign, other than with CSPC?", "AstraZeneca", "CSPC Pharmaceutical Group"),
        ("除了GSK以外,恒瑞的交易首付款合计多少?", "Jiangsu Hengrui Pharmaceuticals", "GSK"),
    ],
)
def test_an_excluded_company_is_left_out(router: Router, question: str, kept: str, left_out: str) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "aggregate" and args["filter"]["exclude_companies"] == [left_out]
    assert kept in (args["filter"].get("licensor"), args["filter"].get("licensee"))


def test_a_filter_leaves_out_the_excluded_companys_deals(tools: DealTools) -> None:
    wanted = DealFilter(licensee="Merck & Co.", year=2024, exclude_companies=["LaNova"])
    result = tools.invoke(AggregateArgs(metric="upfront", operation="sum", filter=wanted))
    assert sorted(result.deal_ids) == ["curon-merck-2024", "hansoh-merck-2024"]
    assert next(f.value for f in result.figures if f.unit == "USD") == Decimal(812_000_000)


# -- shares or warrants a licensor got are the deal's equity; "what were they worth?" keeps it --------
@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("Did Hengrui get Braveheart Bio shares too?", []),
        ("What were they worth?", ["Did Hengrui get Braveheart Bio shares too?"]),
        ("and what is it worth?", ["What equity did Pfizer take in 3SBio?"]),
        ("How many shares did Takeda buy in Innovent?", []),
    ],
)
def test_shares_a_licensor_got_are_the_equity(router: Router, question: str, history: list[str]) -> None:
    [(tool, args)] = _calls(router, question, history)
    assert tool == "get_deal" and args["metric"] == "equity"


@pytest.mark.parametrize(
    "question",
    ["By how much did Akeso shares jump after the Summit licence?", "Did Hengrui shares rise on the GSK deal?"],
)
def test_a_share_price_move_is_no_equity(router: Router, question: str) -> None:
    plan = router.route(question)
    assert not any(call.args.get("metric") == "equity" for call in plan.tool_calls)


def test_what_is_it_worth_after_an_upfront_is_the_deal_total(router: Router) -> None:
    [(_, args)] = _calls(router, "and what is it worth?", ["How much did Pfizer pay 3SBio upfront?"])
    assert args["metric"] == "total"
