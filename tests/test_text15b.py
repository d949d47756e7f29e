"""The text classes of session 15's second text tuning, in wordings other than the outsiders', on the real tables
and articles: a payment made after signing, or how a sum is paid out, is the article's sentence beside the row
(``routing.paid_after``), never the row's milestone ceiling; a sum over the table since a year stays the table's."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.answering.asked_synonyms import synonym_words
from assistant.answering.assistant import Assistant
from assistant.routing.paid_after import PAID_AFTER_RE, PAID_HOW_RE

DOCUMENTS = Path(__file__).resolve().parents[1] / "documents"


def _row(deal_id: str) -> dict[str, str]:
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        return next(r for r in csv.DictReader(handle) if r["deal_id"] == deal_id)


@pytest.mark.parametrize(
    ("question", "wanted", "ceiling_deal"),
    [
        (
            "After the 2023 BL-B01D1 licence to Bristol Myers, has SystImmune been paid any milestone since?",
            "$250 million",
            "systimmune-bms-2023",
        ),
        ("Did SystImmune receive anything from BMS besides the upfront?", "$250 million", "systimmune-bms-2023"),
        ("did AbbVie pay Simcere any money after their SIM0500 agreement?", "$40 million", "simcere-abbvie-2025"),
    ],
)
def test_a_payment_made_after_signing_is_the_articles(
    assistant: Assistant, question: str, wanted: str, ceiling_deal: str
) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text"
    assert wanted in answer.answer  # the payment made
    ceiling = Decimal(_row(ceiling_deal)["milestones_usd"] or "0") / Decimal(1_000_000_000)
    assert f"up to ${ceiling.normalize()} billion in milestone" not in answer.answer.split(". ")[0]


@pytest.mark.parametrize(
    ("question", "parts", "deal_id"),
    [
        (
            "Does Leads Biolabs get Dianthus's $38 million as a lump sum?",
            ("$30 million", "$8 million"),
            "leads-dianthus-2025",
        ),
        (
            "was XtalPi's upfront from DoveTree paid all at once?",
            ("$51 million", "$49 million"),
            "xtalpi-dovetree-2025",
        ),
    ],
)
def test_how_a_sum_is_paid_out_is_the_sentence_splitting_it(
    assistant: Assistant, question: str, parts: tuple[str, str], deal_id: str
) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text"
    assert all(part in answer.answer for part in parts)
    total = sum(Decimal(p.removeprefix("$").removesuffix(" million")) for p in parts) * 1_000_000
    if deal_id == "xtalpi-dovetree-2025":
        assert total == Decimal(_row(deal_id)["upfront_usd"])  # the two parts make the row's upfront


def test_a_sum_since_a_year_stays_the_tables(assistant: Assistant) -> None:
    answer = assistant.ask("How much has Merck paid in upfronts across its Chinese in-licensing deals since 2024?")
    assert answer.route == "table"
    assert "$1.6 billion" in answer.answer


def test_the_readers_leave_other_wordings() -> None:
    assert not PAID_AFTER_RE.search("total cash upfront paid for PD-1/VEGF bispecifics since 2024")
    assert not PAID_AFTER_RE.search("What did BMS pay SystImmune upfront?")
    assert not PAID_HOW_RE.search("What is the upfront of the XtalPi deal?")
    assert PAID_AFTER_RE.search("has any milestone been paid since then?")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("What accounting hit did Merck take on Curon's CN201?", "pre-tax charge of about $750 million"),
        ("What made the 2024 Argo-Novartis deal stand out?", "first significant overseas out-licensing of RNAi"),
        ("Who were the backers of Kailera, the NewCo that took Hengrui's GLP-1 drugs?", "Bain Capital Life Sciences"),
    ],
)
def test_a_question_worded_unlike_its_article_gets_the_sentence(
    assistant: Assistant, question: str, wanted: str
) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text"
    assert wanted in answer.answer[:400]  # among the leading sentences


def test_synonym_words_read_only_their_wordings() -> None:
    assert "charge" in synonym_words("any write-off on the Curon deal?")
    assert synonym_words("What did Merck pay Curon upfront?") == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("What became of Kelun and Merck's May 2022 SKB264 licence?", "seven preclinical ADCs"),
        ("what happened after kelun's first msd licence (SKB264)", "came back to Kelun-Biotech in December 2022"),
        ("How did the ImmuneOnco-Axion licence end up?", "keeps the $35 million"),
    ],
)
def test_what_came_after_a_deal_is_its_later_event(assistant: Assistant, question: str, wanted: str) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text"
    assert wanted in answer.answer
