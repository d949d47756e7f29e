"""Mixed Chinese-English asks with several parts, lists and premises (outsider73, a CFO writing half in Chinese);
the real assistant over the real tables, figures and rows from deals.csv and market_stats.csv:

* 过 before an amount is "over" ("upfront 过10亿美金的 deals 有哪些": the table's filter, not a tracker's total);
* 哪些 before an English noun in the singular is a list ("哪些 deal 已经 terminated 了?": the status filter), with
  已经 (already) and 被 (passive) dropped before an English word (``chinese_asks``);
* 几成 is a share ("GlobalData 说 2024 large pharma 的 deals 里中国占几成?"), 金额里 the value, 全球 global;
* two deals named with several measures each ("翰森 2025 跟 Regeneron 和 Roche 两单, 首付加里程碑各多少"): each
  deal's terms (``measures_each``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

from assistant.answering.assistant import Assistant
from assistant.money import render_amount
from assistant.routing.measures_each import measures_each
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _ROWS = [row for row in csv.DictReader(_handle)]
_LISTED = [row for row in _ROWS if row["scope"] in ("main", "context")]
with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}
_BY_ID = {row["deal_id"]: row for row in _ROWS}


def _over(column: str, bound: int) -> list[dict[str, str]]:
    return [row for row in _LISTED if row[column] and Decimal(row[column]) > bound]


def test_guo_before_an_amount_is_over(assistant: Assistant) -> None:
    for question, column, bound in (
        ("upfront 过10亿美金的 deals 有哪些", "upfront_usd", 10**9),
        ("total 过100亿美元的 deal 有哪些", "total_usd", 10**10),
        ("首付过5亿美金的交易都有哪些?", "upfront_usd", 5 * 10**8),
    ):
        answer = _ask(assistant, question)
        assert [call.tool for call in answer.tool_calls] == ["find_deals"], question
        rows = _over(column, bound)
        assert f"holds {len(rows)} deals" in answer.answer, answer.answer
        for row in rows:
            assert row["licensor"] in answer.answer, (question, row["deal_id"])


def test_which_with_an_english_noun_lists_the_rows(assistant: Assistant) -> None:
    for question, status in (
        ("哪些 deal 已经 terminated 了?", "terminated"),
        ("有哪些 deal 被 terminated 了", "terminated"),
        ("哪些 deal 已经 closed 了?", "closed"),
    ):
        answer = _ask(assistant, question)
        assert [call.args.get("filter", {}).get("status") for call in answer.tool_calls] == [status], question
        rows = [row for row in _LISTED if row["status"] == status]
        assert rows and all(row["licensor"] in answer.answer for row in rows), answer.answer


def test_ji_cheng_is_a_share(assistant: Assistant) -> None:
    for question, stat in (
        ("GlobalData 说 2024 large pharma 的 deals 里中国占几成?", "globaldata-2024-share-large-pharma"),
        ("Vision 说 2025 Q1 全球 out-licensing 金额里中国占几成", "vision-2025q1-share-global-value"),
    ):
        answer = _ask(assistant, question)
        assert answer.tool_calls[0].tool == "market_stat", question
        assert _values(answer)[0] == _STATS[stat], answer.answer


def test_two_deals_several_measures_each(assistant: Assistant) -> None:
    answer = _ask(assistant, "翰森 2025 跟 Regeneron 和 Roche 两单, 首付加里程碑 (upfront + milestones) 各多少")
    assert [call.args.get("licensee") for call in answer.tool_calls] == ["Regeneron", "Roche"]
    for deal_id in ("hansoh-regeneron-2025", "hansoh-roche-2025"):
        row = _BY_ID[deal_id]
        summed = Decimal(row["upfront_usd"]) + Decimal(row["milestones_usd"])
        assert render_amount(summed) in answer.answer, (deal_id, answer.answer)
        assert render_amount(Decimal(row["milestones_usd"])) in answer.answer


def test_one_measure_each_and_a_comparison_are_left_alone(assistant: Assistant) -> None:
    answer = _ask(assistant, "恒瑞 2025 跟 GSK 和 Merck 两笔, upfront 各多少?")
    assert _values(answer) == [
        Decimal(_BY_ID["hengrui-gsk-2025"]["upfront_usd"]),
        Decimal(_BY_ID["hengrui-merck-2025"]["upfront_usd"]),
    ]
    compared = "翰森 2025 跟 Regeneron 和 Roche 两单, 首付和里程碑哪单更多?"  # a pick of the two: not each deal's terms
    assert measures_each(compared, assistant._snapshot.router.company_spans) == [compared]
