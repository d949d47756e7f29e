"""Fourteenth-session second deals dropped in one ask or one follow-up (outsider64/66's classes, probed with our own
wordings). Expected figures come from deals.csv.

- a different measure after each of two deals ("X: biobucks in the A deal, and upfront in the B deal") had answered
  the first deal only; each deal is now its own ask (``elided_asks``);
- two pairs said side by side, the second after "and of", closed by "both" or "each" ("upfront of kelun crescent
  deal and of harbour biomed with BMS, both") had answered the first pair only (``second_pair``);
- "the other one" / "the other deal" after a pair's dated deal had repeated that deal; it is the pair's deal of its
  other year (``other_deal``, ``followups.others_of``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.money import render_amount
from assistant.routing.elided_asks import elided_asks
from tests.conftest import DOCUMENTS

_ROWS = {d.deal_id: d for d in load_tables(DOCUMENTS).deals}


def _said(deal_id: str, measure: str) -> str:
    """The row's figure as the answers write it ("$80 million", "$10.2 billion")."""
    amount = getattr(_ROWS[deal_id], measure).amount
    assert amount is not None
    return render_amount(Decimal(amount))


def _ask(assistant: Assistant, question: str, before: str | None = None) -> str:
    history = [Turn(question=before, answer=assistant.ask(before))] if before else []
    return assistant.ask(question, history).answer


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "信达生物: biobucks in the Takeda deal, and upfront in the Roche DLL3 ADC deal?",
            ("innovent-takeda-2025", "milestones"),
            ("innovent-roche-2025", "upfront"),
        ),
        (
            "MediLink: upfront in the BioNTech 2024 deal and milestones in the Roche 2024 deal",
            ("medilink-biontech-2024", "upfront"),
            ("medilink-roche-2024", "milestones"),
        ),
        (
            "upfront of kelun crescent deal and of harbour biomed with BMS, both",
            ("kelun-crescent-2025", "upfront"),
            ("harbour-bms-2025", "upfront"),
        ),
        (
            "upfront of hansoh regeneron deal and of akeso summit, both",
            ("hansoh-regeneron-2025", "upfront"),
            ("akeso-summit-2022", "upfront"),
        ),
    ],
)
def test_two_deals_each_answered(
    assistant: Assistant, question: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    answer = _ask(assistant, question)
    assert _said(*first) in answer and _said(*second) in answer


def test_each_measure_split_keeps_the_lead() -> None:
    parts = elided_asks(["Hansoh: milestones in the Regeneron deal, and upfront in the Roche deal"])
    assert parts == ["Hansoh: milestones in the Regeneron deal", "Hansoh: upfront in the Roche deal"]


@pytest.mark.parametrize(
    ("before", "question", "other", "repeated"),
    [
        (
            "what novartis paid argo upfront in the 2024 deal",
            "and for the other one?",
            "argo-novartis-2025",
            "argo-novartis-2024",
        ),
        ("Argo Novartis 2025 deal upfront", "the other one?", "argo-novartis-2024", "argo-novartis-2025"),
        (
            "MediLink Roche 2024 deal upfront?",
            "what about the other deal?",
            "medilink-roche-2026",
            "medilink-roche-2024",
        ),
    ],
)
def test_the_other_one_is_the_pairs_other_deal(
    assistant: Assistant, before: str, question: str, other: str, repeated: str
) -> None:
    answer = _ask(assistant, question, before)
    assert _said(other, "upfront") in answer
    assert _said(repeated, "upfront") not in answer
