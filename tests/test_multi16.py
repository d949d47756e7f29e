"""Every part of a multi-part ask answered, and measures read as outsiders name them (outsider72/74, multi16; the
real assistant over the real tables, figures from deals.csv):

* the deal's whole value in outsider words ("all-in value incl. milestones", "worth if everything gets paid",
  "biobucks total", "headline value (upfront plus milestones)") is the total value (``whole_value``);
* "Across your 2026 deals, ..., and ..." says the opening scope again before the later part (``shared_scope``);
* "X和Y的交易，首付款和里程碑分别是多少" asks two measures of one deal, not each company's sums (``measure_pair``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.routing.measure_pair import measures_respectively
from assistant.routing.whole_value import whole_value_spelt
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _ROWS = list(csv.DictReader(_handle))
_DEALS = {row["deal_id"]: row for row in _ROWS}


def _usd(deal_id: str, measure: str) -> Decimal:
    return Decimal(_DEALS[deal_id][f"{measure}_usd"])


def _year_sum(year: str, measure: str) -> Decimal:
    return sum(
        (Decimal(row[f"{measure}_usd"]) for row in _ROWS if row["announced"][:4] == year and row[f"{measure}_usd"]),
        Decimal(0),
    )


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("Jacobio pan-KRAS (JAB-23E73) to AZ: all-in value incl. milestones?", "jacobio-astrazeneca-2025"),
        ("kelun crescent deal: all-in figure including milestones?", "kelun-crescent-2025"),
        ("信达生物 Lilly deal biobucks total?", "innovent-lilly-2026"),
        ("How much could the Akeso–Summit licence be worth if every milestone is hit?", "akeso-summit-2022"),
    ],
)
def test_whole_value_words_ask_the_total(assistant: Assistant, question: str, deal_id: str) -> None:
    answer = _ask(assistant, question)
    assert _usd(deal_id, "total") in _values(answer), answer.answer
    assert _usd(deal_id, "milestones") not in _values(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        (
            "what did pfiser pay 3sbio up front, and how much is the whole deal worth if everything gets paid?",
            "3sbio-pfizer-2025",
        ),
        (
            "what did AZ pay jacobio upfront, and what's the whole thing worth if all of it gets paid out?",
            "jacobio-astrazeneca-2025",
        ),
    ],
)
def test_upfront_and_worth_if_all_paid_both_answered(assistant: Assistant, question: str, deal_id: str) -> None:
    answer = _ask(assistant, question)
    values = _values(answer)
    assert _usd(deal_id, "upfront") in values and _usd(deal_id, "total") in values, answer.answer
    assert "do not answer" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "year"),
    [
        (
            "For the 2024 deals in your table, what was the total upfront paid, and what was the combined headline "
            "value (upfront plus milestones) where one was disclosed?",
            "2024",
        ),
        (
            "Across your 2026 deals, how much was paid upfront in total, and what's the combined headline value "
            "(upfront + milestones) where disclosed?",
            "2026",
        ),
    ],
)
def test_upfront_sum_and_headline_sum_both_answered(assistant: Assistant, question: str, year: str) -> None:
    answer = _ask(assistant, question)
    values = _values(answer)
    assert _year_sum(year, "upfront") in values and _year_sum(year, "total") in values, answer.answer
    assert [call.args["metric"] for call in answer.tool_calls] == ["upfront", "total"], answer.tool_calls


def test_whole_value_spelt_leaves_summed_milestones() -> None:
    assert whole_value_spelt("total biobucks of Merck's 2024 deals?") == "total biobucks of Merck's 2024 deals?"
    assert whole_value_spelt("upfront plus milestones for 3SBio?") == "upfront plus milestones for 3SBio?"
    assert whole_value_spelt("headline value (upfront plus milestones)?") == "headline value?"


@pytest.mark.parametrize(
    ("question", "deal_id", "measures"),
    [
        ("荣昌生物和艾伯维的交易，首付款和总金额分别是多少？", "remegen-abbvie-2026", ("upfront", "total")),
        ("恒瑞和默沙东的交易，首付款和里程碑分别是多少？", "hengrui-merck-2025", ("upfront", "milestones")),
        ("科伦博泰和Crescent的交易，首付款和里程碑分别是多少？", "kelun-crescent-2025", ("upfront", "milestones")),
        (
            "For the Jacobio and AstraZeneca deal, what were the upfront and the milestones, respectively?",
            "jacobio-astrazeneca-2025",
            ("upfront", "milestones"),
        ),
    ],
)
def test_pair_deal_measures_respectively(
    assistant: Assistant, question: str, deal_id: str, measures: tuple[str, str]
) -> None:
    answer = _ask(assistant, question)
    assert [call.tool for call in answer.tool_calls] == ["get_deal"], answer.tool_calls
    assert all(_usd(deal_id, measure) in _values(answer) for measure in measures), answer.answer


def test_respectively_over_companies_still_splits(assistant: Assistant) -> None:
    assert not measures_respectively("What did Merck pay Curon and LaNova upfront, respectively?")
    assert not measures_respectively("恒瑞和翰森的两笔交易，首付款和里程碑分别是多少？")
    answer = _ask(assistant, "What did Merck pay Curon and LaNova upfront, respectively?")
    values = _values(answer)
    assert _usd("curon-merck-2024", "upfront") in values and _usd("lanova-merck-2024", "upfront") in values


@pytest.mark.parametrize(
    ("question", "year", "leaders"),
    [
        (
            "in 2024 who was the busiest buyer (most deals) and which chinese company came out on top on total "
            "deal value?",
            2024,
            ("Merck & Co.: 3 deals", "Jiangsu Hengrui Pharmaceuticals: up to $7.08 billion"),
        ),
        (
            "in 2025 which licensee did the most deals and which licensor got the most upfront money?",
            2025,
            ("AstraZeneca: 3 deals", "Innovent Biologics: $1.28 billion"),
        ),
    ],
)
def test_unpunctuated_period_opening_scopes_both_rankings(
    assistant: Assistant, question: str, year: int, leaders: tuple[str, str]
) -> None:
    answer = _ask(assistant, question)
    assert [call.args["filter"].get("year") for call in answer.tool_calls] == [year, year], answer.tool_calls
    assert all(leader in answer.answer for leader in leaders), answer.answer


@pytest.mark.parametrize(
    ("question", "upfront", "near_term"),
    [
        ("Zelgen/AbbVie - upfront plus the near-term payments together?", "zelgen-abbvie-2025", Decimal(60_000_000)),
        ("zelgen abvie upfront + near-term", "zelgen-abbvie-2025", Decimal(60_000_000)),
        (
            "what did astellas pay evopoint upfront, plus the near-term payments on top?",
            "evopoint-astellas-2025",
            Decimal(70_000_000),
        ),
    ],
)
def test_upfront_plus_near_term_named_and_summed(
    assistant: Assistant, question: str, upfront: str, near_term: Decimal
) -> None:
    answer = _ask(assistant, question)
    assert "near-term" in answer.answer, answer.answer
    assert _usd(upfront, "upfront") + near_term in _values(answer), answer.answer


def test_sales_split_named_beside_the_upfront(assistant: Assistant) -> None:
    answer = _ask(
        assistant,
        "Regarding 石药集团's January 2026 weight-management deal with AstraZeneca: what is the upfront, and how much "
        "of the milestones is tied to sales?",
    )
    assert _usd("cspc-astrazeneca-2026", "upfront") in _values(answer), answer.answer
    assert "$13.8 billion to sales" in answer.answer and "do not answer" not in answer.answer, answer.answer
    assert any("$13.8 billion to sales" in citation.quote for citation in answer.citations)


def test_stake_percent_named_beside_the_equity(assistant: Assistant) -> None:
    answer = _ask(assistant, "harbour AZ: upf, eq $, stake %?")
    assert _usd("harbour-astrazeneca-2025", "equity") in _values(answer), answer.answer
    assert "9.15% stake" in answer.answer, answer.answer


def test_royalties_on_sales_are_no_sales_split(assistant: Assistant) -> None:
    answer = _ask(assistant, "what did pfizer pay 3sbio upfront, and how much of the milestones is tied to sales?")
    # the deal's article splits no milestones by sales: nothing is added for the term (the text part says what it says)
    assert answer.answer.count("royalties apply to sales") <= 1, answer.answer
    assert "Together with" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "To the best of your knowledge, which of the deals you track has been terminated, and how much money had the "
        "Chinese licensor received before the end?",
        "Which deal in your table was called off, and what had the licensor been paid before termination?",
    ],
)
def test_money_kept_after_termination_is_said(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    terminated = [row for row in _ROWS if row["status"] == "terminated"]
    assert len(terminated) == 1 and terminated[0]["licensor"] in answer.answer, answer.answer
    assert Decimal(35_000_000) in _values(answer) and "keeps the $35 million" in answer.answer, answer.answer
