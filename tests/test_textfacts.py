"""Article facts behind a money word, and facts nobody holds (tuning session 17, textfacts).

Each class is asked in wordings that are not the outsiders' own, on the real assistant over the bundled
corpus, and the answer's figures are checked: a money fact no table column is (a charge, the cash part of a
mixed sum, money handed back, an option's mechanics, a profit-and-loss split, a payment since signing) is
answered from the deal's article, never by a table measure standing in for it; a share move nobody reports
is refused; a list's closing "in what amounts?" stays one list; "any X on top?" asks X of the deal before.
"""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.decompose import split_parts
from assistant.routing.on_top import in_addition_spelt
from tests.conftest import conversation


@pytest.mark.parametrize(
    ("question", "wanted", "not_wanted"),
    [
        # an accounting charge, not the deal's total (up to $1.3 billion)
        ("How much did Merck expect to expense for the Curon transaction?", "$750 million", "$1.3 billion"),
        ("Was there a write-off on Merck's side for the Curon asset, and how large?", "$750 million", "$1.3 billion"),
        # the cash part of a mixed upfront, not the whole upfront or the equity
        ("Of Vor Bio's upfront to RemeGen, how much came as cash rather than warrants?", "$45 million", None),
        ("Takeda and Innovent: the upfront excluding the shares, how much is it?", "$1.1 billion", None),
        # money handed back after a termination: the article says what was kept
        ("When the Axion licence ended, did ImmuneOnco have to refund any of the money?", "$35 million", None),
        # an option's mechanics: the article's Phase 1 sentence, not the upfront and milestones
        ("At what point can GSK exercise its option on the Hengrui programs?", "Phase 1", "$500 million"),
        ("What would 3SBio get if Pfizer exercises its China option on SSGJ-707?", "$150 million", None),
    ],
)
def test_a_money_fact_no_column_holds_is_the_articles(
    assistant: Assistant, question: str, wanted: str, not_wanted: str | None
) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, (question, answer.answer)
    assert wanted in answer.answer, (question, answer.answer)
    assert not_wanted is None or not answer.answer.startswith(f"The {not_wanted}"), answer.answer
    assert answer.citations, answer.answer


def test_a_table_measure_said_with_cash_stays_the_tables(assistant: Assistant) -> None:
    answer = assistant.ask("How much cash did Pfizer pay 3SBio upfront?")
    assert answer.route == "table" and "$1.25 billion" in answer.answer, answer.answer


def test_a_profit_and_loss_split_is_the_deals_term(assistant: Assistant) -> None:
    text = conversation(assistant, "is the innovent takeda deal still on?", "and the P&L split for IBI363 in the US?")
    assert "40%" in text and "60%" in text, text


def test_a_payment_since_signing_names_no_company(assistant: Assistant) -> None:
    answer = assistant.ask("abbvie/simcere: anything handed over since the deal was signed?")
    assert not answer.abstained and "$40 million" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "did hengrui shares go up when the gsk deal came out",
        "What did 3SBio's stock do the day the Pfizer licence was announced?",
        "What did Innovent's share price do when Takeda signed?",
    ],
)
def test_a_share_move_nobody_reports_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, (question, answer.answer)
    assert "112.56" not in answer.answer and "$500 million" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which deals in your table came with a disclosed equity stake, and in what amounts?",
        "Which deals came with an equity investment? How much was each?",
    ],
)
def test_a_lists_closing_amount_ask_stays_one_list(assistant: Assistant, question: str) -> None:
    assert len(split_parts(question, assistant._snapshot.router.company_spans)) == 1, question
    answer = assistant.ask(question)
    for name, figure in (
        ("Harbour BioMed", "$105 million"),
        ("Braveheart", "$32.5 million"),
        ("Vor Bio", "$80 million"),
    ):
        assert name in answer.answer and figure in answer.answer, (name, answer.answer)
    assert "61 deals" not in answer.answer, answer.answer


def test_any_equity_on_top_is_the_deal_befores(assistant: Assistant) -> None:
    text = conversation(assistant, "what upfront did astrazeneca pay harbour biomed?", "was there equity on top?")
    assert "$105 million" in text and "9.15%" in text and "largest" not in text, text


@pytest.mark.parametrize(
    ("question", "spelt"),
    [
        ("any equity on top?", "any equity as well?"),
        ("and what milestones came on top of that?", "and what milestones came as well?"),
        ("who came out on top?", "who came out on top?"),
        ("is Hengrui on top?", "is Hengrui on top?"),
        ("which licensor was on top in 2025?", "which licensor was on top in 2025?"),
    ],
)
def test_a_closing_on_top_of_adding_is_as_well(question: str, spelt: str) -> None:
    assert in_addition_spelt(question) == spelt
