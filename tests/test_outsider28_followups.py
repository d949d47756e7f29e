"""Outsider28's follow-up verbs, text asks and unknown deals (classes 7-9), each with other wordings."""

from __future__ import annotations

import re

import pytest

from assistant.answer import Turn
from assistant.answering.assistant import Assistant
from assistant.routing.ordinals import reaching
from assistant.routing.router import Router
from assistant.tools.schema import ToolCall
from tests.conftest import article_sentence, route, says

# -- class 9: a deal between a known company and a name no source holds --------------------------------


@pytest.mark.parametrize(
    ("question", "named", "company"),
    [
        ("beigene novartis tislelizumab uf", "beigene", "Novartis"),
        ("hutchmed takeda fruquintinib uf", "hutchmed", "Takeda"),
        ("biocytogen merck deal terms", "biocytogen", "Merck"),
    ],
)
def test_a_party_no_source_names_is_refused_not_given_another_deal(
    assistant: Assistant, question: str, named: str, company: str
) -> None:
    answer = assistant.ask(question)
    assert answer.abstained
    assert f"'{named}'" in answer.answer and company in answer.answer
    assert not answer.figures  # no deal's terms stand in for the one asked
    assert "which one" not in answer.answer.lower()


@pytest.mark.parametrize(
    "question",
    [
        "novartis argo 2025 uf",
        "takeda innovent upfront",
        "pfizr 3sbio upfront",  # a slip of a known name
        "simcere abbvie biobucks?",  # the trade's word for a measure
        "what's the headline on lilly / innovent collab",  # a word the articles lack, beside a pair they hold
        "How big a cheque did AstraZeneca write for its stake in Harbour BioMed?",
        "henrgui gks deal UF??",  # a typo and a swapped ticker
    ],
)
def test_known_names_and_slips_of_them_still_get_the_terms(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and answer.figures


def test_a_followup_naming_no_new_party_is_left_alone(assistant: Assistant) -> None:
    answer = assistant.ask("and the milestones?", [Turn(question="takeda innovent upfront")])
    assert not answer.abstained and answer.figures


# -- class 7: a row pointed at past a one-row ranking ---------------------------------------------------


@pytest.mark.parametrize(
    ("history", "question", "deal_id"),
    [
        ("biggest deal of 2026 so far by headline value", "and who was the licensor on the #2", "innovent-lilly-2026"),
        ("largest 2025 deal by upfront", "and who was the licensee on the #3", "hengrui-gsk-2025"),
        ("biggest deal of 2024 by total value", "what about number 2", "argo-novartis-2024"),
    ],
)
def test_a_place_past_a_one_row_ranking_is_that_row(
    assistant: Assistant, history: str, question: str, deal_id: str
) -> None:
    answer = assistant.ask(question, [Turn(question=history)])
    asked = [call.args.get("deal_id") for call in answer.tool_calls]
    licensor = deal_id.split("-")[0]
    assert asked == [deal_id] or (answer.route == "text" and licensor in answer.standalone_question.lower())


def test_the_last_of_a_ranking_stays_its_last_row() -> None:
    call = ToolCall(tool="rank", args={"dimension": "deal", "metric": "total", "n": 1})
    assert reaching(call, -1) == call
    assert reaching(call, 2).args["n"] == 3
    wide = ToolCall(tool="rank", args={"dimension": "deal", "metric": "total", "n": 5})
    assert reaching(wide, 2) == wide


# -- class 7: the verb a follow-up says -----------------------------------------------------------------


def _ask(assistant: Assistant, question: str, history: list[str]) -> tuple[list[ToolCall], str]:
    answer = assistant.ask(question, [Turn(question=q) for q in history])
    return [ToolCall(tool=c.tool, args=c.args) for c in answer.tool_calls], answer.answer


@pytest.mark.parametrize(
    ("history", "question", "metric", "licensee"),
    [
        (["gsk deals w chinese licensors", "which one was biggest"], "upfront total?", "upfront", "GSK"),
        (["merck 2024 deals list"], "what's the total of their milestones", "milestones", "Merck & Co."),
        (["merck 2024 deals list", "which was largest"], "total of the upfronts", "upfront", "Merck & Co."),
    ],
)
def test_total_said_of_a_measure_sums_it_over_the_deals_before(
    assistant: Assistant, history: list[str], question: str, metric: str, licensee: str
) -> None:
    calls, _ = _ask(assistant, question, history)
    assert [(c.tool, c.args.get("metric"), c.args.get("operation")) for c in calls] == [("aggregate", metric, "sum")]
    assert calls[0].args["filter"].get("licensee") == licensee


def test_upfront_and_total_value_stays_two_measures(assistant: Assistant) -> None:
    calls, _ = _ask(assistant, "upfront and total value?", ["merck 2024 deals list", "which was largest"])
    assert not any(c.tool == "aggregate" and c.args.get("operation") == "sum" for c in calls)


@pytest.mark.parametrize(
    ("history", "question", "metric", "operation"),
    [
        ("2025 vs 2024 deal count in the table", "same but upfront sum", "upfront", "sum"),
        ("2024 vs 2023 deal count in the table", "same but headline value sum", "total", "sum"),
        ("2025 vs 2024 deal count in the table", "same thing but milestones total", "milestones", "sum"),
    ],
)
def test_same_but_another_measure_compares_the_same_two_periods(
    assistant: Assistant, history: str, question: str, metric: str, operation: str
) -> None:
    calls, _ = _ask(assistant, question, [history])
    assert len(calls) == 1 and calls[0].tool == "compare"
    assert (calls[0].args["metric"], calls[0].args["operation"]) == (metric, operation)
    assert calls[0].args["left"].get("year") != calls[0].args["right"].get("year")


@pytest.mark.parametrize(
    ("history", "question", "deals"),
    [
        (
            ["medilink roche deals", "2026 one terms"],
            "compare the uf of both",
            {"medilink-roche-2024", "medilink-roche-2026"},
        ),
        (
            ["argo novartis deals", "the 2025 one - terms?"],
            "compare upfronts of the two",
            {"argo-novartis-2024", "argo-novartis-2025"},
        ),
    ],
)
def test_compare_the_two_sets_the_listed_deals_side_by_side(
    assistant: Assistant, history: list[str], question: str, deals: set[str]
) -> None:
    calls, _ = _ask(assistant, question, history)
    assert len(calls) == 1 and calls[0].tool == "compare"
    assert {*calls[0].args["left"]["deal_ids"], *calls[0].args["right"]["deal_ids"]} == deals


# -- class 8: a text question answered with terms or a tracker's figures ----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "caixin take on best-in-class vs first-in-class",
        "caixin view on fast followers vs original drugs",
        "what does caixin say about best-in-class vs first-in-class",
    ],
)
def test_a_reporter_named_with_no_figure_asked_is_quoted(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and not plan.tool_calls


@pytest.mark.parametrize(
    ("question", "tool"),
    [
        ("pharmcube take on 2025 vs 2024 value", "market_stat"),
        ("What did CPHIIC count for 2025?", "market_stat"),
        ("how much did china outlicensing $ grow 24->25 (pharmcube)", "market_stat"),
    ],
)
def test_a_reporter_with_a_period_or_measure_is_still_its_statistics(router: Router, question: str, tool: str) -> None:
    assert [call.tool for call in route(router, question).tool_calls] == [tool]


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        ("pregene kite - what tech is it", "deal-pregene-kite-2025", r"in vivo CAR-T technology"),
        ("akeso summit - what tech is it", "deal-akeso-summit-2022", r"is a bispecific antibody"),
    ],
)
def test_what_tech_a_deal_is_leads_with_what_was_licensed(
    assistant: Assistant, question: str, doc_id: str, pattern: str
) -> None:
    answer = assistant.ask(question)
    first = answer.citations[0]  # the answer's first sentence cites the deal article's opening, not its terms
    assert first.doc_id == doc_id and says(answer.answer, article_sentence(doc_id, pattern))
    assert re.search(pattern, " ".join(c.quote for c in answer.citations[:2]))
