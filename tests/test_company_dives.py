"""Company deep-dives (outsider20.jsonl's classes): each rule with the phrasings it takes and the ones it
must leave alone, run through the real router and the real deal tools over the bundled tables."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import one_call, route


def _run(tools: DealTools, router: Router, question: str, history: list[str] | None = None) -> str:
    plan = route(router, question, history)
    return " ".join(line.text for call in plan.tool_calls for line in tools.run(call).lines)


# -- class 2: a company's first or latest deal is its rows ranked by announcement date ------------------------
@pytest.mark.parametrize(
    ("question", "side", "company", "ascending"),
    [
        ("hengrui first deal in your data - who w/ and when", "licensor", "Jiangsu Hengrui Pharmaceuticals", True),
        ("whats cspcs most recent deal", "licensor", "CSPC Pharmaceutical Group", False),
        ("When was Akeso's first deal?", "licensor", "Akeso", True),
        ("Kelun-Biotech's most recent licensing deal?", "licensor", "Kelun-Biotech", False),
        ("GSK's earliest China deal - who was the licensor?", "licensee", "GSK", True),
    ],
)
def test_a_companys_first_or_latest_deal_ranks_its_deals_by_date(
    router: Router, question: str, side: str, company: str, ascending: bool
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["metric"] == "announced" and call.args["n"] == 1
    assert call.args["filter"][side] == company
    assert bool(call.args.get("ascending")) is ascending


def test_the_first_deal_named_is_the_earliest_row(router: Router, tools: DealTools) -> None:
    text = _run(tools, router, "hengrui first deal in your data - who w/ and when")
    assert "Kailera" in text and "2024-05-16" in text and "IDEAYA" not in text


@pytest.mark.parametrize(
    "question",
    [
        "Was Hengrui's GSK deal the first deal of its kind?",  # no order of dates
        "What did Hengrui's first-in-class drug fetch?",
        "the latest deal value total PharmCube reported for Hengrui",  # a tracker's figure
    ],
)
def test_first_words_that_order_no_deals_rank_nothing_by_date(router: Router, question: str) -> None:
    plan = route(router, question)
    assert not any(c.tool == "rank" and c.args.get("metric") == "announced" for c in plan.tool_calls)


# -- class 6: a short name in lower case that is an English word, beside a partner ----------------------------
@pytest.mark.parametrize(
    ("question", "licensee"),
    [
        ("科伦博泰 crescent upfront", "Crescent Biopharma"),
        ("akeso summit upfront?", "Summit Therapeutics"),
        ("pregene kite deal total value", "Kite Pharma"),
    ],
)
def test_a_lower_case_partner_name_beside_its_partner_is_that_company(
    router: Router, question: str, licensee: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "get_deal" and call.args["licensee"] == licensee


@pytest.mark.parametrize(
    "question",
    [
        "what did the summit of 2025 deals look like for Hengrui?",  # Summit did no deal with Hengrui
        "a crescent of deals in 2025: how many?",  # no partner named
    ],
)
def test_a_lower_case_word_without_its_partner_stays_a_word(router: Router, question: str) -> None:
    plan = route(router, question)
    assert "Summit Therapeutics" not in plan.companies and "Crescent Biopharma" not in plan.companies


def test_a_possessive_without_its_apostrophe_names_the_company(router: Router) -> None:
    call = one_call(route(router, "whats cspcs madrigal deal upfront"))
    assert call.args["licensor"] == "CSPC Pharmaceutical Group" and call.args["licensee"] == "Madrigal Pharmaceuticals"
    assert route(router, "how many deals and licenses were signed in 2025?").companies == []


# -- class 1: a company's (or a deal's) share of our rows, a deal's share of a tracker's total -----------------
def test_a_companys_share_of_our_rows_sets_its_deals_against_the_periods(router: Router, tools: DealTools) -> None:
    call = one_call(route(router, "hengrui % of 2025 headline value in ur table?"))
    assert call.tool == "compare" and call.args["metric"] == "total"
    assert call.args["left"]["licensor"] == "Jiangsu Hengrui Pharmaceuticals" and call.args["left"]["year"] == 2025
    assert call.args["right"]["year"] == 2025 and "licensor" not in call.args["right"]
    assert "16.5% of the second" in _run(tools, router, "hengrui % of 2025 headline value in ur table?")


@pytest.mark.parametrize(
    ("question", "part", "whole"),
    [
        ("what % of gsk's china headline value is the hengrui deal", "Jiangsu Hengrui Pharmaceuticals", "GSK"),
        ("what share of novartis's china deal value is the scineuro deal", "SciNeuro Pharmaceuticals", "Novartis"),
    ],
)
def test_a_deals_share_of_a_buyers_deals_sets_the_pair_against_the_buyer(
    router: Router, question: str, part: str, whole: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare"
    assert call.args["left"]["licensor"] == part and call.args["left"]["licensee"] == whole
    assert call.args["right"] == {"licensee": whole, "exclusive": []}


def test_a_deals_share_of_a_trackers_total_is_our_row_over_the_trackers(router: Router, tools: DealTools) -> None:
    question = "hengrui-gsk deal as % of pharmcube's 2025 china total"
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["derive"] == "deal_share"
    assert call.args["licensee"] == "GSK" and call.args["metric"] == "total_value"
    assert "9.2% of the $135.7 billion" in _run(tools, router, question)


@pytest.mark.parametrize(
    "question",
    [
        "What share of 2025 deal value did Hengrui account for?",  # the tracker's credited figure
        "Hengrui's share of 2025 deal value per PharmCube",
    ],
)
def test_a_companys_share_without_our_table_stays_the_trackers(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["derive"] == "share"


def test_a_term_of_a_pairs_first_deal_stays_that_deals_term(router: Router) -> None:
    call = one_call(route(router, "milestones in the first argo novartis deal?"))
    assert call.tool == "get_deal" and call.args["metric"] == "milestones"
