"""Follow-ups of the outsider17 round (issue 11): per-deal figures, both turns summed, a sum
without its largest deal, companies with several deals, a text follow-up that keeps its deal.

Routing replays the earlier questions and runs the real deal tools over the bundled tables; the
figures asserted are the tools' own results for the deals the routing picked.
"""

from __future__ import annotations

import pytest

from assistant.answering.answer_types import wanted_type
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import route


# -- 1. each / respectively / which one, after a turn (or two) naming several deals ---------------
@pytest.mark.parametrize(
    ("history", "question", "deals"),
    [
        (["AbbVie's 2026 deals with Chinese companies?"], "what was the upfront on each?", 2),
        (["List Hengrui's deals in 2024"], "and their headline values, respectively?", 2),
        (["What did Takeda pay Innovent upfront?", "And Pfizer for 3SBio?"], "and the milestones on each?", 2),
        (["Merck's 2024 deals with Chinese firms?"], "what were the upfronts on the first two, respectively", 2),
    ],
)
def test_each_deal_is_looked_up_not_summed(replaying: Router, history: list[str], question: str, deals: int) -> None:
    plan = route(replaying, question, history)
    assert [call.tool for call in plan.tool_calls] == ["get_deal"] * deals, plan.tool_calls
    assert len({call.args["deal_id"] for call in plan.tool_calls}) == deals
    assert plan.rule == "each of the deals before"


def test_the_first_two_are_the_first_two_listed(replaying: Router, tools: DealTools) -> None:
    merck_2024 = [d for d in tools.book.tables.deals if "Merck & Co." in d.licensees and d.year == 2024]
    earliest = [d.deal_id for d in sorted(merck_2024, key=lambda d: d.announced)][:2]
    history = ["Merck's 2024 deals with Chinese firms?"]
    plan = route(replaying, "what were the upfronts on the first two, respectively", history)
    assert [call.args["deal_id"] for call in plan.tool_calls] == earliest


@pytest.mark.parametrize(
    ("history", "question", "ascending"),
    [
        (["Madrigal's deals with Chinese companies?"], "which one had the bigger upfront?", False),
        (["What has Roche licensed from MediLink?"], "which of them had the larger upfront?", False),
        (["Kelun-Biotech's deals with Merck?"], "which one came with the smaller upfront?", True),
    ],
)
def test_which_one_ranks_the_deals_before(
    replaying: Router, history: list[str], question: str, ascending: bool
) -> None:
    plan = route(replaying, question, history)
    (call,) = plan.tool_calls
    assert call.tool == "rank" and call.args["n"] == 1 and len(call.args["filter"]["deal_ids"]) == 2
    assert bool(call.args.get("ascending")) is ascending


def test_a_single_deal_before_is_not_a_set(replaying: Router) -> None:
    plan = route(replaying, "what was the upfront on each?", ["What did Pfizer pay 3SBio upfront?"])
    assert plan.rule != "each of the deals before"


def test_a_total_asked_of_the_deals_stays_a_sum(replaying: Router) -> None:
    plan = route(replaying, "What were their upfronts in total?", ["How many deals did Leads Biolabs sign?"])
    assert [call.tool for call in plan.tool_calls] == ["aggregate"]


# -- 2. both turns summed --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("history", "question", "metric"),
    [
        (["What did Novartis pay Argo upfront in 2024?", "and in the 2025 deal?"], "sum both of them", "upfront"),
        (
            ["What did Takeda pay Innovent upfront?", "And Lilly's upfront to Innovent?"],
            "add those together",
            "upfront",
        ),
        (["CSPC AstraZeneca 2024 milestones?", "and the 2025 one?"], "what's that combined for both?", "milestones"),
        (
            ["How much did GSK pay Hengrui upfront?", "What about Merck's upfront to Hengrui?"],
            "what's the total for the two of them?",
            "upfront",
        ),
    ],
)
def test_both_turns_deals_are_summed(
    replaying: Router, tools: DealTools, history: list[str], question: str, metric: str
) -> None:
    plan = route(replaying, question, history)
    (call,) = plan.tool_calls
    assert call.tool == "aggregate" and call.args["metric"] == metric
    summed = tools.run(call)
    singles = [
        tools.run(c).figures[0].value
        for h in range(len(history))
        for c in route(replaying, history[h], history[:h]).tool_calls
    ]
    assert len(summed.deal_ids) == 2
    assert summed.figures[0].value == sum(v for v in singles if v is not None)


# -- 3. the sum before without its largest (or smallest) deal ---------------------------------------
@pytest.mark.parametrize(
    ("history", "question", "smallest"),
    [
        (["total upfront across the 2026 deals in your table"], "and excluding the biggest?", False),
        (["How much did Merck pay in upfronts in 2024 in total?"], "and minus the biggest deal?", False),
        (["total milestones across AstraZeneca's deals in 2025"], "and leaving out the smallest?", True),
    ],
)
def test_a_sum_without_its_largest_deal(
    replaying: Router, tools: DealTools, history: list[str], question: str, smallest: bool
) -> None:
    before = tools.run(route(replaying, history[0]).tool_calls[0])
    plan = route(replaying, question, history)
    (call,) = plan.tool_calls
    after = tools.run(call)
    left_out = set(before.deal_ids) - set(after.deal_ids)
    assert call.tool == "aggregate" and len(left_out) == 1
    assert after.figures[0].value is not None and before.figures[0].value is not None
    gap = before.figures[0].value - after.figures[0].value
    metric = call.args["metric"]
    amounts = [d.figure(metric).amount for d in tools.book.tables.deals if d.deal_id in before.deal_ids]
    known = [a for a in amounts if a is not None]
    assert gap == (min(known) if smallest else max(known))


# -- 4. companies with at least N deals: our rows, counted and named --------------------------------
@pytest.mark.parametrize(
    ("question", "side", "least"),
    [
        ("Which Chinese licensors signed more than one deal in 2024?", "licensor", 2),
        ("Which buyers struck two or more deals with Chinese companies in 2025?", "licensee", 2),
        ("list the licensees with multiple deals in 2024", "licensee", 2),
        ("Which Chinese drugmakers did at least three deals in 2025?", "licensor", 3),
    ],
)
def test_companies_with_several_deals_are_counted_from_our_rows(
    router: Router, tools: DealTools, question: str, side: str, least: int
) -> None:
    (call,) = route(router, question).tool_calls
    assert call.tool == "aggregate" and call.args["distinct"] == side and call.args["min_deals"] == least
    year = call.args["filter"]["year"]
    counts: dict[str, int] = {}
    for deal in tools.book.tables.deals:
        if deal.year == year and deal.scope in ("main", "context"):
            for name in deal.licensors if side == "licensor" else deal.licensees:
                counts[name] = counts.get(name, 0) + 1
    assert tools.run(call).figures[0].value == sum(1 for n in counts.values() if n >= least)


# -- 5. a text follow-up keeps the deal before ---------------------------------------------------------
@pytest.mark.parametrize(
    ("history", "question"),
    [
        ("what did GSK pay Hengrui upfront?", "what kind of drug is the lead asset?"),
        ("How much did Takeda pay Innovent upfront?", "what disease does the lead asset treat?"),
        ("What did Zenas pay InnoCare upfront?", "which disease is the lead asset for?"),
        ("What's the upfront on Evopoint-Astellas?", "why do the sources disagree on the total?"),
        ("What did GSK pay Hengrui upfront?", "how many programmes does the deal cover?"),
    ],
)
def test_a_text_follow_up_keeps_the_deal(router: Router, history: str, question: str) -> None:
    before = route(router, history)
    plan = route(router, question, [history])
    assert plan.route == "text" and set(before.companies) <= set(plan.companies), plan.companies


def test_a_text_question_without_a_deal_before_stays_open(router: Router) -> None:
    plan = route(router, "what kind of drug is the lead asset?", ["How many deals were signed in 2025?"])
    assert not plan.companies


def test_what_a_ranked_deal_covers_is_its_article(replaying: Router, tools: DealTools) -> None:
    history = ["Largest deal of 2026 so far by headline value?"]
    (ranking,) = route(replaying, history[0]).tool_calls
    winner = tools.run(ranking).deal_ids[0]
    parties = {*next(d for d in tools.book.tables.deals if d.deal_id == winner).licensors}
    plan = route(replaying, "how many programmes does it cover?", history)
    assert plan.route == "text" and parties <= set(plan.companies)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("who owns Kite again?", "identity"),
        ("Which company owns Calico?", "identity"),
        ("Who bought LaNova?", "acquirer"),
        ("Was LaNova acquired by anyone?", "acquirer"),
    ],
)
def test_who_owns_asks_the_parent_and_who_bought_the_buyer(question: str, kind: str) -> None:
    assert wanted_type(question) == kind


# -- 7. "Bristol" alone ------------------------------------------------------------------------------
def test_bristol_alone_is_bristol_myers_squibb(router: Router) -> None:
    (call,) = route(router, "Harbour BioMed-Bristol deal in December: roughly what came upfront?").tool_calls
    assert call.tool == "get_deal" and call.args["licensee"] == "Bristol Myers Squibb"
