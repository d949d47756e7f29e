"""A question about why sources disagree on a deal's figure is answered with every account that differs: the
sentence announcing the disagreement brings the sentences of its paragraph that follow it (answering.composer),
and "what is disputed about ..." asks for that account, not the figure (routing.checks)."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.router import Router
from tests.conftest import paragraphs, route


def _dispute_paragraph() -> str:
    (paragraph,) = [p.page_content for p in paragraphs("deal-evopoint-astellas-2025") if "disagree" in p.page_content]
    return paragraph


@pytest.mark.parametrize(
    "question",
    [
        "why do sources disagree on the Evopoint / Astellas deal size",
        "Evopoint和Astellas那笔，总额为什么各家说法不一样？",
    ],
)
def test_a_disagreement_brings_each_account(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    # both readings of the $1.34 billion, in the article's words: FiercePharma's total and Pharmaphorum's $1.47 billion
    assert "FiercePharma" in answer.answer and "Pharmaphorum" in answer.answer
    assert "$1.47 billion" in answer.answer and "$1.47 billion" in _dispute_paragraph()


@pytest.mark.parametrize(
    "question",
    [
        "What is disputed about the headline value of the Evopoint-Astellas ADC deal?",
        "is the Evopoint Astellas total contested?",
    ],
)
def test_a_disputed_figure_is_the_articles_account(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls
