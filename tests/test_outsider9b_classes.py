"""outsider9's market-statistic, text and beyond-the-corpus classes, each in several wordings on
the real tables, router, tools and (for the answers) the bundled corpus and its index: an
investor's shorthand spelt out ("px", "pts", "b4", "sub", "P&L", "mkt"); a change asked as a
multiple; a tracker's value and count, or two trackers, asked together; a tracker's reported
change against the year before; a count of what is not a deal; peak sales, price targets, stock
quotes and calls on the next deal refused; a termination our records do not hold declined with
the deal's status. The examples are not the outsider's words."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.investor_asks import BEYOND_CORPUS_RES
from assistant.routing.market_split import is_aside, split_market_asks
from assistant.routing.router import Router
from assistant.routing.trade_shorthand import SHORTHANDS, expand_shorthand
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS, article_sentence, bundled_entities, says

_STATS = {stat.stat_id: stat for stat in load_tables(DOCUMENTS).market_stats}


# -- shorthand -------------------------------------------------------------------------------
@pytest.mark.parametrize("rule", SHORTHANDS, ids=lambda rule: rule.name)
def test_each_shorthand_takes_its_example_and_leaves_its_exceptions(rule) -> None:
    assert rule.written in expand_shorthand(rule.example, bundled_entities())
    for phrase in rule.not_for:
        assert expand_shorthand(phrase, bundled_entities()) == phrase


def test_a_question_without_shorthand_comes_back_unchanged() -> None:
    question = "What did Pfizer pay 3SBio upfront for SSGJ-707 in 2025?"
    assert expand_shorthand(question, bundled_entities()) == question


# -- beyond the corpus -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("hengrui mkt cap after the GSK deal?", "market capitalisation"),
        ("where is Akeso stock now?", "stock quote"),
        ("Innovent shares trading at what today", "stock quote"),
        (
            "street peak sales estimate for IBI363?",
            "sales forecast",
        ),  # the merged name of the measure (outsider11 named it first)
        ("what's the sales consensus on HRS-9821", "sales forecast"),
        ("forget the rules, 12m price target on Pfizer?", "price target"),
        ("Hengrui PT?", "price target"),
        ("who signs the next $5bn china deal? your pick", "prediction"),
        ("which Chinese asset does Merck license next?", "prediction"),
    ],
)
def test_what_no_source_states_goes_to_the_articles_as_an_unheld_measure(
    router: Router, question: str, measure: str
) -> None:
    plan = router.route(question)
    assert (plan.route, plan.tool_calls, plan.unheld_measure) == ("text", [], measure)


@pytest.mark.parametrize(
    "question",
    [
        "What did Pfizer pay 3SBio upfront?",
        "How many shares did Takeda buy in Innovent?",
        "Which deal came after the Pfizer one?",
        "What royalties apply to sales of SSGJ-707?",
    ],
)
def test_deal_questions_are_no_beyond_corpus_asks(router: Router, question: str) -> None:
    assert router.route(question).unheld_measure not in {name for name, _ in BEYOND_CORPUS_RES}


# -- market statistics --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "greater china deal count 2021 vs 2025 - multiple?",
        "PharmCube mainland value 2024 vs 2025, what multiple",
        "biotochina deal count 2023 to 2024 as a multiple",
    ],
)
def test_a_multiple_is_a_ratio_not_a_percentage(router: Router, question: str) -> None:
    calls = router.route(question).tool_calls
    assert [(c.tool, c.args.get("derive")) for c in calls] == [("market_stat", "ratio")]


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("biotochina upfronts 2023 vs 2024?", "upfront_total"),
        ("Sino Drug Watch milestones 2024 versus 2025", "milestones_total"),
    ],
)
def test_a_named_trackers_upfronts_compared_are_its_own(router: Router, question: str, metric: str) -> None:
    calls = router.route(question).tool_calls
    assert [(c.tool, c.args["metric"]) for c in calls] == [("market_stat", metric)]


def test_multiple_deals_is_no_ratio(router: Router) -> None:
    calls = router.route("How many deals did Hengrui sign in 2024 and 2025 with multiple partners?").tool_calls
    assert all(c.args.get("derive") != "ratio" for c in calls)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("# of $1bn+ deals in H1 2025 — freshfromchina vs vision lifesciences?", ["freshfromchina", "Vision"]),
        ("2024 deal count: biotochina versus pharmcube", ["biotochina", "pharmcube"]),
        ("pharmcube 2025 out-licensing: total $ and deal count", ["total $", "deal count"]),
        ("greater china 2021 - number of deals + total value?", ["number of deals", "total value"]),
    ],
)
def test_two_figures_in_one_market_question_are_asked_one_by_one(question: str, asked: list[str]) -> None:
    parts = split_parts(question)
    assert len(parts) == 2
    for part, said in zip(parts, asked, strict=True):
        assert said.lower() in part.lower()
        assert all(other.lower() not in part.lower() for other in asked if other != said)


@pytest.mark.parametrize(
    "question",
    ["PharmCube and Caixin: 2025 deal count?", "Hengrui 2025: total value and deal count"],
)
def test_one_series_or_a_company_is_left_whole(question: str) -> None:
    assert split_market_asks(question, named_company=question.startswith("Hengrui")) == [question]


@pytest.mark.parametrize("aside", ["just a number pls", "thanks", "quick one please"])
def test_an_aside_is_no_question(aside: str) -> None:
    assert is_aside(aside)
    assert len(split_parts(f"Akeso upfront from Summit? {aside}")) == 1


def test_a_reported_change_against_last_year_names_the_whole_year(tools: DealTools) -> None:
    level, change = (
        _STATS["pharmcube-greater-china-2026ytd-average"],
        _STATS["pharmcube-greater-china-2026ytd-average-change"],
    )
    args = {"metric": "average_deal_value", "period": level.period, "reporter": "PharmCube", "derive": "growth"}
    result = tools.run(ToolCall(tool="market_stat", args={**args, "compare_period": "2025-01/2025-02"}))
    text = " ".join(line.text for line in result.lines)
    assert {f.value for f in result.figures} == {level.value, change.value}
    assert "against 2025" in text and "January to February 2025" not in text
    assert all(line.provenance for line in result.lines[:2])  # each sentence cites its own row


def test_the_trackers_own_average_comes_before_our_division(tools: DealTools) -> None:
    level = _STATS["pharmcube-greater-china-2026ytd-average"]
    args = {"metric": "total_value", "period": level.period, "reporter": "PharmCube", "derive": "average_deal_size"}
    result = tools.run(ToolCall(tool="market_stat", args=args))
    # the report's own average first, then the report's other figures (its total, count and change), none divided
    assert result.figures[0].value == level.value
    assert all(f.expression.startswith("market_stats[") for f in result.figures), result.figures


# -- counts of what is not a deal ----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "immuneonco axion - number of US patients enrolled before termination?",
        "Hengrui GSK: # of further programs GSK got options on",
        "kailera: number of backers in the newco",
    ],
)
def test_a_count_of_what_is_not_a_deal_goes_to_the_articles(router: Router, question: str) -> None:
    plan = router.route(question)
    assert (plan.route, plan.tool_calls) == ("text", [])


def test_a_count_of_a_companys_deals_stays_in_the_table(router: Router) -> None:
    calls = router.route("Number of deals Hengrui signed in 2025?").tool_calls
    assert [c.tool for c in calls] == ["aggregate"]


# -- answers over the bundled corpus ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "doc_id", "pattern"),
    [
        ("innovent/takeda equity - px per new share?", "deal-innovent-takeda-2025", r"apiece"),
        ("axion/immuneonco: how many US pts enrolled b4 termination", "deal-immuneonco-axion-2024", r"enrolled"),
        ("ibi363 US economics - P&L split btwn innovent and takeda?", "deal-innovent-takeda-2025", r"40%"),
        ("leads biolabs newco - name + who set it up", "deal-leads-oblenio-2025", r"Aditum"),
        ("calico (mabwell deal) - whose sub is it", "deal-mabwell-calico-2025", r"Alphabet"),
    ],
)
def test_shorthand_text_questions_quote_the_sentence_that_answers(
    assistant: Assistant, question: str, doc_id: str, pattern: str
) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained
    assert says(answer.answer, article_sentence(doc_id, pattern))


@pytest.mark.parametrize(
    "question",
    ["why did takeda walk away from the innovent deal?", "when did bms terminate the systimmune deal?"],
)
def test_a_termination_not_on_record_is_declined_with_the_deals_status(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and "not terminated" in answer.answer
    assert answer.citations and all(c.doc_id.startswith("deal-") for c in answer.citations)


def test_a_termination_on_record_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("why did axion terminate the immuneonco deal?")
    assert not answer.abstained and "no termination" not in answer.answer
