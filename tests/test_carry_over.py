"""Issue 11, what a question carries over: a short follow-up carries the previous sum to a new company, a later
part keeps the first part's pair, one measure's growth between two years of our rows ("total" there is filler),
and "headline on the A / B pact" is that deal's total. Expected values are read from deals.csv."""

from __future__ import annotations

import pytest

from assistant.routing.carry_over import carried
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from tests.conftest import route


# --- wording.py RATE_OF_CHANGE_RE and growth_order.py: one measure's growth between two years of our rows
@pytest.mark.parametrize(
    ("question", "metric", "later", "earlier"),
    [
        ("total UF in our rows 2025 vs 2024, growth %", "upfront", 2025, 2024),
        ("total milestones in our rows 2025 vs 2024, growth %", "milestones", 2025, 2024),
        ("total milestones across the deals you track, 2023 vs 2024 - growth?", "milestones", 2024, 2023),
        ("total upfront in our rows 2024 vs 2023, change (%)", "upfront", 2024, 2023),
        ("Merck 2024 vs 2025 upfront change", "upfront", 2025, 2024),
    ],
)
def test_one_measure_grows_from_the_earlier_year(
    router: Router, question: str, metric: str, later: int, earlier: int
) -> None:
    plan = route(router, question)
    [call] = plan.tool_calls
    assert call.tool == "compare" and call.args["metric"] == metric and not call.args.get("right_metric")
    assert (call.args["left"]["year"], call.args["right"]["year"]) == (later, earlier)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Merck 2024 vs AZ 2025 upfront change", (2024, 2025)),  # two companies: the sides stay as said
        ("difference in total upfront, 2023 vs 2024", (2023, 2024)),  # a gap, whichever way round: no growth
    ],
)
def test_sides_stay_as_said_when_they_differ_or_no_growth_is_asked(
    router: Router, question: str, said: tuple[int, int]
) -> None:
    [call] = route(router, question).tool_calls
    assert call.tool == "compare"
    assert (call.args["left"]["year"], call.args["right"]["year"]) == said


# --- shorthand.py BARE_HEADLINE: "headline on / for the A / B pact" is that deal's total
@pytest.mark.parametrize(
    ("question", "licensor", "licensee"),
    [
        ("headline on the gsk / hengrui copd pact", "Jiangsu Hengrui Pharmaceuticals", "GSK"),
        ("headline for the remegen-abbvie tie-up?", "RemeGen", "AbbVie"),
        ("headline on novo / united labs triple agonist deal", "The United Laboratories", "Novo Nordisk"),
        ("headline of the takeda innovent licence", "Innovent Biologics", "Takeda"),
    ],
)
def test_headline_on_the_pact_is_its_total(router: Router, question: str, licensor: str, licensee: str) -> None:
    [call] = route(router, question).tool_calls
    assert call.tool == "get_deal" and call.args["metric"] == "total"
    assert (call.args["licensor"], call.args["licensee"]) == (licensor, licensee)


@pytest.mark.parametrize(
    "question",
    ["Hengrui GSK press headline on the deal?", "Pfizer 3SBio media headline for the licence?"],
)
def test_a_news_headline_on_the_deal_is_no_total(router: Router, question: str) -> None:
    plan = route(router, question)
    assert all(call.args.get("metric") != "total" for call in plan.tool_calls)


# --- pair_parts.py: a later part naming one side of the first part's pair is asked of the pair's deals
@pytest.mark.parametrize(
    ("question", "licensor", "licensee", "metric"),
    [
        (
            "Hansoh and GSK - how many deals between them in your data, and what did GSK pay upfront across them?",
            "Hansoh Pharmaceutical Group",
            "GSK",
            "upfront",
        ),
        (
            "CSPC with AstraZeneca - how many deals, and what milestones did AstraZeneca commit across them?",
            "CSPC Pharmaceutical Group",
            "AstraZeneca",
            "milestones",
        ),
        (
            "MediLink and BioNTech: how many deals, and what did BioNTech pay upfront in all?",
            "MediLink Therapeutics",
            "BioNTech",
            "upfront",
        ),
    ],
)
def test_a_later_part_keeps_the_pair(router: Router, question: str, licensor: str, licensee: str, metric: str) -> None:
    parts = split_parts(question, router.company_spans)
    assert len(parts) == 2
    [call] = route(router, parts[1], parts[:1]).tool_calls
    assert call.tool == "aggregate" and call.args["operation"] == "sum" and call.args["metric"] == metric
    assert (call.args["filter"]["licensor"], call.args["filter"]["licensee"]) == (licensor, licensee)


def test_a_later_part_of_its_own_keeps_its_company(router: Router) -> None:
    """No pointer back at the pair's deals: the later part asks of the company it names."""
    parts = split_parts(
        "How many deals did Kelun and Merck do, and what did Merck pay upfront in 2024?", router.company_spans
    )
    assert parts[1] == "What did Merck pay upfront in 2024?"


# --- carry_over.py: a short follow-up carries the previous sum to a new company
@pytest.mark.parametrize(
    ("earlier", "question", "left", "right", "year"),
    [
        ("msd 2024 upfronts, total", "vs AZ?", "Merck & Co.", "AstraZeneca", 2024),
        ("roche 2025 upfronts, total", "versus merck?", "Roche", "Merck & Co.", 2025),
        ("roche upfronts in 2024, summed", "and compared with gsk?", "Roche", "GSK", 2024),
    ],
)
def test_versus_a_new_company_compares_the_sum_before(
    router: Router, earlier: str, question: str, left: str, right: str, year: int
) -> None:
    [call] = route(router, question, [earlier]).tool_calls
    assert call.tool == "compare" and call.args["metric"] == "upfront" and call.args["operation"] == "sum"
    assert (call.args["left"]["licensee"], call.args["right"]["licensee"]) == (left, right)
    assert call.args["left"]["year"] == call.args["right"]["year"] == year


@pytest.mark.parametrize(
    ("earlier", "question", "licensor", "licensee"),
    [
        ("gsk total UF to china, all yrs", "how much of that was hansoh", "Hansoh Pharmaceutical Group", "GSK"),
        (
            "merck total upfronts to chinese licensors, all years",
            "and how much of that came from kelun",
            "Kelun-Biotech",
            "Merck & Co.",
        ),
        (
            "novartis upfronts to chinese biotechs, all years, total",
            "how much of that went to argo?",
            "Argo Biopharmaceutical",
            "Novartis",
        ),
        (
            "bms total upfront paid to chinese licensors",
            "how much of that was systimmune's",
            "SystImmune",
            "Bristol Myers Squibb",
        ),
    ],
)
def test_how_much_of_that_was_a_company_keeps_its_deals_of_the_sum(
    router: Router, earlier: str, question: str, licensor: str, licensee: str
) -> None:
    [call] = route(router, question, [earlier]).tool_calls
    assert call.tool == "aggregate" and call.args["operation"] == "sum" and call.args["metric"] == "upfront"
    assert (call.args["filter"]["licensor"], call.args["filter"]["licensee"]) == (licensor, licensee)


@pytest.mark.parametrize(
    ("earlier", "question"),
    [
        ("How many deals did Merck sign in 2024?", "vs AZ?"),  # a count before: no sum to carry
        ("What did Merck pay Hansoh upfront?", "vs AZ?"),  # a pair's deal before
        ("gsk total UF to china, all yrs", "how much of that was hansoh and kelun"),  # two companies
    ],
)
def test_no_sum_carried_without_one_company_summed_before(router: Router, earlier: str, question: str) -> None:
    assert carried(question, (earlier,), router.entities) == question
