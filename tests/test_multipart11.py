"""Session 11's multi-part and comparison classes, in other words than the outsider files' (outsider44-47):

- "X + <question>": a "+" (or ", and") before a question word or "its <measure>" joins two questions, so each
  part is answered with its own figure ("hansoh total upfront + which one was the biggest?").
- "how much bigger was the dec upfront vs oct": one pair's two deals are ordered as the question names them,
  by their own month or year, so the change is measured from the deal said second.
- "smallest 2025 deal by headline value": the deal at the bottom of a ranking, named with its figure.
- "what did A pay B upfront, and how does that stack up vs C's upfront to D": one comparison, asked whole.
- "upfront on each and combined headline value": the deals listed with the one, the other summed.
"""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import one_call, route


# -- "+" joins two questions ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("cspc total upfront across its deals + which one was the largest?", 2),
        ("biggest 2025 deal by headline value + what was its upfront?", 2),
        ("largest deal of 2026 so far + its upfront?", 2),
        ("largest deal of 2026 so far, and its upfront?", 2),
        ("kelun crescent SKB105 upfront + milestones", 1),  # two measures of one deal: one question
        ("innovent takeda - headline + UF pls", 1),
        ("mabwell sirna newco - name + who set it up", 1),  # about a company: one question for the articles
        ("LBL-051 targets + what it's for?", 1),
    ],
)
def test_a_plus_before_a_question_word_splits(router: Router, question: str, parts: int) -> None:
    assert len(split_parts(question, router.company_spans)) == parts


def test_a_sum_plus_the_biggest_answers_both(assistant: Assistant) -> None:
    answer = assistant.ask("cspc total upfront across its deals + which one was the largest?")
    assert [call.tool for call in answer.tool_calls] == ["aggregate", "rank"]
    assert "$1.53 billion" in answer.answer and "AstraZeneca" in answer.answer


def test_the_top_deal_plus_its_upfront_ranks_by_headline_then_reads_its_upfront(assistant: Assistant) -> None:
    answer = assistant.ask("largest deal of 2026 so far + its upfront?")
    assert answer.tool_calls[0].args["metric"] == "total"
    assert answer.tool_calls[1].args["deal_id"] == "cspc-astrazeneca-2026"
    assert "$18.5 billion" in answer.answer and "$1.2 billion" in answer.answer


def test_a_headline_plus_a_question_about_the_upfront(assistant: Assistant) -> None:
    answer = assistant.ask("remegen/abbvie: headline value + how much was paid upfront")
    assert answer.figures[0].value == 5_600_000_000
    assert "$650 million" in answer.answer


# -- one pair's two deals, in the order the question names them --------------------------------
@pytest.mark.parametrize(
    ("question", "left", "percent"),
    [
        (
            "hansoh's two GSK ADC deals in 2023 - how much bigger was the dec upfront vs oct, %",
            "hansoh-gsk-2023-12",
            "117.6% more",
        ),
        (
            "hansoh's gsk deals: the october upfront vs the december one, how much smaller in %?",
            "hansoh-gsk-2023-10",
            "54.1% less",
        ),
    ],
)
def test_one_pairs_two_deals_keep_the_order_their_months_are_said(
    assistant: Assistant, question: str, left: str, percent: str
) -> None:
    answer = assistant.ask(question)
    call = answer.tool_calls[0]
    assert call.tool == "compare" and call.args["left"]["deal_ids"] == [left]
    assert percent in answer.answer


# -- the smallest is the bottom deal of a ranking ------------------------------------------------
@pytest.mark.parametrize(
    ("question", "named", "figure"),
    [
        ("lowest headline value among 2024 deals, where disclosed?", "Keymed", "$185 million"),
        ("which 2026 deal had the smallest upfront?", "Madrigal", "$60 million"),
        ("smallest upfront hengrui got on any of its deals?", "Glenmark", "$18 million"),
    ],
)
def test_the_smallest_names_the_bottom_deal(assistant: Assistant, question: str, named: str, figure: str) -> None:
    answer = assistant.ask(question)
    call = answer.tool_calls[0]
    assert call.tool == "rank" and call.args["ascending"] and call.args["n"] == 1
    assert named in answer.answer and figure in answer.answer


def test_a_tie_at_the_bottom_names_both(assistant: Assistant) -> None:
    answer = assistant.ask("What's the lowest upfront AstraZeneca has paid a Chinese partner?")
    assert answer.tool_calls[0].args["dimension"] == "deal"
    assert "CSPC" in answer.answer and "Jacobio" in answer.answer and "$100 million" in answer.answer


def test_at_least_is_no_smallest(router: Router) -> None:
    call = one_call(route(router, "chinese licensors w at least 3 deals since start of 2024?"))
    assert not call.args.get("ascending")


# -- "…, and how does that stack up vs C's upfront to D": one comparison ---------------------------
@pytest.mark.parametrize(
    ("question", "figures"),
    [
        (
            "what did lilly pay innovent upfront, and how does that compare with astrazeneca's upfront to cspc in 2026?",
            ("$350 million", "$1.2 billion"),
        ),
        (
            "how much upfront did gsk pay hengrui and how does it stack up against merck's upfront to curon",
            ("$500 million", "$700 million"),
        ),
    ],
)
def test_that_against_another_pair_is_one_comparison(
    assistant: Assistant, question: str, figures: tuple[str, str]
) -> None:
    answer = assistant.ask(question)
    assert [call.tool for call in answer.tool_calls] == ["compare"]
    assert all(figure in answer.answer for figure in figures)


def test_that_against_a_tracker_on_the_same_company_still_splits(router: Router) -> None:
    question = (
        "What do Innovent's 2025 deals in your table add up to in total value, and how does that compare with "
        "Caixin's $10bn for Innovent?"
    )
    assert len(split_parts(question, router.company_spans)) == 2  # our sum, then the tracker's figure


def test_that_against_no_company_still_splits(router: Router) -> None:
    parts = split_parts(
        "how many 2024 deals are in ur table, and how does that compare with the 2025 count?", router.company_spans
    )
    assert len(parts) == 2


# -- "<measure> on each and combined <another measure>": a listing and a sum ------------------------
@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Madrigal's two China deals — upfront on each and combined headline value?", 2),
        ("AbbVie's Chinese deals - the headline value of each, plus combined upfront", 2),
        ("argo x novartis: upfront on each deal & combined", 1),  # one measure: the sum names each deal's
    ],
)
def test_each_and_combined_splits_only_for_two_measures(router: Router, question: str, parts: int) -> None:
    assert len(split_parts(question, router.company_spans)) == parts


def test_each_and_combined_lists_the_deals_then_sums_the_other_measure(assistant: Assistant) -> None:
    answer = assistant.ask("hengrui's 2024 deals - upfront for each and total headline value")
    assert [call.tool for call in answer.tool_calls] == ["find_deals", "aggregate"]
    assert answer.tool_calls[1].args["metric"] == "total"
    assert "$110 million" in answer.answer and "$75 million" in answer.answer and "$7.08 billion" in answer.answer


def test_a_percent_difference_between_two_dated_deals_is_a_rate(assistant: Assistant) -> None:
    # "% difference" had been read as a share of the market (a tracker's figure) and refused
    answer = assistant.ask("cspc & astrazeneca: % difference in upfront, the jan 2026 deal vs the oct 2024 deal")
    call = answer.tool_calls[0]
    assert call.tool == "compare" and (call.args["left"]["year"], call.args["right"]["year"]) == (2026, 2024)
    assert "1,100.0% more" in answer.answer
