"""Review2 faults 1-3 of ``group_sides`` (the real assistant over the real tables, figures from deals.csv):

1. the operation asked is kept: "the biggest single upfront", "on average", "the median" are not a sum of the
   group (the rule leaves them to the readers before, which rank, average or take the median);
2. "how many times more ... upfront" asks a multiple of the money, not a count of deals;
3. a company named in a later clause ("..., and how does that compare with AbbVie's?") is the other side, not one
   more member of the group.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.answering.assistant import Assistant
from tests.test_groups16 import _sum
from tests.test_market11 import _ask, _values


def test_the_biggest_single_upfront_is_not_a_sum(assistant: Assistant) -> None:
    answer = _ask(assistant, "Merck and Pfizer: which paid the biggest single upfront?")
    values = _values(answer)
    assert Decimal("1250000000") in values and Decimal("700000000") in values, answer.answer  # 3SBio, Curon
    assert _sum("upfront", {"Merck & Co."}) not in values, answer.answer
    assert [call.tool for call in answer.tool_calls] == ["rank", "rank"], answer.tool_calls
    # the intended wording still compares the sums
    answer = _ask(assistant, "AstraZeneca and GSK: which paid the most upfront in total?")
    assert [call.args.get("operation") for call in answer.tool_calls] == ["sum"], answer.tool_calls
    assert _sum("upfront", {"AstraZeneca"}) in _values(answer) and _sum("upfront", {"GSK"}) in _values(answer)


def test_an_average_or_median_is_not_a_sum(assistant: Assistant) -> None:
    answer = _ask(assistant, "AstraZeneca and GSK: which paid more upfront on average?")
    assert all(call.args.get("operation") == "average" for call in answer.tool_calls), answer.tool_calls
    assert _sum("upfront", {"AstraZeneca"}) / 5 in _values(answer), answer.answer  # $337M over 5 deals
    assert _sum("upfront", {"AstraZeneca", "GSK"}) not in _values(answer)
    answer = _ask(assistant, "How much did Merck and Pfizer pay upfront on average, taken together?")
    assert _sum("upfront", {"Merck & Co.", "Pfizer"}) not in _values(answer), answer.answer  # not the $3.072B sum
    assert all(call.args.get("operation") == "average" for call in answer.tool_calls), answer.tool_calls
    answer = _ask(assistant, "What is the median upfront of the AstraZeneca and GSK deals combined?")
    assert _sum("upfront", {"AstraZeneca", "GSK"}) not in _values(answer), answer.answer  # not the $2.755B sum
    assert all(call.args.get("operation") == "median" for call in answer.tool_calls), answer.tool_calls


def test_how_many_times_more_upfront_compares_money(assistant: Assistant) -> None:
    answer = _ask(assistant, "How many times more did AstraZeneca and GSK pay upfront combined than Merck?")
    assert [call.args["metric"] for call in answer.tool_calls] == ["upfront"], answer.tool_calls
    values = _values(answer)
    assert _sum("upfront", {"AstraZeneca", "GSK"}) == Decimal("2755000000")
    assert _sum("upfront", {"AstraZeneca", "GSK"}) in values and _sum("upfront", {"Merck & Co."}) in values
    answer = _ask(assistant, "How many times bigger was the combined upfront of Merck and Pfizer than AstraZeneca's?")
    values = _values(answer)
    assert _sum("upfront", {"Merck & Co.", "Pfizer"}) in values and _sum("upfront", {"AstraZeneca"}) in values
    assert Decimal("1.82") in values, answer.answer  # about 1.82 times as much, not 7 deals against 5
    # a count asked stays a count
    answer = _ask(assistant, "How many deals did AstraZeneca and GSK sign together, in total?")
    assert Decimal(9) in _values(answer), answer.answer


def test_a_company_of_a_later_clause_is_the_other_side(assistant: Assistant) -> None:
    question = "What was Merck and Pfizer's combined upfront, and how does that compare with AbbVie's?"
    answer = _ask(assistant, question)
    values = _values(answer)
    assert _sum("upfront", {"Merck & Co.", "Pfizer"}) == Decimal("3072000000")
    assert Decimal("3072000000") in values and _sum("upfront", {"AbbVie"}) in values, answer.answer
    assert _sum("upfront", {"Merck & Co.", "Pfizer", "AbbVie"}) not in values  # not $3.972B over all three
    # the group asked alone is still one sum
    answer = _ask(assistant, "What was Merck and Pfizer's combined upfront?")
    assert Decimal("3072000000") in _values(answer), answer.answer
