"""The analyst's slips (``assistant.routing.analyst_slips``): each rule's example and the phrasings it must not take,
then what the router makes of the spelt-out question on the real tables."""

from __future__ import annotations

import pytest

from assistant.routing.analyst_slips import SLIPS, analyst_read
from assistant.routing.router import Router
from tests.conftest import bundled_entities, one_call, route


@pytest.mark.parametrize("slip", SLIPS, ids=lambda slip: slip.name)
def test_each_slip_takes_its_example_and_leaves_its_counter_examples(slip) -> None:
    assert slip.pattern.search(slip.example), slip.example
    for phrase in slip.not_for:
        assert analyst_read(phrase) == phrase, phrase


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("Hansoh/Roche - still live or dead?", "Hansoh/Roche - is it still active?"),
        ("is the Curon deal dead?", "is the Curon deal still active?"),
        ("is the Hansoh/Roche licence still alive?", "is the Hansoh/Roche licence still active?"),
        ("RemeGen/Vor: dead or alive?", "RemeGen/Vor: is it still active?"),
        ("largest headline of 2024?", "largest deal by headline value of 2024?"),
        ("Kelun/Merck headline upfront?", "Kelun/Merck upfront?"),
        ("Hengrui/GSK terr?", "Hengrui/GSK territory?"),
        ("highest uf-to-tv ratio 2025", "deal with the highest upfront as a share of its total 2025"),
    ],
)
def test_other_wordings_of_each_slip(question: str, read: str) -> None:
    assert read in analyst_read(question)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "which was the biggest 2024 upfront? isn't it LaNova-Merck?",
            "which was the biggest 2024 upfront, LaNova-Merck, right?",
        ),
        ("largest deal of 2025 - was it Hengrui?", "largest deal of 2025, Hengrui, right?"),
        ("2024年首付最高的是哪笔？不是翰森默沙东吗", "2024年首付最高的是哪笔, 翰森默沙东, right?"),
        ("2024年总额最大的是哪笔？是不是礼来信达？", "2024年总额最大的是哪笔, 礼来信达, right?"),
    ],
)
def test_a_guess_after_a_superlative_is_a_premise(question: str, read: str) -> None:
    assert analyst_read(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "which KRAS drug was it?",
        "what was the upfront? isn't it large?",  # no superlative asked: no ranking to check the guess against
        "Hengrui GSK upfront - was it paid?",
    ],
)
def test_no_guess_without_a_superlative_or_a_name(question: str) -> None:
    assert "right?" not in analyst_read(question)


def test_a_guessed_leader_is_no_filter_of_the_ranking(router: Router) -> None:
    call = one_call(route(router, analyst_read("which was the largest deal of 2025? isn't it Hengrui-GSK?")))
    assert call.tool == "rank"
    assert not {"licensor", "licensee", "company"} & set(call.args["filter"])
    assert call.args["filter"].get("year") == 2025


@pytest.mark.parametrize("question", ["Hansoh Roche ADC deal - still live or dead?", "Curon Merck CN201 - is it dead?"])
def test_live_or_dead_asks_the_status(router: Router, question: str) -> None:
    call = one_call(route(router, analyst_read(question)))
    assert (call.tool, call.args.get("metric")) == ("get_deal", "status")


@pytest.mark.parametrize("question", ["single biggest headline in the whole table?", "single largest headline 2024?"])
def test_single_biggest_headline_is_the_one_largest_deal(router: Router, question: str) -> None:
    call = one_call(route(router, analyst_read(question)))
    assert (call.tool, call.args["metric"], call.args["n"]) == ("rank", "total", 1)


def _names(text: str) -> bool:
    return bool(bundled_entities().find_companies(text).mentions)


@pytest.mark.parametrize(
    ("question", "guessed"),
    [
        ("2025年首付最高的是哪笔？是不是辉瑞三生？", True),
        ("which was the biggest 2024 upfront? isn't it LaNova-Merck?", True),
        ("2025年最大的交易是哪笔？是不是已经交割了？", False),  # whether it closed: no company guessed
        ("what was the largest upfront of 2025? isn't it mostly equity?", False),
    ],
)
def test_a_guess_names_a_company(question: str, guessed: bool) -> None:
    assert analyst_read(question, _names).endswith(", right?") is guessed
