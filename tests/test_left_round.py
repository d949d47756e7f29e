"""The left round's classes: each rule with the phrasings it must take and those it must not.

Expected answers are read from documents/deals.csv and the articles (``article_sentence``), never
written by hand."""

from __future__ import annotations

import csv
import functools
import re

import pytest

from assistant.answering.assistant import Assistant
from assistant.answering.figure_talk import on_the_claimed_figure, points_back, with_antecedents
from assistant.routing.periods import find_periods
from assistant.routing.router import Router
from assistant.text import split_sentences, strip_markers
from tests.conftest import DOCUMENTS, article_sentence, says

CORPUS_END = "2026-02-28"


@functools.cache
def _rows() -> dict[str, dict[str, str]]:
    with open(DOCUMENTS / "deals.csv", newline="", encoding="utf-8") as handle:
        return {row["deal_id"]: row for row in csv.DictReader(handle)}


def _first_sentence(text: str) -> str:
    return split_sentences(strip_markers(text))[0]


# -- a pair's running tally ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How often have Lilly and Innovent teamed up",
        "how often has Innovent worked together with Eli Lilly?",
        "How many collaborations have Innovent and Lilly signed?",
        "Innovent and Lilly have partnered how many times?",
    ],
)
def test_a_pairs_tally_is_the_articles(router: Router, assistant: Assistant, question: str) -> None:
    assert router.route(question).route == "text"
    answer = assistant.ask(question)
    assert says(answer.answer, article_sentence("deal-innovent-lilly-2026", r"seventh collaboration"))


@pytest.mark.parametrize(
    ("question", "tool"),
    [
        ("how often do Chinese biotechs partner with big pharma?", "market_stat"),  # no pair: the market's count
        ("How often did Merck partner with Chinese companies in 2024?", "aggregate"),  # one company: its deals
    ],
)
def test_how_often_without_a_pair_stays_a_count(router: Router, question: str, tool: str) -> None:
    assert [call.tool for call in router.route(question).tool_calls] == [tool]


def test_a_pair_with_several_deals_is_counted_by_the_table_beside_the_articles(router: Router) -> None:
    plan = router.route("How often has AstraZeneca partnered with CSPC?")
    assert plan.route == "table+text"
    assert [call.tool for call in plan.tool_calls] == ["aggregate"]


# -- the asset a buyer got -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("which assets did Kailera get from Hengrui?", "hengrui-kailera-2024"),
        ("which drug did Kailera get from Hengrui?", "hengrui-kailera-2024"),
        ("what did Kailera Therapeutics get from Jiangsu Hengrui?", "hengrui-kailera-2024"),
        ("What asset did Pfizer get from 3SBio?", "3sbio-pfizer-2025"),
    ],
)
def test_what_a_buyer_got_names_the_asset(router: Router, assistant: Assistant, question: str, deal_id: str) -> None:
    assert router.route(question).route == "text"
    answer = assistant.ask(question)
    asset = _rows()[deal_id]["asset"]
    codes = re.findall(r"\b[A-Z]{2,}-?\d{3,}\w*\b", asset)
    assert codes and all(code in answer.answer for code in codes)


@pytest.mark.parametrize(
    "question",
    [
        "what did Hengrui get from Kailera?",  # the licensor got the deal's money: its terms
        "What did Kailera pay Hengrui?",
    ],
)
def test_what_the_licensor_got_stays_the_terms(router: Router, question: str) -> None:
    assert [call.tool for call in router.route(question).tool_calls] == ["get_deal"]


def test_a_pair_with_a_period_stays_a_listing(router: Router) -> None:
    assert [call.tool for call in router.route("What did GSK buy from Hansoh in 2025?").tool_calls] == ["find_deals"]


@pytest.mark.parametrize(
    "question",
    ["what did Calico license from Mabwell?", "what did Calico license from Mabwell, and what's its target?"],
)
def test_what_was_licensed_leads_with_the_asset_not_the_upfront(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    asset_code = _rows()["mabwell-calico-2025"]["asset"].split()[0]
    first = _first_sentence(answer.answer)
    assert asset_code in first
    assert "$" not in first


# -- a sentence pointing back at a figure; a claim's figure ----------------------------------


def test_a_sentence_pointing_back_at_a_figure_comes_with_it() -> None:
    antecedent = article_sentence("deal-harbour-astrazeneca-2025", r"equity investment of \$105 million")
    pointing = article_sentence("deal-harbour-astrazeneca-2025", r"paid that sum")
    assert points_back(pointing) and not points_back(antecedent)
    sentences = {(0, 0): (0, 0, antecedent, None), (0, 1): (0, 1, pointing, None)}
    assert with_antecedents([(0, 1, pointing, None)], sentences) == [sentences[(0, 0)], sentences[(0, 1)]]
    # the first sentence of its passage: nothing to point at, so it is left out
    assert with_antecedents([(0, 0, pointing, None)], {(0, 0): (0, 0, pointing, None)}) == []


def test_a_claim_keeps_the_sentences_about_its_figure() -> None:
    pledge = article_sentence("deal-harbour-astrazeneca-2025", r"\$2\.5 billion investment in Beijing")
    equity = article_sentence("deal-harbour-astrazeneca-2025", r"equity investment of \$105 million")
    pointing = article_sentence("deal-harbour-astrazeneca-2025", r"paid that sum")
    chosen = [(0, 0, pledge, None), (1, 0, equity, None), (1, 1, pointing, None)]
    claim = "Did Beijing firms really do $2.5B of deals with AstraZeneca?"
    assert on_the_claimed_figure(claim, chosen) == [chosen[0]]
    # not a claim: nothing dropped; a claim whose figure no sentence states: nothing dropped either
    assert on_the_claimed_figure("What did AstraZeneca announce for Beijing?", chosen) == chosen
    assert on_the_claimed_figure("Did AstraZeneca really pay $3 billion?", chosen) == chosen


@pytest.mark.parametrize(
    "question",
    [
        "Did Beijing firms really do $2.5B of deals with AstraZeneca?",
        "Someone told me AstraZeneca did $2.5 billion of deals with Beijing companies - is that right?",
        "I read AstraZeneca committed $2.5 billion to Beijing. Is that correct?",
    ],
)
def test_the_beijing_claim_is_answered_without_another_figure(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained
    assert says(
        answer.answer, article_sentence("deal-harbour-astrazeneca-2025", r"\$2\.5 billion investment in Beijing")
    )
    assert not says(answer.answer, article_sentence("deal-harbour-astrazeneca-2025", r"paid that sum"))


def test_an_unknown_company_as_first_word_is_still_refused(assistant: Assistant) -> None:
    assert assistant.ask("Beigene latest outlicensing terms?").abstained


# -- different licensors under a bound ----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "year", "floor", "inclusive"),
    [
        ("How many companies received over $500 million upfront in 2025?", "2025", 500_000_000, False),
        ("How many licensors received upfronts above $100 million in 2024?", "2024", 100_000_000, False),
        ("How many different companies got at least $200m upfront in 2024?", "2024", 200_000_000, True),
    ],
)
def test_a_bounded_company_count_counts_our_licensors(
    assistant: Assistant, question: str, year: str, floor: int, inclusive: bool
) -> None:
    answer = assistant.ask(question)
    assert [call.tool for call in answer.tool_calls] == ["aggregate"]
    licensors = {
        row["licensor"]
        for row in _rows().values()
        if row["scope"] in ("main", "context")
        and row["announced"].startswith(year)
        and row["upfront_usd"]
        and (int(row["upfront_usd"]) >= floor if inclusive else int(row["upfront_usd"]) > floor)
    }
    assert [figure.value for figure in answer.figures if "different licensors" in figure.label] == [len(licensors)]


@pytest.mark.parametrize(
    "question",
    [
        "How many Chinese drugmakers were behind the 2025 out-licensing total?",
        "How many Chinese companies out-licensed a drug in 2025?",
    ],
)
def test_an_unbounded_licensor_count_is_the_trackers(router: Router, question: str) -> None:
    assert [call.tool for call in router.route(question).tool_calls] == ["market_stat"]


# -- quarters and halves in shorthand ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("deals in 1Q25", "Q1 2025"),
        ("deals in Q1'25", "Q1 2025"),
        ("deals in Q2’25", "Q2 2025"),
        ("1Q 2025", "Q1 2025"),
        ("Q3 FY25", "Q3 2025"),
        ("q4fy24", "Q4 2024"),
        ("1H25 upfronts", "H1 2025"),
        ("2H24 deals", "H2 2024"),
        ("H2 2025 deals", "H2 2025"),
        ("H1 FY2025", "H1 2025"),
        ("since 1Q25", "since Q1 2025"),
    ],
)
def test_shorthand_quarters_and_halves(text: str, label: str) -> None:
    assert [period.label for period in find_periods(text, CORPUS_END)] == [label]


@pytest.mark.parametrize("text", ["Q1 25 deals", "1H 25", "covid-19 deals", "25 deals in 2025"])
def test_no_shorthand_period_in(text: str) -> None:
    assert all(period.quarter is None and period.half is None for period in find_periods(text, CORPUS_END))


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("How many deals were signed in 1Q25?", "quarter", 1),
        ("How much upfront was paid in 2H25?", "half", 2),
        ("How many deals in H2 2024?", "half", 2),
    ],
)
def test_a_quarter_or_half_no_tracker_reports_is_summed_over_our_rows(
    router: Router, question: str, field: str, value: int
) -> None:
    calls = router.route(question).tool_calls
    assert [call.tool for call in calls] == ["aggregate"]
    assert calls[0].args["filter"][field] == value


def test_a_half_a_tracker_reports_is_the_trackers(router: Router) -> None:
    calls = router.route("What was the total deal value in 1H25?").tool_calls
    assert [(call.tool, call.args.get("period")) for call in calls] == [("market_stat", "2025-H1")]


# -- refusals: a part resting on a refused part; money over earlier collaborations ------------------


@pytest.mark.parametrize(
    "question",
    [
        "How big was Oblenio Bio's seed round, and who led it?",
        "What was Kalexo Bio's Series A, and who led it?",
        "How much did Lilly put into Innovent over their previous five partnerships?",
        "How much did Lilly invest in Innovent over the previous four deals?",
    ],
)
def test_unanswerable_parts_are_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained
    assert not answer.figures


def test_a_part_of_its_own_after_a_refused_part_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("How big was Oblenio Bio's seed round, and what did Pfizer pay 3SBio upfront?")
    assert not answer.abstained
    assert [figure.value for figure in answer.figures] == [int(_rows()["3sbio-pfizer-2025"]["upfront_usd"])]


# -- the typo vocabulary is built once -----------------------------------------------------------


def test_typo_candidates_are_built_once_and_keep_the_typo_reading(assistant: Assistant) -> None:
    snap = assistant.snapshot
    assert snap.typo_candidates is snap.typo_candidates
    assert all(len(word) == length for length, words in snap.typo_candidates.items() for word in words)
    assert not assistant.ask("why are multinationls licensing drugs from china?").abstained
    assert assistant.ask("beigene latest outlicensing terms").abstained
