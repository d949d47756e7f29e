"""The text classes of session 15's text tuning, each in wordings other than the outsiders', on the real tables
and articles: a non-money fact of one named deal is quoted from its article, not answered with the deal's terms
(``beyond_terms``); a quoted sentence that carries on from or sums up the ones before it comes with them
(``summing_back``); a deal's place in its pair's tally is the answer's count figure (``tally_figure``)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.answering.assistant import Assistant
from assistant.answering.summing_back import sums_back
from assistant.answering.tally_figure import place_stated

DOCUMENTS = Path(__file__).resolve().parents[1] / "documents"


def _pair_rows(licensor: str, licensee: str) -> list[dict[str, str]]:
    with (DOCUMENTS / "deals.csv").open(encoding="utf-8") as handle:
        return [r for r in csv.DictReader(handle) if r["licensor"] == licensor and r["licensee"] == licensee]


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("What sort of drug did Merck get from Curon?", "bispecific T-cell engager"),
        ("Candid got a trispecific from WuXi Biologics - which technology platform is it built with?", "WuXiBody"),
        ("what kind of drug did novartis get from scineuro", "anti-amyloid-beta antibody"),
        ("AZ beijing spend announced w/ the harbour deal", "$2.5 billion investment in Beijing"),
        ("How does the option structure in the Hengrui-GSK agreement work?", "end of Phase 1"),
    ],
)
def test_a_fact_of_one_deal_its_terms_do_not_hold_is_quoted(assistant: Assistant, question: str, wanted: str) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text" and not answer.tool_calls, answer.interpretation
    assert wanted in answer.answer, answer.answer
    assert "eligible for up to" not in answer.answer  # the terms' milestone line does not crowd it out


@pytest.mark.parametrize(
    ("question", "licensor", "licensee", "field"),
    [
        ("What did Merck pay Curon upfront?", "Curon Biopharmaceutical", "Merck & Co.", "upfront_usd"),
        (
            "How much is the Hansoh-Regeneron deal worth in total?",
            "Hansoh Pharmaceutical Group",
            "Regeneron",
            "total_usd",
        ),
        ("What sort of upfront did Candid pay WuXi Biologics?", "WuXi Biologics", "Candid Therapeutics", None),
    ],
)
def test_a_term_named_keeps_the_table(
    assistant: Assistant, question: str, licensor: str, licensee: str, field: str | None
) -> None:
    answer = assistant.ask(question)
    assert answer.route == "table" and answer.tool_calls[0].tool == "get_deal", answer.interpretation
    (row,) = _pair_rows(licensor, licensee)
    if field:
        assert Decimal(row[field]) in {f.value for f in answer.figures}, answer.answer
    else:  # the upfront is not disclosed in the table: the table says so
        assert not row["upfront_usd"] and "not disclosed" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Why do the trackers' annual totals for Chinese out-licensing disagree so much?",
        "Why shouldn't I combine figures from different China licensing trackers?",
        "In what ways do the China out-licensing trackers measure different things?",
    ],
)
def test_a_sentence_that_sums_back_comes_with_what_it_sums(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.route == "text"
    text = answer.answer
    assert "Greater China" in text and "upfront payments" in text, text
    # the reasons come before the "And some ..." that carries on from them
    assert text.index("Greater China") < text.index("And some report"), text


def test_sums_back_reads_openings_not_any_and() -> None:
    assert sums_back("And some report total potential deal value while others focus on upfront payments.")
    assert sums_back("Because of these choices, their series are not interchangeable.")
    assert not sums_back("Merck and Kelun signed a second deal.")
    assert not sums_back("And Merck paid $175 million upfront.")


@pytest.mark.parametrize(
    ("question", "licensor", "licensee", "place"),
    [
        # the table holds one Innovent-Lilly row; the article says the 2026 one is their seventh collaboration
        (
            "Which number collaboration between Innovent and Lilly is the February 2026 one?",
            "Innovent Biologics",
            "Eli Lilly",
            7,
        ),
        ("so is the feb 2026 innovent/lilly agreement their sixth partnership?", "Innovent Biologics", "Eli Lilly", 7),
        # the table's three CSPC-AstraZeneca rows: the January 2026 one is the third
        (
            "cspc and astrazeneca jan 2026 pact - their second deal together?",
            "CSPC Pharmaceutical Group",
            "AstraZeneca",
            None,
        ),
    ],
)
def test_a_place_in_the_pairs_tally_is_the_answers_count(
    assistant: Assistant, question: str, licensor: str, licensee: str, place: int | None
) -> None:
    rows = _pair_rows(licensor, licensee)
    expected = place or len(rows)
    if place is None:
        assert max(r["announced"] for r in rows).startswith("2026-01")  # the asked deal is the pair's latest
    answer = assistant.ask(question)
    counts = [f for f in answer.figures if f.unit == "count"]
    assert [f.value for f in counts] == [Decimal(expected)], answer.answer
    cited = {c.n: c.quote for c in answer.citations}
    assert place_stated(cited[counts[0].citations[0]]) == expected


def test_earlier_deals_asked_get_no_place_figure(assistant: Assistant) -> None:
    answer = assistant.ask("How many previous collaborations had Innovent and Lilly done before the February 2026 one?")
    assert not [f for f in answer.figures if f.unit == "count" and f.value == 7], answer.answer
