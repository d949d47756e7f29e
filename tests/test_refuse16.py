"""Sixteenth-session refusals (outsider74/77/78): a fact no column or sentence holds (an analyst's target
price, an EPS effect, job numbers, a trial's outcome, royalties received) had been answered with the deal's
terms or the trackers' counts. Each class with wordings of its own, and the answerable neighbours it must
leave alone; expected figures come from deals.csv."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS

_DEALS = {d.deal_id: d for d in load_tables(DOCUMENTS).deals}


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("what's consensus target price on Hengrui after the GSK deal?", "price target"),
        ("akeso TP post summit deal?", "price target"),
        ("Where is the Street's target price for Innovent after the Takeda licence?", "price target"),
        ("What's the EPS hit to AbbVie from the RemeGen upfront?", "earnings per share"),
        ("How much does the Hengrui licence dilute GSK's earnings per share?", "earnings per share"),
        ("How many American jobs have been created or lost because of these licensing deals?", "job numbers"),
        ("How many US jobs did the Hengrui-GSK deal create?", "job numbers"),
        ("did telitacicept actually work in the lupus trial?", "trial efficacy"),
        ("did ivonescimab succeed in the lung cancer trial?", "trial efficacy"),
        ("Give me Summit's ivonescimab sales last year and the royalties Akeso received on them.", "royalty receipts"),
    ],
)
def test_a_fact_no_source_holds_is_refused_naming_it(
    assistant: Assistant, router: Router, question: str, measure: str
) -> None:
    plan = router.route(question)
    assert plan.route == "text" and not plan.tool_calls and plan.unheld_measure == measure, plan
    answer = assistant.ask(question)
    assert answer.abstained and not answer.figures, answer.answer
    assert f"reports the {measure} asked about" in answer.answer
    # the deal's terms are not given as if they answered it
    assert "650 million" not in answer.answer and "500 million" not in answer.answer


def test_the_deal_terms_beside_the_new_words_are_still_answered(assistant: Assistant) -> None:
    """The upfront asked plainly, and the royalty band asked as terms (not receipts), are held."""
    upfront = _DEALS["remegen-abbvie-2026"].upfront.amount
    answer = assistant.ask("What did AbbVie pay RemeGen upfront?")
    assert upfront is not None and not answer.abstained
    assert f"${upfront / 10**6:.0f} million" in answer.answer, answer.answer
    band = _DEALS["akeso-summit-2022"].royalties
    answer = assistant.ask("What royalties does Akeso get on Summit's ivonescimab sales?")
    assert not answer.abstained and band in answer.answer, answer.answer


def test_a_charge_an_article_states_is_still_quoted(assistant: Assistant) -> None:
    """'hit to earnings' is the profit measure's: the Curon article states Merck's charge."""
    answer = assistant.ask("Did Merck flag any hit to earnings from the Curon transaction?")
    assert not answer.abstained and "charge" in answer.answer and "750 million" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What were Hengrui's total revenues in 2025? A draft says 30 billion yuan.",
        "Akeso revenue in 2025? My colleague says about 3 billion yuan.",
    ],
)
def test_a_figure_someone_put_forward_is_the_questions_premise(assistant: Assistant, question: str) -> None:
    """The trailing statement is joined to the question (not answered alone from whatever article its words
    find), and the revenue no source holds is refused."""
    assert split_parts(question) == [question]
    answer = assistant.ask(question)
    assert answer.abstained and "revenue" in answer.answer and not answer.figures, answer.answer


def test_a_trailing_figure_beside_a_held_fact_is_checked_against_the_table(assistant: Assistant) -> None:
    upfront = _DEALS["remegen-abbvie-2026"].upfront.amount
    assert upfront is not None
    answer = assistant.ask("What did AbbVie pay RemeGen upfront? My note has $700 million.")
    assert not answer.abstained and f"${upfront / 10**6:.0f} million" in answer.answer, answer.answer


def test_a_trailing_sentence_that_asks_stays_its_own_part() -> None:
    parts = split_parts(
        "Is the boom concentrated among a few companies? I read that the ten largest Chinese licensors "
        "took a big share of 2025's value — what share was it exactly?"
    )
    assert len(parts) == 2
