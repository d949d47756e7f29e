"""The last classes of outsider5-7 and phrasing6 (issue 11), each read in several wordings on the
real tables and index: 'since mid-2024' is a range from July 1; 'what's the target?' or 'the
drug's mechanism' is answered by the deal article's opening sentence naming it. The examples are not the
outsiders' words."""

from __future__ import annotations

import pytest

from assistant.answering.answer_types import wanted_type
from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.periods import find_periods
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, article_sentence, route, says


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("How many deals has Merck signed since mid-2024?", {"date_from": "2024-07-01"}),
        ("deals after mid 2025", {"date_from": "2025-07-01"}),
        ("from the middle of 2024 onwards", {"date_from": "2024-07-01"}),
        ("deals signed before mid-2025", {"date_to": "2025-06-30"}),
        ("deals up until mid-2025", {"date_to": "2025-06-30"}),
        ("what happened in mid-2024", {"year": 2024}),  # no range named: the year, as before
    ],
)
def test_mid_year_opens_or_closes_a_range_at_july(question: str, fields: dict[str, object]) -> None:
    (period,) = find_periods(question, "2026-02-28")
    assert period.filter_fields() == fields, question


def test_a_count_since_mid_year_counts_from_july(router: Router, tools: DealTools) -> None:
    (call,) = route(router, "Since mid-2024, how many deals did Merck do with Chinese biotechs?").tool_calls
    assert call.args["filter"]["date_from"] == "2024-07-01"
    # deals.csv: curon (2024-08), lanova (2024-11), hansoh (2024-12), hengrui (2025-03); not kelun 2022
    assert sorted(tools.run(call).deal_ids) == [
        "curon-merck-2024",
        "hansoh-merck-2024",
        "hengrui-merck-2025",
        "lanova-merck-2024",
    ]


@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        ("Calico's Mabwell licence: what's its target?", "deal-mabwell-calico-2025", r"IL-11"),
        ("Hengrui / Braveheart: the drug's mechanism?", "deal-hengrui-braveheart-2025", r"myosin"),
        ("what is the molecular target of the Akeso Summit drug", "deal-akeso-summit-2022", r"PD-1 and VEGF"),
        ("How does the drug in the Hansoh Regeneron deal work?", "deal-hansoh-regeneron-2025", r"GIP receptors"),
    ],
)
def test_what_a_drug_targets_is_the_opening_sentence_naming_it(
    assistant: Assistant, question: str, doc_id: str, pattern: str
) -> None:
    assert wanted_type(question) == "purpose", question
    answer = assistant.ask(question)
    assert says(answer.answer.split(" [2]")[0], article_sentence(doc_id, pattern)), answer.answer


@pytest.mark.parametrize(
    "question", ["What is the target price for Akeso shares?", "which target companies did Merck buy?"]
)
def test_a_target_price_or_takeover_target_is_no_drug_target(question: str) -> None:
    assert wanted_type(question) is None, question


@pytest.mark.parametrize(
    "question",
    [
        "How many times has Innovent partnered with Lilly so far, including the February 2026 licence?",
        "which collaboration number is the 2026 Innovent Lilly deal?",
    ],
)
def test_a_pairs_running_tally_is_the_sentence_numbering_the_deal(assistant: Assistant, question: str) -> None:
    assert wanted_type(question) == "tally", question
    answer = assistant.ask(question)
    sentence = article_sentence("deal-innovent-lilly-2026", r"\bseventh collaboration\b")
    assert says(answer.answer.split(" [2]")[0], sentence), answer.answer


def test_a_date_question_is_no_tally() -> None:
    assert wanted_type("When did Innovent and Lilly sign their deal?") == "date"


@pytest.mark.parametrize(
    "question",
    [
        "What would 3SBio get if Pfizer exercises the China option?",
        "How much is the China option exercise worth to 3SBio in the Pfizer deal?",
    ],
)
def test_what_an_option_exercise_brings_goes_to_the_articles(question: str) -> None:
    plan = Router(load_tables(DOCUMENTS), coverage_check="measures").route(question)  # as the assistant routes
    assert (plan.route, plan.tool_calls) == ("text", []), question
    assert plan.rule.startswith("a word the plan does not cover"), plan.rule


def test_a_deals_total_without_an_option_stays_with_the_table() -> None:
    router = Router(load_tables(DOCUMENTS), coverage_check="measures")
    assert router.route("What is the total value of the 3SBio Pfizer deal?").route == "table"


@pytest.mark.parametrize(
    "question",
    [
        "Name the compounds in the Hengrui Kailera portfolio",
        "list the molecules of Hengrui's obesity package for Kailera",
    ],
)
def test_a_packages_members_are_the_sentence_naming_its_assets(assistant: Assistant, question: str) -> None:
    assert wanted_type(question) == "members", question
    answer = assistant.ask(question)
    assert says(answer.answer, article_sentence("deal-hengrui-kailera-2024", r"HRS-7535")), answer.answer
