"""False premises and refusals (outsider67's skeptical journalist), each class with wordings other than the
outsider and phrasing files'. The deal each question is about is found in deals.csv, never written here."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.answering.multipart import points_back
from assistant.corpus.tables import Deal, load_tables
from tests.conftest import DOCUMENTS

_DEALS = load_tables(DOCUMENTS).deals


def _one(test: object) -> Deal:
    held = [deal for deal in _DEALS if test(deal)]  # type: ignore[operator]
    assert len(held) == 1, held
    return held[0]


def _money(amount: object) -> str:
    value = float(str(amount))
    return f"${value / 1e9:g} billion" if value >= 1e9 else f"${value / 1e6:g} million"


# --- 1. a deal named by its headline figure or kind, with a year it lacks: that deal, its year corrected
@pytest.mark.parametrize(
    ("question", "licensor", "licensee", "metric"),
    [
        (
            "How much did AstraZeneca pay upfront in its $18.5 billion 2025 obesity deal with CSPC?",
            "CSPC",
            "AstraZeneca",
            "upfront",
        ),
        ("BioNTech's 2022 ADC licence from DualityBio: what was paid up front?", "Duality", "BioNTech", "upfront"),
    ],
)
def test_a_named_deal_with_a_wrong_year_is_answered_with_its_year(
    assistant: Assistant, question: str, licensor: str, licensee: str, metric: str
) -> None:
    deal = _one(
        lambda d: (
            any(licensor in n for n in d.licensors)
            and any(licensee in n for n in d.licensees)
            and (d.total.amount == 18.5e9 if licensor == "CSPC" else True)
        )
    )
    answer = assistant.ask(question)
    assert not answer.abstained and answer.route == "table"
    assert deal.announced in answer.answer and "The year asked is not the deal's" in answer.answer
    assert [f.value for f in answer.figures][:1] == [getattr(deal, metric).amount]


# --- 2. a stated premise ("X licensed CODE from Y - ask") with a wrong partner: the code's deal, corrected
@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("AbbVie licensed SKB264 from Kelun; what did it pay upfront?", "SKB264"),
        ("Roche bought SYH2086 from CSPC - upfront?", "SYH2086"),
    ],
)
def test_a_stated_premise_with_a_wrong_partner_is_corrected_to_the_codes_deal(
    assistant: Assistant, question: str, code: str
) -> None:
    deal = _one(lambda d: code in d.asset)
    answer = assistant.ask(question)
    assert answer.answer.startswith("The partner is wrong:")
    assert deal.licensees[0].rstrip(".") in answer.answer
    assert [f.value for f in answer.figures] == [deal.upfront.amount]


def test_a_direct_question_on_a_pair_with_no_deal_is_still_refused(assistant: Assistant) -> None:
    # no statement of a premise: "What did Lilly pay Akeso up front for ivonescimab?" asks about a deal that does not exist
    assert assistant.ask("What did Lilly pay Akeso up front for ivonescimab?").abstained


# --- 3. a pair that never dealt, one of whom did one deal that year: that deal, its partner corrected
def test_a_pair_that_never_dealt_is_corrected_to_the_one_deal_of_that_year(assistant: Assistant) -> None:
    deal = _one(lambda d: "Novartis" in d.licensees and d.year == 2026)
    answer = assistant.ask("Novartis's 2026 brain antibody deal with Hengrui: how much upfront?")
    assert answer.answer.startswith("The partner is wrong:")
    assert deal.licensors[0] in answer.answer and _money(deal.upfront.amount or 0) in answer.answer
    assert [f.value for f in answer.figures] == [deal.upfront.amount]


def test_when_both_named_parties_dealt_that_year_which_is_asked(assistant: Assistant) -> None:
    answer = assistant.ask("SciNeuro's 2026 deal with Roche - upfront?")
    partners = [d for d in _DEALS if d.year == 2026 and ("Roche" in d.licensees or "SciNeuro" in d.licensors[0])]
    assert "which one do you mean" in answer.answer and not answer.figures
    assert {citation.doc_id for citation in answer.citations} >= {d.doc_id for d in partners}
    assert all(d.announced in answer.answer for d in partners)


def test_a_pair_whose_both_sides_dealt_many_times_that_year_stays_refused(assistant: Assistant) -> None:
    assert assistant.ask("What did Pfizer pay Hengrui upfront in 2025?").abstained


def test_a_pair_whose_one_side_did_no_deal_that_year_stays_refused(assistant: Assistant) -> None:
    """Sanofi did no deal in 2024: Hengrui's two 2024 deals are no partner mix-up to offer."""
    assert assistant.ask("Give me the terms of Sanofi's 2024 licensing deal with Hengrui").abstained


# --- 4. a part pointing back at a refused part is refused with it
@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("Did the GSK upfront show up in it?", True),
        ("和翰森比呢？", True),
        ("what about Hansoh?", True),
        ("How much did GSK pay Hengrui upfront?", False),
    ],
)
def test_points_back(part: str, expected: bool) -> None:
    assert points_back(part) is expected


@pytest.mark.parametrize(
    "question", ["What was Hengrui's 2025 revenue? Did the GSK money show up in it?", "恒瑞现在市值多少？和翰森比呢？"]
)
def test_a_company_fact_and_its_follow_on_are_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and not answer.figures


# --- 5. a company no source names, in the payer's slot
@pytest.mark.parametrize(
    "question",
    [
        "how much bayer paid chinese biotechs for licences in 2025",
        "what did boehringer pay for chinese licenses last year",
    ],
)
def test_an_unknown_payer_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and not answer.figures


def test_a_known_payer_in_lower_case_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("how much pfizer paid for chinese licenses in 2025")
    deal = _one(lambda d: "Pfizer" in d.licensees and d.year == 2025)
    assert not answer.abstained and deal.total.amount in [f.value for f in answer.figures]
