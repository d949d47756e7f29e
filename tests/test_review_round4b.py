"""Regressions a behavioural review found in this session's wording rules (review round 4, classes H-N),
each read in the reviewer's wording and in others on the real tables and articles: a dating word beside a
tracker's measure or a bound; "won/signed the most valuable deal" ranks deals by value; a later "which"
part keeps the earlier part's period; an unknown capitalised first word is still a name; a trial's
completion is no closed deal; a news headline is the articles'; "between them" over one deal's parties
is that deal's figure. The evaluation questions are evals/phrasing_review4b.jsonl."""

from __future__ import annotations

import pytest

from assistant.answering.assistant import Assistant
from assistant.corpus.tables import Deal, load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.plan import Plan
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS

DEALS = load_tables(DOCUMENTS).deals


def _calls(plan: Plan) -> list[tuple[str, dict[str, object]]]:
    return [(call.tool, call.args) for call in plan.tool_calls]


def _of_year(year: int) -> list[Deal]:
    return [deal for deal in DEALS if deal.announced.startswith(str(year)) and deal.scope != "borderline"]


# -- H. dating words: a tracker's measure, or a bound ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("What is the latest deal value total PharmCube reported for 2025?", "total_value"),
        ("What's the latest deal count PharmCube gave for 2025?", "deal_count"),
        ("Latest deal value PharmCube reported for 2024?", "total_value"),
    ],
)
def test_a_dating_word_before_a_trackers_measure_asks_the_tracker(router: Router, question: str, metric: str) -> None:
    ((tool, args),) = _calls(router.route(question))
    assert (tool, args["metric"]) == ("market_stat", metric), question


@pytest.mark.parametrize(
    ("question", "year", "field", "floor", "ascending"),
    [
        ("In 2025, what was the first deal to top $1bn upfront?", 2025, "upfront", 10**9, True),
        ("What was the first 2024 deal to exceed $500 million upfront?", 2024, "upfront", 5 * 10**8, True),
        ("Which was the latest deal in 2026 to cross $1 billion in total value?", 2026, "total", 10**9, False),
    ],
)
def test_the_first_deal_to_top_a_bound_is_the_first_over_it(
    router: Router, tools: DealTools, question: str, year: int, field: str, floor: int, ascending: bool
) -> None:
    ((tool, args),) = _calls(router.route(question))
    assert (tool, args["metric"], bool(args.get("ascending"))) == ("rank", "announced", ascending), question
    over = [deal for deal in _of_year(year) if (getattr(deal, field).amount or 0) > floor]
    wanted = (min if ascending else max)(over, key=lambda deal: deal.announced)
    assert tools.run(ToolCall(tool=tool, args=args)).rows == [wanted.deal_id], question


def test_a_dating_word_alone_still_ranks_by_date(router: Router) -> None:
    ((tool, args),) = _calls(router.route("What was the earliest deal of 2026?"))
    assert (tool, args["metric"], args.get("filter", {}).get("min_upfront_usd")) == ("rank", "announced", None)


# -- I. "won / signed the most valuable deal": one deal ranked by value ------------------------------
@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Which pharma struck the most expensive deal in 2024?", 2024),
        ("Which licensee won the most valuable deal in 2025?", 2025),
        ("Which Chinese company signed the most lucrative deal in 2025?", 2025),
        ("Which licensor signed the most valuable deal of 2024?", 2024),
        ("Which buyer inked the most expensive deal in 2025?", 2025),
        ("Which Chinese biotech struck the most lucrative deal of 2026?", 2026),
    ],
)
def test_the_most_valuable_deal_is_ranked_by_value_whatever_the_verb(
    router: Router, tools: DealTools, question: str, year: int
) -> None:
    ((tool, args),) = _calls(router.route(question))
    assert (tool, args["dimension"], args["metric"]) == ("rank", "deal", "total"), question
    largest = max((deal for deal in _of_year(year) if deal.total.amount), key=lambda deal: deal.total.amount or 0)
    assert tools.run(ToolCall(tool=tool, args=args)).rows[0] == largest.deal_id, question


@pytest.mark.parametrize(
    "question", ["Which buyer scored the most 2025 deals?", "Which pharma landed the most licensing deals from China?"]
)
def test_the_most_deals_is_still_a_count(router: Router, question: str) -> None:
    ((tool, args),) = _calls(router.route(question))
    assert (tool, args["metric"]) == ("rank", "count"), question


# -- J. a later "which" part keeps the earlier part's period and kind of deals ------------------------
@pytest.mark.parametrize(
    ("question", "second"),
    [
        (
            "Which Chinese company signed the most deals in 2025, and which was the largest deal?",
            "Which was the largest deal in 2025?",
        ),
        (
            "Which biotech signed the most 2025 deals, and which paid the most upfront?",
            "Which biotech paid the most upfront in 2025?",
        ),
        (
            "Which pharma landed the most deals in H1 2025, and which paid the most upfront?",
            "Which pharma paid the most upfront in H1 2025?",
        ),
        (
            "Which Chinese drugmaker inked the most ADC deals in 2024, and which racked up the biggest value?",
            "Which Chinese drugmaker racked up the biggest value among ADC deals in 2024?",
        ),
    ],
)
def test_a_later_which_keeps_the_period(question: str, second: str) -> None:
    assert split_parts(question)[1] == second


def test_the_later_part_is_ranked_within_the_period(router: Router) -> None:
    parts = split_parts("Which Chinese company signed the most deals in 2025, and which was the largest deal?")
    ((tool, args),) = _calls(router.route(parts[1]))
    assert (tool, args["dimension"], args["metric"], args["filter"].get("year")) == ("rank", "deal", "total", 2025)


# -- K. an unknown capitalised first word is still a name ------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Everest paid how much for its China rights?",
        "Apollo licensed what from Hengrui?",
        "Everest licensed what to whom?",
        "Orion licensed what from Hansoh?",
    ],
)
def test_an_unknown_first_word_name_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained, question


def test_an_inflected_first_word_is_no_name(assistant: Assistant) -> None:
    zelgen = next(deal for deal in DEALS if deal.licensors == ["Zelgen Biopharmaceuticals"])
    answer = assistant.ask("Guaranteed cash in Zelgen's deal with AbbVie?")
    assert not answer.abstained
    assert f"${(zelgen.upfront.amount or 0) / 10**6:g} million" in answer.answer


def test_a_sentence_capital_is_still_no_name(assistant: Assistant) -> None:
    answer = assistant.ask("Apparently Takeda paid Innovent $2 billion upfront. Can you confirm?")
    takeda = next(deal for deal in DEALS if deal.licensees == ["Takeda"] and "Innovent Biologics" in deal.licensors)
    assert not answer.abstained
    assert f"${(takeda.upfront.amount or 0) / 10**9:g} billion" in answer.answer


# -- L. a trial's completion is not the deal's status -------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Which licensed drugs have completed Phase 3 trials?",
        "Which drugs in the table have completed their trials?",
        "Have any of the licensed assets completed phase 2 studies?",
    ],
)
def test_a_completed_trial_is_no_closed_deal(router: Router, question: str) -> None:
    plan = router.route(question)
    assert plan.route == "text" and plan.unheld_measure == "trial completion", question
    assert all(args.get("filter", {}).get("status") != "closed" for _, args in _calls(plan)), question


def test_completed_deals_are_still_closed(router: Router) -> None:
    ((tool, args),) = _calls(router.route("Which deals have completed so far?"))
    assert (tool, args["filter"]["status"]) == ("find_deals", "closed")


def test_a_completed_trial_is_refused(assistant: Assistant) -> None:
    assert assistant.ask("Which of the out-licensed candidates have completed their Phase 1 study?").abstained


# -- M. a news headline is the articles' -----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["Pfizer 3SBio news headline?", "Hengrui GSK press headline?", "Innovent Takeda news headline?"],
)
def test_a_news_headline_is_the_articles(router: Router, question: str) -> None:
    plan = router.route(question)
    assert plan.route == "text" and not plan.tool_calls, question


def test_a_bare_headline_is_still_the_total(router: Router) -> None:
    ((tool, args),) = _calls(router.route("hengrui gsk headline?"))
    assert (tool, args["metric"]) == ("get_deal", "total")


# -- N. "between them" over the parties of one deal -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("How much did Kelun and Harbour get upfront between them from Windward?", "upfront"),
        ("Between them, what milestones can Kelun and Harbour earn from Windward?", "milestones"),
        ("What did Biohaven and AimedBio pay GeneQuantum upfront combined?", "upfront"),
    ],
)
def test_between_them_over_one_deals_parties_is_that_deal(router: Router, question: str, metric: str) -> None:
    plan = router.route(question)
    ((tool, args),) = _calls(plan)
    named = set(plan.companies)
    (deal,) = [deal for deal in DEALS if named <= {*deal.licensors, *deal.licensees}]
    assert (tool, args["deal_id"], args["metric"]) == ("get_deal", deal.deal_id, metric), question


def test_between_them_over_two_deals_is_still_a_sum(router: Router) -> None:
    ((tool, args),) = _calls(router.route("How much did Merck pay Kelun upfront across the two deals?"))
    assert (tool, args["operation"]) == ("aggregate", "sum")


# -- a word beside "the latest deal" is not dropped (the merge of the H round with the text rounds) ---
@pytest.mark.parametrize(
    "question", ["beigene newest out-licensing deal", "zailab latest deal?", "hutchmed most recent deal"]
)
def test_an_unknown_name_before_the_latest_deal_is_refused_not_ranked_away(assistant: Assistant, question: str) -> None:
    """The date ranking takes a bare "latest deal" only; a name the table does not know in front of it
    would be silently dropped, a confident answer about a different company's deal."""
    answer = assistant.ask(question)
    assert answer.abstained and not answer.tool_calls, (question, answer.answer)


@pytest.mark.parametrize(
    "question", ["whats the newest deal", "What is the latest deal?", "Show me the most recent deal", "latest deal?"]
)
def test_a_bare_latest_deal_is_ranked_by_date(router: Router, question: str) -> None:
    (call,) = router.route(question).tool_calls
    assert (call.tool, call.args["metric"], call.args["n"]) == ("rank", "announced", 1), (question, call)
