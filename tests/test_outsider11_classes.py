"""The failure classes of outsider11.jsonl (sell-side analyst questions), each read in several
wordings on the real tables and articles: a question that takes a deal's ending for granted when
no source reports one is corrected from the table's status; a sales forecast is a fact no sentence
about sales milestones states; "according to Caixin" names whose account is wanted, not a word the
answer must repeat; a count's growth over our deals leads with its percent change. The examples are
not the outsider's words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.answering.composer import select_sentences
from assistant.answering.premises import presumes_ending
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import paragraphs, route


# -- a deal's ending taken for granted --------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Why did Novartis pull out of the Argo siRNA deal?",
        "When did AstraZeneca scrap its agreement with CSPC?",
        "how come Roche walked away from the Innovent licence",
        "and why did Merck hand the rights back?",
        "What did Hansoh keep after Merck terminated the deal?",
        "why did they drop the licence",
    ],
)
def test_an_ending_asked_about_as_a_fact_is_a_premise(question: str) -> None:
    assert presumes_ending(question), question


@pytest.mark.parametrize(
    "question",
    [
        "Was the Hengrui-GSK deal terminated?",
        "Has Pfizer walked away from 3SBio?",
        "Why did InnoCare's shares drop?",
        "What happens if Novartis terminates the Argo licence?",
        "Which deals were terminated?",
        "When did the 3SBio licence close?",
    ],
)
def test_a_yes_no_or_other_question_assumes_no_ending(question: str) -> None:
    assert not presumes_ending(question), question


@pytest.mark.parametrize(
    ("question", "history", "pair"),
    [
        ("Why did Novartis pull out of the Argo siRNA deal?", [], "Argo Biopharmaceutical–Novartis"),
        (
            "ok so why did Dianthus terminate it?",
            ["What did Dianthus pay Leads Biolabs upfront?"],
            "Leads Biolabs–Dianthus",
        ),
        ("so why did Merck give the rights back?", ["What did Merck pay Hansoh upfront?"], "Hansoh"),
    ],
)
def test_an_ending_no_source_reports_is_corrected_not_explained(
    assistant: Assistant, question: str, history: list[str], pair: str
) -> None:
    answer = assistant.ask(question, [Turn(question=q) for q in history])
    assert answer.abstained, answer.answer
    assert "no source we hold reports a termination" in answer.answer
    assert pair in answer.answer and "not terminated" in answer.answer
    assert answer.citations and all(c.doc_id.startswith("deal-") for c in answer.citations)


def test_an_ending_that_happened_is_still_answered(assistant: Assistant) -> None:
    answer = assistant.ask("Why did Axion end its licence with ImmuneOnco?")
    assert not answer.abstained
    assert "terminat" in answer.answer.lower()


# -- a sales forecast ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("What peak sales do analysts expect for SSGJ-707?", []),
        (
            "and what sales does AstraZeneca forecast for those drugs?",
            ["What did AstraZeneca pay CSPC upfront in 2025?"],
        ),
        ("What sales projections has IDEAYA given for the Hengrui ADC?", []),
        ("how much in annual sales could IBI363 bring Takeda?", ["What did Takeda pay Innovent upfront?"]),
    ],
)
def test_a_sales_forecast_is_a_fact_no_table_holds(router: Router, question: str, history: list[str]) -> None:
    plan = route(router, question, history)
    assert (plan.route, plan.unheld_measure) == ("text", "sales forecast"), (question, plan.rule)


@pytest.mark.parametrize(
    "question",
    [
        "How much of Hengrui's IDEAYA milestones are sales milestones?",
        "what sales milestones could Hengrui earn from IDEAYA?",
        "What royalty does Zelgen get on alveltamig sales?",
    ],
)
def test_sales_milestones_and_royalties_are_deal_terms(router: Router, question: str) -> None:
    assert route(router, question).unheld_measure != "sales forecast", question


@pytest.mark.parametrize(
    "question",
    [
        "What peak sales does Roche expect from the Hansoh ADC?",
        "and what sales does Pfizer forecast for it?",
    ],
)
def test_sentences_about_sales_milestones_do_not_answer_a_forecast(assistant: Assistant, question: str) -> None:
    history = [Turn(question="What did Pfizer pay 3SBio upfront?")] if question.startswith("and") else []
    answer = assistant.ask(question, history)
    assert answer.abstained, answer.answer


# -- "according to X" -----------------------------------------------------------------------
_WHY_ARTICLE = "market-why-multinationals-license-from-china"


@pytest.mark.parametrize(
    "question",
    [
        "According to Caixin, what pushes Western drugmakers to buy Chinese candidates?",
        "according to caixin why do multinationals license Chinese molecules",
    ],
)
def test_according_to_names_the_source_not_a_word_to_match(question: str) -> None:
    # paragraphs 2-3 say "According to Caixin" and "reasons"; paragraph 1 gives Caixin's two reasons
    passages = [p for p in paragraphs(_WHY_ARTICLE) if p.metadata["paragraph"] in (3, 2, 1)]
    chosen = " ".join(sentence for sentence, _ in select_sentences(question, passages, 5))
    assert "patent cliffs" in chosen, chosen


# -- growth of a count of our deals ------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "By what percentage did the number of deals in your table rise from 2024 to 2025?",
        "% change in the count of ADC deals in the table, 2024 to 2025?",
        "How much did Hengrui's deal count grow from 2024 to 2025?",
    ],
)
def test_a_counts_growth_leads_with_the_compared_counts(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.tool_calls and plan.tool_calls[0].tool == "compare", (question, plan.rule)
    assert plan.tool_calls[0].args["metric"] == "count"


def test_compared_counts_carry_their_percent_change(tools: DealTools) -> None:
    result = tools.run(
        ToolCall(tool="compare", args={"metric": "count", "left": {"year": 2025}, "right": {"year": 2024}})
    )
    counts = [f.value for f in result.figures if f.unit == "count"][:2]
    assert counts[0] is not None and counts[1]
    change = next(f for f in result.figures if f.unit == "percent")
    expected = ((counts[0] - counts[1]) / counts[1] * 100).quantize(Decimal("0.1"))
    assert change.value == expected
    assert f"{expected}% more" in result.lines[0].text
