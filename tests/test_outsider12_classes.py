"""The failure classes of outsider12.jsonl (analysts, investors and journalists), each read in
several wordings on the real tables and articles: "the deals you track" are our rows and no field
name is ever printed; "closed" is a status; rankings with a runner-up, a bottom N, a count said as
"bagged the most deals", a later "which" that keeps the earlier subject, and single deals by date;
one deal's upfront as a share of its headline; amounts in words as bounds; the reverse leg of a
two-way deal and an event after signing; a deal not yet made, and a drug code no source names.
The examples are not the outsider's words."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.answering.assistant import Assistant
from assistant.answering.composer import select_sentences
from assistant.corpus.tables import load_tables
from assistant.routing.amounts import read_bounds
from assistant.routing.decompose import split_parts
from assistant.routing.plan import Plan
from assistant.routing.router import Router
from assistant.routing.table_asks import without_names
from assistant.tools.market import metric_words
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS, paragraphs

_FIELD_RE = re.compile(r"\b[a-z]+_[a-z_0-9]+\b")


def _calls(plan: Plan) -> list[tuple[str, dict[str, object]]]:
    return [(call.tool, call.args) for call in plan.tool_calls]


# -- "the deals you track" are our rows; a field name is never shown ----------------------------
@pytest.mark.parametrize(
    ("question", "metric", "year"),
    [
        ("Sum of the upfronts across the 2024 deals you track?", "upfront", 2024),
        ("What do the milestones add up to across the 2025 deals you follow?", "milestones", 2025),
        ("Total upfront cash across the 2026 deals you guys cover?", "upfront", 2026),
        ("combined headline value of the 2025 transactions that we have", "total", 2025),
    ],
)
def test_the_deals_you_track_are_summed_over_our_table(router: Router, question: str, metric: str, year: int) -> None:
    ((tool, args),) = _calls(router.route(question))
    assert tool == "aggregate", question
    assert (args["metric"], args["operation"], args["filter"]["year"]) == (metric, "sum", year)  # type: ignore[index]


def test_a_market_sum_without_our_table_named_stays_a_tracker_figure(router: Router) -> None:
    ((tool, _),) = _calls(router.route("What were total upfront payments in 2024, per the trackers?"))
    assert tool == "market_stat"


@pytest.mark.parametrize(
    "args",
    [
        {"metric": "upfront_total", "period": "2019"},
        {"metric": "milestones_total", "period": "2022"},
        {"metric": "no_such_metric"},
        {"metric": "upfront_total", "subject": "3SBio", "period": "2019", "derive": "deal_share"},
        {"metric": "total_value", "period": "2019", "derive": "average_deal_size"},
    ],
)
def test_a_market_refusal_names_the_measure_in_words(tools: DealTools, args: dict[str, object]) -> None:
    result = tools.run(ToolCall(tool="market_stat", args=args))
    assert result.message and not result.lines
    assert not _FIELD_RE.search(result.message), result.message


def test_every_reported_metric_has_words_without_underscores() -> None:
    metrics = {stat.metric for stat in load_tables(DOCUMENTS).market_stats}
    assert metrics and all("_" not in metric_words(metric) for metric in metrics)


def test_a_bound_figure_is_labelled_in_words(tools: DealTools) -> None:
    result = tools.run(ToolCall(tool="find_deals", args={"filter": {"year": 2025, "min_upfront_usd": 500_000_000}}))
    bounds = [figure for figure in result.figures if figure.label.startswith("bound asked for")]
    assert [figure.label for figure in bounds] == ["bound asked for: upfront of at least"]
    assert all(not _FIELD_RE.search(figure.label) for figure in result.figures)


# -- "closed" is the table's status ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "tool"),
    [
        ("How many deals in the table have closed?", "aggregate"),
        ("Which deals have completed so far?", "find_deals"),
        ("Number of closed deals from 2025?", "aggregate"),
    ],
)
def test_closed_filters_on_the_status(router: Router, question: str, tool: str) -> None:
    ((called, args),) = _calls(router.route(question))
    assert called == tool and args["filter"]["status"] == "closed", question  # type: ignore[index]


def test_closed_and_terminated_are_counted_each(router: Router) -> None:
    parts = split_parts("How many deals closed and how many got terminated?")
    statuses = [args["filter"]["status"] for part in parts for _, args in _calls(router.route(part))]  # type: ignore[index]
    assert statuses == ["closed", "terminated"]


def test_a_named_deal_closing_asks_for_a_date_not_a_filter(router: Router) -> None:
    plan = router.route("When did LaNova's licence to Merck close?")
    assert all("status" not in (args.get("filter") or {}) for _, args in _calls(plan))  # type: ignore[operator]


# -- rankings ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "ascending"),
    [
        ("Smallest upfront of 2024, and the runner-up?", True),
        ("Biggest upfront of 2026 — and the runner-up?", False),
        ("the cheapest 2025 upfront plus the next one", True),
    ],
)
def test_the_runner_up_asks_for_the_first_two(router: Router, question: str, ascending: bool) -> None:
    ((tool, args),) = _calls(router.route(question))
    assert (tool, args["dimension"], args["metric"], args["n"]) == ("rank", "deal", "upfront", 2), question
    assert bool(args.get("ascending")) is ascending
    assert "position" not in args


@pytest.mark.parametrize(
    ("question", "n"),
    [
        ("bottom three 2024 deals by deal size?", 3),
        ("bottom 3 deals of 2025 by headline value", 3),
        ("The two smallest 2026 deals by total value?", 2),
    ],
)
def test_the_bottom_n_is_a_ranking_smallest_first(router: Router, question: str, n: int) -> None:
    ((tool, args),) = _calls(router.route(question))
    assert (tool, args["metric"], args["n"], args["ascending"]) == ("rank", "total", n, True), question


@pytest.mark.parametrize(
    ("question", "dimension"),
    [
        ("Which big pharma bagged the most China deals overall?", "licensee"),
        ("Which pharma landed the most licensing deals from China?", "licensee"),
        ("Which biotech landed the most deals in 2025?", "licensor"),
    ],
)
def test_bagging_the_most_deals_is_a_count(router: Router, question: str, dimension: str) -> None:
    ((tool, args),) = _calls(router.route(question))
    assert (tool, args["dimension"], args["metric"]) == ("rank", dimension, "count"), question


def test_the_most_valuable_deals_are_no_count(router: Router) -> None:
    ((tool, args),) = _calls(router.route("Which were the most valuable China deals of 2025?"))
    assert tool == "rank" and args["metric"] != "count"


def test_a_later_which_keeps_the_earlier_subject() -> None:
    parts = split_parts("Which Chinese company signed the most deals, and which pulled in the most upfront cash?")
    assert parts == [
        "Which Chinese company signed the most deals?",
        "Which Chinese company pulled in the most upfront cash?",
    ]
    # "which deal" names its own subject
    assert split_parts("Which buyer paid the most, and which deal was the largest?")[1] == "Which deal was the largest?"


def test_the_second_part_ranks_companies_by_their_summed_value(router: Router) -> None:
    parts = split_parts("Which Chinese drugmaker did the most deals, and which racked up the biggest total value?")
    calls = [call for part in parts for call in _calls(router.route(part))]
    assert [(tool, args["dimension"], args["metric"]) for tool, args in calls] == [
        ("rank", "licensor", "count"),
        ("rank", "licensor", "total"),
    ]


@pytest.mark.parametrize(
    ("question", "ascending"),
    [
        ("What's the latest deal in your data?", False),
        ("Most recent deal in the table?", False),
        ("What was the earliest deal of 2026?", True),
        ("Newest 2024 deal you have?", False),
        ("first deal in the table?", True),
        ("What's the most recent deal?", False),
    ],
)
def test_one_deal_by_date_is_ranked_by_announcement(router: Router, question: str, ascending: bool) -> None:
    ((tool, args),) = _calls(router.route(question))
    assert (tool, args["metric"], args["n"], bool(args.get("ascending"))) == ("rank", "announced", 1, ascending)


@pytest.mark.parametrize(
    "question", ["What was the upfront of the first deal?", "latest out-licensing deal terms for zai lab"]
)
def test_a_deal_by_date_needs_a_scope_or_nothing_after_it(router: Router, question: str) -> None:
    plan = router.route(question)
    assert all(args.get("metric") != "announced" for _, args in _calls(plan)), question


@pytest.mark.parametrize(
    ("year", "ascending", "deal_id"),
    [
        (None, False, "ribo-madrigal-2026"),
        (2024, True, "medilink-roche-2024"),
        (2024, False, "hengrui-ideaya-2024"),
        # "2025" and "2025-01" are not known to be the first days of 2025
        (2025, True, "innovent-roche-2025"),
    ],
)
def test_the_date_ranking_states_the_deal_and_its_terms(
    tools: DealTools, year: int | None, ascending: bool, deal_id: str
) -> None:
    wanted = {"year": year} if year else {}
    args = {"dimension": "deal", "metric": "announced", "n": 1, "ascending": ascending, "filter": wanted}
    result = tools.run(ToolCall(tool="rank", args=args))
    assert result.rows == [deal_id]
    assert "upfront" in result.lines[1].text and "total" in result.lines[1].text


# -- one deal's upfront as a share of its headline ----------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "what percent of the Hengrui–GSK headline was actually paid at signing?",
        "What percentage of the 3SBio–Pfizer headline came upfront?",
        "what share of the CSPC / AstraZeneca 2026 headline value is upfront?",
    ],
)
def test_an_upfront_as_a_share_of_one_deals_headline(router: Router, question: str) -> None:
    ((tool, args),) = _calls(router.route(question))
    assert tool == "compare" and {args["metric"], args["right_metric"]} == {"total", "upfront"}, question


def test_the_dash_between_two_names_is_blanked_with_them() -> None:
    question = "the Hengrui–GSK headline"
    start = question.index("Hengrui")
    text = without_names(question, [(start, start + 7), (start + 8, start + 11)])
    assert text.split() == ["the", "headline"] and len(text) == len(question)
    # a dash between words stays
    assert without_names("2025 — and", []) == "2025 — and"


# -- amounts in words ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "field", "amount"),
    [
        ("2025 deals with half a billion dollars or more upfront", "min_upfront_usd", 500_000_000),
        ("2024 deals with a quarter of a billion or more upfront", "min_upfront_usd", 250_000_000),
        ("deals with a headline value of five billion dollars or more", "min_total_usd", 5_000_000_000),
    ],
)
def test_amounts_in_words_are_bounds(text: str, field: str, amount: int) -> None:
    bounds, _ = read_bounds(text)
    assert bounds.amounts == {field: Decimal(amount)}, text


# -- the reverse leg; an event after signing ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What's the reverse leg of the Kelun-Biotech / Crescent deal?",
        "Kelun / Crescent: what went the other way?",
        "Was there a reverse licence in Kelun-Biotech's deal with Crescent?",
    ],
)
def test_the_reverse_leg_leads_with_the_reciprocal_licence(question: str) -> None:
    passages = paragraphs("deal-kelun-crescent-2025")
    chosen = select_sentences(question, passages, names=["Kelun-Biotech", "Crescent Biopharma"])
    # "runs in both directions" may open it; the reciprocal licence follows at once
    lead = " ".join(sentence for sentence, _ in chosen[:2])
    assert "CR-001" in lead, lead


@pytest.mark.parametrize(
    "question",
    [
        "Anything happen after Simcere's option deal with AbbVie was signed?",
        "Has anything changed since Simcere signed with AbbVie?",
        "Any update on Simcere and AbbVie's pact since it was signed?",
    ],
)
def test_an_event_after_signing_is_an_articles_account(router: Router, question: str) -> None:
    assert router.route(question).route == "text", question
    passages = paragraphs("deal-simcere-abbvie-2025")
    first, _ = select_sentences(question, passages, names=["Simcere Zaiming", "AbbVie"])[0]
    assert "40 million" in first, first


# -- a deal not yet made; a drug code no source names ---------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Which Chinese biotech will Merck sign its next licensing deal with?",
        "Who will AstraZeneca partner with next in China?",
        "Which Chinese company is Pfizer likely to sign its next deal with?",
        "What will Novartis's next China licensing deal be?",
    ],
)
def test_a_deal_not_yet_made_is_a_fact_no_source_holds(router: Router, question: str) -> None:
    plan = router.route(question)
    assert (plan.route, plan.unheld_measure, plan.tool_calls) == ("text", "future deal", []), question


@pytest.mark.parametrize(
    "question",
    [
        "When will the Hengrui GSK deal close?",
        "Will Pfizer pay 3SBio any more milestones?",
        "What was Merck's next deal after LaNova?",
    ],
)
def test_a_deal_already_made_is_not_a_future_deal(router: Router, question: str) -> None:
    assert router.route(question).unheld_measure != "future deal", question


def test_a_future_deal_is_refused(assistant: Assistant) -> None:
    answer = assistant.ask("Who will AstraZeneca partner with next in China?")
    assert answer.abstained and not answer.figures, answer.answer


@pytest.mark.parametrize(
    ("question", "held", "not_said"),
    [
        ("What did Sanofi pay Earendil for HXN-1004?", "HXN-1002", "$125 million"),
        ("How much did Pfizer pay 3SBio for SSGJ-708?", "SSGJ-707", "$1.25 billion"),
        ("What did Merck pay LaNova for LM-300?", "LM-299", "$588 million"),
    ],
)
def test_a_code_no_source_names_gets_no_other_assets_terms(
    assistant: Assistant, question: str, held: str, not_said: str
) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, answer.answer
    assert held in answer.answer and not_said not in answer.answer, answer.answer
    assert answer.citations


def test_the_deals_own_code_is_answered_with_its_terms(assistant: Assistant) -> None:
    answer = assistant.ask("What did Sanofi pay Earendil for HXN-1002?")
    assert not answer.abstained and "$125 million" in answer.answer, answer.answer
