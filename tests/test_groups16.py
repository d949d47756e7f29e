"""Groups of named companies (outsider78; the real assistant over the real tables, figures from deals.csv):

* two groups of buyers set against each other are compared on their sums ("did AstraZeneca and GSK together pay
  more upfront than Merck and Pfizer together?"), the gap asked after them kept with them;
* a group's figures asked added up are one sum ("add up the upfronts Merck, AbbVie and Pfizer made"), a company of
  the other side narrowing it ("Harbour BioMed's deals with AstraZeneca, Otsuka and BMS, added together");
* a named deal against a company's whole ("Pfizer's single 3SBio upfront vs everything Novartis paid") is a deal
  side against an aggregate side;
* two companies of one side asked which is higher are compared (a company of the other side narrowing both);
* a group asked one by one ("respectively") is left to the readers before (``group_sides``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

from assistant.answering.assistant import Assistant
from assistant.tools.dealfilter import party_matches
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _ROWS = [row for row in csv.DictReader(_handle) if row["scope"] in ("main", "context")]


def _sum(measure: str, licensees: set[str] = frozenset(), licensors: set[str] = frozenset(), **when: str) -> Decimal:
    """The measure summed over our rows of those parties, announced in ``year`` or ``since`` a date."""
    total = Decimal(0)
    for row in _ROWS:
        if licensees and not licensees & set(row["licensee"].split(";")):
            continue
        if licensors and not licensors & set(row["licensor"].split(";")):
            continue
        if "year" in when and not row["announced"].startswith(when["year"]):
            continue
        if "since" in when and row["announced"] < when["since"]:
            continue
        total += Decimal(row[f"{measure}_usd"] or 0)
    return total


def test_a_group_filter_holds_for_either_company() -> None:
    assert party_matches("AstraZeneca|GSK", ["GSK"], {})
    assert party_matches("AstraZeneca|GSK", ["AstraZeneca"], {})
    assert not party_matches("AstraZeneca|GSK", ["Pfizer"], {})


def test_two_groups_of_buyers_compared_with_the_gap(assistant: Assistant) -> None:
    question = (
        "In 2025, did AstraZeneca and GSK together pay more upfront to Chinese licensors than Merck and Pfizer "
        "together? give the gap"
    )
    answer = _ask(assistant, question)
    left = _sum("upfront", {"AstraZeneca", "GSK"}, year="2025")
    right = _sum("upfront", {"Merck & Co.", "Pfizer"}, year="2025")
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.tool_calls
    values = _values(answer)
    assert left in values and right in values and abs(right - left) in values, answer.answer
    assert "GSK" in answer.answer and "Pfizer" in answer.answer


def test_a_group_of_buyers_added_up(assistant: Assistant) -> None:
    answer = _ask(
        assistant, "Add up the upfront payments Merck, AbbVie and Pfizer have made to Chinese licensors since 2024."
    )
    total = _sum("upfront", {"Merck & Co.", "AbbVie", "Pfizer"}, since="2024-01-01")
    assert total == Decimal("3750000000")
    assert total in _values(answer) and "$3.75 billion" in answer.answer, answer.answer
    answer = _ask(
        assistant,
        "Total up the upfront cash AstraZeneca and Novartis handed Chinese licensors in 2025, one figure please.",
    )
    assert _sum("upfront", {"AstraZeneca", "Novartis"}, year="2025") in _values(answer), answer.answer


def test_a_group_narrowed_by_the_other_side(assistant: Assistant) -> None:
    question = (
        "Harbour BioMed did three deals in 2025 (with AstraZeneca, Otsuka and BMS). Would you add together the "
        "total values of those three?"
    )
    answer = _ask(assistant, question)
    three = _sum("total", {"AstraZeneca", "Otsuka", "Bristol Myers Squibb"}, {"Harbour BioMed"}, year="2025")
    assert three == Decimal("6370000000")
    assert three in _values(answer), answer.answer
    assert _sum("total", licensors={"Harbour BioMed"}, year="2025") not in _values(answer)  # not the Windward deal too


def test_a_deal_against_a_companys_whole(assistant: Assistant) -> None:
    answer = _ask(
        assistant,
        "Pfizer's single 3SBio upfront vs everything Novartis paid upfront to Chinese companies since 2024 — ratio?",
    )
    deal = _sum("upfront", {"Pfizer"}, {"3SBio"})
    whole = _sum("upfront", {"Novartis"}, since="2024-01-01")
    values = _values(answer)
    assert deal in values and whole in values, answer.answer
    assert any(abs(value - deal / whole) < Decimal("0.01") for value in values), values
    assert not answer.abstained


def test_two_licensors_which_is_higher(assistant: Assistant) -> None:
    answer = _ask(assistant, "表里 2025 年 恒瑞 和 信达 的 deal total 加总, 哪家高, 高多少?")
    hengrui = _sum("total", licensors={"Jiangsu Hengrui Pharmaceuticals"}, year="2025")
    innovent = _sum("total", licensors={"Innovent Biologics"}, year="2025")
    assert hengrui - innovent in _values(answer), answer.answer
    answer = _ask(assistant, "CSPC and Harbour BioMed: who got the larger upfront sum from AstraZeneca?")
    cspc = _sum("upfront", {"AstraZeneca"}, {"CSPC Pharmaceutical Group"})
    harbour = _sum("upfront", {"AstraZeneca"}, {"Harbour BioMed"})
    assert cspc - harbour in _values(answer), answer.answer


def test_a_group_asked_one_by_one_is_not_summed(assistant: Assistant) -> None:
    answer = _ask(assistant, "What upfronts did Merck and AbbVie pay Chinese licensors in 2024, respectively?")
    assert all(call.tool != "compare" for call in answer.tool_calls)
    assert _sum("upfront", {"Merck & Co.", "AbbVie"}, year="2024") not in _values(answer), answer.answer
    assert _sum("upfront", {"Merck & Co."}, year="2024") in _values(answer), answer.answer


def test_no_group_where_the_wording_is_one_deal_or_a_difference(assistant: Assistant) -> None:
    router = assistant.snapshot.router
    for question in (
        "What did Biohaven and AimedBio pay GeneQuantum upfront combined?",  # co-licensees of one deal
        "How many times bigger was Hengrui's GSK deal than its Merck deal (total value)?",  # its Merck deal
        "Innovent's two mega deals, Takeda and Lilly - difference in headline value between them?",  # a difference
    ):
        plan = router.route(question)
        assert plan.rule != "group sides", (question, plan.tool_calls)
        assert all("|" not in str(call.args) for call in plan.tool_calls), (question, plan.tool_calls)
