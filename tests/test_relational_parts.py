"""Parts that relate the earlier parts' figures, a company ranked alone, and "biobucks" (session 24, outsider104/106).

* "RemeGen: RC148/ABBV upfront; telitacicept/Vor upfront; multiple of one to the other?" answered the two upfronts
  and said the articles do not answer the third part; "宜联和罗氏 ... 首付分别多少？差了几倍" the same.
* "argo novartis 2024 upfront; 2025 upfront; combined?" was asked back: the sum was left out.
* "AZ's China in-licensing in your table: ...; biggest?" ranked licensees over AstraZeneca's own deals.
* "biobucks" on one deal gave the milestones; a sell-side writer meant the total.

The wordings here are not the eval's; expected figures are read from documents/deals.csv.
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.answer import Answer, AnswerFigure, ToolCallRecord, Turn
from assistant.answering.biobucks import total_beside
from assistant.answering.measures_added import left_out_plan
from assistant.answering.ranked_alone import deals_ranked_alone
from assistant.answering.relational_parts import relation
from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall


@pytest.mark.parametrize(
    ("part", "kind"),
    [
        ("multiple of one to the other?", "compare"),
        ("So which is bigger?", "compare"),
        ("差了几倍?", "compare"),
        ("差了幾倍?", "compare"),
        ("合計呢?", "sum"),
        ("by how much?", "compare"),
        ("combined?", "sum"),
        ("合计呢?", "sum"),
        ("and the two together?", "sum"),
        ("what's the sum of them?", "sum"),
    ],
)
def test_a_part_that_only_relates_the_earlier_figures(part: str, kind: str) -> None:
    assert relation(part) == kind


@pytest.mark.parametrize(
    "part",
    [
        "and the total?",
        "which is bigger, Merck's or AbbVie's?",
        "combined upfront of Hengrui's 2025 deals",
        "royalties?",
    ],
)
def test_a_part_that_asks_something_of_its_own_is_left_to_the_router(part: str) -> None:
    assert relation(part) is None


def _ask(assistant: Any, question: str) -> Any:
    return assistant.ask(question)


def test_the_ratio_of_two_looked_up_upfronts_is_computed(assistant: Any) -> None:
    answer = _ask(assistant, "Akeso/Summit upfront; 3SBio/Pfizer upfront; how many times is one the other?")
    compares = [c for c in answer.tool_calls if c.tool == "compare"]
    assert compares and compares[0].args["left"]["deal_ids"] != compares[0].args["right"]["deal_ids"]
    assert "2.5 times" in answer.answer  # $1.25 billion against $500 million
    assert "do not answer" not in answer.answer


def test_a_chinese_ratio_part_compares_the_two_deals(assistant: Any) -> None:
    answer = _ask(assistant, "宜联生物和罗氏的两笔 YL211、YL201，首付各多少？相差几倍")
    assert "11.4 times" in answer.answer  # $570 million against $50 million (upfront and near-term)


def test_a_sum_the_parts_left_out_is_added(assistant: Any) -> None:
    answer = _ask(assistant, "upfront Madrigal paid CSPC; upfront Madrigal paid Ribo; both together?")
    assert "$180 million" in answer.answer  # $120 million + $60 million
    assert answer.route == "table"


def _rank(dimension: str, fixed: dict[str, Any]) -> Plan:
    call = ToolCall(tool="rank", args={"dimension": dimension, "metric": "total", "filter": fixed, "n": 5})
    return Plan(question="q", standalone_question="q", route="table", tool_calls=[call], interpretation="x")


def test_a_company_ranked_alone_becomes_its_deals_ranked() -> None:
    plan = deals_ranked_alone(_rank("licensee", {"licensee": "AstraZeneca"}), "AZ in-licensing in the table: biggest?")
    assert plan.tool_calls[0].args["dimension"] == "deal"
    assert plan.interpretation.startswith("ranking deals")


def test_a_ranking_of_the_other_side_stays() -> None:
    plan = deals_ranked_alone(_rank("licensor", {"licensee": "AstraZeneca"}), "AZ's biggest licensor?")
    assert plan.tool_calls[0].args["dimension"] == "licensor"


@pytest.mark.parametrize(
    "question", ["那 AZ 排第几?", "and where does AZ rank by upfront?", "AZ's place among the top buyers?"]
)
def test_a_companys_place_stays_a_ranking_of_companies(question: str) -> None:
    plan = deals_ranked_alone(_rank("licensee", {"licensee": "AstraZeneca"}), question)
    assert plan.tool_calls[0].args["dimension"] == "licensee"


def test_a_one_deal_biobucks_answer_gives_the_total_too(assistant: Any) -> None:
    answer = _ask(assistant, "biobucks on merck's hengrui lp(a) deal?")
    assert "1.77 billion" in answer.answer and "1.97 billion" in answer.answer  # milestones, and with the $200m upfront


@pytest.mark.parametrize("said", ["biobucks ex-upfront", "biobucks (ms only)", "biobucks on top of the upfront"])
def test_biobucks_said_to_be_the_milestones_get_no_total(assistant: Any, said: str) -> None:
    milestones = _ask(assistant, "milestones on merck's hengrui lp(a) deal?")
    assert total_beside(f"{said} on merck's hengrui lp(a) deal?", milestones) is None
    assert total_beside("biobucks on merck's hengrui lp(a) deal?", milestones) is not None


def test_each_deals_figure_and_their_sum_in_a_follow_up(assistant: Any) -> None:
    first = "how many deals have CSPC and AstraZeneca signed?"
    answer = assistant.ask("each deal's total value, and the sum", history=[Turn(question=first)])
    assert "$25.82 billion" in answer.answer  # about $2.02bn + about $5.3bn + up to $18.5bn
    assert not answer.interpretation.startswith("clarifying")


def _one_deal(metric: str, value: int) -> Answer:
    return Answer(
        question="q",
        standalone_question="q",
        answer="Figure [1].",
        route="table",
        figures=[AnswerFigure(label=metric, value=value, expression=f"deals[innovent-lilly-2026].{metric}")],
        tool_calls=[ToolCallRecord(tool="get_deal", args={"deal_id": "innovent-lilly-2026", "metric": metric})],
    )


def test_a_measure_a_one_deal_answer_left_out_is_looked_up() -> None:
    plan = left_out_plan("Innovent/Lilly Feb-26: upfront? headline?", _one_deal("upfront", 350_000_000))
    assert plan is not None
    assert [c.args for c in plan.tool_calls] == [{"deal_id": "innovent-lilly-2026", "metric": "total"}]
    assert left_out_plan("Innovent/Lilly Feb-26: upfront?", _one_deal("upfront", 350_000_000)) is None


def test_the_looked_up_measure_is_said_in_the_answer(assistant: Any) -> None:
    answer = assistant._completed("Innovent/Lilly Feb-26: upfront? headline?", _one_deal("upfront", 350_000_000))
    assert "8.85 billion" in answer.answer  # deals.csv innovent-lilly-2026 total


def test_an_articles_answer_gets_the_measure_its_sentences_do_not_name(assistant: Any) -> None:
    answer = assistant.ask("CN201 (Curon to MSD): licence or outright acquisition? and what was the upfront?")
    assert "acquisition" in answer.answer and "$700 million" in answer.answer  # deals.csv curon-merck-2024
    assert answer.route == "table+text"


def test_a_combined_measure_after_a_comparison_is_summed(assistant: Any) -> None:
    question = (
        "Argo/Novartis: Jan 2024 deals vs the Sept 2025 one, upfront and headline each, plus the combined headline"
    )
    answer = assistant.ask(question)
    assert "9.525 billion" in answer.answer  # up to $4.165bn + up to $5.36bn
