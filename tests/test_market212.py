"""Twelfth-session (second wave) market-tracker classes, found from outsider52-54's failures and tested with
other wordings (the real assistant over the real tables; expected figures come from market_stats.csv):

* "2025 year-to-date", "ytd 2025": that year's own running figures, not the year the corpus ends in (the
  Sino Drug Watch 2025 upfront-to-milestones ratio had been asked of January-February 2026 and refused);
* a tracker's "upfront-to-milestone ratio" is its upfront over its milestones (it had gone to the articles);
* "upfront sum and milestones sum": each measure's own sum is its total, two figures (the milestones had been
  dropped as if the two were to be added);
* the top-ten licensors' share "and how much in $?" gives the dollar amount too (the "$" had been read as "value"
  and only the share given);
* a royalty rate asked of one deal whose row states a band ("low double-digit") is that band (it had been refused
  as a word no column holds); a row with no band ("tiered") still sends it to the articles, and a rate asked
  beside another figure ("the upfront and the royalty rate") is left as it was;
* a "P&L hit", "hit to earnings", "earnings impact" of a deal is the charge its article reports (it had been
  refused as a profit no passage names);
* a tracker's "average upfront per deal" is its upfront total over its deal count, our arithmetic on its figures
  (it had been refused: only a total value was divided).
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.market_split import tracker_measures
from assistant.routing.router import Router
from tests.conftest import DOCUMENTS, route
from tests.test_market11 import _ask, _near, _values

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}
_UPFRONT = _STATS["sinodrugwatch-2025-ytd-upfront"]
_MILESTONES = _STATS["sinodrugwatch-2025-ytd-milestones"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Per Sino Drug Watch, 2025 year to date: upfront-to-milestone ratio in percent?",
            _UPFRONT / _MILESTONES * 100,
        ),
        ("How much in potential milestones had Sino Drug Watch tallied for 2025 year-to-date?", _MILESTONES),
        ("2025 YTD deal count according to Sino Drug Watch?", _STATS["sinodrugwatch-2025-ytd-deal-count"]),
    ],
)
def test_an_earlier_years_year_to_date_is_that_year(assistant: Assistant, question: str, expected: Decimal) -> None:
    answer = _ask(assistant, question)
    assert not answer.abstained and _near(_values(answer), expected), answer.answer
    assert "2025" in answer.answer and "2026" not in answer.answer


def test_a_bare_year_to_date_is_still_the_current_year(assistant: Assistant) -> None:
    answer = _ask(assistant, "PharmCube year-to-date deal count?")
    assert _near(_values(answer), _STATS["pharmcube-greater-china-2026ytd-deal-count"]), answer.answer


def test_a_trackers_upfront_to_milestone_ratio(assistant: Assistant) -> None:
    answer = _ask(assistant, "Sino Drug Watch 2025: ratio of upfront to milestones?")
    assert _near(_values(answer), _UPFRONT / _MILESTONES * 100), answer.answer
    assert "$2.6 billion" in answer.answer and "$31 billion" in answer.answer


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Sino Drug Watch 2025 till august: upfront sum and milestones sum?", (_UPFRONT, _MILESTONES)),
        ("Sino Drug Watch Jan-Aug 2025 - milestone sum and upfront sum?", (_MILESTONES, _UPFRONT)),
        ("sino drug watch upfront sum, deal count 2025?", (_UPFRONT, _STATS["sinodrugwatch-2025-ytd-deal-count"])),
    ],
)
def test_each_measures_sum_is_its_own_figure(assistant: Assistant, question: str, wanted: tuple[Decimal, ...]) -> None:
    assert len(tracker_measures(question)) == 2
    answer = _ask(assistant, question)
    for expected in wanted:
        assert _near(_values(answer), expected), (expected, answer.answer)


def test_one_sum_after_both_measures_is_not_split() -> None:
    question = "Sino Drug Watch 2025: upfront and milestone sum?"
    assert tracker_measures(question) == [question]


@pytest.mark.parametrize(
    "question",
    [
        "top 10 chinese licensors share of 2025 value, and how much in $?",
        "share of 2025 deal value held by the ten biggest Chinese licensors, and what is that in $?",
        "What did the top ten licensors' 60% share of 2025 value come to in dollar terms?",
    ],
)
def test_the_top_ten_share_in_dollars(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    amount = _STATS["pharmcube-nextpharma-2025-total-value"] * _STATS["pharmcube-nextpharma-2025-top10-share"] / 100
    assert _near(_values(answer), amount, Decimal("1e8")), answer.answer
    assert "60%" in answer.answer and "81.4" in answer.answer


_DEALS = {deal.deal_id: deal for deal in load_tables(DOCUMENTS).deals}


@pytest.mark.parametrize(
    ("question", "deal_id"),
    [
        ("what royalty rate did Akeso get on ivonescimab from Summit?", "akeso-summit-2022"),
        ("Royalty rate Regeneron pays Hansoh on HS-20094?", "hansoh-regeneron-2025"),
        ("What royalty rate does 3SBio get from Pfizer?", "3sbio-pfizer-2025"),
    ],
)
def test_a_royalty_rate_is_the_band_the_row_states(assistant: Assistant, question: str, deal_id: str) -> None:
    answer = _ask(assistant, question)
    assert answer.route == "table" and not answer.abstained
    assert [call.args.get("deal_id") for call in answer.tool_calls] == [deal_id]
    assert _DEALS[deal_id].royalties in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What royalty rate does Roche pay Hansoh on HS-20110?",  # the row says only "tiered"
        "What was the upfront and the royalty rate of the Pfizer-3SBio deal?",  # another figure asked beside it
    ],
)
def test_a_royalty_rate_with_no_band_or_beside_another_figure_is_no_row(router: Router, question: str) -> None:
    plan = route(router, question)
    assert not any(call.args.get("metric") == "royalties" for call in plan.tool_calls)  # no band given as the answer


@pytest.mark.parametrize(
    "question",
    [
        "Did Merck flag any P&L hit from the Curon transaction?",
        "Did Merck flag any hit to earnings from the Curon transaction?",
        "Was there a P&L impact for Merck from the Curon deal?",
    ],
)
def test_a_pl_hit_is_the_charge_the_article_reports(assistant: Assistant, question: str) -> None:
    answer = _ask(assistant, question)
    assert not answer.abstained and "$750 million" in answer.answer, answer.answer


def test_a_companys_profit_is_still_not_held(assistant: Assistant) -> None:
    assert _ask(assistant, "What was Merck's 2024 profit?").abstained


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("What was the average upfront per deal in 2024 according to biotochina?", "2024"),
        ("On the biotochina.org numbers, what was the mean upfront payment per deal in 2023?", "2023"),
    ],
)
def test_a_trackers_average_upfront_per_deal(assistant: Assistant, question: str, year: str) -> None:
    answer = _ask(assistant, question)
    upfront, count = _STATS[f"biotochina-{year}-upfront"], _STATS[f"biotochina-{year}-deal-count"]
    assert _near(_values(answer), upfront / count, Decimal("1e6")), answer.answer
    assert f"{count} deals" in answer.answer and "upfront per deal" in answer.answer


def test_the_average_deal_size_is_still_the_value_over_the_count(assistant: Assistant) -> None:
    answer = _ask(assistant, "PharmCube NextPharma 2025 average deal size?")
    total, count = _STATS["pharmcube-nextpharma-2025-total-value"], _STATS["pharmcube-nextpharma-2025-deal-count"]
    assert _near(_values(answer), total / count, Decimal("1e7")) and "average deal size" in answer.answer
