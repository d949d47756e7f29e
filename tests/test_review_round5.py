"""The fifth review's regressions (base 6be1bb0, head 71a0bd1): the outsider14 round's out-of-scope
patterns (``routing/scope_asks.py``) refused ordinary questions about a deal. Each class with the
probes that found it, and the asks the round was written for, which must still be refused."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from tests.conftest import DOCUMENTS

_DEALS = {deal.deal_id: deal for deal in load_tables(DOCUMENTS).deals}


def _money(deal_id: str, field: str) -> str:
    """The figure as answers print it, read from deals.csv ("$1.25 billion", "$570 million")."""
    amount = getattr(_DEALS[deal_id], field).amount
    assert amount is not None
    if amount >= 1_000_000_000:
        return f"${amount / 1_000_000_000:g} billion"
    return f"${amount / 1_000_000:g} million"


@pytest.mark.parametrize(
    ("question", "deal_id", "field"),
    [
        # a deal's "policy" is its terms, not the state's
        ("What's Merck's policy on milestones in the Hengrui Lp(a) deal?", "hengrui-merck-2025", "milestones"),
        # "will ... actually pay ... upfront" is a fixed term of a signed deal, not a forecast
        ("How much will Roche actually pay MediLink upfront for YL201?", "medilink-roche-2026", "upfront"),
        ("How much will Takeda actually pay Innovent upfront?", "innovent-takeda-2025", "upfront"),
        ("What will Pfizer really pay 3SBio upfront?", "3sbio-pfizer-2025", "upfront"),
    ],
)
def test_a_deal_term_in_scope_words_is_answered(assistant: Assistant, question: str, deal_id: str, field: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and _money(deal_id, field) in answer.answer, (question, answer.answer)


@pytest.mark.parametrize(
    "question",
    [
        "What is the royalty policy in the Hansoh Regeneron deal?",
        "What's the royalty policy for Zelgen?",
        "Biggest trade deal by upfront in 2025?",
        "How much did it cost AbbVie per year to license RC148?",
    ],
)
def test_deal_wording_near_scope_words_is_not_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and answer.tool_calls, (question, answer.answer)


def test_a_clearance_the_article_reports_answers_a_question_about_regulators(assistant: Assistant) -> None:
    answer = assistant.ask("Did regulators clear the Hengrui GSK deal?")
    assert not answer.abstained and "clearance" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How have US tariffs affected these China deals?",
        "What is the Chinese government doing to support these deals?",
        "Did Hengrui's dividend policy change after the GSK deal?",
        "How much will AstraZeneca actually end up paying CSPC in total by 2030?",
        "How much does ivonescimab cost patients in the US?",
    ],
)
def test_what_the_sources_do_not_cover_is_still_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, (question, answer.answer)


def _year_rows(year: str) -> list:
    return [d for d in _DEALS.values() if d.announced.startswith(year) and d.scope == "main"]


def test_a_plain_period_total_with_a_company_left_out_is_summed_over_our_rows(assistant: Assistant) -> None:
    """A tracker holds no rows to leave out: "excluding the Hengrui deals" is our rows' sum, never a
    tracker's message (it used to read as 2025 against 2024)."""
    kept = [d for d in _year_rows("2025") if not any("Hengrui" in name for name in d.licensors + d.licensees)]
    answer = assistant.ask("Total upfront in 2025, excluding the Hengrui deals?")
    (call,) = answer.tool_calls
    assert (call.tool, call.args["operation"]) == ("aggregate", "sum")
    total = sum(d.upfront.amount for d in kept if d.upfront.amount is not None)
    assert f"{len(kept)} deals" in answer.answer and f"{total / 10**9:.2f} billion" in answer.answer, answer.answer


def test_a_modality_left_out_is_matched_as_the_filter_matches_it(assistant: Assistant) -> None:
    """Leaving out "ADCs" leaves out the bispecific ADCs too, as a filter on "ADC" takes them in."""
    kept = [d for d in _year_rows("2025") if "adc" not in d.modality.lower()]
    answer = assistant.ask("How many 2025 deals excluding ADCs?")
    assert f"{len(kept)} deals" in answer.answer and answer.tool_calls[0].tool == "aggregate", answer.answer
