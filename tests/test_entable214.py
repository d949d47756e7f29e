"""English table multi-part asks of the fourteenth session's second wave, as classes; the real assistant over the
real tables, figures from the CSVs:

* two sides with a year each that are weighed ("… - which is higher?", "ratio of …") or filtered ("above $100m",
  "before 2025") stay one question (``own_years``): one comparison, not two sums;
* "cash at close" / "cash paid at closing" is the upfront (``wording.METRIC_RES``);
* "the total value of each of Argo's Novartis deals" is each deal's total, not their sum (``every_deal``);
* a place of a ranking from the bottom ("最小的是哪笔? 第二名呢?", "the second lowest upfront") is counted from the
  smallest (``chinese_asks``, ``low_places``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

from assistant.answering.assistant import Assistant
from assistant.routing.own_years import own_years
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _near, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _DEALS = list(csv.DictReader(_handle))


def _upfront_sum(licensee: str, year: str) -> Decimal:
    return sum(
        (
            Decimal(row["upfront_usd"])
            for row in _DEALS
            if licensee in row["licensee"] and row["announced"][:4] == year and row["upfront_usd"]
        ),
        Decimal(0),
    )


def _ascending(year: str) -> list[dict[str, str]]:
    rows = [row for row in _DEALS if row["announced"][:4] == year and row["upfront_usd"]]
    return sorted(rows, key=lambda row: (Decimal(row["upfront_usd"]), row["announced"]))


def test_weighed_or_filtered_sides_are_not_split() -> None:
    assert own_years("Merck's upfront total in 2024 and AstraZeneca's upfront total in 2025 - which is higher?") is None
    assert own_years("Ratio of Hengrui's 2024 upfront total and Hansoh's 2025 upfront total") is None
    assert own_years("Which 2024 deals had upfronts above $100m and totals above $1bn, announced before 2025?") is None
    assert own_years("compare Merck's 2024 deal count and AstraZeneca's 2025 deal count") is None
    assert own_years("Merck's 2024 deal count and AstraZeneca's 2025 deal count?") == [
        "Merck's 2024 deal count",
        "AstraZeneca's 2025 deal count",
    ]


def test_which_is_higher_of_two_years_is_one_comparison(assistant: Assistant) -> None:
    answer = _ask(assistant, "Merck's upfront total in 2024 and AstraZeneca's upfront total in 2025 - which is higher?")
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.interpretation
    values = _values(answer)
    assert _near(values, _upfront_sum("Merck", "2024"), Decimal(1)), answer.answer  # $1.4 billion
    assert _near(values, _upfront_sum("AstraZeneca", "2025"), Decimal(1)), answer.answer  # $385 million


def test_ratio_of_two_years_is_one_comparison(assistant: Assistant) -> None:
    answer = _ask(assistant, "Ratio of Hengrui's 2024 upfront total and Hansoh's 2025 upfront total")
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.interpretation
    assert "$185 million" in answer.answer and "$160 million" in answer.answer, answer.answer


def test_filtered_list_keeps_both_filters(assistant: Assistant) -> None:
    answer = _ask(assistant, "Which 2024 deals had upfronts above $100m and totals above $1bn, announced before 2025?")
    assert len(answer.tool_calls) == 1, answer.interpretation
    deal_filter = answer.tool_calls[0].args["filter"]
    assert deal_filter.get("min_upfront_usd") and deal_filter.get("min_total_usd"), deal_filter


def test_second_place_after_the_smallest_is_the_second_smallest(assistant: Assistant) -> None:
    order = _ascending("2024")
    answer = _ask(assistant, "2024年 upfront 最小的是哪笔? 第二名呢?")
    assert order[0]["licensee"] in answer.answer and order[1]["licensee"] in answer.answer, answer.answer
    assert "LaNova" not in answer.answer and "second-largest" not in answer.answer, answer.answer


def test_third_place_after_the_least_in_chinese(assistant: Assistant) -> None:
    order = _ascending("2025")
    answer = _ask(assistant, "2025年首付款最少的交易是哪一笔? 第三名呢?")
    assert order[2]["licensee"] in answer.answer and "third-smallest" in answer.answer, answer.answer


def test_second_place_after_the_biggest_stays_the_second_biggest(assistant: Assistant) -> None:
    answer = _ask(assistant, "2024年 upfront 最大的是哪笔? 第二名呢?")
    assert "LaNova" in answer.answer and "second-largest" in answer.answer, answer.answer


def test_second_lowest_in_english(assistant: Assistant) -> None:
    order = _ascending("2024")
    answer = _ask(assistant, "which 2024 deal had the second lowest upfront?")
    assert _near(_values(answer), Decimal(order[1]["upfront_usd"]), Decimal(1)), answer.answer
    assert order[1]["licensor"].split()[0] in answer.answer and order[0]["licensee"] not in answer.answer, answer.answer


def test_cash_at_close_is_the_upfront_compared(assistant: Assistant) -> None:
    answer = _ask(assistant, "bigger cash at close: Pfizer→3SBio or Takeda→Innovent? by how much")
    assert [call.tool for call in answer.tool_calls] == ["compare"], answer.interpretation
    assert answer.tool_calls[0].args["metric"] == "upfront", answer.tool_calls
    assert "$50 million" in answer.answer and "3SBio" in answer.answer, answer.answer


def test_cash_at_close_filter_lists_the_upfronts_over(assistant: Assistant) -> None:
    answer = _ask(assistant, "2024 deals where cash at close was $200m or more")
    wanted = {
        row["licensor"]
        for row in _DEALS
        if row["announced"][:4] == "2024" and row["upfront_usd"] and Decimal(row["upfront_usd"]) >= 200_000_000
    }
    assert len(wanted) == 3 and f"holds {len(wanted)} deals" in answer.answer, answer.answer
    assert all(name in answer.answer for name in wanted), answer.answer


def test_cash_paid_at_close_summed(assistant: Assistant) -> None:
    answer = _ask(assistant, "AstraZeneca 2025: sum of the cash paid at close across its deals")
    assert _near(_values(answer), _upfront_sum("AstraZeneca", "2025"), Decimal(1)), answer.answer


def test_total_value_of_each_of_a_pairs_deals_is_not_summed(assistant: Assistant) -> None:
    answer = _ask(assistant, "the total value of each of Argo's Novartis deals?")
    totals = [Decimal(row["total_usd"]) for row in _DEALS if row["deal_id"].startswith("argo-novartis-")]
    assert len(totals) == 2 and all(_near(_values(answer), total, Decimal(1)) for total in totals), answer.answer
    assert not _near(_values(answer), sum(totals, Decimal(0)), Decimal(1)), answer.answer  # no $9.525 billion


def test_biobucks_on_each_of_a_pairs_deals_still_looks_each_up(assistant: Assistant) -> None:
    answer = _ask(assistant, "milestones in each CSPC–AstraZeneca deal")
    assert {call.tool for call in answer.tool_calls} == {"get_deal"}, answer.interpretation
    assert "$17.3 billion" in answer.answer, answer.answer
