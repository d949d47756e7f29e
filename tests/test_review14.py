"""Wordings the fourteenth session's last two tuners' rules must leave to the older readings (found by a review of
that merge; the real assistant over the real tables, figures from deals.csv and market_stats.csv):

* "the other one" is the pair's other deal only when said alone ("and for the other one?"), not with a measure of
  its own or as the other party (``other_deal``);
* "Which is bigger: upfront in A, and upfront in B?" stays one comparison (``elided_asks``);
* a later part naming a company is its own ask, not a tracker's other period or its trackers (``tracker_asides``);
* a bare "vision" is Vision Lifesciences only listed or compared with a tracker (``tracker_gaps``).
"""

from __future__ import annotations

import csv
from decimal import Decimal

from assistant.answering.assistant import Assistant
from tests.conftest import DOCUMENTS
from tests.test_market11 import _ask, _values

with open(DOCUMENTS / "deals.csv", encoding="utf-8") as _handle:
    _UPFRONT = {row["deal_id"]: Decimal(row["upfront_usd"]) for row in csv.DictReader(_handle) if row["upfront_usd"]}


def test_the_other_one_with_a_measure_is_the_same_deal(assistant: Assistant) -> None:
    answer = _ask(
        assistant, "and the other one, the milestones?", "What was the upfront in the Argo Novartis 2024 deal?"
    )
    assert [(c.tool, c.args.get("metric"), c.args.get("year")) for c in answer.tool_calls] == [
        ("get_deal", "milestones", 2024)
    ]


def test_the_other_one_as_the_other_party_is_the_same_deal(assistant: Assistant) -> None:
    answer = _ask(
        assistant, "and what did the other one receive upfront?", "Argo Novartis 2024 deal: who was the licensee?"
    )
    assert _values(answer) == [_UPFRONT["argo-novartis-2024"]], answer.answer


def test_the_other_one_said_alone_is_the_pairs_other_deal(assistant: Assistant) -> None:
    answer = _ask(assistant, "and for the other one?", "what novartis paid argo upfront in the 2024 deal")
    values = _values(answer)
    assert _UPFRONT["argo-novartis-2025"] in values and _UPFRONT["argo-novartis-2024"] not in values, answer.answer


def test_which_is_bigger_of_two_measures_said_apart_is_one_comparison(assistant: Assistant) -> None:
    answer = _ask(
        assistant, "Which is bigger: upfront in the Hengrui Merck deal, and upfront in the Innovent Roche deal?"
    )
    assert [c.tool for c in answer.tool_calls] == ["compare"], answer.interpretation
    gap = _UPFRONT["hengrui-merck-2025"] - _UPFRONT["innovent-roche-2025"]
    assert gap in _values(answer), answer.answer


def test_a_company_part_after_a_trackers_figure_is_its_own_ask(assistant: Assistant) -> None:
    answer = _ask(
        assistant, "What did IQVIA report as total value for H1 2025? Was Hengrui's 2024 total less than that?"
    )
    first = answer.tool_calls[0]
    assert (first.tool, first.args.get("reporter"), first.args.get("period")) == ("market_stat", "IQVIA", "2025-H1")
    assert len(answer.tool_calls) == 2 and not first.args.get("derive")


def test_a_remark_naming_trackers_after_a_table_list_is_not_joined_to_it(assistant: Assistant) -> None:
    answer = _ask(assistant, "Which Hengrui deals were over $1bn in 2025? vision and freshfromchina both mention them")
    assert answer.tool_calls[0].tool == "find_deals", answer.interpretation


def test_vision_in_ordinary_words_is_no_second_tracker(assistant: Assistant) -> None:
    answer = _ask(
        assistant, "How many $1bn+ deals did freshfromchina count in H1 2025, in line with the industry's vision?"
    )
    assert [c.args.get("compare_reporter") for c in answer.tool_calls] == [None], answer.interpretation
    assert "Vision Lifesciences" not in answer.answer
