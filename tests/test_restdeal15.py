"""Deal asks that dropped or misread a part (outsider71/73; the real assistant over the real tables, figures from
deals.csv):

* a later part or follow-up naming one party of the pair the question before named asks that deal's term
  ("On Harbour BioMed / AstraZeneca: biobucks, and how big was AZ's equity cheque?": ``pair_party``);
* a trailing period stays with a last part that names a company of its own ("what did Lilly pay 信达 upfront, and
  what did Roche pay them in 2025?": ``paired_asks.closing_period_shared``);
* a question of deal terms only ("里程碑 and 总额?", "milestones and total?") is one part a term
  (``bare_measures``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.bare_measures import bare_measure_parts
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = {row["deal_id"]: row for row in csv.DictReader(_handle)}


def _usd(deal_id: str, field: str) -> Decimal:
    return Decimal(_DEALS[deal_id][f"{field}_usd"])


@pytest.mark.parametrize(
    ("question", "history", "deal_id", "fields"),
    [
        (
            "On Harbour BioMed / AstraZeneca: biobucks, and how big was AZ's equity cheque?",
            (),
            "harbour-astrazeneca-2025",
            ("milestones", "equity"),
        ),
        (
            "how large was Merck's upfront cheque?",
            ("Hansoh and Merck: what were the milestones?",),
            "hansoh-merck-2024",
            ("upfront",),
        ),
        (
            "how big was CSPC's milestone haul?",
            ("CSPC AstraZeneca 2025 upfront?",),
            "cspc-astrazeneca-2025",
            ("milestones",),
        ),
    ],
)
def test_one_party_of_the_pair_before_asks_that_deal(
    assistant: Assistant, question: str, history: tuple[str, ...], deal_id: str, fields: tuple[str, ...]
) -> None:
    answer = _ask(assistant, question, *history)
    values = _values(answer)
    for field in fields:
        assert _usd(deal_id, field) in values, answer.answer
    assert "which one" not in answer.answer.lower(), answer.answer
    # the pair's deal by its parties, or (a column added after routing) by its id
    assert all(call.args.get("licensor") or call.args.get("deal_id") == deal_id for call in answer.tool_calls), (
        answer.tool_calls
    )


def test_a_count_after_a_pair_keeps_its_own_reach(assistant: Assistant) -> None:
    answer = _ask(assistant, "how many deals has GSK done?", "Hengrui and GSK upfront?")
    assert answer.tool_calls[0].tool == "aggregate", answer.tool_calls
    assert not answer.tool_calls[0].args["filter"].get("licensor"), answer.tool_calls


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "what did Lilly pay 信达 upfront, and what did Roche pay them in 2025?",
            "innovent-lilly-2026",
            "innovent-roche-2025",
        ),
        (
            "how much did AbbVie pay RemeGen upfront, and what did Vor Bio pay them in 2025?",
            "remegen-abbvie-2026",
            "remegen-vor-2025",
        ),
    ],
)
def test_a_closing_year_dates_only_the_part_naming_its_own_company(
    assistant: Assistant, question: str, first: str, second: str
) -> None:
    answer = _ask(assistant, question)
    assert not answer.abstained, answer.answer
    values = _values(answer)
    assert _usd(first, "upfront") in values and _usd(second, "upfront") in values, answer.answer
    assert _DEALS[first]["announced"][:4] != "2025"


def test_a_closing_year_still_dates_a_part_naming_no_company_of_its_own(assistant: Assistant) -> None:
    answer = _ask(assistant, "how many deals did Hengrui sign and what were they worth in 2025?")
    assert all(call.args["filter"].get("year") == 2025 for call in answer.tool_calls), answer.tool_calls


@pytest.mark.parametrize(
    ("question", "history", "deal_id", "fields"),
    [
        ("里程碑 and 总额?", ("荣昌 AbbVie deal 首付款?",), "remegen-abbvie-2026", ("milestones", "total")),
        ("milestones and total?", ("Akeso Summit upfront?",), "akeso-summit-2022", ("milestones", "total")),
        ("里程碑和总额?", ("Harbour Otsuka 首付?",), "harbour-otsuka-2025", ("milestones", "total")),
        (
            "what about total value and milestones?",
            ("What did Roche pay Innovent upfront?",),
            "innovent-roche-2025",
            ("total", "milestones"),
        ),
    ],
)
def test_deal_terms_alone_are_each_answered(
    assistant: Assistant, question: str, history: tuple[str, ...], deal_id: str, fields: tuple[str, ...]
) -> None:
    answer = _ask(assistant, question, *history)
    values = _values(answer)
    for field in fields:
        assert _usd(deal_id, field) in values, answer.answer


def test_only_bare_terms_are_split() -> None:
    assert bare_measure_parts("里程碑 and 总额?") == ["里程碑?", "总额?"]
    assert bare_measure_parts("and the upfront, milestones and royalties?") == ["Upfront?", "Milestones?", "Royalties?"]
    assert bare_measure_parts("upfront plus milestones?") is None  # a sum
    assert bare_measure_parts("upfront + milestones?") is None
    assert bare_measure_parts("Merck's upfront and milestones?") is None  # named: the router reads it whole
    assert bare_measure_parts("upfront and milestones combined?") is None
    assert bare_measure_parts("milestones?") is None
