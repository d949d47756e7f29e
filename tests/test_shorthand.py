"""outsider84/85's classes in other words: terminal shorthand ("MS" in capitals, "MS pot", "headline val", "LO
count", "ann date", "bsADC", exchange codes, "total disclosed equity $": ``routing/terminal_shorthand.py``), a
chatty message's own context ("our deck", "our client's asset is a ...", "not the headline total":
``routing/own_context.py``) and an eponymous disease that is no company (``routing/disease_names.py``). The
answers are the real assistant's over the bundled corpus."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.routing.disease_names import diseases_lowered
from assistant.routing.own_context import OWN_CONTEXTS, without_own_context
from assistant.routing.router import Router
from assistant.routing.terminal_shorthand import TERMINAL_SHORTHANDS, exchange_codes_named, terminal_spelt
from tests.conftest import bundled_entities, conversation, one_call, route


@pytest.mark.parametrize("rule", TERMINAL_SHORTHANDS, ids=lambda rule: rule.name)
def test_each_terminal_shorthand_takes_its_example_and_leaves_its_negatives(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.pattern.search(rule.example), rule.example
    for phrase in rule.not_for:
        assert terminal_spelt(phrase, bundled_entities()) == phrase, phrase


@pytest.mark.parametrize("rule", OWN_CONTEXTS, ids=lambda rule: rule.name)
def test_each_own_context_takes_its_example_and_leaves_its_negatives(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.pattern.search(rule.example), rule.example
    for phrase in rule.not_for:
        assert without_own_context(phrase, bundled_entities()) == phrase, phrase


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("3SBio PFE MS pot", "3SBio PFE milestones"),
        ("ROG total MS across all its deals", "ROG total milestones across all its deals"),
        ("headline val on the RemeGen ABBV deal", "headline value on the RemeGen ABBV deal"),
        ("2024 ADC LO count", "2024 ADC out-licensing deal count"),
        ("bs-ADC deals 2025", "bispecific ADC deals 2025"),
        ("aggregate disclosed equity across the table", "aggregate equity across the table"),
    ],
)
def test_terminal_shorthand_spelt(question: str, spelt: str) -> None:
    assert terminal_spelt(question, bundled_entities()) == spelt


@pytest.mark.parametrize(
    "question",
    ["Is orelabrutinib going into MS at Zenas?", "which MS drugs did InnoCare license?", "relapsing MS", "MS-101"],
)
def test_multiple_sclerosis_stays_as_typed(question: str) -> None:
    assert terminal_spelt(question, bundled_entities()) == question


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("1801 HK / TAK UF", "Innovent Biologics / TAK UF"),
        ("1093.HK AZN jan-26", "CSPC Pharmaceutical Group AZN jan-26"),
        ("600276.SH deals", "Jiangsu Hengrui Pharmaceuticals deals"),
        ("1801 takeda UF", "Innovent Biologics takeda UF"),
    ],
)
def test_an_exchange_code_is_its_company(question: str, named: str) -> None:
    assert exchange_codes_named(question, bundled_entities()) == named


@pytest.mark.parametrize("question", ["deals in 2025", "$1801 million", "9999 HK", "1801.5 ratio", "2024 HK deals"])
def test_numbers_that_name_no_listed_company_stay(question: str) -> None:
    assert exchange_codes_named(question, bundled_entities()) == question


def test_an_eponymous_disease_is_no_company() -> None:
    assert diseases_lowered("an Alzheimer's antibody", bundled_entities()) == "an alzheimer's antibody"
    assert diseases_lowered("Crohn's disease deals", bundled_entities()) == "crohn's disease deals"
    assert diseases_lowered("Pfizer's antibody", bundled_entities()) == "Pfizer's antibody"


def test_own_context_set_aside() -> None:
    question = (
        "we're refreshing our deck for the board (same old story, I know) and I need the upfront Madrigal paid "
        "Ribo. just the upfront please, not the headline total"
    )
    assert without_own_context(question, bundled_entities()) == (
        "we're refreshing our model for the board and I need the upfront Madrigal paid Ribo. just the upfront please"
    )


@pytest.mark.parametrize(
    ("question", "tool", "metric"),
    [
        ("3SBio PFE MS pot", "get_deal", "milestones"),
        ("ROG total MS across all its deals", "aggregate", "milestones"),
        ("largest MS pot 2025", "rank", "milestones"),
        ("headline val on the RemeGen ABBV deal", "get_deal", "total"),
    ],
)
def test_terminal_measures_route(router: Router, question: str, tool: str, metric: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"]) == (tool, metric)


def test_ms_after_a_figure_turn_is_the_milestones(router: Router) -> None:
    call = one_call(route(router, "MS?", ["TAK 1801 HK UF"]))
    assert (call.tool, call.args["metric"]) == ("get_deal", "milestones")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("3SBio PFE MS pot", "up to $4.8 billion in milestone payments"),
        ("ROG total MS across all its deals", "up to $3.45 billion"),
        ("1801 HK / TAK UF", "$1.2 billion upfront"),
        ("headline val on the RemeGen ABBV deal", "up to $5.6 billion"),
        ("2024 ADC LO count", "3 deals with modality ADC, announced in 2024"),
        ("aggregate disclosed equity across the table", "$417.5 million"),
        (
            "we're refreshing our deck for the board and I need the upfront Madrigal paid Ribo. just the upfront "
            "please, not the headline total",
            "$60 million upfront",
        ),
        (
            "Quick background: our client's asset is a GLP-1 and people keep citing the Hansoh / Regeneron deal as "
            "a comp. What upfront did Regeneron pay Hansoh?",
            "$80 million upfront",
        ),
        ("what was the upfront on Novartis's Alzheimer's antibody deal with SciNeuro?", "$165 million upfront"),
    ],
)
def test_answers(assistant: Any, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert answer.route.startswith("table"), answer.answer
    assert said in answer.answer


def test_a_chatty_ask_answers_only_the_measure_wanted(assistant: Any) -> None:
    text = conversation(
        assistant,
        "we're pricing our term sheet (yes, yet another bispecific) and need the milestone ceiling on AbbVie's "
        "RC148 licence from RemeGen. just the milestones, not the headline total",
    )
    assert "$4.95 billion" in text and "$5.6 billion" not in text


@pytest.mark.parametrize(
    "question",
    [
        "Deals were signed in 2024 - how much upfront did they bring in altogether (in our table)?",
        "So far in 2026 (to mid-February), how many deals has PharmCube's Greater China series logged?",
        "Novartis milestones (including the upfront payment) across its China deals since 2024?",
        "kindly set out both the upfront payment and the aggregate consideration (headline value) reported for it",
        "So far, how much of the $120 million has Madrigal actually handed over to CSPC?",
        "mean upfront across the bispecific deals of 2024 and 2025 (leaving out the ADC one) please",
        "how many GLP-1 licences did Chinese companies sign overall (not counting the Hengrui option)?",
    ],
)
def test_an_aside_that_says_something_and_a_leading_so_stay(question: str) -> None:
    assert without_own_context(question, bundled_entities()) == question


def test_a_px_move_is_the_share_price(assistant: Any) -> None:
    assert terminal_spelt("2269 HK px move on the candid deal day", bundled_entities()) == (
        "WuXi Biologics share price move on the candid deal day"
    )
    assert assistant.ask("1801 HK px reaction on the takeda deal day").abstained
