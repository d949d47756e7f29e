"""The one reading of text: sentences, markers, numbers, near-term, dates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.answer import AnswerFigure, Citation
from assistant.answering.guard import guard_prose
from assistant.dates import MONTHS, human_date, last_day, month_words, names_year
from assistant.money import numbers_in, parse_money
from assistant.text import (
    claim_text,
    content_words,
    markers_in,
    mentions_near_term,
    near_term_after,
    sentence_spans,
    split_sentences,
)

SENTENCE_CASES = [
    ("Pfizer paid $1.25 billion. 3SBio can get more.", ["Pfizer paid $1.25 billion.", "3SBio can get more."]),
    ("J.P. Morgan hosted it. Merck & Co. said yes.", ["J.P. Morgan hosted it.", "Merck & Co. said yes."]),
    ("Upfront $100 million incl. equity. Then milestones.", ["Upfront $100 million incl. equity.", "Then milestones."]),
    ("The U.S. rights moved. Later, all of them.", ["The U.S. rights moved.", "Later, all of them."]),
    (
        "Three deals in our table: 1. Merck & Co.: $588 million. 2. GSK: $500 million.",
        ["Three deals in our table:", "1. Merck & Co.: $588 million.", "2. GSK: $500 million."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES, ids=[c[0][:30] for c in SENTENCE_CASES])
def test_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_sentence_spans_are_exact_slices_of_the_text() -> None:
    text = "Pfizer paid $1.25 billion.\n  3SBio can get more.   And   equity."
    for start, end in sentence_spans(text):
        piece = text[start:end]
        assert piece == piece.strip() and piece in text
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Pfizer paid $1.25 billion.",
        "3SBio can get more.",
        "And   equity.",
    ]


def test_markers_in_every_form() -> None:
    assert markers_in("A [1]. B [2][3]. C [4, 5].") == [1, 2, 3, 4, 5]


def test_claim_numbers_skip_codes_dates_and_markers() -> None:
    text = "HRS-1893 and PD-1: on 20 May 2025 Pfizer paid $1.25 billion [2]."
    assert sorted(numbers_in(text)) == [Decimal(2025), Decimal(1250000000)]
    assert "1893" not in claim_text(text)
    assert sorted(numbers_in("GeneQuantum → Biohaven, 2025-01: total about $13 billion")) == [2025, 13000000000]


def test_near_term_is_read_the_same_everywhere() -> None:
    assert mentions_near_term("including Near-Term payments")
    assert mentions_near_term("near term")
    assert near_term_after(" in upfront and near-term payments")
    assert not near_term_after(". Later it spoke of near-term plans")
    assert parse_money("$200 million including near-term payments").qualifier == "incl_near_term"


def test_content_words_drop_stopwords() -> None:
    assert content_words("What did the Pfizer deal cover?") == {"pfizer", "cover"}


def test_guard_accepts_a_combined_marker_and_ignores_drug_codes() -> None:
    citations = [
        Citation(n=1, doc_id="d", title="t", paragraph=1, quote="Pfizer paid $1.25 billion upfront for SSGJ-707."),
        Citation(n=2, doc_id="d", title="t", paragraph=2, quote="3SBio can receive up to $4.8 billion."),
    ]
    figures: list[AnswerFigure] = []
    report = guard_prose(
        "Pfizer paid $1.25 billion for SSGJ-707, and up to $4.8 billion may follow [1, 2].", citations, figures
    )
    assert report.kept == 1, report.dropped


def test_months_dates_and_leap_years() -> None:
    assert MONTHS["sept"] == MONTHS["sep"] == MONTHS["september"] == 9
    assert last_day(2024, 2) == 29 and last_day(2025, 2) == 28 and last_day(2100, 2) == 28
    assert month_words("2025-08") == "August 2025"
    assert human_date("2025-05-20") == "20 May 2025"
    assert names_year("deals signed in 2026 so far", "2026")
    assert not names_year("reported on January 14, 2026", "2026")
