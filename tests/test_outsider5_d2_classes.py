"""More classes of questions from the fifth outsider set (issue 11), each in several phrasings
besides the outsider's, with the phrasings it must leave alone; tool results checked against
counts and sums worked out by hand from deals.csv."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.answer import Turn
from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_tables(DOCUMENTS), coverage_check="measures")  # as the assistant routes


def _calls(router: Router, question: str, history: list[str] | None = None) -> list[tuple[str, dict[str, Any]]]:
    plan = router.route(question, [Turn(question=q) for q in history or []])
    return [(call.tool, call.args) for call in plan.tool_calls]


# -- a money bound is on the measure said next to it, before or after the amount ------------------
@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("count of deals with at least $600 million paid upfront", "min_upfront_usd"),
        ("how many deals had more than $1 billion paid up front", "min_upfront_usd"),
        ("number of deals where over $500 million was paid upfront", "min_upfront_usd"),
        ("how many licensing deals came with $800 million or more in upfront cash", "min_upfront_usd"),
        ("how many deals carried at least $1 billion in milestone payments", "min_milestones_usd"),
        ("how many deals had a total over $5 billion", "min_total_usd"),
        ("deals over $2 billion with an upfront of at least $100 million", "min_total_usd"),
    ],
)
def test_a_money_bound_is_on_the_measure_named_with_it(router: Router, question: str, field: str) -> None:
    [(_, args)] = _calls(router, question)
    assert field in args["filter"]
    other = {"min_upfront_usd", "min_milestones_usd", "min_total_usd"} - {field}
    if "with an upfront" not in question:
        assert not other & set(args["filter"])


# -- "add up ... deals" and "across both pacts" are sums over our rows -------------------------------
@pytest.mark.parametrize(
    ("question", "metric", "filter_has"),
    [
        ("add up the headline values of all deals announced so far in 2026", "total", {"date_from": "2026-01-01"}),
        ("add together the upfronts of every deal announced in 2026", "upfront", {"year": 2026}),
        ("tally up the total deal values of deals struck in 2024", "total", {"year": 2024}),
        ("what do the headline values of all 2025 deals add up to", "total", {"year": 2025}),
        (
            "kelun biotech - how much have they got upfront from merck across both 2022 pacts",
            "upfront",
            {"licensor": "Kelun-Biotech", "licensee": "Merck & Co."},
        ),
        ("what did Novartis pay Argo upfront across both agreements", "upfront", {"licensee": "Novartis"}),
        ("how much have Argo's Novartis deals brought in upfront put together", "upfront", {"licensee": "Novartis"}),
    ],
)
def test_adding_up_deals_is_a_sum_over_our_rows(
    router: Router, question: str, metric: str, filter_has: dict[str, Any]
) -> None:
    [(tool, args)] = _calls(router, question)
    assert (tool, args["operation"], args["metric"]) == ("aggregate", "sum", metric)
    assert filter_has.items() <= args["filter"].items()


@pytest.mark.parametrize(
    "question",
    ["what was the total deal value in 2025", "according to PharmCube, what did 2025 deals add up to in value"],
)
def test_a_tracker_total_or_a_named_trackers_sum_stays_the_trackers(router: Router, question: str) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "market_stat" and args["period"] == "2025"


def test_one_of_two_pacts_stays_one_deal(router: Router) -> None:
    [(tool, args)] = _calls(router, "what did Merck pay Kelun upfront in May 2022")
    assert (tool, args["deal_id"]) == ("get_deal", "kelun-merck-2022-05")


# -- a quarter no tracker reports is summed over our rows, a reported one stays the tracker's --------
@pytest.mark.parametrize(
    ("question", "quarter"),
    [
        ("Total upfront cash paid to Chinese licensors in Q4 2025", 4),
        ("how much was paid upfront in the third quarter of 2025", 3),
        ("how many out-licensing deals were signed in Q3 2025", 3),
    ],
)
def test_a_quarter_no_tracker_reports_is_our_rows(router: Router, question: str, quarter: int) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "aggregate" and args["filter"]["quarter"] == quarter and args["filter"]["year"] == 2025


def test_a_quarter_a_tracker_reports_stays_the_trackers(router: Router) -> None:
    [(tool, args)] = _calls(router, "what share of global deal value did China take in Q1 2025")
    assert tool == "market_stat" and args["period"] == "2025-Q1"


# -- a company the table does not know is never dropped, even as the question's first word -----------
@pytest.mark.parametrize(
    "question",
    [
        "BeiGene biggest outlicensing deal?",
        "What is BeiGene's largest out-licensing deal?",
        "GenScript upfront total in 2025?",
        "Hutchmed's biggest deal?",
        "largest deal signed by Legend Biotech",
    ],
)
def test_an_unknown_company_is_not_dropped(router: Router, question: str) -> None:
    plan = router.route(question)
    assert plan.route in ("text", "none") and not plan.tool_calls


@pytest.mark.parametrize("question", ["Biggest upfront of 2025?", "Largest deal of 2025?", "Pfizer's biggest deal?"])
def test_a_capitalised_opening_word_is_no_company(router: Router, question: str) -> None:
    assert router.route(question).tool_calls


# -- how often two companies worked together is an article's count, not our rows' ------------------
@pytest.mark.parametrize(
    "question",
    [
        "how many times had innovent and lilly partnered before, counting this feb 2026 deal",
        "How many times have Innovent and Eli Lilly collaborated?",
        "which collaboration between Innovent and Lilly is this one?",
        "number of previous partnerships between Innovent and Lilly",
    ],
)
def test_how_often_two_companies_partnered_is_the_articles(router: Router, question: str) -> None:
    plan = router.route(question)
    assert plan.route == "text" and plan.unheld_measure == "earlier collaborations"


@pytest.mark.parametrize(
    "question", ["how many deals has CSPC signed with AZ", "how many deals did Innovent sign with Lilly"]
)
def test_a_count_of_deals_between_two_companies_stays_a_table_count(router: Router, question: str) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "aggregate" and args["operation"] == "count"


# -- stock bought in a deal is its equity; a stock that moves is a share price -----------------------
@pytest.mark.parametrize(
    "question",
    [
        "How much did AZ put into Harbour BioMed stock when the two teamed up in March 2025?",
        "How much Innovent stock did Takeda buy?",
        "how much 3SBio stock did Pfizer purchase",
        "what was the value of the stock purchase in the Harbour BioMed AstraZeneca deal",
    ],
)
def test_stock_bought_in_a_deal_is_its_equity(router: Router, question: str) -> None:
    [(tool, args)] = _calls(router, question)
    assert (tool, args["metric"]) == ("get_deal", "equity")


@pytest.mark.parametrize(
    "question", ["How did Akeso stock react to the Summit deal?", "what was Hengrui's stock price after the GSK deal"]
)
def test_a_stock_that_moves_is_no_deal_figure(router: Router, question: str) -> None:
    plan = router.route(question)
    assert plan.route == "text" and plan.unheld_measure == "share price"


# -- "first", "latest", "most recent" pick one of a pair's deals by date -----------------------------
@pytest.mark.parametrize(
    ("question", "history", "deal_id"),
    [
        (
            "ok and for medilink's first deal with them?",
            ["how much did Roche pay Hansoh upfront"],
            "medilink-roche-2024",
        ),
        ("what was the upfront on the latest CSPC-AstraZeneca deal", [], "cspc-astrazeneca-2026"),
        ("upfront of the first Kelun Merck deal", [], "kelun-merck-2022-05"),
        ("milestones in the original Argo Novartis deal", [], "argo-novartis-2024"),
        ("how much did Roche pay MediLink upfront in its most recent deal with them", [], "medilink-roche-2026"),
    ],
)
def test_a_word_of_order_picks_a_pairs_deal_by_date(
    router: Router, question: str, history: list[str], deal_id: str
) -> None:
    [(tool, args)] = _calls(router, question, history)
    assert (tool, args["deal_id"]) == ("get_deal", deal_id)


@pytest.mark.parametrize(
    "question",
    ["How much did Roche pay MediLink upfront", "How much did Roche pay MediLink upfront, as asked earlier?"],
)
def test_a_pair_with_several_deals_and_no_word_of_order_is_asked_which(router: Router, question: str) -> None:
    plan = router.route(question)
    assert plan.route == "none" or "deal_id" not in plan.tool_calls[0].args


# -- "compare A's <asset> deal with B's <company> deal": each side keeps its own asset ---------------
@pytest.mark.parametrize(
    ("question", "left_asset", "right"),
    [
        (
            "Compare the upfront on Novo Nordisk's UBT251 deal with Lilly's Innovent deal",
            "UBT251",
            {"licensor": "Innovent Biologics", "licensee": "Eli Lilly"},
        ),
        (
            "compare the upfront of Pfizer's SSGJ-707 deal with Takeda's Innovent deal",
            "SSGJ-707",
            {"licensor": "Innovent Biologics", "licensee": "Takeda"},
        ),
        (
            "compare the upfront on AbbVie's RC148 deal with Pfizer's 3SBio deal",
            "RC148",
            {"licensor": "3SBio", "licensee": "Pfizer"},
        ),
    ],
)
def test_with_before_another_companys_deal_splits_the_comparison(
    router: Router, question: str, left_asset: str, right: dict[str, str]
) -> None:
    [(tool, args)] = _calls(router, question)
    assert tool == "compare" and args["left"]["asset"] == left_asset
    assert "asset" not in args["right"] and right.items() <= args["right"].items()


def test_a_deal_with_a_partner_is_no_split(router: Router) -> None:
    [(tool, args)] = _calls(router, "Compare Hengrui's deal with GSK and its deal with Merck on upfront")
    assert tool == "compare" and {args["left"]["licensee"], args["right"]["licensee"]} == {"GSK", "Merck & Co."}


# -- a mid-sentence "each" after two names or years asks the rest of the sentence of each -----------
@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "how much did Merck and Pfizer each pay upfront in 2025",
            ["How much did Merck pay upfront in 2025?", "How much did Pfizer pay upfront in 2025?"],
        ),
        (
            "How many deals did Hengrui and Innovent each sign in 2025?",
            ["How many deals did Hengrui sign in 2025?", "How many deals did Innovent sign in 2025?"],
        ),
        (
            "How many deals were signed in 2024 and 2025 each?",
            ["How many deals were signed in 2024?", "How many deals were signed in 2025?"],
        ),
    ],
)
def test_each_after_two_names_is_asked_of_each(router: Router, question: str, parts: list[str]) -> None:
    assert split_parts(question, router.company_spans) == parts


def test_each_other_stays_whole(router: Router) -> None:
    question = "How much did Merck and Pfizer pay each other?"
    assert split_parts(question, router.company_spans) == [question]


# -- how a deal's money splits into upfront and milestones is two figures the table holds -----------
@pytest.mark.parametrize(
    "question",
    [
        "sciwind verdiva: upfront vs milestone split?",
        "how is the Sciwind-Verdiva money split between upfront and milestones",
        "what's the upfront/milestone split on the GeneQuantum Biohaven deal",
        "Hengrui GSK deal: split between upfront and milestones?",
    ],
)
def test_an_upfront_milestone_split_is_the_tables(router: Router, question: str) -> None:
    plan = router.route(question)
    assert plan.route == "table" and plan.tool_calls


def test_a_split_of_something_else_stays_unheld(router: Router) -> None:
    plan = router.route("what is the royalty split on the Akeso Summit deal")
    assert plan.route == "text" and not plan.tool_calls
